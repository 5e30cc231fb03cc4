"""Token-spaced copy: text written one token at a time, as PTB-, OntoNotes- and CoNLL-style
corpora and other tools' outputs store it ("a third - quarter loss", "next year 's first
quarter", "Atlanta , March 14 , 2011").

The date grammar reads characters, and its patterns expect a hyphenated word or a possessive
to touch ("third-quarter", "year's"). Such copy is recognised by its commas
(``pipeline/spacing.py``). In such copy a hyphen with a space on each side after a word in
lower case may be the word's own hyphen, and " 's" is a possessive: this module gives the
text with those spaces taken out, and the way back to offsets of the text as written. The
grammar (``DateGrammar.find``) reads both texts and keeps a joined reading only where a join
made the date, since the same " - " is often a dash ("Friday - the market closed"). A dash
written "--" or "—" is never joined, and ordinary prose is read as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipeline.spacing import is_token_spaced, splits_hyphenated_words

_POSSESSIVE_RE = re.compile(r"(?<=\w) (?='[sS]\b)")
"""The space before a possessive "'s"."""
_SPLIT_HYPHEN_RE = re.compile(
    r"(?:(?<![^\W\d_])([a-z]+) - (?=\w)|(?:^|(?<=[.!?] ))([A-Z][a-z]+) - (?=[a-z]))",
    re.MULTILINE,
)
"""A lone hyphen after a word in lower case and before another word or a number ("third -
quarter", "late - November", "mid - 2025", "nineteen ninety - six"), or after a sentence's
capitalised first word and before a word in lower case ("Year - earlier results"). After a
name or a number a spaced hyphen is as often a dash ("TENNIS - RESULTS", "February 6 - this
year"); the grammar keeps a joined reading only where it makes a date (``DateGrammar.find``)."""


class Compacted:
    """A token-spaced text with its joining spaces taken out, and the way back to offsets of
    the text as written."""

    __slots__ = ("_removed", "text")

    def __init__(self, text: str, removed: list[int]) -> None:
        self._removed = removed
        """Offsets, in the written text, of the spaces taken out, ascending."""
        pieces, last = [], 0
        for offset in removed:
            pieces.append(text[last:offset])
            last = offset + 1
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def start(self, offset: int) -> int:
        """Where the character at ``offset`` of the compact text is in the written text."""
        position = offset
        # each removed space at or before the position found so far moves it one right
        while True:
            moved = offset + bisect_right(self._removed, position)
            if moved == position:
                return position
            position = moved

    def joins(self, start: int, end: int) -> bool:
        """Whether a space taken out lies inside ``start``-``end`` of the written text."""
        index = bisect_left(self._removed, start)
        return index < len(self._removed) and self._removed[index] < end

    def end(self, offset: int) -> int:
        """Where a span ending at ``offset`` of the compact text ends in the written text."""
        return self.start(offset - 1) + 1 if offset else 0


def compacted(text: str) -> Compacted | None:
    """``text`` read with its token-spacing joined, or None for ordinary prose (and for
    token-spaced text with nothing to join)."""
    if not is_token_spaced(text):
        return None
    removed = [found.start() for found in _POSSESSIVE_RE.finditer(text)]
    if splits_hyphenated_words(text):
        for found in _SPLIT_HYPHEN_RE.finditer(text):
            word_end = found.end(1) if found.group(1) else found.end(2)
            removed += (word_end, word_end + 2)
        removed.sort()
    return Compacted(text, removed) if removed else None
