"""ORG edges from a fresh blind tune set of general real news from several countries and
decades (issue 11, twenty-first tune set, helper H90): sentences written for these tests with
invented names, none taken from any corpus or benchmark; each rule with a text it must change
and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# company_descriptors: heavy-industry trade nouns describe the company named after them
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy said state-owned shipbuilder KVR would build two patrol boats.", "KVR"),
        ("Orders slowed at steelmaker Tarvex, the union said on Monday.", "Tarvex"),
        ("Analysts said drugmaker Quellan had filed for approval in March.", "Quellan"),
        ("The airline ordered 40 jets from planemaker Vantrel last year.", "Vantrel"),
    ],
)
def test_a_trade_noun_names_the_company_after_it(run, text: str, name: str) -> None:
    assert ents(run(text), "ORG") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The shipbuilder said it would hire 300 welders in the spring.",
        "Steelmakers in the region cut output as demand fell.",
        "A drugmaker based near the coast recalled a batch of tablets.",
    ],
)
def test_a_trade_noun_without_a_name_is_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


# bracketed_names: a company the wire writes in angle brackets is one name, whole
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kelvo Corp <KLV.N> took over <Orvel Milbank and Co>, the company said.",
            ["Kelvo Corp", "Orvel Milbank and Co"],
        ),
        (
            "Tarvio Bank AG <TRVG.F> will buy 25 pct of <Tarvio Bank (Asia) AG> this year.",
            ["Tarvio Bank AG", "Tarvio Bank (Asia) AG"],
        ),
        # a legal form and no ticker in the article
        (
            "The stake was sold to <Banca di Tarno e d'Orsa SpA> late last year.",
            ["Banca di Tarno e d'Orsa SpA"],
        ),
        # a ticker in the article and no legal form
        (
            "Kelvo Corp <KLV.N> said <Orvel Milbank Tarvio> would buy the unit.",
            ["Kelvo Corp", "Orvel Milbank Tarvio"],
        ),
    ],
)
def test_a_name_in_angle_brackets_is_one_company(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


def test_a_name_in_angle_brackets_is_not_split_or_cut(run) -> None:
    text = "Kelvo Corp <KLV.N> took over <Orvel Milbank and Co> and <Tarvio Bank (Asia) AG>."
    assert ents(run(text), "ORG") == ["Kelvo Corp", "Orvel Milbank and Co", "Tarvio Bank (Asia) AG"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the group <KLV.N> rose 2 pct on the news.",
        'The page showed <a href="x">a link</a> to the report.',
        "Enter the code as <Code here> when asked, the notice said.",
    ],
)
def test_symbols_markup_and_phrases_in_brackets_are_no_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_place_in_angle_brackets_is_no_company(run) -> None:
    assert "Portugal" not in ents(run("The unit moved to <Portugal> last year."), "ORG")


@pytest.mark.parametrize(
    "text",
    [
        # a form's field, a menu item: no legal form and no ticker in the article
        "Type your name in the box marked <Your Name> and press enter.",
        "Click <Save As> and choose a folder for the file.",
        # types in code: the bracket is glued to a word
        "The function returns Map<String, Integer> for each key.",
        "The method takes a List<String> argument.",
        # an HTML tag: one word
        "The header read <Title>Annual Report</Title> on every page.",
        # a person, a place the lists lack, a lone article
        "Contact <Anna Tarvell> for details, the notice said.",
        "The unit moved to <New Tarnby> last year.",
        "The last word was <The>, the printer said.",
        # a name in a wire story with neither: no legal form, no ticker
        "The bank said <Orvel Milbank Tarvio> would buy the unit.",
    ],
)
def test_fields_code_tags_and_people_in_brackets_are_no_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_run_with_unbalanced_brackets_is_not_taken_whole(run) -> None:
    text = "The stake was sold to <Tarvio Bank (Asia AG> this year."
    assert "Tarvio Bank (Asia AG" not in ents(run(text), "ORG")


# company_short_forms: the front of a legal name just given, written alone once
@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Velder Tarnholm Holdings Ltd said it might move abroad. Analysts said "
            "Velder Tarnholm moved its listing in 1984.",
            "Velder Tarnholm",
        ),
        (
            "Kelvo Corp <KLV.N> and <Vantrel Ambrell and Co> asked for licences. Bankers "
            "said Vantrel Ambrell would get one first.",
            "Vantrel Ambrell",
        ),
        (
            "The bank bought a stake in Haskel Brannock Group plc last year, but has no "
            "plans to raise its share in Haskel Brannock.",
            "Haskel Brannock",
        ),
    ],
)
def test_the_front_of_a_legal_name_is_the_company_once(run, text: str, short: str) -> None:
    assert ents(run(text), "ORG").count(short) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Miss Tarnvale Inc ran the contest. The winner of Miss Tarnvale left for home.",
            "Miss Tarnvale",
        ),
        (
            "Velder Tarnholm Trust gave grants. Analysts said Velder Tarnholm was a poet.",
            "Velder Tarnholm",
        ),
    ],
)
def test_no_front_from_a_title_or_from_a_name_without_a_legal_form(
    run, text: str, absent: str
) -> None:
    assert absent not in ents(run(text), "ORG")


@pytest.mark.parametrize(
    ("text", "full"),
    [
        # a founder's name, written once: the person
        (
            "Edwin Tarnholm Holdings Ltd said profits rose. Edwin Tarnholm, who founded "
            "it in 1921, died in 1990.",
            "Edwin Tarnholm Holdings Ltd",
        ),
        (
            "The Harold Vellmar Company makes toys. Harold Vellmar founded it in 1921.",
            "Harold Vellmar Company",
        ),
        # a town the company is named for
        (
            "Orvel Milbank Railway Company said fares would rise. Orvel Milbank is a market town.",
            "Orvel Milbank Railway Company",
        ),
        # a title of rank
        (
            "Lord Tarvel Holdings Ltd said it might move. Lord Tarvel spoke in the debate.",
            "Lord Tarvel Holdings Ltd",
        ),
        # a nationality, listed or formed from a country's name, before a noun
        (
            "Velder Danish Holdings Ltd said profits rose. Velder Danish troops marched.",
            "Velder Danish Holdings Ltd",
        ),
        (
            "Velder Palauan Holdings Ltd said profits rose. Velder Palauan troops marched.",
            "Velder Palauan Holdings Ltd",
        ),
    ],
)
def test_no_front_once_from_a_first_name_a_title_or_a_nationality(
    run, text: str, full: str
) -> None:
    assert ents(run(text), "ORG") == [full]


def test_a_front_that_opens_with_a_first_name_counts_twice(run) -> None:
    text = (
        "Orvel Tarnby Holdings Ltd said profits rose. Orvel Tarnby said it would hire. "
        "Orvel Tarnby grew."
    )
    assert ents(run(text), "ORG") == ["Orvel Tarnby Holdings Ltd", "Orvel Tarnby", "Orvel Tarnby"]


def test_no_front_once_before_a_place_noun(run) -> None:
    text = "Velder Tarn Holdings Ltd said it might move. The Velder Tarn river flooded."
    assert ents(run(text), "ORG") == ["Velder Tarn Holdings Ltd"]
