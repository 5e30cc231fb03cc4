"""An acronym with no definition in the article, in a slot where news writes an organisation's
name (``orgs/caps_slots.py``): before a lower-case job and a person, before a word for the
body's own people, after a kind of body, after "<job> of", before "-owned", and as the subject
of a reporting verb after a modifier. Invented sentences, bodies, towns and people."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Output slowed in Tarnby. VRK chief economist Ana Lind said orders were weak.", "VRK"),
        ("Output slowed. VRK director general Sir Tomas Hale said orders were weak.", "VRK"),
        ("The vote was close, ZEPT political editor Ana Lind reported from Marrowby.", "ZEPT"),
        ("A former KNB agent was charged in Tarnby on Friday.", "KNB"),
        ("Ana Lind has been appointed to the OLMA board in Marrowby.", "OLMA"),
        ("The series will be shown on the cable network ZEPT from June.", "ZEPT"),
        ("Growth slowed, according to the statistics association VRK, in Tarnby.", "VRK"),
        ("Ana Lind, head of OLMA, said the talks in Tarnby had failed.", "OLMA"),
        ("Ana Lind, founder of VRK, said the talks had failed.", "VRK"),
        ("Troops left the KNB-controlled villages near Marrowby on Sunday.", "KNB"),
        ("A OLMA-owned mine near Tarnby was closed.", "OLMA"),
        ("Orders fell in May. ZEPT also said it would close a plant in Tarnby.", "ZEPT"),
        ("Orders fell in May. VRK earlier announced a rise in its costs.", "VRK"),
    ],
)
def test_an_acronym_in_an_organisations_slot_is_one(run, text: str, acronym: str) -> None:
    assert acronym in ents(run(text), "ORG")


@pytest.mark.parametrize(
    "text",
    [
        # an everyday abbreviation in the same slots
        "Output slowed in Tarnby. TV presenter Ana Lind said viewers were bored.",
        "Output slowed in Tarnby. An IT manager, Ana Lind, said the servers failed.",
        "Ana Lind, head of HR, said the talks in Tarnby had failed.",
        "Profits at the Tarnby plant were GDP-linked last year.",
        # a noun after the acronym: it names something of the body's, not the body alone
        "Ana Lind, head of the VRK inquiry, said the talks had failed.",
        # the acronym opens a longer name: "VRK bank" is the name
        "Orders were weak, said VRK bank economist Ana Lind in Tarnby.",
        # the article writes the acronym after another name word: the tail of a longer name
        "Marrow VRK Foundry grew. VRK chief economist Ana Lind said orders were weak.",
        # a country's initials
        "The UK-led mission left Tarnby on Sunday.",
        # a line in capitals says nothing about names
        "VRK-OWNED MINE SHUT\nA mine near Tarnby was closed on Monday.",
    ],
)
def test_an_everyday_or_longer_name_acronym_is_not(run, text: str) -> None:
    found = ents(run(text), "ORG")
    assert not any(name in found for name in ("TV", "IT", "HR", "GDP", "VRK", "UK"))
