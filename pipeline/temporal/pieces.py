"""The word lists of ``dates.json`` in the two shapes the grammar uses them in.

:class:`Lexicon` maps a matched word to what it means ("march" → 3, "third" → 3);
:class:`Pieces` holds the regex fragments the family table (``families.py``) writes its
patterns with, so a pattern reads ``{p.month_any}\\s*{p.day}`` rather than spelling out
every month. Both are built once per rule set.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.temporal.phrases import phrase_alternation
from pipeline.temporal.rules import DateRules

YEAR = r"(?:1[0-9]\d\d|20\d\d)"
"""A four-digit year the grammar reads as a year on its own (1000–2099)."""
YEAR_END = r"(?![\w%]|[.,]\d)"
"""What may not follow a year: a letter, "%", or a decimal part ("2025.5")."""
D12 = ("9", "99")
"""Trigger heads for a one- or two-digit number (see ``triggers.Trigger``)."""


def norm(words: str) -> str:
    """Lower case with single spaces: the key form of every phrase table."""
    return " ".join(words.lower().split())


class Lexicon:
    """Lookups from a matched word (lower case, single spaces) to its meaning."""

    def __init__(self, rules: DateRules) -> None:
        self.month_numbers = {k.lower(): v for k, v in rules.months.items()}
        self.month_numbers.update({k.lower(): v for k, v in rules.month_abbreviations.items()})
        self.weekday_numbers = {k.lower(): v for k, v in rules.weekdays.items()}
        self.number_words = {k.lower(): v for k, v in rules.number_words.items()}
        self.quarter_ordinals = {k.lower(): v for k, v in rules.quarter_ordinals.items()}
        self.half_ordinals = {k.lower(): v for k, v in rules.half_ordinals.items()}
        self.century_ordinals = {k.lower(): v for k, v in rules.century_ordinals.items()}
        self.day_ordinals = {k.lower(): v for k, v in rules.day_ordinals.items()}
        self.decade_words = {k.lower(): v for k, v in rules.decade_words.items()}
        self.seasons = {k.lower(): v for k, v in rules.seasons.items()}
        self.relative_days = {k.lower(): v for k, v in rules.relative_days.items()}
        self.relative_words = {norm(k): v for k, v in rules.relative_words.items()}
        self.ambiguous_months = {m.lower() for m in rules.ambiguous_months}
        self.first_name_months = {m.lower() for m in rules.first_name_months}
        self.holidays = {norm(k): v for k, v in rules.holidays.items()}
        self.weekday_name_prefixes = set(rules.weekday_name_prefixes)
        self.anaphors = {norm(k): v for k, v in rules.anaphors.items()}


@dataclass(frozen=True)
class Pieces:
    """Regex fragments of the word lists; named groups are the ones the readers read."""

    rules: DateRules
    month_any: str  # any month name, abbreviation ("Jan."), or capitals: group ``mon``
    month_full: str  # a full month name only: group ``mon``
    month_words: tuple[str, ...]  # trigger heads: every month name and abbreviation
    month_start: str  # lower-case month names, for a trigger's lookahead
    weekday: str
    day: str  # group ``day``: 1–31 with an optional "st", "nd" …
    year: str  # group ``year``
    rel: str  # "last", "this", "next", "the coming" …
    numbers: str  # "two", "a", "twelve" …
    q_ord: str
    h_ord: str
    seasons: str
    relative_days: str  # "yesterday", "Today", "TOMORROW"
    units: str  # "one" … "nine"
    below_100: str  # a spoken number below 100 ("ninety-six", "twelve")
    year_of: str  # " of 2024", " of this year", " of the fiscal year", " of FY25", " last year"
    unit_start: str  # lower-case unit words after a relative word, for a trigger
    anaphors: str  # "that", "the same", "the following" …
    reported_quarter_words: str  # "latest", "most recent", "just ended" …
    period_parts: str  # "end", "beginning" …
    period_positions: str  # "earlier", "late" …

    @classmethod
    def build(cls, rules: DateRules, lexicon: Lexicon) -> Pieces:
        months = list(rules.months)
        abbreviations = list(rules.month_abbreviations)
        month_names = months + [m.upper() for m in months] + abbreviations
        month_names += [a.upper() for a in abbreviations]
        month_names += [f"{a}." for a in abbreviations] + [f"{a.upper()}." for a in abbreviations]
        relative_days = list(rules.relative_days)
        relative_days += [w.capitalize() for w in relative_days]
        relative_days += [w.upper() for w in rules.relative_days]
        spoken = {v: k for k, v in lexicon.number_words.items() if " " not in k and k[0] != "a"}
        units = "|".join(spoken[n] for n in range(1, 10))
        teens = "|".join(spoken[n] for n in range(10, 20))
        tens = "|".join(spoken[n] for n in range(20, 100, 10))
        year = rf"(?P<year>{YEAR}){YEAR_END}"
        month_words = tuple(months + abbreviations)
        return cls(
            rules=rules,
            month_any=rf"(?<![\w.])(?P<mon>{phrase_alternation(month_names)})(?!\w)",
            # a bare month is not one before a hyphen ("May-based"), except a range's start
            # ("April-June": two dates, as TimeML writes them) or a month's end in Indian and
            # South Asian English ("by September-end", in the span: the month); in capitals
            # too, as wire headlines write it ("OUTPUT FELL IN NOVEMBER"), where the month
            # reader's context checks hold as in running text
            month_full=(
                rf"(?<![\w.])(?P<mon>{phrase_alternation(months + [m.upper() for m in months])})"
                rf"(?:-end\b|(?!\w|-(?!(?i:{phrase_alternation(months)})\b)))"
            ),
            month_words=month_words,
            month_start=phrase_alternation(word.lower() for word in month_words),
            weekday=phrase_alternation(list(rules.weekdays) + [w.upper() for w in rules.weekdays]),
            day=(
                r"(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
                rf"|(?:the\s+)?(?P<dayw>(?i:{phrase_alternation(rules.day_ordinals)}))(?![\w-]))"
            ),
            year=year,
            rel=phrase_alternation(rules.relative_words),
            numbers=phrase_alternation(
                list(rules.number_words) + [w.capitalize() for w in rules.number_words]
            ),
            q_ord=phrase_alternation(rules.quarter_ordinals),
            h_ord=phrase_alternation(rules.half_ordinals),
            seasons=phrase_alternation(
                list(rules.seasons) + [s.capitalize() for s in rules.seasons]
            ),
            relative_days=phrase_alternation(relative_days),
            units=units,
            below_100=rf"(?:(?:{tens})(?:[\s-](?:{units}))?|{teens}|{units})",
            year_of=(
                rf"\s+of\s+(?:(?:(?i:fiscal)\s+(?:year\s+)?|FY\s?['’]?)?{year}"
                r"|FY\s?['’]?(?P<ofyy>\d\d)(?![\w%]|[.,]\d)"
                r"|(?P<orel>this|last|next)\s+year\b"
                r"|(?P<ofy>the\s+(?:current\s+)?(?:fiscal\s+)?year)\b)"
                # "the third quarter last year", as "March last year" is one span
                r"|\s+(?P<lrel>this|last|next)\s+year\b(?![\w'’-])"
            ),
            anaphors=phrase_alternation(rules.anaphors),
            reported_quarter_words=phrase_alternation(rules.reported_quarter_words),
            period_parts=phrase_alternation(rules.period_parts),
            period_positions=phrase_alternation(rules.period_positions),
            unit_start=phrase_alternation(
                [
                    "week",
                    "month",
                    "year",
                    "quarter",
                    "decade",
                    "fiscal",
                    "financial",
                    "academic",
                    "school",
                ]
                + [word.lower() for word in [*rules.half_ordinals, *rules.seasons]]
            ),
        )
