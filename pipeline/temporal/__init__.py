"""The date grammar and TIMEX3-style value resolution, as plain functions and one class.

The spaCy components only adapt this package to Docs, so everything here works on ``str``
and ``datetime.date`` and can be tested without a pipeline. One module per job:

- ``rules``: the strict models of ``dates.json``;
- ``pieces``: its word lists as lookups and as regex fragments;
- ``families``: **the grammar as a table**, one entry per family of date expressions;
- ``phrases``, ``triggers``: regex building blocks, and the one scan that finds where
  each family may match;
- ``context``, ``readers``: the context checks and parsing of each family's matches;
- ``recurrence``: dates that recur ("in June each year", opening hours), which are no DATE;
- ``tense``: sentences, and whether a sentence puts a date in the past or the future;
- ``values``, ``resolve``: TIMEX3 values, and the named resolvers that compute them;
- ``grammar``: :class:`DateGrammar`, which ties them together.
"""

from __future__ import annotations

from pipeline.temporal.candidates import DateMatch
from pipeline.temporal.families import FAMILIES, Family
from pipeline.temporal.grammar import DateGrammar
from pipeline.temporal.phrases import phrase_alternation
from pipeline.temporal.rules import DateRules, ReferenceDateRules, validate_rules
from pipeline.temporal.values import (
    calendar_date,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_weekday,
    shift_unit,
    shift_value,
    value_grain,
)

__all__ = [
    "FAMILIES",
    "DateGrammar",
    "DateMatch",
    "DateRules",
    "Family",
    "ReferenceDateRules",
    "calendar_date",
    "phrase_alternation",
    "resolve_month",
    "resolve_month_day",
    "resolve_quarter",
    "resolve_weekday",
    "shift_unit",
    "shift_value",
    "validate_rules",
    "value_grain",
]
