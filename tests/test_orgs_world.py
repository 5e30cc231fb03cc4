"""ORG rules for news from many countries (issue 11): a place inside a name, a one-word name
the article keeps writing, and a list of names read as one. Sentences and names are invented
for these tests; each rule has sentences it must find and sentences it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents

FINDS = [
    # an acronym and a place, written twice, are one name
    (
        "The KVT Madrid campus opened in May. Students at KVT Madrid built a sensor.",
        ["KVT Madrid", "KVT Madrid"],
    ),
    # ... or listed with another such pair in the sentence
    (
        "Graduates of NIRT Leeds and NIMT Bristol joined the programme.",
        ["NIRT Leeds", "NIMT Bristol"],
    ),
    # a found company written again before a country, with a possessive after it
    (
        "Velmar Group said on Monday that Velmar Group Peru's depot opened.",
        ["Velmar Group", "Velmar Group Peru"],
    ),
    # an unknown brand before a country, the pair written twice
    (
        "Skyvola Norway launched a route on Monday. The chief of Skyvola Norway said fares "
        "would fall.",
        ["Skyvola Norway", "Skyvola Norway"],
    ),
    # an unknown word always written before the same town, twice: a legislature or a brand
    (
        "She is also a Vorn Lyon member. The Vorn Lyon session opens in June.",
        ["Vorn Lyon", "Vorn Lyon"],
    ),
    # a repeated one-word name (an everyday word, which the other rules leave alone) with a
    # company noun before one mention
    (
        "Home-grown firm Saffron will launch a phone. The phone, Saffron said, costs less. "
        "Analysts expect Saffron to gain share.",
        ["Saffron", "Saffron", "Saffron"],
    ),
    ("The retailer Saffron opened a shop. Sales at Saffron rose.", ["Saffron", "Saffron"]),
    # a head word standing alone is a name after a company noun
    (
        "Mall-based retailer Mirror opened a store. The move is new for Mirror, and analysts "
        "expect Mirror to grow.",
        ["Mirror", "Mirror", "Mirror"],
    ),
    # ... or a role noun after it and before a person's name, or after its possessive
    (
        "Bills can be paid through Saffron, said Saffron national sales manager Ann Lee. Most "
        "users pay Saffron online.",
        ["Saffron", "Saffron", "Saffron"],
    ),
    (
        "The plan helps Saffron, and Saffron's president Ann Lee said sales rose at Saffron.",
        ["Saffron", "Saffron", "Saffron"],
    ),
    # a repeated acronym with a company noun before one mention
    (
        "Sales grew fast, according to research firm QDRM. In 2023, QDRM data showed a slowdown.",
        ["QDRM", "QDRM"],
    ),
    # a list of banks is split into its names
    (
        "Seed capital came from Marrow Bank, Incorporated Bank, Orrin Bank of Trade, Pelham Bank "
        "and Vodsa.",
        ["Marrow Bank", "Incorporated Bank", "Orrin Bank of Trade", "Pelham Bank", "Vodsa"],
    ),
    (
        "The fund has Rs 100 crore each from KDBI and Punjel National Bank.",
        ["KDBI", "Punjel National Bank"],
    ),
    # ... but a name with "and" inside stays whole
    (
        "The Ministry of Trade and Industry and the Dorn Bank said so.",
        ["Ministry of Trade and Industry", "Dorn Bank"],
    ),
]

NOT_ORGS = [
    # an acronym before a place once, with no evidence that the two are one name
    "Police told QRV Lyon residents to stay indoors.",
    # ... but not when the word is also written without the town
    "She is also a Vorn Lyon member. The Vorn Lyon session opens in June, Vorn said.",
    # a word before a country once
    "Flights by Mareva Kenya began in May.",
    # a surname: written after a first name, it is a person throughout
    "Carla Saffron joined the firm in May. The firm Saffron hired Saffron to lead sales, and "
    "colleagues praise Saffron.",
    # a word the article also writes in lower case
    "Home-grown firm Saffron will launch a phone. The saffron phone, Saffron said, costs less. "
    "Analysts expect Saffron to gain share.",
    # a repeated word with no context only an organisation takes
    "Flights run to Brantwick often. Visitors love Brantwick, and hotels in Brantwick are full.",
    # a people's word before a role noun is no employer
    "Tessan rebels attacked the town. The first Tessan president was killed, and Tessan "
    "leaders fled to the hills.",
    # an abbreviated place after capitals is a price term, not a name
    "Prices were quoted FOB U.S. Gulf on Monday. FOB U.S. Gulf prices rose.",
    # a head word after a determiner is a generic reference
    "Mall-based retailer Mirror opened a store. The move is new for the Mirror, and analysts "
    "expect Mirror to grow.",
    # a person's campaign has staff too: words between a name and a role need a quote's
    # reporting verb
    "The talks with Lindqvist campaign manager Ann Lee ended. Aides to Lindqvist met "
    "Lindqvist campaign manager Ann Lee again.",
    # a site: a place noun after the word
    "A spokesman for Brantwick airport said flights to Brantwick resumed. Trains to "
    "Brantwick run too.",
    # one of the most frequent words needs a third mention
    "The retailer Harvest opened a shop. Sales at Harvest rose.",
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_finds_names_in_world_news_shapes(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize("text", NOT_ORGS)
def test_leaves_non_names_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_country_code_before_a_place_stays_a_place(run) -> None:
    text = "Flights between the US Denver hub and Lyon resumed. The US Denver hub is busy."
    assert "US Denver" not in ents(run(text), "ORG")


def test_a_known_acronym_before_a_place_and_an_event_noun_keeps_the_place(run) -> None:
    text = "QDRM officials said the QDRM Lyon summit would go ahead."
    doc = run(text)
    assert "QDRM Lyon" not in ents(doc, "ORG")
    assert ents(doc, "GPE") == ["Lyon"]


def test_a_known_acronym_before_a_country_and_a_title_is_one_name(run) -> None:
    text = "Shares of Velmar Motors (VLM) rose. VLM Kenya President Ada Obi said sales grew."
    assert "VLM Kenya" in ents(run(text), "ORG")


def test_a_product_after_its_maker_is_no_company(run) -> None:
    text = (
        "The maker Saffron sells the Saffron Nimbus phone. Buyers prefer the Nimbus, and "
        "shops stock the Nimbus. Saffron said its sales rose."
    )
    assert "Nimbus" not in ents(run(text), "ORG")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm Harlow and Pine (H&P) opened a plant.", ["Harlow and Pine"]),
        ("Shares of Dunn and Vale (DV) rose.", ["Dunn and Vale"]),
        # the initials do not spell the acronym
        ("The firm Harlow and Pine (HPX) opened a plant.", []),
        # no "and": a name of one part is the acronym rules' business
        ("The firm Harlow Pine (HP) opened a plant.", []),
        # the run goes on to the left: part of a longer name
        ("The Old Harlow and Pine (H&P) opened a plant.", []),
    ],
)
def test_a_bracketed_acronym_joins_two_names_it_spells(
    nlp, run, text: str, expected: list[str]
) -> None:
    from pipeline.docview import doc_view

    component = nlp.get_pipe("launchwatch_orgs")
    doc = run(text)
    spans = component.lists.joined_by_acronym(doc_view(doc))
    assert [span.text for span in spans] == expected
