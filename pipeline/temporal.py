"""The date grammar and TIMEX3-style value resolution, as plain functions and one class.

The spaCy components only adapt this module to Docs, so everything here works on ``str`` and
``datetime.date`` and can be tested without a pipeline. :class:`DateGrammar` compiles a small
set of regexes once from the rule data (``pipeline/rules/dates.json``); one scan of the text
finds where each can match, and each is tried only there. Python code runs per *match* (context
checks, value resolution), never per token.

Finding a date happens in four steps:

1. every pattern family proposes candidates and validates them against their context
   (``May`` the month versus ``may`` the verb, ``2025`` the year versus ``2025 people``);
2. part-of-period modifiers just before a candidate are pulled in ("early", "the end of");
3. overlaps are resolved once, longest first (as ``spacy.util.filter_spans`` does);
4. values are resolved in text order, so anaphoric dates ("a year earlier", "that year")
   can use the dates before them.

Resolution follows the annotation brief: relative dates resolve against the reference date R
and get ``None`` without one; a weekday or a month without a year is the latest one on or
before R unless its sentence puts it in the future; a value keeps the expression's own grain.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Annotated, Any, Literal, TypeVar

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, ValidationError

# --------------------------------------------------------------------------------------------
# Rule data: one strict model per file section, so a typo fails loudly with its location.
# --------------------------------------------------------------------------------------------

MonthNumber = Annotated[int, Field(ge=1, le=12)]
WeekdayNumber = Annotated[int, Field(ge=0, le=6)]
Season = Literal["SP", "SU", "FA", "WI"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatelineRules(_Strict):
    """Where the reference-date component looks for a dateline, and the labels it trusts."""

    max_chars: int = Field(default=300, ge=1)
    max_lines: int = Field(default=5, ge=1)
    max_date_line_chars: int = Field(default=80, ge=1)
    labels: list[str]


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
    month_context_words: list[str]
    weekday_name_prefixes: list[str]
    number_words: dict[str, Annotated[int, Field(ge=1)]]
    quarter_ordinals: dict[str, Annotated[int, Field(ge=1, le=4)]]
    half_ordinals: dict[str, Annotated[int, Field(ge=1, le=2)]]
    century_ordinals: dict[str, Annotated[int, Field(ge=1, le=30)]]
    decade_words: dict[str, Annotated[int, Field(ge=0, le=9)]]
    seasons: dict[str, Season]
    relative_days: dict[str, int]
    relative_words: dict[str, Annotated[int, Field(ge=-1, le=1)]]
    period_modifiers: list[str]
    year_context_words: list[str]
    determiners: list[str]
    quantity_prefixes: list[str]
    quantity_nouns: list[str]
    frequency_words: list[str]
    vague_prefixes: list[str]
    future_cues: list[str]
    past_cues: list[str]
    holidays: dict[str, Annotated[str, Field(pattern=r"^\d{2}-(?:\d{2}|[A-Z][a-z]+day-[1-5])$")]]
    generic_after_relative_day: list[str]
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


# --------------------------------------------------------------------------------------------
# Values: small pure functions, each one rule of the brief.
# --------------------------------------------------------------------------------------------

Relation = Literal["past", "future", "last", "next", "this"]
"""How a cyclic date (weekday, month, quarter …) without a year relates to R.

``past``/``future`` come from the sentence's tense (the brief's rule: on or before R, or the
next one when the sentence is about the future); ``last``/``next``/``this`` from a modifier.
"""

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def parse_reference_date(value: str | date | None) -> date | None:
    """R as a ``date``; ``None`` for a missing or malformed reference date."""
    if value is None or isinstance(value, date):
        return value
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if match is None:
        return None
    return calendar_date(int(match[1]), int(match[2]), int(match[3]))


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


def season_value(year: int, season: str) -> str:
    return f"{year:04d}-{season}"


def _cyclic_year(item: int, current: int, relation: Relation) -> int:
    """Year offset (-1, 0, +1) of a cyclic item (month, quarter …) relative to R's item."""
    if relation == "past":
        return 0 if item <= current else -1
    if relation == "future":
        return 0 if item >= current else 1
    if relation == "last":
        return 0 if item < current else -1
    if relation == "next":
        return 0 if item > current else 1
    return 0


def resolve_weekday(ref: date, weekday: int, relation: Relation) -> str:
    """A weekday: the latest on or before R, or (future) the first after R.

    ``last`` is the latest strictly before R, ``this`` the one in R's ISO week.
    """
    current = ref.weekday()
    if relation == "past":
        offset = -((current - weekday) % 7)
    elif relation in ("future", "next"):
        offset = (weekday - current - 1) % 7 + 1
    elif relation == "last":
        offset = -((current - weekday - 1) % 7 + 1)
    else:
        offset = weekday - current
    return day_value(ref + timedelta(days=offset))


def resolve_month(ref: date, month: int, relation: Relation) -> str:
    """A month without a year: the latest on or before R's month, or the next one."""
    return month_value(ref.year + _cyclic_year(month, ref.month, relation), month)


def resolve_month_day(ref: date, month: int, day: int, relation: Relation) -> str | None:
    """A month and day without a year, by the month rule at day grain; ``None`` if no date."""
    offset = _cyclic_year(month * 100 + day, ref.month * 100 + ref.day, relation)
    resolved = calendar_date(ref.year + offset, month, day)
    return day_value(resolved) if resolved else None


def resolve_quarter(ref: date, quarter: int, relation: Relation) -> str:
    current = (ref.month - 1) // 3 + 1
    return quarter_value(ref.year + _cyclic_year(quarter, current, relation), quarter)


def resolve_half(ref: date, half: int, relation: Relation) -> str:
    current = 1 if ref.month <= 6 else 2
    return half_value(ref.year + _cyclic_year(half, current, relation), half)


def resolve_season(ref: date, season: str, relation: Relation) -> str:
    start = _SEASON_START[season]
    return season_value(ref.year + _cyclic_year(start, ref.month, relation), season)


def resolve_weekend(ref: date, relation: Relation) -> str:
    """The weekend (TIMEX3 ``YYYY-Www-WE``): the latest one, or the next in the future."""
    saturday = date.fromisoformat(resolve_weekday(ref, 5, relation))
    if relation == "past" and ref.weekday() == 6:
        saturday = ref - timedelta(days=1)
    return week_value(saturday) + "-WE"


def holiday_date(year: int, spec: str) -> date | None:
    """The date of a holiday in ``year``: ``"12-25"``, or ``"11-Thursday-4"`` (4th Thursday)."""
    parts = spec.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return calendar_date(year, month, int(parts[1]))
    weekday = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    first = calendar_date(year, month, 1)
    if first is None:
        return None
    offset = (weekday.index(parts[1].lower()) - first.weekday()) % 7
    found = first + timedelta(days=offset + 7 * (int(parts[2]) - 1))
    return found if found.month == month else None


def resolve_holiday(ref: date, spec: str, relation: Relation) -> str | None:
    """A holiday without a year, by the month rule: the latest on or before R, or the next."""
    this_year = holiday_date(ref.year, spec)
    if this_year is None:
        return None
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


_VALUE_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|W(?P<week>\d{2})(?P<we>-WE)?|(?P<season>SP|SU|FA|WI)))?$"
)


def value_grain(value: str | None) -> str | None:
    """The grain of a value this module writes: day, week, month, quarter, half, season, year."""
    if value is None:
        return None
    match = _VALUE_RE.match(value)
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
    match = _VALUE_RE.match(value)
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
        start = _value_start(match)
        if unit in ("month", "week", "day") and value_grain(value) in ("year", "half", "season"):
            return None
        return shift_unit(start, unit, amount)
    except (OverflowError, ValueError):
        return None


def _value_start(match: re.Match[str]) -> date:
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
        return date(year, _SEASON_START[match["season"]], 1)
    return date(year, 1, 1)


def two_digit_year(digits: int) -> int:
    """The full year of "'24" or "FY24": 2000–2049 for 00–49, else 1950–1999."""
    return (2000 if digits < 50 else 1900) + digits


# --------------------------------------------------------------------------------------------
# The grammar.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text: offsets into it, its value, and the family that found it."""

    start: int
    end: int
    text: str
    value: str | None
    rule: str


@dataclass
class _Candidate:
    start: int
    end: int
    rule: str
    fields: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[re.Match[str], str], Iterable[_Candidate]]


def phrase_alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


