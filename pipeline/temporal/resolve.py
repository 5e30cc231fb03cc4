"""Value resolution: the named resolvers the family table refers to.

A candidate whose text fixes its value ("May 22, 2024") needs none. The others are resolved
in text order by the resolver their family names: against R (``RESOLVERS``: "Monday",
"last year", "the third quarter") or against an earlier date (``ANAPHORIC``: "a year
earlier", "that year", "the year-ago quarter"), with R standing in when there is none.
Without R a date that needs it gets ``None``; a value that falls off the calendar (R at
9999-12-31 and "tomorrow") gets ``None`` too, and nothing else changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pipeline.temporal.candidates import Candidate, DateMatch
from pipeline.temporal.context import RELATIONS
from pipeline.temporal.tense import TextTense
from pipeline.temporal.values import (
    VALUE_RE,
    Relation,
    calendar_date,
    day_value,
    half_value,
    month_value,
    on_calendar,
    period_ending_in,
    quarter_value,
    resolve_day_of_month,
    resolve_half,
    resolve_holiday,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_season,
    resolve_weekday,
    resolve_weekday_date,
    resolve_weekend,
    season_value,
    shift_unit,
    shift_value,
    value_grain,
    value_start,
    week_value,
    year_value,
)

_ENDED_RE = re.compile(r"\s*,?\s*(?:which\s+)?ended\b")
"""A period the text says is over: "the third quarter ended Sept. 28"."""
_PERIOD_GRAINS = ("quarter", "half")
"""The grains of a reported period a results sentence compares with a year before."""
_AND_RE = re.compile(r"(?<![\w-])and(?![\w-])(?![^;]*;)")
"""An "and" that joins two phrases of one clause (no ";" after it)."""
_YEAR_LABEL_RE = re.compile(r"(?<![\w-])(?i:fiscal|calendar|FY)(?![\w-])")
"""A year named as the period of the figures: "fiscal 1990", "calendar 1991"."""
_YEAR_FIGURES_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w&'’.-]*\s+|[a-z]{3,}\s+)?"
    r"(?i:revenues?|sales|profits?|earnings|income|loss(?:es)?|results|net|operating|output"
    r"|production|shipments|deliveries|orders|exports|imports|dividends?|margins?|turnover)"
    r"(?![\w-])"
)
"""What follows a year that labels the figures reported: "1990 net income", "1990 export
sales", "1990 Kelvo earnings"."""
_PERIOD_ENDED_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?P<quarter>quarter)|(?P<half>half|half-year|six\s+months))"
    r"\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
"""A reported period named by its last day: "the quarter ended June 30", "six months ended"."""
_FORECAST_RE = re.compile(
    r"(?<![\w-])(?i:forecasts?|outlook|targets?|guidance|projections?|estimates?)(?![\w-])"
)
"""What a sentence about a period still open names: "cut its forecast for the year to June"."""
_UNTIL_BEFORE_RE = re.compile(r"(?<![\w-])(?i:until|till)\s+$")
"""A deadline: "until mid-March", "till Friday"."""
UNRESOLVED: Any = object()
"""Returned for an anaphoric date with nothing to refer to: the candidate is dropped."""
ANCHOR_GRAINS = ("day", "month", "quarter", "half", "season", "year")


