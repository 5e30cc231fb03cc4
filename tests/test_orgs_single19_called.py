"""A name after a company or group noun and "called", "named" or "known as" (issue 11, helper
H99): ``orgs/called_names.py``. Sentences written for these tests with invented names, none
taken from any corpus or benchmark; texts the rule must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He is setting up a new political party called Vellora next month.", ["Vellora"]),
        ("She sold her stake to a small firm named Quenbrook in May.", ["Quenbrook"]),
        ("The files were shared through a network called Torvane until March.", ["Torvane"]),
        ("Police arrested members of a group known as Harnvik Dawn on Friday.", ["Harnvik Dawn"]),
    ],
)
def test_a_name_a_company_or_group_noun_introduces_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # a person, everyday words, a place, a noun in a capitalised line
        "The band hired a manager called Anna Berg last year.",
        "The company named Ana Lind as its new chief in May.",
        "They joined a group called Friends on Friday.",
        "A firm called Norway home for a decade.",
        # "named" and "called" as verbs after "the": whoever they name is no new body
        "The company named Tarvik as its chief executive on Monday.",
        "The party called Tarvik a liar at the rally.",
    ],
)
def test_people_places_and_everyday_words_are_left_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
