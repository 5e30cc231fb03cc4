"""The speed work's shortcuts give exactly what the plain spaCy calls give."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import numpy
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_PUNCT
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.money import LeadingMatch
from pipeline.docview import doc_view
from pipeline.extraction import doc_to_record
from pipeline.phrase_patterns import pattern_docs, phrase_patterns
from pipeline.processing import YOUNG_COLLECTION_THRESHOLD

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
    seen: set[tuple[str, ...]] = set()
    for name in nlp.pipe_names:
        data = getattr(nlp.get_pipe(name), "data", None) or {}
        for value in data.values():
            if isinstance(value, (list, dict)) and value and all(isinstance(v, str) for v in value):
                phrases = tuple(value)
                if phrases not in seen:  # the first names serve three components
                    seen.add(phrases)
                    lists.append(_sample(list(phrases)))
    for phrases in lists:
        docs = [doc.to_array(attr).tolist() for doc in pattern_docs(nlp, phrases) if len(doc)]
        assert [p for p in phrase_patterns(nlp, phrases, attr) if p] == docs


def _sample(phrases: list[str], size: int = 1500) -> list[str]:
    """Every phrase that is not plain words between single spaces (where the two ways could
    differ), and an even sample of the plain ones: the lists hold tens of thousands of names."""
    plain = [p for p in phrases if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", p)]
    other = [p for p in phrases if not re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", p)]
    return other + plain[:: max(1, len(plain) // size)]


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


BATCH_TEXTS = [
    "Nordvik Robotics launched the Kestrel 4 drone in Oslo on 3 March 2024.",
    "",
    "Shares of Tarrow Foods rose after it said it would invest $12 million.\nNew line here",
    "The agency established a research centre last year.",
    "Halden Bank, Vester Air and Kolby unveiled a joint fund worth €2bn on Monday.",
]


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_batched_pipe_gives_what_one_document_at_a_time_gives(
    nlp: Language, batch_size: int
) -> None:
    """``nlp.pipe`` in batches of any size writes the records ``nlp(text)`` writes."""
    one_by_one = [doc_to_record(nlp(text), "d") for text in BATCH_TEXTS]
    batched = [doc_to_record(doc, "d") for doc in nlp.pipe(BATCH_TEXTS, batch_size=batch_size)]
    assert batched == one_by_one


def test_each_component_finishes_its_batch_before_the_next_starts(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A component sees the whole batch before the next component sees any of it."""
    seen: list[tuple[str, str]] = []
    for _name, component in nlp.pipeline:
        original = type(component).__call__

        def recording(self: Any, doc: Doc, _original: Any = original) -> Doc:
            seen.append((self.name, doc.text))
            return _original(self, doc)

        monkeypatch.setattr(type(component), "__call__", recording)
    list(nlp.pipe(BATCH_TEXTS, batch_size=3))
    names = nlp.pipe_names
    expected = [
        (name, text)
        for batch in (BATCH_TEXTS[:3], BATCH_TEXTS[3:])
        for name in names
        for text in batch
    ]
    assert seen == expected


def test_a_failing_document_leaves_the_rest_of_its_batch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a handler that returns, the failing Doc is left out and its batch goes on."""
    money = nlp.get_pipe("launchwatch_money")
    original = type(money).process

    def fussy(self: Any, doc: Doc) -> Doc:
        if "Tarrow" in doc.text:
            raise ValueError("odd input")
        return original(self, doc)

    monkeypatch.setattr(type(money), "process", fussy)
    with pytest.raises(ValueError, match="odd input"):
        list(nlp.pipe(BATCH_TEXTS, batch_size=5))  # the default handler raises
    failed: list[str] = []
    money.set_error_handler(lambda name, proc, docs, error: failed.extend(d.text for d in docs))
    try:
        texts = [doc.text for doc in nlp.pipe(BATCH_TEXTS, batch_size=5)]
    finally:
        money.set_error_handler(spacy.util.raise_error)
    assert failed == [BATCH_TEXTS[2]]
    assert texts == [text for text in BATCH_TEXTS if "Tarrow" not in text]


MONEY_TEXTS = [
    "$5 million",
    "It paid $5m, then 3 billion euros (US$3.2bn) and #89.7 million.",
    "5$6 USD7 a million dollars half a million pounds",
    "x$5 5$ $$5 ...$5.5. -$5 (€4.9bn)",
    "twenty-five dollars, a hundred thirty million dollars, one point six billion dollar",
]


MONEY_PIECES = [
    *"05 $€£#.,-()\nUSDEURmbnk",
    *("million", " dollars", "a ", "half", "one", "USD", "Rs.", "cents", "twenty-", "\u00a0"),
]
"""Characters and words a MONEY match is made of, shuffled into texts by hypothesis."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MONEY_PIECES), max_size=30))
def test_money_amounts_equal_the_lookbehind_scan(nlp: Language, pieces: list[str]) -> None:
    """``MoneyRecognizer.amounts`` (a consumed boundary over a padded text) finds what the
    same pattern opened by a lookbehind finds with ``finditer``, at the same offsets. A
    capitalised word before a figure (the ``lead`` branch) only hands over to
    ``leading_pattern`` (``LeadingMatch``), so both sides leave those out."""
    money = nlp.get_pipe("launchwatch_money")
    plain = re.compile(r"(?<![\w$])" + money.pattern.pattern.removeprefix(r"[^\w$]"))
    for text in ["".join(pieces), *MONEY_TEXTS]:
        expected = [
            (m.span(), m.span("num1"), m.span("num3"), m.groupdict())
            for m in plain.finditer(text)
            if m.group("lead") is None
        ]
        found = [
            (a.span(), a.span("num1"), a.span("num3"), a._match.groupdict())
            for a in money.amounts(text)
            if not isinstance(a, LeadingMatch)
        ]
        assert found == expected


