"""The rule data of ``dates.json``: one strict model per section, so a typo fails loudly.

Every word list the date grammar is built from lives in ``pipeline/rules/dates.json``; these
models say what each list may hold. ``extra="forbid"`` makes a misspelt key an error that
names its location instead of a list silently ignored, and every list is required, so the
error also names the key the typo left out (a default would have switched its rule off).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

MonthNumber = Annotated[int, Field(ge=1, le=12)]
WeekdayNumber = Annotated[int, Field(ge=0, le=6)]
Season = Literal["SP", "SU", "FA", "WI"]


HOLIDAY_SPEC = (
    r"^(?:\d{2}-(?:\d{2}|[A-Z][a-z]+day-(?:[1-5]|last)(?:\+[1-6])?)|easter(?:[+-]\d{1,2})?)$"
)
"""What a holiday's date rule looks like (see ``values.holiday_date``)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatelineRules(_Strict):
    """Where the reference-date component looks for a dateline, and the labels it trusts."""

    max_chars: int = Field(default=300, ge=1)
    max_lines: int = Field(default=5, ge=1)
    max_date_line_chars: int = Field(default=80, ge=1)
    labels: list[str]
    weekday_abbreviations: list[str]
    """ "Fri., Jan. 19, 2024": weekday forms a dateline may put before its date."""


class CalendarNames(_Strict):
    months: dict[str, MonthNumber]
    month_abbreviations: dict[str, MonthNumber]
    weekdays: dict[str, WeekdayNumber]


class ReferenceDateRules(CalendarNames):
    """The part of ``dates.json`` the reference-date component needs."""

    dateline: DatelineRules


