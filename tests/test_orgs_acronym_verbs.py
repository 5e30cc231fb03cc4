"""A bare acronym before a corporate verb is an organisation (issue 11, helper H121): the
verbs of a company's own acts ("agreed", "acquired", "issued", "unveiled") join the reporting
verbs in ``acronym_cues_after`` ("KVRN agreed to a buyout"), and an everyday abbreviation
(``not_name_acronyms``: a disease, a medium, a device) names no body before any of them.
Sentences written for these tests with invented names, none taken from any corpus or
benchmark."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Last week, KVRN agreed to a buyout by a larger rival.", ["KVRN"]),
        ("The lender said that ZELB issued a bond worth 300 million crowns.", ["ZELB"]),
        ("Prices fell in April. PVKR acquired the port in May.", ["PVKR"]),
        ("On Monday, TARNO unveiled a cheaper tariff for small firms.", ["TARNO"]),
    ],
)
def test_an_acronym_before_a_corporate_verb_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # everyday abbreviations: a disease, a medium, a device
        "BSE confirmed in two herds, officials said.",
        "The board said the DVD launched in May had sold well.",
        # a job's abbreviation after "an" is a person
        "Profits rose, and an MEP signed the letter.",
        # a noun after the acronym is no verb: "plans" is left out of the cues
        "The broadcaster dropped its HDTV plans for the winter.",
    ],
)
def test_no_organisation_from_an_everyday_abbreviation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Prices rose, and QZ said it would cut 200 jobs.", ["QZ"]),
        ("The regulator fined the carrier after KX announced higher fees.", ["KX"]),
    ],
)
def test_a_two_letter_acronym_before_a_cue_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # after a person's name two capitals are a title; after a name, its legal form
        "The plan is welcome, Ana Lind TD said on Monday.",
        "The lender Tarnby Savings FA said it bought back its notes.",
        # an everyday abbreviation
        "The new PM said the budget would pass.",
    ],
)
def test_two_capitals_after_a_name_or_everyday_name_no_body(run, text: str) -> None:
    assert [n for n in ents(run(text), "ORG") if len(n) == 2] == []
