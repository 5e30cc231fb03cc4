"""A possessive date in a future sentence names the time of the noun after it ("will
appeal Monday's ruling"), often done already: it is placed nearest R, as "the Jan. 14
deadline" is (issue 11); a past sentence keeps the past. Sentences of our own; R is
Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future or conditional verb does not move the day a week ahead
        (
            "The growers' league said it would challenge Monday's ruling in court.",
            [("Monday", "2024-05-13")],
        ),
        (
            "The union will study Tuesday's offer before it votes.",
            [("Tuesday", "2024-05-14")],
        ),
        (
            "Lenders will be repaid from Tuesday’s sale.",
            [("Tuesday", "2024-05-14")],
        ),
        (
            "Dealers will compare the totals with April's figures.",
            [("April", "2024-04")],
        ),
    ],
)
def test_possessive_date_is_nearest(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no possessive: the verb still decides
        ("The committee will vote on Monday.", [("Monday", "2024-05-20")]),
        ("The committee voted on Monday.", [("Monday", "2024-05-13")]),
        ("The mayor postponed the opening on Friday.", [("Friday", "2024-05-10")]),
        # a past sentence keeps the past for a possessive too
        ("Shares dropped after Friday's auction.", [("Friday", "2024-05-10")]),
        # a word of its own after the day: not a possessive of the date
        ("The ferry will sail Monday, skipper's orders.", [("Monday", "2024-05-20")]),
        # "last" and "next" decide for themselves ("next Friday" is the coming one here)
        ("They will revisit last Monday's ruling.", [("last Monday", "2024-05-13")]),
        ("Traders recalled next Friday's expiry.", [("next Friday", "2024-05-17")]),
    ],
)
def test_possessive_rule_leaves_other_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