class DateRules(CalendarNames):
    """The whole of ``dates.json``: every word list the date grammar is built from."""

    ambiguous_months: list[str]
    first_name_months: list[str]
    """Months that are also first names: opening a headline in capitals before another
    capitalised word ("JUNE VELLMARK JOINS BOARD") they stay a name."""
    month_context_words: list[str]
    weekday_name_prefixes: list[str]
    number_words: dict[str, Annotated[int, Field(ge=1)]]
    quarter_ordinals: dict[str, Annotated[int, Field(ge=1, le=4)]]
    half_ordinals: dict[str, Annotated[int, Field(ge=1, le=2)]]
    century_ordinals: dict[str, Annotated[int, Field(ge=1, le=30)]]
    day_ordinals: dict[str, Annotated[int, Field(ge=1, le=31)]]
    """Spoken days of the month, as transcripts write them ("March eighth")."""
    decade_words: dict[str, Annotated[int, Field(ge=0, le=9)]]
    seasons: dict[str, Season]
    relative_days: dict[str, int]
    relative_words: dict[str, Annotated[int, Field(ge=-1, le=1)]]
    period_modifiers: list[str]
    bare_parts: list[str]
    """ "at end June", "by end-2025", "end-Feb. 2031": a part of a period written as wire
    copy writes it, without "the ... of"; inside the span with a hyphen anywhere, with a space
    only after one of ``bare_part_prepositions`` ("talks end Monday" has a verb)."""
    bare_part_prepositions: list[str]
    bare_part_figure_prepositions: list[str]
    """ "rose 5% to end June", "the year to end March": prepositions that take a bare part
    only after a figure (a digit or one of ``bare_part_figure_words``), since after another verb
    they make an infinitive ("agreed to end June talks", "plans to end March 2026 ...")."""
    bare_part_figure_words: list[str]
    """Words that end a figure, name a period or move a figure ("rose to end June") before
    ``bare_part_figure_prepositions``."""
    period_slices: list[str]
    """ "the first week of March", "the second half of May": a slice of a named period,
    inside its span with "the" and "of" (read only after "of", so cheap to check); "the"
    may be missing after an adjective ("a shaky first week of 2023": "first week of 2023")."""
    period_remainders: list[str]
    """ "the rest of fiscal 2026", "the first few weeks of June": a part of a named period,
    inside its span as a slice is; not of a results sentence's "the year" or "the quarter"
    ("rose through the rest of the year": "the year", as "the first nine months of the year")."""
    approximators: list[str]
    """ "around Nov. 1", "sometime next year": words that say how exact a date is, inside
    its span as "nearly" is in "nearly four years ago" (guideline 6.1)."""
    open_ends: list[str]
    """ "until 2027 or later", "for 2025 and beyond": words after a date that make it a bound,
    inside its span as an approximator is (the date is the value); only before a clause's end,
    so "June or earlier this year" stays two dates."""
    decade_number_words: list[str]
    """ "highs in the 90s", "scores in the 80s": a sentence with one of these words gives a
    two-digit "the 90s" no decade."""
    around_verbs: list[str]
    """ "get around", "centred around": verbs whose "around" is a particle, no approximator."""
    year_context_words: list[str]
    determiners: list[str]
    quantity_prefixes: list[str]
    quantity_nouns: list[str]
    frequency_words: list[str]
    anaphors: dict[str, Annotated[int, Field(ge=-1, le=1)]]
    """ "that year", "the following year": the word before the unit, and its offset."""
    reported_quarter_words: list[str]
    """ "the latest quarter": what may stand between "the" and "quarter" of a results story."""
    period_parts: list[str]
    """ "the end of the year": the part of the period."""
    period_positions: list[str]
    """ "earlier in the year": where in the period."""
    business_words: list[str]
    """Business words that make a bare "the second half" half a year, not half a game, and
    "the 1988 period" a reported period, not a costume drama."""
    year_record_nouns: list[str]
    """ "published 2021 statistics": the figures of a year, after a bare year that is then a
    date, not a count (a count of statistics is no news)."""
    comparison_words: list[str]
    """ "the comparable year-ago period"."""
    comparison_determiners: list[str]
    range_connectors: list[str]
    """ "2022 and 2023", "1994 to 1995": words that join years in a list or range."""
    clause_words: list[str]
    """Words that start a new clause, for the tense rule ("…, which", "because")."""
    vague_prefixes: list[str]
    future_cues: list[str]
    past_cues: list[str]
    present_cues: list[str]
    """Present verbs: a date without a year in their clause is the one nearest to R. Also
    "planned a …": the date of a planned event, before or after R, not of the planning."""
    nouns_after_to: list[str]
    """ "shot to death in October": nouns after "to" that make it no infinitive."""
    own_time_nouns: list[str]
    """ "the Jan. 14 deadline": nouns whose date is their own event's time, not the verb's."""
    forward_nouns: list[str] = Field(default_factory=list)
    """ "bought 8,000 tonnes for June shipment", "signed for delivery between August 2 and
    November 9": goods traded now for a later delivery; a date of that noun
    after "for" is the coming one whatever the tense of the trade."""
    holidays: dict[str, Annotated[str, Field(pattern=HOLIDAY_SPEC)]]
    """Holiday name -> its date: "12-25", "11-Thursday-4" (4th Thursday), "05-Monday-last",
    "11-Monday-1+1" (the day after the first Monday), "easter-2" (Easter Sunday - 2 days)."""
    generic_after_relative_day: list[str]
    title_nouns_after_today: list[str]
    """ "the Today show", "Harlow FM's Today programme": nouns after a capitalised "Today" that make
    it the title of a broadcast or paper, not R's day."""
    holiday_object_nouns: list[str]
    """ "the Christmas tree", "Easter eggs", "Christmas shoppers": things a holiday names
    before them; the holiday is then no day (a classifier, not a date)."""
    sequence_nouns: list[str]
    """ "a bogey on the 14th", "the 11th hole", "scored in the 77th minute": things counted in
    order; one near "on the 16th" makes the ordinal a place in that order, not a day."""
    abbreviations: list[str]
    dateline: DatelineRules


ModelT = TypeVar("ModelT", bound=BaseModel)


def validate_rules(model: type[ModelT], data: Mapping[str, Any], source: str) -> ModelT:
    """Validate rule data, turning pydantic's errors into one "[loc] msg" line each."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        lines = [
            f"[{'.'.join(str(part) for part in item['loc'])}] {item['msg']}"
            for item in error.errors()
        ]
        raise ValueError(f"invalid date rules in {source}:\n" + "\n".join(lines)) from None
