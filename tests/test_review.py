"""The review pages as HTML: what ``show`` and ``evaluate --html`` put in them.

The browser test (test_review_browser.py) checks the same pages as a reader sees them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import orjson
import pytest
from review_helpers import ROOT, blobs, corpus_articles, expected_counts, write_records
from spacy.language import Language
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluation import evaluate
from pipeline.review.articles import Article, is_records_file
from pipeline.review.displacy_views import render_entities, render_event
from pipeline.review.evaluation_page import entity_statuses, evaluation_page
from pipeline.review.show_page import show_page
from pipeline.scoring import score_entities

runner = CliRunner()
URL = re.compile(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|\bsrc=|<link\b|@import|url\(", re.I)


@pytest.fixture(scope="module")
def articles(nlp: Language) -> list[Article]:
    return corpus_articles(nlp)


@pytest.fixture(scope="module")
def records_file(articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_records(articles, tmp_path_factory.mktemp("records") / "corpus.jsonl")


def _counts_in(markup: str) -> Counter[str]:
    counts = Counter(re.findall(r'<mark class="entity" data-label="([A-Z]+)"', markup))
    counts["LAUNCH"] = len(re.findall(r'<div class="event"', markup))
    counts.update(re.findall(r'data-role="(agent|object|date|location)"', markup))
    return counts


def test_entities_are_marked_with_label_value_and_hover_text() -> None:
    text = "Acme <Labs> raised $5m on May 2."
    entities = [
        {"label": "ORG", "start": 0, "end": 11, "text": "Acme <Labs>", "canonical": "Acme Labs"},
        {
            "label": "MONEY",
            "start": 19,
            "end": 22,
            "text": "$5m",
            "amount": 5000000,
            "currency": "USD",
        },
        {"label": "DATE", "start": 26, "end": 31, "text": "May 2", "value": "2024-05-02"},
    ]
    markup = render_entities(text, entities)
    assert "Acme &lt;Labs&gt;" in markup and "<Labs>" not in markup
    assert 'title="ORG · canonical: Acme Labs"' in markup
    assert "5,000,000 USD" in markup and "2024-05-02" in markup
    assert _counts_in(markup) == Counter({"ORG": 1, "MONEY": 1, "DATE": 1, "LAUNCH": 0})


def test_an_event_is_drawn_with_its_trigger_and_each_role_even_inside_a_word() -> None:
    text = "Old news. Nanjing's government launched the Lark Platform on Monday.\nNext."
    event = {
        "id": "E1",
        "type": "LAUNCH",
        "modality": "asserted",
        "trigger": {"start": 31, "end": 39, "text": "launched"},
        "arguments": [
            {"role": "agent", "start": 10, "end": 17, "text": "Nanjing"},
            {"role": "object", "start": 44, "end": 57, "text": "Lark Platform"},
            {"role": "date", "start": 61, "end": 67, "text": "Monday"},
        ],
    }
    markup = render_event(text, event)
    assert re.findall(r'data-role="([^"]+)"', markup) == ["agent", "LAUNCH", "object", "date"]
    assert "Old news" not in markup and "Next" not in markup  # only the event's sentence
    assert "&#x27;s" in markup or "'s" in markup


def test_show_page_holds_every_entity_and_event_and_nothing_external(
    articles: list[Article],
) -> None:
    page = show_page(articles)
    assert not URL.search(page)
    markup = blobs(page)
    assert len(markup) == len(articles)
    assert sum((_counts_in(m) for m in markup), Counter()) == +expected_counts(
        [a.record for a in articles]
    )
    events = sum(len(a.record["events"]) for a in articles)
    table = page[page.index('<table id="events"') :]
    table = table[: table.index("</table>")]
    assert table.count("<tr data-modality=") == events


def test_show_page_lists_each_launch_once_with_every_report(articles: list[Article]) -> None:
    from pipeline.tracking.tracker import track_records

    page = show_page(articles)
    table = page[page.index('<table id="launches"') :]
    table = table[: table.index("</table>")]
    launches = list(track_records(a.record for a in articles))
    assert table.count("<tr data-modality=") == len(launches)
    mentions = sum(len(launch["mentions"]) for launch in launches)
    assert table.count('<a href="#doc-') == mentions


def test_article_text_cannot_end_the_script_that_holds_it() -> None:
    text = "</script><script>alert(1)</script> <!-- Acme Ltd."
    record = {
        "doc_id": "x",
        "reference_date": None,
        "source": "",
        "events": [],
        "entities": [
            {
                "id": "T1",
                "label": "ORG",
                "start": 41,
                "end": 50,
                "text": "Acme Ltd.",
                "canonical": "Acme Ltd.",
            }
        ],
    }
    page = show_page([Article(text, record)])
    assert page.count("</script>") == 2  # the page's script and the article's blob
    assert "alert(1)" in blobs(page)[0] and "<script>" not in blobs(page)[0]


def test_show_reads_records_files_and_gives_the_same_page(
    articles: list[Article], records_file: Path, tmp_path: Path
) -> None:
    assert is_records_file(records_file)
    assert not is_records_file(ROOT / "corpus" / "001_80a3ade8b9220841.txt")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["show", str(records_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == show_page(articles)


def test_show_reports_a_record_whose_text_is_gone_and_shows_the_rest(
    records_file: Path, tmp_path: Path
) -> None:
    lines = records_file.read_bytes().splitlines()
    broken = orjson.loads(lines[0])
    broken["source"] = str(tmp_path / "gone.txt")
    records = tmp_path / "records.jsonl"
    records.write_bytes(b"\n".join([orjson.dumps(broken), lines[1]]) + b"\n")
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["show", "--records", str(records), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{records}:1: no such file or folder" in result.stderr or "gone.txt" in result.stderr
    assert len(blobs(out.read_text(encoding="utf-8"))) == 1


@pytest.mark.usefixtures("shared_pipeline")
def test_show_runs_the_pipeline_on_extract_inputs(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Acme Robotics Ltd. launched a fund in Berlin on Monday.",'
        ' "reference_date": "2024-05-01"}\n{"id": "b", "text": "Quiet day."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "review.html"
    result = runner.invoke(app, ["show", str(feed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    first = blobs(page)[0]
    assert 'data-label="ORG"' in first and 'data-role="LAUNCH"' in first
    assert "2024-04-29" in first  # Monday, resolved against the reference date


def test_boundary_fp_fn_and_value_errors_get_their_own_status() -> None:
    gold = [
        {"id": "T1", "label": "ORG", "start": 0, "end": 4, "text": "Acme"},
        {
            "id": "T2",
            "label": "DATE",
            "start": 10,
            "end": 15,
            "text": "May 2",
            "value": "2024-05-02",
        },
        {"id": "T3", "label": "GPE", "start": 20, "end": 26, "text": "Berlin"},
    ]
    pred = [
        {"id": "T1", "label": "ORG", "start": 0, "end": 8, "text": "Acme Ltd"},
        {
            "id": "T2",
            "label": "DATE",
            "start": 10,
            "end": 15,
            "text": "May 2",
            "value": "2023-05-02",
        },
        {
            "id": "T3",
            "label": "MONEY",
            "start": 30,
            "end": 33,
            "text": "$5m",
            "amount": 5,
            "currency": "USD",
        },
    ]
    _, errors = score_entities(gold, pred)
    labels = ["ORG", "MONEY", "DATE", "GPE"]
    gold_marked, pred_marked = entity_statuses(gold, pred, errors, labels)
    assert [e["status"] for e in gold_marked] == ["boundary", "value", "fn"]
    assert [e["status"] for e in pred_marked] == ["boundary", "value", "fp"]


def test_evaluate_html_shows_every_error_that_evaluate_errors_lists(
    records_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "evaluation.html"
    args = ["evaluate", "--predictions", str(records_file), "--errors", "--html", str(out)]
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    listed = int(re.search(r"Errors \((\d+)\)", result.stdout).group(1))  # type: ignore[union-attr]
    page = out.read_text(encoding="utf-8")
    assert not URL.search(page)
    rows = Counter(
        kind
        for markup in blobs(page)
        for kind in re.findall(r'class="error" data-kind="(\w+)"', markup)
    )
    assert sum(rows.values()) == listed > 0
    assert '<svg id="chart"' in page and page.count('class="bar"') >= 5


def test_evaluation_page_marks_every_gold_and_predicted_entity(records_file: Path) -> None:
    scored: list = []
    result = evaluate(ROOT / "corpus", ROOT / "annotations", records_file, collect=scored)
    page = evaluation_page(result, [(d.doc_id, d.text, d.record, p) for d, p in scored])
    markup = "".join(blobs(page))
    statuses = Counter(
        re.findall(r'<mark class="entity" data-label="\w+" data-status="(\w+)"', markup)
    )
    gold = sum(len(d.record["entities"]) for d, _ in scored)
    pred = sum(len(p["entities"]) for _, p in scored if p)
    assert sum(statuses.values()) == gold + pred
    kinds = Counter(
        e["kind"] for e in result["errors"] if "/" not in e["label"] and e["label"] != "LAUNCH"
    )
    assert statuses["fp"] + statuses["fn"] + statuses["boundary"] == kinds["fp"] + kinds["fn"]
