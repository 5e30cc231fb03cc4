"""The shared document view: sentence bounds, headline and dateline tests, caching."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.datelines import DATELINE
from pipeline.docview import (
    DocView,
    doc_view,
    is_headline,
    sentence_bounds,
    text_sentence_bounds,
)


@pytest.fixture(scope="module")
def segment() -> Callable[[str], Doc]:
    import pipeline.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("launchwatch_sentences")
    return nlp


def test_sentences_end_at_punctuation_and_at_every_line_break(segment) -> None:
    text = "Harbor Gate Opens Research Wing\nThe wing opened on Monday. It cost $4 million."
    doc = segment(text)
    sentences = [doc[s:e].text for s, e in sentence_bounds(doc)]
    assert sentences == [
        "Harbor Gate Opens Research Wing\n",
        "The wing opened on Monday.",
        "It cost $4 million.",
    ]
    assert sentences == [s.text for s in doc.sents]


def test_text_sentence_bounds_are_the_pipeline_sentences() -> None:
    text = "Harbor Gate Opens Research Wing\nThe wing opened on Monday. It cost $4 million."
    bounds = text_sentence_bounds(text)
    assert [text[a:b] for a, b in bounds] == [
        "Harbor Gate Opens Research Wing",
        "The wing opened on Monday.",
        "It cost $4 million.",
    ]
    assert text_sentence_bounds("") == []


def test_line_sentence_is_cut_at_line_breaks_and_by_reach(segment) -> None:
    doc = segment("Tallis Foods rolled out a recycling programme in\nBristol on Friday.")
    view = doc_view(doc)
    rolled = [t.text for t in doc].index("rolled")
    first, last = view.line_sentence(rolled)
    assert doc[first:last].text.strip() == "Tallis Foods rolled out a recycling programme in"
    assert view.line_sentence(rolled, reach=1) == (rolled - 1, rolled + 1)


def test_the_view_is_built_once_per_doc_and_sees_new_sentence_starts(segment) -> None:
    doc = segment("One sentence here. Another one there.")
    view = doc_view(doc)
    assert doc_view(doc) is view
    assert view.sentence_starts == [0, 4]
    assert isinstance(view, DocView)
    segment.get_pipe("launchwatch_sentences")(doc)  # already segmented: nothing changes
    assert doc_view(doc).sentence_starts == [0, 4]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbor Gate Opens Research Wing", True),
        ("Harbor Gate opens a research wing in the old docks", False),
        ("Harbor Gate Opens Research Wing.", False),
        ("Single", False),
        ("“Harbor Gate Opens Research Wing.”", False),
    ],
)
def test_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


def test_headline_closing_quote_reading_is_explicit() -> None:
    """The ORG recogniser reads a line ending in .” as a possible headline."""
    line = "“Harbor Gate Opens Research Wing.”"
    assert is_headline(line, closing_quote_ends=True) is False
    assert is_headline(line, closing_quote_ends=False) is True


def test_dateline(segment) -> None:
    text = "BRIGHTON, June 3 (Coast Wire) -- Seaford Council opened a skills centre.\nNo dateline."
    doc = segment(text)
    view = doc_view(doc)
    seaford = [t.text for t in doc].index("Seaford")
    assert view.dateline_end == {0: seaford}
    assert view.in_dateline(2, 0)
    assert not view.in_dateline(seaford, 0)


def test_lexical_tokens_and_hyphenated_words(segment) -> None:
    doc = segment("A pay-as-you-go plan, co-founded in 2020.")
    view = doc_view(doc)
    words = [t.text for t in view.tok]
    assert words == [t.text for t in doc]
    assert [t.lower_ for t in view.tok] == [t.lower_ for t in doc]
    assert view.span_text(1, 8) == doc[1:8].text
    assert view.glued(words.index("as"))
    assert not view.glued(words.index("plan"))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("KELSOBURG, Ontario, June 3 (Coast Wire) -- Velcor opened a plant.", "KELSOBURG"),
        ("WESTPORT, D.C., June 3 (Coast Wire) -- Velcor opened a plant.", "WESTPORT"),
        ("KELSOBURG, June 3 (Coast Wire) -- Velcor opened a plant.", "KELSOBURG"),
        ("KELSOBURG (Coast Wire) - Velcor opened a plant.", "KELSOBURG"),
    ],
)
def test_a_dateline_may_give_a_region_and_a_date(line: str, place: str) -> None:
    """A region and a date between the place and the agency ("…, Ontario, June 3 (…) --")."""
    found = DATELINE.match(line)
    assert found is not None and found["place"] == place and found["agency"] == "Coast Wire"


@pytest.mark.parametrize(
    "line",
    [
        "Velcor, Tarnow, June 3 -- a plant opened.",  # no place in capitals
        "KELSOBURG is where Velcor opened a plant -- its first.",  # a sentence, not a dateline
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert DATELINE.match(line) is None
