"""TIMEX3-style values: small pure functions, each one rule of the annotation brief.

Everything here works on ``datetime.date`` and ``str`` values. Resolution follows the brief:
a weekday or a month without a year is the latest one on or before R unless its sentence
puts it in the future; a value keeps the expression's own grain. A value that would fall off
the calendar (R = 9999-12-31 and "tomorrow") is ``None``: see :func:`on_calendar`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Relation = Literal["past", "future", "nearest", "last", "next", "this"]
"""How a cyclic date (weekday, month, quarter …) without a year relates to R.

``past``/``future`` come from the sentence's tense (the brief's rule: on or before R, or the
next one on or after R when the sentence is about the future); ``nearest`` when the sentence
has no tense cue or only a present one ("the council reconvenes Feb. 12", "has set Nov. 10 as
the deadline"): a present sentence names the occurrence closest to R, and a past one is the
wrong guess for schedules and deadlines. ``last``/``next``/``this`` come from a modifier.
"""

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month each TIMEX3 season code begins in (the northern year); a season is three
months, so winter runs into the next year's February."""


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date, or ``None`` when it is not on the calendar (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_value(year: int) -> str | None:
    return f"{year:04d}" if 1 <= year <= 9999 else None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    """ISO week of ``day``, as TIMEX3 writes it (``2024-W05``)."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def half_value(year: int, half: int) -> str:
    return f"{year:04d}-H{half}"


def period_ending_in(year: int, month: int, unit: str) -> str:
    """The quarter or half of ``year`` that ends in ``month`` ("the June quarter" of 2024 is
    ``2024-Q2``, "the December half" ``2024-H2``)."""
    if unit == "quarter":
        return quarter_value(year, (month - 1) // 3 + 1)
    return half_value(year, (month - 1) // 6 + 1)


def season_value(year: int, season: str) -> str:
    return f"{year:04d}-{season}"


def _cyclic_year(item: int, current: int, relation: Relation, cycle: int = 0) -> int:
    """Year offset (-1, 0, +1) of a cyclic item (month, quarter …) relative to R's item.

    ``nearest`` needs the ``cycle`` length (12 for months): the item at most half a cycle
    away, the earlier one on a tie. Without a cycle it is read as ``past``, the guideline's
    rule for a present sentence, which quarters, halves and seasons keep.
    """
    if relation == "nearest" and cycle:
        if 2 * (item - current) > cycle or (2 * (item - current) == cycle):
            return -1
        return 1 if 2 * (current - item) > cycle else 0
    if relation in ("past", "nearest"):
        return 0 if item <= current else -1
    if relation == "future":
        return 0 if item >= current else 1
    if relation == "last":
        return 0 if item < current else -1
    if relation == "next":
        return 0 if item > current else 1
    return 0


def resolve_weekday(ref: date, weekday: int, relation: Relation) -> str:
    """A weekday: the latest on or before R, or (future) the first on or after R.

    R's own weekday is R in either tense (news names the day, not "today": "will meet
    Thursday" written on a Thursday is that day). ``nearest`` is the one at most three days
    away; ``next`` the first strictly after R, ``last`` the latest strictly before R, ``this``
    the one in R's ISO week.
    """
    current = ref.weekday()
    if relation == "past":
        offset = -((current - weekday) % 7)
    elif relation == "future":
        offset = (weekday - current) % 7
    elif relation == "nearest":
        offset = (weekday - current + 3) % 7 - 3
    elif relation == "next":
        offset = (weekday - current - 1) % 7 + 1
    elif relation == "last":
        offset = -((current - weekday - 1) % 7 + 1)
    else:
        offset = weekday - current
    return day_value(ref + timedelta(days=offset))


def resolve_month(ref: date, month: int, relation: Relation) -> str:
    """A month without a year: the latest on or before R's month, or the next one."""
    return month_value(ref.year + _cyclic_year(month, ref.month, relation, 12), month)


def resolve_month_day(ref: date, month: int, day: int, relation: Relation) -> str | None:
    """A month and day without a year, by the month rule at day grain; ``None`` if no date.

    ``nearest``: the one of R's year and the years either side closest to R (earlier on a tie).
    """
    if relation == "nearest":
        found = [
            day_found
            for year in (ref.year - 1, ref.year, ref.year + 1)
            if (day_found := calendar_date(year, month, day)) is not None
        ]
        if not found:
            return None
        return day_value(min(found, key=lambda item: (abs((item - ref).days), item)))
    offset = _cyclic_year(month * 100 + day, ref.month * 100 + ref.day, relation)
    resolved = calendar_date(ref.year + offset, month, day)
    return day_value(resolved) if resolved else None


def resolve_day_of_month(ref: date, day: int, relation: Relation) -> str | None:
    """A day of the month named alone ("on the 29th"), in R's month or a month either side:
    the latest on or before R (past), the first on or after R (future), R's month (``this``),
    else the nearest, the earlier on a tie; ``None`` if no such month has that day."""
    found: list[date] = []
    for step in (-1, 0, 1):
        month_index = ref.year * 12 + ref.month - 1 + step
        day_found = calendar_date(month_index // 12, month_index % 12 + 1, day)
        if day_found is not None and (relation != "this" or step == 0):
            found.append(day_found)
    if relation in ("past", "last"):
        found = [item for item in found if item <= ref][-1:]
    elif relation in ("future", "next"):
        found = [item for item in found if item >= ref][:1]
    if not found:
        return None
    return day_value(min(found, key=lambda item: (abs((item - ref).days), item)))


def resolve_quarter(ref: date, quarter: int, relation: Relation) -> str:
    current = (ref.month - 1) // 3 + 1
    return quarter_value(ref.year + _cyclic_year(quarter, current, relation), quarter)


def resolve_half(ref: date, half: int, relation: Relation) -> str:
    current = 1 if ref.month <= 6 else 2
    return half_value(ref.year + _cyclic_year(half, current, relation), half)


def resolve_season(ref: date, season: str, relation: Relation) -> str:
    start = SEASON_START[season]
    return season_value(ref.year + _cyclic_year(start, ref.month, relation), season)


def resolve_weekend(ref: date, relation: Relation) -> str:
    """The weekend (TIMEX3 ``YYYY-Www-WE``): the latest one, or the next in the future."""
    if relation == "nearest":
        relation = "past"  # "the weekend" with no tense cue is the one just gone
    saturday = date.fromisoformat(resolve_weekday(ref, 5, relation))
    if relation == "future" and ref.weekday() == 5:
        saturday = ref + timedelta(days=7)
    if relation == "past" and ref.weekday() == 6:
        saturday = ref - timedelta(days=1)
    return week_value(saturday) + "-WE"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def holiday_date(year: int, spec: str) -> date | None:
    """The date of a holiday in ``year`` by its rule: ``"12-25"``; ``"11-Thursday-4"`` (the
    4th Thursday); ``"05-Monday-last"``; ``"11-Monday-1+1"`` (the day after the first
    Monday: US Election Day); ``"easter-2"`` (Good Friday)."""
    if spec.startswith("easter"):
        if not 1583 <= year <= 9999:
            return None  # the Gregorian computus
        shift = int(spec[len("easter") :] or 0)
        try:
            return easter_sunday(year) + timedelta(days=shift)
        except OverflowError:
            return None
    parts = spec.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return calendar_date(year, month, int(parts[1]))
    nth, _, extra = parts[2].partition("+")
    first = calendar_date(year, month, 1)
    if first is None:
        return None
    weekday = _WEEKDAYS.index(parts[1].lower())
    try:
        if nth == "last":  # back from the first of the next month to the weekday
            following = first + relativedelta(months=1)
            found = following - timedelta(days=(following.weekday() - weekday) % 7 or 7)
        else:
            found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(nth) - 1))
        found += timedelta(days=int(extra or 0))
    except OverflowError:
        return None
    return found if found.month == month else None


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    golden, century, rest = year % 19, year // 100, year % 100
    leap_skips, century_rest = divmod(century, 4)
    moon = (8 * century + 13) // 25
    epact = (19 * golden + century - leap_skips - moon + 15) % 30
    quarter, rest_rest = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * quarter - epact - rest_rest) % 7
    shift = (golden + 11 * epact + 19 * weekday) // 433
    month = (epact + weekday - 7 * shift + 90) // 25
    return date(year, month, (epact + weekday - 7 * shift + 33 * month + 19) % 32)


