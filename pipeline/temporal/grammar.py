"""The compiled date grammar: the family table turned into regexes, and the search.

Finding a date happens in four steps:

1. every family in the table (``families.py``) proposes candidates where its pattern matches
   and its reader accepts the context ("May" the month versus "may" the verb);
2. part-of-period modifiers just before a candidate are pulled in ("early", "the end of");
3. overlaps are resolved once, longest first (as ``spacy.util.filter_spans`` does);
4. values are resolved in text order (``resolve.py``), so anaphoric dates ("a year
   earlier", "that year") can use the dates before them, and the dates under a reprinted
   item's dated heading use its day (``reprints.py``).

Python code runs per *match* (context checks, value resolution), never per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from typing import Any, NamedTuple

from pipeline.temporal.candidates import Candidate, DateMatch, longest_first
from pipeline.temporal.families import FAMILIES, Family
from pipeline.temporal.pieces import Lexicon, Pieces
from pipeline.temporal.readers import Readers
from pipeline.temporal.recurrence import Recurrence
from pipeline.temporal.reprints import heading_day
from pipeline.temporal.resolve import UNRESOLVED, Resolution, is_anaphoric, resolve
from pipeline.temporal.rules import DateRules, validate_rules
from pipeline.temporal.spacing import compacted
from pipeline.temporal.tense import TenseCues, TextTense
from pipeline.temporal.triggers import TriggerScan
from pipeline.temporal.values import shift_value
from pipeline.temporal.wrapping import soft_breaks_as_spaces

_PLACED_BY_TENSE = ("month_day", "month")
"""Resolvers that place a date without a year by the sentence's tense."""
_LINE_RE = re.compile(r"[^\n]*")
"""A line: what a family match may span."""


def overlap(first: DateMatch, second: DateMatch) -> bool:
    """Whether two matches share a character."""
    return first.start < second.end and second.start < first.end


class CompiledFamily(NamedTuple):
    """A table entry with its pattern compiled and its reader bound to this rule set."""

    name: str
    regex: re.Pattern[str]
    read: partial[Iterable[Candidate]]
    family: Family


