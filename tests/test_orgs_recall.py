"""ORG recall on news from many outlets (issue 11): list members beside a found name, a
well-known maker before its product, source and partnership cues, apposition descriptors.

Sentences written for these tests; the company names are invented, except the well-known
names of the curated gazetteer that the maker rule reads. Each rule has sentences it must
find and sentences it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined by "and" to a found organisation is one too, on either side
        ("Only Kelvo and Nvidia had fewer sales in July.", ["Kelvo", "Nvidia"]),
        ("Talks between Marvane Bancorp and Tillwater ended.", ["Marvane Bancorp", "Tillwater"]),
        ("Either Marvane Bancorp or Tillwater will bid.", ["Marvane Bancorp", "Tillwater"]),
        # a list closed by "and" names every member
        (
            "Shares of Orso Corp., Brontal and Quillan fell.",
            ["Orso Corp.", "Brontal", "Quillan"],
        ),
        (
            "Brontal, Quillan, and Orso Corp. reported results.",
            ["Brontal", "Quillan", "Orso Corp."],
        ),
        # "the" after the closer is no part of the name
        ("Kelvo Bancorp and the Tillwater Guild met.", ["Kelvo Bancorp", "Tillwater Guild"]),
    ],
)
def test_list_members_beside_a_found_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person, by a first name or by a surname the article gives after one
        ("Marvane Bancorp and Edwin Marlow met on Monday.", ["Marvane Bancorp"]),
        (
            "Edwin Marlow resigned. Talks between Marvane Bancorp and Marlow went on.",
            ["Marvane Bancorp"],
        ),
        # a comma alone is an apposition or an aside, not a list
        ("Marvane Bancorp, Brontal thinks, will cut jobs.", ["Marvane Bancorp"]),
        # the list stops at a place, and names nothing beyond it
        ("It began in Bergen, Norway, and Marvane Bancorp followed.", ["Marvane Bancorp"]),
        # a person's post listed beside a body
        (
            "Queries: Media Liaison Officer, Tarn Energy Department and Kelvo Group.",
            ["Tarn Energy Department", "Kelvo Group"],
        ),
        # a particle opens a person's surname
        ("It was backed by Pieter van Kelvane and Nvidia.", ["Nvidia"]),
        # an everyday word the article writes in lower case
        ("Marvane Bancorp and Growth rose; growth was slow.", ["Marvane Bancorp"]),
    ],
)
def test_list_members_need_a_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


def test_an_of_chain_cut_before_and_adds_no_member(run) -> None:
    found = ents(run("The Institute for Marine and Coastal Biology opened in May."), "ORG")
    assert "Coastal Biology" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a well-known maker before its product, and then its other mentions
        (
            "Buyers liked the Nvidia Skybook tablet. Nvidia said sales doubled.",
            ["Nvidia", "Nvidia"],
        ),
        ("The kit includes Hitachi Orbit-style covers.", ["Hitachi"]),
        ("Crowds came to the Nintendo Motion Day event.", ["Nintendo"]),
    ],
)
def test_a_maker_before_its_product(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fans filled Nvidia Field on Sunday.",  # a site: a place noun after it
        "Traders watched the Hitachi Index fall.",  # a market index
        "The Nintendo 310 was sold in May.",  # a model number: the maker's product
        "He met Anna Nvidia Skybook at noon.",  # not the first capitalised word
    ],
)
def test_no_maker_without_a_product(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_maker_and_another_company_name_one_firm(run) -> None:
    found = ents(run("Orso Corp. agreed terms. Next year Nvidia Orso will list."), "ORG")
    assert "Nvidia" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source of a figure or a report
        ("Sales rose, according to Vessel Daily.", ["Vessel Daily"]),
        ("Its stock gained 2% this year, as reported by Kelvo Live.", ["Kelvo Live"]),
        ("The results were quoted by Tarnwire on Friday.", ["Tarnwire"]),
        # partners of a company
        ("The bank entered a partnership with Tillwater Mill.", ["Tillwater Mill"]),
        # apposition and descriptor nouns
        ("Marvale, the local unit of Quillan Steel, cut jobs.", ["Marvale", "Quillan Steel"]),
        ("Prices rose, figures from market researcher Kelvane show.", ["Kelvane"]),
    ],
)
def test_source_and_partner_cues(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person quoted: first name, title, or a surname the article gives after a name
        "Prices rose, according to Edwin Marlow.",
        "Prices rose, according to Ms. Komarev.",
        "Zlatibora Komarev runs the shelter. According to Komarev, 40 people left.",
        "The report quoted researcher Edwin Marlow as saying so.",
        # a place
        "According to Norway, the talks failed.",
    ],
)
def test_source_cues_leave_people_and_places_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organisation a person heads, named before the person's title
        ("The centre opens soon, said Kelvane President Anna Berg.", ["Kelvane"]),
        ("Brontal Founder Anna Berg rang the bell.", ["Brontal"]),
        # a legislature or a service named by its head word alone
        ("The bill goes to Parliament next week.", ["Parliament"]),
        ('"The Navy is here to stay," she said.', ["Navy"]),
    ],
)
def test_head_titles_and_standalone_bodies(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former President Anna Berg spoke on Monday.",  # a grammar word, not a name
        "Research President Anna Berg spoke on Monday.",  # an everyday word names a post
        "Namibian President Anna Berg spoke on Monday.",  # a nationality the lists lack
        "Kelvane President Berg spoke on Monday.",  # no first name: maybe a person's title
        "The Parliament Street office closed.",  # inside a longer name
    ],
)
def test_no_head_title_or_body_without_evidence(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet a story credits on a line of its own
        ("Kelvo opened a plant.\n\nSource: Orso Business News", ["Orso Business News"]),
        ("By KNA\n\nOSLO: The plant opened on Monday.", ["KNA"]),
        ("By Orso News Service\n\nOSLO: The plant opened.", ["Orso News Service"]),
        # a first name alone in a list of organisations is a brand
        ("It will outsell BMW, Marta, and Quillan in May.", ["BMW", "Marta", "Quillan"]),
        # a first name after a hyphen is part of the name
        ("Rivals include Marlo Bros. and Tarn-Mart Stores.", ["Marlo Bros.", "Tarn-Mart Stores"]),
        # the country whose firm it is stands before a cued name
        ("It invested in firms such as Norway's Kelvair.", ["Kelvair"]),
        # an apposition with a descriptor noun
        ("It has close ties with Kelvtec, the third largest handset vendor.", ["Kelvtec"]),
    ],
)
def test_source_lines_brands_and_descriptors(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened.\n\nSource: Anna Berg",  # a person
        "The plant opened.\n\nSource: Norway",  # a place
        "By Anna Berg\n\nOSLO: The plant opened.",  # the reporter
        "By Orso Lind\n\nOSLO: The plant opened.",  # no head word, no acronym
        "The plant opened.\n\nSource: the ministry of trade",  # no name
    ],
)
def test_source_lines_without_an_outlet(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


_SOURCES = (
    "The port reopened on Tuesday.\nSources\n"
    '"Port reopens after the storm" \u2014 Tarnby Evening Sun, March 3, 2019\n'
    'Lena Vosk. "Storm damage put at millions" \u2014 Orsk.ca, 4 March 2019\n'
)


def test_publishers_cited_under_a_sources_heading(run) -> None:
    assert ents(run(_SOURCES), "ORG") == ["Tarnby Evening Sun", "Orsk.ca"]


@pytest.mark.parametrize(
    "text",
    [
        # no heading: a quotation and its speaker
        'The port reopened.\n"We will rebuild" \u2014 Tarvo Keskula, March 3, 2019',
        # under the heading, a person or a place in the publisher's place
        'The port reopened.\nSources\n"Repairs begin" \u2014 Anna Berg, March 5, 2019',
        'The port reopened.\nSources\n"Repairs begin" \u2014 Norway, March 5, 2019',
    ],
)
def test_no_publisher_without_the_heading_or_a_name(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_surname_alone_in_a_list_stays_a_person(run) -> None:
    text = "Marta Lind resigned. Talks between BMW, Lind and Quillan Corp. ended."
    assert "Lind" not in ents(run(text), "ORG")


@pytest.mark.parametrize(
    "text",
    [
        # a romanised given name written on with a hyphen
        "Seats went to the Harbour Party, and Lam Ka-ho of the Harbour Party won.",
        "Seats went to Kelvo Corp. and Lam Ka-ho on Sunday.",
        # a first name with a capitalised word after it is a person
        "Seats went to Kelvo Corp. and Marta To on Sunday.",
    ],
)
def test_list_members_that_are_people(run, text: str) -> None:
    found = ents(run(text), "ORG")
    assert not any(name.startswith(("Lam", "Marta")) for name in found)


def test_a_unit_set_apart_as_part_of_a_group(run) -> None:
    text = "Trevane, part of the Orso Group, will begin flights in June."
    assert ents(run(text), "ORG") == ["Trevane", "Orso Group"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Lind, part of the Orso Group delegation, spoke.", ["Orso Group"]),  # a person
        ("Kelvo, part of the team, won the match.", []),  # no organisation it is part of
        ("The plan, part of the Orso Group strategy, failed.", ["Orso Group"]),  # no name
    ],
)
def test_part_of_a_group_needs_a_name_and_a_group(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_one_word_reporting_subject(run) -> None:
    assert ents(run("Kelvane said it would cut 300 jobs."), "ORG") == ["Kelvane"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anil Vedu spoke. Vedu said the plan works.",  # after a title
        "Zlatibor Kovren spoke. Kovren said the plan works.",  # after another name word
        "Hsiao Lun spoke first. Hsiao said the plan works.",  # a given name before another
        "The envoy Tomas da Kelvor came. Kelvor said it works.",  # a surname's particle
        "Officials said the plan works.",  # an everyday word
        "Anna said the plan works.",  # a first name
    ],
)
def test_reporting_subjects_that_are_people(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvik Mobility will launch its app in May.", ["Orvik Mobility"]),
        ("Shares of Tarnby Stores rose on Monday.", ["Tarnby Stores"]),
        ("The opening of Kelso Mining was delayed.", ["Kelso Mining"]),
        # a head word alone names nothing, and an of-chain still goes on over "and"
        ("The Stores opened late.", []),
        ("The Ministry of Energy and Mines approved it.", ["Ministry of Energy and Mines"]),
    ],
)
def test_company_head_words(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Cos." (companies) is a legal form as "Co." is: it keeps its stop and ends the name,
        # and a chain of forms after it stays with the name
        ("Shares of Tarnwell Cos. rose 4%.", ["Tarnwell Cos."]),
        ("Kelvo Cos. Ltd. reported a loss on Monday.", ["Kelvo Cos. Ltd."]),
        # negative: a form never opens a name (the Greek island)
        ("Tourists flocked to the island of Cos. Hotels were full.", []),
    ],
)
def test_companies_abbreviated_as_a_legal_form(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
