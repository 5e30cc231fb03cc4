"""A name that ends with a country: "Tessel Research UK", "Orvane Arts Council England".

National bodies and the national arms of firms put the country last (funding agencies,
charities, a company's UK unit), and the place recogniser took the country alone,
leaving the words before it unread: an everyday word or two ("Heart Research") that no head
word or cue marks. The country after them is the evidence, when one of these holds:

- the country is written as initials other than the United States' ("UK", "UAE"): a place
  or a person is not written "<Name> UK" without a comma, but "Kelvo US" is as often an
  adjective ("Kelvo US sales");
- the words before it end in a head word ("Orvane Arts Council England", "Tessany Airways
  Canada");
- the words before it are an organisation the rules found elsewhere ("Kelvo" and "Kelvo
  Japan").

The name is at most ``MAX_WORDS`` capitalised words right before the country, with no
nationality and no compass or region word ("Northern Ireland", "New South Wales" are
places), not a grammar word or an everyday word opening the sentence ("Despite China",
"Then Norway"), and no name word after the country (the name goes on). Headlines and lines
in capitals are not read. The longer ORG candidate wins over the country in the entity
resolver, so no GPE stays inside the name.

The place recogniser leaves a country alone when a head word stands before it ("Orvane Arts
Council England"), so ``head_country_names`` starts from the head words the word lists
matched instead, and takes the name before the head as the name rules read it.

The lookups start from the place recogniser's candidates and the head-word matches, never
from every token.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.names import NameBounds
from pipeline.orgs.unread_lines import UnreadLines

MAX_WORDS = 3
"""Capitalised words before the country: "Tessel Research", "Orvane Arts Council"."""

REGION_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
    | {"Central", "New", "Greater", "Upper", "Lower", "Mainland", "Inner", "Outer", "Old"}
)
"""Words that make a region of a country, not a body ("Western Australia")."""

US_FORMS = frozenset({"US", "U.S.", "USA", "U.S.A."})
"""The United States' initials, written before nouns as an adjective ("Kelvo US sales")."""


def country_suffixed_names(
    tokens: DocView,
    lex: OrgLexicon,
    place_ranges: list[tuple[int, int]],
    countries: frozenset[str],
    initials: frozenset[str],
    places: Collection[str],
    found: list[Span],
    unread_lines: UnreadLines,
) -> list[Span]:
    """ORG spans from the first name word before a country to the country's last token."""
    words = tokens.words
    size = len(words)
    opens = tokens.sentence_start_set
    names: set[str] | None = None
    spans: list[Span] = []
    for start, end in place_ranges:
        country = tokens.char_text(start, end)
        by_initials = country in initials and country not in US_FORMS
        if not (by_initials or country in countries):
            continue
        if end < size and lex.is_name_word(words[end]):
            continue  # the name goes on past the country
        left = start
        while (
            left > 0
            and start - left < MAX_WORDS
            and left not in opens
            and lex.is_cue_name_word(words[left - 1])
            and words[left - 1] not in REGION_WORDS
        ):
            left -= 1
        if left == start:
            continue
        if left in opens and (
            lex.is_sentence_opener(words, left) or words[left].lower() in lex.common
        ):
            left += 1  # "Then Norway", "Two Denmark players"
            if left == start:
                continue
        if tokens.char_text(left, end) in places:
            continue
        if not by_initials and words[start - 1] not in lex.heads:
            if names is None:
                names = {tokens.char_text(s.start, s.end) for s in found}
            if tokens.char_text(left, start) not in names:
                continue
        if left in unread_lines:
            continue
        spans.append(Span(tokens.doc, left, end, label=ORG))
    return spans


def head_country_names(
    tokens: DocView,
    lex: OrgLexicon,
    bounds: NameBounds,
    heads: list[tuple[int, int]],
    countries: frozenset[str],
    initials: frozenset[str],
    places: Collection[str],
    unread_lines: UnreadLines,
) -> list[Span]:
    """ORG spans of a name around a head word with a one-word country right after the head
    ("Orvane Arts Council England"); ``heads`` are the head-word matches."""
    words = tokens.words
    size = len(words)
    spans: list[Span] = []
    for head, after in heads:
        if after >= size or words[head] not in lex.heads:
            continue
        country = words[after]
        if country in US_FORMS or not (country in countries or country in initials):
            continue
        end = after + 1
        if end < size and lex.is_name_word(words[end]):
            continue  # the name goes on past the country
        floor = tokens.sentence_of(head)[0]
        left = bounds.trim_left(words, bounds.extend_left(words, head, floor), head, floor)
        if left >= head or tokens.char_text(left, end) in places:
            continue
        if left in unread_lines:
            continue
        spans.append(Span(tokens.doc, left, end, label=ORG))
    return spans
