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


WRAPPED = (
    "TARNBY, May 2 - Kelvo Holdings said on Thursday that it had returned about $4.5\n"
    "billion to shareholders through buybacks and dividends during the\n"
    "year, and that it expected to spend a further 2 billion dollars on\n"
    "new plants in the north of the country over the next three years\n"
    "as demand for its packaging kept rising across the whole region.\n"
)


def test_an_amount_across_a_soft_line_break(record: Callable[..., dict]) -> None:
    """Hard-wrapped wire copy: a break inside a sentence is a space, so the amount keeps its
    multiplier on the next line (as dates do there)."""
    found = _money(record, WRAPPED)
    assert found[0] == ("$4.5\nbillion", 4_500_000_000, "USD")


def test_an_amount_before_a_hard_break_stays_apart(record: Callable[..., dict]) -> None:
    """Negative: in copy that is not hard-wrapped, a line break ends the amount."""
    text = "Kelvo Holdings returned $4.5\nbillion-dollar plans were shelved.\n"
    assert _money(record, text) == [("$4.5", 4.5, "USD")]
