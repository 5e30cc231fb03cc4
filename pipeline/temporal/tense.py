"""Sentences and tense: whether a sentence puts a date without a year in the past or future.

The brief's rule ("a weekday or a month is the latest one on or before R unless its sentence
puts it in the future") needs the tense cues around each such date. :class:`TenseCues` holds
the regexes (built once per rule set); :class:`TextTense` applies them to one text and
remembers every window it has scanned, so a sentence with many dates is scanned once per
clause, not once per date, and each date then costs two binary searches: linear in the
sentence, where scanning it per date was quadratic (issue 12, item 10).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pipeline.temporal.phrases import phrase_alternation
from pipeline.temporal.rules import DateRules
from pipeline.temporal.values import Relation


class TenseCues:
    """The sentence, clause and tense-cue regexes of one rule set."""

    def __init__(self, rules: DateRules) -> None:
        # Tense cues are matched case-sensitively: "may" is a cue, "May" is a month.
        self.future_re = re.compile(rf"(?<![\w'’]){phrase_alternation(rules.future_cues)}(?!\w)")
        # A participle after "be" or "to" is no past tense ("will be paid", "to be held").
        self.past_re = re.compile(
            rf"(?<![\w'’])(?<!\bbe\s)(?<!\bto\s)(?:{phrase_alternation(rules.past_cues)}"
            r"|[a-z]{2,}(?<!e)ed)(?!\w)"
        )
        # A regular past tense right before the date: "ruled Wednesday", "issued on July 1".
        self.adjacent_past_re = re.compile(r"(?<![\w'’])[a-z]{2,}(?<!e)ed\s+(?:on\s+)?$")
        self.clause_break_re = re.compile(
            rf"[,;:()\[\]—–]|(?<![\w-]){phrase_alternation(rules.clause_words)}(?![\w-])"
        )
        # ``[.!?]+ … | \n``, written to start with one character class so that ``re`` can
        # skip ahead to the next candidate character instead of trying every offset.
        self.sentence_end_re = re.compile(
            r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’')\]]*\s+(?=[\"“‘'`(\[]*[A-Z0-9]))"
        )
        self.abbreviation_re = re.compile(
            rf"(?:^|(?<![\w.])){phrase_alternation(rules.abbreviations)}$|(?<!\w)[A-Z]$"
        )
        # What a window the abbreviation regex matches must end with (before a final "\n"):
        # a cheap test that skips the search after most full stops.
        self.abbreviation_ends: tuple[str, ...] | None = (
            None
            if any(not word or any(char.isspace() for char in word) for word in rules.abbreviations)
            else (*rules.abbreviations, *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        )

    def sentence_starts(self, text: str) -> list[int]:
        """Sentence start offsets: a rough split that ignores "Mr." and initials ("P.")."""
        starts = [0]
        for found in self.sentence_end_re.finditer(text):
            stop = found.start()
            if text[stop] == "." and self._abbreviation_before(text[max(0, stop - 12) : stop]):
                continue
            starts.append(found.end())
        return starts

    def _abbreviation_before(self, window: str) -> bool:
        """Whether ``window`` ends with an abbreviation or an initial ("Mr", "U.S", "P")."""
        ends = self.abbreviation_ends
        if ends is not None and not (
            window.endswith(ends) or (window.endswith("\n") and window[:-1].endswith(ends))
        ):
            return False
        return self.abbreviation_re.search(window) is not None


@dataclass(frozen=True)
class _Found:
    """The matches of one regex in one window, as sorted start and end offsets."""

    starts: list[int]
    ends: list[int]

    def nearest(self, start: int, end: int) -> int | None:
        """Character distance from ``[start, end)`` to the nearest match outside it.

        Matches of one ``finditer`` do not overlap, so ends are sorted like starts: the
        nearest match before the span is the last to end by ``start``, the nearest after it
        the first to start from ``end``.
        """
        best: int | None = None
        before = bisect_right(self.ends, start) - 1
        if before >= 0:
            best = start - self.ends[before]
        after = bisect_left(self.starts, end)
        if after < len(self.starts):
            distance = self.starts[after] - end
            if best is None or distance < best:
                best = distance
        return best


class TextTense:
    """Sentences and tense for one text, with every scanned window remembered."""

    def __init__(self, cues: TenseCues, text: str) -> None:
        self.cues = cues
        self.text = text
        self._starts: list[int] | None = None
        self._found: dict[tuple[int, int, int], _Found] = {}
        self.scanned = 0
        """Characters scanned for cues so far (tests check it grows linearly)."""

    def sentence(self, position: int) -> tuple[int, int]:
        """The start and end of the sentence ``position`` is in."""
        if self._starts is None:
            self._starts = self.cues.sentence_starts(self.text)
        starts = self._starts
        index = bisect_right(starts, position) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def _scan(self, kind: int, regex: re.Pattern[str], lo: int, hi: int) -> _Found:
        """The matches of ``regex`` in ``text[lo:hi]``, scanned once per window."""
        key = (kind, lo, hi)
        found = self._found.get(key)
        if found is None:
            self.scanned += hi - lo
            spans = [match.span() for match in regex.finditer(self.text, lo, hi)]
            found = self._found[key] = _Found([s for s, _ in spans], [e for _, e in spans])
        return found

    def relation(self, sentence: tuple[int, int], start: int, end: int) -> Relation:
        """Whether the sentence puts a date in the future: the brief's "will", "next", "is due
        to" rule, read as "the nearest tense cue wins, future on a tie, past by default".

        Cues in the date's own clause (between commas, or before "that") are tried first, so
        in "X will begin on Sept. 3, officials said" the reporting verb does not decide.
        """
        cues, text = self.cues, self.text
        lo, hi = sentence
        breaks = self._scan(0, cues.clause_break_re, lo, hi)
        last = bisect_right(breaks.ends, start) - 1
        clause_lo = breaks.ends[last] if last >= 0 else lo
        following = bisect_left(breaks.starts, end)
        clause_hi = breaks.starts[following] if following < len(breaks.starts) else hi
        for window_lo, window_hi in ((clause_lo, clause_hi), (lo, hi)):
            future = self._scan(1, cues.future_re, window_lo, window_hi)
            past = self._scan(2, cues.past_re, window_lo, window_hi)
            nearest_future = future.nearest(start, end)
            nearest_past = past.nearest(start, end)
            if cues.adjacent_past_re.search(text[max(window_lo, start - 24) : start]):
                nearest_past = 0
            if nearest_future is None and nearest_past is None:
                continue
            if nearest_future is None:
                return "past"
            if nearest_past is not None and nearest_past < nearest_future:
                return "past"
            return "future"
        return "past"