@dataclass
class Resolution:
    """What resolving one text's dates needs: R, the text's tense, the dates before."""

    ref: date | None
    tense: TextTense
    anchors: list[DateMatch]
    """Dates so far that do not themselves depend on an anchor (so errors do not chain)."""
    sentence: tuple[int, int] = (0, 0)
    """The sentence of the candidate being resolved."""

    def relation(self, candidate: Candidate) -> Relation:
        """The candidate's own "last"/"next"/"this", else its sentence's tense. A deadline
        in a past sentence ("gave the union until mid-March") is placed nearest: the
        past act opened a stretch that runs forward to it, so it may lie either side of R."""
        rel: Relation | None = candidate.fields.get("rel")
        if rel is not None:
            return rel
        relation = self.tense.relation(self.sentence, candidate.start, candidate.end)
        if candidate.fields.get("period_to"):
            # "the year to June": a fiscal period is reported after it closes (a past
            # sentence: the June before R) and forecast or targeted just before or after
            # (any other sentence, or one that names a forecast: the June nearest R)
            lo, hi = self.sentence
            if relation == "past" and not _FORECAST_RE.search(self.tense.text, lo, hi):
                return "past"
            return "nearest"
        if relation == "past" and _UNTIL_BEFORE_RE.search(
            self.tense.text, max(0, candidate.start - 8), candidate.start
        ):
            return "nearest"
        return relation

    def anchor(self, *, grains: tuple[str, ...] = ANCHOR_GRAINS, same_sentence: bool) -> str | None:
        """The value of the nearest earlier anchor date (in the sentence, or anywhere before)."""
        for match in reversed(self.anchors):
            if same_sentence and match.start < self.sentence[0]:
                return None
            if match.value is not None and value_grain(match.value) in grains:
                return match.value
        return None

    def labelled_year(self) -> str | None:
        """The nearest earlier year in the sentence that labels its figures: "fiscal 1990",
        "calendar 1991", or a year before a results noun ("1990 net income", "1990 export
        sales"); ``None`` when the sentence has none."""
        text = self.tense.text
        for match in reversed(self.anchors):
            if match.start < self.sentence[0]:
                return None
            if match.value is None or value_grain(match.value) != "year":
                continue
            if _YEAR_LABEL_RE.search(match.text) or _YEAR_FIGURES_AFTER_RE.match(text, match.end):
                return match.value
        return None

    def parallel_anchor(self, start: int) -> str | None:
        """ "… against 6.1 billion in the June quarter and 5.8 billion a year earlier":
        a count back joined by "and" to a compared period is a second comparison with the
        sentence's first period of that grain, not a year back from the compared one."""
        lo = self.sentence[0]
        inside = [
            match
            for match in self.anchors
            if lo <= match.start and match.end <= start and match.value is not None
        ]
        if len(inside) < 2:
            return None
        nearest = inside[-1]
        grain = value_grain(nearest.value or "")
        between = self.tense.text[nearest.end : start]
        if grain not in ANCHOR_GRAINS or len(between) > 40 or not _AND_RE.search(between):
            return None
        for match in inside[:-1]:
            if match.value != nearest.value and value_grain(match.value or "") == grain:
                return match.value
        if grain in _PERIOD_GRAINS:  # "for the quarter ended June 30, 1994 …"
            ended = self._ended_on((grain,))
            return ended if ended != nearest.value else None
        return None

    def reported(self, grains: tuple[str, ...] = ("quarter", "half")) -> str | None:
        """The period a results story reports on: the nearest earlier quarter or half that
        has ended by R. An outlook named since ("margins through the second quarter of 2031",
        "into the fourth quarter") is no reported period, so "the year-ago period" does not
        compare with it; with R unknown, the nearest one. A fiscal quarter the text says
        has ended ("the third quarter ended Sept. 28") counts whatever its calendar value.
        The quarter that just ended, if the story has named it, wins over a nearer one: the
        lede reports it, and a quarter named since is a comparison ("posted third-quarter
        gains … After a flat second quarter … the year-earlier period")."""
        just_ended = shift_unit(self.ref, "quarter", -1) if self.ref is not None else None
        found: str | None = None
        for match in reversed(self.anchors):
            if match.value is None or value_grain(match.value) not in grains:
                continue
            following = shift_value(match.value, value_grain(match.value), 1)
            parsed = VALUE_RE.match(following or "")
            if (
                self.ref is None
                or (parsed is not None and value_start(parsed) <= self.ref)
                or _ENDED_RE.match(self.tense.text, match.end) is not None
                or self._told_in_past(match)
            ):
                if match.value == just_ended:
                    return match.value
                found = found or match.value
        return found or self._ended_on(grains)

    def _ended_on(self, grains: tuple[str, ...]) -> str | None:
        """With no quarter or half named, the one the text names by its last day ("revenue
        for the quarter ended June 30, 2031"): the calendar quarter or half that day ends, the
        nearest such before the date being resolved."""
        text = self.tense.text
        for match in reversed(self.anchors):
            if match.value is None or value_grain(match.value) != "day":
                continue
            ended = _PERIOD_ENDED_BEFORE_RE.search(text, max(0, match.start - 30), match.start)
            if ended is None:
                continue
            day = date.fromisoformat(match.value)
            # only a month that ends a calendar quarter or half ("ended July 31" is fiscal)
            if ended["quarter"] and "quarter" in grains and day.month % 3 == 0:
                return quarter_value(day.year, day.month // 3)
            if ended["half"] and "half" in grains and day.month % 6 == 0:
                return half_value(day.year, day.month // 6)
        return None

    def _told_in_past(self, match: DateMatch) -> bool:
        """Whether a quarter's own sentence is in the past tense ("reported a decline in
        fourth-quarter earnings" in October): its results are out, so it has ended, a fiscal
        quarter ahead of the calendar's."""
        sentence = self.tense.sentence(match.start)
        return self.tense.relation(sentence, match.start, match.end) == "past"


def resolve(candidate: Candidate, resolution: Resolution) -> str | None:
    """The candidate's value by its family's resolver; ``None`` if it cannot be placed."""
    try:
        if is_anaphoric(candidate):
            value = ANAPHORIC[candidate.rule](candidate, resolution)
        elif resolution.ref is None:
            return None
        else:
            value = RESOLVERS[candidate.rule](candidate, resolution.ref, resolution)
    except (OverflowError, ValueError):
        return None  # off the calendar: R is at its edge ("tomorrow" after 9999-12-31)
    return value if value is UNRESOLVED else on_calendar(value)


def is_anaphoric(candidate: Candidate) -> bool:
    """Whether a candidate's value depends on an earlier date rather than on R alone."""
    if candidate.rule == "ago":
        # "a year ago" may be the reported period a year before (``_reported_year_before``):
        # resolved with the anaphors, and never itself an anchor for "the quarter"
        return candidate.fields["direction"] != "ago" or "results" in candidate.fields
    return candidate.rule in ANAPHORIC


# -- against R ---------------------------------------------------------------------------------
Resolver = Callable[[Candidate, date, Resolution], "str | None"]


def _month_day(c: Candidate, ref: date, r: Resolution) -> str | None:
    fields = c.fields
    value: str | None = None
    previous = r.anchors[-1].value if r.anchors else None
    if fields.get("month_of_previous") and previous is not None and len(previous) == 10:
        # "April 24 and 25", "August 4-19": the second day is in the first one's month and
        # year (placed apart, two days either side of a half-year from R could split)
        same_month = calendar_date(int(previous[:4]), int(previous[5:7]), fields["day"])
        if same_month is not None:
            return day_value(same_month)
    if "year_offset" in fields:  # "March 3 last year": that year's day, whatever the tense
        on = calendar_date(ref.year + fields["year_offset"], fields["month"], fields["day"])
        return None if on is None else day_value(on)
    if "weekday" in fields:
        value = resolve_weekday_date(ref, fields["month"], fields["day"], fields["weekday"])
    if value is None:
        value = resolve_month_day(ref, fields["month"], fields["day"], r.relation(c))
    if fields.get("week_of") and value is not None:
        return week_value(date.fromisoformat(value))  # "the week of March 6"
    return value


def _day_of_month(c: Candidate, ref: date, r: Resolution) -> str | None:
    """ "on the 29th": in the month of a date its sentence named before ("opened on May 20
    and closed on the 29th"), else placed near R by the tense, as a month-day is."""
    day = c.fields["day"]
    anchor = r.anchor(grains=("day", "month"), same_sentence=True)
    if anchor is not None:
        found = calendar_date(int(anchor[:4]), int(anchor[5:7]), day)
        return day_value(found) if found is not None else None
    return resolve_day_of_month(ref, day, r.relation(c))


def _weekday(c: Candidate, ref: date, r: Resolution) -> str | None:
    """ "Monday", "last Friday"; "the previous Friday": a week before the Friday the text
    named last ("closed at 2082 Friday, down 4.5% from the previous Friday"), else the
    latest before R; "the following Tuesday": the first Tuesday after the day the text named
    last ("the jury is chosen on Sunday, the trial opens the following Tuesday"), else as
    "Tuesday" is."""
    weekday = c.fields["weekday"]
    if c.fields.get("following"):
        anchor = r.anchor(grains=("day",), same_sentence=False)
        if anchor is None:
            return resolve_weekday(ref, weekday, r.relation(c))
        day = date.fromisoformat(anchor)
        return day_value(day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1))
    if not c.fields.get("previous"):
        return resolve_weekday(ref, weekday, r.relation(c))
    anchor = r.anchor(grains=("day",), same_sentence=False)
    if anchor is not None and date.fromisoformat(anchor).weekday() == weekday:
        return day_value(date.fromisoformat(anchor) - timedelta(days=7))
    return resolve_weekday(ref, weekday, "last")


def _quarter(c: Candidate, ref: date, r: Resolution) -> str | None:
    fields = c.fields
    if "year_offset" in fields:
        return quarter_value(ref.year + fields["year_offset"], fields["quarter"])
    just_ended = shift_unit(ref, "quarter", -1) or ""
    if just_ended.endswith(f"Q{fields['quarter']}"):
        # The quarter that just ended is reported in future tense ("expects to report
        # third-quarter profit") without being in the future itself.
        return just_ended
    return resolve_quarter(ref, fields["quarter"], r.relation(c))


def _half(c: Candidate, ref: date, r: Resolution) -> str | None:
    if "year_offset" in c.fields:
        return half_value(ref.year + c.fields["year_offset"], c.fields["half"])
    return resolve_half(ref, c.fields["half"], r.relation(c))


def _month_period(c: Candidate, ref: date, r: Resolution) -> str | None:
    """ "the June quarter", "the December half": as "the fourth quarter", "the first half"."""
    code = period_ending_in(ref.year, c.fields["month"], c.fields["unit"])
    number = {"rel": c.fields["rel"], c.fields["unit"]: int(code[-1])}
    if "year_offset" in c.fields:
        number["year_offset"] = c.fields["year_offset"]
    as_ordinal = Candidate(c.start, c.end, number, c.rule)
    return (_quarter if c.fields["unit"] == "quarter" else _half)(as_ordinal, ref, r)


def _decade(c: Candidate, ref: date, r: Resolution) -> str | None:
    """ "the '90s", "the nineties": the latest such decade."""
    digit = c.fields["decade_digit"]
    century = ref.year // 100
    if century * 100 + digit * 10 > ref.year:
        century -= 1
    return f"{century:02d}{digit}"


def _relative_unit(c: Candidate, ref: date, r: Resolution) -> str | None:
    """ "last year", "this summer", "the second half of next year", "this weekend"."""
    fields = c.fields
    unit, offset = fields["unit"], fields["offset"]
    if unit == "season":
        if offset == 0:
            return season_value(ref.year, fields["season"])
        return resolve_season(ref, fields["season"], RELATIONS[offset])
    if unit == "named_half":
        return half_value(ref.year + offset, fields["half"])
    if unit == "season_of_year":
        return season_value(ref.year + offset, fields["season"])
    if unit == "weekend":
        if offset == 0:
            return resolve_weekend(ref, r.tense.relation(r.sentence, c.start, c.end))
        return resolve_weekend(ref, RELATIONS[offset] if offset > 0 else "last")
    return shift_unit(ref, unit, offset)


RESOLVERS: dict[str, Resolver] = {
    "fixed": lambda c, ref, r: None,  # the reader always sets the value
    "month_day": _month_day,
    "day_of_month": _day_of_month,
    "holiday": lambda c, ref, r: resolve_holiday(ref, c.fields["holiday"], r.relation(c)),
    "weekend": lambda c, ref, r: resolve_weekend(ref, r.relation(c)),
    # "in the new year": the coming year, or R's own while it is new (January, February)
    "new_year": lambda c, ref, r: year_value(ref.year + (ref.month > 2)),
    "season": lambda c, ref, r: resolve_season(ref, c.fields["season"], r.relation(c)),
    "month_year": lambda c, ref, r: month_value(
        ref.year + c.fields["year_offset"], c.fields["month"]
    ),
    "month": lambda c, ref, r: resolve_month(ref, c.fields["month"], r.relation(c)),
    "month_period": _month_period,
    "weekday": _weekday,
    "relative_day": lambda c, ref, r: day_value(ref + timedelta(days=c.fields["days"])),
    "relative_unit": _relative_unit,
    "ago": lambda c, ref, r: shift_unit(ref, c.fields["unit"], -c.fields["amount"]),
    "quarter": _quarter,
    "half": _half,
    "decade": _decade,
    "period_of": lambda c, ref, r: shift_unit(ref, c.fields["unit"], c.fields.get("offset", 0)),
}
"""Resolvers that place a date against R, by the name the family table gives."""


# -- against an earlier date -------------------------------------------------------------------
AnaphoricResolver = Callable[[Candidate, Resolution], Any]


_FIGURE_RE = re.compile(r"[$€£¥#]\s?\d|\d\s?(?:%|(?:percent|per\s+cent|cents?|pence)\b)")
"""An amount of money or a percentage: what a results sentence compares."""


_MONTHS_SPAN_RE = re.compile(
    r"(?<![\w-])(?i:nine|six|eight|ten|eleven|twelve|9|6|12)[-\s]months?(?![\w-])"
    r"|(?<![\w-])(?i:year)[-\s]to[-\s]date(?![\w-])"
)
"""A results period longer than a quarter: "the first nine months", "six-month", "year to date"."""


def _months_span_year_before(r: Resolution) -> str | None:
    """In a sentence that reports a span of months ("In the first nine months, net rose to $30
    million from $25 million a year earlier"), the year before that of the reported period
    (or of R): no quarter or half is that span, and the year is its calendar. ``None`` in any
    other sentence."""
    lo, hi = r.sentence
    if _MONTHS_SPAN_RE.search(r.tense.text, lo, hi) is None:
        return None
    anchor = r.reported()
    year = int(anchor[:4]) if anchor is not None else r.ref.year if r.ref is not None else None
    return f"{year - 1:04d}" if year is not None and year > 1 else None


def _sentence_year_before(r: Resolution) -> str | None:
    """The year before the one its sentence reports, when the sentence names a year as its
    figures' period and names no quarter or half ("fiscal 1994 profit of 48 mln dlrs, up from
    41 mln dlrs a year ago": 1993); ``None`` otherwise (a year of another event, as in
    "founded in 1990", is no reported year)."""
    if r.anchor(grains=_PERIOD_GRAINS, same_sentence=True) is not None:
        return None
    year = r.labelled_year()
    return shift_value(year, "year", -1) if year is not None else None


def _reported_year_before(c: Candidate, r: Resolution) -> str | None:
    """ "a year ago"/"a year earlier" in a results sentence ("net of $2 million, up from $1
    million a year ago": a business word or a figure in it) of a story that has named the
    quarter or half it reports: that period one year before, as "the year-ago quarter" is.
    ``None`` otherwise."""
    if "results" not in c.fields:
        return None  # not "a year"
    lo, hi = r.sentence
    if not c.fields["results"] and _FIGURE_RE.search(r.tense.text, lo, hi) is None:
        return None
    span_year = _months_span_year_before(r) or _sentence_year_before(r)
    if span_year is not None:
        return span_year
    # a quarter or half its own sentence names is the one compared ("sales in the first half
    # fell to $8 million from $9 million a year ago"), whatever quarter the story leads with
    anchor = r.anchor(grains=_PERIOD_GRAINS, same_sentence=True) or r.reported()
    return shift_value(anchor, "year", -1) if anchor is not None else None


def _ago_from_anchor(c: Candidate, r: Resolution) -> str | None:
    """ "a year earlier", "a month earlier": from the date before, else from R; "a year
    ago" from R, or the reported period a year before."""
    fields = c.fields
    if fields["direction"] == "ago":
        reported = _reported_year_before(c, r)
        if reported is not None:
            return reported
        return shift_unit(r.ref, fields["unit"], -fields["amount"]) if r.ref else None
    sign = -1 if fields["direction"] == "earlier" else 1
    anchor = (fields["unit"] == "year" and r.parallel_anchor(c.start)) or r.anchor(
        same_sentence=True
    )
    if (
        fields["unit"] == "year"
        and anchor is not None
        and value_grain(anchor) not in _PERIOD_GRAINS
    ):
        # "the first half ending in June … a year earlier": the period, not its last month
        anchor = r.anchor(grains=_PERIOD_GRAINS, same_sentence=True) or anchor
    if anchor is None or value_grain(anchor) not in ("quarter", "half"):
        # a results sentence compares the reported period, not the day a period ended
        # ("for the quarter ended Sept. 29, up from $388.5 million a year earlier")
        reported = _reported_year_before(c, r)
        if reported is not None:
            return reported
    if anchor is None and sign > 0:
        anchor = r.anchor(same_sentence=False)
    if anchor is None:
        return shift_unit(r.ref, fields["unit"], sign * fields["amount"]) if r.ref else None
    return shift_value(anchor, fields["unit"], sign * fields["amount"])


def _reported_quarter(c: Candidate, r: Resolution) -> str | None:
    """ "the quarter": the quarter named before; "the latest quarter": the one the story
    reports; else the one that just ended."""
    if not c.fields["latest"]:
        anchor = r.anchor(grains=("quarter",), same_sentence=False)
    else:
        anchor = r.reported(("quarter",))
    if anchor is not None:
        return anchor
    return shift_unit(r.ref, "quarter", -1) if r.ref else None


def _anaphor(c: Candidate, r: Resolution) -> Any:
    """ "that year", "the following month": the unit of the date before, moved."""
    unit, offset = c.fields["unit"], c.fields["offset"]
    grains = {
        "year": ANCHOR_GRAINS,
        "month": ("day", "month"),
        "quarter": ("quarter",),
        "week": ("day",),
    }
    anchor = r.anchor(grains=grains[unit], same_sentence=False)
    if anchor is None:
        if offset == 0:
            return UNRESOLVED
        return shift_unit(r.ref, unit, offset) if r.ref else None
    parsed = VALUE_RE.match(anchor)
    return shift_unit(value_start(parsed), unit, offset) if parsed else None


def _year_ago(c: Candidate, r: Resolution) -> str | None:
    """ "year-ago", "year-earlier": the same period one year before the one compared.

    "period" and the bare adjective compare with the reported quarter or half, if any.
    """
    fields = c.fields
    if fields["unit"] in ("period", ""):
        span_year = _months_span_year_before(r)
        if span_year is not None:
            return span_year
    if fields["unit"] == "half" and "half" in fields:  # "the first half a year ago"
        anchor = r.reported()
        year = int(anchor[:4]) if anchor is not None else r.ref.year if r.ref is not None else None
        return half_value(year - 1, fields["half"]) if year is not None and year > 1 else None
    if fields["unit"] in ("period", ""):
        year_before = _sentence_year_before(r)
        if year_before is not None:  # "1994 net profit rose from year-ago 12 mln dlrs"
            return year_before
    if fields["unit"] in ("period", "half", ""):
        anchor = r.reported()
        if anchor is not None:
            return shift_value(anchor, "year", -1)
    if fields["unit"] == "quarter":
        anchor = r.reported(("quarter",))
        if anchor is None and r.ref is not None:
            anchor = shift_unit(r.ref, "quarter", -1)
        if anchor is not None and "quarter" in fields:
            anchor = quarter_value(int(anchor[:4]), fields["quarter"])
        return shift_value(anchor, "year", -1) if anchor else None
    anchor = r.anchor(same_sentence=True)
    if anchor is None:
        return shift_unit(r.ref, "year", -1) if r.ref else None
    return shift_value(anchor, "year", -1)


def _year_period(c: Candidate, r: Resolution) -> str:
    """ "the 1988 quarter", "the 1989 period": the quarter or half the story reports on
    (the one named before), in the year named; the year alone when none was named."""
    year = f"{c.fields['year']:04d}"
    lo, hi = r.sentence
    if _MONTHS_SPAN_RE.search(r.tense.text, lo, hi) is not None:
        return year  # "nine months, against $19 million in the 1988 period"
    anchor = r.reported()
    return year + anchor[4:] if anchor is not None else year


ANAPHORIC: dict[str, AnaphoricResolver] = {
    "year_period": _year_period,
    "ago": _ago_from_anchor,  # "earlier", and "a year ago": see is_anaphoric
    "reported_quarter": _reported_quarter,
    "anaphor": _anaphor,
    "year_ago_adjective": _year_ago,
}
"""Resolvers that place a date against an earlier one, by the name the family table gives."""
