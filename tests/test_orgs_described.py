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
        # a hyphenated word counts as one of the four words a run may take, and is never cut
        ("Sales at retailer Tarl-Mart-Orsk-Vell-Kess rose.", ["Tarl-Mart-Orsk-Vell-Kess"]),
    ],
)
def test_a_hyphen_joins_the_words_of_a_described_name(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


def test_only_a_hyphen_with_no_space_joins_a_run(nlp) -> None:
    """``title_run`` goes over a hyphen only where ``glued`` says no space stands beside it
    (``DocView.glued_tokens``): "Tarl-Mart" is one word, "Tarl - Mart" two names and a dash."""
    described = nlp.get_pipe("launchwatch_orgs").described
    words = ["retailer", "Tarl", "-", "Mart", "rose"]
    assert described.title_run(words, 1, len(words), glued=frozenset({1, 3})) == 4
    assert described.title_run(words, 1, len(words), glued=frozenset()) == 2
    assert described.title_run(words, 3, len(words), step=-1, glued=frozenset({1, 3})) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist, the company's founder, said sales would rise.",
        "Lindqvist, a company founder, said sales would rise.",
        "Lindqvist, the firm's chief executive, said sales would rise.",
        "Lindqvist, the companies' adviser, said sales would rise.",
        # the first company noun decides: one in a relative clause after it does not
        "Lindqvist, a company founder who left the firm, said sales would rise.",
        # a gerund between the company noun and a post names the post ("lending officer")
        "Lindqvist, a bank lending officer, said sales would rise.",
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
        # an adverb and a participle, or "worth", go on describing the company
        "Brisco, a company wholly owned by the state, said output rose.",
        "Brisco, a lender privately held since 1990, said output rose.",
        "Brisco, a start-up worth $2 billion, said output rose.",
        "Brisco, a bank lending to farmers, said output rose.",
        "Brisco, a miner operating in Tarnby, said output rose.",
    ],
)
def test_an_apposition_headed_by_a_company_noun_names_a_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Brisco"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in auction house Kelbay rose after its spring sale.",
        "Models walked for fashion house Kelbay in Milan.",
        "The memoir was bought by publishing house Kelbay.",
    ],
)
def test_a_house_of_a_trade_is_a_company(run, text: str) -> None:
    assert ents(run(text), "ORG") == ["Kelbay"]


def test_a_house_alone_is_no_company(run) -> None:
    assert ents(run("She sold the house Kelbay Cottage stood beside."), "ORG") == []
