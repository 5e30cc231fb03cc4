"""The descriptor rule (``orgs/described``): a company noun before a name or an apposition
after it. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sales at retailer Tarl-Mart rose by a tenth.", ["Tarl-Mart"]),
        ("Tarl-Mart, the largest US retailer, said sales rose.", ["Tarl-Mart"]),
        ("Shares in discount chain Kelvo-Dixon fell sharply.", ["Kelvo-Dixon"]),
    ],
)
def test_a_hyphen_joins_the_words_of_a_described_name(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


def test_a_spaced_dash_does_not_join_them(run) -> None:
    assert "Tarl - Mart" not in ents(run("Sales at retailer Tarl - Mart rose."), "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist, the company's founder, said sales would rise.",
        "Lindqvist, a company founder, said sales would rise.",
        "Lindqvist, the firm's chief executive, said sales would rise.",
        "Lindqvist, the companies' adviser, said sales would rise.",
    ],
)
def test_an_apposition_whose_company_noun_describes_a_person_names_no_company(
    run, text: str
) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    "text",
    [
        "Brisco, a Chilean lithium miner based in Tarnby, said output rose.",
        "Brisco, a maker of pumps, said output rose.",
        "Brisco, the company, said output rose.",
    ],
)
def test_an_apposition_headed_by_a_company_noun_names_a_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Brisco"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in auction house Kelbay fell 9.8% on Wednesday.",
        "Models walked for fashion house Kelbay in Milan.",
        "The memoir was bought by publishing house Kelbay.",
    ],
)
def test_a_house_of_a_trade_is_a_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Kelbay"]


def test_a_house_alone_is_no_company(run) -> None:
    assert ents(run("She sold the house Kelbay Cottage stood beside."), "ORG") == []