def resolve_holiday(ref: date, spec: str, relation: Relation) -> str | None:
    """A holiday without a year, by the month rule: the latest on or before R, or the next."""
    this_year = holiday_date(ref.year, spec)
    if this_year is None:
        return None
    if relation == "nearest":
        years = [year for year in (ref.year - 1, ref.year + 1) if holiday_date(year, spec)]
        found = [this_year] + [day for year in years if (day := holiday_date(year, spec))]
        return day_value(min(found, key=lambda item: (abs((item - ref).days), item)))
    if relation == "past":
        year = ref.year if this_year <= ref else ref.year - 1
    elif relation == "future":
        year = ref.year if this_year >= ref else ref.year + 1
    elif relation == "last":
        year = ref.year if this_year < ref else ref.year - 1
    elif relation == "next":
        year = ref.year if this_year > ref else ref.year + 1
    else:
        year = ref.year
    found = holiday_date(year, spec)
    return day_value(found) if found else None


def resolve_weekday_date(ref: date, month: int, day: int, weekday: int) -> str | None:
    """ "Friday, Oct. 23" without a year: the year (R's, or one either side) that fits."""
    fits = [
        found
        for year in (ref.year - 1, ref.year, ref.year + 1)
        if (found := calendar_date(year, month, day)) is not None and found.weekday() == weekday
    ]
    return day_value(min(fits, key=lambda found: abs(found - ref))) if fits else None


