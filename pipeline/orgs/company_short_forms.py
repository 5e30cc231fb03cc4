"""A company's name less its legal form, or less a final head word too, written alone once:
"Velder Tarn" after "Velder Tarn Holdings Ltd", "Vantrel Ambrell" after "Vantrel Ambrell and Co".

``core_forms`` and ``name_parts`` take a short form only where the article writes it alone
twice, since a run seen once may be something else. A company whose full name the article
gave with its legal form is the exception news copy relies on: the next paragraph names it
once by its first words ("Velder Tarn reincorporated in 1984"), and a run of two or more
name words that is exactly the front of a legal name just given, no place, no title and no
nationality, is that company (``core_forms`` keeps its rule of two for a front that drops
an everyday business word, "Tarvel Paper" of "Tarvel Paper Mills Ltd"). The legal form is
the evidence, so only names that end in one (whatever rule found them: a head word, a
ticker, angle brackets) give forms.

A front that opens with a first name keeps the rule of two: a company named for its founder
("Edwin Tarnholm Holdings Ltd") leaves the founder's name in the article, and "Edwin
Tarnholm, who founded it, died" is the person.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import DEMONYM_SUFFIXES, TITLE_FORMS
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.name_parts import MIN_USES, written_alone

TRAILING_CONNECTORS = frozenset({"and", "&", ","})
"""What is left before a legal form that follows its connector ("and Co", "& Co.")."""

WRITTEN_OUT_FORMS = frozenset({"Company", "Corporation", "Limited", "Incorporated"})
"""Legal forms written out, which the lexicon counts as head words rather than forms."""

HONORIFICS = frozenset({"Sir", "Lord", "Lady", "Dame", "Prof", "Prof.", "Professor"})
"""Titles of rank and learning, which ``cues.PERSON_TITLES`` (words before a person's name
that a rule reads in lower case, "spokesman") lacks."""

TITLES_AND_HONORIFICS = TITLE_FORMS | HONORIFICS
"""``cues.PERSON_TITLES`` as the press writes them, and ``HONORIFICS`` (one name, not a second
``PERSON_TITLES`` with other contents). A title opens a person's name or a title held ("Miss
Tarnby" of "Miss Tarnby Inc", "Lord Tarvel" of "Lord Tarvel Holdings Ltd"), not a company's
short form."""

MIN_WORDS = 2
"""A one-word front is ``mentions``' distinctive first word, weighed there."""


def legal_fronts(
    tokens: DocView,
    lex: OrgLexicon,
    span: Span,
    places: Collection[str],
    countries: Collection[str],
) -> list[str]:
    """The name less its legal form, and that less a final head word too ("Velder Tarn" of
    "Velder Tarn Group plc"), each of two or more words and none ending in a nationality
    ("Velder Danish" of "Velder Danish Holdings Ltd" is an adjective before a noun)."""
    form = without_legal_form(tokens, lex, span, places, countries)
    if form is None:
        return []
    words = form.split()
    if len(words) > MIN_WORDS and words[-1] in lex.heads:
        shorter = " ".join(words[:-1])
        if (
            shorter == form[: len(shorter)]
            and shorter not in places
            and not nationality(lex, words[-2], countries)
        ):
            return [form, shorter]
    return [form]


def nationality(lex: OrgLexicon, word: str, countries: Collection[str]) -> bool:
    """``word`` is a nationality: listed, or formed from a country's name ("Tessan" from
    "Tessa"), as ``cues.demonym_like`` reads it."""
    return word in lex.demonyms or any(
        word.endswith(suffix) and word[: -len(suffix)] in countries for suffix in DEMONYM_SUFFIXES
    )


def without_legal_form(
    tokens: DocView,
    lex: OrgLexicon,
    span: Span,
    places: Collection[str],
    countries: Collection[str],
) -> str | None:
    """The name less its legal form and the connector before it, or None when it has none,
    keeps fewer than two words, opens with a title, ends in a nationality or is a place. A
    first name may open it ("Edwin Tarnholm" of "Edwin Tarnholm Group plc", as banks and
    brokers are named for their founders): ``company_short_forms`` then asks for two uses."""
    words = tokens.words
    end = lex.core_end(words, span.start, span.end)
    if end == span.end and end - span.start > MIN_WORDS and words[end - 1] in WRITTEN_OUT_FORMS:
        end -= 1
    if end == span.end:
        return None  # no legal form: no evidence that the name is a company's
    while end > span.start and words[end - 1] in TRAILING_CONNECTORS:
        end -= 1
    name = words[span.start : end]
    if len(name) < MIN_WORDS or not all(lex.is_name_word(word) for word in name):
        return None
    if name[0] in TITLES_AND_HONORIFICS or nationality(lex, name[-1], countries):
        return None
    form = tokens.char_text(span.start, end)
    return None if form in places else form


def company_short_forms(
    tokens: DocView,
    lex: OrgLexicon,
    found: list[Span],
    places: Collection[str],
    countries: Collection[str],
    canonical: dict[str, str],
    place_nouns: Collection[str] = frozenset(),
) -> list[Span]:
    """The mentions, alone, of the fronts of the legal names in ``found``: at least once, or
    at least twice for a front that opens with a first name (the founder's, or a person's).
    None before a place noun ("the Velder Tarn river" of "Velder Tarn Holdings Ltd"): the run
    names the place the company is named for."""
    text = tokens.text
    # one span per name, in the article's order: most found spans repeat a name
    names: dict[str, Span] = {}
    for span in found:
        if span.end - span.start > MIN_WORDS:
            names.setdefault(text[span.start_char : span.end_char], span)
    forms: dict[str, str] = {}
    for full, span in names.items():
        for form in legal_fronts(tokens, lex, span, places, countries):
            if form not in countries:
                forms.setdefault(form, full)
    if not forms:
        return []
    # a first name opens every form of its name, so forms that share words stay together
    first_named = {f: n for f, n in forms.items() if f.split()[0] in lex.first_names}
    others = {f: n for f, n in forms.items() if f not in first_named}
    spans = written_alone(tokens, lex, others, found, canonical, min_uses=1) + written_alone(
        tokens, lex, first_named, found, canonical, min_uses=MIN_USES
    )
    words = tokens.words
    return [
        span
        for span in spans
        if span.end == len(words) or words[span.end].lower() not in place_nouns
    ]
