"""ORG recall: a party's everyday-word name alone after the article named "X Party" (issue 11).

Parties are named for ideas and classes ("Harvest", "Reform"), frequent English words that the
one-word short-form rule turns away; once an article has written "X Party" (or a nation's
branch, "Welsh X Party"), a bare "X" is that party (``short_form_heads``). A word ending
like an adjective ("Progressive", "Liberal") only describes. Sentences and parties are
invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harvest Party won 40 seats in Tarnby. Harvest now needs two more partners, "
            "and a senior Harvest official said talks would start on Monday.",
            ["Harvest Party", "Harvest", "Harvest"],
        ),
        (
            "The Welsh Harvest Party backed the plan on Friday. Polls put Harvest ahead of "
            "its rivals.",
            ["Welsh Harvest Party", "Harvest"],
        ),
    ],
)
def test_party_everyday_word_alone_is_the_party(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective describes: "Progressive" alone is no party
        (
            "The Progressive Party lost ground. Progressive voters stayed at home, a "
            "pollster said.",
            ["Progressive Party"],
        ),
        # the article writes the word in lower case too: an everyday noun there
        (
            "The Harvest Party met farmers before the harvest. Harvest prices fell.",
            ["Harvest Party"],
        ),
        # no "X Party" in the article: a bare everyday word stays a word
        ("Harvest figures rose in May, the ministry said.", []),
    ],
)
def test_no_party_short_form_without_its_evidence(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
