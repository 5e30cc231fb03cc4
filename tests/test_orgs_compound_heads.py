"""A one-word name with an organisation's head word joined to its end ("Vellenbank",
"Quorcorp") is an organisation (issue 11, helper H121; pipeline/orgs/compound_heads.py).
Sentences written for these tests with invented names, none taken from any corpus or
benchmark; texts the rule must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Vellenbank left its rates unchanged on Thursday, and dealers said the "
            "Vellenbank would wait.",
            ["Vellenbank", "Vellenbank"],
        ),
        ("The loan was arranged by Ostrabanken and two smaller lenders.", ["Ostrabanken"]),
        ("The plan came from Tarnigroup last week.", ["Tarnigroup"]),
    ],
)
def test_a_name_with_a_joined_head_word_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # a town: joined to a place in a route
        "The line from Leeds to Ostrabank will reopen, and a walk at Ostrabank drew crowds.",
        # a surname: written after a first name
        "Ana Harbank said the plan was fair, and Harbank will vote for it.",
        # an everyday compound the article also writes in lower case
        "The Riverbank festival opened, and the riverbank was crowded by noon.",
        # an everyday compound a dictionary lists, even when the article never writes it
        # in lower case
        "The Sandbank festival opened on Friday, and the Sandbank stage drew crowds.",
    ],
)
def test_no_organisation_from_a_town_a_surname_or_an_everyday_compound(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_longer_name_is_left_to_the_name_rules(run) -> None:
    assert "Vellenbank" not in ents(run("The Swiss Vellenbank led the issue."), "ORG")
