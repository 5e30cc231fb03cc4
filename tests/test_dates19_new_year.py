""" "In the new year" (British copy writes it often, capitalised or not) is a DATE: the year
about to begin, or the reference date's own year while it is new (January, February). Not
the holiday's things ("the New Year parade"), nor a subject without a preposition. Every
sentence and name is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dates(record: Callable[..., dict], text: str, reference_date: str) -> list:
    entities = record(text, reference_date)["entities"]
    return [(e["text"], e["value"]) for e in entities if e["label"] == "DATE"]


@pytest.mark.parametrize(
    ("text", "reference_date", "expected"),
    [
        (
            "Tarvel Water will set out its prices in the new year.",
            "2024-11-20",
            [("the new year", "2025")],
        ),
        (
            "The Dunmore inquiry will report in the New Year.",
            "2024-12-02",
            [("the New Year", "2025")],
        ),
        (
            "Quorra hopes to reopen early in the new year, it said.",
            "2024-10-01",
            [("the new year", "2025")],
        ),
        ("The new fares apply from the new year.", "2024-06-12", [("the new year", "2025")]),
        # in January the new year is the reference date's own
        (
            "Talks will resume in the new year, the union said.",
            "2025-01-08",
            [("the new year", "2025")],
        ),
    ],
)
def test_the_new_year(record, text: str, reference_date: str, expected: list) -> None:
    assert _dates(record, text, reference_date) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: the holiday's things, a greeting, a subject without a preposition
        "Ms Harlow marched in the New Year parade.",
        "The firm wished staff a happy new year.",
        "The new year began badly for Velby Mills.",
        "Shops opened early for the new year sales.",
    ],
)
def test_not_the_new_year(record, text: str) -> None:
    assert _dates(record, text, "2024-12-02") == []
