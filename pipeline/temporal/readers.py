"""The family readers: each checks a match's context and parses it into candidates.

A reader is named after its family in the table (``families.py``) and returns the
candidates the match stands for (none when the context says it is no date: "may" the verb,
"2025 people"). It parses what the text says into ``fields``; a value the text fixes goes in
``fields["value"]``, anything that needs R is left to the family's resolver.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pipeline.temporal.candidates import Candidate
from pipeline.temporal.context import WINDOW, Context
from pipeline.temporal.pieces import norm
from pipeline.temporal.values import (
    calendar_date,
    day_value,
    half_value,
    holiday_date,
    month_value,
    period_ending_in,
    quarter_value,
    season_value,
    two_digit_year,
    week_value,
    year_value,
)

_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1, "the": 0}
_DAY_OWNS_THE = re.compile(r"(?i:st|nd|rd|th)|\s+of\b")
"""After a day, what makes a "the" before it the date's own: "the 22nd May", "the 22 of May"."""
_SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UNNAMED_FISCAL_YEAR_RE = re.compile(r"(?i)the\s+fiscal\s+year$")
"""A fiscal year no year names (guideline 6.1: "Japan's fiscal year closes" is no DATE)."""
_END_HYPHEN_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w-]))(?i:end)-$")
"""The part "end-" glued before a month ("by end-May")."""
_LOWER_RE = re.compile(r"[a-z]")
"""A lower-case letter: a line that has one is no headline in capitals."""


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` stands in a line written in capitals (a wire headline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _LOWER_RE.search(text, line_start, len(text) if line_end < 0 else line_end) is None


_LAST_ORDINAL = "last"
"""The quarter family's ordinal that names the fourth quarter only before the year it closes."""
_OF_YEAR_GROUPS = ("year", "year2", "ofyy", "orel", "ofy")
"""The quarter family's groups that name its year."""
_FISCAL_RANGE_END_RE = re.compile(r"[-–/](?P<y2>\d\d(?:\d\d)?)(?![\w%]|[.,]\d)")
"""The second year of a fiscal range written on: "FY2023-24", "fiscal 2024/25"."""
_EARLIEST_YEAR_IN_A_NAME = 1700
"""A four-digit number after a name is a year from here on ("Vision 2030", not "Form 1040")."""
_PART_OF_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:quarter|half)\s+of\s+$")


def _ordinal_suffix(number: int) -> str:
    """The English ordinal suffix of a number: "st" for 1 and 21, "th" for 11 to 13."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


class Readers(Context):
    """One reader method per family; the table refers to them as ``Readers.<family>``."""

    def iso(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        day = calendar_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if day is None:
            return []
        return [Candidate(match.start(), match.end(), {"value": day_value(day)})]

    def numeric(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        if self._before(self._quantity_prefix_re, text, match.start()):
            return []  # "Version 10.12.2024 of the app": a version number written like a date
        year = int(match["y"])
        if match["dd"]:
            # "30.06.2024": full stops are written day first (European and government notices)
            day = calendar_date(year, int(match["mm"]), int(match["dd"]))
            return (
                []
                if day is None
                else [Candidate(match.start(), match.end(), {"value": day_value(day)})]
            )
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            day = calendar_date(year, second, first)
        elif second > 12 >= first or first == second:
            day = calendar_date(year, first, second)
        else:
            day = None  # 3/4/2024: month and day cannot be told apart, so no value to give
        if day is None:
            return []
        return [Candidate(match.start(), match.end(), {"value": day_value(day)})]

    def day_month(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "22 May 2023", "the 22nd of May". "The" is the date's own with an ordinal day or
        "of"; before a plain day and month it is the article of the noun the date modifies
        ("after the 11 May attacks", "the 2 November election"), and stays out."""
        the = None
        if _DAY_OWNS_THE.match(text, match.end("day")):
            the = self._prefix(self._the_before_re, text, match.start())
        found = list(self.month_day(match, text, match.start() - (len(the[0]) if the else 0)))
        if found and the is None:
            found[:0] = self._first_day(match, text, found[0])
        return found

    def _first_day(self, match: re.Match[str], text: str, date: Candidate) -> list[Candidate]:
        """ "4 to 7 March", "18 and 19 October": the bare day before a day and month is a date
        of the same month and year (two spans, as "September 1-15" is), if it comes first."""
        first = self._prefix(self._first_day_before_re, text, match.start())
        if first is None or "weekday" in date.fields or "week_of" in date.fields:
            return []
        day, month = int(first["day"].rstrip("stndrh")), date.fields["month"]
        if day >= date.fields["day"] or calendar_date(2000, month, day) is None:
            return []
        start = match.start() - len(first[0])
        fields: dict[str, Any] = {"month": month, "day": day}
        if "value" in date.fields:  # "4 to 7 March 1998": the year written after both
            resolved = calendar_date(int(date.fields["value"][:4]), month, day)
            if resolved is None:
                return []
            fields["value"] = day_value(resolved)
        return [Candidate(start, start + len(first["day"]), fields)]

    def month_day(
        self, match: re.Match[str], text: str, start: int | None = None
    ) -> Iterable[Candidate]:
        """ "May 22", "Jan. 5, 2024", "Friday, Oct. 23" (a real calendar date only)."""
        month = self.lexicon.month_numbers[match["mon"].rstrip(".").lower()]
        groups = match.groupdict()
        day = (
            int(groups["day"])
            if groups.get("day")
            else self.lexicon.day_ordinals.get((groups.get("dayw") or "").lower(), 0)
        )
        if calendar_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 is allowed
            return []
        start = match.start() if start is None else start
        if (
            groups.get("dayw")
            and not match["year"]
            and not self._spoken_day_context(text, start, match.end())
        ):
            return []  # "the May first round": an ordinal of the noun after it
        fields: dict[str, Any] = {"month": month, "day": day}
        weekday = self._prefix(self._weekday_before_re, text, start)
        if weekday is not None:
            fields["weekday"] = self.lexicon.weekday_numbers[weekday["wd"].lower()]
            start -= len(weekday[0])
            if rel := self._prefix(self._rel_before_re, text, start):
                start -= len(rel[0])  # "this coming Sunday, March 8": one date
        elif match["year"] and (
            short := self._short_weekday_before_re.search(text, max(0, start - 12), start)
        ):
            # "Mon, May 13, 2024", "Tue, 14 May 2024": a web dateline, when the day is that
            # weekday ("The Morning Sun, May 13, 2024" names a paper)
            on = calendar_date(int(match["year"]), month, day)
            if on is not None and on.weekday() == _SHORT_WEEKDAYS.index(short["wd"][:3]):
                start -= len(short[0])
        if week := self._prefix(self._week_of_before_re, text, start):
            fields["week_of"] = True  # "the week of March 6": that date's ISO week
            start -= len(week[0])
        if match["year"]:
            resolved = calendar_date(int(match["year"]), month, day)
            if resolved is None:
                return []
            fields["value"] = week_value(resolved) if "week_of" in fields else day_value(resolved)
        elif groups.get("yrel"):
            # "March 3 last year", "5 May this year": the day of the year the phrase names, one
            # span (as "March last year" is one), not a day guessed from tense plus a year
            fields["year_offset"] = _YEAR_OFFSETS[groups["yrel"]]
        found = [Candidate(start, match.end(), fields)]
        second = None
        if not match["year"] and not groups.get("yrel"):
            second = self._second_day_re.match(text, match.end())
            dash = self._dash_day_re.match(text, match.end()) if second is None else None
            dash = dash or (self._to_day_re.match(text, match.end()) if second is None else None)
            if dash is not None and int(dash["day"]) > day:
                second = dash  # "August 4-19", "May 3 to 7": the range's end, in the same month
        if second is not None and calendar_date(2000, month, int(second["day"])) is not None:
            # "April 24 and 25": the second day is a date of the same month
            found.append(
                Candidate(
                    second.start("day"),
                    second.end("day"),
                    {"month": month, "day": int(second["day"]), "month_of_previous": True},
                )
            )
        return found

    def _spoken_day_context(self, text: str, start: int, end: int) -> bool:
        """Whether "March eighth" is a date: after "on", "by" … or a weekday ("on July
        fourth passed", "Sunday, March eighth"), or closing its phrase ("March eighth.")."""
        left = self._left(text, start)
        return bool(
            self._month_context_re.search(left)
            or self._weekday_before_re.search(left)
            or self._phrase_end_after_re.match(self._right(text, end))
        )

    def day_of_month(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "on the 29th", "by the 3rd,": a day of the month named alone, after a preposition
        of time and closing its phrase ("on the 5th floor", "the 11th hole" are ordinals of
        the noun after them, "the 3rd of 40" a rank)."""
        day = int(match["day"])
        if match["suffix"].lower() != _ordinal_suffix(day):
            return []  # "the 3th": a typo or a code, not a day
        if not self._before(self._day_preposition_before_re, text, match.start()):
            return []
        if not self._day_alone_after_re.match(self._right(text, match.end())):
            return []
        near = max(0, match.start() - WINDOW), match.end() + WINDOW
        if self._sequence_noun_re.search(text, *near):
            return []  # "a bogey on the 14th", "the lead on the 3rd lap": a place in an order
        return [Candidate(match.start(), match.end(), {"day": day, "no_modifier": True})]

    def month_year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        month = self.lexicon.month_numbers[match["mon"].rstrip(".").lower()]
        fields: dict[str, Any] = {"month": month}
        if match["year"]:
            if self._quantity_after_re.match(self._right(text, match.end())):
                return []
            fields["value"] = month_value(int(match["year"]), month)
        else:
            fields["year_offset"] = {"this": 0, "last": -1, "next": 1}[match["yrel"]]
        return [Candidate(match.start(), match.end(), fields)]

    def month(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """A bare month name: ambiguous ones ("May", "March") only where context says month."""
        name = match["mon"]
        start = match.start()
        fields: dict[str, Any] = {"month": self.lexicon.month_numbers[name.lower()], "rel": None}
        rel = self._prefix(self._rel_before_re, text, start)
        if rel is not None:
            fields["rel"] = self._relation(rel["rel"])
            return [Candidate(start - len(rel[0]), match.end(), fields)]
        left, right = self._left(text, start), self._right(text, match.end())
        if self._frequency_re.search(left):
            return []
        in_context = self._month_context_re.search(left) is not None or bool(
            self._determiner_re.search(left) and self._lowercase_after_re.match(right)
        )  # "in May", "the March accession", "a June agreement"
        # "at March-end", "by end-May": a month whatever stands before
        month_end = match[0].endswith("-end") or bool(_END_HYPHEN_BEFORE_RE.search(left))
        if name.lower() in self.lexicon.ambiguous_months and not (in_context or month_end):
            return []
        if (
            not in_context
            and self._capitalised_after_re.match(right)
            and not (
                name.isupper()
                and _in_capitals_line(text, start, match.end())
                and not (
                    name.lower() in self.lexicon.first_name_months
                    and self._line_start_re.search(left)
                )
            )
        ):
            # "June Carter", "April Fools": a name, not the month (in a headline in capitals
            # every word is capitalised: "ORLBY FEBRUARY WOOL SALES UP" names the month; a
            # month that is also a first name opening it stays a name: "JUNE VELLMARK JOINS")
            return []
        if self._digit_after_re.match(right):
            return []  # "March 2-4", "May 5G": a day the other families did not accept
        if left.endswith(("to ", "To ", "TO ")) and self._period_to_before_re.search(left):
            fields["period_to"] = True  # "the year to June": see ``Resolution.relation``
        pair = self._month_pair_year_after_re.match(right)
        if pair is not None:  # "in June and July 2003": the year of the month it is joined to
            year = int(pair["year"])
            end_month = self.lexicon.month_numbers[pair["mon"].lower()]
            ranged = not pair["list"] or self._between_before_re.search(left) is not None
            if ranged and fields["month"] > end_month:
                year -= 1  # "from October to March 2025", "between October and March 2025"
            fields["value"] = month_value(year, fields["month"])
        return [Candidate(start, match.end(), fields)]

    def weekday(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        start = match.start()
        fields: dict[str, Any] = {"weekday": self.lexicon.weekday_numbers[match["wd"].lower()]}
        rel = self._prefix(self._rel_before_re, text, start)
        if rel is not None:
            if norm(rel["rel"]) in ("last", "next") and self._before(
                self._vague_re, text, start - len(rel[0])
            ):
                return []  # "over the next Monday" is no date
            fields["rel"] = self._relation(rel["rel"])
            return [Candidate(start - len(rel[0]), match.end(), fields)]
        previous = self._prefix(self._previous_before_re, text, start)
        if previous is not None:
            fields.update(rel=None, previous=True)
            return [Candidate(start - len(previous[0]), match.end(), fields)]
        following = self._prefix(self._following_before_re, text, start)
        if following is not None:
            fields.update(rel=None, following=True)
            return [Candidate(start - len(following[0]), match.end(), fields)]
        left = self._left(text, start)
        if self._frequency_re.search(left):
            return []  # "every Monday"
        if left[-2:].lower() == "a " or left[-4:].lower() == "any ":  # cheap test first
            if self._any_day_before_re.search(left) and self._any_day_after_re.match(
                self._right(text, match.end())
            ):
                return []  # "never on a Sunday", "on a Friday in March": any such day
        if self._recurring_after_re.match(self._right(text, match.end())):
            return []  # "on Monday and Friday nights": each week's, a frequency (contract)
        previous = self._capitalised_before_re.search(left)
        if previous is not None and previous["word"] in self.lexicon.weekday_name_prefixes:
            return []  # "Black Friday", "Good Friday"
        fields["rel"] = None
        return [Candidate(start, match.end(), fields)]

    def relative_day(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        word = match["rd"]
        if word.lower() != "yesterday" and (
            self._before(self._of_before_re, text, match.start())
            or self._generic_after_re.match(self._right(text, match.end()))
        ):
            return []  # "the world of tomorrow", "today's youth": the present age, not R
        if word[0].isupper() and not word.isupper():
            previous = self._before(self._capitalised_before_re, text, match.start())
            if previous is not None and not self._before(
                self._sentence_start_re, text, match.start() - len(previous[0])
            ):
                return []  # "USA Today": a name
            if self._title_after_today_re.match(self._right(text, match.end())) or self._before(
                self._title_before_today_re, text, match.start()
            ):
                return []  # "the Today show", "she told Today that": a title
        days = self.lexicon.relative_days[word.lower()]
        if days == 0 and self._compared_with_another_time(text, match.start(), match.end()):
            return []  # "as common today as it was in 1990": the present age
        start = match.start()
        if days and (beyond := self._prefix(self._day_beyond_re, text, start)):
            if (beyond["side"].lower() == "after") == (days > 0):
                # "the day before yesterday", "the day after tomorrow": a day further on
                days, start = days * 2, start - len(beyond[0])
        return [Candidate(start, match.end(), {"days": days})]

    def _compared_with_another_time(self, text: str, start: int, end: int) -> bool:
        """ "as strict today as in 1990", "less today than it did", "than today": "today"
        in a comparison with another time is the present age (TimeML's PRESENT_REF), not
        R's day; "spoke today as the strike began" is no comparison."""
        if self._before(self._compared_with_before_re, text, start):
            return True
        compared = self._compared_after_re.match(self._right(text, end))
        if compared is None:
            return False
        before = self._as_before_re if compared["word"].lower() == "as" else None
        return bool(self._before(before or self._comparative_before_re, text, start))

    def relative_unit(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "last year", "this week", "next month", "the coming year", "this summer"."""
        rel_words = norm(match["rel"])
        offset = self.lexicon.relative_words[rel_words]
        unit_text = norm(match["unit"])
        if (
            not rel_words.startswith("the")
            and not unit_text.endswith(" year")  # "in the last fiscal year" names one year
            and self._before(self._vague_re, text, match.start())
        ):
            return []  # "over the last year", "in the next month": durations
        if self._quoted_title(match, text):
            return []  # ABC's "This Week": a programme's title
        fields: dict[str, Any] = {"offset": offset}
        if unit_text in self.lexicon.seasons:
            fields["season"] = self.lexicon.seasons[unit_text]
            unit = "season"
        elif unit_text.endswith("half"):
            fields["half"] = self.lexicon.half_ordinals.get(unit_text.split()[0], 1)
            unit = "named_half"
        elif unit_text.endswith(" year"):  # "fiscal year", "this school year"
            unit = "year"
        else:
            unit = unit_text
        if unit == "decade" and offset == 1:
            return []  # "the next decade" is a duration more often than a date
        start = match.start()
        if unit == "year" and (season := self._prefix(self._season_of_before_re, text, start)):
            # "the spring of last year": that year's season, one span, as "the spring of 2023"
            fields["season"] = self.lexicon.seasons[season["season"].lower()]
            unit, start = "season_of_year", start - len(season[0])
        fields["unit"] = unit
        return [Candidate(start, match.end(), fields)]

    def _quoted_title(self, match: re.Match[str], text: str) -> bool:
        """Whether a capitalised phrase ("This Week", "Next Year") opens a quotation in the
        middle of a sentence: the title of a programme, book or film, not a date. A quote
        that opens a sentence ('He said: "Next year we will …"') is speech, and stays."""
        words = match[0].split()
        if not all(word[0].isupper() for word in words):
            return False
        left = self._left(text, match.start())
        opened = self._quote_open_re.search(left)
        if opened is None:
            return False
        return not self._sentence_start_re.search(left[: opened.start()])

    def ago(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "two years ago" (from R); "a year earlier", "three days later" (from an anchor)."""
        raw = match["n"].lower()
        amount = int(raw) if raw.isdigit() else self.lexicon.number_words.get(norm(raw))
        if not amount:
            return []
        unit = match["unit"].lower().rstrip("s")
        direction = match["dir"].lower()
        if direction == "before":
            # "sales rose from 67 mln dlrs a year before.": "a year earlier" where the phrase
            # ends; "a year before the bridge opened", "waited a year before selling" are none
            if not self._clause_end_re.match(self._right(text, match.end())):
                return []
            direction = "earlier"
        if direction == "later" or (direction == "earlier" and unit in ("day", "week")):
            # "three days later", "a day earlier": counted from an event the story tells,
            # not from R or a reported period, so no calendar date (guideline 6.1: "a week
            # after"). "a year earlier"/"a month earlier" compare reported periods and stay.
            return []
        if unit == "decade":
            unit, amount = "year", amount * 10
        fields = {"unit": unit, "amount": amount, "direction": direction}
        if unit == "year" and amount == 1:
            # "profit of $2 million a year ago": in a results sentence the reported period
            # a year before (resolve.py), as "the year-ago quarter" is
            fields["results"] = self.in_financial_sentence(text, match.start(), match.end())
        start = match.start()
        approximately = self._prefix(self._approximately_before_re, text, start)
        if approximately is not None and direction == "ago":
            start -= len(approximately[0])  # "almost four years ago": same value, whole phrase
        return [Candidate(start, match.end(), fields)]

    def quarter(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the third quarter (of 2024)", "this year's fourth quarter", "third-quarter";
        "the last quarter of 2023" (the fourth, only with the year it closes)."""
        groups = match.groupdict()
        ordinal = match["ord"].lower()
        if ordinal == _LAST_ORDINAL and not any(groups.get(name) for name in _OF_YEAR_GROUPS):
            return []  # "the last quarter of a century": no year is named
        quarter = self.lexicon.quarter_ordinals.get(ordinal, 4)
        fields: dict[str, Any] = {"quarter": quarter}
        start = match.start()
        if self._to_month_after_re.match(self._right(text, match.end())):
            return []  # "the second quarter to September": fiscal, "September" is ours
        if groups.get("year") or groups.get("year2"):
            fields["value"] = quarter_value(int(groups.get("year") or groups["year2"]), quarter)
        elif groups.get("ofyy"):  # "the second quarter of FY25": the year the label names
            fields["value"] = quarter_value(two_digit_year(int(groups["ofyy"])), quarter)
        elif rel := groups.get("orel") or groups.get("lrel"):
            fields["year_offset"] = _YEAR_OFFSETS[rel.lower()]
        elif groups.get("ofy"):
            if _UNNAMED_FISCAL_YEAR_RE.match(groups["ofy"]):
                return []  # "the fourth quarter of the fiscal year": no year is named
            fields["year_offset"] = 0
        prefix = self._prefix(self._quarter_before_re, text, start)
        if prefix is not None:
            start -= len(prefix[0])
            prefix_year = prefix["dyear"] or prefix["pyear"]
            if prefix_year and "value" not in fields:
                fields["value"] = quarter_value(int(prefix_year), quarter)
            elif prefix["yrel"] and "value" not in fields:
                fields["year_offset"] = _YEAR_OFFSETS[prefix["yrel"].lower()]
        return [Candidate(start, match.end(), fields)]

    def month_period(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the June quarter", "the December half": the quarter or half that ends in that
        month, as Australian and South Asian results write it (one span; "December" alone
        would be a month, not the three months it closes). Only a month that ends a calendar
        quarter or half: a fiscal quarter ending in January has no calendar quarter."""
        month = self.lexicon.month_numbers[match["mon"].lower().rstrip(".")]
        unit = match["unit"].lower()
        the = self._prefix(self._the_before_re, text, match.start())
        if the is None or month % (3 if unit == "quarter" else 6):
            return []  # "a June quarter" is rarer than a month before a noun
        fields: dict[str, Any] = {"month": month, "unit": unit, "rel": None}
        if match["year"] or match["ofyear"]:  # "the June 2008 quarter", "the June quarter of 2008"
            fields["value"] = period_ending_in(int(match["year"] or match["ofyear"]), month, unit)
        elif match["orel"]:  # "the September quarter of next year"
            fields["year_offset"] = _YEAR_OFFSETS[match["orel"].lower()]
        return [Candidate(match.start() - len(the[0]), match.end(), fields)]

    def quarter_adjective(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "third-quarter" ("fiscal second-quarter"); "the" stays with the noun it modifies."""
        fields: dict[str, Any] = {"quarter": self.lexicon.quarter_ordinals[match["ord"].lower()]}
        fiscal = self._prefix(self._fiscal_before_re, text, match.start())
        start = match.start() - (len(fiscal[0]) if fiscal else 0)
        if self._as_noun_after_re.match(self._right(text, match.end())):
            the = self._prefix(self._the_before_re, text, start)
            start -= len(the[0]) if the is not None else 0  # "the third-quarter ending in June"
        return [Candidate(start, match.end(), fields)]

    def quarter_code(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "Q3 2024", "3Q", "2024 Q3", "Q3 '24"; trade-press codes with a fiscal label or a
        two-digit year ("Q3 FY24", "Q1FY24", "FY24 Q3", "3Q24") are the quarter of the year
        the label names, as "the third quarter of FY2023" is (guideline 6.1)."""
        quarter = int(match["q"] or match["q2"] or match["q3"] or match["q4"])
        fields: dict[str, Any] = {"quarter": quarter}
        year = match["year"] or match["year3"] or match["fyear4"]
        short = match["yy"] or match["yy2"] or match["fyy"] or match["fyy4"]
        if year:
            fields["value"] = quarter_value(int(year), quarter)
        elif short:
            fields["value"] = quarter_value(two_digit_year(int(short)), quarter)
        elif self._model_code(match, text):
            return []  # before "last year": "the Audi Q3 last year" is a car, then a date
        elif match["qrel"]:  # "Q4 last year", as "the fourth quarter last year"
            fields["year_offset"] = _YEAR_OFFSETS[match["qrel"]]
        return [Candidate(match.start(), match.end(), fields)]

    def _model_code(self, match: re.Match[str], text: str) -> bool:
        """Whether a bare "Q3" names a model ("the Audi Q3", "the Q5 and Q3"): after a brand
        (a capitalised word that does not open the sentence) or another model code, with no
        business word after it ("Samsung Q3 profit", "Acme Reports Strong Q3 Results", "the
        Acme Q3 call" are the quarter)."""
        if self._quarter_business_after_re.match(self._right(text, match.end())):
            return False
        left = self._left(text, match.start())
        return bool(self._model_code_before_re.search(left)) or self._name_before(
            text, match.start()
        )

    def half(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the first half of 2025", "the second half", "first-half"; "the first two quarters
        of 1990" is that year's first half (only with its year: "the last two quarters" alone
        is a stretch counted back)."""
        half = self.lexicon.half_ordinals[match["ord"].lower()]
        if match["quarters"] and (
            match["ord"].lower() not in ("first", "last")
            or not (match["year"] or match["ofyy"] or match["orel"])
        ):
            return []
        if self._to_month_after_re.match(self._right(text, match.end())):
            return []  # "the first half to June": a fiscal half, "June" is the date
        fields: dict[str, Any] = {"half": half}
        start = match.start()
        if match["year"]:
            fields["value"] = half_value(int(match["year"]), half)
        elif match["ofyy"]:  # "the first half of FY22": the year the label names (2022-H1)
            fields["value"] = half_value(two_digit_year(int(match["ofyy"])), half)
        elif rel := match["orel"] or match["lrel"]:
            fields["year_offset"] = _YEAR_OFFSETS[rel.lower()]
        elif match["ofy"]:
            if _UNNAMED_FISCAL_YEAR_RE.match(match["ofy"]):
                return []  # "the first half of the fiscal year": no year is named
            fields["year_offset"] = 0
        elif self._of_after_re.match(self._right(text, match.end())):
            return []  # "the first half of the century", "of the game": not ours to place
        elif match["ord"].lower() == "last":
            return []  # "the last half" without a year is a duration
        elif (owner := self._year_owner(text, start)) is not None:
            # "this year's second half", "2023's first half": the year's, one span
            start, year, offset = owner
            if year is not None:
                fields["value"] = half_value(year, half)
            else:
                fields["year_offset"] = offset
            return [Candidate(start, match.end(), fields)]
        elif not self.in_financial_sentence(text, match.start(), match.end()):
            return []  # "scored in the second half", "a first-half goal": a match, not a year
        the = self._prefix(self._the_before_re, text, start)
        as_noun = self._as_noun_after_re.match(self._right(text, match.end())) is not None
        if the is not None and (match["sep"] != "-" or "value" in fields or as_noun):
            start -= len(the[0])  # not in "the first-half results"
        return [Candidate(start, match.end(), fields)]

    def _year_owner(self, text: str, start: int) -> tuple[int, int | None, int] | None:
        """The year a possessive before a half names ("this year's", "the year's",
        "(fiscal) 2023's"): the span's new start, the year written or ``None``, and the
        offset from R's year otherwise."""
        prefix = self._prefix(self._quarter_before_re, text, start)
        if prefix is None or not (prefix["pyear"] or prefix["yrel"]):
            return None
        if prefix["pyear"]:
            return start - len(prefix[0]), int(prefix["pyear"]), 0
        return start - len(prefix[0]), None, _YEAR_OFFSETS[prefix["yrel"].lower()]

    def half_code(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "H2 2024", "2024 H2"; "H1 FY25", "1H24", "FY2025 H2" (the year the label names)."""
        half = int(match["h"] or match["h2"] or match["h3"] or match["h4"])
        if match["hrel"]:  # "H1 next year": R's year moved, as "the first half of next year"
            fields = {"half": half, "year_offset": _YEAR_OFFSETS[match["hrel"]]}
            return [Candidate(match.start(), match.end(), fields)]
        year = match["year"] or match["year3"] or match["fyear4"]
        short = match["yy"] or match["fyy"] or match["fyy4"]
        value = half_value(int(year) if year else two_digit_year(int(short)), half)
        return [Candidate(match.start(), match.end(), {"value": value})]

    def decade(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the 1990s" (199), "the '90s", "the nineties"; words only after "the"."""
        fields: dict[str, Any] = {}
        the = self._prefix(self._the_before_re, text, match.start())
        if match["dec"]:
            fields["value"] = match["dec"][:3]
        elif match["d2"]:
            # two digits without the apostrophe before them: a decade only after "the" (not
            # in a sentence about temperatures or scores: "highs in the 90s") or as the
            # second of two decades, whose century it takes ("the 1950s and 60s")
            pair = self._prefix(self._decade_pair_before_re, text, match.start())
            if pair is not None and pair["century"]:
                fields["value"] = pair["century"] + match["d2"][0]
            elif pair is not None or (
                the is not None and not self._in_number_sentence(text, match.start())
            ):
                fields["decade_digit"] = int(match["d2"][0])
            else:
                return []
        elif match["dd"]:
            fields["decade_digit"] = int(match["dd"][0])
        elif the is not None:
            fields["decade_digit"] = self.lexicon.decade_words[match["dw"].lower()]
        else:
            return []  # "in his nineties" is an age
        start = match.start() - (len(the[0]) if the else 0)
        if the is not None and (part := self._prefix(self._part_of_before_re, text, start)):
            start -= len(part[0])  # "the last half of the '80s": the decade, said in part
        return [Candidate(start, match.end(), fields)]

    def century(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        number = (
            int(match["n"]) if match["n"] else self.lexicon.century_ordinals[match["nw"].lower()]
        )
        the = self._prefix(self._the_before_re, text, match.start())
        start = match.start() - (len(the[0]) if the else 0)
        if the is not None and (part := self._prefix(self._part_of_before_re, text, start)):
            start -= len(part[0])  # "the first half of the 20th century"
        return [Candidate(start, match.end(), {"value": f"{number - 1:02d}"})]

    def fiscal_year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "fiscal 2024", "fiscal year 2024", "FY2024", "FY24"; "financial year 2024" as
        government releases name it, and "fiscal '97" as 1990s wire copy writes it."""
        if match["year"] or match["fyear"]:
            year = int(match["year"] or match["fyear"])
        else:
            year = two_digit_year(int(match["yy"] or match["ayy"]))
        found = [Candidate(match.start(), match.end(), {"value": f"{year:04d}"})]
        second = _FISCAL_RANGE_END_RE.match(text, match.end())
        if second is not None:  # "FY2023-24": two dates, as "2023-24" is (guideline 6.1)
            digits = second["y2"]
            end_year = int(digits) if len(digits) == 4 else (year // 100) * 100 + int(digits)
            if year < end_year <= year + 99 and end_year <= 2099:
                fields = {"value": f"{end_year:04d}", "no_modifier": True}
                found.append(Candidate(second.start("y2"), second.end("y2"), fields))
        return found

    def season(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "summer 2023", "the summer of 2023"; "over the summer", "into the early summer"."""
        season = self.lexicon.seasons[match["season"].lower()]
        if not match["year"]:
            return self._bare_season(match, text, season)
        value = season_value(int(match["year"]), season)
        the = self._prefix(self._the_before_re, text, match.start())
        start = match.start() - (len(the[0]) if the else 0)
        return [Candidate(start, match.end(), {"value": value})]

    def _bare_season(self, match: re.Match[str], text: str, season: str) -> Iterable[Candidate]:
        """A season with no year is a date only as "the summer" after a preposition ("over
        the summer", "into the early summer": the one R's tense points at) and with the
        phrase ending there: "summer" alone, "the summer months", "the spring collection"
        and "the fall of the Berlin Wall" are no dates ("this summer" is a relative unit).
        "the fall" must end its clause, since "the fall in prices" is no season."""
        prefix = self._prefix(self._season_before_re, text, match.start())
        if prefix is None:
            return []
        right = self._right(text, match.end())
        after = self._clause_end_re if season == "FA" else self._phrase_end_after_re
        if not after.match(right):
            return []
        start = match.start() - len(prefix[0]) + prefix.start("the") - prefix.start()
        return [Candidate(start, match.end(), {"season": season, "no_modifier": True})]

    def period_of(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the end of the year", "year-end", "earlier in the year": R's year or month; after
        "since" an end that has passed: "up 12% since year-end" is the end of the year before
        (R's own year has not ended), as "since the end of the month" is last month's."""
        fields: dict[str, Any] = {"no_modifier": True}
        if match["year"]:
            fields["value"] = match["year"]
        else:
            fields["unit"] = (match["unit"] or match["unit2"] or match["unit3"] or "year").lower()
            ends = match["unit2"] is not None or self._end_part_re.search(match[0]) is not None
            if ends and self._before(self._since_before_re, text, match.start()):
                fields["offset"] = -1
        return [Candidate(match.start(), match.end(), fields)]

    def year_ago_adjective(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "year-earlier", "the year-ago quarter", "the comparable year-ago period"."""
        unit = (match["unit"] or "").lower()
        start = match.start()
        fields: dict[str, Any] = {"unit": unit, "no_modifier": True}
        if match["ord"]:
            fields["quarter"] = self.lexicon.quarter_ordinals[match["ord"].lower()]
            fields["unit"] = "quarter"
        if unit and (det := self._prefix(self._compared_before_re, text, start)):
            start -= len(det[0])
        return [Candidate(start, match.end(), fields)]

    def compared_period(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the quarter a year ago", "the same period last year", "last year's quarter": the
        period a results story reports on, a year before (as "the year-ago quarter"); "the
        fourth quarter a year earlier" names which quarter (or half) of the year before."""
        fields: dict[str, Any] = {"unit": "period", "no_modifier": True}
        if match["ord"]:
            unit = match["unit"].lower()
            lexicon = self.lexicon
            ordinals = lexicon.quarter_ordinals if unit == "quarter" else lexicon.half_ordinals
            number = ordinals.get(match["ord"].lower())
            if number is None:
                return []  # "the third half": no such period
            fields.update({"unit": unit, unit: number})
        elif (match["noun"] or match["pcp"] or "").lower() == "quarter":
            fields["unit"] = "quarter"  # "the same quarter last year": a quarter, not a year
        return [Candidate(match.start(), match.end(), fields)]

    def anaphor(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "that year", "the following year", "the same month": relative to an earlier date."""
        word = norm(match["a"])
        left = self._left(text, match.start())
        if word == "that" and not (
            self._year_context_re.search(left)
            or self._modifier_re.search(left)
            or self._clause_end_re.match(self._right(text, match.end()))
        ):
            # "that year" after a preposition ("in that year") or closing a clause ("imports
            # fell that year, an aide said"); elsewhere "that" may be a conjunction ("said
            # that year two would …")
            return []
        fields = {"unit": match["unit"].lower(), "offset": self.lexicon.anaphors[word]}
        if fields["unit"] == "week" and fields["offset"] == 0:
            return []  # "that week", "the same week": the week of an event, not placed alone
        fields["no_modifier"] = True
        start = match.start()
        if word == "that":
            # "later that year", "earlier that month": the position in the period joins it,
            # as in "earlier this year" (guideline 6.1)
            position = self._prefix(self._position_before_re, text, start)
            if position is not None:
                start -= len(position[0])
        return [Candidate(start, match.end(), fields)]

    def anaphor_after(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "up from $2 million the year before", "a drop from the month before, when ...",
        "against 2.9 billion crowns the year earlier": "the previous year" written with the word
        after, so only where the phrase ends (a clause's end); "the year before the vote",
        "the week after launching it" are anchored to an event, no date (guideline 6.1)."""
        if not self._clause_end_re.match(self._right(text, match.end())):
            return []
        offset = -1 if match["side"].lower() in ("before", "earlier") else 1
        fields = {"unit": match["unit"].lower(), "offset": offset, "no_modifier": True}
        return [Candidate(match.start(), match.end(), fields)]

    def year_period(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the 1988 quarter", "the 1989 period": the reported period, in the year named;
        "the 2019 fiscal year" is that year, as "fiscal 2019" is."""
        if match["fiscal"]:
            value = year_value(int(match["year"]))
            return [Candidate(match.start(), match.end(), {"value": value})] if value else []
        if match["unit"].lower() == "period" and not self.in_financial_sentence(
            text, match.start(), match.end()
        ):
            return []  # "the 2021 period drama"
        fields = {"year": int(match["year"]), "no_modifier": True}
        return [Candidate(match.start(), match.end(), fields)]

    def reported_quarter(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "the quarter", "the latest quarter": the quarter a results story reports on."""
        if match["period"] and match["latest"] is None:
            return []  # "the period" alone is any stretch of time
        if self._to_month_after_re.match(self._right(text, match.end())):
            return []  # "the quarter to March": the month is the date (guideline 6.1)
        fields = {"latest": match["latest"] is not None, "no_modifier": True}
        return [Candidate(match.start(), match.end(), fields)]

    def results_year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "sales for the full year", "a high for the year", "for the week, the index fell":
        the year (week) whose figures a results or market sentence gives, R's. Only after
        "for", "of", "through" or "during", in a sentence that names a business figure, and
        not before "to", "ended" or "ending" ("the year to September" is "September")."""
        if not self._before(self._figures_for_before_re, text, match.start()):
            return []
        if self._period_closed_after_re.match(self._right(text, match.end())):
            return []
        if not self.with_figures(text, match.start(), match.end()):
            return []
        unit = match["unit"].lower()
        if unit == "week" and match["kind"]:
            return []  # "the full week" is a stretch of days
        if (match["kind"] or "").lower() == "fiscal" and _PART_OF_BEFORE_RE.search(
            self._left(text, match.start())
        ):
            return []  # "the fourth quarter of the fiscal year": no year named
        return [Candidate(match.start(), match.end(), {"unit": unit, "no_modifier": True})]

    def weekend(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        return [Candidate(match.start(), match.end(), {"no_modifier": True})]

    def new_year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "in the new year", "until the New Year": the year about to begin, after a
        preposition of time; not the holiday's things ("the New Year parade", "the new year
        party") nor a subject ("the new year began badly": no preposition, left out)."""
        if not self._before(self._new_year_before_re, text, match.start()):
            return []
        if not self._phrase_end_after_re.match(self._right(text, match.end())):
            return []  # a noun after it: "the New Year parade", "the new year sales"
        return [Candidate(match.start(), match.end(), {"no_modifier": True})]

    def holiday(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "Christmas", "Thanksgiving Day 2023", "last Thanksgiving"."""
        spec = self.lexicon.holidays[norm(match["name"])]
        start = match.start()
        fields: dict[str, Any] = {"holiday": spec, "rel": None}
        if match["year"]:
            day = holiday_date(int(match["year"]), spec)
            if day is None:
                return []
            fields["value"] = day_value(day)
        elif (rel := self._prefix(self._rel_before_re, text, start)) is not None:
            fields["rel"] = self._relation(rel["rel"])
            start -= len(rel[0])
        elif self._before(self._frequency_re, text, start):
            return []  # "every Christmas"
        elif self._name_before(text, start):
            return []  # "illustrator Holly Christmas", "Merry Christmas", "Orthodox Christmas"
        elif self._word_capitalised_after_re.match(self._right(text, match.end())):
            return []  # "Easter Island", "Christmas Island": a place named for the day
        elif self._holiday_period_after_re.match(self._right(text, match.end())):
            return []  # "Easter week", "the Christmas holidays": days around it, not the day
        elif self._holiday_object_after_re.match(
            self._right(text, match.end())
        ) and not self._time_preposition_before_re.search(self._left(text, start)):
            # "the Christmas tree", "Easter eggs" (but "before Christmas shoppers arrive": the day)
            return []
        return [Candidate(start, match.end(), fields)]

    def _name_before(self, text: str, start: int) -> bool:
        """Whether a capitalised word that does not open the sentence, and is no preposition
        ("On", "Before" in a headline), comes right before ``start``: the holiday's name is
        then a surname, part of a greeting, or another calendar's holiday."""
        left = self._left(text, start)
        previous = self._capitalised_before_re.search(left)
        if previous is None or self._month_context_re.search(left):
            return False
        return not self._sentence_start_re.search(left[: previous.start()])

    def spoken_year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """ "nineteen ninety-six", "two thousand and one": years as transcripts write them."""
        words = re.split(r"[\s-]+", match[0].lower())
        if match["millennium"]:
            year, rest = 2000, words[2:]
        else:
            year, rest = self.lexicon.number_words[words[0]] * 100, words[1:]
        year += sum(
            self.lexicon.number_words.get(word, 0) for word in rest if word not in ("and", "oh")
        )
        left, right = self._left(text, match.start()), self._right(text, match.end())
        if self._quantity_after_re.match(right):
            return []
        if match["millennium"] and not (
            self._year_context_re.search(left) or self._modifier_re.search(left)
        ):
            return []  # "two thousand" alone is more often a number than a year
        return [self._spoken_year_with_period(match.start(), match.end(), year, text)]

    def _spoken_year_with_period(self, start: int, end: int, year: int, text: str) -> Candidate:
        """A spoken year with the month or season it completes: "January nineteen
        ninety-seven" (``1997-01``) and "the winter of nineteen ninety-four" (``1994-WI``),
        one span each, as "January 1997" and "the winter of 1994" are."""
        if month := self._prefix(self._month_before_re, text, start):
            value = month_value(year, self.lexicon.month_numbers[month["mon"].lower()])
            return Candidate(start - len(month[0]), end, {"value": value})
        if season := self._prefix(self._season_of_before_re, text, start):
            value = season_value(year, self.lexicon.seasons[season["season"].lower()])
            return Candidate(start - len(season[0]), end, {"value": value})
        return Candidate(start, end, {"value": f"{year:04d}"})

    def year(self, match: re.Match[str], text: str) -> Iterable[Candidate]:
        """A bare year, only where its context says "year" and not "quantity"."""
        start, end = match.start("year"), match.end("year")
        year = int(match["year"])
        left, right = self._left(text, start), self._right(text, end)
        second: Candidate | None = None
        if match["y2"] is not None:  # "2023-24", "2009-2010", "1957-58": two years
            y2 = match["y2"]
            end_year = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if year < end_year <= year + 99 and end_year <= 2099:
                fields = {"value": f"{end_year:04d}", "no_modifier": True}
                second = Candidate(match.start("y2"), match.end("y2"), fields)
        if second is None and self._range_after_re.match(right):
            return []  # a phone number, a code or a score, not a range of years
        # a number before ends at most three characters back ("5.\n"): searched from there
        number_before = self._number_before_re.search(left, len(left) - 3)
        if number_before or self._quantity_prefix_re.search(left):
            return []  # "1.2025", "No. 2025", "$2025", "about 2025"
        if second is None and self._in_year_after_re.match(right):
            return []  # "up from 1200 in 2022": a quantity, the year is the next number
        if (
            second is None
            and self._small_numbers_after_re.match(right)
            and not self._time_preposition_before_re.search(left)
        ):
            return []  # "bills of 1000, 50 and 20": counts, not years ("in 1998, 12 and …")
        if second is None and (
            self._quantity_after_re.match(right) or not self._year_context(text, start, left, right)
        ):
            return []
        found = [Candidate(start, end, {"value": f"{year:04d}"})]
        return [*found, second] if second is not None else found

    def _year_context(self, text: str, start: int, left: str, right: str) -> bool:
        """The brief's year contexts: a preposition before, a comma after, or a name."""
        if self._year_context_re.search(left) or self._modifier_re.search(left):
            return True
        if self._bare_part_before_re is not None and self._bare_part_before_re.search(left):
            return True  # "at end-1991.", "by end 2025": wire copy's part of the year names it
        if self._year_after_re.match(right) or self._year_list_before_re.search(left):
            return True  # "2023,", "2023's", "(2023)", "2022 and 2023", "1994, 1995"
        if (
            text[start : start + 2] in ("19", "20")
            and self._word_comma_before_re.search(left)
            and self._sentence_end_after_re.match(right)
        ):
            return True  # a credit or a citation closing its sentence: "from file, 2008."
        if self._possessive_before_re.search(left) and self._lowercase_after_re.match(right):
            return True  # "the company's 1989 results"
        if text[start : start + 2] in ("19", "20") and (
            self._business_after_re.match(right) or self._record_after_re.match(right)
        ):
            return True  # "predicting 1990 earnings", "1990 Norvell earnings", "2021 statistics"
        if (
            text[start : start + 2] in ("19", "20")
            and self._year_complement_before_re.search(left)
            and self._year_complement_after_re.match(right)
        ):
            return True  # "it will be 2027 before the bridge reopens"
        if (
            text[start : start + 2] in ("19", "20")
            and self._year_subject_after_re.match(right)
            and self._subject_before_re.search(left)
        ):
            return True  # "2016 saw record sales", "with 2012 marking a turning point"
        capitalised = self._capitalised_before_re.search(left)
        if capitalised is not None and not self._before(
            self._sentence_start_re, text, start - len(capitalised[0])
        ):
            # "Expo 2020", "Nanjing 2023 Metaverse …": a year inside a name; a number before
            # 1700 there is a model, form or branch number ("GX 1080", "Form 1040", "Local
            # 1199"), never a year news names things by
            return int(text[start : start + 4]) >= _EARLIEST_YEAR_IN_A_NAME
        if (
            text[start : start + 2] in ("19", "20")
            and self._determiner_adjective_before_re.search(left)
            and self._singular_after_re.match(right)
        ):
            # "her failed 1987 bid", "the original 1979 sales brochure": one thing
            # of that year (a plural noun may be counted: "her loyal 2000 fans")
            return True
        if self._determiner_re.search(left) and (
            self._capitalised_after_re.match(right) or self._lowercase_after_re.match(right)
        ):
            return True  # "the 2023 conference", "its 2024 budget"
        return bool(self._line_start_re.search(left) and self._capitalised_after_re.match(right))
