"""A plant a company names, not an organisation: "its Orsk Assembly plant", "their Tarn
Valley Works and Stamping plant", "its Orsk assembly plant".

Carmakers, steelmakers and refiners name their sites, often with a word that is also an
organisation's head ("Assembly", "Operations"). After a possessive determiner the company is
already named ("its", "their"), and a lower-case facility noun after the capitalised run
("plant", "factory", "refinery") says what the run names: the site, which the contract does
not count. A run without the determiner ("the Vellco plant") names the company that owns the
plant, which stays.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import DocView

FACILITY_NOUNS = frozenset(
    {
        "complex",
        "factories",
        "factory",
        "facility",
        "mill",
        "mills",
        "plant",
        "plants",
        "refinery",
        "site",
        "smelter",
        "works",
    }
)
"""Lower-case nouns that name a site after its capitalised name."""

PROCESS_WORDS = frozenset(
    {
        "assembly",
        "battery",
        "engine",
        "manufacturing",
        "parts",
        "processing",
        "production",
        "stamping",
    }
)
"""What a plant does, between its name and the facility noun ("its Orsk assembly plant")."""

OWNER_WORDS = frozenset({"its", "their", "our"})
"""Possessive determiners: the owner is named already, so the run names the site."""

RUN_JOINERS = frozenset({"and", "&"})
"""Words that join two names of one site ("Assembly and Stamping plant")."""

MAX_RUN = 8
"""Words a site's name runs to on either side of a candidate."""


def in_run(word: str) -> bool:
    """A word of a site's name: capitalised, or a joiner between two parts of it."""
    return word[:1].isupper() or word in RUN_JOINERS


def names_a_facility(words: list[str], start: int, end: int) -> bool:
    """Tokens [start, end) lie in a capitalised run between an owner word and a facility
    noun (with at most one process word before the noun)."""
    k = end
    while k < len(words) and k - end < MAX_RUN and in_run(words[k]):
        k += 1
    if k < len(words) and words[k] in PROCESS_WORDS:
        k += 1
    if k >= len(words) or words[k] not in FACILITY_NOUNS:
        return False
    j = start
    while j > 0 and start - j < MAX_RUN and in_run(words[j - 1]):
        j -= 1
    return j > 0 and words[j - 1].lower() in OWNER_WORDS and words[j] not in RUN_JOINERS


def without_facilities(tokens: DocView, found: list[Span]) -> list[Span]:
    """``found`` less the candidates that name a company's site (an article without a
    facility noun has none: one set intersection)."""
    if FACILITY_NOUNS.isdisjoint(tokens.word_set):
        return found
    words = tokens.words
    return [span for span in found if not names_a_facility(words, span.start, span.end)]
