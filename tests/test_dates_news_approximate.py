"""Dates of TimeBank-style news, fourth pass (issue 11, brief H27): approximators inside any
date ("around Nov. 1", "sometime next year", "a week or so ago"), and a participle after
"be" that is no past tense ("will be completed Nov. 1"). Sentences of our own; R is
Wednesday 2024-05-15.
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
