"""Dates as outlets of other places and decades write them, second fresh round (issue 11,
brief H72): the classes a blind set of 28 a-m outlets showed in at least two outlets.
Sentences of our own, negatives beside each rule; R is Wednesday 2024-05-15 unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "looking back" column reprints old items under a heading line that dates them:
        # the relative dates below a heading are that day's, not R's
        (
            "Looking back\nThe Valley Courier, June 3, 1975\n"
            "- The mill announced yesterday it will close this week.\n"
            "The Valley Courier, June 3, 1950\n"
            "- The mayor said yesterday the fair will open June 10.",
            [
                ("June 3, 1975", "1975-06-03"),
                ("yesterday", "1975-06-02"),
                ("this week", "1975-W23"),
                ("June 3, 1950", "1950-06-03"),
                ("yesterday", "1950-06-02"),
                ("June 10", "1950-06-10"),
            ],
        ),
        (
            "From the archive: Tuesday, March 4, 1969\n\nThe senator today said the bill would "
            "pass next month.",
            [
                ("Tuesday, March 4, 1969", "1969-03-04"),
                ("today", "1969-03-04"),
                ("next month", "1969-04"),
            ],
        ),
        # negatives: a heading of R's own year; an old date inside a sentence; a one-word
        # label ("Born:") is a fact about someone, no heading
        (
            "Published May 14, 2024\nThe council met yesterday.",
            [("May 14, 2024", "2024-05-14"), ("yesterday", "2024-05-14")],
        ),
        (
            "The mill opened on June 3, 1975.\nIt closed yesterday.",
            [("June 3, 1975", "1975-06-03"), ("yesterday", "2024-05-14")],
        ),
        (
            "Born: June 3, 1950\nShe died on Sunday.",
            [("June 3, 1950", "1950-06-03"), ("Sunday", "2024-05-12")],
        ),
    ],
)
def test_reprinted_items_under_a_dated_heading(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade in two digits after "the", with or without an apostrophe before the "s"
        ("Radio in the 90's was simpler.", [("the 90's", "199")]),
        ("Music of the 80s is back on the radio.", [("the 80s", "198")]),
        # the second of two decades, its century left to the first
        ("The 1950s and 60s were loud.", [("The 1950s", "195"), ("60s", "196")]),
        # negatives: temperatures, ages and scores in two digits
        ("Temperatures will be in the 90s on Friday.", [("Friday", "2024-05-17")]),
        ("Highs in the 80s are expected.", []),
        ("She was in her 40s.", []),
        ("Her scores were in the 90s all term.", []),
    ],
)
def test_decades_in_two_digits(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # results releases name a quarter by its year before it: one span, as "the year-ago
        # quarter" and "this year's second quarter" are
        (
            "Margins widened in the first quarter over the prior year first quarter.",
            [("the first quarter", "2024-Q1"), ("the prior year first quarter", "2023-Q1")],
        ),
        (
            "First quarter revenue rose. Charges were $2 million in the current-year quarter "
            "and $3 million in the prior-year quarter.",
            [
                ("First quarter", "2024-Q1"),
                ("the current-year quarter", "2024-Q1"),
                ("the prior-year quarter", "2023-Q1"),
            ],
        ),
        ("Costs fell from the previous year period.", [("the previous year period", "2023")]),
        # negatives: "the prior year" alone, or before a possessive or a comma, is the year
        ("Sales rose 4% in the prior year.", [("the prior year", "2023")]),
        ("In the prior year, quarter after quarter was weak.", [("the prior year", "2023")]),
        ("The coach of the prior year's quarterbacks left.", [("the prior year", "2023")]),
    ],
)
def test_year_before_its_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
