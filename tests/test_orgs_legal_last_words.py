"""The distinctive last word of a company's name with its legal form ("Cobalt" after
"Ardmore Cobalt Co") is its short form even when the word is a known English word, unless it
is one of the most frequent (issue 11, helper H121; pipeline/orgs/name_parts.py). Sentences
written for these tests with invented names, none taken from any corpus or benchmark."""

from __future__ import annotations

import pytest

from tests.conftest import ents


def test_the_last_word_of_a_legal_name_is_its_short_form(run) -> None:
    text = (
        "Ardmore Cobalt Co said it would expand. Analysts said Cobalt made a good start, "
        "and later Cobalt cut prices."
    )
    assert ents(run(text), "ORG") == ["Ardmore Cobalt Co", "Cobalt", "Cobalt"]


@pytest.mark.parametrize(
    "text",
    [
        # no legal form: an everyday word after a name may be a division or a product
        "Ardmore Cobalt Media said it would expand. Analysts said Cobalt made a good start, "
        "and later Cobalt cut prices.",
        # one of the most frequent English words
        "Ardmore Media Co said it would expand. Analysts said Media made a good start, "
        "and later Media cut prices.",
        # the article writes the word in lower case
        "Ardmore Juniper Ltd said sales rose. The juniper harvest was poor, and Juniper cut "
        "prices while Juniper staff waited.",
    ],
)
def test_no_short_form_from_an_everyday_last_word(run, text: str) -> None:
    assert len(ents(run(text), "ORG")) == 1
