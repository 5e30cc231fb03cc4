"""General date rules for news none of us has read (issue 11, brief H38): fiscal labels
after "of" ("the first half of FY24"), periods named by the month they end ("the June
quarter"), fiscal periods "to" a month ("the third quarter to December": the month is the
date), and the month of "the year to March" nearest to R. Sentences of our own; R is
Wednesday 2024-05-15 unless a test gives another.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_tense import GRAMMAR, values  # one grammar, R = 2024-05-15


def values_at(text: str, ref: str) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in GRAMMAR.find(text, date.fromisoformat(ref))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Margins widened in the first half of FY24, the grocer said.",
            [("the first half of FY24", "2024-H1")],
        ),
        (
            "Exports slowed in the third quarter of FY2023.",
            [("the third quarter of FY2023", "2023-Q3")],
        ),
        (
            "Bookings for the second quarter of FY 2022 were firm.",
            [("the second quarter of FY 2022", "2022-Q2")],
        ),
        (
            "The first two quarters of FY'19 were weak.",
            [("The first two quarters of FY'19", "2019-H1")],
        ),
    ],
)
def test_a_fiscal_label_after_of_completes_the_quarter_or_half(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fourth quarter of FY2-class engines was delayed.",  # no year label
        "The second half of FYI notes was cut.",
    ],
)
def test_no_fiscal_year_no_year_for_the_period(text: str) -> None:
    assert all("FY" not in found for found, _ in values(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the June quarter, the lender opened 40 branches.", [("the June quarter", "2024-Q2")]),
        ("Profit for the December half rose 8%, it said.", [("the December half", "2023-H2")]),
        (
            "Deliveries will pick up in the September quarter.",
            [("the September quarter", "2024-Q3")],
        ),
        ("The December 2019 quarter was its best.", [("The December 2019 quarter", "2019-Q4")]),
        (
            "Results for the March quarter are due on Friday.",
            [("the March quarter", "2024-Q1"), ("Friday", "2024-05-17")],
        ),
        ("Sales dipped in the Dec. quarter.", [("the Dec. quarter", "2023-Q4")]),
    ],
)
def test_a_quarter_or_half_named_by_its_last_month_is_one_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that ends no calendar quarter or half: the month alone
        ("The January quarter was weak.", [("January", "2024-01")]),
        ("The October half was weak.", [("October", "2023-10")]),
        # a month before another noun: no period
        ("The June quarterly report was late.", [("June", "2023-06")]),
    ],
)
def test_a_month_that_ends_no_calendar_period_stays_a_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in the third quarter to December.", [("December", "2023-12")]),
        ("Profit rose in the first half to December, the bank said.", [("December", "2023-12")]),
        ("Revenue in the quarter to March fell 3%.", [("March", "2024-03")]),
    ],
)
def test_a_period_to_a_month_is_the_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose in the third quarter to 12 million units.",
            [("the third quarter", "2023-Q3")],
        ),
        ("Sales rose in the third quarter, to $4 billion.", [("the third quarter", "2023-Q3")]),
        (
            "Output will climb from the first half to the second half.",
            [("the first half", "2024-H1"), ("the second half", "2024-H2")],
        ),
    ],
)
def test_a_period_to_an_amount_or_another_period_stays(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        # forecast two months before the fiscal year closes: the coming March
        ("2012-01-31", "The maker cut its profit forecast for the year to March.", "2012-03"),
        # reported two weeks after it closed: the March just gone, though the verb is past
        ("2006-04-13", "It booked a loss for the year to March, it said.", "2006-03"),
        ("2023-11-22", "Rents rose 6% in the year to September.", "2023-09"),
        ("2024-05-15", "Sales fell in the nine months to December, it said.", "2023-12"),
    ],
)
def test_the_month_a_fiscal_period_runs_to_is_the_nearest(
    ref: str, text: str, expected: str
) -> None:
    assert [value for _, value in values_at(text, ref)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no period before "to": the verb's tense still decides
        ("The bank will report results in December.", [("December", "2024-12")]),
        ("The vote was moved to December.", [("December", "2023-12")]),
    ],
)
def test_a_month_after_other_words_keeps_its_tense(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected
