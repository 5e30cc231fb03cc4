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


def test_a_late_list_members_first_word_is_no_form_of_it(run) -> None:
    text = (
        "The Ostrava Water Board (OWB) met on Monday. OWB and Fenwick Hill will share the "
        "cost. Fenwick told reporters he was pleased."
    )
    assert ents(run(text), "ORG") == ["Ostrava Water Board", "OWB", "OWB", "Fenwick Hill"]


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
        "The Harlow Mining Corporation (HMC) said it would cut jobs. HMC and Manitoba "
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


# outlet_names: a masthead or a call sign right before the medium it is
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Velstrom paper said the blast killed seven people.", ["Velstrom"]),
        (
            "Speaking on KVRT-FM radio on Thursday, the governor said he faced a revolt.",
            ["KVRT-FM"],
        ),
        (
            "The minister, in remarks to al-Tarnia television, said the wounded were safe.",
            ["al-Tarnia"],
        ),
        ("The official al-Varnia newspaper said on Thursday that the talks failed.", ["al-Varnia"]),
        (
            "Ostrel Vanguard newspapers said the men had been plotting an attack.",
            ["Ostrel Vanguard"],
        ),
        ("At Quintar radio, staff went on strike.", ["Quintar"]),
        ("According to officials, Vellmar paper said the talks failed.", ["Vellmar"]),
        (
            "Hen Varro, former editor of the Vosk Tarnel (Morning Harbour) newspaper, was freed.",
            ["Vosk Tarnel", "Morning Harbour"],
        ),
    ],
)
def test_a_name_right_before_its_medium_is_an_outlet(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        "Photographs were printed in Costa Rican newspapers on Monday.",
        "Iraqi television showed the crowds in the square.",
        "Sunday paper reported the deal on Friday.",
        "Local paper reported the deal on Friday.",
        "Evening paper sales fell.",
        "He told Anna Berg radio listeners nothing.",
        "The state radio said the talks had failed.",
    ],
)
def test_a_nationality_a_day_a_word_or_a_person_before_a_medium_is_no_outlet(
    run, text: str
) -> None:
    assert ents(run(text), "ORG") == []


def test_a_place_before_a_medium_stays_a_place(run) -> None:
    doc = run("Moscow radio said the talks had failed.")
    assert ents(doc, "ORG") == []
    assert ents(doc, "GPE") == ["Moscow"]


@pytest.mark.parametrize(
    "text",
    [
        # the noun is a modifier, not its phrase's head
        "Farsi radio broadcasts were jammed.",
        "He listened to the Harwell radio show every night.",
        "Harwell radio show drew a million listeners.",
        # the name stands where no masthead is written
        "The Brannock paper on inflation was widely cited.",
        "He said Harwell newspapers had run the story.",
        # a language
        "The talks were reported on Swahili radio.",
        # a capitalised "Al" without a hyphen is no Arabic article
        "The show aired on Al Harwell Tarvel radio last night.",
    ],
)
def test_a_name_that_is_no_masthead_before_a_medium_is_no_outlet(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    "text",
    [
        "The match was shown on Tarvel TV on Monday.",
        "Kelvo News TV said the storm had passed.",
    ],
)
def test_tv_belongs_to_a_channels_name_and_splits_none(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize("entry", ["Radio ", "news  agency", "", " radio", "Radio"])
def test_outlet_nouns_are_lower_case_words_one_space_apart(entry: str) -> None:
    from pydantic import TypeAdapter, ValidationError

    from pipeline.rules.schema import LowerCasePhrases

    with pytest.raises(ValidationError):
        TypeAdapter(LowerCasePhrases).validate_python([entry])
    assert TypeAdapter(LowerCasePhrases).validate_python(["news agency"]) == ["news agency"]
