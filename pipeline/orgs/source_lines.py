"""The outlet an article credits on a line of its own: "Source: Kelvo News", "By KNA".

Syndicated and aggregated news names the outlet or agency it took a story from on a line of
its own, before or after the story: "Source: Kelvo Business Daily", "By KNA", "By Orso News
Service". Such a line is in Title Case, so the name rules skip it as a headline, and no cue
word stands beside the name. The line's shape is the cue:

- "Source:" (or "Sources:", "Credit:") and a name that fills the rest of the line: an outlet
  or an agency, never a person's name (a first name and a surname) nor a place;
- "By" and a name that fills the line: a news agency when it is an acronym ("By KNA") or when
  it ends in an organisation's head word ("By Orso News Service"); "By Ana Lind" is the
  reporter and is left alone;
- a citation under a "Sources" heading, as Wikinews and wiki-style pages end an article
  ('"Port reopens after storm" — Kelvo Daily Post, March 3, 2019', with the author's name
  first or not): the publisher between the dash and the date. Without the heading the same
  shape is as often a quotation and its speaker ('"We will rebuild" — Ana Lind, 2019');
- a photo credit, which ends a caption's line (``credit_lines``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

SOURCE_LINE = re.compile(r"(?m)^[ \t]*(?:Sources?|Credit)[ \t]*:[ \t]*(?P<name>[^\n:]+?)[ \t.]*$")
BYLINE = re.compile(r"(?m)^[ \t]*By[ \t]+(?:the[ \t]+|The[ \t]+)?(?P<name>[^\n]+?)[ \t]*$")
SOURCES_HEADING = re.compile(r"(?m)^[ \t]*(?:Sources?|References)[ \t]*:?[ \t]*$")
CITATION = re.compile(
    r"(?m)^[^\n\"“]{0,80}[\"“][^\n\"”]+[\"”][ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n,]+?),[ \t]*"
    r"(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}"
    r"|\d{4}-\d{2}-\d{2})[ \t.]*$"
)
"""A cited article's line: its title in quotes (an author's name may come first), a dash, the
publisher, a comma and the date that ends the line."""
_CAPS_NAME = r"[A-Z][A-Z&-]+(?:[ \t]+[A-Z][A-Z&-]+){0,3}"
_CAPTION_END = r"(?:^[ \t]*|[.!?)\"”][ \t]*)"
CREDIT_PIPE = re.compile(rf"(?m)[.!?)\"”][ \t]*\|[ \t]*(?P<name>{_CAPS_NAME})[ \t]*$")
"""A caption's sentence, a bar and an agency in capitals that ends the line ("... at left. |
KNA")."""
CREDIT_COURTESY = re.compile(
    rf"(?m){_CAPTION_END}(?:(?:Image|Photo|Picture|Photograph)[ \t]*:[ \t]*)?Courtesy[ \t]+of"
    r"[ \t]+(?:the[ \t]+)?(?P<name>[^\n.:]+?)[ \t.]*$"
)
"""A picture the named body handed out: "Image: Courtesy of Kelvo." ends the caption's line."""
CREDIT_PHOTOGRAPHER = re.compile(
    rf"(?m){_CAPTION_END}(?:THE[ \t]+)?(?P<name>{_CAPS_NAME})[ \t]*/[ \t]*"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]*$"
)
"""An agency in capitals, a slash and its photographer's name end the caption's line: "THE
KELVO PRESS/Ana Lind"."""
ACRONYM = re.compile(r"[A-Z]{2,6}")
MAX_WORDS = 6
"""A credited outlet's name is at most this many tokens long."""


def source_lines(
    tokens: DocView, lex: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """One ORG span per outlet credited on a "Source:" or "By" line of its own, or cited under
    a "Sources" heading."""
    text = tokens.text
    spans: list[Span] = []
    if "Source" in text or "Credit" in text:
        for match in SOURCE_LINE.finditer(text):
            span = named(tokens, lex, match, places, countries)
            if span is not None and not person(tokens, lex, span):
                spans.append(span)
    heading = SOURCES_HEADING.search(text) if ("Source" in text or "Reference" in text) else None
    if heading is not None:
        for match in CITATION.finditer(text, heading.end()):
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
    return spans + credit_lines(tokens, lex, places, countries)


def credit_lines(
    tokens: DocView, lex: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The agency or the body a photo is credited to, where a caption's line ends: after a
    bar in capitals ("| KNA"), after "Courtesy of", or in capitals before the photographer's
    name ("KELVO PRESS/Ana Lind"). A credit is an organisation or a person, so a person's
    name (a first name and a surname) is left alone; the capitals shapes take no person at
    all, the photographer being the one after the slash."""
    text = tokens.text
    spans: list[Span] = []
    shapes = [
        pattern
        for pattern, mark in (
            (CREDIT_PIPE, "|"),
            (CREDIT_COURTESY, "Courtesy"),
            (CREDIT_PHOTOGRAPHER, "/"),
        )
        if mark in text  # the pass over the text only where the shape's mark occurs at all
    ]
    for pattern in shapes:
        for match in pattern.finditer(text):
            span = named(tokens, lex, match, places, countries)
            if span is not None and not person(tokens, lex, span):
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
        if not (lex.is_name_word(word) or word.isdigit() or word in lex.name_joiners):
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
