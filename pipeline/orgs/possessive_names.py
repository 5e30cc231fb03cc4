"""A body named after a saint or an office with a possessive: one ORG, possessive inside.

Hospitals, schools and colleges are named after saints ("St. Orla’s Hospital", "St Fennick’s
Health Centre"), and some government units after the office they serve ("the Solicitor-
General’s Unit", "the Chief Minister’s Office"). The head-word rule stops at a
possessive, because "Kelvo’s Research Centre" is a company's unit and the company alone is
its name; so these names were cut to what follows the possessive ("Health Centre", a generic
phrase) or to the saint ("St. Orla"). Here the possessive stays inside when the words before
it cannot be an organisation of their own:

- a saint: "St.", "St" or "Saint" and one capitalised word before the possessive;
- an office: one of ``OFFICES`` (a title written with capitals) before it;

and the words after it are capitalised words ending in a head word (``head_words``), with an
of-chain after the head as the name rules read it. A name word right after the head means
the name goes on ("St. Orla’s Hospital Trust"), which the other rules decide. Not in
headlines or ALL-CAPS lines, where every word is capitalised. The longer candidate wins in
the entity resolver.

The lookups start from the possessive tokens the word lists already matched, never from
every token of the article.
"""

from __future__ import annotations

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.names import NameBounds
from pipeline.orgs.unread_lines import UnreadLines

SAINTS = frozenset({"St.", "St", "Saint", "Ste.", "Ste"})
"""The abbreviations and word that open a saint's name."""

OFFICE_TITLES = (
    "Attorney-General",
    "Auditor-General",
    "Solicitor-General",
    "Inspector-General",
    "Prime Minister",
    "Chief Minister",
    "First Minister",
    "Premier",
    "Governor",
    "President",
    "Mayor",
    "Ombudsman",
    "Comptroller",
)
"""Titles of offices that name their own department ("the Auditor-General’s Office")."""


def _token_forms(title: str) -> set[tuple[str, ...]]:
    """A title as the token sequences news writes it: "Solicitor-General" split at its
    hyphen by the tokenizer, or without the hyphen ("Solicitor General")."""
    words = tuple(title.replace("-", " ").split())
    forms = {words}
    if "-" in title:
        forms.add(tuple(title.replace("-", " - ").split()))
    return forms


OFFICES = frozenset(form for title in OFFICE_TITLES for form in _token_forms(title))
"""``OFFICE_TITLES`` as token sequences."""

MAX_OFFICE_TOKENS = max(len(office) for office in OFFICES)
MAX_HEAD_WORDS = 4
"""Capitalised words after the possessive, head word included: "Health Centre",
"Children’s Hospital", "Food Safety Office"."""


def possessive_names(
    tokens: DocView,
    lex: OrgLexicon,
    bounds: NameBounds,
    possessives: list[tuple[int, int]],
    unread_lines: UnreadLines,
) -> list[Span]:
    """ORG spans of saint- and office-named bodies; ``possessives`` are the (start, end)
    token bounds of the possessive endings the word lists matched."""
    words = tokens.words
    size = len(words)
    spans: list[Span] = []
    for poss, after in possessives:
        start = owner_start(words, poss)
        if start is None:
            continue
        end = after
        while end < size and end - after < MAX_HEAD_WORDS and lex.is_name_word(words[end]):
            end += 1
        if end == after or words[end - 1] not in lex.heads:
            continue
        end = bounds.extend_right(words, end, size)
        if end < size and lex.is_name_word(words[end]):
            continue  # the name goes on past its head word
        if start in unread_lines:
            continue
        spans.append(Span(tokens.doc, start, end, label=ORG))
    return spans


def owner_start(words: list[str], poss: int) -> int | None:
    """First token of a saint's name or an office's title that ends right before the
    possessive at ``poss``, or None when the owner is neither."""
    if poss >= 2 and words[poss - 2] in SAINTS and words[poss - 1][:1].isupper():
        return poss - 2
    for size in range(MAX_OFFICE_TOKENS, 0, -1):
        if poss - size >= 0 and tuple(words[poss - size : poss]) in OFFICES:
            return poss - size
    return None
