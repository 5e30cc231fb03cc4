"""A capitalised name of an event defined with an acronym in brackets defines no organisation
(issue 11, nineteenth pass): a show, an expo, a festival, a summit or the awards are events,
which the contract keeps out of ORG. Sentences written for these tests with invented names."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive opened the Marrowby Gadget Show (MGS) on Tuesday. MGS runs "
        "for four days.",
        "Makers showed tractors at the Vellmar Farm Expo (VFE) in June, and VFE drew big crowds.",
        "Tickets for the Kelvo Jazz Festival (KJF) sold out, and KJF moved to a larger park.",
        "Leaders met at the Tarnby Climate Summit (TACS). TACS closed with a statement.",
        "The Kelvo Music Awards (KMA) were held on Friday; KMA honoured five bands.",
    ],
)
def test_a_defined_event_is_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_an_event_word_inside_a_name_is_no_event_tail(run) -> None:
    text = "The Marrowby Show Society (MSS) runs the fair, and MSS hired 12 stewards."
    assert ents(run(text), "ORG") == ["Marrowby Show Society", "MSS", "MSS"]
