"""A day and month after "the": the date's own "the" with an ordinal day or "of" ("the 11th
of May"), the article of the noun the date modifies before a plain day and month ("the 11 May
attacks", "the 2 November election"). Sentences of our own; R is given per case."""

from __future__ import annotations

import pytest

from tests.test_dates_fresh23 import values_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bookings fell after the 11 May floods in Tarnby.", [("11 May", "2021-05-11")]),
        ("Turnout was high in the 2 November election.", [("2 November", "2020-11-02")]),
        ("The 14 December board meeting was cancelled.", [("14 December", "2020-12-14")]),
        # the date's own "the": an ordinal day, "of"
        ("The plant opened on the 11th of May.", [("the 11th of May", "2021-05-11")]),
        ("The plant opened on the 11th May.", [("the 11th May", "2021-05-11")]),
        ("The plant opened on the 11 of May.", [("the 11 of May", "2021-05-11")]),
    ],
)
def test_the_before_a_day_and_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values_at(text, "2021-06-01") == expected