def _before(words: Iterable[str]) -> str:
    """A regex for "one of ``words`` right before this point" (hyphenated words touch it)."""
    parts = []
    for word in sorted(set(words), key=lambda item: (-len(item), item)):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        lead = r"(?:^|(?<=[^\w]))" if word[:1].isalnum() else ""
        tail = "" if word.endswith(("-", "$", "#", "€", "£", "¥")) else r"\s+"
        parts.append(f"{lead}{escaped}{tail}")
    return "(?:" + "|".join(parts) + ")$"


_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_RELATIONS: dict[int, Relation] = {-1: "last", 0: "this", 1: "next"}
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _norm(words: str) -> str:
    """Lower case with single spaces: the key form of every phrase table."""
    return " ".join(words.lower().split())


_YEAR_END = r"(?![\w%]|[.,]\d)"
_WINDOW = 48


_LOWER_HAZARDS = ("ſ", "ı", "İ")
"""Letters ``lower`` cannot key: regexes ignoring case match "ſ" and "ı" as "s" and "i",
which ``lower`` leaves alone, and "İ" lower-cases to two characters (shifting offsets)."""


def _caseless_beyond_ascii(word: str) -> bool:
    """Whether matching ``word`` ignoring case is comparing it with lower-cased text.

    True when its only letters with case are ASCII ("new year’s day", "€"): an ASCII letter
    matches just what lower-cases to it, bar the ``_LOWER_HAZARDS``.
    """
    return word.isascii() or all(char.isascii() or char.lower() == char.upper() for char in word)


class _PhrasesBefore:
    """``_before(words)`` compiled for speed: one of ``words`` right before the window's end.

    The one ``$``-anchored alternation makes ``search`` try every start in the 48-character
    window with every phrase (up to 0.1 ms a call). A match ends with the phrase's last word,
    so that word must end the window's text, trailing spaces aside: the last characters pick
    the few phrases that can match, and only those are searched, from where a one-word phrase
    would have to start. The answer is the full regex's, which still serves the odd window.
    """

    def __init__(self, words: Iterable[str], *, ignore_case: bool) -> None:
        phrases = sorted(set(words), key=lambda item: (-len(item), item))
        wrap = "(?i:{})" if ignore_case else "{}"
        self.full = re.compile(wrap.format(_before(phrases)))
        last = {phrase: (phrase.split() or [""])[-1].lower() for phrase in phrases}
        keys = set(last.values())
        self.lengths = sorted({len(key) for key in keys}, reverse=True) or [0]
        # Keys are compared lower-cased, exact only for letters without case variants
        # beyond what ``lower`` maps (any ASCII, or no case at all: "€").
        self.keyed = bool(keys) and all(key and _caseless_beyond_ascii(key) for key in keys)
        # per key: the phrases whose last word it ends with (a text that ends with the key
        # ends with each of those words too), and whether all are single words (a match
        # then starts where the key does, or later)
        self.by_key: dict[str, tuple[re.Pattern[str], bool]] = {}
        for key in keys:
            subset = [phrase for phrase in phrases if key.endswith(last[phrase])]
            single = all(phrase.split() == [phrase] for phrase in subset)
            self.by_key[key] = (re.compile(wrap.format(_before(subset))), single)

    def search(self, window: str) -> re.Match[str] | None:
        """What ``search`` of the full regex finds in ``window``."""
        stripped = window.rstrip()
        tail = stripped[-self.lengths[0] :]
        if not self.keyed or (not tail.isascii() and any(c in tail for c in _LOWER_HAZARDS)):
            return self.full.search(window)
        tail = tail.lower()
        for length in self.lengths:
            found = self.by_key.get(tail[-length:])
            if found is not None:
                regex, single = found
                return regex.search(window, len(stripped) - length if single else 0)
        return None


@dataclass(frozen=True)
class _Trigger:
    """What every match of a family starts with, as one scan of the lower-cased text sees it.

    ``phrases`` are the phrases a match can start with (``"january"``, ``"the same"``), in
    lower case or not; a leading run of digits stands for any as many digits (``"9999"`` is a
    four-digit number, ``"1st"`` a digit and "st"). ``follow`` is a lower-case regex for what
    must come right after the phrase. A trigger may fire where the family then finds nothing,
    but must never miss a place where it matches: every family match starts after a non-word
    character (each family regex opens with a lookbehind that says so) with one of its
    phrases, followed by ``follow``. ``test_trigger_scan_*`` in ``tests/test_dates.py``
    compares the scan with running every regex over the whole text.
    """

    phrases: tuple[str, ...]
    follow: str = ""


_HEAD = re.compile(r"\d+|[^\W\d_]+|['’]")


class _TriggerScan:
    """Where each family can match: found by one regex pass over the lower-cased text.

    Running all ~27 family regexes over the whole text cost more than the tokenizer. Every
    family match starts with a word, a number or a quote that its :class:`_Trigger` names,
    so one scan for those heads (a trie, with what must follow as a lookahead) gives each
    family the few offsets where ``regex.match`` is worth trying.
    """

    def __init__(self, triggers: list[tuple[_Trigger, ...]]) -> None:
        words: dict[str, dict[int, set[str]]] = {}  # head word -> family -> lookaheads
        groups: dict[str, dict[int, set[str]]] = {}  # "d4" (4 digits), "quote" -> the same
        # Rule data the scan cannot key exactly (a phrase that starts with neither a word nor
        # a quote, or a letter with case variants ``lower`` does not map, as in "σ"/"ς")
        # turns the scan off: every family regex then runs over the whole text.
        self.enabled = True
        for index, family_triggers in enumerate(triggers):
            for trigger in family_triggers:
                for phrase in trigger.phrases:
                    phrase = phrase.lower()
                    head = _HEAD.match(phrase)
                    if head is None or not _caseless_beyond_ascii(phrase):
                        self.enabled = False
                        continue
                    rest = re.escape(phrase[head.end() :]).replace(r"\ ", r"\s+")
                    if head[0][0].isdigit():
                        table, key = groups, f"d{len(head[0])}"
                    elif head[0] in "'’":
                        table, key = groups, "quote"
                    else:
                        table, key = words, head[0]
                    table.setdefault(key, {}).setdefault(index, set()).add(rest + trigger.follow)
        # The trie finds the longest head whose lookahead holds, so a head also triggers the
        # families of the shorter heads it starts with ("march" those of "mar").
        self.word_families = {
            word: tuple(sorted({i for head in words if word.startswith(head) for i in words[head]}))
            for word in words
        }
        self.group_families = {key: tuple(sorted(groups[key])) for key in groups}
        # Each alternative starts after a non-word character (the scan runs over the text
        # with a space in front, so offsets come out unshifted); ``re`` jumps from one such
        # character to the next. Heads consume only word characters and the quote nothing,
        # so the non-word character before the next head is never used up.
        digits = "|".join(
            rf"(?P<d{n}>\d{{{n}}}(?!\d){_lookahead(groups[f'd{n}'])})"
            for n in sorted(int(key[1:]) for key in groups if key != "quote")
        )
        trie = _trie({word: _lookahead(follows) for word, follows in words.items()})
        alternatives = [f"(?P<word>{trie})"]
        if digits:
            alternatives.append(rf"(?=\d)(?:{digits})")
        if "quote" in groups:
            alternatives.append(rf"(?P<quote>(?=['’]{_lookahead(groups['quote'])}))")
        self.regex = re.compile(r"\W(?:" + "|".join(alternatives) + ")")
        self.count = len(triggers)

    def starts(self, text: str) -> list[list[int]] | None:
        """Per family, the ascending offsets where it may match; ``None`` to scan everything.

        Every other character lower-cases to one character, so offsets in the lower-cased
        text are offsets in ``text``; texts with one of the ``_LOWER_HAZARDS`` are scanned in
        full.
        """
        if not self.enabled or (
            not text.isascii() and any(char in text for char in _LOWER_HAZARDS)
        ):
            return None
        lowered = (" " + text).lower()
        starts: list[list[int]] = [[] for _ in range(self.count)]
        word_families, group_families = self.word_families, self.group_families
        for found in self.regex.finditer(lowered):
            kind = found.lastgroup
            indices = word_families[found["word"]] if kind == "word" else group_families[kind]
            position = found.start()  # the head's offset in ``text``: one after, one less
            for index in indices:
                starts[index].append(position)
        return starts


