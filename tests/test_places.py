"""GPE rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import ents

CASES = [
    ("Factories in Guangdong and Sichuan expanded.", ["Guangdong", "Sichuan"]),
    ("Officials in Chengdu City met.", ["Chengdu City"]),
    (
        "The Xianlin District office opened in Jiangsu Province.",
        ["Xianlin District", "Jiangsu Province"],
    ),
    ("Exports from Brazil and South Korea rose.", ["Brazil", "South Korea"]),
    ("A plant near Munich, Bavaria, and one in Ontario.", ["Munich", "Bavaria", "Ontario"]),
    ("Firms across mainland China and Hong Kong listed.", ["China", "Hong Kong"]),
    ("Startups in São Paulo and Sao Paulo alike.", ["São Paulo", "Sao Paulo"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_finds_places(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "GPE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Korean firms agreed.",
        "The mobile app had a nice split screen for reading.",
        "The province and the city and the country agreed.",
        "Reading the report, analysts were surprised.",
    ],
)
def test_no_place(run, text: str) -> None:
    assert ents(run(text), "GPE") == []


def test_lower_case_designator_stays_out(run) -> None:
    assert ents(run("Output in Hebei province grew."), "GPE") == ["Hebei"]


def test_place_inside_an_organisation_name_is_not_separate(run) -> None:
    doc = run("Students at Lisbon Polytechnic University protested.")
    assert ents(doc, "GPE") == [] and ents(doc, "ORG") == ["Lisbon Polytechnic University"]
