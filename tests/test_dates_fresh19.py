"""Dates of wire copy, results tables and court news as a fresh multi-outlet tune set showed
them (issue 11, brief H83). Sentences and names of our own; R is given per case; a negative
beside each rule.
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
        # "calendar 1991" names the year, as "fiscal 1991" does
        (
            "Borrowing by the Tarnby council was 3 billion crowns for calendar 1991.",
            [("calendar 1991", "1991")],
        ),
        (
            "The Kelvo board measures sales by calendar year 2019, not by season.",
            [("calendar year 2019", "2019")],
        ),
        # negative: "calendar" before no year
        ("The Kelvo calendar lists every market day.", []),
    ],
)
def test_calendar_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1992-03-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "end" without "the ... of", as wire copy writes it: with a hyphen, or after a
        # preposition
        (
            "Reserves at the Tarnby bank stood at 4 billion at end October, against 3.8 "
            "billion at end July.",
            [("end October", "1991-10"), ("end July", "1991-07")],
        ),
        (
            "Kelvo Mills earned a record profit in the year to end-Feb. 1992.",
            [("end-Feb. 1992", "1992-02")],
        ),
        # "to end" after a figure or a period: the end of the month
        (
            "Tarnby's reserves rose 4% to end June, and Kelvo's fell for the year to end April.",
            [("end June", "1991-06"), ("end April", "1991-04")],
        ),
        # negatives: "to end" after another verb is an infinitive
        ("Kelvo officials agreed to end June talks early.", [("June", "1992-06")]),
        (
            "The Vellmar firm plans to end March 1993 with no debt.",
            [("March 1993", "1993-03")],
        ),
        # negatives: "end" as a verb before a weekday or a date
        ("Talks between the two mills end Monday.", [("Monday", "1992-03-02")]),
        (
            "The strike at the Kelvo plant will end December 3, the union said.",
            [("December 3", "1992-12-03")],
        ),
    ],
)
def test_end_without_the_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1992-03-04") == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a month joined to a month with its year shares the year
        (
            "A jury found that the Kelvo director sold shares in June and July 2003.",
            "2007-08-02",
            [("June", "2003-06"), ("July 2003", "2003-07")],
        ),
        (
            "Tarnby's river was closed between June and August 1998, officials said.",
            "2000-01-10",
            [("June", "1998-06"), ("August 1998", "1998-08")],
        ),
        # a range over a new year starts in the year before
        (
            "The Kelvo ferry runs from October to March 2025.",
            "2024-05-15",
            [("October", "2024-10"), ("March 2025", "2025-03")],
        ),
        (
            "The Kelvo ferry ran between October and March 2025.",
            "2025-01-10",
            [("October", "2024-10"), ("March 2025", "2025-03")],
        ),
        # negative: months in a list ("and" without "between") share the year as written
        (
            "Kelvo sold the Tarnby mills in October and March 2025.",
            "2025-06-10",
            [("October", "2025-10"), ("March 2025", "2025-03")],
        ),
        # negative: a month in another clause keeps its own reading
        (
            "Orders rose in March, and in May 2001 they fell.",
            "2007-08-02",
            [("March", "2007-03"), ("May 2001", "2001-05")],
        ),
    ],
)
def test_month_takes_the_year_of_its_pair(
    text: str, reference: str, expected: list[tuple[str, str]]
) -> None:
    assert values_at(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between a determiner and a noun is that noun's time, the nearest one, even
        # in a future sentence (as a possessive date is)
        (
            "Tarnby councillors will respond to the Sept. 14 floods at a hearing.",
            [("Sept. 14", "2001-09-14")],
        ),
        (
            "The regulator will study its Sept. 3 report again.",
            [("Sept. 3", "2001-09-03")],
        ),
        # negatives: a future date after a preposition stays in the future, and so does a
        # month alone before a noun
        ("The Kelvo board will meet on Sept. 14 to vote.", [("Sept. 14", "2002-09-14")]),
        ("The Kelvo gazette will print its June edition late.", [("June", "2002-06")]),
        ("Kelvo will pay the fee by Sept. 3.", [("Sept. 3", "2002-09-03")]),
    ],
)
def test_attributive_date_in_a_future_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "2001-09-28") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year back joined by "and" to a compared period compares with the sentence's first
        # period of that grain
        (
            "Tarnby's trade gap for the third quarter of 1990 widened to 6 mln dlrs "
            "from 4 mln for the June quarter and from 3 mln a year earlier.",
            [
                ("the third quarter of 1990", "1990-Q3"),
                ("the June quarter", "1990-Q2"),
                ("a year earlier", "1989-Q3"),
            ],
        ),
        (
            "Kelvo's reserves were 7 billion at end November, against 4 billion at end "
            "August and 3 billion one year earlier.",
            [
                ("end November", "1990-11"),
                ("end August", "1990-08"),
                ("one year earlier", "1989-11"),
            ],
        ),
        # negatives: without "and" the nearest period is the one compared; one period alone
        (
            "Kelvo, which lost money in the third quarter, earned $6 million in the fourth "
            "quarter, up from $2 million a year earlier.",
            [
                ("the third quarter", "1990-Q3"),
                ("the fourth quarter", "1990-Q4"),
                ("a year earlier", "1989-Q4"),
            ],
        ),
        (
            "Tarnby Mills earned $6 million in the fourth quarter and $2 million a year earlier.",
            [("the fourth quarter", "1990-Q4"), ("a year earlier", "1989-Q4")],
        ),
    ],
)
def test_year_back_beside_a_compared_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year back in a sentence that reports a year (and no quarter or half) is the year
        # before that one, not R's year moved
        (
            "Kelvo's record fiscal 1990 earnings of 40 mln dlrs compared with 30 mln dlrs a "
            "year ago.",
            [("fiscal 1990", "1990"), ("a year ago", "1989")],
        ),
        (
            "Tarnby Foods said fourth quarter profit rose. Its 1990 net income fell to 12 mln "
            "dlrs from year-ago 15 mln dlrs.",
            [("fourth quarter", "1990-Q4"), ("1990", "1990"), ("year-ago", "1989")],
        ),
        # a year of another event labels no figures: the year back is R's year moved
        (
            "Kelvo, founded in 1985, earned $6 million, up from $2 million a year ago.",
            [("1985", "1985"), ("a year ago", "1990")],
        ),
        (
            "Tarnby Foods, which opened its Vellmar mill in 1987, said net income rose to "
            "9 mln dlrs from 7 mln dlrs a year ago.",
            [("1987", "1987"), ("a year ago", "1990")],
        ),
        # negative: a quarter named in the sentence is the period compared
        (
            "Tarnby Foods earned 6 mln dlrs in the fourth quarter of 1990, up from 2 mln dlrs a "
            "year ago.",
            [("the fourth quarter of 1990", "1990-Q4"), ("a year ago", "1989-Q4")],
        ),
    ],
)
def test_year_back_from_the_reported_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a business noun with one modifier between ("1990 export sales")
        (
            "Tarnby Foods said it had 1990 export sales of 9 mln dlrs.",
            [("1990", "1990")],
        ),
        ("Kelvo reported 1990 overseas earnings of 3 mln dlrs.", [("1990", "1990")]),
        # negatives: a count of things, and two words between
        ("Kelvo shipped 1990 export cars last week.", [("last week", "1991-W08")]),
        ("Kelvo reported 1990 new retail sales outlets.", []),
        # negatives: a word that counts what follows makes the number a quantity
        ("The Tarnby factory received 2000 new orders.", []),
        ("Vellmar hired 1999 more company staff.", []),
        ("Kelvo booked 2000 extra orders last week.", [("last week", "1991-W08")]),
    ],
)
def test_year_before_a_modified_business_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "1991-03-01") == expected
