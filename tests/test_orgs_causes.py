"""ORG recall from the causes pooled over the readable sets' remaining errors (issue 11,
helper H91): sentences written for these tests with invented names, none taken from any
corpus or benchmark; each rule with texts it must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# late_coordination: a list whose only found member comes from an article-level pass
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Tarnvale Power Company (TPC) said on Monday that demand rose. "
            "Later in the week TPC and Quorvel signed a supply deal.",
            ["Tarnvale Power Company", "TPC", "TPC", "Quorvel"],
        ),
        (
            "Shares of Brandle rose on Monday. Brandle and Oskarri agreed to merge their networks.",
            ["Brandle", "Brandle", "Oskarri"],
        ),
        (
            "The Ostrava Water Board (OWB) met on Monday. OWB and Fenwick Hill will share the "
            "cost.",
            ["Ostrava Water Board", "OWB", "OWB", "Fenwick Hill"],
        ),
    ],
)
def test_a_list_member_beside_a_name_found_late_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


def test_a_late_list_member_gives_its_other_mentions(run) -> None:
    text = (
        "Shares of Brandle rose on Monday. Brandle and Oskarri agreed to merge. "
        "The deal values Oskarri at a premium."
    )
    assert ents(run(text), "ORG") == ["Brandle", "Brandle", "Oskarri", "Oskarri"]


@pytest.mark.parametrize(
    "text",
    [
        # a person, a place and a first name stay out of the list, as in the first pass
        "The Harlow Mining Corporation (HMC) said it would cut jobs. HMC and Queensland "
        "share the mine.",
        "The Harlow Mining Corporation (HMC) said it would cut jobs. HMC and Edwin Marlow "
        "met on Friday.",
    ],
)
def test_a_late_list_keeps_the_first_passes_counter_evidence(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Harlow Mining Corporation", "HMC", "HMC"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Brandle rose on Monday. Brandle and Oskarri agreed to merge. "
        "Tarn Oskarri spoke later.",
        "Shares of Brandle rose on Monday. Brandle and Oskarri agreed to merge. "
        "Its Oskarri Quarry is shut.",
    ],
)
def test_a_late_members_mention_inside_a_longer_name_is_left_out(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Brandle", "Brandle", "Oskarri"]
