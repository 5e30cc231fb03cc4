"""Short forms of a company's name that drop more than its legal form: "Tarvel Paper" after
"Tarvel Paper Mills Ltd", "Quorvin Pipes" after "Quorvin Pipes Vellmar Pvt Ltd".

``mentions`` drops the legal form ("Tarvel Paper Mills"), ``name_parts`` the head word of a
name that ends in one. A company's full name often holds more than the press repeats:

- the business word before the legal form ("Mills", "Industries", "Services"): after the
  first mention the company is its first two or more words ("Tarvel Paper");
- the place of a national subsidiary before the legal form ("Quorvin Pipes Vellmar Pvt Ltd"),
  which names the parent's unit: later mentions say "Quorvin Pipes".

As in ``name_parts``, a form counts only where the article writes it alone at least twice
(not beside another name word, not inside a found name), is no place, and has two or more
name words, the last no adjective ("Tarvel Central" is no name). Its canonical name is the
full name.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.name_parts import NAME_ADJECTIVE_ENDINGS, SURNAME_PARTICLES, written_alone

MIN_CORE_WORDS = 3
"""Words a name must keep before its legal form for one to be dropped: two words less one
is a single word, which ``mentions`` already weighs (its distinctive first word)."""


def place_start(
    tokens: DocView, end: int, places: Collection[str], countries: Collection[str]
) -> int | None:
    """Start of a place of one or two words that ends at ``end``, if there is one."""
    for size in (2, 1):
        if end - size < 1:
            continue
        place = tokens.char_text(end - size, end)
        if place in places or place in countries:
            return end - size
    return None


def shorter_core(
    tokens: DocView,
    lex: OrgLexicon,
    span: Span,
    places: Collection[str],
    countries: Collection[str],
) -> str | None:
    """The short form of a name with a legal form: without a place before the form, else
    without the everyday or head word before it."""
    words = tokens.words
    end = lex.core_end(words, span.start, span.end)
    if end == span.end or end - span.start < MIN_CORE_WORDS:
        return None
    name = words[span.start : end]
    if not all(lex.is_name_word(word) for word in name):
        return None  # "of", "&", a hyphen: the name does not split at its last word
    if name[0] in lex.first_names or name[0].lower() in SURNAME_PARTICLES:
        return None
    short_end = place_start(tokens, end, places, countries)
    if short_end is None:
        if name[-1].lower() not in lex.common and name[-1] not in lex.heads:
            return None
        short_end = end - 1
    kept = words[span.start : short_end]
    if len(kept) < 2 or kept[-1] in lex.demonyms or kept[-1].endswith(NAME_ADJECTIVE_ENDINGS):
        return None
    form = tokens.char_text(span.start, short_end)
    return None if form in places or form in countries else form


def core_forms(
    tokens: DocView,
    lex: OrgLexicon,
    found: list[Span],
    companies: list[Span],
    places: Collection[str],
    countries: Collection[str],
    canonical: dict[str, str],
) -> list[Span]:
    """The bare mentions of the short forms of the ``companies`` (names with a legal form)."""
    text = tokens.text
    forms: dict[str, str] = {}
    for span in companies:
        form = shorter_core(tokens, lex, span, places, countries)
        if form is not None:
            forms.setdefault(form, text[span.start_char : span.end_char])
    return written_alone(tokens, lex, forms, found, canonical)