class DateGrammar:
    """The compiled date grammar for one set of rule data.

    Build it once (the component does so in ``compile``) and call :meth:`find` per text.
    Each family starts with a required word (a month, a digit, an ordinal …), named in its
    triggers, so one scan for those words tells where the family can match (see
    ``triggers.py``); optional words *before* that core ("last", "the", "Friday,", "fiscal")
    are read afterwards from a short window left of the match.
    """

    def __init__(self, data: Mapping[str, Any], families: Iterable[Family] = FAMILIES) -> None:
        rules = validate_rules(DateRules, data, "date rule data")
        self.rules = rules
        self.lexicon = Lexicon(rules)
        pieces = Pieces.build(rules, self.lexicon)
        self.readers = Readers(pieces, self.lexicon)
        self.recurrence = Recurrence(pieces)
        self.families = [
            CompiledFamily(
                family.name,
                re.compile(family.pattern(pieces)),
                partial(family.read, self.readers),
                family,
            )
            for family in families
        ]
        self._triggers = TriggerScan([family.triggers(pieces) for family in families])
        self.tense_cues = TenseCues(rules)
        self._range_between_re = re.compile(r"\s*(?:[-–]|(?:to|through|until|till)\b)\s*")
        self._apposition_re = re.compile(r"\s*,\s*")
        self._year_written_re = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")

    def find(self, text: str, reference_date: date | None = None) -> list[DateMatch]:
        """Every date in ``text``, non-overlapping, in text order, with resolved values.

        Hard-wrapped copy is read with its soft line breaks as spaces (``wrapping.py``), so
        "early next\\nyear" there is one date. Token-spaced copy is also read with its hyphens
        and possessives joined (``spacing.py``); a date that a join made ("third - quarter")
        replaces what the text as written gave there, and everywhere else the text as written
        decides (a dash read as a hyphen makes no date: "Friday - the market closed"). The
        matches keep the text as written."""
        unwrapped = soft_breaks_as_spaces(text)
        found = self._find(unwrapped, reference_date)
        compact = compacted(unwrapped)
        if compact is not None:
            joined = [
                replace(date_, start=start, end=end)
                for date_ in self._find(compact.text, reference_date)
                if compact.joins(start := compact.start(date_.start), end := compact.end(date_.end))
            ]
            if joined:
                found = sorted(
                    joined + [d for d in found if not any(overlap(d, j) for j in joined)],
                    key=lambda date_: date_.start,
                )
        if unwrapped is text and compact is None:
            return found
        return [replace(date_, text=text[date_.start : date_.end]) for date_ in found]

    def _find(self, text: str, reference_date: date | None) -> list[DateMatch]:
        """``find`` on a text already read as it should be (soft breaks as spaces, joins made);
        the matches' ``text`` is this text's."""
        candidates: list[Candidate] = []
        for compiled, match in self._matches(text):
            for candidate in compiled.read(match, text):
                candidate.rule = compiled.family.resolve
                candidate.family = compiled.name
                candidates.append(candidate)
        for candidate in candidates:
            self.readers.extend_modifier(candidate, text)
            self.readers.extend_open_end(candidate, text)
        chosen = self._without_recurring(candidates, text)
        return self._resolve_all(chosen, text, reference_date)

    def _without_recurring(self, candidates: list[Candidate], text: str) -> list[Candidate]:
        """The chosen candidates less those that recur ("in June each year"), and less the
        other end of a range one of them is in ("from 1 April to 31 March each year")."""
        chosen = longest_first(candidates)
        recurring = [self.recurrence.recurs(candidate, text) for candidate in chosen]
        if not any(recurring):
            return chosen
        for index in range(len(chosen) - 1):
            first, second = chosen[index], chosen[index + 1]
            if recurring[index] == recurring[index + 1] or not self._range_between_re.fullmatch(
                text, first.end, second.start
            ):
                continue
            other = index + 1 if recurring[index] else index
            recurring[other] = "value" not in chosen[other].fields
        return [c for c, recurs in zip(chosen, recurring, strict=True) if not recurs]

    def tense(self, text: str) -> TextTense:
        """Sentences and tense cues of ``text``, scanned as resolution needs them."""
        return TextTense(self.tense_cues, text)

    def _matches(
        self, text: str, *, exhaustive: bool = False
    ) -> Iterator[tuple[CompiledFamily, re.Match[str]]]:
        """Every family's matches, family by family, each family's in text order.

        They are what ``regex.finditer(text)`` gives, found by ``regex.match`` at the offsets
        the trigger scan proposes (skipping those inside the previous match); ``exhaustive``
        runs ``finditer`` itself, as texts the scan cannot read do. A match ends at the end
        of its line (regexes see the line's end as the text's), so no DATE span crosses a
        line break: "Nov. 3\n2024 plans" is "Nov. 3"; the words around a match that decide
        whether it is a date are still read across it.
        """
        starts = None if exhaustive else self._triggers.starts(text)
        if starts is None:
            lines = [(found.start(), found.end()) for found in _LINE_RE.finditer(text)]
            for compiled in self.families:
                for line_start, line_end in lines:
                    for match in compiled.regex.finditer(text, line_start, line_end):
                        yield compiled, match
            return
        size = len(text)
        for compiled, positions in zip(self.families, starts, strict=True):
            end = 0
            line_end = -1  # the end of the line of the last position tried
            for position in positions:
                if position < end:
                    continue
                if position > line_end:
                    line_end = text.find("\n", position)
                    line_end = size if line_end < 0 else line_end
                if match := compiled.regex.match(text, position, line_end):
                    end = match.end()
                    yield compiled, match

    def _resolve_all(self, chosen: list[Candidate], text: str, ref: date | None) -> list[DateMatch]:
        resolution = Resolution(ref, self.tense(text), [])
        resolved: list[DateMatch] = []
        placed: set[int] = set()  # dates without a year that the tense placed
        for candidate in chosen:
            anaphoric = is_anaphoric(candidate)
            if "value" in candidate.fields:
                value: str | None = candidate.fields["value"]
                heading = heading_day(text, candidate.start, candidate.end, value, ref)
                if heading is not None:
                    resolution.ref = heading  # a reprinted item's dates are its heading's day
            elif resolution.ref is None and not anaphoric:
                # what ``resolve`` gives without R, found without splitting the text into
                # sentences (for a text without R that split was the dearest step)
                value = None
            else:
                resolution.sentence = resolution.tense.sentence(candidate.start)
                value = resolve(candidate, resolution)
            if value is UNRESOLVED:
                continue  # "the same month" with no month before it: not placeable
            found = DateMatch(
                candidate.start,
                candidate.end,
                text[candidate.start : candidate.end],
                value,
                candidate.family,
            )
            if candidate.rule in _PLACED_BY_TENSE and "value" not in candidate.fields:
                placed.add(len(resolved))
            resolved.append(found)
            if not anaphoric:
                resolution.anchors.append(found)
        ordered = self._order_weekday_ranges(self._order_ranges(resolved, placed, text), text, ref)
        return self._weekdays_by_their_day(ordered, text)

    def _weekdays_by_their_day(self, found: list[DateMatch], text: str) -> list[DateMatch]:
        """A weekday with its day of the month in apposition ("on Tuesday, the 19th") is that
        day when the day falls on it: the day names the week, the tense only guessed it."""
        for index in range(len(found) - 1):
            first, second = found[index], found[index + 1]
            if first.rule != "weekday" or second.rule != "day_of_month":
                continue
            if second.value is None or len(second.value) != 10 or first.value == second.value:
                continue
            if not self._apposition_re.fullmatch(text, first.end, second.start):
                continue
            weekday = self.lexicon.weekday_numbers.get(first.text.split()[-1].lower())
            if weekday == date.fromisoformat(second.value).weekday():
                found[index] = replace(first, value=second.value)
        return found

    def _order_weekday_ranges(
        self, found: list[DateMatch], text: str, ref: date | None
    ) -> list[DateMatch]:
        """A range of weekdays ends after it starts. When the tense put both days on one side of
        R, the range stays there: "ran from Tuesday to Thursday" (R a Wednesday) moves Tuesday
        a week back, "will be closed Monday through Wednesday" moves Wednesday a week on. When
        they fall on both sides ("the fair runs Friday to Sunday": Friday two days on, Sunday
        three days back), the day farther from R moves a week."""
        if ref is None:
            return found
        for index in range(len(found) - 1):
            first, second = found[index], found[index + 1]
            if first.rule != "weekday" or second.rule != "weekday":
                continue
            if first.value is None or second.value is None or len(first.value) != 10:
                continue
            if len(second.value) != 10 or first.value <= second.value:
                continue
            if not self._range_between_re.fullmatch(text, first.end, second.start):
                continue
            start, end = date.fromisoformat(first.value), date.fromisoformat(second.value)
            if start <= ref and end <= ref:
                move_end = False  # a past range: its start is a week earlier
            elif start >= ref and end >= ref:
                move_end = True  # a future range: its end is a week later
            else:
                move_end = abs((start - ref).days) <= abs((end - ref).days)
            if move_end:
                found[index + 1] = replace(second, value=(end + timedelta(days=7)).isoformat())
            else:
                found[index] = replace(first, value=(start - timedelta(days=7)).isoformat())
        return found

    def _order_ranges(self, found: list[DateMatch], placed: set[int], text: str) -> list[DateMatch]:
        """A range starts before it ends: in "is to run from January 23 through March 9" (R
        late January) the future tense places "January 23" a year ahead, after "March 9";
        a start placed by the tense and after its end moves back a year."""
        for index in sorted(placed):
            if index + 1 >= len(found):
                break
            first, second = found[index], found[index + 1]
            if first.value is None or second.value is None or "W" in first.value + second.value:
                continue
            if not self._range_between_re.fullmatch(text, first.end, second.start):
                continue
            written = self._year_written_re.search(text, second.start, second.end)
            if index + 1 not in placed and written is not None:
                # "from June to September 2025": the start takes the year the end names (the
                # year before when it would come after the end: "from November to March 2025")
                first = replace(first, value=second.value[:4] + first.value[4:])
            common = min(len(first.value), len(second.value))
            if first.value[:common] > second.value[:common]:
                first = replace(first, value=shift_value(first.value, "year", -1))
            found[index] = first
        return found
