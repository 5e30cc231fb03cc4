"""A company's name less its legal form, or less a final head word too, written alone once:
"Velder Tarn" after "Velder Tarn Holdings Ltd", "Quint Ambrell" after "Quint Ambrell and Co".

``core_forms`` and ``name_parts`` take a short form only where the article writes it alone
twice, since a run seen once may be something else. A company whose full name the article
gave with its legal form is the exception news copy relies on: the next paragraph names it
once by its first words ("Velder Tarn reincorporated in 1984"), and a run of two or more
name words that is exactly the front of a legal name just given, no place, no title and no
nationality, is that company (``core_forms`` keeps its rule of two for a front that drops
an everyday business word, "Tarvel Paper" of "Tarvel Paper Mills Ltd"). The legal form is
the evidence, so only names that end in one (whatever rule found them: a head word, a
ticker, angle brackets) give forms.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.name_parts import written_alone

TRAILING_CONNECTORS = frozenset({"and", "&", ","})
"""What is left before a legal form that follows its connector ("and Co", "& Co.")."""

WRITTEN_OUT_FORMS = frozenset({"Company", "Corporation", "Limited", "Incorporated"})
"""Legal forms written out, which the lexicon counts as head words rather than forms."""

PERSON_TITLES = frozenset({"Miss", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir"})
"""A title opens a person's name or a title held ("Miss Tarnby" of "Miss Tarnby Inc"), not a
company's short form."""

MIN_WORDS = 2
"""A one-word front is ``mentions``' distinctive first word, weighed there."""


def legal_fronts(
    tokens: DocView, lex: OrgLexicon, span: Span, places: Collection[str]
) -> list[str]:
    """The name less its legal form, and that less a final head word too ("Velder Tarn" of
    "Velder Tarn Group plc"), each of two or more words."""
    form = without_legal_form(tokens, lex, span, places)
    if form is None:
        return []
    words = form.split()
    if len(words) > MIN_WORDS and words[-1] in lex.heads:
        shorter = " ".join(words[:-1])
        if shorter == form[: len(shorter)] and shorter not in places:
            return [form, shorter]
    return [form]


def without_legal_form(
    tokens: DocView, lex: OrgLexicon, span: Span, places: Collection[str]
) -> str | None:
    """The name less its legal form and the connector before it, or None when it has none,
    keeps fewer than two words, opens with a title or is a place. A first name may open it:
    the legal name just given says the run is the company ("Morgan Tarvell" after "Morgan
    Tarvell Group plc"), as banks and brokers named for their founders are."""
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
    if name[0] in PERSON_TITLES or name[-1] in lex.demonyms:
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
) -> list[Span]:
    """The mentions, alone and at least once, of the fronts of the legal names in ``found``."""
    text = tokens.text
    forms: dict[str, str] = {}
    for span in found:
        full = text[span.start_char : span.end_char]
        for form in legal_fronts(tokens, lex, span, places):
            if form not in countries:
                forms.setdefault(form, full)
    return written_alone(tokens, lex, forms, found, canonical, min_uses=1)
