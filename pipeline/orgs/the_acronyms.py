"""An acronym the article writes with "the" and ends a noun phrase with: "talks with the KLU",
"the VNF said", "the ZTP 's leader".

News writes an organisation's acronym as a noun of its own, with "the" before it. A capitals
word used so is an organisation far more often than anything else. The rule tests for the
exceptions: a place ("the UK", which the place recogniser has); a concept's or a treaty's
abbreviation (defined in brackets after words in lower case, "cash reserve ratio ( CRR )", or
after a treaty's name); an everyday word ("the AIDS virus"); and a capitals word that modifies
the noun after it ("the ICI system", "the AR map"). So the word after the acronym must end the
noun phrase: punctuation, a possessive, a grammar word or a reporting verb ("the KLU in
Vellmar", "the KLU said", "the KLU would").

A word among English's most frequent is refused as an everyday word, but wordfreq folds case,
so a well-known body's acronym counts as frequent as much as a device's, a medium's or a
title's does ("the PC", "the MD"). Such a word is taken only where it acts as a body does: it
reports ("the KLU said"), it is the doer after "by" ("arrested by the KLU") or a side after
"against". On unannotated BBC news that finds 22 body mentions for one title; ending the
phrase alone let through as many devices and media as bodies.
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines

MIN_LETTERS, MAX_LETTERS = 2, 6

PHRASE_ENDS = frozenset({",", ".", ")", ";", ":", "'s", "’s", "'", '"', "?", "!"})
"""Tokens after the acronym that end its noun phrase."""

REPORTING_VERBS = frozenset({"said", "says", "told", "reported", "announced", "added"})
"""Verbs right after the acronym: it is the subject, no modifier."""


AGENT_MARKERS = frozenset({"by", "against"})
"""Words before "the <ACRONYM>" that make it a doer or a side ("arrested by the KLU")."""


def _defines_no_name(text: str, acronym: str, not_org_tails: frozenset[str]) -> bool:
    """The article defines the acronym in brackets after a word in lower case ("cash reserve
    ratio ( CRR )") or after a name of a treaty, a law or a disease ("... Test Ban Treaty
    ( TBT )", ``not_org_tails``): it abbreviates no organisation."""
    # the bracketed acronym first, then the word before it: a pattern opening with ``(\w+)``
    # would be tried from every word of the article
    for match in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - WORD_WINDOW), match.start())
        if before is None:
            continue
        word = before.group(1)
        if word.islower() or word.lower() in not_org_tails:
            return True
    return False


WORD_WINDOW = 200
"""How far back the word before a bracket is looked for (no word is longer)."""

_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")


def the_acronyms(
    tokens: DocView,
    lexicon: OrgLexicon,
    articles: list[tuple[int, int]],
    skipped: UnreadLines,
    places: set[str],
    countries: frozenset[str],
    not_org_tails: frozenset[str],
) -> list[Span]:
    """A span for each capitals word after "the" (``articles``: where the article's "the"s
    are) that ends its noun phrase, outside the token ranges in ``skipped`` (lines in capitals
    and headlines)."""
    words, text = tokens.words, tokens.text
    spans: list[Span] = []
    rejected: dict[str, bool] = {}
    for _, i in articles:
        if i + 1 >= len(words):
            continue
        word = words[i]
        if not (MIN_LETTERS <= len(word) <= MAX_LETTERS and word.isupper() and word.isalpha()):
            continue
        after = words[i + 1]
        if not (
            after in PHRASE_ENDS
            or after.lower() in REPORTING_VERBS
            or (after.islower() and after in lexicon.stop_words)
        ):
            continue
        if i in skipped:
            continue
        if word not in rejected:
            rejected[word] = (
                word in places
                or word in countries
                or word.lower() in lexicon.stop_words
                or not lexicon.is_name_word(word)  # a job's abbreviation: "the MEP said"
                or _defines_no_name(text, word, not_org_tails)
            )
        if word.lower() in lexicon.common and not (
            after.lower() in REPORTING_VERBS or (i >= 2 and words[i - 2].lower() in AGENT_MARKERS)
        ):
            continue  # a frequent word: only as a body that acts
        if not rejected[word]:
            spans.append(Span(tokens.doc, i, i + 1, label=ORG))
    return spans
