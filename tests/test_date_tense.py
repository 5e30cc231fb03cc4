"""Tense-aware direction of dates without a year (issue 11, item 9): sentences of our own.

R is Wednesday 2024-05-15. A past verb places a weekday, month or month-day on or before R;
a future one ("will", "is to", "expected", "if") on or after R; a present verb or none at
all places it nearest to R. R's own weekday is R in every tense.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import load_date_rules
from pipeline.temporal import DateGrammar, resolve_month, resolve_month_day, resolve_weekday

R = date(2024, 5, 15)
GRAMMAR = DateGrammar(load_date_rules())


def values(text: str) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in GRAMMAR.find(text, R)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past verbs: the latest one on or before R
        ("The delegation arrived Tuesday in Lisbon.", [("Tuesday", "2024-05-14")]),
        ("The ministers met Monday in Geneva.", [("Monday", "2024-05-13")]),
        (
            "The regulator said on Wednesday that it had fined the bank.",
            [("Wednesday", "2024-05-15")],
        ),
        ("The bank said Friday it would cut rates.", [("Friday", "2024-05-10")]),
        ("The smelter closed in August.", [("August", "2023-08")]),
        ("The lenders extended the loan in July.", [("July", "2023-07")]),
        # future verbs: the first one on or after R
        ("The board will meet Monday.", [("Monday", "2024-05-20")]),
        ("The envoy is to travel to Oslo on Friday.", [("Friday", "2024-05-17")]),
        ("The envoy is to travel to Oslo on Wednesday.", [("Wednesday", "2024-05-15")]),
        ("Output will double by August.", [("August", "2024-08")]),
        ("Deliveries are expected in March.", [("March", "2025-03")]),
        ("The fund will buy preferred shares on June 2.", [("June 2", "2024-06-02")]),
        (
            "Qantas will add flights by April in the search for markets untouched by the slump.",
            [("April", "2025-04")],
        ),
        ("If the buyer pays by May 3, the seller will cut the price.", [("May 3", "2025-05-03")]),
        (
            "The vote is to be held from June 20 to July 11.",
            [("June 20", "2024-06-20"), ("July 11", "2024-07-11")],
        ),
        # present verbs or none: the nearest one
        ("Parliament reconvenes June 3.", [("June 3", "2024-06-03")]),
        ("The regulator has set June 14 as the deadline for bids.", [("June 14", "2024-06-14")]),
        ("The committee says Wednesday's vote was close.", [("Wednesday", "2024-05-15")]),
        # an infinitive after a past verb: the date belongs to the infinitive
        ("The lenders agreed to extend the loan through July.", [("July", "2024-07")]),
        ("The parent asked the unit to respond by June 1.", [("June 1", "2024-06-01")]),
        # the nearest cue before the date in its clause decides, not a later clause
        ("On Tuesday, the court ruled that the merger may proceed.", [("Tuesday", "2024-05-14")]),
    ],
)
def test_tense_places_dates_without_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_nearest_resolution() -> None:
    assert resolve_weekday(R, 4, "nearest") == "2024-05-17"  # Friday: two days ahead
    assert resolve_weekday(R, 0, "nearest") == "2024-05-13"  # Monday: two days back
    assert resolve_weekday(R, 2, "nearest") == "2024-05-15"  # R's own weekday is R
    assert resolve_month(R, 9, "nearest") == "2024-09"
    assert resolve_month(R, 12, "nearest") == "2023-12"
    assert resolve_month(R, 11, "nearest") == "2023-11"  # six months either way: the past one
    assert resolve_month_day(R, 1, 10, "nearest") == "2024-01-10"
    assert resolve_month_day(R, 12, 20, "nearest") == "2023-12-20"
    assert resolve_month_day(date(2024, 12, 20), 1, 5, "nearest") == "2025-01-05"
