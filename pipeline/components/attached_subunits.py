"""Prices in hundredths written straight after the figure: "to 412p", "fell 9c".

Market reports write a share price or a dividend in pence or cents with the letter glued to
the number ("Shares rose 1.4% to 412p", "a dividend of 4.2c a share"). The letter alone is
too short to trust everywhere ("720p" is a video resolution, "3c" a grade), so such a figure
is MONEY only in a sentence that speaks of shares, dividends, stocks or prices
(``attached_subunit_cues`` in ``money.json``), and only where the figure reads as a price:
after "to", "at", "from", "of" or "by" ("rose to 412p", "a dividend of 4.2c"), or with the
cue close by ("Kelvo shares fell 9c", "9c a share"). "The screen shows 720p video at low
prices" has a cue, but not for the figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_NOT_BEFORE = frozenset("_.,$£€¥#/-")
_FIGURE_BEFORE = re.compile(r"(?<![\d.])\d{1,4}(?:\.\d{1,2})?$")
_PRICE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?i:to|at|from|of|by)\s+$")
_CUE_BEFORE = 50
"""How far before the figure (in characters) a cue counts for it: "Shares in Kelvo fell 9c"."""


class AttachedSubunits:
    """Finds "412p" and "9c": (start, end, amount in whole units, code) where the code is
    the subunit's currency, "USD" standing for the article's dollar (as a bare "$" does)."""

    def __init__(self, units: dict[str, str], cues: list[str]) -> None:
        self.units = units
        letters = "|".join(re.escape(unit) for unit in sorted(units, key=len, reverse=True))
        # the letters are looked for first (a character class ``re`` skips ahead to, most
        # of whose hits fail at once: a letter follows), the figure is read back from each
        self.letter = re.compile(rf"(?:{letters})(?![\w%])") if units else None
        words = "|".join(re.escape(cue) for cue in cues)
        self.cue = re.compile(rf"(?<![\w-])(?i:{words})(?![\w-])") if cues else None
        # the figure's own cue after it: "9c a share", "4.2p per share"
        self.cue_after = re.compile(rf"\s+(?i:a|an|per|each)\s+(?i:{words})(?![\w-])")

    def find(self, text: str) -> Iterator[tuple[int, int, Decimal, str]]:
        if self.letter is None or self.cue is None:
            return
        for match in self.letter.finditer(text):
            letter = match.start()
            if not letter or not text[letter - 1].isdigit():
                continue
            figure = _FIGURE_BEFORE.search(text, max(0, letter - 8), letter)
            if figure is None:
                continue
            start = figure.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE):
                continue  # inside a longer figure or code: "12,500p", "v2.1c", "$5c"
            lo, hi = self._sentence(text, start, match.end())
            if self.cue.search(text, lo, hi) is None:
                continue
            if not (
                _PRICE_PREPOSITION_BEFORE.search(text, max(lo, start - 8), start)
                or self.cue.search(text, max(lo, start - _CUE_BEFORE), start)
                or self.cue_after.match(text, match.end(), hi)
            ):
                continue  # a cue elsewhere in the sentence: "720p video at low prices"
            amount = Decimal(figure[0]) / 100
            yield start, match.end(), amount, self.units[match[0]]

    @staticmethod
    def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around ``[start, end)``, at most 250 characters aside."""
        lo = max(0, start - 250)
        ends = [found.end() for found in _SENTENCE_END.finditer(text, lo, start)]
        lo = ends[-1] if ends else lo
        after = _SENTENCE_END.search(text, end, min(len(text), end + 250))
        return lo, after.start() if after is not None else min(len(text), end + 250)
