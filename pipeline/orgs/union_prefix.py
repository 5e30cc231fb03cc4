"""India's "Union" before a ministry or a minister: the central government's word, not a name's.

Indian news writes "the Union Tarvel Development Ministry" and "Union Tarvel Minister Ana
Rao" where other papers write "the federal ministry" and "the federal minister". The word
says whose ministry it is, as a nationality does ("the Chinese Ministry of ..."), so the
contract leaves it out of the name. Two shapes follow from the words after it:

- a ministry or department named by its portfolio ("Union Tarvel Development Ministry"):
  the name starts after "Union";
- a run before a minister's title ("Union Tarvel Minister"): a title, so no name at all.

Names whose official form starts with the word keep it: "Union Tarvel Bank" and "Union
Public Tarvel Commission" end in no ministry word, and "Union of ..." is followed by no name
word.
"""

from __future__ import annotations

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

UNION = "Union"

MINISTRY_WORDS = frozenset({"Ministry", "Ministries", "Department"})
"""Last words of a government body that "Union" only qualifies."""

MINISTER_TITLES = frozenset({"Minister", "Ministers", "Secretary", "Secretaries"})
"""Titles that make the run before them a portfolio, not a body."""

MIN_TRIMMED_WORDS = 3
""""Union", a portfolio word and the ministry word: with less, nothing names the body."""


def without_union_prefix(tokens: DocView, lex: OrgLexicon, found: list[Span]) -> list[Span]:
    """``found`` with "Union" trimmed from ministries and the runs before a minister's
    title left out."""
    if UNION not in tokens.word_set:
        return found
    words = tokens.words
    kept: list[Span] = []
    for span in found:
        start, end = span.start, span.end
        if words[start] != UNION or end - start < 2 or not lex.is_name_word(words[start + 1]):
            kept.append(span)
            continue
        if end < len(words) and words[end] in MINISTER_TITLES:
            continue  # "Union Tarvel Minister Ana Rao": a title
        if end - start >= MIN_TRIMMED_WORDS and words[end - 1] in MINISTRY_WORDS:
            kept.append(Span(tokens.doc, start + 1, end, label=ORG))
            continue
        kept.append(span)
    return kept
