"""ORG rules from the ninth fresh blind tune set (general news from outlets n-z, issue 11):
sentences written for these tests, none taken from any corpus or benchmark; each rule has a
text it must find and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# publication cues in orgs.json: "published by", "published in", "publisher of", "wrote in"
def test_the_outlet_that_published_a_report_is_an_organisation(run) -> None:
    text = "The claims first appeared in reports published by the Kestrow-Ledger last week."
    assert "Kestrow-Ledger" in ents(run(text), "ORG")


def test_the_journal_a_study_was_published_in_is_an_organisation(run) -> None:
    text = "Her findings were published in Brannock Quarterly in May."
    assert "Brannock Quarterly" in ents(run(text), "ORG")


def test_the_journal_a_team_wrote_in_is_an_organisation(run) -> None:
    text = "The researchers wrote in the Quellan Review that the trial had failed."
    assert "Quellan Review" in ents(run(text), "ORG")


def test_a_place_or_a_language_after_published_in_is_not_an_organisation(run) -> None:
    doc = run("The memoir was published in Paris and later published in German.")
    assert ents(doc, "ORG") == []


def test_a_person_after_published_by_is_not_an_organisation(run) -> None:
    doc = run("The atlas was first published by Edward Tannock in 1871.")
    assert ents(doc, "ORG") == []


# possessive_names: a saint or an office before the possessive stays inside the name
def test_a_hospital_named_after_a_saint_keeps_the_saint(run) -> None:
    text = "Two patients were moved to St. Ombry’s Hospital on Friday."
    assert ents(run(text), "ORG") == ["St. Ombry’s Hospital"]


def test_a_unit_named_after_a_saint_keeps_its_two_word_head(run) -> None:
    text = "Nurses at St Varlo's Health Centre voted to strike."
    assert ents(run(text), "ORG") == ["St Varlo's Health Centre"]


def test_a_department_named_after_an_office_keeps_the_office(run) -> None:
    text = "Funding for the Auditor-General’s Office rose in the budget."
    assert ents(run(text), "ORG") == ["Auditor-General’s Office"]


def test_a_trophy_named_after_an_office_is_no_organisation(run) -> None:
    assert ents(run("Tessany won the President’s Cup in May."), "ORG") == []


def test_a_saint_before_a_building_word_is_no_organisation(run) -> None:
    assert ents(run("Crowds filled St. Ombry’s Cathedral at dawn."), "ORG") == []


# country_suffixed: a name that ends with a country
def test_a_name_before_a_country_s_initials_is_one_organisation(run) -> None:
    text = "Funding fell, said Tarvel Heart Research UK in a statement."
    doc = run(text)
    assert ents(doc, "ORG") == ["Tarvel Heart Research UK"]
    assert ents(doc, "GPE") == []


def test_a_head_word_before_a_country_keeps_the_country_in_the_name(run) -> None:
    text = "The theatre will receive grants from Orvane Arts Council England until 2031."
    assert ents(run(text), "ORG") == ["Orvane Arts Council England"]


def test_a_region_or_a_sentence_opener_before_a_country_is_no_organisation(run) -> None:
    doc = run("Then Norway won the toss. He moved to Northern Ireland in May.")
    assert ents(doc, "ORG") == []


def test_a_name_before_the_us_initials_is_not_joined(run) -> None:
    assert "Kelvo US" not in ents(run("Analysts said Kelvo US sales rose in May."), "ORG")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legislator's title after a party's name is no part of the name
        ("A Tarvin Party MP said the plan had failed.", ["Tarvin Party"]),
        ("Two Orvane Party MEPs voted against it.", ["Orvane Party"]),
        ("The Kelvo Alliance MSPs walked out.", ["Kelvo Alliance"]),
    ],
)
def test_a_legislators_title_after_a_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
