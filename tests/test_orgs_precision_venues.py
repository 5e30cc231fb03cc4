"""ORG precision: a Centre named for what is held there is a building, and a Government
named by whose it is a description, not a body (issue 11).

"the Harbourside Convention Centre", "the Marlow Sports Centre": a venue word before
"Centre" or "Center" (``venue_words``) makes the name a place where events are held; a
centre named for its work stays an organisation. Sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Marlow Research Centre met at the Harbourside Convention Centre on Friday.",
            ["Marlow Research Centre"],
        ),
        ("She won her first match at the Tarnby Tennis Centre on Monday.", []),
        (
            "The Vellmoor Exhibition Center hosted the fair, the Quillan Institute said.",
            ["Quillan Institute"],
        ),
    ],
)
def test_a_venue_centre_is_no_organisation(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose government it is, said before "Government": the country stands for it (GPE)
        (
            "The Provincial Government sanctioned the money for the Quillan Institute.",
            ["Quillan Institute"],
        ),
        ("He worked closely with a Labour Government in Harwick.", []),
        # named by its of-chain, a government is a body
        (
            "The Provincial Government and the Government of Tessany signed the deal.",
            ["Government of Tessany"],
        ),
    ],
)
def test_a_described_government_is_no_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
