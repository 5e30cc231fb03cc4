"""ORG rules from a fresh blind tune set of real news (issue 11, eighth tune set): sentences
written for these tests, none taken from any corpus or benchmark, each rule with a text it
must find and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


def orgs_with_canonical(doc) -> list[tuple[str, str]]:
    return [(e.text, e._.canonical) for e in doc.ents if e.label_ == "ORG"]


# name_parts: the name without its final head word
def test_the_name_without_its_head_word_is_a_short_form(run) -> None:
    text = (
        "Tarvell Harbour Media said it would merge two newspaper chains. "
        "Tarvell Harbour said the deal would close in March. "
        "As its name says, Tarvell Harbour wants readers online."
    )
    found = orgs_with_canonical(run(text))
    assert found.count(("Tarvell Harbour", "Tarvell Harbour Media")) == 2


def test_a_head_less_run_written_alone_once_is_not_taken(run) -> None:
    text = "Tarvell Harbour Media said it would merge. Tarvell Harbour said the deal would close."
    assert "Tarvell Harbour" not in ents(run(text), "ORG")


def test_the_words_before_a_university_are_the_person_it_honours(run) -> None:
    text = (
        "Kalvar Trennick University opened a campus in March. Kalvar Trennick said he "
        "gave the land. Students thanked Kalvar Trennick at the ceremony."
    )
    assert "Kalvar Trennick" not in ents(run(text), "ORG")


# name_parts: the distinctive last word
def test_the_brand_a_group_name_ends_in_is_a_short_form(run) -> None:
    text = (
        "Telecom operator Marlow Quenzo added 3 million users in May. Quenzo added 1.2 million "
        "more in June, "
        "while Quenzo's data revenue rose 12 percent."
    )
    found = orgs_with_canonical(run(text))
    assert found.count(("Quenzo", "Marlow Quenzo")) == 2


def test_a_last_word_that_is_a_first_name_is_no_short_form(run) -> None:
    text = (
        "Telecom operator Talbery Dmitri added 3 million users in May. Dmitri added 1.2 million "
        "more in June, "
        "while Dmitri's data revenue rose 12 percent."
    )
    assert "Dmitri" not in ents(run(text), "ORG")


def test_a_last_word_written_alone_once_is_not_taken(run) -> None:
    text = "Telecom operator Marlow Quenzo added 3 million users. Quenzo added more in June."
    assert "Quenzo" not in ents(run(text), "ORG")


# agency_credits: credits outside the capitals-and-dash dateline
def test_a_bracketed_credit_in_a_mixed_case_dateline_is_an_agency(run) -> None:
    text = "Tarnby, Feb 20 (KNW) The minister on Tuesday opened a research park in the city."
    assert ents(run(text), "ORG") == ["KNW"]


def test_a_bare_credit_in_a_capitals_dateline_is_an_agency(run) -> None:
    text = "HALDEN, ZRA - The port authority will build a second terminal by 2027."
    assert ents(run(text), "ORG") == ["ZRA"]


def test_a_bracketed_credit_closing_the_story_names_each_agency(run) -> None:
    text = "The venture will supply display makers from next year, the company said. (ZRA/Vorkwire)"
    assert ents(run(text), "ORG") == ["ZRA", "Vorkwire"]


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, NORWAY - The port authority will build a second terminal by 2027.",
        "Sales rose in the quarter. (Updated)",
        "Prices will fall next year, the ministry said. (IT)",
    ],
)
def test_a_country_or_a_label_in_a_credit_position_is_no_agency(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


# facilities: a company's named site
def test_a_site_named_after_its_owner_word_is_no_organisation(run) -> None:
    text = (
        "The automaker will spend $1.2 billion at its Tarnwick Assembly and Stamping plant "
        "and $300 million at its Orsk Valley Assembly plant."
    )
    assert ents(run(text), "ORG") == []


def test_a_name_before_a_plant_without_an_owner_word_is_the_owner(run) -> None:
    text = "Workers at the Vellcor Motors plant in the state voted to join the union."
    assert ents(run(text), "ORG") == ["Vellcor Motors"]


# union_prefix: India's "Union" before a ministry or a minister
def test_union_before_a_ministry_is_left_out_of_its_name(run) -> None:
    text = "The Union Tarvel Development Ministry approved the research centre on Monday."
    assert ents(run(text), "ORG") == ["Tarvel Development Ministry"]


def test_union_before_a_ministers_title_makes_no_name(run) -> None:
    text = "Union Telecom Minister Ana Rao said on Tuesday that 5G sites had been installed."
    assert ents(run(text), "ORG") == []


def test_a_name_that_begins_with_union_keeps_it(run) -> None:
    text = "The Union Tarvel Bank of Orsk raised its lending rate on Monday."
    assert ents(run(text), "ORG") == ["Union Tarvel Bank of Orsk"]
