"""A company name in angle brackets is one organisation: "<Kelvo Milbank and Co>".

Wire copy of the 1980s and 1990s (one agency's feed, and the corpora built from it) marks a
company it names in angle brackets: its trading symbol when it has one ("<KLV.N>", which
``tickers`` drops), else its name, "<Orvel de Lasta Ltd>", "<Tarvio Bank (Asia) AG>". The
brackets are the writer's own mark that the words between them are one company's full name,
so the whole run is the span even where the name rules would cut it or split it: at "and"
("... Milbank and Co", a list to ``lists``), at a bracketed region ("(Asia)"), at lower-case
particles ("Banca d'Italia e ..."), or at a legal form the lists lack ("SpA").

What is a name and not a symbol: it opens with a capital letter and holds a lower-case
letter (symbols are capitals, digits and dots), and every word is capitalised but the
particles and lower-case legal forms names hold ("and", "de", "e", "d'Italia", "plc"), so a
phrase in brackets ("<Code here>") is none. What is not markup: only letters, digits, spaces
and the punctuation of names ("&", "'", ".", ",", "-", "/", brackets) may stand between the
brackets, so an HTML tag (``<a href="...">``, ``<P>``) never qualifies. A leading "The"
stays out, as the contract says of every name; a place alone is no company.
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView

BRACKETED_NAME = re.compile(r"<(?:The )?([A-Z][A-Za-z0-9&'’.,()/ -]{0,80}?)>")
"""A run in angle brackets that opens with a capital (after an optional "The")."""

NAME_PARTICLES = frozenset(
    {"and", "of", "for", "the", "de", "di", "da", "do", "du", "del", "della", "des", "e", "et"}
    | {"la", "le", "van", "von", "der", "den", "y", "&", "plc"}
)
"""Lower-case words a company's name may hold: connectors, particles of Romance, Dutch and
German names, and the British legal form written in lower case."""

ELIDED_PARTICLE = re.compile(r"[dl]['’][A-Z]")
"""An elided particle glued to a capitalised word: "d'Italia", "l'Oreal"."""

MAX_WORDS = 10
"""A company's full name is seldom longer; a longer run is prose that happens to sit in
brackets."""


def bracketed_names(tokens: DocView, places: set[str]) -> list[Span]:
    """One ORG span for each company name the text writes in angle brackets."""
    text = tokens.text
    if "<" not in text:  # nearly every article: no angle bracket at all
        return []
    doc = tokens.doc
    spans: list[Span] = []
    for match in BRACKETED_NAME.finditer(text):
        name = match.group(1).strip()
        words = name.split()
        if not any(c.islower() for c in name) or len(words) > MAX_WORDS:
            continue  # a trading symbol ("<KLV.N>"), or prose
        if not all(name_word(word) for word in words):
            continue  # a phrase, not a name
        if name in places:
            continue
        start = match.start(1)
        span = doc.char_span(start, start + len(name), label=ORG)
        if span is not None:  # the name is whole tokens
            spans.append(span)
    return spans


def name_word(word: str) -> bool:
    """A word a company's name may hold: capitalised, a number, a particle or "d'Italia"."""
    return (
        not word[0].islower() or word in NAME_PARTICLES or ELIDED_PARTICLE.match(word) is not None
    )


def with_bracketed_names(found: list[Span], bracketed: list[Span]) -> list[Span]:
    """``found`` less the spans inside or across a bracketed name, plus the bracketed names.

    A rule that read only part of the name ("Tarvio Bank" of "<Tarvio Bank (Asia) AG>") or
    split it ("Kelvo Milbank" and "Co") gives way: the brackets say where the name ends.
    """
    if not bracketed:
        return found
    kept = [
        span
        for span in found
        if not any(span.start < b.end and b.start < span.end for b in bracketed)
    ]
    return kept + bracketed
