"""The rating agencies of a bond notice: "MOODY'S: A1 S&P: AA- VELLRATE: AA-".

Notices of bond sales give each agency's rating as "<agency>: <rating>", often in capitals,
where the other rules read nothing (a line in capitals says nothing about names). A credit
rating after a colon is the evidence: Moody's scale ("Aaa", "Aa2", "Baa1") or the letter scale
of the others ("AA-", "BBB+"). The agency's name is one or two words before the colon; a
single everyday word there is a label, not an agency ("RATING: AA").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

_RATING = (
    r"(?:Aaa|Aa[1-3]?|A[1-3]|Baa[1-3]?|Ba[1-3]?|B[1-3]|Caa[1-3]?"
    r"|AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?)"
)
_WORD = r"[A-Z][A-Za-z&.]*"
AGENCY_RATING = re.compile(
    rf"(?<![\w&'’])(?P<agency>{_WORD}(?:[ \t]?['’][ \t]?[Ss]\b)?(?:[ \t]{_WORD})?)"
    rf"[ \t]*:[ \t]*{_RATING}(?![\w+-])"
)


_AFTER_COLON = re.compile(r":[ \t]*[ABC]")
"""What every "<agency>: <rating>" holds; one quick scan rules most articles out."""


def rating_agencies(tokens: DocView, lexicon: OrgLexicon, places: set[str]) -> list[Span]:
    """Each agency named before a credit rating."""
    text = tokens.text
    spans: list[Span] = []
    if ":" not in text or _AFTER_COLON.search(text) is None:
        return spans  # no colon before a rating's first letter: no scan from every capital
    for match in AGENCY_RATING.finditer(text):
        agency = match.group("agency")
        plain = agency.isalpha()  # no possessive, no "&", no second word
        if agency in places or (plain and agency.lower() in lexicon.common):
            continue
        span = tokens.span(match.start("agency"), match.end("agency"))
        if span is not None:
            spans.append(span)
    return spans
