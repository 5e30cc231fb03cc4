"""The company a wire digest's line opens with: "Vellgate Data Q2 net rises", "Tarn Bahn H1
pre-tax profit up", "Orvane Marble posts 1st result", "Vell Power Co sets payout".

Wires headline each company result or notice the same way: the company's name, then the period
("Q2", "H1", "9mth") or the business word ("sets", "posts", "net", "shr"), in sentence case. In
such a line the capitalised words before that word are the company, however it is named; a
place ("Vellmar posts trade surplus") is the place recogniser's, and a person ("Ana Lind sets
record") opens with a first name. A headline may also open with the code of the wire that
filed it ("VWIR - ...").
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import REPORTING_PERIOD, OrgLexicon

MAX_COMPANY_WORDS = 5

SOURCE_CODE = re.compile(r"[A-Z]{3,6}")
"""A wire's source code opening a headline ("VWIR - Budget cuts ..."), in capitals."""

DIGEST_WORDS = frozenset({"sets", "posts", "net", "shr", "profit", "loss", "results"})
"""Lower-case words that follow a company's name in a digest line."""

_MONTHS_PERIOD = re.compile(r"\d{1,2}mth|\d{1,2}-month")
"""Periods such as "6mth" or "9-month"."""


def is_period(word: str) -> bool:
    return bool(REPORTING_PERIOD.fullmatch(word) or _MONTHS_PERIOD.fullmatch(word))


def digest_companies(
    tokens: DocView,
    lexicon: OrgLexicon,
    sentences: list[tuple[int, int]],
    skipped: list[tuple[int, int]],
    places: set[str],
) -> list[Span]:
    """The company opening the article's headline when a digest word follows it, unless
    the headline is in ``skipped`` (lines in capitals). Only the headline: in the tables
    below it, rows open with their labels the same way ("Net profit 9.1 vs 6.0")."""
    words = tokens.words
    spans: list[Span] = []
    for start, end in sentences[:1]:  # the headline
        if start >= end or (skipped and any(a <= start < b for a, b in skipped)):
            continue
        right = start
        while right < end and right - start < MAX_COMPANY_WORDS and is_name(lexicon, words[right]):
            right += 1
        if right == start or right >= end:
            continue
        after = right + 1 if words[right] in lexicon.hyphens and right + 1 < end else right
        if not (words[after] in DIGEST_WORDS or is_period(words[after])):
            continue
        name = tokens.char_text(start, right)
        if (
            name in places
            or (right - start == 1 and words[start].lower() in lexicon.common)
            or words[start] in lexicon.demonyms
            or lexicon.starts_person(words, start)
            or lexicon.is_sentence_opener(words, start)
        ):
            continue
        spans.append(Span(tokens.doc, start, right, label=ORG))
    return spans


def is_name(lexicon: OrgLexicon, word: str) -> bool:
    """A word of a company's name in a digest line: a name word, not a period."""
    return lexicon.is_name_word(word) and not is_period(word)


def source_code(
    tokens: DocView, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The source code that opens an article's headline before a dash ("VWIR - Vell shares
    surge"): the wire or service that filed it. A topic tag opens headlines the same way
    ("SOCCER - ...", "FOCUS - ..."), but in an everyday word; a place's code is a place."""
    words = tokens.words
    if len(words) < 3 or words[1] not in lexicon.hyphens:
        return []
    code = words[0]
    if (
        not SOURCE_CODE.fullmatch(code)
        or code.lower() in lexicon.common
        or code in places
        or code in countries
    ):
        return []
    return [Span(tokens.doc, 0, 1, label=ORG)]
