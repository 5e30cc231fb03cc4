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

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions

VERBS = ("told", "tells", "reports", "reported", "quoted")
"""The verbs before the one spoken to or reporting."""

CLAUSE_ENDS = frozenset(
    {".", ",", ";", ":", "!", "?", ")", "”", '"', "in", "on", "that", "late", "earlier", "last"}
)
"""Tokens after the acronym that end its clause."""

MIN_LETTERS, MAX_LETTERS = 2, 6


def told_acronyms(
    tokens: DocView, lexicon: OrgLexicon, places: set[str], countries: frozenset[str]
) -> list[Span]:
    """The acronyms spoken to or reporting, as the module says. The verbs are looked up in
    the article's set of token texts first (most articles have none of them, or one), their
    mentions found by ``list.index`` in C, not by a pass over every token."""
    words, text = tokens.words, tokens.text
    spans: list[Span] = []
    last = len(words) - 1
    for verb in VERBS:
        if verb not in tokens.word_set:
            continue
        for i in positions(words, verb):
            j = i + 1
            if j < last and words[j] == "the":
                j += 1
            if j >= last:
                continue
            acronym = words[j]
            if not (
                MIN_LETTERS <= len(acronym) <= MAX_LETTERS
                and acronym.isalpha()
                and acronym.isupper()
                and words[j + 1] in CLAUSE_ENDS
                and "\n" not in text[tokens.starts[i] : tokens.starts[j]]
            ):
                continue
            if acronym in places or acronym in countries or acronym.lower() in lexicon.stop_words:
                continue
            spans.append(Span(tokens.doc, j, j + 1, label=ORG))
    return spans
