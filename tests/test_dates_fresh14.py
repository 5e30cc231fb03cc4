"""Dates of results releases, budgets and datelines as a fresh multi-outlet tune set showed
them (issue 11, brief H76). Sentences and names of our own; R is Wednesday 2024-05-15 unless a
test says otherwise; a negative beside each rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_tense import GRAMMAR, values


def values_at(text: str, reference: str) -> list[tuple[str, str | None]]:
    return [
        (found.text, found.value) for found in GRAMMAR.find(text, date.fromisoformat(reference))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named quarter or half "a year ago": that period of the year before the reported one
        (
            "Kelvo Foods earned $4 million in the first quarter, against $3 million in the "
            "first quarter a year ago.",
            [("the first quarter", "2024-Q1"), ("the first quarter a year ago", "2023-Q1")],
        ),
        (
            "Sales in the first half rose to $9 million from $8 million in the first half a "
            "year earlier.",
            [("the first half", "2024-H1"), ("the first half a year earlier", "2023-H1")],
        ),
        # "the year ago quarter" written without its hyphen
        (
            "Tarnby Mills lost $2 million, compared with a profit in the year ago quarter.",
            [("the year ago quarter", "2023-Q1")],
        ),
        # "the same period of the previous year"
        (
            "Bookings were 8% above the same period of the previous year.",
            [("the same period of the previous year", "2023")],
        ),
        # negatives: "a year ago" alone, and "year ago" without "the" before a period's noun
        ("Prices rose 3% from a year ago.", [("a year ago", "2023")]),
        ("The dam opened a year ago to the day.", [("a year ago", "2023")]),
    ],
)
def test_periods_compared_a_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter named by its last month, with its year after "of": one span
        (
            "Port volumes should bottom out in the March quarter of 2026.",
            [("the March quarter of 2026", "2026-Q1")],
        ),
        (
            "Output is due to recover by the December quarter of next year.",
            [("the December quarter of next year", "2025-Q4")],
        ),
        # negatives: a month that ends no quarter, and "of" before no year
        (
            "Exports eased in the June quarter of the port's history.",
            [("the June quarter", "2024-Q2")],
        ),
    ],
)
def test_month_named_quarter_with_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_month_that_ends_no_quarter_takes_no_year_after_of() -> None:
    """Negative: August ends no calendar quarter, so no quarter span is made of it."""
    found = [text for text, _ in values("Exports eased in the August quarter of 2026.")]
    assert found == ["August", "2026"]


def test_a_year_after_a_line_ending_in_a_number_and_a_blank_line() -> None:
    """A dateline that ends in a year, a blank line, then a headline that starts with a year
    range: the year is no continuation of the number above it."""
    text = "14 March 2024\n\n2024-25 Harbour Budget unveiled\n"
    assert values_at(text, "2024-03-14") == [
        ("14 March 2024", "2024-03-14"),
        ("2024", "2024"),
        ("25", "2025"),
    ]


def test_a_number_ending_the_line_just_above_still_blocks_a_year() -> None:
    """Negative: one line break after a number ("Item 5.") keeps the number before it."""
    assert values_at("Item 5.\n2024 units were shipped", "2024-03-14") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported quarter named by its last day is the quarter a comparison goes back from
        (
            "Tarnby Mills earned $5 million in the quarter ended March 31, 2024, up from $4 "
            "million in the same quarter last year.",
            [
                ("the quarter", "2024-Q1"),
                ("March 31, 2024", "2024-03-31"),
                ("the same quarter last year", "2023-Q1"),
            ],
        ),
        (
            "Turnover for the quarter ended March 31, 2024 was 4% above the same period of the "
            "previous year.",
            [
                ("the quarter", "2024-Q1"),
                ("March 31, 2024", "2024-03-31"),
                ("the same period of the previous year", "2023-Q1"),
            ],
        ),
        # "the same quarter last year" is a quarter even with no quarter named before it
        (
            "Orders rose 4% on the same quarter last year.",
            [("the same quarter last year", "2023-Q1")],
        ),
        # negative: a period named by its last day, with no quarter or half, stays that day
        (
            "Sales for the period ended March 31, 2024 were $3 million, against $2 million a "
            "year earlier.",
            [("March 31, 2024", "2024-03-31"), ("a year earlier", "2023-03-31")],
        ),
    ],
)
def test_a_quarter_named_by_its_last_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated quarter or half used as a noun keeps its "the"
        (
            "Profit in the first-half ending in March eased 2%.",
            [("the first-half", "2024-H1"), ("March", "2024-03")],
        ),
        (
            "Margins recovered in the third-quarter, the firm said.",
            [("the third-quarter", "2023-Q3")],
        ),
        # negatives: before the noun it modifies, "the" belongs to the noun
        ("Kelvo blamed the third-quarter loss on freight.", [("third-quarter", "2023-Q3")]),
        ("Tarnby Mills posted the first-half results early.", [("first-half", "2024-H1")]),
    ],
)
def test_hyphenated_period_as_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous fiscal year": the year before the one just named
        (
            "Tarnby Dairy made $9 million in fiscal year 2023, against $7 million in the "
            "previous fiscal year.",
            [("fiscal year 2023", "2023"), ("the previous fiscal year", "2022")],
        ),
        # negative: "previous fiscal" before no period
        ("The previous fiscal rules were looser.", []),
    ],
)
def test_the_previous_fiscal_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month in apposition to a weekday is a date, and names the weekday's week
        (
            "The council met on Monday, the 13th, to approve the budget.",
            [("Monday", "2024-05-13"), ("the 13th", "2024-05-13")],
        ),
        (
            "The ferry strike is set for Tuesday, the 21st.",
            [("Tuesday", "2024-05-21"), ("the 21st", "2024-05-21")],
        ),
        # negatives: an ordinal of a thing after a weekday and a comma; a day that is not
        # that weekday leaves the weekday as the tense placed it
        ("The race was run on Friday, the 3rd of 40 runners won.", [("Friday", "2024-05-10")]),
        (
            "The ferry strike is set for Tuesday, the 22nd.",
            [("Tuesday", "2024-05-14"), ("the 22nd", "2024-05-22")],
        ),
    ],
)
def test_a_weekday_and_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the half its own sentence names is the one compared, not the quarter the story
        # leads with nor the month that half ended in
        (
            "Kelvo's third-quarter profit rose. Its first half ending in June brought in $8 "
            "million, down from $9 million a year earlier.",
            [
                ("third-quarter", "2024-Q3"),
                ("first half", "2024-H1"),
                ("June", "2024-06"),
                ("a year earlier", "2023-H1"),
            ],
        ),
        (
            "Kelvo's third-quarter profit rose. Its first half brought in $8 million, down from "
            "$9 million a year ago.",
            [
                ("third-quarter", "2024-Q3"),
                ("first half", "2024-H1"),
                ("a year ago", "2023-H1"),
            ],
        ),
        # negative: with no period in its sentence, the story's reported quarter is compared
        (
            "Kelvo's third-quarter profit rose. Margins fell to 8% from 9% a year earlier.",
            [("third-quarter", "2024-Q3"), ("a year earlier", "2023-Q3")],
        ),
    ],
)
def test_the_period_of_the_comparison_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "2024-10-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Australian and New Zealand results compare with "the previous corresponding period"
        (
            "Group revenue was 12% ahead of the previous corresponding period.",
            [("the previous corresponding period", "2023")],
        ),
        (
            "Tarnby Dairy earned $5 million in the first quarter, up from $4 million in the prior "
            "corresponding quarter.",
            [("the first quarter", "2024-Q1"), ("the prior corresponding quarter", "2023-Q1")],
        ),
        # negative: "previous corresponding" before no period
        ("The previous corresponding secretary resigned.", []),
    ],
)
def test_the_previous_corresponding_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_fiscal_quarter_named_by_its_last_day_stays_that_day() -> None:
    """Negative: a quarter that ends in July is a fiscal one, no calendar quarter, so the
    comparison goes back from the day as written."""
    found = values(
        "Turnover for the quarter ended July 31, 2023 was 4% above the same period of the "
        "previous year."
    )
    assert found[-1] == ("the same period of the previous year", "2022-07-31")
