""" "the following week", "the previous week": a week placed by the date before it (or by
the reference date when none was named), as "the following month" already is; "that week"
and "the same week" are an event's week, not placed alone. "earlier in the week" and "later
in the week" are R's week, as "earlier in the month" is R's month. Every sentence and name is
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dates(record: Callable[..., dict], text: str) -> list:
    entities = record(text, "2024-05-15")["entities"]
    return [(e["text"], e["value"]) for e in entities if e["label"] == "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velby opened on March 4 and closed the following week.",
            [("March 4", "2024-03-04"), ("the following week", "2024-W11")],
        ),
        (
            "Prices were lower than the previous week, dealers said.",
            [("the previous week", "2024-W19")],
        ),
        ("The following week, Dunmore Mills cut 40 jobs.", [("The following week", "2024-W21")]),
        # an event's week: no DATE
        ("The strike at Quorra ended that week.", []),
        ("Both banks reported in the same week.", []),
    ],
)
def test_anaphoric_weeks(record, text: str, expected: list) -> None:
    assert _dates(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarvel will set its prices later in the week.", [("later in the week", "2024-W20")]),
        ("Earlier in the week, Velby Foods cut 20 jobs.", [("Earlier in the week", "2024-W20")]),
    ],
)
def test_a_position_in_the_week(record, text: str, expected: list) -> None:
    assert _dates(record, text) == expected
