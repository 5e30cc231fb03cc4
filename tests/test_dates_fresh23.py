"""Dates of wire copy as a fresh multi-outlet tune set showed them (issue 11, brief H93):
a year after "end-" closing its sentence, and months in a wire headline's capitals.
Sentences and names of our own; R is given per case; a negative beside each rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_tense import GRAMMAR


def values_at(text: str, reference: str) -> list[tuple[str, str | None]]:
    return [
        (found.text, found.value) for found in GRAMMAR.find(text, date.fromisoformat(reference))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "end-1990" is the end of that year wherever it stands: before a full stop, before
        # "and", mid-clause (a comma after it was the only context that found it)
        (
            "Loans at the Vellmark bank stood at 412 mln crowns against 380 mln at end-1990.",
            [("end-1990", "1990")],
        ),
        (
            "Provisions rose at end-1990 and fell again in 1991.",
            [("end-1990", "1990"), ("1991", "1991")],
        ),
        ("The Orvane ratio at end-1989 was 6.2 pct.", [("end-1989", "1989")]),
        # spaced, after a preposition, as the hyphened form
        ("Orvane expects the plant to run by end 1993 at the latest.", [("end 1993", "1993")]),
        # negatives: a verb "end" before a number, and "end" inside a longer word
        ("The talks end 1990 points apart.", []),
        ("The Orvane dead-end-1990 road was closed.", []),
    ],
)
def test_year_after_a_bare_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-04-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire headline in capitals names its month in capitals
        (
            "TARNBY EXPORTS ROSE 4.2 PCT IN FEBRUARY\n\nExports rose, officials said.",
            [("FEBRUARY", "1991-02")],
        ),
        (
            "VELLMARK LEVY VOTE EXPECTED BEFORE JUNE\n\nThe vote is near.",
            [("JUNE", "1991-06")],
        ),
        ("ORVANE SEES PROFIT RISE IN LATE AUGUST\n\nProfit rose.", [("LATE AUGUST", "1991-08")]),
        # the ambiguous months need a month's context in capitals as in running text
        ("TARNBY RATES MAY RISE IN MARCH\n\nRates rose.", [("MARCH", "1991-03")]),
        # in capitals every word is capitalised, so a month before one is a month (brief
        # H122: a wire headline's "ORLBY FEBRUARY WOOL SALES UP")
        ("TARNBY AUGUST TRADE FIGURES DUE\n\nThey are due.", [("AUGUST", "1991-08")]),
        # negatives: a verb, and a first-name month opening the headline before a name
        ("PROTESTERS MARCH ON TARNBY\n\nThey marched.", []),
        ("JUNE VELLMARK JOINS ORVANE BOARD\n\nShe joined.", []),
    ],
)
def test_month_in_headline_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-04-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods sold now for a later delivery: the coming date, though the sale is past
        (
            "Tarnby importers bought 40,000 tonnes of barley for September shipment.",
            [("September", "1991-09")],
        ),
        (
            "Vellmark Grain won contracts for October 3-18 and December 2-16 delivery.",
            [
                ("October 3", "1991-10-03"),
                ("18", "1991-10-18"),
                ("December 2", "1991-12-02"),
                ("16", "1991-12-16"),
            ],
        ),
        (
            "The board awarded two cargoes for delivery between January 10 and February 20, "
            "a trader said.",
            [("January 10", "1992-01-10"), ("February 20", "1992-02-20")],
        ),
        (
            "Orvane sold rapeseed at 210 dlrs a tonne for May/June shipment.",
            [("May", "1991-05"), ("June", "1991-06")],
        ),
        # negatives: shipments reported for a month gone, and "for" without a delivery
        ("Tarnby said November shipments were 412 tonnes.", [("November", "1990-11")]),
        ("Vellmark paid the growers for work in January.", [("January", "1991-01")]),
    ],
)
def test_delivery_date_is_the_coming_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-04-02") == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a range of days written with a dash: two dates, the second in the first's month
        (
            "The Tarnby trade fair runs June 12-17 at the old docks.",
            "1991-04-02",
            [("June 12", "1991-06-12"), ("17", "1991-06-17")],
        ),
        (
            "Vellmark delegates met March 18–23, officials said.",
            "1991-04-02",
            [("March 18", "1991-03-18"), ("23", "1991-03-23")],
        ),
        # the second day takes the first's year even where the tense alone would split them
        # (R half a year from both days: October 1 is ahead, October 2 behind)
        (
            "The Orvane squad plays its opening ties October 1-2.",
            "1996-04-02",
            [("October 1", "1996-10-01"), ("2", "1996-10-02")],
        ),
        # negatives: a percentage range, and a second number below the first (a score)
        ("Tarnby yields rose Oct. 4-6 pct.", "1991-04-02", [("Oct. 4", "1990-10-04")]),
        ("Vellmark won on May 5-3 in extra time.", "1991-04-02", [("May 5", "1990-05-05")]),
    ],
)
def test_dash_range_of_days(text: str, reference: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, reference) == expected
