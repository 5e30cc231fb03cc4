"""The news agencies an article credits where wire copy puts them, outside the dateline rule.

``datelines`` reads a dateline with a place in capitals and a dash ("OSLO, May 2 (Coast
Wire) --"). Agency copy as other outlets print it credits the agency in three more places,
and the layout alone says that the credit is an organisation (a dateline opens the story: its
first few lines with words):

- a dateline in mixed case with the credit in brackets and no dash: "Tarnby, Feb 20 (KNW)
  The minister said ...";
- a dateline in capitals with the credit bare before a spaced dash: "TARNBY, KNW - The
  minister said ...";
- the end of the story: a bracketed credit after the last sentence, ending the line ("... it
  said. (KNW/Orskwire)"). (A dashed credit glued to its dash, "--KNW", is one token, which
  no span can split.)

A credit is one name or several joined by "/" (agency and partner). No part is a place or a
grammar word ("(IT)"), and no part but an acronym is an everyday word ("(Updated)" and
"(Video)" close paragraphs too; an agency's acronym is often a frequent token of news text).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.datelines import (
    CREDIT,
    CREDIT_PART,
    MIXED_CASE_DATELINE,
    opening_lines,
)
from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

CAPITALS_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'’ -]{1,30}?,[ \t]*(?P<credit>[A-Z]{3,6})[ \t]+[-–—][ \t]"
)
"""A place in capitals, a comma, a bare credit and a spaced dash: "TARNBY, KNW - "."""

CLOSING_BRACKET = re.compile(rf"(?<=[.!?\"”’])[ \t]*\({CREDIT}\)[ \t]*$")
"""A bracketed credit after a story's last sentence, ending its line: "... it said. (KNW)"."""


ACRONYM = re.compile(r"[A-Z]{2,6}")

MAX_CLOSING_CREDIT = 60
"""Characters from a line's closing bracket back to where its credit can start."""

LINE_END_BRACKET = re.compile(r"\)[ \t]*(?=\r?\n|$)")
"""A closing bracket that ends its line."""


def credit_parts(match: re.Match[str]) -> list[tuple[int, int]]:
    """Character ranges of the names in a match's credit, split at "/"."""
    start = match.start("credit")
    parts: list[tuple[int, int]] = []
    for piece in re.finditer(CREDIT_PART, match.group("credit")):
        parts.append((start + piece.start(), start + piece.end()))
    return parts


def not_an_agency(
    name: str, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> bool:
    """A credited word that is no agency: a place or a country (by name, in any case), a
    grammar word, or an everyday word that is not an acronym."""
    return (
        name in places
        or name in countries
        or name.title() in countries
        or name.lower() in lexicon.stop_words
        or (ACRONYM.fullmatch(name) is None and name.lower() in lexicon.common)
    )


def credit_matches(text: str) -> list[re.Match[str]]:
    """The datelines' and closing credits' matches. A dateline opens a story, so only the
    first lines with words (``opening_lines``) are tried, at their starts; a closing
    credit is looked for only before a bracket that ends a line (found by one C-level
    search), from shortly before it: a search through every character of the article cost
    more than the rest of this rule."""
    matches: list[re.Match[str]] = []
    has_bracket = "(" in text
    has_spaced_dash = " - " in text or " – " in text or " — " in text
    if not (has_bracket or has_spaced_dash):
        return matches
    for line_start, line_end in opening_lines(text):
        for pattern, present in (
            (MIXED_CASE_DATELINE, has_bracket),
            (CAPITALS_DATELINE, has_spaced_dash),
        ):
            match = pattern.match(text, line_start, line_end) if present else None
            if match is not None:
                matches.append(match)
    if has_bracket:
        for bracket in LINE_END_BRACKET.finditer(text):
            line_start = text.rfind("\n", 0, bracket.start()) + 1
            opening = text.rfind("(", line_start, bracket.start())
            from_char = max(line_start, opening - MAX_CLOSING_CREDIT)
            match = CLOSING_BRACKET.search(text, from_char, bracket.end())
            if match is not None:
                matches.append(match)
    return matches


def agency_credits(
    tokens: DocView, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The agencies credited in mixed-case or bare datelines and at a story's end; a credit
    that is a place or a country, by name or initials, in any case, is none ("SEOUL, KOREA -")."""
    text = tokens.text
    spans: list[Span] = []
    for match in credit_matches(text):
        parts = credit_parts(match)
        names = [text[a:b] for a, b in parts]
        if any(not_an_agency(name, lexicon, places, countries) for name in names):
            continue
        for start, end in parts:
            span = tokens.span(start, end)
            if span is not None:
                spans.append(span)
    return spans
