"""Date edges TimeBank-style news writes (issue 11, brief H67), as classes that recur and
that any outlet writes. Sentences of our own, negatives beside each rule; R is Wednesday
2024-05-15 (``tests.test_date_tense``).
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an open end after a date says the date is a lower or upper bound: the bound is
        # the value, the words are inside the span (as "sometime next year" keeps its word)
        (
            "The plant will not turn a profit until 2027 or later.",
            [("2027 or later", "2027")],
        ),
        (
            "Analysts doubt the cash flow forecasts for 2025 and beyond.",
            [("2025 and beyond", "2025")],
        ),
        ("The recall covers vans built in 2019 or earlier.", [("2019 or earlier", "2019")]),
        (
            "Hiring may pick up by the end of next year or later, she said.",
            [("the end of next year or later", "2025")],
        ),
        # negatives: a second date after "or earlier"/"or later" is its own span; "and
        # beyond" after a place is no date's; a sentence's own "later" stays out
        (
            "The vote could come in June or earlier this year.",
            [("June", "2024-06"), ("earlier this year", "2024")],
        ),
        ("Sales in Europe and beyond rose in 2023.", [("2023", "2023")]),
        ("The mine closed in 2019 and later reopened.", [("2019", "2019")]),
    ],
)
def test_open_ended_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
