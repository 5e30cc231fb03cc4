"""Whether two names, agents or dates can belong to one launch: general rules, no names.

Each comparison returns a ``Relation`` that is strong (the same thing by its words), weak (it
may be the same thing), unknown (nothing to compare) or a conflict (two different things).
The tracker weighs them together; nothing here knows any organisation, place or product.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import IntEnum
from functools import lru_cache

from pipeline.tracking.mentions import (
    CACHE_SIZE,
    CONNECTORS,
    content_words,
    head_word,
    is_named,
    name_words,
    words,
)

LEGAL_SUFFIXES = frozenset(
    {
        "co",
        "ltd",
        "inc",
        "llc",
        "gmbh",
        "ag",
        "plc",
        "pte",
        "pvt",
        "corp",
        "sa",
        "s",
        "jsc",
        "bv",
        "nv",
        "limited",
        "corporation",
        "company",
        "group",
    }
)
"""Words that make an organisation's name formal without changing which one it is."""
DAY_SLACK = timedelta(days=3)
"""Reports of one act may disagree by a few days (time zones, "on Monday" read a week off)."""


class Relation(IntEnum):
    """How strongly two pieces of evidence say "same launch" (CONFLICT says "different")."""

    CONFLICT = -1
    UNKNOWN = 0
    WEAK = 1
    GENERIC = 2
    """A bare common noun ("the platform") with the same head as the other name."""
    SIMILAR = 3
    SAME = 4


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    position = 0
    for token in long:
        if position < len(short) and token == short[position]:
            position += 1
    return position == len(short)


