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

from collections import Counter
from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.name_parts import ADJECTIVE_ENDINGS, MIN_USES, SURNAME_PARTICLES
from pipeline.orgs.text import find_names

MIN_CORE_WORDS = 3
"""Words a name must keep before its legal form for one to be dropped: two words less one
is a single word, which ``mentions`` already weighs (its distinctive first word)."""


def core_end(words: list[str], lex: OrgLexicon, start: int, end: int) -> int:
    """End of the name without its legal form (and the commas and full stops in it)."""
    while end - start > 1 and (
        words[end - 1].lower().rstrip(".") in lex.legal_words or words[end - 1] in (",", ".")
    ):
        end -= 1
    return end


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
    end = core_end(words, lex, span.start, span.end)
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
    if len(kept) < 2 or kept[-1] in lex.demonyms or kept[-1].endswith(ADJECTIVE_ENDINGS):
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
    text, words = tokens.text, tokens.words
    forms: dict[str, str] = {}
    for span in companies:
        form = shorter_core(tokens, lex, span, places, countries)
        if form is not None:
            forms.setdefault(form, text[span.start_char : span.end_char])
    if not forms:
        return []
    covered = {i for span in found for i in range(span.start, span.end)}
    alone: list[tuple[int, int, str]] = []
    for start_char, end_char in find_names(text, forms):
        found_range = tokens.token_range(start_char, end_char)
        if found_range is None:
            continue
        start, end = found_range
        if any(i in covered for i in range(start, end)):
            continue
        before = words[start - 1] if start > 0 else ""
        after = words[end] if end < len(words) else ""
        if (before[:1].isupper() and before not in lex.not_name) or (
            after[:1].isupper() and tokens.starts[end] == tokens.ends[end - 1] + 1
        ):
            continue  # next to another name word: part of a longer name
        alone.append((start, end, text[start_char:end_char]))
    uses = Counter(form for _, _, form in alone)
    spans: list[Span] = []
    for start, end, form in alone:
        if uses[form] >= MIN_USES:
            spans.append(Span(tokens.doc, start, end, label=ORG))
            canonical.setdefault(form, forms[form])
    return spans