DOLLAR_PIECES = [*"USDACNZHKG$. d", "dollars", "Can", "U.S."]
"""Characters and words the dollar markers are made of ("US$", "$A", "U.S. dollars")."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DOLLAR_PIECES), max_size=20))
def test_dollar_markers_equal_the_lookbehind_pattern(nlp: Language, pieces: list[str]) -> None:
    """The dollar markers, their boundary test after the first character, match where the
    pattern opened by the lookbehind ``(?<![A-Za-z$])`` matches."""
    from pipeline.components.money import _alternation

    money = nlp.get_pipe("launchwatch_money")
    text = "".join(pieces)
    for key, pattern in zip(("us_markers", "local_markers"), money.dollar_markers, strict=True):
        words = _alternation(money.local_dollar[key])
        plain = re.compile(rf"(?<![A-Za-z$])(?:{words})(?![A-Za-z])")
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


_LOADS = """
import gc, json
from pipeline.extraction import load_pipeline
from pipeline.processing import load
load_pipeline()
library = gc.get_freeze_count()
load(None, None)
print(json.dumps({"library": library, "command_line": gc.get_freeze_count(),
                  "tracked": len(gc.get_objects()), "threshold": gc.get_threshold()[0]}))
"""


def test_the_command_line_freezes_its_loaded_pipeline_and_the_library_does_not() -> None:
    """``launchwatch extract`` keeps the collector off the pipeline's objects; a library call
    leaves its caller's collector alone. In a fresh process: a freeze here would hold on to
    the test session's objects."""
    output = subprocess.run(
        [sys.executable, "-c", _LOADS], check=True, capture_output=True, text=True
    ).stdout
    counts = json.loads(output)
    assert counts["library"] == 0
    assert counts["command_line"] > 50_000
    assert counts["tracked"] < counts["command_line"] / 10
    assert counts["threshold"] == YOUNG_COLLECTION_THRESHOLD


CYCLE_TEXTS = [
    "BRENWICK, March 4, 2024 (Coast Wire) -- Tarvel Motor Co. launched the Orla 5 hatchback "
    "in Brenwick on Monday, investing $40 million. Tarvel said the car would go on sale in May.",
    "Kelvo Ltd. and the Fenwick Institute of Marine Science (FIMS) set up a joint lab "
    "last year with 12 million euros.\nKelvo, a Norrhaven-based insurer, will open an office.",
    "SHARES OF QUILLAN FOODS ROSE 5%\nThe Quillan board met on the 3rd. Analysts at Dorrow "
    "Capital said the company's results were better than expected.",
]


def test_processing_leaves_no_cycles(nlp: Language) -> None:
    """Extraction makes no reference cycles, which is what lets the command line collect its
    youngest generation rarely (``settle_loaded_objects``): with the collector off, a
    collection after the documents finds nothing unreachable."""
    import gc

    list(nlp.pipe(CYCLE_TEXTS))  # lexemes and lazily built rule tables, made once
    gc.collect()
    gc.disable()
    try:
        records = [doc_to_record(doc, f"d{i}") for i, doc in enumerate(nlp.pipe(CYCLE_TEXTS))]
        assert records
        del records
        assert gc.collect() == 0
    finally:
        gc.enable()
