"""MONEY written with the currency first in forms the wire and regional press use: a
currency's name before the figure ("Euro 4.5 million", "Rupees 20 crore"), an ISO code glued
to a dollar sign ("SGD$3 million"), Indian digit grouping ("Rs 1,20,000") and "trln". Every
sentence and name is invented for these tests."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str) -> list:
    entities = record(text, None)["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency's name (CLDR's, through the build) before the figure, capitalised
        ("Brenvale Foods won a Euro 4.5 million order.", [("Euro 4.5 million", 4_500_000, "EUR")]),
        (
            "The council set aside Rupees 20 crore for roads.",
            [("Rupees 20 crore", 200_000_000, "INR")],
        ),
        ("Tarsen Steel borrowed Yuan 3.2 billion.", [("Yuan 3.2 billion", 3_200_000_000, "CNY")]),
        (
            "Korvel Motors invested Won 1.5 trillion.",
            [("Won 1.5 trillion", 1_500_000_000_000, "KRW")],
        ),
        ("The fund holds US Dollars 250m in bonds.", [("US Dollars 250m", 250_000_000, "USD")]),
        ("The levy raised Naira 12.5 billion.", [("Naira 12.5 billion", 12_500_000_000, "NGN")]),
        ("Fees rose to Euro 1,250 a seat.", [("Euro 1,250", 1250, "EUR")]),
        # a plain number after a capitalised currency name is a title or a score, no amount
        ("Fans gathered for Euro 2028 in the square.", []),
        ("Real 2 Dunmore 1 was the final score.", []),
        ("Won 3 games in a row, the side climbed the table.", []),
        ("Reserves by currency\nSwiss franc 412.30 398.15\nTotal 890.10", []),
        # an ISO code glued to the dollar sign names the dollar
        ("Pellham Logistics raised SGD$3 million.", [("SGD$3 million", 3_000_000, "SGD")]),
        ("The grant of AUD$750,000 was approved.", [("AUD$750,000", 750_000, "AUD")]),
        ("Quorra Mining paid CAD$12.5 million.", [("CAD$12.5 million", 12_500_000, "CAD")]),
        ("It sold for NZD$2.1m.", [("NZD$2.1m", 2_100_000, "NZD")]),
        # Indian digit grouping: lakhs and crores separated in pairs
        (
            "The Vindra plan costs Rs 1,20,000 crore.",
            [("Rs 1,20,000 crore", 1_200_000_000_000, "INR")],
        ),
        ("Each family gets ₹2,50,000, the minister said.", [("₹2,50,000", 250_000, "INR")]),
        ("Rs 1,00,00,000 was paid.", [("Rs 1,00,00,000", 10_000_000, "INR")]),
        # a thousands group of three stays as it was
        ("It cost Rs 125,000 in all.", [("Rs 125,000", 125_000, "INR")]),
        # "trln", as wire copy abbreviates trillion
        ("Debt reached 1.3 trln yen.", [("1.3 trln yen", 1_300_000_000_000, "JPY")]),
        ("Tarvel Bank holds $2 trln in assets.", [("$2 trln", 2_000_000_000_000, "USD")]),
    ],
)
def test_currency_first_forms(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


def test_a_long_run_of_digit_pairs_is_read_in_linear_time(record) -> None:
    """Indian grouping takes at most five pairs: a run of thousands of two-digit groups (a
    table or a broken feed) costs each place a few steps, not the rest of the run."""
    started = time.perf_counter()
    assert _money(record, "Rs 1" + ",23" * 40_000) == []
    assert time.perf_counter() - started < 20  # unbounded pairs took minutes


def test_a_long_run_of_thousands_groups_is_read_in_linear_time(record) -> None:
    """An amount never starts at a comma or point right after a digit: a run of thousands of
    three-digit groups (a table or a broken feed) is tried once, not once per group."""
    started = time.perf_counter()
    assert _money(record, "Totals: 1" + ",111" * 30_000) == []
    assert time.perf_counter() - started < 20  # one try per group took about a minute
    assert [m[0] for m in _money(record, "It paid 1,250,000 dollars, then 2,5 million euros.")] == [
        "1,250,000 dollars",
        "2,5 million euros",
    ]
