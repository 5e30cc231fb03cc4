"""Dates of TimeBank-style news, fourth pass (issue 11, brief H27): approximators inside any
date ("around Nov. 1", "sometime next year", "a week or so ago"), a participle after "be"
that is no past tense ("will be completed Nov. 1"), parts of a year, decade or century ("the
first two quarters of 2026", "the last half of the '70s"), "the previous Friday", and "since
year-end" (the end of the year before), and the year or week of a results sentence ("sales for
the full year"). Sentences of our own; R is Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger is to be completed around Nov. 1.", [("around Nov. 1", "2024-11-01")]),
        ("The sale should close around year end.", [("around year end", "2024")]),
        ("The robots reach shops sometime next year.", [("sometime next year", "2025")]),
        ("The mill was built circa 1921.", [("circa 1921", "1921")]),
        ("The kiln opened around 1990.", [("around 1990", "1990")]),
        ("Then, a month or so ago, the board met.", [("a month or so ago", "2024-04")]),
        # negatives: a verb's own "around", an "around" before a possessive date (it belongs
        # to the noun), and "about" (a preposition before a year: "worried about 2030")
        ("Lawyers seek to get around Monday's ruling.", [("Monday", "2024-05-13")]),
        ("Planners worked around March 1 deadlines.", [("March 1", "2024-03-01")]),
        ("Investors worried about 2030 in March.", [("March", "2024-03")]),
        ("Shares fell around Friday's close.", [("Friday", "2024-05-10")]),
        ("The plant will close within a year or so.", []),
    ],
)
def test_an_approximator_is_inside_the_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "be" right before the date is no past tense
        ("The bridge will be reopened Nov. 3.", [("Nov. 3", "2024-11-03")]),
        ("The bonds are to be redeemed on Friday.", [("Friday", "2024-05-17")]),
        # negatives: a past auxiliary, or a regular past with no "be", keep the past
        ("The bridge was reopened Nov. 3.", [("Nov. 3", "2023-11-03")]),
        ("The bridge has been reopened Nov. 3.", [("Nov. 3", "2023-11-03")]),
        ("The court ruled Friday.", [("Friday", "2024-05-10")]),
    ],
)
def test_a_participle_after_be_is_no_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of a year said in quarters, and part of a decade or century
        (
            "Demand will stay weak through the first two quarters of 2026.",
            [("the first two quarters of 2026", "2026-H1")],
        ),
        (
            "Output slid in the last two quarters of last year.",
            [("the last two quarters of last year", "2023-H2")],
        ),
        ("Rents soared in the last half of the '70s.", [("the last half of the '70s", "197")]),
        ("Mills closed in the first half of the 1950s.", [("the first half of the 1950s", "195")]),
        (
            "Canals shaped the second half of the 18th century.",
            [("the second half of the 18th century", "17")],
        ),
        # negatives: two quarters with no year is a stretch counted back; a half of a game
        ("Output slid in the last two quarters.", []),
        ("The side scored twice in the second half.", []),
    ],
)
def test_part_of_a_year_decade_or_century(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous Friday": a week before the Friday named last
        (
            "The index closed at 812 on Friday, up 2% from the previous Friday.",
            [("Friday", "2024-05-10"), ("the previous Friday", "2024-05-03")],
        ),
        # with no such Friday before it, the latest one before R
        ("Prices slipped from the previous Tuesday.", [("the previous Tuesday", "2024-05-14")]),
        # negatives: a different weekday named before is no anchor; a bare weekday is as before
        (
            "Trading halted on Monday, a week after the preceding Thursday.",
            [("Monday", "2024-05-13"), ("the preceding Thursday", "2024-05-09")],
        ),
        ("The market reopened Friday.", [("Friday", "2024-05-10")]),
    ],
)
def test_the_previous_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "since" an end that has passed: the year (month) before R's
        ("The index is up 9% since year-end.", [("year-end", "2023")]),
        ("Rates have eased since the end of the year.", [("the end of the year", "2023")]),
        ("Stocks have slid since the end of the month.", [("the end of the month", "2024-04")]),
        # negatives: a start has passed in R's own year; without "since" the end is R's
        ("Stocks have slid since the start of the year.", [("the start of the year", "2024")]),
        ("The sale should close by year-end.", [("year-end", "2024")]),
        ("Rates will ease before the end of the year.", [("the end of the year", "2024")]),
    ],
)
def test_since_the_end_of_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year or week whose figures a results or market sentence gives: R's
        ("Sales for the full year were $4.1 billion, up 9%.", [("the full year", "2024")]),
        ("The shares hit a low for the year of $12.50.", [("the year", "2024")]),
        ("Net slid to $8 million in the first nine months of the year.", [("the year", "2024")]),
        ("For the week, the index lost 2.4%.", [("the week", "2024-W20")]),
        ("The group cut its outlook for the fiscal year.", [("the fiscal year", "2024")]),
        # negatives: a stretch that ends elsewhere or follows an event, no figure, a full week
        ("Prices rose 4% in the year to March.", [("March", "2024-03")]),
        ("For the year ended June 30, net rose 5%.", [("June 30", "2023-06-30")]),
        ("Trading doubled in the week following the crash, up 40%.", []),
        ("The prize for the year went to a poet.", []),
        ("The Car of the Year award carries $50,000.", []),
        ("He was player of the year, scoring 31 points a game.", []),
        ("The plant ran for the full week at 90% capacity.", []),
    ],
)
def test_the_year_of_a_results_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