@lru_cache(maxsize=CACHE_SIZE)
def initials(text: str) -> frozenset[str]:
    """Acronyms a name can have: initials of its content words, with or without connectors."""
    all_words = [w for w in words(text) if not w[0].isdigit()]
    content = [w for w in all_words if w not in CONNECTORS]
    return frozenset({"".join(w[0] for w in content), "".join(w[0] for w in all_words)})


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is one upper-case token that spells the initials of ``long``."""
    token = short.strip()
    if not token.isalpha() or not token.isupper() or len(token) < 2:
        return False
    return token.lower() in initials(long)


_NUMBER = re.compile(r"\d[\d.,]*")


def _number(token: str) -> str:
    """The number of a token, without separators or a multiplier ("1,200" and "150m")."""
    match = _NUMBER.match(token)
    return match.group().rstrip(".,").replace(",", "") if match else token


def _numbers(tokens: list[str]) -> set[str]:
    return {_number(token) for token in tokens if token[0].isdigit()}


AMOUNT_WORDS = frozenset(
    {"$", "€", "£", "¥", "₹", "₦", "m", "bn", "million", "billion", "trillion", "crore", "lakh"}
)
"""Currency signs and multipliers: every amount has them, so they say nothing shared."""


def shared_modifiers(a: str, b: str) -> int:
    """How many words besides their heads two object phrases share."""
    return len(_modifiers(a) & _modifiers(b))


@lru_cache(maxsize=CACHE_SIZE)
def _modifiers(text: str) -> frozenset[str]:
    """The words besides the head that say which thing it is; an amount counts as its
    number ("$150m" and "$150 million" share "150")."""
    head = head_word(text)
    found = set()
    for word in content_words(text):
        if word == head or word in AMOUNT_WORDS:
            continue
        found.add(_number(word) if word[0].isdigit() else word)
    return frozenset(found)


def name_relation(
    a: str,
    b: str,
    a_canonical: str | None = None,
    b_canonical: str | None = None,
    a_named: bool | None = None,
    b_named: bool | None = None,
) -> Relation:
    """How two object phrases relate.

    SAME: equal words, the same ORG canonical name, an acronym, or a short form (the words of
    one in order inside the other, same head). SIMILAR: two names with the same head sharing
    most words, or two descriptions with the same head sharing a modifier. GENERIC: one side
    is a bare head noun. WEAK: a description of a name (same head, a shared word). CONFLICT:
    two names that are none of these, or amounts that differ. ``a_named``/``b_named`` say
    whether a phrase is a name when its letter case cannot (a headline's Title Case).
    """
    if a_canonical and b_canonical and a_canonical.lower() == b_canonical.lower():
        return Relation.SAME
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return Relation.UNKNOWN
    na, nb = _numbers(wa), _numbers(wb)
    if na and nb and not na & nb:
        return Relation.CONFLICT
    named_a = is_named(a, a_canonical) if a_named is None else a_named
    named_b = is_named(b, b_canonical) if b_named is None else b_named
    if wa == wb:  # one name, or one description of what may be two things
        return Relation.SAME if named_a or named_b else Relation.SIMILAR
    if named_a and named_b:
        for short, long in ((a, b), (b, a)):
            if is_acronym_of(short, long):
                return Relation.SAME
        if (b_canonical and is_acronym_of(a, b_canonical)) or (
            a_canonical and is_acronym_of(b, a_canonical)
        ):
            return Relation.SAME
    head_a, head_b = head_word(a), head_word(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if named_a and named_b:
        letters_short = [w for w in short if not w[0].isdigit()]
        letters_long = [w for w in long if not w[0].isdigit()]
        if letters_short and _is_subsequence(letters_short, letters_long) and head_a == head_b:
            return Relation.SAME
        if head_a == head_b:
            # names of digits alone ("4G", "2025") have no letter words to share
            sa, sb = set(letters_short), set(letters_long)
            if sa and sb and len(sa & sb) / min(len(sa), len(sb)) >= 0.6:
                return Relation.SIMILAR
        if len(letters_short) == 1 and letters_long and letters_short[0] == letters_long[0]:
            return Relation.SIMILAR  # "Quellbrook" for "Quellbrook Tidal Fund"
        return Relation.CONFLICT
    if head_a != head_b and not (named_a or named_b) and name_words(a) & name_words(b):
        return Relation.WEAK  # two descriptions built on one name
    if head_a != head_b and (named_a or named_b):
        described, name = (b, a) if named_a else (a, b)
        if name_words(described) & set(words(name)):
            return Relation.WEAK  # "$40m Quellbrook vehicle" for "Quellbrook Tidal Fund"
    if head_a != head_b:
        return Relation.UNKNOWN
    ma, mb = _modifiers(a), _modifiers(b)
    if not ma or not mb:
        return Relation.GENERIC
    if named_a or named_b:
        return Relation.WEAK if ma & mb else Relation.UNKNOWN
    return Relation.SIMILAR if ma & mb else Relation.UNKNOWN


def _agent_words(text: str) -> list[str]:
    return [w for w in content_words(text) if w not in LEGAL_SUFFIXES]


def agent_relation(
    a: str | None,
    b: str | None,
    a_canonical: str | None = None,
    b_canonical: str | None = None,
    a_label: str | None = None,
    b_label: str | None = None,
) -> Relation:
    """How two agents relate.

    SAME: equal or nested names ("X City" and "X"; a school "of Y University" and "Y
    University"), the same canonical name, an acronym. WEAK: an organisation and a place (a
    body acting in its place) or two places (a city and its province cannot be told from two
    different places without a gazetteer). CONFLICT: two different organisations or people.
    """
    if a is None or b is None:
        return Relation.UNKNOWN
    fa, fb = a_canonical or a, b_canonical or b
    if fa.lower() == fb.lower():
        return Relation.SAME
    for x, y in ((fa, fb), (a, b)):
        wa, wb = _agent_words(x), _agent_words(y)
        if wa and wb:
            short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            if _is_subsequence(short, long):
                return Relation.SAME
        if is_acronym_of(x, y) or is_acronym_of(y, x):
            return Relation.SAME
    if a_label != b_label or a_label == "GPE":
        return Relation.WEAK
    return Relation.CONFLICT


def date_interval(value: str | None) -> tuple[date, date] | None:
    """The calendar interval a TIMEX3-style value covers, or None when it is not a date.

    "2023-05-22" is one day, "2023-05" a month, "2024-Q3", "2024-H2", "2025-W06" their
    periods, "2025" a year and "201" a decade.
    """
    if not value or not value[:3].isdigit():
        return None
    try:
        if len(value) == 3:
            return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
        year = int(value[:4])
        if len(value) == 4:
            return date(year, 1, 1), date(year, 12, 31)
        part = value[5:]
        if part[0] in "QH":
            months = 3 if part[0] == "Q" else 6
            first = (int(part[1:]) - 1) * months + 1
            return date(year, first, 1), _month_end(year, first + months - 1)
        if part[0] == "W":
            start = date.fromisocalendar(year, int(part[1:]), 1)
            return start, start + timedelta(days=6)
        if len(value) == 7:
            month = int(part)
            return date(year, month, 1), _month_end(year, month)
        day = date.fromisoformat(value[:10])
        return day, day
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def date_relation(a: str | None, b: str | None) -> Relation:
    """SAME when two dates' intervals overlap (a day agrees with its month), CONFLICT when
    they do not (a few days' slack for the same act reported from different places)."""
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return Relation.UNKNOWN
    if ia[0] - DAY_SLACK <= ib[1] and ib[0] - DAY_SLACK <= ia[1]:
        return Relation.SAME
    return Relation.CONFLICT


def reported_too_early(launch_start: str | None, reference_date: str | None) -> bool:
    """Whether an article published on ``reference_date`` reports as done a launch that began
    after it: it must be another launch."""
    interval, reference = date_interval(launch_start), date_interval(reference_date)
    if interval is None or reference is None:
        return False
    return interval[0] > reference[1] + DAY_SLACK


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two reference dates, or None when either is unknown."""
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return None
    return abs((ia[0] - ib[0]).days)
