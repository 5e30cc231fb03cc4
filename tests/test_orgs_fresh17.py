"""ORG rules from a fresh blind tune set of real news (issue 11, seventeenth round): names with
no head word and no cue until now. Sentences and names are invented for these tests; each
test holds a text the rule must read and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# lower_case_forms: "plc" written in lower case is a legal form after a name
def test_a_lower_case_plc_ends_a_company_name(run) -> None:
    doc = run("The fund sold its holding in Marrow Teasel plc and bought Drennick Co plc.")
    assert ents(doc, "ORG") == ["Marrow Teasel plc", "Drennick Co plc"]


def test_a_one_word_brand_before_plc_is_a_company(run) -> None:
    assert ents(run("Brokers cut their view of Saddle plc after the warning."), "ORG") == [
        "Saddle plc"
    ]
    # no capitalised name before it: the word alone is no organisation
    assert ents(run("The board of the plc met on Monday to weigh the offer."), "ORG") == []


# ticker_names: the run before a ticker bracket is a listed company
def test_names_before_wire_tickers_are_companies(run) -> None:
    text = "Favourites of the broker include Corvale Mediterra <CVM> and Pellisande <PLS>."
    assert ents(run(text), "ORG") == ["Corvale Mediterra", "Pellisande"]


def test_a_name_before_an_exchange_ticker_is_a_company(run) -> None:
    text = "Traders sold Halloway Quist (TSX:HQ) as the index fell on Tuesday."
    assert ents(run(text), "ORG") == ["Halloway Quist"]
    # a bracket with no name right before it names nothing
    assert ents(run("The symbols (TSX:HQ) and <PLS> were listed in a table."), "ORG") == []


def test_a_place_before_a_ticker_bracket_is_no_company(run) -> None:
    doc = run("Prices rose in Ontario <PLS> trading on Monday.")
    assert ents(doc, "ORG") == [] and ents(doc, "GPE") == ["Ontario"]


def test_a_ticker_in_a_line_of_capitals_is_left_to_the_other_rules(run) -> None:
    doc = run("CORVALE SEES GAINS <CVM> AFTER SALE\n\nThe shares rose in early trading.")
    assert "CORVALE SEES GAINS" not in ents(doc, "ORG")
    assert ents(run("Traders bought Corvale Sees <CVM> early."), "ORG") == ["Corvale Sees"]


# comma_appositions: a name set off by commas after a company noun
def test_a_name_after_a_company_noun_and_a_comma_is_an_organisation(run) -> None:
    doc = run("A Hobart-based engineering group, Quillary, posted higher margins in May.")
    assert "Quillary" in ents(doc, "ORG")
    doc = run("She set up her own biotech start-up, Vendrasol.")
    assert ents(doc, "ORG") == ["Vendrasol"]
    doc = run("A Leeds daily newspaper, Quorran Vesti, which backs the mayor, ran the story.")
    assert "Quorran Vesti" in ents(doc, "ORG")


def test_an_opening_phrase_and_its_subject_are_no_apposition(run) -> None:
    assert ents(run("At the bank, Hollis said the rates would rise."), "ORG") == []
    assert ents(run("In the group, Hollis, who chairs it, spoke first."), "ORG") == []
    assert ents(run("For the company, Friday was a hard day."), "ORG") == []
    assert ents(run("He thanked the firm, Quillary, for its help."), "ORG") == ["Quillary"]
    # a name that is not a first name: only the opening preposition says it is the subject
    assert ents(run("At the firm, Quarrington, who chairs it, spoke first."), "ORG") == []


def test_an_everyday_word_after_the_noun_and_a_comma_is_no_name(run) -> None:
    assert ents(run("It sold the unit to a rival firm, Global, in May."), "ORG") == []


def test_a_person_named_after_the_noun_and_a_comma_is_no_organisation(run) -> None:
    assert ents(run("The company, Ingrid Vell said, would grow."), "ORG") == []
    assert ents(run("It sold the unit to a rival firm, Tessary Digital, in May."), "ORG") == [
        "Tessary Digital"
    ]


# staff_cues: plural staff nouns after a one-word name the article keeps writing
def test_staff_after_a_repeated_name_make_it_an_organisation(run) -> None:
    text = (
        "Brannock bosses have said they are confident of a deal. Ministers pushed the talks, "
        "and Brannock confirmed the plan. Unions said Brannock staff were not told."
    )
    assert ents(run(text), "ORG") == ["Brannock", "Brannock", "Brannock"]


def test_staff_of_a_town_or_of_a_single_mention_are_no_evidence(run) -> None:
    text = "Schools in Tarnby will shut. Tarnby officials said so, and Tarnby workers agreed."
    assert "Tarnby" not in ents(run(text), "ORG")
    once = "The board said Brannock officials would close the plant."
    assert ents(run(once), "ORG") == []
    twice = "A visit by Brannock officials was set, but Brannock later cancelled it."
    assert ents(run(twice), "ORG") == ["Brannock", "Brannock"]


# registrant_heads: company words from the last words of SEC registrants' names
def test_company_words_from_registrant_names_end_company_names(run) -> None:
    doc = run("Last month it signed a supply deal with Orvane Motor and Kelvane Realty.")
    assert ents(doc, "ORG") == ["Orvane Motor", "Kelvane Realty"]
    assert ents(run("Quenby Biopharma said its trial had failed."), "ORG") == ["Quenby Biopharma"]
    # the word alone, or inside an event's name, makes no organisation
    assert ents(run("The Motor Show opened on Friday with few visitors."), "ORG") == []
    assert ents(run("The Orvane Motor Show opened on Friday."), "ORG") == []


def test_a_company_word_ending_a_body_s_of_chain_leaves_the_body_whole(run) -> None:
    doc = run("The Ministry of Energy and Mines approved the plan for Orvane Motor.")
    assert ents(doc, "ORG") == ["Ministry of Energy and Mines", "Orvane Motor"]
    doc = run("Board members of the Kelvane Technology and Design Alliance met in May.")
    assert ents(doc, "ORG") == ["Kelvane Technology and Design Alliance"]


@pytest.mark.parametrize(
    "text",
    [
        "The Human Resources department hired two clerks.",
        "Its Wealth Management arm lost money in May.",
    ],
)
def test_everyday_words_before_a_company_word_and_a_part_noun_are_no_company(
    run, text: str
) -> None:
    assert ents(run(text), "ORG") == []


def test_only_everyday_words_and_a_part_noun_make_a_department(run) -> None:
    assert ents(run("She left the Global Services unit in May."), "ORG") == []
    assert ents(run("Rigs were idle, Harbour Data Services said."), "ORG") == [
        "Harbour Data Services"
    ]
    assert ents(run("He ran the Kelvo Motor division."), "ORG") == ["Kelvo Motor"]


def test_a_run_that_names_an_event_elsewhere_is_no_company(run) -> None:
    text = "Crowds came to the Vellcor Motor Show on Friday. The Vellcor Motor stand was busy."
    assert ents(run(text), "ORG") == []
    # written only before a lower-case word, the run is still a company
    text = "Crowds came to the show on Friday. The Vellcor Motor stand was busy."
    assert ents(run(text), "ORG") == ["Vellcor Motor"]


def test_a_company_word_after_and_ends_a_longer_name(run) -> None:
    """ "and" before the run: it is the last part of a longer name, not a company."""
    text = "Grants from the Fund for Science and Kelvo Technology rose."
    assert "Kelvo Technology" not in ents(run(text), "ORG")


def test_a_company_word_after_a_person_s_title_is_no_company(run) -> None:
    text = "Orvane President Data Services was named in the filing."
    assert ents(run(text), "ORG") == []


def test_a_company_word_in_a_headline_is_not_read(run) -> None:
    text = "Council Backs Vellmar Realty\n\nThe council voted on Monday to back the plan."
    assert ents(run(text), "ORG") == []