def _lookahead(follows: Mapping[int, set[str]]) -> str:
    """One lookahead for what may follow a head in any of its families ("" if anything)."""
    options = sorted({follow for family in follows.values() for follow in family})
    return "" if "" in options else "(?=" + "|".join(options) + ")"


def _trie(words: Mapping[str, str]) -> str:
    """An alternation of ``words`` (each with its lookahead) as a trie, longest path first.

    ``re`` tries alternatives one by one; sharing prefixes makes a position that starts no
    head fail after one character instead of once per word.
    """
    tree: dict[str, Any] = {}
    for word, lookahead in words.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = lookahead

    def emit(node: dict[str, Any]) -> str:
        options = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if "" in node:
            options.append(node[""])
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return emit(tree)


class DateGrammar:
    """The compiled date grammar for one set of rule data.

    Build it once (the component does so in ``compile``) and call :meth:`find` per text.
    Each pattern family starts with a required word (a month, a digit, an ordinal …), named
    in its triggers, so one scan for those words tells where the family can match (see
    :class:`_TriggerScan`); optional words *before* that core ("last", "the", "Friday,",
    "fiscal") are read afterwards from a short window left of the match.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        rules = validate_rules(DateRules, data, "date rule data")
        self.rules = rules
        self.month_numbers = {k.lower(): v for k, v in rules.months.items()}
        self.month_numbers.update({k.lower(): v for k, v in rules.month_abbreviations.items()})
        self.weekday_numbers = {k.lower(): v for k, v in rules.weekdays.items()}
        self.number_words = {k.lower(): v for k, v in rules.number_words.items()}
        self.quarter_ordinals = {k.lower(): v for k, v in rules.quarter_ordinals.items()}
        self.half_ordinals = {k.lower(): v for k, v in rules.half_ordinals.items()}
        self.century_ordinals = {k.lower(): v for k, v in rules.century_ordinals.items()}
        self.decade_words = {k.lower(): v for k, v in rules.decade_words.items()}
        self.seasons = {k.lower(): v for k, v in rules.seasons.items()}
        self.relative_days = {k.lower(): v for k, v in rules.relative_days.items()}
        self.relative_words = {_norm(k): v for k, v in rules.relative_words.items()}
        self.ambiguous_months = {m.lower() for m in rules.ambiguous_months}
        self.holidays = {_norm(k): v for k, v in rules.holidays.items()}
        self.weekday_name_prefixes = set(rules.weekday_name_prefixes)
        self.families: list[tuple[str, re.Pattern[str], Handler]] = []
        self._compile(rules)

    # -- compilation ------------------------------------------------------------------------
    def _compile(self, rules: DateRules) -> None:
        months = list(rules.months)
        abbreviations = list(rules.month_abbreviations)
        month_names = months + [m.upper() for m in months] + abbreviations
        month_names += [a.upper() for a in abbreviations]
        month_names += [f"{a}." for a in abbreviations] + [f"{a.upper()}." for a in abbreviations]
        month_any = rf"(?<![\w.])(?P<mon>{phrase_alternation(month_names)})(?!\w)"
        month_full = rf"(?<![\w.])(?P<mon>{phrase_alternation(months)})(?![\w-])"
        weekday = phrase_alternation(list(rules.weekdays) + [w.upper() for w in rules.weekdays])
        day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
        year = rf"(?P<year>{_YEAR}){_YEAR_END}"
        rel = phrase_alternation(rules.relative_words)
        numbers = phrase_alternation(
            list(rules.number_words) + [w.capitalize() for w in rules.number_words]
        )
        q_ord = phrase_alternation(rules.quarter_ordinals)
        h_ord = phrase_alternation(rules.half_ordinals)
        seasons = phrase_alternation(list(rules.seasons) + [s.capitalize() for s in rules.seasons])
        relative_days = list(rules.relative_days)
        relative_days += [w.capitalize() for w in relative_days] + [
            w.upper() for w in relative_days
        ]
        spoken = {v: k for k, v in self.number_words.items() if " " not in k and k[0] != "a"}
        units = "|".join(spoken[n] for n in range(1, 10))
        teens = "|".join(spoken[n] for n in range(10, 20))
        tens = "|".join(spoken[n] for n in range(20, 100, 10))
        below_100 = rf"(?:(?:{tens})(?:[\s-](?:{units}))?|{teens}|{units})"
        year_of = (
            rf"\s+of\s+(?:(?:(?i:fiscal)\s+(?:year\s+)?)?{year}"
            r"|(?P<orel>this|last|next)\s+year\b|(?P<ofy>the\s+(?:current\s+)?(?:fiscal\s+)?year)\b)"
        )
        # Words that start a match, for the trigger scan (see _Trigger), lower case.
        month_words = tuple(months + abbreviations)
        month_start = phrase_alternation(word.lower() for word in month_words)
        unit_start = phrase_alternation(
            ["week", "month", "year", "quarter", "decade", "fiscal"]
            + [word.lower() for word in [*rules.half_ordinals, *rules.seasons]]
        )
        d12 = ("9", "99")
        families: list[tuple[str, str, Handler, tuple[_Trigger, ...]]] = [
            (
                "iso",
                r"(?<![\w/.-])(?P<y>[12]\d{3})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d|[-/.]\d)",
                self._iso,
                (_Trigger(("9999",), "[-/]"),),
            ),
            (
                "numeric",
                r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>[12]\d{3})(?![\w/]|[-.]\d)",
                self._numeric,
                (_Trigger(d12, "/"),),
            ),
            (
                "month_day",
                rf"{month_any}\s*{day}(?:(?:,\s*|\s+){year})?(?!\w|\s*(?:%|percent\b))",
                self._month_day,
                (_Trigger(month_words, r"\b"),),
            ),
            (
                "day_month",
                rf"(?<![\w.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+{month_any}"
                rf"(?:,?\s+{year})?",
                self._day_month,
                (_Trigger(d12, rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{month_start}"),),
            ),
            (
                "month_year",
                rf"{month_any}(?:\s+of)?,?\s+(?:{year}|(?P<yrel>this|last|next)\s+year\b)",
                self._month_year,
                (_Trigger(month_words, r"\b"),),
            ),
            ("month", month_full, self._month, (_Trigger(tuple(months), r"\b"),)),
            (
                "weekday",
                rf"(?<![\w-])(?P<wd>{weekday})\b(?!-)",
                self._weekday,
                (_Trigger(tuple(rules.weekdays), r"\b"),),
            ),
            (
                "relative_day",
                rf"(?<![\w-])(?P<rd>{phrase_alternation(relative_days)})\b(?!-)",
                self._relative_day,
                (_Trigger(tuple(rules.relative_days), r"\b"),),
            ),
            (
                "relative_unit",
                rf"(?<![\w-])(?P<rel>(?i:{rel}))\s+(?P<unit>(?i:week(?:end)?|month|year|quarter"
                rf"|decade|fiscal\s+year|{h_ord}\s+half)|{seasons})\b(?!-)",
                self._relative_unit,
                (_Trigger(tuple(rules.relative_words), rf"\s+{unit_start}"),),
            ),
            (
                "ago",
                rf"(?<![\w-])(?P<n>{numbers}|\d{{1,3}})(?:\s+|-)(?P<unit>(?i:days?|weeks?|months?"
                rf"|years?|decades?))\s+(?P<dir>(?i:ago|earlier|later))\b",
                self._ago,
                (
                    _Trigger(
                        (*rules.number_words, *d12, "999"),
                        r"(?:\s+|-)(?:day|week|month|year|decade)",
                    ),
                ),
            ),
            (
                "quarter",
                rf"(?<![\w-])(?P<ord>(?i:{q_ord}))\s+(?i:quarter)\b(?!-)(?:{year_of}"
                rf"|,?\s+(?P<year2>{_YEAR}){_YEAR_END})?",
                self._quarter,
                (_Trigger(tuple(rules.quarter_ordinals), r"\s+quarter"),),
            ),
            (
                "quarter_adjective",
                rf"(?<![\w-])(?P<ord>(?i:{q_ord}))-(?i:quarter)\b",
                self._quarter_adjective,
                (_Trigger(tuple(rules.quarter_ordinals), "-quarter"),),
            ),
            (
                "quarter_code",
                rf"(?<![\w-])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s*-?\s*(?:FY\s?)?{year}"
                rf"|\s*['’](?P<yy>\d\d)\b)?(?![\w-])"
                rf"|(?<![\w-])(?P<year3>{_YEAR})\s*-?\s*Q(?P<q3>[1-4])\b",
                self._quarter_code,
                (
                    _Trigger(("q",), "[1-4]"),
                    _Trigger(("9",), "q"),
                    _Trigger(("9999",), r"\s*-?\s*q"),
                ),
            ),
            (
                "half",
                rf"(?<![\w-])(?P<ord>(?i:{h_ord}))(?P<sep>\s+|-)(?i:half)\b(?:{year_of})?",
                self._half,
                (_Trigger(tuple(rules.half_ordinals), r"(?:\s+|-)half"),),
            ),
            (
                "half_code",
                rf"(?<![\w-])(?:H(?P<h>[12])|(?P<h2>[12])H)\s*-?\s*(?:FY\s?)?{year}"
                rf"|(?<![\w-])(?P<year3>{_YEAR})\s*-?\s*H(?P<h3>[12])\b",
                self._half_code,
                (
                    _Trigger(("h",), "[12]"),
                    _Trigger(("9",), "h"),
                    _Trigger(("9999",), r"\s*-?\s*h"),
                ),
            ),
            (
                "decade",
                r"(?<![\w'’])(?<!\d-)(?:(?P<dec>(?:1\d|20)\d0)['’]?s|['’](?P<dd>\d0)['’]?s)\b"
                rf"|(?<![\w-])(?P<dw>(?i:{phrase_alternation(rules.decade_words)}))\b",
                self._decade,
                (
                    _Trigger(("9999",), r"['’]?s"),
                    _Trigger(("'", "’"), r"\d0"),
                    _Trigger(tuple(rules.decade_words), r"\b"),
                ),
            ),
            (
                "century",
                r"(?<![\w-])(?:(?P<n>[1-9]|1\d|2[0-2])(?:st|nd|rd|th)"
                rf"|(?P<nw>(?i:{phrase_alternation(rules.century_ordinals)})))[\s-](?i:century)\b",
                self._century,
                (
                    _Trigger(d12, r"(?:st|nd|rd|th)[\s-]century"),
                    _Trigger(tuple(rules.century_ordinals), r"[\s-]century"),
                ),
            ),
            (
                "fiscal_year",
                rf"(?<![\w-])(?:(?i:fiscal)(?:\s+(?i:year))?\s+{year}"
                rf"|FY\s?['’]?(?:(?P<fyear>{_YEAR})|(?P<yy>\d\d)))(?![\w%]|[.,]\d)",
                self._fiscal_year,
                (_Trigger(("fiscal",), r"\s"), _Trigger(("fy",), r"\s?['’]?\d")),
            ),
            (
                "season",
                rf"(?<![\w-])(?P<season>{seasons})\b(?!-)(?:\s+(?:of\s+)?{year})?",
                self._season,
                (_Trigger(tuple(rules.seasons), r"\b"),),
            ),
            (
                "period_of",
                r"(?i:(?<!\w)the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
                r"\s+(?:the|this)\s+(?P<unit>year|month|week)\b"
                r"|(?<![\w-])(?P<unit2>year|month)[\s-]end\b|(?<![\w-])year['’]s\s+end\b"
                r"|(?<![\w-])(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit3>year|month)\b)"
                rf"(?:\s+{year})?",
                self._period_of,
                (
                    _Trigger(("the",), r"\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s"),
                    _Trigger(("year", "month"), r"[\s-]end"),
                    _Trigger(("year",), r"['’]s\s+end"),
                    _Trigger(("earlier", "later", "early", "late"), r"\s+in\s+the\s"),
                ),
            ),
            (
                "year_ago_adjective",
                rf"(?<![\w-])(?i:year)-(?i:earlier|ago)\b(?:\s+(?:(?i:fiscal)\s+)?"
                rf"(?:(?P<ord>(?i:{q_ord}))\s+)?(?P<unit>(?i:quarter|period|half))\b)?",
                self._year_ago_adjective,
                (_Trigger(("year",), "-(?:earlier|ago)"),),
            ),
            (
                "anaphor",
                r"(?<![\w-])(?P<a>(?i:that|the\s+same|the\s+following|the\s+previous"
                r"|the\s+preceding|the\s+prior))\s+(?P<unit>year|month|quarter)\b(?!-)",
                self._anaphor,
                (
                    _Trigger(
                        (
                            "that",
                            "the same",
                            "the following",
                            "the previous",
                            "the preceding",
                            "the prior",
                        ),
                        r"\s+(?:year|month|quarter)\b",
                    ),
                ),
            ),
            (
                "reported_quarter",
                r"(?<![\w-])(?i:the)\s+(?:(?P<latest>latest|most\s+recent|just[\s-]ended"
                r"|past|last)\s+)?(?:(?i:fiscal)\s+)?quarter\b(?![\w-]|\s+(?:of|century)\b)",
                self._reported_quarter,
                (
                    _Trigger(
                        ("the",),
                        r"\s+(?:(?:latest|most\s+recent|just[\s-]ended|past|last)\s+)?"
                        r"(?:fiscal\s+)?quarter\b",
                    ),
                ),
            ),
            (
                "weekend",
                r"(?<![\w-])(?i:the)\s+weekend\b(?!-)",
                self._weekend,
                (_Trigger(("the",), r"\s+weekend\b"),),
            ),
            (
                "holiday",
                rf"(?<![\w-])(?P<name>{phrase_alternation(rules.holidays)})(?![\w-])"
                rf"(?:,?\s+{year})?",
                self._holiday,
                (_Trigger(tuple(rules.holidays)),),
            ),
            (
                "spoken_year",
                rf"(?<![\w-])(?i:(?P<century>nineteen|eighteen)\s+(?:hundred"
                rf"(?:\s+and\s+{below_100})?|oh[\s-]+(?:{units})|{below_100})"
                rf"|(?P<millennium>two\s+thousand)(?:\s+and)?(?:\s+{below_100})?)(?![\w-])",
                self._spoken_year,
                (_Trigger(("nineteen", "eighteen"), r"\s"), _Trigger(("two thousand",))),
            ),
            (
                "year",
                rf"(?<![\w$€£¥#@/\\'’.:])(?<!\d-)(?<!\d–){year}"
                r"(?:\s*[-–/]\s*(?P<y2>\d\d(?:\d\d)?)(?![\w%]|[.,]\d))?",
                self._year,
                (_Trigger(("9999",)),),
            ),
        ]
        self.families = [
            (name, re.compile(pattern), handler) for name, pattern, handler, _ in families
        ]
        self._triggers = _TriggerScan([triggers for *_, triggers in families])

        # Words read from the window left of a match ("last", "the", "Friday,", "fiscal").
        self._rel_before_re = re.compile(rf"(?i:(?:^|(?<=[^\w-]))(?P<rel>{rel})\s+)$")
        self._weekday_before_re = re.compile(rf"(?:^|(?<=[^\w-]))(?P<wd>{weekday}),?\s+$")
        self._the_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:the)\s+$")
        self._quarter_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?:(?:(?i:the)\s+(?:(?P<dyear>{_YEAR})\s+)?"
            rf"|(?P<yrel>this|last|next)\s+year['’]s\s+|(?P<pyear>{_YEAR})['’]s\s+)"
            r"(?:(?i:fiscal)[\s-]+)?|(?i:fiscal)[\s-]+)$"
        )
        self._fiscal_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:fiscal)\s+$")
        self._compared_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:the|its|their)\s+(?:(?i:comparable|corresponding|same)\s+)?$"
        )
        self._modifier_re = _PhrasesBefore(
            self._modifier_words(rules.period_modifiers), ignore_case=True
        )
        self._month_context_re = _PhrasesBefore(rules.month_context_words, ignore_case=True)
        self._year_context_re = _PhrasesBefore(rules.year_context_words, ignore_case=True)
        self._determiner_re = _PhrasesBefore(rules.determiners, ignore_case=True)
        self._quantity_prefix_re = _PhrasesBefore(rules.quantity_prefixes, ignore_case=False)
        self._frequency_re = _PhrasesBefore(rules.frequency_words, ignore_case=True)
        self._vague_re = _PhrasesBefore(rules.vague_prefixes, ignore_case=True)
        quantity_nouns = phrase_alternation(rules.quantity_nouns)
        self._quantity_after_re = re.compile(
            rf"^(?:\s*(?:%|percent\b|per\s+cent\b)|\s+(?i:{quantity_nouns})\b)"
        )
        self._capitalised_before_re = re.compile(r"(?:^|(?<=[^\w.]))(?P<word>[A-Z][\w&-]*)\s+$")
        self._capitalised_after_re = re.compile(r"^\s+[A-Z0-9][\w&-]*")
        self._lowercase_after_re = re.compile(r"^\s+[a-z][\w-]*")
        self._digit_after_re = re.compile(r"^\s*-?\s*\d")
        self._of_after_re = re.compile(r"^\s+of\b")
        self._range_after_re = re.compile(r"^\s*[-–/]\s*\d")
        self._number_before_re = re.compile(r"\d[\s.,:/-]?$")
        self._year_after_re = re.compile(
            r"^(?:,|['’]s\b|\)|\s+(?:and|or|to|through|until|till)\s+(?:1[89]|20)\d\d\b)"
        )
        self._year_list_before_re = re.compile(
            r"(?:1[89]|20)\d\d(?:\s*,\s*|\s+(?:and|or|to|through|until|till)\s+)$"
        )
        self._possessive_before_re = re.compile(r"\w['’]s?\s+$")
        self._of_before_re = re.compile(r"(?i:(?:^|(?<=\W))(?<!\bas\s)of\s+)$")
        self._generic_after_re = re.compile(
            r"^['’]s\s+(?i:" + phrase_alternation(rules.generic_after_relative_day) + r")\b"
        )
        self._line_start_re = re.compile(r"(?:^|\n)[ \t\"“'‘(\[•*-]*$")
        self._sentence_start_re = re.compile(r"(?:^|[.!?][\"”’')\]]*\s+|\n\s*|[:;]\s+)$")
        # Tense cues are matched case-sensitively: "may" is a cue, "May" is a month.
        self._future_re = re.compile(rf"(?<![\w'’]){phrase_alternation(rules.future_cues)}(?!\w)")
        # A participle after "be" or "to" is no past tense ("will be paid", "to be held").
        self._past_re = re.compile(
            rf"(?<![\w'’])(?<!\bbe\s)(?<!\bto\s)(?:{phrase_alternation(rules.past_cues)}|[a-z]{{2,}}(?<!e)ed)(?!\w)"
        )
        # A regular past tense right before the date: "ruled Wednesday", "issued on July 1".
        self._adjacent_past_re = re.compile(r"(?<![\w'’])[a-z]{2,}(?<!e)ed\s+(?:on\s+)?$")
        self._clause_break_re = re.compile(
            r"[,;:()\[\]—–]|(?<![\w-])(?:that|which|who|whose|because|although|while|but)(?![\w-])"
        )
        # ``[.!?]+ … | \n``, written to start with one character class so that ``re`` can
        # skip ahead to the next candidate character instead of trying every offset.
        self._sentence_end_re = re.compile(
            r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’')\]]*\s+(?=[\"“‘'`(\[]*[A-Z0-9]))"
        )
        self._abbreviation_re = re.compile(
            rf"(?:^|(?<![\w.])){phrase_alternation(rules.abbreviations)}$|(?<!\w)[A-Z]$"
        )
        # What a window the abbreviation regex matches must end with (before a final "\n"):
        # a cheap test that skips the search after most full stops.
        self._abbreviation_ends: tuple[str, ...] | None = (
            None
            if any(not word or any(char.isspace() for char in word) for word in rules.abbreviations)
            else (*rules.abbreviations, *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        )

    @staticmethod
    def _modifier_words(modifiers: Iterable[str]) -> list[str]:
        """ "mid", "early" and "late" work with a space or a hyphen ("mid 2024", "mid-2024")."""
        words: list[str] = []
        for modifier in modifiers:
            words.append(modifier)
            if modifier.split()[-1] in ("mid", "early", "late"):
                words.append(modifier + "-")
        return words

    # -- the public entry point --------------------------------------------------------------
    def find(self, text: str, reference_date: str | date | None = None) -> list[DateMatch]:
        """Every date in ``text``, non-overlapping, in text order, with resolved values."""
        ref = parse_reference_date(reference_date)
        candidates: list[_Candidate] = []
        for _name, handler, match in self._matches(text):
            candidates.extend(handler(match, text))
        for candidate in candidates:
            self._extend_modifier(candidate, text)
        chosen = _longest_first(candidates)
        return self._resolve_all(chosen, text, ref)

    def _matches(
        self, text: str, *, exhaustive: bool = False
    ) -> Iterator[tuple[str, Handler, re.Match[str]]]:
        """Every family's matches, family by family, each family's in text order.

        They are what ``regex.finditer(text)`` gives, found by ``regex.match`` at the offsets
        the trigger scan proposes (skipping those inside the previous match); ``exhaustive``
        runs ``finditer`` itself, as texts the scan cannot read do.
        """
        starts = None if exhaustive else self._triggers.starts(text)
        if starts is None:
            for name, regex, handler in self.families:
                for match in regex.finditer(text):
                    yield name, handler, match
            return
        for (name, regex, handler), positions in zip(self.families, starts, strict=True):
            end = 0
            for position in positions:
                if position >= end and (match := regex.match(text, position)) is not None:
                    end = match.end()
                    yield name, handler, match

    # -- context helpers ---------------------------------------------------------------------
    @staticmethod
    def _left(text: str, position: int) -> str:
        return text[max(0, position - _WINDOW) : position]

    @staticmethod
    def _right(text: str, position: int) -> str:
        return text[position : position + _WINDOW]

    def _before(
        self, regex: re.Pattern[str] | _PhrasesBefore, text: str, position: int
    ) -> re.Match[str] | None:
        """``regex`` (anchored with ``$``) matched against the text just left of ``position``."""
        return regex.search(self._left(text, position))

    def _extend_modifier(self, candidate: _Candidate, text: str) -> None:
        """Pull a part-of-period modifier into the span ("early 2024", "the end of 2025")."""
        if candidate.fields.get("no_modifier"):
            return
        found = self._before(self._modifier_re, text, candidate.start)
        if found is None:
            return
        modifier = found[0]
        if candidate.rule == "month":
            # "the late-November meeting": the article belongs to the noun, not to the date
            modifier = re.sub(r"(?i)^the\s+(?=early|late|mid)", "", modifier)
        candidate.start -= len(modifier)

    def _relation(self, rel: str | None) -> Relation | None:
        """``last``/``this``/``next`` for a relative word, ``None`` when there is none."""
        if rel is None:
            return None
        offset = self.relative_words.get(_norm(rel))
        return None if offset is None else _RELATIONS[offset]

    # -- family handlers: validate and return candidates with parsed fields ------------------
    def _iso(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        day = calendar_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if day is None:
            return []
        return [_Candidate(match.start(), match.end(), "iso", {"value": day_value(day)})]

    def _numeric(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
        if first > 12 >= second:
            day = calendar_date(year, second, first)
        elif second > 12 >= first or first == second:
            day = calendar_date(year, first, second)
        else:
            day = None  # 3/4/2024: month and day cannot be told apart, so no value to give
        if day is None:
            return []
        return [_Candidate(match.start(), match.end(), "numeric", {"value": day_value(day)})]

    def _day_month(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "22 May 2023", "the 22nd of May"."""
        the = self._before(self._the_before_re, text, match.start())
        return self._month_day(match, text, match.start() - (len(the[0]) if the else 0))

    def _month_day(
        self, match: re.Match[str], text: str, start: int | None = None
    ) -> Iterable[_Candidate]:
        """ "May 22", "Jan. 5, 2024", "Friday, Oct. 23" (a real calendar date only)."""
        month = self.month_numbers[match["mon"].rstrip(".").lower()]
        day = int(match["day"])
        if calendar_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 is allowed
            return []
        start = match.start() if start is None else start
        fields: dict[str, Any] = {"month": month, "day": day}
        weekday = self._before(self._weekday_before_re, text, start)
        if weekday is not None:
            fields["weekday"] = self.weekday_numbers[weekday["wd"].lower()]
            start -= len(weekday[0])
        if match["year"]:
            resolved = calendar_date(int(match["year"]), month, day)
            if resolved is None:
                return []
            fields["value"] = day_value(resolved)
        return [_Candidate(start, match.end(), "month_day", fields)]

    def _month_year(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        month = self.month_numbers[match["mon"].rstrip(".").lower()]
        fields: dict[str, Any] = {"month": month}
        if match["year"]:
            if self._quantity_after_re.match(self._right(text, match.end())):
                return []
            fields["value"] = month_value(int(match["year"]), month)
        else:
            fields["year_offset"] = {"this": 0, "last": -1, "next": 1}[match["yrel"]]
        return [_Candidate(match.start(), match.end(), "month_year", fields)]

    def _month(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """A bare month name: ambiguous ones ("May", "March") only where context says month."""
        name = match["mon"]
        start = match.start()
        fields: dict[str, Any] = {"month": self.month_numbers[name.lower()], "rel": None}
        rel = self._before(self._rel_before_re, text, start)
        if rel is not None:
            fields["rel"] = self._relation(rel["rel"])
            return [_Candidate(start - len(rel[0]), match.end(), "month", fields)]
        left, right = self._left(text, start), self._right(text, match.end())
        if self._frequency_re.search(left):
            return []
        in_context = self._month_context_re.search(left) is not None or bool(
            self._determiner_re.search(left) and self._lowercase_after_re.match(right)
        )  # "in May", "the March accession", "a June agreement"
        if name.lower() in self.ambiguous_months and not in_context:
            return []
        if not in_context and self._capitalised_after_re.match(right):
            return []  # "June Carter", "April Fools": a name, not the month
        if self._digit_after_re.match(right):
            return []  # "March 2-4", "May 5G": a day the other families did not accept
        return [_Candidate(start, match.end(), "month", fields)]

    def _weekday(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        start = match.start()
        fields: dict[str, Any] = {"weekday": self.weekday_numbers[match["wd"].lower()]}
        rel = self._before(self._rel_before_re, text, start)
        if rel is not None:
            if _norm(rel["rel"]) in ("last", "next") and self._before(
                self._vague_re, text, start - len(rel[0])
            ):
                return []  # "over the next Monday" is no date
            fields["rel"] = self._relation(rel["rel"])
            return [_Candidate(start - len(rel[0]), match.end(), "weekday", fields)]
        left = self._left(text, start)
        if self._frequency_re.search(left):
            return []  # "every Monday"
        previous = self._capitalised_before_re.search(left)
        if previous is not None and previous["word"] in self.weekday_name_prefixes:
            return []  # "Black Friday", "Good Friday"
        fields["rel"] = None
        return [_Candidate(start, match.end(), "weekday", fields)]

    def _relative_day(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
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
        fields = {"days": self.relative_days[word.lower()]}
        return [_Candidate(match.start(), match.end(), "relative_day", fields)]

    def _relative_unit(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "last year", "this week", "next month", "the coming year", "this summer"."""
        rel_words = _norm(match["rel"])
        offset = self.relative_words[rel_words]
        unit_text = _norm(match["unit"])
        if not rel_words.startswith("the") and self._before(self._vague_re, text, match.start()):
            return []  # "over the last year", "in the next month": durations
        fields: dict[str, Any] = {"offset": offset}
        if unit_text in self.seasons:
            fields["season"] = self.seasons[unit_text]
            unit = "season"
        elif unit_text.endswith("half"):
            fields["half"] = self.half_ordinals.get(unit_text.split()[0], 1)
            unit = "named_half"
        elif unit_text == "fiscal year":
            unit = "year"
        else:
            unit = unit_text
        if unit == "decade" and offset == 1:
            return []  # "the next decade" is a duration more often than a date
        fields["unit"] = unit
        return [_Candidate(match.start(), match.end(), "relative_unit", fields)]

    def _ago(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "two years ago" (from R); "a year earlier", "three days later" (from an anchor)."""
        raw = match["n"].lower()
        amount = int(raw) if raw.isdigit() else self.number_words.get(_norm(raw))
        if not amount:
            return []
        unit = match["unit"].lower().rstrip("s")
        if unit == "decade":
            unit, amount = "year", amount * 10
        fields = {"unit": unit, "amount": amount, "direction": match["dir"].lower()}
        return [_Candidate(match.start(), match.end(), "ago", fields)]

    def _quarter(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "the third quarter (of 2024)", "this year's fourth quarter", "third-quarter"."""
        quarter = self.quarter_ordinals[match["ord"].lower()]
        fields: dict[str, Any] = {"quarter": quarter}
        start = match.start()
        groups = match.groupdict()
        if groups.get("year") or groups.get("year2"):
            fields["value"] = quarter_value(int(groups.get("year") or groups["year2"]), quarter)
        elif groups.get("orel"):
            fields["year_offset"] = _YEAR_OFFSETS[groups["orel"].lower()]
        elif groups.get("ofy"):
            fields["year_offset"] = 0
        prefix = self._before(self._quarter_before_re, text, start)
        if prefix is not None:
            start -= len(prefix[0])
            prefix_year = prefix["dyear"] or prefix["pyear"]
            if prefix_year and "value" not in fields:
                fields["value"] = quarter_value(int(prefix_year), quarter)
            elif prefix["yrel"] and "value" not in fields:
                fields["year_offset"] = _YEAR_OFFSETS[prefix["yrel"].lower()]
        return [_Candidate(start, match.end(), "quarter", fields)]

    def _quarter_adjective(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "third-quarter" ("fiscal second-quarter"); "the" stays with the noun it modifies."""
        fields: dict[str, Any] = {"quarter": self.quarter_ordinals[match["ord"].lower()]}
        fiscal = self._before(self._fiscal_before_re, text, match.start())
        start = match.start() - (len(fiscal[0]) if fiscal else 0)
        return [_Candidate(start, match.end(), "quarter", fields)]

    def _quarter_code(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "Q3 2024", "3Q", "2024 Q3", "Q3 '24"."""
        quarter = int(match["q"] or match["q2"] or match["q3"])
        fields: dict[str, Any] = {"quarter": quarter}
        if match["year"] or match["year3"]:
            fields["value"] = quarter_value(int(match["year"] or match["year3"]), quarter)
        elif match["yy"]:
            fields["value"] = quarter_value(two_digit_year(int(match["yy"])), quarter)
        return [_Candidate(match.start(), match.end(), "quarter", fields)]

    def _half(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "the first half of 2025", "the second half", "first-half"."""
        half = self.half_ordinals[match["ord"].lower()]
        fields: dict[str, Any] = {"half": half}
        start = match.start()
        if match["year"]:
            fields["value"] = half_value(int(match["year"]), half)
        elif match["orel"]:
            fields["year_offset"] = _YEAR_OFFSETS[match["orel"].lower()]
        elif match["ofy"]:
            fields["year_offset"] = 0
        elif self._of_after_re.match(self._right(text, match.end())):
            return []  # "the first half of the century", "of the game": not ours to place
        elif match["ord"].lower() == "last":
            return []  # "the last half" without a year is a duration
        the = self._before(self._the_before_re, text, start)
        if the is not None and (match["sep"] != "-" or "value" in fields):
            start -= len(the[0])  # not in "the first-half results"
        return [_Candidate(start, match.end(), "half", fields)]

    def _half_code(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        half = int(match["h"] or match["h2"] or match["h3"])
        value = half_value(int(match["year"] or match["year3"]), half)
        return [_Candidate(match.start(), match.end(), "half", {"value": value})]

    def _decade(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "the 1990s" (199), "the '90s", "the nineties"; words only after "the"."""
        fields: dict[str, Any] = {}
        the = self._before(self._the_before_re, text, match.start())
        if match["dec"]:
            fields["value"] = match["dec"][:3]
        elif match["dd"]:
            fields["decade_digit"] = int(match["dd"][0])
        elif the is not None:
            fields["decade_digit"] = self.decade_words[match["dw"].lower()]
        else:
            return []  # "in his nineties" is an age
        start = match.start() - (len(the[0]) if the else 0)
        return [_Candidate(start, match.end(), "decade", fields)]

    def _century(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        number = int(match["n"]) if match["n"] else self.century_ordinals[match["nw"].lower()]
        the = self._before(self._the_before_re, text, match.start())
        start = match.start() - (len(the[0]) if the else 0)
        return [_Candidate(start, match.end(), "century", {"value": f"{number - 1:02d}"})]

    def _fiscal_year(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "fiscal 2024", "fiscal year 2024", "FY2024", "FY24"."""
        if match["year"] or match["fyear"]:
            fields: dict[str, Any] = {"value": match["year"] or match["fyear"]}
        else:
            fields = {"value": f"{two_digit_year(int(match['yy'])):04d}"}
        return [_Candidate(match.start(), match.end(), "fiscal_year", fields)]

    def _season(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "summer 2023", "the summer of 2023"."""
        if not match["year"]:
            return []  # "summer", "the summer": generic ("this summer" is a relative unit)
        value = season_value(int(match["year"]), self.seasons[match["season"].lower()])
        the = self._before(self._the_before_re, text, match.start())
        start = match.start() - (len(the[0]) if the else 0)
        return [_Candidate(start, match.end(), "season", {"value": value})]

    def _period_of(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "the end of the year", "year-end", "earlier in the year": R's year or month."""
        fields: dict[str, Any] = {"no_modifier": True}
        if match["year"]:
            fields["value"] = match["year"]
        else:
            fields["unit"] = (match["unit"] or match["unit2"] or match["unit3"] or "year").lower()
        return [_Candidate(match.start(), match.end(), "period_of", fields)]

    def _year_ago_adjective(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "year-earlier", "the year-ago quarter", "the comparable year-ago period"."""
        unit = (match["unit"] or "").lower()
        start = match.start()
        fields: dict[str, Any] = {"unit": unit, "no_modifier": True}
        if match["ord"]:
            fields["quarter"] = self.quarter_ordinals[match["ord"].lower()]
            fields["unit"] = "quarter"
        if unit and (det := self._before(self._compared_before_re, text, start)):
            start -= len(det[0])
        return [_Candidate(start, match.end(), "year_ago_adjective", fields)]

    def _anaphor(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "that year", "the following year", "the same month": relative to an earlier date."""
        word = _norm(match["a"])
        offsets = {"the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1}
        left = self._left(text, match.start())
        if word == "that" and not (
            self._year_context_re.search(left) or self._modifier_re.search(left)
        ):
            return []  # "that year" only after a preposition ("in that year"); else too vague
        fields = {"unit": match["unit"].lower(), "offset": offsets.get(word, 0)}
        fields["no_modifier"] = True
        return [_Candidate(match.start(), match.end(), "anaphor", fields)]

    def _reported_quarter(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "the quarter", "the latest quarter": the quarter a results story reports on."""
        fields = {"latest": match["latest"] is not None, "no_modifier": True}
        return [_Candidate(match.start(), match.end(), "reported_quarter", fields)]

    def _weekend(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        return [_Candidate(match.start(), match.end(), "weekend", {"no_modifier": True})]

    def _holiday(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "Christmas", "Thanksgiving Day 2023", "last Thanksgiving"."""
        spec = self.holidays[_norm(match["name"])]
        start = match.start()
        fields: dict[str, Any] = {"holiday": spec, "rel": None}
        if match["year"]:
            day = holiday_date(int(match["year"]), spec)
            if day is None:
                return []
            fields["value"] = day_value(day)
        elif (rel := self._before(self._rel_before_re, text, start)) is not None:
            fields["rel"] = self._relation(rel["rel"])
            start -= len(rel[0])
        elif self._before(self._frequency_re, text, start):
            return []  # "every Christmas"
        return [_Candidate(start, match.end(), "holiday", fields)]

    def _spoken_year(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """ "nineteen ninety-six", "two thousand and one": years as transcripts write them."""
        words = re.split(r"[\s-]+", match[0].lower())
        if match["millennium"]:
            year, rest = 2000, words[2:]
        else:
            year, rest = self.number_words[words[0]] * 100, words[1:]
        year += sum(self.number_words.get(word, 0) for word in rest if word not in ("and", "oh"))
        left, right = self._left(text, match.start()), self._right(text, match.end())
        if self._quantity_after_re.match(right):
            return []
        if match["millennium"] and not (
            self._year_context_re.search(left) or self._modifier_re.search(left)
        ):
            return []  # "two thousand" alone is more often a number than a year
        return [_Candidate(match.start(), match.end(), "year", {"value": f"{year:04d}"})]

    def _year(self, match: re.Match[str], text: str) -> Iterable[_Candidate]:
        """A bare year, only where its context says "year" and not "quantity"."""
        start, end = match.start("year"), match.end("year")
        year = int(match["year"])
        left, right = self._left(text, start), self._right(text, end)
        second: _Candidate | None = None
        if match["y2"] is not None:  # "2023-24", "2009-2010", "1957-58": two years
            y2 = match["y2"]
            end_year = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if year < end_year <= year + 99 and end_year <= 2099:
                fields = {"value": f"{end_year:04d}", "no_modifier": True}
                second = _Candidate(match.start("y2"), match.end("y2"), "year", fields)
        if second is None and self._range_after_re.match(right):
            return []  # a phone number, a code or a score, not a range of years
        if self._number_before_re.search(left) or self._quantity_prefix_re.search(left):
            return []  # "1.2025", "No. 2025", "$2025", "about 2025"
        if second is None and (
            self._quantity_after_re.match(right) or not self._year_context(text, start, left, right)
        ):
            return []
        found = [_Candidate(start, end, "year", {"value": f"{year:04d}"})]
        return [*found, second] if second is not None else found

    def _year_context(self, text: str, start: int, left: str, right: str) -> bool:
        """The brief's year contexts: a preposition before, a comma after, or a name."""
        if self._year_context_re.search(left) or self._modifier_re.search(left):
            return True
        if self._year_after_re.match(right) or self._year_list_before_re.search(left):
            return True  # "2023,", "2023's", "(2023)", "2022 and 2023", "1994, 1995"
        if self._possessive_before_re.search(left) and self._lowercase_after_re.match(right):
            return True  # "the company's 1989 results"
        capitalised = self._capitalised_before_re.search(left)
        if capitalised is not None and not self._before(
            self._sentence_start_re, text, start - len(capitalised[0])
        ):
            return True  # "Expo 2020", "Nanjing 2023 Metaverse …": a year inside a name
        if self._determiner_re.search(left) and (
            self._capitalised_after_re.match(right) or self._lowercase_after_re.match(right)
        ):
            return True  # "the 2023 conference", "its 2024 budget"
        return bool(self._line_start_re.search(left) and self._capitalised_after_re.match(right))

    # -- resolution --------------------------------------------------------------------------
    def _resolve_all(
        self, chosen: list[_Candidate], text: str, ref: date | None
    ) -> list[DateMatch]:
        sentence_starts: list[int] | None = None
        resolved: list[DateMatch] = []
        anchors: list[DateMatch] = []  # dates that do not themselves depend on an anchor
        for candidate in chosen:
            if "value" in candidate.fields:
                value: str | None = candidate.fields["value"]
            else:
                if sentence_starts is None:
                    sentence_starts = self._sentence_starts(text)
                sentence = _sentence_of(sentence_starts, len(text), candidate.start)
                value = self._resolve(candidate, text, ref, sentence, anchors)
            found = DateMatch(
                candidate.start,
                candidate.end,
                text[candidate.start : candidate.end],
                value,
                candidate.rule,
            )
            if value is _UNRESOLVED:
                continue  # "the same month" with no month before it: not placeable
            resolved.append(found)
            if not _is_anaphoric(candidate):
                anchors.append(found)
        return resolved

    def _sentence_starts(self, text: str) -> list[int]:
        """Sentence start offsets: a rough split that ignores "Mr." and initials ("P.")."""
        starts = [0]
        for found in self._sentence_end_re.finditer(text):
            stop = found.start()
            if text[stop] == "." and self._abbreviation_before(text[max(0, stop - 12) : stop]):
                continue
            starts.append(found.end())
        return starts

    def _abbreviation_before(self, window: str) -> bool:
        """Whether ``window`` ends with an abbreviation or an initial ("Mr", "U.S", "P")."""
        ends = self._abbreviation_ends
        if ends is not None and not (
            window.endswith(ends) or (window.endswith("\n") and window[:-1].endswith(ends))
        ):
            return False
        return self._abbreviation_re.search(window) is not None

    def _tense(self, text: str, sentence: tuple[int, int], start: int, end: int) -> Relation:
        """Whether the sentence puts a date in the future: the brief's "will", "next", "is due
        to" rule, read as "the nearest tense cue wins, future on a tie, past by default".

        Cues in the date's own clause (between commas, or before "that") are tried first, so
        in "X will begin on Sept. 3, officials said" the reporting verb does not decide.
        """
        lo, hi = sentence
        clause_lo = lo
        for found in self._clause_break_re.finditer(text, lo, start):
            clause_lo = found.end()
        found = self._clause_break_re.search(text, end, hi)
        clause_hi = found.start() if found else hi
        for window_lo, window_hi in ((clause_lo, clause_hi), (lo, hi)):
            nearest_future = _nearest(self._future_re, text, window_lo, window_hi, start, end)
            nearest_past = _nearest(self._past_re, text, window_lo, window_hi, start, end)
            if self._adjacent_past_re.search(text[max(window_lo, start - 24) : start]):
                nearest_past = 0
            if nearest_future is None and nearest_past is None:
                continue
            if nearest_future is None:
                return "past"
            if nearest_past is not None and nearest_past < nearest_future:
                return "past"
            return "future"
        return "past"

    def _resolve(
        self,
        candidate: _Candidate,
        text: str,
        ref: date | None,
        sentence: tuple[int, int],
        previous: list[DateMatch],
    ) -> str | None:
        fields = candidate.fields
        rule = candidate.rule
        if _is_anaphoric(candidate):
            return self._resolve_anaphoric(candidate, ref, sentence, previous)
        if ref is None:
            return None

        def relation() -> Relation:
            rel = fields.get("rel")
            return rel or self._tense(text, sentence, candidate.start, candidate.end)

        if rule == "month_day":
            if "weekday" in fields:
                fitted = resolve_weekday_date(
                    ref, fields["month"], fields["day"], fields["weekday"]
                )
                if fitted is not None:
                    return fitted
            return resolve_month_day(ref, fields["month"], fields["day"], relation())
        if rule == "holiday":
            return resolve_holiday(ref, fields["holiday"], relation())
        if rule == "weekend":
            return resolve_weekend(ref, relation())
        if rule == "month_year":
            return month_value(ref.year + fields["year_offset"], fields["month"])
        if rule == "month":
            return resolve_month(ref, fields["month"], relation())
        if rule == "weekday":
            return resolve_weekday(ref, fields["weekday"], relation())
        if rule == "relative_day":
            return day_value(ref + timedelta(days=fields["days"]))
        if rule == "relative_unit":
            return self._resolve_relative_unit(fields, ref, text, sentence, candidate)
        if rule == "ago":
            return shift_unit(ref, fields["unit"], -fields["amount"])
        if rule == "quarter":
            if "year_offset" in fields:
                return quarter_value(ref.year + fields["year_offset"], fields["quarter"])
            just_ended = shift_unit(ref, "quarter", -1) or ""
            if just_ended.endswith(f"Q{fields['quarter']}"):
                # The quarter that just ended is reported in future tense ("expects to
                # report third-quarter profit") without being in the future itself.
                return just_ended
            return resolve_quarter(ref, fields["quarter"], relation())
        if rule == "half":
            if "year_offset" in fields:
                return half_value(ref.year + fields["year_offset"], fields["half"])
            return resolve_half(ref, fields["half"], relation())
        if rule == "decade":  # "the '90s", "the nineties": the latest such decade
            digit = fields["decade_digit"]
            century = ref.year // 100
            if century * 100 + digit * 10 > ref.year:
                century -= 1
            return f"{century:02d}{digit}"
        if rule == "period_of":
            return shift_unit(ref, fields["unit"], 0)
        return None

    def _resolve_relative_unit(
        self,
        fields: dict[str, Any],
        ref: date,
        text: str,
        sentence: tuple[int, int],
        candidate: _Candidate,
    ) -> str | None:
        unit, offset = fields["unit"], fields["offset"]
        names: dict[int, Relation] = {-1: "last", 0: "this", 1: "next"}
        if unit == "season":
            if offset == 0:
                return season_value(ref.year, fields["season"])
            return resolve_season(ref, fields["season"], names[offset])
        if unit == "named_half":
            return half_value(ref.year + offset, fields["half"])
        if unit == "weekend":
            if offset == 0:
                return resolve_weekend(
                    ref, self._tense(text, sentence, candidate.start, candidate.end)
                )
            return resolve_weekend(ref, names[offset] if offset > 0 else "last")
        return shift_unit(ref, unit, offset)

    def _resolve_anaphoric(
        self,
        candidate: _Candidate,
        ref: date | None,
        sentence: tuple[int, int],
        anchors: list[DateMatch],
    ) -> str | None:
        """Dates relative to an earlier date: "a year earlier", "that year", "year-ago".

        The anchor is the nearest earlier date that is not itself anaphoric (so errors do not
        chain); without one, R stands in, as it does for "last year".
        """
        fields = candidate.fields
        rule = candidate.rule
        if rule == "ago":
            sign = -1 if fields["direction"] == "earlier" else 1
            anchor = _anchor(anchors, sentence, same_sentence=True)
            if anchor is None and sign > 0:
                anchor = _anchor(anchors, sentence, same_sentence=False)
            if anchor is None:
                return shift_unit(ref, fields["unit"], sign * fields["amount"]) if ref else None
            return shift_value(anchor, fields["unit"], sign * fields["amount"])
        if rule == "reported_quarter":
            if not fields["latest"]:
                anchor = _anchor(anchors, sentence, grains=("quarter",), same_sentence=False)
                if anchor is not None:
                    return anchor
            return shift_unit(ref, "quarter", -1) if ref else None
        if rule == "anaphor":
            unit, offset = fields["unit"], fields["offset"]
            grains = {"year": _ANCHOR_GRAINS, "month": ("day", "month"), "quarter": ("quarter",)}
            anchor = _anchor(anchors, sentence, grains=grains[unit], same_sentence=False)
            if anchor is None:
                if offset == 0:
                    return _UNRESOLVED
                return shift_unit(ref, unit, offset) if ref else None
            parsed = _VALUE_RE.match(anchor)
            return shift_unit(_value_start(parsed), unit, offset) if parsed else None
        # year-ago / year-earlier: the same period one year before the one being compared;
        # "period" and the bare adjective compare with the reported quarter or half, if any
        if fields["unit"] in ("period", "half", ""):
            anchor = _anchor(anchors, sentence, grains=("quarter", "half"), same_sentence=False)
            if anchor is not None:
                return shift_value(anchor, "year", -1)
        if fields["unit"] == "quarter":
            anchor = _anchor(anchors, sentence, grains=("quarter",), same_sentence=False)
            if anchor is None and ref is not None:
                anchor = shift_unit(ref, "quarter", -1)
            if anchor is not None and "quarter" in fields:
                anchor = quarter_value(int(anchor[:4]), fields["quarter"])
            return shift_value(anchor, "year", -1) if anchor else None
        anchor = _anchor(anchors, sentence, same_sentence=True)
        if anchor is None:
            return shift_unit(ref, "year", -1) if ref else None
        return shift_value(anchor, "year", -1)


_ANCHOR_GRAINS = ("day", "month", "quarter", "half", "season", "year")
_UNRESOLVED: Any = object()
"""Returned for an anaphoric date with nothing to refer to: the candidate is dropped."""
_ANAPHORIC_RULES = frozenset({"year_ago_adjective", "anaphor", "reported_quarter"})


def _is_anaphoric(candidate: _Candidate) -> bool:
    """Whether a candidate's value depends on an earlier date rather than on R alone."""
    if candidate.rule == "ago":
        return candidate.fields["direction"] != "ago"
    return candidate.rule in _ANAPHORIC_RULES


def _anchor(
    anchors: list[DateMatch],
    sentence: tuple[int, int],
    *,
    grains: tuple[str, ...] = _ANCHOR_GRAINS,
    same_sentence: bool,
) -> str | None:
    """The value of the nearest earlier anchor date (in the sentence, or anywhere before)."""
    for match in reversed(anchors):
        if same_sentence and match.start < sentence[0]:
            return None
        if match.value is not None and value_grain(match.value) in grains:
            return match.value
    return None


def _nearest(
    regex: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int
) -> int | None:
    """Character distance from the span to the nearest match of ``regex`` in ``text[lo:hi]``."""
    best: int | None = None
    for found in regex.finditer(text, lo, hi):
        if found.end() <= start:
            distance = start - found.end()
        elif found.start() >= end:
            distance = found.start() - end
        else:
            continue
        if best is None or distance < best:
            best = distance
    return best


def _sentence_of(starts: list[int], length: int, position: int) -> tuple[int, int]:
    index = bisect_right(starts, position) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end


def _longest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, ties to the earlier start (filter_spans)."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    taken: list[_Candidate] = []
    used: set[int] = set()
    for candidate in ordered:
        if candidate.end <= candidate.start:
            continue
        if any(i in used for i in range(candidate.start, candidate.end)):
            continue
        taken.append(candidate)
        used.update(range(candidate.start, candidate.end))
    return sorted(taken, key=lambda c: c.start)
