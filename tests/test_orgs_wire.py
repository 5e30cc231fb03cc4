"""ORG rules for wire copy written by others (issue 11): acronyms in brackets and bare acronyms
with an organisation's word after them, descriptors before a name, rarer gazetteer words that
open a sentence, legislature head words. Every sentence and name is invented for these tests;
none is taken from any corpus or benchmark. Each rule has sentences it must find and sentences
it must leave alone, in running and in tokenised text ("( ZLF )", "ZLF 's")."""

from __future__ import annotations

import pytest

from tests.conftest import ents

FINDS = [
    # a bracketed acronym after a found name defines it even when its letters are those of
    # the name in another language; its bare uses follow
    (
        "Rebels of the Zarkon Liberation Army ( ZLF ) attacked .\nThe ZLF 's fight goes on .",
        ["Zarkon Liberation Army", "ZLF", "ZLF"],
    ),
    (
        "The Vellmar Securities Corporation (VFK) sold shares. The VFK said 12 lots sold.",
        ["Vellmar Securities Corporation", "VFK", "VFK"],
    ),
    # a name with no head word, defined by its initials in brackets (the shortest run wins)
    (
        "Conservative Blue Horizon ( BH ) leaders met on Sunday , BH said .",
        ["Blue Horizon", "BH", "BH"],
    ),
    (
        "The Tarvik Rights Project (TRP) said four men were held. The TRP asked for bail.",
        ["Tarvik Rights Project", "TRP", "TRP"],
    ),
    (
        "Fighters of the Liberation Front of Upper Ordal (LFUO) withdrew.",
        ["Liberation Front of Upper Ordal", "LFUO"],
    ),
    # a country in brackets is no acronym of the name before it
    ("Kestrel Motors ( UK ) said output rose .\nThe UK said so .", ["Kestrel Motors"]),
    # a bare acronym followed by an organisation's word
    ("Grendal told ZTV television that the fire was out .", ["ZTV"]),
    ("The farmers called on KLU to act.\nKLU officials declined to comment.", ["KLU", "KLU"]),
    ("Soldiers killed nine PKZ guerrillas near the border .", ["PKZ"]),
    # ... and a press review's paper named in capitals in a mixed-case sentence
    ("The KESTREL EVENING POST said the court must act .", ["KESTREL EVENING POST"]),
    # descriptors before a name: a nationality may open it, a foreign particle join it
    ("Brokers said the retail chain Marlow Stores fell .", ["Marlow Stores"]),
    ("The carrier British Skyvale cut fares .", ["British Skyvale"]),
    ("Shares of mining conglomerate Vale do Norte rose .", ["Vale do Norte"]),
    ("Dealers at brokers Lanvin de Sorel said prices held .", ["Lanvin de Sorel"]),
    # a party or a paper named before its group noun needs no "the"
    ("Voters backed the conservative Blue Horizon party .", ["Blue Horizon"]),
    ("Lawmakers of ruling Civic Dawn party walked out .", ["Civic Dawn"]),
    # a paper whose name opens with another language's article, before its group noun
    ("About 50 people died , Le Vellin newspaper reported .", ["Le Vellin"]),
    # wire desks sign off a report; "Assn" abbreviates Association
    ("Sales rose .\n-- Tarvik Municipal Desk , 212-555-0100", ["Tarvik Municipal Desk"]),
    ("The Vellmar Flour Mills Assn bought wheat .", ["Vellmar Flour Mills Assn"]),
    # a cue after the name that is a title itself
    ("Brenmoor CEO Lars Vell told reporters the plan stands .", ["Brenmoor"]),
    # a company's shares and results after its bare name
    ("Vellcorp shares rose 5 percent on Monday .", ["Vellcorp"]),
    ("Brenmoor posted a net loss in the first half .", ["Brenmoor"]),
    # a wire tag in capitals before a dash, a reporting period after the name and a short
    # month after a dash are not the name's words
    ("Sales rose .\nNOTE - Salomar & Tay Co Ltd said so .", ["Salomar & Tay Co Ltd"]),
    ("Ulvar Petroleums Ltd Q2 net profit rose .", ["Ulvar Petroleums Ltd"]),
    ("PRESS DIGEST - Vellmar Street Journal - Aug 29 .", ["Vellmar Street Journal"]),
    # ... while a dash written apart inside a name stays in it
    ("Shares of Coca - Vella Co rose .", ["Coca - Vella Co"]),
    # legislatures are head words
    ("The Tarvik Senate voted to shelve the bill.", ["Tarvik Senate"]),
    ("Deputies of the National Assembly walked out.", ["National Assembly"]),
    # the context cue still finds a bare name
    ("A spokesman for Brenmoor said the runway was shut .", ["Brenmoor"]),
    # a gazetteer name that is a rarer everyday word may open a sentence
    ("Reuters has not verified these reports .", ["Reuters"]),
]

NOT_ORGS = [
    # a measure, a law or a disease abbreviated in brackets is no organisation
    "The tax on Gross Harbour Product ( GHP ) was approved .",
    "Cases of Ordal River Fever (ORF) rose. ORF spreads in summer.",
    "The Coastal Fishing Act (CFA) took effect on Monday.",
    # a person's initials in brackets
    "Ana Ruiz (AR) wrote the report.",
    # a two-letter acronym, a title after "an", a line in capitals
    "An MEP said the vote was close .",
    "He told an MEP officials would wait .",
    "FARMERS SAID PRICES FELL .",
    # a person's ordinal before "said"
    "Secretary Jon Vell III said talks would resume .",
    # a job title, not an organisation
    "The CEO said sales rose.",
    # a person after a descriptor, or after a job title that names one person
    "His business partner Ana Ruiz said the talks ended .",
    "Prices held , said trader Omar Veldt in Tarvik .",
    # an everyday word among the most frequent ones still does not open a sentence as a name
    "Apple pie is popular here .",
    # a context cue before a title, a compound adjective or a place noun names no organisation
    "A spokesman for Prime Minister Tomas Vell said so .",
    "A spokesman for the Zorni-dominated army said so .",
    "A spokesman for Brenmoor airport said the runway was shut .",
    # "shares" as a verb after a person
    "Anna Vell shares her view .",
    "Smith shares his view .",
    # an article of another language that is a first name stays one without a cue
    "He met Le Van Tho and Anna Le .",
    # a nationality or creed adjective alone before a group noun names nothing
    "Gunmen of a mostly Kurdish militia fled .",
    "Leaders of the region's biggest Protestant party met .",
    # the last word of a three-word person's name is that person throughout
    "Militia chief Ahmad Shah Velloor spoke . A spokesman for Velloor said no .",
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_finds_organisations_in_wire_copy(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize("text", NOT_ORGS)
def test_leaves_non_organisations_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_bracketed_acronym_gets_the_long_name_as_canonical(record) -> None:
    found = record("Rebels of the Zarkon Liberation Army (ZLF) attacked. The ZLF denied it.")
    canonical = {e["text"]: e.get("canonical") for e in found["entities"] if e["label"] == "ORG"}
    assert canonical["ZLF"] == "Zarkon Liberation Army"
