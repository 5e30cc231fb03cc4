"""An agency credited after a dash at the very end of a story (issue 11, helper H99):
``orgs/closing_credits.py``. Sentences written for these tests with invented names, none taken
from any corpus or benchmark; texts the rule must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The ferry will run twice a day from June, he said.\n\n– Vestrama\n", ["Vestrama"]),
        ("The ferry will run twice a day from June, the minister said. — Vestrama", ["Vestrama"]),
        ("The ferry will run twice a day from June.\n\n-- KNW/Orskwire\n", ["KNW", "Orskwire"]),
    ],
)
def test_a_dashed_credit_ending_the_story_is_an_agency(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's first name, a place, an everyday word: no agency
        "The ferry will run twice a day from June, the minister said.\n\n— Ana\n",
        "The ferry will run twice a day from June, the minister said.\n\n— Norway\n",
        "The ferry will run twice a day from June, the minister said.\n\n— Agencies\n",
        # not the end of the story, or a score inside a sentence
        "— Vestrama\n\nThe ferry will run twice a day from June, the minister said.",
        "The home side won the final 5 - 3",
    ],
)
def test_other_dashes_and_words_are_left_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
