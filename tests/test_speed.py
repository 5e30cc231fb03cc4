"""The speed work's shortcuts give exactly what the plain spaCy calls give."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import IS_PUNCT
from spacy.language import Language

from pipeline.components.base import pattern_docs, phrase_patterns
from pipeline.docview import doc_view

ODD_PHRASES = [
    "",
    " ",
    "a  b",
    " x",
    "y ",
    "New\nYork",
    "a\tb",
    "U.S.",
    "can't",
    "gonna",
    "St. Louis",
    "x-ray",
    "$5m",
    "Nov. 3(Xinhua)--",
    "’s",
    "Hello!!",
    "2023–24",
]


@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
def test_phrase_patterns_equal_pattern_docs(nlp: Language, attr: str) -> None:
    """Every phrase list of the built pipeline, and odd whitespace, tokenise alike both ways."""
    lists = [ODD_PHRASES]
    for name in nlp.pipe_names:
        data = getattr(nlp.get_pipe(name), "data", None) or {}
        for value in data.values():
            if isinstance(value, (list, dict)) and value and all(isinstance(v, str) for v in value):
                lists.append(list(value))
    for phrases in lists:
        docs = [doc.to_array(attr).tolist() for doc in pattern_docs(nlp, phrases) if len(doc)]
        assert [p for p in phrase_patterns(nlp, phrases, attr) if p] == docs


SENTENCE_TEXTS = [
    "",
    "One.",
    "“Yes.” He left!) Then (what?)…\n\n  New line. ",
    "No final stop\nHeadline Here\r\nLast line...",
    "!!! ... ???",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_starts_match_the_token_loop(nlp: Language, text: str) -> None:
    """The array-based splitter marks what the per-token rule it replaced marks."""
    doc = nlp(text)
    if not len(doc):
        return
    punct = set(nlp.get_pipe("launchwatch_sentences").punct_chars)
    is_punct = doc.to_array(IS_PUNCT)
    expected = {0}
    for end, token in enumerate(doc):
        if token.text in punct:
            index = end + 1
            while index < len(doc) and is_punct[index]:
                index += 1
            if index < len(doc):
                expected.add(index)
    offsets = [t.idx for t in doc]
    for i, char in enumerate(text):
        if char == "\n":
            stop = i
            while stop < len(text) and text[stop].isspace():
                stop += 1
            index = int(numpy.searchsorted(offsets, stop))
            if index < len(doc):
                expected.add(index)
    assert {t.i for t in doc if t.is_sent_start} == expected
    view = doc_view(doc)
    assert view.ends == [t.idx + len(t.text) for t in doc]


def test_views_go_with_their_docs(nlp: Language) -> None:
    """The view cache does not keep Docs alive: extraction's memory stays flat."""
    import gc

    from pipeline import docview

    before = len(docview._VIEWS)
    for doc in nlp.pipe(["Acme Corp. launched a fund in Oslo on Monday."] * 20):
        assert doc_view(doc).doc is doc
    del doc
    gc.collect()
    assert len(docview._VIEWS) <= before
