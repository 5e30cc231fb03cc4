"""MONEY in CFA francs, as West and Central African news writes it (issue 11, brief H76): the
bare "CFA francs" takes the franc zone of the country the article names, and a later bare
"francs" carries that qualifier forward. Every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str) -> list:
    entities = record(text, None)["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # West African franc zone: XOF, and the bare "francs" after it too
        (
            "Senegal's port authority raised 40 billion CFA francs, then 12 billion francs more.",
            [
                ("40 billion CFA francs", 40_000_000_000, "XOF"),
                ("12 billion francs", 12_000_000_000, "XOF"),
            ],
        ),
        # Central African franc zone: XAF
        (
            "A Douala brewer paid 3 billion CFA francs for the site.",
            [("3 billion CFA francs", 3_000_000_000, "XAF")],
        ),
        # negatives: no country of either zone named, no currency and no span; a Swiss
        # article's bare "francs" stays CHF; the full CLDR name needs no country
        ("The levy is 500 CFA francs a bag.", []),
        ("A Zurich lender lost 5 million francs.", [("5 million francs", 5_000_000, "CHF")]),
        (
            "The loan is 9 billion West African CFA francs.",
            [("9 billion West African CFA francs", 9_000_000_000, "XOF")],
        ),
    ],
)
def test_cfa_francs(record: Callable[..., dict], text: str, expected: list) -> None:
    assert _money(record, text) == expected
