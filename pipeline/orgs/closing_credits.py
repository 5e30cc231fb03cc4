"""The news agency credited after a dash at the very end of a story: "... it said. — KNW".

Papers that print agency copy close it with the agency's name after a dash, on a line of its
own or after the last sentence ("– Orskwire", "... the minister said. — KNW/Vellpress"); the
bracketed closing credit is ``agency_credits``'s. The layout is the evidence: a dash, one name
or several joined by "/", and nothing after them in the article. A name that is a place, a
country (by name or initials), a grammar word, an everyday word (unless an acronym: "(IT)" is
no agency, but "KNW" may be a frequent token) or a first name (a reporter signing off: "— Ana")
is none, and neither is a longer run ("— Ana Lind", "-- Oslo Newsroom"): the pattern takes
one word per name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.datelines import CREDIT
from pipeline.docview import DocView
from pipeline.orgs.agency_credits import credit_parts, not_an_agency
from pipeline.orgs.lexicon import OrgLexicon

CLOSING_DASH = re.compile(
    rf"(?:^|(?<=[.!?\"”’])[ \t])[ \t]*(?:--|[—–-])[ \t]*{CREDIT}[ \t]*$", re.MULTILINE
)
"""A dash and a credit ending the article: at a line's start or after a sentence's end."""

DASHES = ("--", "—", "–", "-")

TAIL_CHARS = 80
"""Characters from the article's end that can hold a closing credit: the search reads only
these, not the article."""


def closing_credits(
    tokens: DocView, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The agencies credited after a dash at the end of the article (see the module)."""
    text = tokens.text
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1  # the trailing blank lines only, not a copy of the article
    tail_start = max(0, end - TAIL_CHARS)
    if not any(dash in text[tail_start:end] for dash in DASHES):
        return []
    match = CLOSING_DASH.search(text, tail_start, end)
    if match is None or match.end() != end:
        return []
    parts = credit_parts(match)
    names = [text[a:b] for a, b in parts]
    if any(
        not_an_agency(name, lexicon, places, countries) or name in lexicon.first_names
        for name in names
    ):
        return []
    spans = [tokens.span(start, end) for start, end in parts]
    return [span for span in spans if span is not None]
