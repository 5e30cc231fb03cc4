"""ORG boundaries: an acronym joined by a hyphen to a capitalised part is one name (issue 11).

Party factions and joint ventures are written "KDRP-N" or "QMV-Bellac"; the tokenizer splits
the word at its hyphen, and the rule that found one half left the other out. A place or a
nationality on the other side is a pairing ("EU-Tessaly"), a lower-case part a description
("KDRP-led"): neither joins. Sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed short form with a faction letter after its hyphen
        (
            "The Tarvin Dairy Rally Party [TDRP-N] left the coalition on Monday.",
            ["Tarvin Dairy Rally Party", "TDRP-N"],
        ),
        # an acronym before a company the article named: the joint venture's whole name
        (
            "Bellac Media Ltd, a publisher, will bid. Two consortia remain: QMV-Bellac and "
            "a group of local banks.",
            ["Bellac Media Ltd", "QMV-Bellac"],
        ),
    ],
)
def test_hyphenated_acronym_name_is_one_span(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case part describes: the acronym alone is the name
        (
            "The Tarvin Dairy Rally Party (TDRP) won. TDRP-led towns cut taxes.",
            ["Tarvin Dairy Rally Party", "TDRP", "TDRP"],
        ),
        # a place on the other side: two parties paired, not one name
        (
            "The Tarvin Dairy Rally Party (TDRP) won. TDRP-Kenya talks begin today.",
            ["Tarvin Dairy Rally Party", "TDRP", "TDRP"],
        ),
        # two organisations paired before a pairing noun
        ("The IBM-Toyota talks ended without a deal.", ["IBM", "Toyota"]),
        ("The NATO-Kelvo deal was signed.", ["NATO"]),
    ],
)
def test_hyphen_pairing_or_description_is_not_joined(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
