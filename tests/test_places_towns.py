"""Towns placed by their region, and places turned into adjectives (issue 11, GPE on real
news). Sentences written for these tests; every town is invented, the regions are real."""

from __future__ import annotations

import pytest


def gpe(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "GPE"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # everyday words in a town's name, when a preposition places it
        ("The firm was founded in Harbour View, California, in 1998.", ["Harbour View"]),
        ("The rocket rose from Cape Tarnby, Florida, at dawn.", ["Cape Tarnby"]),
        ("A boy from Summer, Texas, won the prize.", ["Summer"]),
        ("Residents of Harbour View, California, cheered.", ["Harbour View"]),
        # the provinces and states of Canada, Australia and India place a town too
        ("The mill in Tarnby, Ontario, closed.", ["Tarnby", "Ontario"]),
        ("Kelvo built a plant near Oldvale, Maharashtra.", ["Oldvale", "Maharashtra"]),
        # the region that places a town is a place, even one named like a person
        ("She grew up in Tarnby, Victoria, and moved to Perth.", ["Tarnby", "Victoria"]),
        # a list of towns, each with its region
        ("Plants in Tarnby, Ohio, and Vellby, Iowa, closed.", ["Tarnby", "Vellby"]),
        # a town named for a park, all everyday words
        ("The lab moved to Oak Park, Illinois, in May.", ["Oak Park"]),
    ],
)
def test_a_placed_town_and_its_region(nlp, text: str, places: list[str]) -> None:
    found = gpe(nlp, text)
    for place in places:
        assert place in found


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # no placing preposition: an everyday word opening a sentence stays a word
        ("Meanwhile, Ontario raised rates.", ["Meanwhile"]),
        ("However, Texas voters disagreed.", ["However"]),
        # an everyday word that is a company's name, without a preposition
        ("Summer Holdings, Texas, said sales rose.", ["Summer Holdings", "Summer"]),
        # a title's "of" places nothing
        ("He was Minister of Justice, Alberta, until 2019.", ["Justice"]),
        # after a preposition, names of organisations and sites stay what they are
        ("The team from Kelvo Group, Queensland, won.", ["Kelvo Group"]),
        ("A crate from Tarvex Steel, Ohio, arrived.", ["Tarvex Steel"]),
        ("A case in Federal Court, Ontario, began.", ["Federal Court"]),
        ("They met near Harwick Street, Ohio.", ["Harwick Street"]),
        ("The deal was signed at Kelvo Plaza, Texas.", ["Kelvo Plaza"]),
        ("The train left from Union Station, Ontario.", ["Union Station"]),
        # a region that places no town is decided by the lists as before
        ("Victoria, the firm's founder, said so.", ["Victoria"]),
    ],
)
def test_no_placed_town_without_a_preposition(nlp, text: str, not_places: list[str]) -> None:
    assert not set(gpe(nlp, text)) & set(not_places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pro-Beijing lawmakers walked out.", []),
        ("The anti-Moscow rally drew thousands in Kyiv.", ["Kyiv"]),
        ("Both pro-London and anti-Paris voices were heard.", []),
        # a hyphen alone, or another prefix, changes nothing
        ("The Beijing-Moscow rail link reopened.", ["Beijing", "Moscow"]),
        ("Flights from Paris to London resumed.", ["Paris", "London"]),
    ],
)
def test_a_place_after_pro_or_anti_is_an_adjective(nlp, text: str, expected: list[str]) -> None:
    assert gpe(nlp, text) == expected