def shift_unit(ref: date, unit: str, amount: int) -> str | None:
    """R moved by ``amount`` units, written at that unit's grain ("last year", "two weeks ago")."""
    try:
        if unit == "day":
            return day_value(ref + timedelta(days=amount))
        if unit == "week":
            return week_value(ref + timedelta(weeks=amount))
        if unit == "weekend":
            return resolve_weekend(ref + timedelta(weeks=amount), "this")
        if unit == "month":
            moved = ref + relativedelta(months=amount)
            return month_value(moved.year, moved.month)
        if unit == "quarter":
            moved = ref + relativedelta(months=3 * amount)
            return quarter_value(moved.year, (moved.month - 1) // 3 + 1)
        if unit == "half":
            moved = ref + relativedelta(months=6 * amount)
            return half_value(moved.year, 1 if moved.month <= 6 else 2)
        if unit == "year":
            return year_value(ref.year + amount)
        if unit == "decade":
            return f"{(ref.year + 10 * amount) // 10:03d}"
    except (OverflowError, ValueError):
        return None
    return None


VALUE_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|W(?P<week>\d{2})(?P<we>-WE)?|(?P<season>SP|SU|FA|WI)))?$"
)


def value_grain(value: str | None) -> str | None:
    """The grain of a value this module writes: day, week, month, quarter, half, season, year."""
    if value is None:
        return None
    match = VALUE_RE.match(value)
    if match is None:
        return None
    for grain in ("day", "week", "month", "quarter", "half", "season"):
        if match[grain]:
            return grain
    return "year"


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """A value moved by ``amount`` units, keeping its own grain when it is finer than the unit.

    Anaphoric dates use this: "a year earlier" than ``1989-Q3`` is ``1988-Q3``; "the
    following year" after ``1996-05`` is ``1997``.
    """
    match = VALUE_RE.match(value)
    if match is None:
        return None
    year = int(match["year"])
    try:
        if unit == "year":
            if match["day"]:
                moved = date(year, int(match["month"]), int(match["day"])) + relativedelta(
                    years=amount
                )
                return day_value(moved)
            if match["week"]:
                return f"{year + amount:04d}-W{match['week']}{match['we'] or ''}"
            return f"{year + amount:04d}" + value[4:]
        start = value_start(match)
        if unit in ("month", "week", "day") and value_grain(value) in ("year", "half", "season"):
            return None
        return shift_unit(start, unit, amount)
    except (OverflowError, ValueError):
        return None


def value_start(match: re.Match[str]) -> date:
    year = int(match["year"])
    if match["day"]:
        return date(year, int(match["month"]), int(match["day"]))
    if match["month"]:
        return date(year, int(match["month"]), 1)
    if match["quarter"]:
        return date(year, 3 * int(match["quarter"]) - 2, 1)
    if match["half"]:
        return date(year, 6 * int(match["half"]) - 5, 1)
    if match["week"]:
        return date.fromisocalendar(year, int(match["week"]), 1)
    if match["season"]:
        return date(year, SEASON_START[match["season"]], 1)
    return date(year, 1, 1)


def two_digit_year(digits: int) -> int:
    """The full year of "'24" or "FY24": 2000–2049 for 00–49, else 1950–1999."""
    return (2000 if digits < 50 else 1900) + digits


_ON_CALENDAR = re.compile(r"\d{2,3}|" + VALUE_RE.pattern.strip("^$"))
"""What a resolved value may look like: a century or decade, or a year in 0001–9999 with its
finer part. At the calendar's edges arithmetic gives "10000-01" or "-19"; those are no date."""


def on_calendar(value: str | None) -> str | None:
    """``value`` if it is a value the contract can hold, else ``None`` (no date to give)."""
    if value is None or not _ON_CALENDAR.fullmatch(value) or value.startswith("0000"):
        return None
    return value
