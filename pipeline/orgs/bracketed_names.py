"""A company name in angle brackets is one organisation: "<Kelvo Milbank and Co>".

Wire copy of the 1980s and 1990s (one agency's feed, and the corpora built from it) marks a
company it names in angle brackets: its trading symbol when it has one ("<KLV.N>", which
``tickers`` drops), else its name, "<Orvel de Lasta Ltd>", "<Tarvio Bank (Asia) AG>". The
brackets are the writer's own mark that the words between them are one company's full name,
so the whole run is the span even where the name rules would cut it or split it: at "and"
("... Milbank and Co", a list to ``lists``), at a bracketed region ("(Asia)"), at lower-case
particles ("Banca di Tarno e d'Orsa ..."), or at a legal form the lists lack ("SpA").

What is a name and not a symbol: it opens with a capital letter and holds a lower-case
letter (symbols are capitals, digits and dots), and every word is capitalised but the
particles and lower-case legal forms names hold ("and", "de", "e", "d'Orsa", "plc"), so a
phrase in brackets ("<Code here>") is none. What is not markup: only letters, digits, spaces
and the punctuation of names ("&", "'", ".", ",", "-", "/", balanced round brackets) may stand
between the angle brackets, and no word character or "<" right before them, so an HTML tag
(``<a href="...">``, ``<P>``) or a type in code ("Map<String, Integer>") never qualifies. A
leading "The" stays out, as the contract says of every name; a place alone is no company.

Angle brackets hold other things too: a form's field ("<Your Name>"), a menu item ("<Save
As>"), a person's address ("<Anna Berg>"). So a run counts only as the wire writes it: of two
or more words, and either ending in a legal form ("<Orvel Milbank and Co>") or in an article
that also marks a trading symbol the wire's way, after a name ("Kelvo Corp <KLV.N>").
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

BRACKETED_NAME = re.compile(r"(?<![\w<])<(?:The )?([A-Z][A-Za-z0-9&'’.,()/ -]{0,80}?)>")
"""A run in angle brackets that opens with a capital (after an optional "The"), not glued to
a word before it (a type parameter: "List<String>")."""

WIRE_TICKER = re.compile(r"(?<=\w )<[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?>")
"""A trading symbol in angle brackets right after a name ("Kelvo Corp <KLV.N>", "<C>")."""

MIN_WORDS = 2
"""A one-word run in brackets ("<Title>", "<The>") is a tag or a word, not a full name."""

NAME_PARTICLES = frozenset(
    {"and", "of", "for", "the", "de", "di", "da", "do", "du", "del", "della", "des", "e", "et"}
    | {"la", "le", "van", "von", "der", "den", "y", "&", "plc"}
)
"""Lower-case words a company's name may hold: connectors, particles of Romance, Dutch and
German names, and the British legal form written in lower case."""

ELIDED_PARTICLE = re.compile(r"[dl]['’][A-Z]")
"""An elided particle glued to a capitalised word: "d'Orsa", "l'Avenor"."""

MAX_WORDS = 10
"""A company's full name is seldom longer; a longer run is prose that happens to sit in
brackets."""


def bracketed_names(tokens: DocView, lex: OrgLexicon, places: set[str]) -> list[Span]:
    """One ORG span for each company name the text writes in angle brackets."""
    text = tokens.text
    if "<" not in text:  # nearly every article: no angle bracket at all
        return []
    doc = tokens.doc
    spans: list[Span] = []
    wire = None  # whether the article marks a ticker: looked up at the first candidate
    for match in BRACKETED_NAME.finditer(text):
        name = match.group(1).strip()
        words = name.split()
        if not any(c.islower() for c in name) or not MIN_WORDS <= len(words) <= MAX_WORDS:
            continue  # a trading symbol ("<KLV.N>"), a tag or a word, or prose
        if not all(name_word(word) for word in words) or not balanced(name):
            continue  # a phrase, not a name
        if name in places:
            continue
        if not ends_in_legal_form(lex, words[-1]):
            if wire is None:
                wire = WIRE_TICKER.search(text) is not None
            if not wire:
                continue  # no legal form and no wire copy: a field, a menu item, a person
        start = match.start(1)
        span = doc.char_span(start, start + len(name), label=ORG)
        if span is not None:  # the name is whole tokens
            spans.append(span)
    return spans


def ends_in_legal_form(lex: OrgLexicon, word: str) -> bool:
    """``word`` is a legal form ("Co", "AG", "plc"), not an everyday word that spells one
    ("As" of "<Save As>")."""
    lower = word.lower()
    return lower.rstrip(".") in lex.legal_words and lower not in lex.stop_words


def balanced(name: str) -> bool:
    """Every round bracket in ``name`` closes one opened before it ("(Asia)", not "(Asia")."""
    depth = 0
    for char in name:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def name_word(word: str) -> bool:
    """A word a company's name may hold: capitalised, a number, a particle or "d'Orsa"."""
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
