""" "the 2019 fiscal year", "the 2021 financial year": the year named before "fiscal year" is
one span with it, valued at that year, as "fiscal 2019" and "fiscal year 2019" are (a bare
"2019 fiscal year bonds" keeps the year alone). Every sentence and name is invented for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _dates(record: Callable[..., dict], text: str) -> list:
    entities = record(text, "2024-05-15")["entities"]
    return [(e["text"], e["value"]) for e in entities if e["label"] == "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarvel Mills lost money in the 2019 fiscal year.", [("the 2019 fiscal year", "2019")]),
        (
            "Quorra restated its results for the 2021 financial year.",
            [("the 2021 financial year", "2021")],
        ),
        ("The 1998 fiscal year was the best for Velby.", [("The 1998 fiscal year", "1998")]),
        # no "the": the year alone, as before
        ("Dunmore Power sold 2019 fiscal year bonds.", [("2019", "2019")]),
    ],
)
def test_the_year_fiscal_year(record, text: str, expected: list) -> None:
    assert _dates(record, text) == expected
