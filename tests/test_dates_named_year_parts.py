"""A day written with "this/last/next year" is one date of that year, and a season with
"early", "late" or "mid" after a preposition is a date without "the" (issue 11: real news
writes "on 5 May this year" and "in late summer"). Sentences of our own, negatives beside
each rule; R is Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day and the year the phrase names: one span, whatever the verb's tense
        ("The mill was sold on March 3 last year.", [("March 3 last year", "2023-03-03")]),
        ("The ferry resumed on 5 May this year.", [("5 May this year", "2024-05-05")]),
        ("The levy ends on July 1 next year.", [("July 1 next year", "2025-07-01")]),
        ("The levy began on July 1 next year.", [("July 1 next year", "2025-07-01")]),
        (
            "The depot closed on the 9th of October last year.",
            [("the 9th of October last year", "2023-10-09")],
        ),
        (
            "On Friday, March 10 last year, the dam failed.",
            [("Friday, March 10 last year", "2023-03-10")],
        ),
        # negatives: "last year" that belongs to another phrase stays its own date
        (
            "The depot closed on March 3, and last year it lost money.",
            [("March 3", "2024-03-03"), ("last year", "2023")],
        ),
        (
            "Sales on March 3 rose, as they did last year.",
            [("March 3", "2024-03-03"), ("last year", "2023")],
        ),
    ],
)
def test_a_day_with_a_named_year_is_one_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of a season after a preposition of time: the season the tense points at
        ("In late summer the co-operative moved its depot.", [("late summer", "2023-SU")]),
        ("By early spring the ferry will run again.", [("early spring", "2025-SP")]),
        ("The vote was held during late winter.", [("late winter", "2023-WI")]),
        # negatives: a bare season, and a season part used as a modifier
        ("In summer the ferry runs hourly.", []),
        ("The late summer sale drew crowds.", []),
        ("She wrote about early spring flowers for the parish magazine.", []),
    ],
)
def test_part_of_a_season_after_a_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
