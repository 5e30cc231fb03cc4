"""A ministry named by a list of portfolios is one name across its commas (issue 11, real
news): items of several words and an item opened by "the" ("the Department of Coastal
Affairs, Fisheries, the Marine Estate and Ports"). Items that end in a head word or a legal
form are organisations of their own. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language


def orgs(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Department of Coastal Affairs, Fisheries, the Marine Estate and Ports said "
            "catches fell.",
            ["Department of Coastal Affairs, Fisheries, the Marine Estate and Ports"],
        ),
        (
            "A spokesman for the Ministry of Rural Roads, Water Supply and Irrigation declined "
            "to comment.",
            ["Ministry of Rural Roads, Water Supply and Irrigation"],
        ),
        # a comma before "and" closes a town's state, not a portfolio list
        (
            "The Vell Rail Museum of Tarnby, Dunmoreshire, and the Orrin Club held a fair.",
            ["Vell Rail Museum of Tarnby"],
        ),
        # negatives: names of their own in the list, and a plain two-portfolio name
        (
            "The Ministry of Kelp, the Tarnvale Bank and Orrin Corp signed the deal.",
            ["Ministry of Kelp", "Tarnvale Bank", "Orrin Corp"],
        ),
        (
            "Ministers from the Department for Canals, the Kelp Board and the Vell Office met.",
            ["Department for Canals", "Kelp Board", "Vell Office"],
        ),
        # a list after a name with no head word's of-chain keeps the one-comma shape
        (
            "Rivals such as Banco do Tarnvale, Vellmar Unibanco and the Harlow savings agency "
            "cut rates.",
            ["Banco do Tarnvale"],
        ),
        (
            "The Ministry of Kelp and Canals said exports rose.",
            ["Ministry of Kelp and Canals"],
        ),
    ],
)
def test_a_portfolio_list_is_one_name(nlp: Language, text: str, names: list[str]) -> None:
    assert orgs(nlp, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministry of Kelp and Orrin Ltd signed a supply deal.",
            ["Ministry of Kelp", "Orrin Ltd"],
        ),
        (
            "The University of Tarnvale and Orrin Corp formed a venture.",
            ["University of Tarnvale", "Orrin Corp"],
        ),
        # negatives: "of" after no head word, and a company whose name holds "and"
        ("Shares of Tarn and Vell Ltd fell.", ["Tarn and Vell Ltd"]),
        ("Staff of Harlow and Dunmore Ltd went on strike.", ["Harlow and Dunmore Ltd"]),
    ],
)
def test_and_after_an_of_chain_starts_a_company(nlp: Language, text: str, names: list[str]) -> None:
    """A legal form's name does not reach back across "and" into a body's of-chain."""
    assert orgs(nlp, text) == names
