"""A year is no lower end of a MONEY range: in wire copy's "output rose in 1991 to 6.47
billion dlrs" the year is a DATE and the amount is "6.47 billion dlrs" (issue 11: real news;
brief H122). Every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _labelled(record: Callable[..., dict], text: str) -> list:
    entities = record(text, None)["entities"]
    return [(e["label"], e["text"]) for e in entities if e["label"] in ("MONEY", "DATE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before "to" and an amount: the year and the amount
        (
            "Orlby's wool exports fell in 1986 to 6.47 billion dlrs.",
            [("DATE", "1986"), ("MONEY", "6.47 billion dlrs")],
        ),
        (
            "Tarnby Mills' sales rose in 2023 to 2.37 billion stg.",
            [("DATE", "2023"), ("MONEY", "2.37 billion stg")],
        ),
        # negatives: a range of amounts stays one amount
        ("A Wexholt fund of US $25 to 30 million.", [("MONEY", "US $25 to 30 million")]),
        ("Orlby raised 1,250 to 1,400 mln dlrs.", [("MONEY", "1,250 to 1,400 mln dlrs")]),
    ],
)
def test_a_year_is_no_lower_end(
    record: Callable[..., dict], text: str, expected: list[tuple[str, str]]
) -> None:
    assert _labelled(record, text) == expected
