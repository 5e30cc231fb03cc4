"""Heads that name a body only with their of- or for-chain (``of_heads`` in orgs.json):
legislatures ("the House of Delegates") and plural institutions ("the Centers for ...").
Alone, or after a name, the same words are buildings and sites, and no other rule reads them
as heads. Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill cleared the House of Delegates on Tuesday.", ["House of Delegates"]),
        ("Members of the House of Councillors voted against it.", ["House of Councillors"]),
        (
            "A report by the Centers for Coastal Research found no harm.",
            ["Centers for Coastal Research"],
        ),
    ],
)
def test_a_chain_after_the_head_makes_the_body(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a building named for a place or a person
        "The lender moved its staff into Harwick House last month.",
        "Visitors queued outside Tamsin House on Saturday.",
        # a plural of a generic facility
        "The chain runs three Product Centers in the north.",
    ],
)
def test_the_head_alone_names_no_body(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_the_word_stays_an_everyday_word_for_the_other_rules(run) -> None:
    """Only the head-word rule reads "House" as a head: a name a cue finds keeps it."""
    assert ents(run("The Tarvin Clearing House said it would act."), "ORG") == [
        "Tarvin Clearing House"
    ]
