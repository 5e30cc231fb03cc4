"""Dates that recur: frequencies, which the contract says are no DATE.

A date that names no year of its own ("June", "31 March", "Tuesday") is a frequency when the
words right next to it make it come round again ("in June each year", "every year in the
spring", "the first Tuesday of every month"), and a range of weekdays is one when it says
when something is open ("open Monday to Friday": every week's days). The grammar drops such
candidates after overlaps are settled, with the other end of a range they are in.
"""

from __future__ import annotations

import re

from pipeline.temporal.candidates import Candidate
from pipeline.temporal.context import WINDOW
from pipeline.temporal.pieces import Pieces

RECURRING_RULES = frozenset({"month", "month_day", "weekday", "season", "holiday"})
"""Resolvers of dates that name no year, so "each year" or "every month" can make them recur."""


def _says_each_or_every(lowered: str) -> bool:
    """Whether lower-cased text holds "each" or "every" (a cheap test before a regex)."""
    return "each" in lowered or "every" in lowered


class Recurrence:
    """The recurrence checks of one rule set."""

    def __init__(self, pieces: Pieces) -> None:
        weekday = pieces.weekday
        # "in June each year", "on 31 March every year", "the first Tuesday of every month",
        # "every year in the spring": a date with no year of its own that recurs
        self._recurs_after_re = re.compile(
            r"^\s+(?:of\s+)?(?i:each|every)\s+(?:other\s+)?(?i:year|month|week)\b"
            r"(?=\s*(?:[,.;:!?)]|$|(?i:in|on|at|from|until|till|to|since|and|or|when|but)\b))"
        )  # not "In March every week brought layoffs": there the phrase is the next subject
        self._recurs_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:each|every)\s+(?:other\s+)?(?i:year|month|week)"
            r"\s+(?i:in|on|at|during|around|from|between)\s+(?:(?i:the)\s+)?$"
        )
        # opening hours: a range of weekdays after "open", "opens" or "hours"
        self._weekday_range_after_re = re.compile(
            rf"^\s*(?:[-–]|(?i:to|through|till|until)\b)\s*(?:{weekday})\b"
        )
        self._weekday_range_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?:{weekday})\s*(?:[-–]|(?i:to|through|till|until))\s*$"
        )
        self._open_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?<!will\s)(?<!would\s)(?<!to\s)(?<!be\s)(?<!can\s)"
            r"(?i:open|opens|hours)\s*:?\s+(?:(?i:from)\s+)?$"
        )

    def recurs(self, candidate: Candidate, text: str) -> bool:
        """Whether a date with no year of its own recurs every year, month or week ("in June
        each year", "on 31 March every year", "every year in the spring", "the first Tuesday
        of every month"): a frequency, which the contract says is no DATE. Only the words
        right next to it count: "the list, published each year, came out in January" keeps
        its date."""
        if candidate.rule not in RECURRING_RULES or "value" in candidate.fields:
            return False
        # each window is searched only when it holds the words its regex needs (this runs
        # for most candidates, and few are near "each" or "every")
        right = text[candidate.end : candidate.end + WINDOW]
        if _says_each_or_every(right.lower()) and self._recurs_after_re.match(right):
            return True
        left = text[max(0, candidate.start - WINDOW) : candidate.start]
        if _says_each_or_every(left.lower()) and self._recurs_before_re.search(left):
            return True
        return candidate.rule == "weekday" and self._opening_hours(candidate, text)

    def _opening_hours(self, candidate: Candidate, text: str) -> bool:
        """Whether a weekday is one end of a range of weekdays that says when something is
        open: "open Monday to Friday", "opens Tuesday to Saturday" (every week's days; "the
        talks run from Tuesday to Thursday", "the fair runs Friday to Sunday, 10am to 6pm"
        are one week's; "will open Monday to Friday" is one week's opening)."""
        right = text[candidate.end : candidate.end + WINDOW]
        ahead = self._weekday_range_after_re.match(right)
        if ahead is not None:
            first = candidate.start
        else:
            left = text[max(0, candidate.start - WINDOW) : candidate.start].rstrip()
            if not left.lower().endswith(("-", "–", "to", "through", "till", "until")):
                return False
            behind = self._weekday_range_before_re.search(
                text[max(0, candidate.start - WINDOW) : candidate.start]
            )
            if behind is None:
                return False
            first = candidate.start - len(behind[0])
        return bool(self._open_before_re.search(text[max(0, first - WINDOW) : first]))
