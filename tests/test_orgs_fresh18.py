"""ORG edges from a fresh blind tune set of real news about public bodies (issue 11,
eighteenth tune set, helper H82): sentences written for these tests with invented names,
none taken from any corpus or benchmark; each rule with a text it must change and one it
must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# defined_term_tails: a capitalised term for a document, a fuel or a service defines no body
@pytest.mark.parametrize(
    "text",
    [
        "Cuts were set out in the Medium-Term Spending Statement (MTSS) on Friday.",
        "Bus fleets in Marrowby will run on Liquefied Biomethane Gas (LBG) from May.",
        "Viewers moved to Streamed Film on Demand (SFOD) services as prices rose.",
    ],
)
def test_a_defined_document_fuel_or_service_is_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_defined_body_keeps_its_acronym(run) -> None:
    text = "The Marrowby Roads Agency (MRA) will repair bridges, and the MRA hired 40 staff."
    assert ents(run(text), "ORG") == ["Marrowby Roads Agency", "MRA", "MRA"]
