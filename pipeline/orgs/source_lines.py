"""The outlet an article credits on a line of its own: "Source: Kelvo News", "By KNA".

Syndicated and aggregated news names the outlet or agency it took a story from on a line of
its own, before or after the story: "Source: Kelvo Business Daily", "By KNA", "By Orso News
Service". Such a line is in Title Case, so the name rules skip it as a headline, and no cue
word stands beside the name. The line's shape is the cue:

- "Source:" (or "Sources:", "Credit:") and a name that fills the rest of the line: an outlet
  or an agency, never a person's name (a first name and a surname) nor a place;
- "By" and a name that fills the line: a news agency when it is an acronym ("By KNA") or when
  it ends in an organisation's head word ("By Orso News Service"); "By Ana Lind" is the
  reporter and is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

SOURCE_LINE = re.compile(r"(?m)^[ \t]*(?:Sources?|Credit)[ \t]*:[ \t]*(?P<name>[^\n:]+?)[ \t.]*$")
BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+(?:the[ \t]+|The[ \t]+)?(?P<name>[^\n]+?)[ \t]*$")
ACRONYM = re.compile(r"[A-Z]{2,6}")
MAX_WORDS = 6
"""A credited outlet's name is at most this many tokens long."""


def source_lines(
    tokens: DocView, lex: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """One ORG span per outlet credited on a "Source:" or "By" line of its own."""
    text = tokens.text
    spans: list[Span] = []
    if "Source" in text or "Credit" in text:
        for match in SOURCE_LINE.finditer(text):
            span = named(tokens, lex, match, places, countries)
            if span is not None and not person(tokens, lex, span):
                spans.append(span)
    if "By " in text:
        for match in BYLINE.finditer(text):
            span = named(tokens, lex, match, places, countries)
            if span is None:
                continue
            last = tokens.words[span.end - 1]
            if (span.end - span.start == 1 and ACRONYM.fullmatch(last)) or (
                span.end - span.start > 1 and last in lex.heads
            ):
                spans.append(span)
    return spans


def named(
    tokens: DocView,
    lex: OrgLexicon,
    match: re.Match[str],
    places: set[str],
    countries: frozenset[str],
) -> Span | None:
    """The tokens of the line's name group when they are all name words (digits allowed
    after the first: "Kelvo 24"), "&" or hyphens, and no place; else None."""
    found = tokens.token_range(match.start("name"), match.end("name"))
    if found is None:
        return None
    start, end = found
    words = tokens.words[start:end]
    if not words or len(words) > MAX_WORDS or not lex.is_name_word(words[0]):
        return None
    for word in words[1:]:
        if not (lex.is_name_word(word) or word.isdigit() or word in ("&", *lex.hyphens)):
            return None
    name = match.group("name")
    if name in places or name in countries or words[0] in lex.demonyms:
        return None
    return Span(tokens.doc, start, end, label="ORG")


def person(tokens: DocView, lex: OrgLexicon, span: Span) -> bool:
    """The name is a person's: a first name and one or two more name words, none of them a
    head word ("Ana Lind", not "Ana Lind Media")."""
    words = tokens.words[span.start : span.end]
    return (
        words[0] in lex.first_names
        and 2 <= len(words) <= 3
        and not any(word in lex.all_heads for word in words)
    )
