"""Two days of one month written with the month once: "4 to 7 March", "18 and 19 October",
"11-14 November" (day first) and "October 3 to 5" (month first) are two DATE spans each, as
a range of days with a dash after the month is (GUIDELINES 6.1). Every sentence and name is
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

R = "2024-05-15"


def _dates(record: Callable[..., dict], text: str) -> list:
    entities = record(text, R)["entities"]
    return [(e["text"], e["value"]) for e in entities if e["label"] == "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day first: the bare day before the one that carries the month
        (
            "The Dunmore fair runs from 4 to 7 June.",
            [("4", "2024-06-04"), ("7 June", "2024-06-07")],
        ),
        (
            "The Tarvel film week, which runs from 11-14 June, opens with a comedy.",
            [("11", "2024-06-11"), ("14 June", "2024-06-14")],
        ),
        (
            "Bids close on 18 and 19 June, the agency said.",
            [("18", "2023-06-18"), ("19 June", "2023-06-19")],  # "said": the past June
        ),
        (
            "The vote could be held on 8 or 9 April.",
            [("8", "2024-04-08"), ("9 April", "2024-04-09")],
        ),
        (
            "The Quenby festival is held on 12th and 13th July.",
            [("12th", "2024-07-12"), ("13th July", "2024-07-13")],
        ),
        # a year written after both days is the first day's year too
        (
            "The Harlow count, held 27 and 28 September 1998, was close.",
            [("27", "1998-09-27"), ("28 September 1998", "1998-09-28")],
        ),
        # month first, joined with "to": the second day is a date of the same month
        (
            "The Dunmore fair runs from June 3 to 5, organisers said.",
            [("June 3", "2023-06-03"), ("5", "2023-06-05")],  # "said": the past June
        ),
    ],
)
def test_two_days_of_one_month(record, text: str, expected: list) -> None:
    assert _dates(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a figure, a score or a later first day is no day of the range
        ("The index rose 1.5 to 8 May levels.", [("8 May", "2024-05-08")]),
        ("The Velby side won 21-10 June fixtures aside.", [("10 June", "2023-06-10")]),
        ("Prices rose from June 3 to 7 percent.", [("June 3", "2023-06-03")]),
        (
            "The fair runs from June 3 to 5 July.",
            [("June 3", "2024-06-03"), ("5 July", "2024-07-05")],
        ),
    ],
)
def test_not_a_day_of_the_range(record, text: str, expected: list) -> None:
    assert _dates(record, text) == expected
