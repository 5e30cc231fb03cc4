"""The review pages in a real browser: headless Chromium driven over the DevTools protocol.

Skipped, in one line, where Chromium is absent; ``make test-browser`` installs Debian's
``chromium`` and runs this file, and CI installs it before ``make test``. With
``REVIEW_SCREENSHOT=docs/review.png`` the screenshot is also kept there (the README's).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp_client import Browser, find_chromium
from review_helpers import ROOT, corpus_articles, expected_counts, repeated, write_records
from spacy.language import Language

from pipeline.evaluation import evaluate
from pipeline.review.articles import Article
from pipeline.review.evaluation_page import evaluation_page
from pipeline.review.show_page import show_page

CHROMIUM = find_chromium()
if CHROMIUM is None:
    pytest.skip(
        "Chromium not installed (make test-browser installs it): browser tests skipped",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser

LARGE = 1000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    chromium = Browser(CHROMIUM, width=1280, height=900)
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def articles(nlp: Language) -> list[Article]:
    return corpus_articles(nlp)


def _visible_counts(browser: Browser) -> Counter[str]:
    found = browser.evaluate(
        """(() => {
          const counts = {};
          const add = (key) => { counts[key] = (counts[key] || 0) + 1; };
          document.querySelectorAll("section.article:not([hidden]) mark.entity")
            .forEach((m) => add(m.dataset.label));
          document.querySelectorAll("section.article:not([hidden]) .event .role")
            .forEach((r) => add(r.dataset.role));
          return counts;
        })()"""
    )
    return Counter(found)


def test_corpus_page_shows_every_entity_and_event_and_filters_events(
    browser: Browser, articles: list[Article], tmp_path: Path
) -> None:
    path = tmp_path / "review.html"
    path.write_text(show_page(articles), encoding="utf-8")
    browser.open(path)
    assert browser.evaluate("document.querySelectorAll('mark.entity').length") == 0  # lazy

    browser.click('button[data-action="open-all"]')
    assert browser.evaluate("reviewReady()")
    assert _visible_counts(browser) == +expected_counts([a.record for a in articles])

    records = [a.record for a in articles]
    unasserted = sum(e["modality"] == "unasserted" for r in records for e in r["events"])
    browser.click('.filters button[data-modality="unasserted"]')
    shown = browser.evaluate(
        "Array.from(document.querySelectorAll('#events tbody tr'))"
        ".filter((row) => !row.hidden).map((row) => row.dataset.modality)"
    )
    assert shown == ["unasserted"] * unasserted and unasserted > 0
    browser.click('.filters button[data-modality=""]')

    browser.click("#events th:nth-child(2)")  # sort by agent
    in_order = browser.evaluate(
        "(() => { const agents = Array.from(document.querySelectorAll("
        "'#events tbody tr td:nth-child(2)'), (c) => c.textContent.trim());"
        " return agents.length > 1 && agents.every((a, i) => i === 0"
        " || agents[i - 1].localeCompare(a) <= 0); })()"
    )
    assert in_order

    short = min(
        (i for i, a in enumerate(articles) if len(a.record["events"]) > 2),
        key=lambda i: len(articles[i].text),
    )
    browser.click('button[data-action="close-all"]')
    browser.evaluate(f"location.hash = '#doc-{short}'")
    assert browser.wait_for(f"#doc-{short}[data-drawn]:not([hidden])")
    shot = tmp_path / "review.png"
    browser.screenshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    keep = os.environ.get("REVIEW_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)


def test_a_thousand_articles_open_and_draw_on_demand(
    browser: Browser, articles: list[Article], tmp_path: Path
) -> None:
    """A page of 1,000 articles opens with every row listed and draws an article when its
    row is clicked. How long it takes to open is measured by ``bench/review_open.py``, not
    asserted here: a timed test fails on a busy machine for no fault of the page."""
    many = repeated(articles, LARGE)
    path = tmp_path / "large.html"
    path.write_text(show_page(many), encoding="utf-8")
    browser.open(path)
    loaded = browser.evaluate(  # load event, or the first paint if that came later
        "Math.max(performance.getEntriesByType('navigation')[0].loadEventEnd,"
        " ...performance.getEntriesByType('paint').map((p) => p.startTime))"
    )
    print(f"{LARGE} articles, {path.stat().st_size / 1e6:.1f} MB: open in {loaded:.0f} ms")
    assert loaded > 0
    assert browser.evaluate("document.querySelectorAll('#index tbody tr').length") == LARGE
    browser.click('#index a[href="#doc-999"]')
    assert browser.wait_for("#doc-999[data-drawn]")
    assert browser.evaluate("document.querySelectorAll('#doc-999 mark.entity').length") > 0


def test_evaluation_page_shows_every_listed_error(
    browser: Browser, articles: list[Article], tmp_path: Path
) -> None:
    predictions = write_records(articles, tmp_path / "predictions.jsonl")
    scored: list = []
    result = evaluate(ROOT / "corpus", ROOT / "annotations", predictions, collect=scored)
    path = tmp_path / "evaluation.html"
    path.write_text(
        evaluation_page(result, [(d.doc_id, d.text, d.record, p) for d, p in scored]),
        encoding="utf-8",
    )
    browser.open(path)
    browser.click('button[data-action="open-all"]')
    assert browser.evaluate("reviewReady()")
    rows = browser.evaluate("document.querySelectorAll('tr.error').length")
    assert rows == len(result["errors"]) > 0
    bars = browser.evaluate("document.querySelectorAll('#chart rect.bar').length")
    assert bars >= len(result["entities"])
