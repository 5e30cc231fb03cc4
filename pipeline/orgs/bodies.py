"""A legislature or a commission named by its head word alone: "the Senate voted", "Commission
spokesman Ana Lind said".

Most head words alone are generic references ("the Church's website", "the Court ruled"), and
the head-word rule (``names``) wants a name word with them. A few name one body in the country
or union the article is about, capitalised where the generic word is not: "the Senate", "the
Commission" (``standalone_bodies`` in orgs.json). Alone means alone: a capitalised word before
or after it makes it part of a longer name, which the other rules find whole ("the Vellmar
Senate", "Commission Regulation"); an "of" after it opens an of-chain ("Commission of the ...").
A place's name before it is the body's own ("the Ohio Senate", "the Kelvia Treasury"): the two are
one ORG, with no GPE inside it.
Lines in capitals and Title Case headlines say nothing about names, so they are skipped.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines


def standalone_bodies(
    tokens: DocView,
    lexicon: OrgLexicon,
    found: list[tuple[int, int]],
    skipped: UnreadLines,
    places: set[str],
) -> list[Span]:
    """A span for each listed body word found alone (``found``: the word list's matches),
    or after a place's name, outside the token ranges in ``skipped`` (headlines and lines
    in capitals)."""
    words = tokens.words
    spans: list[Span] = []
    for i, _ in found:
        if i in skipped:
            continue
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        start = place_before(tokens, lexicon, i, places)
        if start == i and (
            lexicon.is_name_word(before) or before in lexicon.hyphens or before == "&"
        ):
            continue  # "the Vellmar Senate", "Sea-Commission"
        if before.lower() in lexicon.inner or before.lower() in lexicon.connectors:
            continue  # "... Committee and Commission": the tail of a longer name
        if lexicon.is_name_word(after) or after in lexicon.hyphens or after == "&":
            continue  # "Commission Regulation", "Senate-House"
        if after.lower() in lexicon.connectors:
            continue  # "Commission of the ...": an of-chain, the head-word rule's
        spans.append(Span(tokens.doc, start, i + 1, label="ORG"))
    return spans


MAX_PLACE_WORDS = 3


def place_before(tokens: DocView, lexicon: OrgLexicon, i: int, places: set[str]) -> int:
    """Start of a place's name that ends just before token ``i`` and stands alone before it
    ("the Kelvia Treasury", "the Ohio Senate": the place's own body, one ORG), else ``i``."""
    for size in range(1, MAX_PLACE_WORDS + 1):
        start = i - size
        if start < 0:
            break
        if tokens.char_text(start, i) in places and not (
            start > 0 and lexicon.is_name_word(tokens.words[start - 1])
        ):
            return start
    return i
