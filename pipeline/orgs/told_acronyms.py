"""An acronym a source speaks to or a story is credited to: "told KNW in Tarnby", "... reports
KNW.".

A news agency, a broadcaster or a paper is written as its acronym right after the verb that
names it as the one spoken to or reporting ("the minister told KNW", "a spokesman told the
VTN", "reports KNW."). People are never written in capitals, so the layout is the evidence
when the acronym ends its clause: punctuation, or a preposition or "that" after it ("told KNW
in Tarnby", "told KNW on Monday", "told KNW that"). Not a place or a country's initials ("told
US officials" goes on with a noun, "told UK." is a place), not a grammar word ("told IT"), and
two to six capitals (a longer run is a word in capitals).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

TOLD = re.compile(
    r"\b(?:told|tells|reports|reported|quoted)[ \t]+(?:the[ \t]+)?(?P<acronym>[A-Z]{2,6})"
    r"(?=[ \t]*[.,;:!?)”\"]|[ \t]+(?:in|on|that|late|earlier|last)\b)"
)
"""The verb, perhaps "the", the acronym, and what ends its clause."""


def told_acronyms(
    tokens: DocView, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The acronyms spoken to or reporting, as the module says."""
    text = tokens.text
    if "told" not in text and "tells" not in text and "report" not in text and "quoted" not in text:
        return []
    spans: list[Span] = []
    for match in TOLD.finditer(text):
        acronym = match.group("acronym")
        if acronym in places or acronym in countries or acronym.lower() in lexicon.stop_words:
            continue
        span = tokens.span(match.start("acronym"), match.end("acronym"))
        if span is not None:
            spans.append(span)
    return spans
