"""ORG recall on news from many outlets (issue 11), round 8: names with no head word found
by the frames organisations take as the subject of a reporting verb.

Sentences written for these tests; every name is invented. Each rule has sentences it must
find and sentences it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting verb goes on with the subject's own "it" / "its"
        ("Tarvel Data Assurance said on Monday it would cut prices.", ["Tarvel Data Assurance"]),
        (
            "Brisco Tamsel Vantor said on Friday that its output fell.",
            ["Brisco Tamsel Vantor"],
        ),
        ("Meranti Ocean Freight says it expects a loss.", ["Meranti Ocean Freight"]),
        (
            "In a filing, Okavel Treaty Mutual said in a statement that it had ended the deal.",
            ["Okavel Treaty Mutual"],
        ),
        # "the" before a run of name words with no head word: a paper or a body
        ("Rates will rise, the Norvik Morning Courier said.", ["Norvik Morning Courier"]),
    ],
)
def test_several_word_subject_of_a_reporting_verb(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person: the pronoun after the verb is "he" or "she", or another noun's "its"
        "Tarvo Keskula said he would resign.",
        "Ilvo Marrek said the board had changed its plan.",
        # no "the" and no "it": anyone may have said it
        "Tarvo Keskula said prices would rise.",
        # the person is named again by one word of the run
        "Ilvo Marrek said it was over. Marrek left on Friday.",
        # a surname after a title elsewhere in the article
        "Chairman Keskula spoke first. Later Sello Keskula said it was fine.",
        # the tail of a longer name or a person's: after "of"
        "The wing of Tarvo Keskula said it would vote.",
        # a nationality before the name says whose official it is
        "The Norvish Deputy Envoy said it was urgent.",
        "Kenyan Velko Tarrin said it would appeal.",
        "The Kenyan Velko Tarrin said it would appeal.",
    ],
)
def test_several_word_subject_needs_thing_evidence(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
