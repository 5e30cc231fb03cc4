"""MONEY as a fresh multi-outlet tune set showed it (issue 11, brief H93): the singular
"shilling" before a noun ("a 3 billion shilling dam plan"), placed by the country the
article names, as "shillings" is. Every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str) -> list:
    entities = record(text, None)["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount used as an adjective takes the singular unit
        (
            "Kenya's board approved a 3 billion shilling dam plan.",
            [("3 billion shilling", 3_000_000_000, "KES")],
        ),
        (
            "The Ugandan council approved a 40 billion shilling road budget.",
            [("40 billion shilling", 40_000_000_000, "UGX")],
        ),
        # negatives: the currency named without an amount, and no country to place it
        ("The Kenyan shilling fell against the dollar.", []),
        ("Vellmark set a 5 million shilling target.", []),
    ],
)
def test_singular_shilling(record: Callable[..., dict], text: str, expected: list) -> None:
    assert _money(record, text) == expected
