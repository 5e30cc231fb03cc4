"""Organisations over places (issue 11, item 4): a name that opens with a place and ends in an
organisation's word is one ORG, with no GPE inside it (``pipeline/orgs/place_led.py``).
Sentences and organisations are invented for these tests; the places are ordinary ones the
place recogniser knows. Each rule has sentences it must find and sentences it must leave
alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents

PLACE_LED = [
    # a market named by its city, before "as"
    (
        "The state plans to list four utilities on the Oslo Financial Market as part of a reform.",
        ["Oslo Financial Market"],
    ),
    # an everyday word opening the sentence is not part of the name
    (
        "Total Oslo Money Market turnover fell to 12 billion crowns on Tuesday.",
        ["Oslo Money Market"],
    ),
    # a producers' or managers' association named by its city (another place inside)
    ("Members of the Lisbon Cork Producers expect a poor harvest.", ["Lisbon Cork Producers"]),
    ("A strong Oslo Freight Managers ' report lifted shares.", ["Oslo Freight Managers"]),
    # a carrier named by its city
    ("Tarvo Atlantic and Lisbon Air signed a code-share deal.", ["Tarvo Atlantic", "Lisbon Air"]),
]

PLACES_STAY = [
    ("Sales rose in Lisbon and Oslo.", ["Lisbon", "Oslo"]),
    ("Lisbon Mayor Rita Kelvo said the port would reopen.", ["Lisbon"]),
    ("Kelvo Energy closed the Lisbon office on Friday.", ["Lisbon"]),
    # the name goes on: an event, not a carrier
    ("Crowds filled the Lisbon Air Show on Sunday.", ["Lisbon"]),
    # a market or its managers in lower case are the city's
    ("Oslo fund managers said prices at the Oslo fish market fell.", ["Oslo", "Oslo"]),
    ("Prices at the Oslo fish market fell.", ["Oslo"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LED)
def test_a_place_before_an_organisation_word_is_one_org(
    run, text: str, expected: list[str]
) -> None:
    doc = run(text)
    assert ents(doc, "ORG") == expected
    assert ents(doc, "GPE") == []


@pytest.mark.parametrize(("text", "expected"), PLACES_STAY)
def test_places_without_an_organisation_word_stay_places(
    run, text: str, expected: list[str]
) -> None:
    doc = run(text)
    assert ents(doc, "GPE") == expected
    assert not any(name.startswith(("Lisbon", "Oslo")) for name in ents(doc, "ORG"))


def test_a_place_led_name_in_a_title_case_headline_is_left_to_the_body(run) -> None:
    text = "Lisbon Financial Market to List Port Stakes\n\nThe city said on Monday it would invest."
    assert ents(run(text), "ORG") == []


def test_a_fund_named_by_its_city_is_no_organisation(run) -> None:
    """Funds are launched things, not ORG (README, "Decisions"): "Fund" is no place-led head."""
    text = "The council voted to set up the Lisbon Investment Fund, which will buy stakes in ports."
    assert ents(run(text), "ORG") == []
