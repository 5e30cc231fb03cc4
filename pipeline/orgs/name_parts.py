"""Short forms that are other parts of a found name: the words before its head word and the
distinctive word it ends in.

``mentions`` derives a name's initialisms, its name without the legal form and its
distinctive first word. Real news shortens two more ways, and only the article's own
longer name says that the shorter one is the same organisation:

- the name without its final head word, when two or more name words are left ("Vellmora
  Harbour" after "Vellmora Harbour Media"): such a run names the organisation on its own,
  even when each word is an everyday one, which is why one word is not enough. Not before a
  head that honours a person ("University"), nor when the run ends in an adjective;
- the last word of a name of two or three name words, when that word is the distinctive
  part ("Tarvio" after "Orland Tarvio"): a brand after its group's name. An everyday English
  word, a head word, a legal form, a first name, a place or a word the article also writes in
  lower case is no such part ("Orland Idea", "Orland Media", "Orland Dmitri"). The name is
  read without its legal form ("Tarvio" after "Orland Tarvio Co"), and there the legal form
  says company: only one of the most frequent English words is refused, not every word the
  case-folded counts know (a brand as well known as a word: "Cobalt" after "Ardmore Cobalt
  Co").

A form counts where the article writes it alone, at least twice: not next to another name
word (part of a longer name) and not where a found name already covers it. Its canonical name
is the name it came from.
"""

from __future__ import annotations

from collections import Counter

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import find_names, written_in_lower_case

MAX_LAST_WORD_NAME = 3
"""A name of more words is a description or a chain of units, whose last word is no brand."""

MIN_USES = 2
"""A short form the article uses for an organisation is its word for it and comes back; a
run that turns up alone once is as likely something else (a surname taken from a person's
name that a rule misread, an adjective, a place)."""

NAMED_FOR_PEOPLE = frozenset(
    {
        "Academy",
        "Center",
        "Centre",
        "Church",
        "College",
        "Foundation",
        "Hospital",
        "Institute",
        "Library",
        "Memorial",
        "Museum",
        "School",
        "Society",
        "Trust",
        "University",
    }
)
"""Heads of names that honour a person ("Vera Lind University", "Ama Tenby Foundation"): the
words before them are the person, who the article may mention alone."""

NAME_ADJECTIVE_ENDINGS = ("ic", "ian", "ist")
"""Endings of the adjectives made from a name that qualify a head ("Orvanic Party", "Tarnist
Workers"): without the head the run is an adjective ("the Orvanic leader"), not the name.
Any capitalised word is tested, so no "-an" (many names end so: ``cues`` has a wider list,
``PARTY_ADJECTIVE_ENDINGS``, for everyday words only)."""

SURNAME_PARTICLES = frozenset(
    {"da", "de", "del", "den", "der", "di", "du", "la", "le", "van", "von"}
)
"""Words that open a surname ("Den Vellar", "Van Orsk"): a name that opens with one is a
person's, however a rule took it, and its last word is that person's."""


def head_prefix(tokens: DocView, lex: OrgLexicon, span: Span) -> str | None:
    """The words before the final head word of a name of three or more name words."""
    if span.end - span.start < 3:
        return None
    words = tokens.words[span.start : span.end]
    if words[-1] not in lex.heads or words[-1] in NAMED_FOR_PEOPLE:
        return None
    if words[0] in lex.first_names or words[0].lower() in SURNAME_PARTICLES:
        return None
    if not all(lex.is_name_word(word) for word in words[:-1]):
        return None  # "of", "and", "&" or a hyphen: the run is no name without its head
    if words[-2] in lex.demonyms or words[-2].endswith(NAME_ADJECTIVE_ENDINGS):
        return None  # "South Vellan", "Free Orvanic": an adjective before the head
    return tokens.char_text(span.start, span.end - 1)


def distinctive_last_word(
    tokens: DocView, lex: OrgLexicon, span: Span, places: set[str]
) -> str | None:
    """The last word of a name of two or three name words (its legal form left out), when
    it names the organisation. The word's own tests come first: most names end in an
    everyday or a head word."""
    end = lex.core_end(tokens.words, span.start, span.end)
    if not 2 <= end - span.start <= MAX_LAST_WORD_NAME:
        return None
    last = tokens.words[end - 1]
    everyday = lex.frequent if end < span.end else lex.common
    if (
        last.lower() in everyday
        or not lex.distinctive(last, places)
        or last in lex.first_names
        or last.lower().rstrip(".") in lex.legal_words
        or written_in_lower_case(tokens, last)
    ):
        return None
    words = tokens.words[span.start : end]
    if not all(lex.is_name_word(word) for word in words) or words[0] in lex.first_names:
        return None
    if words[0].lower() in SURNAME_PARTICLES:
        return None
    return last


def name_parts(
    tokens: DocView,
    lex: OrgLexicon,
    found: list[Span],
    places: set[str],
    canonical: dict[str, str],
) -> list[Span]:
    """Mentions of the head-less and last-word forms of the names in ``found``."""
    text = tokens.text
    # one span per name of two or more words, in the article's order: most found spans
    # repeat a name, and one word has no parts
    names: dict[str, Span] = {}
    for span in found:
        if span.end - span.start > 1:
            names.setdefault(text[span.start_char : span.end_char], span)
    if not names:
        return []
    forms: dict[str, str] = {}
    for name, span in names.items():
        prefix = head_prefix(tokens, lex, span)
        if prefix is not None and prefix not in places and prefix not in names:
            forms.setdefault(prefix, name)
        last = distinctive_last_word(tokens, lex, span, places)
        if last is not None and last not in places and last not in names:
            forms.setdefault(last, name)
    return written_alone(tokens, lex, forms, found, canonical)


def written_alone(
    tokens: DocView,
    lex: OrgLexicon,
    forms: dict[str, str],
    found: list[Span],
    canonical: dict[str, str],
    min_uses: int = MIN_USES,
) -> list[Span]:
    """The mentions of ``forms`` (short form -> full name) that the article writes alone at
    least ``min_uses`` times: outside the ``found`` spans and beside no other name word
    (which would make them part of a longer name). Each gets its full name as canonical."""
    if not forms:
        return []
    text, words = tokens.text, tokens.words
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
        if uses[form] < min_uses:
            continue
        spans.append(Span(tokens.doc, start, end, label=ORG))
        canonical.setdefault(form, forms[form])
    return spans
