"""The date grammar as a table: one entry per family of date expressions.

To add a family, add an entry here (and, when it needs context checks, a reader method in
``readers.py``; when its value depends on R, a resolver in ``resolve.py``). An entry says

- ``pattern``: the regex, written with the word-list fragments of :class:`Pieces` (``p``);
- ``triggers``: the words, numbers or quotes every match starts with, so one scan of the
  text finds where the family can match (see ``triggers.py``; a test checks the scan
  against running every pattern over whole texts);
- ``read``: the :class:`Readers` method that checks a match's context ("May" the month, not
  the verb) and parses it into candidates with fields;
- ``resolve``: the name of the resolver (``resolve.RESOLVERS``) that computes a value the
  text does not fix from R or from an earlier date ("fixed" when the text always fixes it);
- ``grain``: the granularity of the value, as TIMEX3 writes it ("unit": the one it names).

Order matters only for ties: overlapping candidates are settled longest first, then by start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pipeline.temporal.candidates import Candidate
from pipeline.temporal.phrases import phrase_alternation
from pipeline.temporal.pieces import D12, YEAR, YEAR_END, Pieces
from pipeline.temporal.readers import Readers
from pipeline.temporal.triggers import Trigger

Grain = Literal[
    "day", "weekend", "month", "quarter", "half", "season", "year", "decade", "century", "unit"
]
Reader = Callable[[Readers, re.Match[str], str], Iterable[Candidate]]


@dataclass(frozen=True)
class Family:
    """One family of date expressions (see the module docstring for each field)."""

    name: str
    pattern: Callable[[Pieces], str]
    triggers: Callable[[Pieces], tuple[Trigger, ...]]
    read: Reader
    resolve: str
    grain: Grain


FAMILIES: tuple[Family, ...] = (
    Family(
        "iso",  # 2024-01-19, 2024/1/19
        lambda p: (
            r"(?<![\w/.-])(?P<y>[12]\d{3})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d|[-/.]\d)"
        ),
        lambda p: (Trigger(("9999",), "[-/]"),),
        Readers.iso,
        "fixed",
        "day",
    ),
    Family(
        "numeric",  # 19/01/2024, 1/19/2024 (when day and month can be told apart), 30.06.2024
        lambda p: (
            r"(?<![\w/.-])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/|(?P<dd>\d\d)\.(?P<mm>\d\d)\.)"
            r"(?P<y>[12]\d{3})(?![\w/]|[-.]\d)"
        ),
        lambda p: (Trigger(D12, "/"), Trigger(("99",), r"\.\d\d\.")),
        Readers.numeric,
        "fixed",
        "day",
    ),
    Family(
        "month_day",  # May 22, Jan. 5, 2024, Friday, Oct. 23, March 3 last year
        lambda p: (
            rf"{p.month_any}\s*{p.day}(?:(?:\s*,\s*|\s+){p.year}"
            r"|\s+(?P<yrel>this|last|next)\s+year\b)?"
            r"(?!\w|\s*(?:%|percent\b))"
        ),
        lambda p: (Trigger(p.month_words, r"\b"),),
        Readers.month_day,
        "month_day",
        "day",
    ),
    Family(
        "day_month",  # 22 May 2023, the 22nd of May, 5 May this year
        lambda p: (
            rf"(?<![\w.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?"
            rf"\s+{p.month_any}(?:(?:\s*,)?\s+{p.year}|\s+(?P<yrel>this|last|next)\s+year\b)?"
        ),
        lambda p: (Trigger(D12, rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{p.month_start}"),),
        Readers.day_month,
        "month_day",
        "day",
    ),
    Family(
        "day_of_month",  # on the 29th, by the 3rd: R's month, or the month the sentence named
        lambda p: r"(?<![\w-])(?i:the)\s+(?P<day>3[01]|[12]\d|[1-9])(?P<suffix>(?i:st|nd|rd|th))\b",
        lambda p: (Trigger(("the",), r"\s+\d\d?(?:st|nd|rd|th)\b"),),
        Readers.day_of_month,
        "day_of_month",
        "day",
    ),
    Family(
        "month_year",  # February 2023, May of last year
        lambda p: (
            rf"{p.month_any}(?:\s+of)?(?:\s*,)?\s+(?:{p.year}|(?P<yrel>this|last|next)\s+year\b)"
        ),
        lambda p: (Trigger(p.month_words, r"\b"),),
        Readers.month_year,
        "month_year",
        "month",
    ),
    Family(
        "month",  # in May, last March
        lambda p: p.month_full,
        lambda p: (Trigger(tuple(p.rules.months), r"\b"),),
        Readers.month,
        "month",
        "month",
    ),
    Family(
        "weekday",  # Monday, last Friday
        lambda p: rf"(?<![\w-])(?P<wd>{p.weekday})\b(?!-)",
        lambda p: (Trigger(tuple(p.rules.weekdays), r"\b"),),
        Readers.weekday,
        "weekday",
        "day",
    ),
    Family(
        "relative_day",  # yesterday, today, tomorrow
        lambda p: rf"(?<![\w-])(?P<rd>{p.relative_days})\b(?!-)",
        lambda p: (Trigger(tuple(p.rules.relative_days), r"\b"),),
        Readers.relative_day,
        "relative_day",
        "day",
    ),
    Family(
        "relative_unit",  # last year, this week, the coming quarter, next summer
        lambda p: (
            rf"(?<![\w-])(?P<rel>(?i:{p.rel}))\s+(?P<unit>(?i:week(?:end)?|month|year"
            rf"|quarter|decade|(?:fiscal|financial|academic|school)\s+year|{p.h_ord}\s+half)"
            rf"|{p.seasons})\b(?!-)"
        ),
        lambda p: (Trigger(tuple(p.rules.relative_words), rf"\s+{p.unit_start}"),),
        Readers.relative_unit,
        "relative_unit",
        "unit",
    ),
    Family(
        "ago",  # two years ago, a week or so ago (from R); a year earlier (from a date)
        lambda p: (
            rf"(?<![\w-])(?P<n>{p.numbers}|\d{{1,3}})(?:\s+|-)(?P<unit>(?i:days?|weeks?"
            rf"|months?|years?|decades?))(?:\s+or\s+so)?\s+(?P<dir>(?i:ago|earlier|later|before))\b"
        ),
        lambda p: (
            Trigger(
                (*p.rules.number_words, *D12, "999"), r"(?:\s+|-)(?:day|week|month|year|decade)"
            ),
        ),
        Readers.ago,
        "ago",
        "unit",
    ),
    Family(
        "quarter",  # the third quarter (of 2024), this year's fourth quarter, first fiscal quarter
        lambda p: (
            # "last" is the fourth quarter only before "of" and a year ("the last quarter of
            # 2023"); "the last quarter" alone is the one before R's (a relative unit)
            rf"(?:(?<![\w-])|(?<=(?i:fiscal)-))(?P<ord>(?i:{p.q_ord}"
            r"|last(?=\s+(?:fiscal\s+)?quarter\s+of\s)))\s+(?:(?i:fiscal)\s+)?"
            r"(?i:quarter)\b(?!-)"
            rf"(?:{p.year_of}"
            rf"|(?:\s*,)?\s+(?P<year2>{YEAR}){YEAR_END})?"
        ),
        lambda p: (
            Trigger(tuple(p.rules.quarter_ordinals), r"\s+(?:fiscal\s+)?quarter"),
            Trigger(("last",), r"\s+(?:fiscal\s+)?quarter\s+of\s"),
        ),
        Readers.quarter,
        "quarter",
        "quarter",
    ),
    Family(
        "month_period",  # the June quarter, the December half (named by the month they end)
        lambda p: (
            rf"{p.month_any}(?:\s+{p.year})?\s+(?P<unit>(?i:quarter|half))\b(?!-)"
            rf"(?:\s+of\s+(?:(?P<ofyear>{YEAR}){YEAR_END}|(?P<orel>this|last|next)\s+year\b))?"
        ),
        lambda p: (Trigger(p.month_words, r"\.?\s+(?:\d{4}\s+)?(?:quarter|half)\b"),),
        Readers.month_period,
        "month_period",
        "unit",
    ),
    Family(
        "quarter_adjective",  # third-quarter, fiscal second-quarter
        lambda p: rf"(?<![\w-])(?P<ord>(?i:{p.q_ord}))-(?i:quarter)\b",
        lambda p: (Trigger(tuple(p.rules.quarter_ordinals), "-quarter"),),
        Readers.quarter_adjective,
        "quarter",
        "quarter",
    ),
    Family(
        "quarter_code",  # Q3 2024, 3Q, 2024 Q3, Q3 '24, Q3 FY24, 3Q24, FY24 Q3
        lambda p: (
            rf"(?<![\w-])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q(?P<yy2>\d\d)?)(?:\s*-?\s*(?:FY\s?)?{p.year}"
            rf"|\s*-?\s*FY\s?['’]?(?P<fyy>\d\d)|\s*['’](?P<yy>\d\d)\b"
            rf"|\s+(?P<qrel>this|last|next)\s+year\b(?!['’]))?(?![\w-])"
            rf"|(?<![\w-])(?P<year3>{YEAR})\s*-?\s*Q(?P<q3>[1-4])\b"
            rf"|(?<![\w-])FY\s?['’]?(?:(?P<fyear4>{YEAR})|(?P<fyy4>\d\d))\s*-?\s*Q(?P<q4>[1-4])\b"
        ),
        lambda p: (
            Trigger(("q",), "[1-4]"),
            Trigger(("9",), "q"),
            Trigger(("9999",), r"\s*-?\s*q"),
            Trigger(("fy",), r"\s?['’]?\d+\s*-?\s*q[1-4]"),
        ),
        Readers.quarter_code,
        "quarter",
        "quarter",
    ),
    Family(
        "half",  # the first half of 2025, the second half, first-half, the first two quarters
        lambda p: (
            rf"(?<![\w-])(?P<ord>(?i:{p.h_ord}))(?:(?P<sep>\s+|-)(?i:half)\b"
            rf"|\s+(?P<quarters>(?i:two\s+quarters))\b)(?:{p.year_of})?"
        ),
        lambda p: (Trigger(tuple(p.rules.half_ordinals), r"(?:(?:\s+|-)half|\s+two\s+quarters)"),),
        Readers.half,
        "half",
        "half",
    ),
    Family(
        "half_code",  # H2 2024, 2024 H2, H1 FY25, 1H24, FY2025 H2
        lambda p: (
            rf"(?<![\w-])(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*-?\s*(?:FY\s?)?{p.year}"
            rf"|\s*-?\s*FY\s?['’]?(?P<fyy>\d\d)(?![\w-])|(?<=H)(?P<yy>\d\d)(?![\w-])"
            rf"|\s+(?P<hrel>this|last|next)\s+year\b(?![\w'’-]))"
            rf"|(?<![\w-])(?P<year3>{YEAR})\s*-?\s*H(?P<h3>[12])\b"
            rf"|(?<![\w-])FY\s?['’]?(?:(?P<fyear4>{YEAR})|(?P<fyy4>\d\d))\s*-?\s*H(?P<h4>[12])\b"
        ),
        lambda p: (
            Trigger(("h",), "[12]"),
            Trigger(("9",), "h"),
            Trigger(("9999",), r"\s*-?\s*h"),
            Trigger(("fy",), r"\s?['’]?\d+\s*-?\s*h[12]"),
        ),
        Readers.half_code,
        "half",  # "H1 next year" needs R; every other code sets its value
        "half",
    ),
    Family(
        "decade",  # the 1990s, the '90s, the nineties
        lambda p: (
            r"(?<![\w'’])(?<!\d-)(?:(?P<dec>(?:1\d|20)\d0)['’]?s|['’](?P<dd>\d0)['’]?s)\b"
            r"|(?<![\w'’.$-])(?P<d2>[2-9]0)['’]?s\b"  # "the 90's", "the 1950s and 60s"
            rf"|(?<![\w-])(?P<dw>(?i:{phrase_alternation(p.rules.decade_words)}))\b"
        ),
        lambda p: (
            Trigger(("9999",), r"['’]?s"),
            Trigger(("99",), r"['’]?s"),
            Trigger(("'", "’"), r"\d0"),
            Trigger(tuple(p.rules.decade_words), r"\b"),
        ),
        Readers.decade,
        "decade",
        "decade",
    ),
    Family(
        "century",  # the 20th century, the twenty-first century
        lambda p: (
            r"(?<![\w-])(?:(?P<n>[1-9]|1\d|2[0-2])(?:st|nd|rd|th)"
            rf"|(?P<nw>(?i:{phrase_alternation(p.rules.century_ordinals)})))[\s-](?i:century)\b"
        ),
        lambda p: (
            Trigger(D12, r"(?:st|nd|rd|th)[\s-]century"),
            Trigger(tuple(p.rules.century_ordinals), r"[\s-]century"),
        ),
        Readers.century,
        "fixed",
        "century",
    ),
    Family(
        "fiscal_year",  # fiscal 2024, fiscal year 2024, financial year 2024, FY24, fiscal '97
        # (and "calendar 1993", "calendar year 2024": the year named, as results and
        # statistics releases set it apart from a fiscal one)
        lambda p: (
            rf"(?<![\w-])(?:(?:(?i:fiscal|calendar)(?:\s+(?i:year))?|(?i:financial\s+year))"
            rf"\s+(?:{p.year}|['’](?P<ayy>\d\d))"
            rf"|FY\s?['’]?(?:(?P<fyear>{YEAR})|(?P<yy>\d\d)))(?![\w%]|[.,]\d)"
        ),
        lambda p: (
            Trigger(("fiscal",), r"\s"),
            Trigger(("calendar",), r"\s"),
            Trigger(("financial",), r"\s+year\s"),
            Trigger(("fy",), r"\s?['’]?\d"),
        ),
        Readers.fiscal_year,
        "fixed",
        "year",
    ),
    Family(
        "season",  # summer 2023, the summer of 2023
        lambda p: rf"(?<![\w-])(?P<season>{p.seasons})\b(?!-)(?:\s+(?:of\s+)?{p.year})?",
        lambda p: (Trigger(tuple(p.rules.seasons), r"\b"),),
        Readers.season,
        "season",
        "season",
    ),
    Family(
        "period_of",  # the end of the year, year-end, earlier in the month, later in the week
        lambda p: (
            rf"(?i:(?<!\w)the\s+(?:very\s+)?{p.period_parts}\s+of"
            r"\s+(?:the|this)\s+(?P<unit>year|month|week|decade)\b"
            r"|(?<![\w-])(?P<unit2>year|month)[\s-]end\b|(?<![\w-])year['’]s\s+end\b"
            rf"|(?<![\w-]){p.period_positions}\s+in\s+the\s+(?P<unit3>year|month|week)\b)"
            rf"(?:\s+{p.year})?"
        ),
        lambda p: (
            Trigger(("the",), rf"\s+(?:very\s+)?{p.period_parts.lower()}\s"),
            Trigger(("year", "month"), r"[\s-]end"),
            Trigger(("year",), r"['’]s\s+end"),
            Trigger(tuple(p.rules.period_positions), r"\s+in\s+the\s"),
        ),
        Readers.period_of,
        "period_of",
        "unit",
    ),
    Family(
        "year_ago_adjective",  # year-earlier, the year-ago quarter, the prior year quarter
        lambda p: (
            rf"(?<![\w-])(?:(?i:year)-(?i:earlier|ago)\b"
            # "the year ago quarter": unhyphenated only between "the" and the period's noun
            r"|(?<=\b[Tt]he\s)(?i:year)\s+(?i:earlier|ago)(?=\s+(?i:quarter|period|half)\b)"
            rf"|(?P<prior>(?i:prior|previous)[\s-](?i:year)"
            rf"(?=\s+(?:(?i:fiscal)\s+)?(?:(?i:{p.q_ord})\s+)?(?i:quarter|period|half)\b)))"
            rf"(?:\s+(?:(?i:fiscal)\s+)?"
            rf"(?:(?P<ord>(?i:{p.q_ord}))\s+)?(?P<unit>(?i:quarter|period|half))\b)?"
        ),
        lambda p: (
            Trigger(("year",), "-(?:earlier|ago)"),
            Trigger(("year",), r"\s+(?:earlier|ago)\s+(?:quarter|period|half)\b"),
            Trigger(("prior", "previous"), r"[\s-]year\s"),
        ),
        Readers.year_ago_adjective,
        "year_ago_adjective",
        "unit",
    ),
    Family(
        "compared_period",  # the quarter a year ago, the same period last year
        lambda p: (
            rf"(?<![\w-])(?i:the\s+(?:(?:{phrase_alternation(p.rules.comparison_words)})\s+)?"
            r"(?:(?P<noun>quarter|period|half|three\s+months)\s+(?:a\s+year\s+(?:ago|earlier)"
            r"|(?:of\s+)?last\s+year(?!['’])|of\s+the\s+(?:prior|previous)\s+year)"
            # "the fourth quarter a year earlier": a named quarter or half of the year before
            rf"|(?P<ord>{p.q_ord})\s+(?:fiscal\s+)?(?P<unit>quarter|half)\s+a\s+year\s+(?:ago|earlier)"
            # "the previous corresponding period" (Australian and New Zealand results): the
            # same period of the year before
            r"|(?:previous|prior)\s+corresponding\s+(?P<pcp>quarter|period|half))"
            r"|last\s+year['’]s\s+(?:quarter|period))\b(?!-)"
        ),
        lambda p: (
            Trigger(
                ("the",),
                rf"\s+(?:(?:{phrase_alternation(p.rules.comparison_words)})\s+)?"
                r"(?:quarter|period|half|three\s+months)\s+(?:a\s+year|of\s+last|last|of\s+the)",
            ),
            Trigger(
                ("the",),
                rf"\s+(?:{p.q_ord.lower()})\s+(?:fiscal\s+)?(?:quarter|half)\s+a\s+year\s",
            ),
            Trigger(("the",), r"\s+(?:previous|prior)\s+corresponding\s+(?:quarter|period|half)"),
            Trigger(("last",), r"\s+year['’]s\s+(?:quarter|period)"),
        ),
        Readers.compared_period,
        "year_ago_adjective",
        "unit",
    ),
    Family(
        "anaphor",  # that year, the following year, the same month, the previous week
        lambda p: (
            rf"(?<![\w-])(?P<a>(?i:{p.anaphors}))\s+(?:(?:fiscal|financial)\s+(?=year\b))?"
            r"(?P<unit>year|month|quarter|week)\b(?!-)"
        ),
        lambda p: (
            Trigger(
                tuple(p.rules.anaphors),
                r"\s+(?:(?:fiscal|financial)\s+)?(?:year|month|quarter|week)\b",
            ),
        ),
        Readers.anaphor,
        "anaphor",
        "unit",
    ),
    Family(
        "anaphor_after",  # the year before, the month after: "the previous year", the other way
        lambda p: (
            r"(?<![\w-])(?i:the)\s+(?P<unit>year|month|quarter|week)\s+"
            r"(?P<side>before|after|earlier|later)\b"
        ),
        lambda p: (
            Trigger(("the",), r"\s+(?:year|month|quarter|week)\s+(?:before|after|earlier|later)\b"),
        ),
        Readers.anaphor_after,
        "anaphor",
        "unit",
    ),
    Family(
        "reported_quarter",  # the quarter, the latest quarter, the latest period (results)
        lambda p: (
            rf"(?<![\w-])(?i:the)\s+(?:(?P<latest>{p.reported_quarter_words})\s+"
            r"|(?i:current)[\s-](?i:year)\s+)?"  # "the current year quarter": this year's
            r"(?:(?i:fiscal)\s+)?(?:quarter|(?P<period>period))\b(?![\w-]|\s+(?:of|century)\b)"
        ),
        lambda p: (
            Trigger(
                ("the",),
                rf"\s+(?:{p.reported_quarter_words.lower()}\s+|current[\s-]year\s+)?"
                r"(?:fiscal\s+)?(?:quarter|period)\b",
            ),
        ),
        Readers.reported_quarter,
        "reported_quarter",
        "quarter",
    ),
    Family(
        "year_period",  # the 1988 quarter, the 1989 period (results), the 2019 fiscal year
        lambda p: (
            rf"(?<![\w-])(?i:the)\s+(?P<year>{YEAR})\s+"
            r"(?P<unit>(?i:quarter|period|(?P<fiscal>fiscal|financial)\s+year))\b(?!-)"
        ),
        lambda p: (
            Trigger(("the",), r"\s+\d{4}\s+(?:quarter|period|(?:fiscal|financial)\s+year)\b"),
        ),
        Readers.year_period,
        "year_period",
        "unit",
    ),
    Family(
        "results_year",  # sales for the full year, a high for the year (results and markets)
        lambda p: (
            r"(?<![\w-])(?i:the)\s+(?:(?P<kind>(?i:full|fiscal|financial))\s+)?"
            r"(?P<unit>year|week)\b(?![\w-]|['’]s\s+end\b)"  # lower case: not "Car of the Year"
        ),
        lambda p: (Trigger(("the",), r"\s+(?:(?:full|fiscal|financial)\s+)?(?:year|week)\b"),),
        Readers.results_year,
        "period_of",
        "unit",
    ),
    Family(
        "weekend",  # the weekend
        lambda p: r"(?<![\w-])(?i:the)\s+weekend\b(?!-)",
        lambda p: (Trigger(("the",), r"\s+weekend\b"),),
        Readers.weekend,
        "weekend",
        "weekend",
    ),
    Family(
        "new_year",  # in the new year: the year about to begin
        lambda p: r"(?<![\w-])(?i:the)\s+(?i:new)\s+(?i:year)\b(?![\w-]|['’]s)",
        lambda p: (Trigger(("the",), r"\s+new\s+year\b"),),
        Readers.new_year,
        "new_year",
        "year",
    ),
    Family(
        "holiday",  # Christmas, Thanksgiving Day 2023, last Thanksgiving
        lambda p: (
            rf"(?<![\w-])(?P<name>{phrase_alternation(p.rules.holidays)})(?![\w-])"
            rf"(?:(?:\s*,)?\s+{p.year})?"
        ),
        lambda p: (Trigger(tuple(p.rules.holidays)),),
        Readers.holiday,
        "holiday",
        "day",
    ),
    Family(
        "spoken_year",  # nineteen ninety-six, two thousand and one
        lambda p: (
            rf"(?<![\w-])(?i:(?P<century>nineteen|eighteen)\s+(?:hundred"
            rf"(?:\s+and\s+{p.below_100})?|oh[\s-]+(?:{p.units})|{p.below_100})"
            rf"|(?P<millennium>two\s+thousand)(?:\s+and)?(?:\s+{p.below_100})?)(?![\w-])"
        ),
        lambda p: (Trigger(("nineteen", "eighteen"), r"\s"), Trigger(("two thousand",))),
        Readers.spoken_year,
        "fixed",
        "year",
    ),
    Family(
        "year",  # 2025, in 1960, 2023-24
        lambda p: (
            rf"(?<![\w$€£¥#@/\\'’.:])(?<!\d-)(?<!\d–){p.year}"
            r"(?:\s*[-–/]\s*(?P<y2>\d\d(?:\d\d)?)(?![\w%]|[.,]\d))?"
        ),
        lambda p: (Trigger(("9999",)),),
        Readers.year,
        "fixed",
        "year",
    ),
)
