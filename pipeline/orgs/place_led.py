"""A name that opens with a place and ends in an organisation's word: one ORG, no GPE inside.

Markets, carriers and trade groups are named by the place they serve: "the Kelvo Money
Market", "Tarnby Air", "the Tarnby Grain Producers". The head-word rule does not know these
last words (a market, the air and producers are everyday things; funds are launched things,
not ORG, README "Decisions"), so the place recogniser's place was all that was left of the name. A
place written as a word, then up to ``MAX_INNER_WORDS`` capitalised words and one of the
``place_led_heads`` (``orgs.json``), with no name word after it, is one organisation: an
everyday sentence does not capitalise "Market" or "Air" after a place. The longer ORG
candidate wins over the place in the entity resolver.

Not in headlines or ALL-CAPS lines (every word is capitalised there), not when a name word
stands before the place (the pair would end some longer name the other rules know better;
an everyday word that opens the sentence does not count), and not when the name goes on
("the Tarnby Air Show" is an event).
"""

from __future__ import annotations

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines

MAX_INNER_WORDS = 3
"""Capitalised words between the place and the last word: "Money", "Grain", "Freight"."""


def place_led_names(
    tokens: DocView,
    lex: OrgLexicon,
    place_ranges: list[tuple[int, int]],
    heads: frozenset[str],
    unread_lines: UnreadLines,
) -> list[Span]:
    """ORG spans from a place's first token to the organisation word that ends its name
    (``place_ranges``: the (start, end) of the place recogniser's candidates)."""
    if not heads or not place_ranges:
        return []
    words, text, starts, ends = tokens.words, tokens.text, tokens.starts, tokens.ends
    size = len(words)
    spans: list[Span] = []
    for start, place_end in place_ranges:
        if not any(c.islower() for c in tokens.span_text(start, place_end)):
            continue  # "U.S.", "TARNBY": an abbreviation or a line in capitals
        if (
            start > 0
            and lex.is_name_word(words[start - 1])
            and not opens_sentence(tokens, lex, start - 1)
        ):
            continue
        end = closing_head(words, starts, ends, text, place_end, heads, lex)
        if end is None or (
            end < size and joined(starts, ends, text, end) and lex.is_name_word(words[end])
        ):
            continue
        if start in unread_lines:
            continue
        spans.append(Span(tokens.doc, start, end, label=ORG))
    return spans


def closing_head(
    words: list[str],
    starts: list[int],
    ends: list[int],
    text: str,
    after_place: int,
    heads: frozenset[str],
    lex: OrgLexicon,
) -> int | None:
    """End of the run of capitalised words after a place that closes on a head word, each
    word one space after the last; None if the run closes on no head word."""
    i = after_place
    while i < len(words) and i - after_place <= MAX_INNER_WORDS:
        if not joined(starts, ends, text, i):
            return None
        word = words[i]
        if word in heads:
            return i + 1
        if not (word.istitle() and word.isalpha() and lex.is_name_word(word)):
            return None
        i += 1
    return None


def opens_sentence(tokens: DocView, lex: OrgLexicon, i: int) -> bool:
    """Token ``i`` is an everyday word capitalised because it opens its sentence ("Total
    Tarnby Money Market turnover fell"), not a name word of a longer name."""
    return i in tokens.sentence_start_set and tokens.words[i].lower() in lex.common


def joined(starts: list[int], ends: list[int], text: str, i: int) -> bool:
    """Token ``i`` follows token ``i - 1`` after exactly one space (same line)."""
    return starts[i] == ends[i - 1] + 1 and text[ends[i - 1]] == " "
