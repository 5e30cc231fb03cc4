"""ORG edges from a fresh blind tune set of real news (issue 11, sixteenth tune set, helper
H79): sentences written for these tests with invented names, none taken from any corpus or
benchmark; each rule with a text it must change and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


def orgs_with_canonical(doc) -> list[tuple[str, str]]:
    return [(e.text, e._.canonical) for e in doc.ents if e.label_ == "ORG"]


# of_place_forms: "<name> of <country> <legal form>" is one company
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tarvin Motor Co of Canada Ltd said it would cut 300 jobs.",
            "Tarvin Motor Co of Canada Ltd",
        ),
        (
            "Brisk Quarries of South Africa Ltd cut output in May.",
            "Brisk Quarries of South Africa Ltd",
        ),
    ],
)
def test_a_subsidiary_named_after_its_country_is_one_name(run, text: str, name: str) -> None:
    found = ents(run(text), "ORG")
    assert name in found
    assert not any(org.endswith("Ltd") and org != name for org in found)


def test_a_title_before_of_is_no_part_of_the_name(run) -> None:
    found = ents(run("The Chairman of Canada Ltd said profits rose."), "ORG")
    assert not any(org.startswith("Chairman") for org in found)


# tickers: a trading symbol in brackets is no organisation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dellmont Bakeries Inc. (DBI-T) will close two plants, DBI said.",
            ["Dellmont Bakeries Inc.", "DBI"],
        ),
        ("Orvale Mining Corp. (TSX:OMC) shares rose six cents on Monday.", ["Orvale Mining Corp."]),
        (
            "ORSKA MINING <OMC> SETS HIGHER SPENDING. Orska Mining Corp said OMC would spend more.",
            ["ORSKA MINING", "Orska Mining Corp", "OMC"],
        ),
    ],
)
def test_a_ticker_in_brackets_is_no_organisation(run, text: str, expected: list[str]) -> None:
    """The company stays, the symbol in its brackets goes (a bare use later is the name)."""
    assert ents(run(text), "ORG") == expected


def test_an_acronym_defined_in_brackets_stays(run) -> None:
    text = "Tessel Farm Bank (TFB) and its partners said TFB would lend more."
    assert ents(run(text), "ORG").count("TFB") == 2


# stray_words: a lone compass point, a glued participle, a counted abbreviation
def test_a_compass_point_cut_from_a_region_is_no_organisation(run) -> None:
    text = (
        "Kestrel Mobile, a venture between Alsace Telecom SA and the South Asian country's "
        "treasury, will offer loans."
    )
    assert "South" not in ents(run(text), "ORG")


def test_the_coordinated_company_beside_it_stays(run) -> None:
    text = "Kestrel Mobile, a venture between Alsace Telecom SA and the state, will offer loans."
    assert "Alsace Telecom SA" in ents(run(text), "ORG")


@pytest.mark.parametrize("participle", ["owned", "backed", "led"])
def test_a_glued_participle_is_cut_from_the_name(run, participle: str) -> None:
    text = f"Drilling began at a Tarrow Group-{participle} copper mine in March."
    found = ents(run(text), "ORG")
    assert "Tarrow Group" in found
    assert f"Tarrow Group-{participle}" not in found


def test_a_hyphenated_name_keeps_its_second_part(run) -> None:
    text = "Shares of Tarrow-Vellmar Group rose after Tarrow-Vellmar Group said profit doubled."
    assert "Tarrow-Vellmar Group" in ents(run(text), "ORG")


def test_an_abbreviation_after_a_count_is_no_organisation(run) -> None:
    text = (
        "The Kestrel Run Board (KRB) met on Monday, and the KRB said the season would go on. "
        "Tom Vell scored three KRB and ran twice, and it was his 12th KRB ."
    )
    assert ents(run(text), "ORG") == ["Kestrel Run Board", "KRB", "KRB"]


@pytest.mark.parametrize(
    "text",
    ["In 2023 NASA and Kelvo Systems signed a deal.", "On March 3 NASA said it would wait."],
)
def test_an_organisation_after_a_year_or_a_day_of_the_month_stays(run, text: str) -> None:
    assert "NASA" in ents(run(text), "ORG")


def test_a_capitalised_participle_is_part_of_the_name(run) -> None:
    text = "Shares of Kelvo Micro-LED rose after Kelvo Micro-LED said it would expand."
    assert ents(run(text), "ORG") == ["Kelvo Micro-LED", "Kelvo Micro-LED"]


def test_an_organisation_after_an_amount_of_money_stays(run) -> None:
    text = "The Kestrel Run Board (KRB) hired a ship. Vell Star 12 Tarn / Orsk $ 410,000 KRB ."
    assert ents(run(text), "ORG").count("KRB") == 2


# possessive_cuts: "Drovers" of "the Drovers' Union" is no short form
def test_a_run_cut_at_a_plural_possessive_is_no_short_form(run) -> None:
    text = (
        "Drovers face new rules\n\n"
        "Many drovers say the rules are unfair. Groups such as the Drovers' Union want talks, "
        "and Drovers will march on Monday, says the Drovers' Union."
    )
    found = ents(run(text), "ORG")
    assert "Drovers" not in found
    assert found.count("Drovers' Union") == 2


# core_forms: a company's name less its business word or its subsidiary's place
def test_a_name_less_its_business_word_and_legal_form_is_a_short_form(run) -> None:
    text = (
        "Tarvel Paper Mills Ltd reported higher sales. Tarvel Paper now runs four plants, "
        "and Tarvel Paper will hire 200 staff."
    )
    found = orgs_with_canonical(run(text))
    assert found.count(("Tarvel Paper", "Tarvel Paper Mills Ltd")) == 2


def test_a_name_less_its_subsidiary_place_is_a_short_form(run) -> None:
    text = (
        "Quorvin Pipes Madrid Pvt. Ltd. won a licence in May. Quorvin Pipes will lay mains, "
        "a director of Quorvin Pipes said."
    )
    assert ents(run(text), "ORG").count("Quorvin Pipes") == 2


def test_a_core_form_written_alone_once_is_not_taken(run) -> None:
    text = "Tarvel Paper Mills Ltd reported higher sales. Tarvel Paper now runs four plants."
    assert "Tarvel Paper" not in ents(run(text), "ORG")


# the curated gazetteer: a building is no organisation unless a cue says it acts as one
def test_a_visit_to_the_white_house_names_a_building(run) -> None:
    text = "The pupils hope to take their robot to the White House next spring."
    assert "White House" not in ents(run(text), "ORG")
