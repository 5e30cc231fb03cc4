"""Where a found ORG name ends: its legal-form chain, a dash between spaces
(``pipeline.orgs.extents``).

The sentences and names are invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def orgs(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "& Co" in a list: the chain stays with its name, the next name loses no "Co"
        (
            "Vellmor Brisk & Co, Tarnwell Oskar & Co and Brisco Inc reported gains.",
            ["Vellmor Brisk & Co", "Tarnwell Oskar & Co", "Brisco Inc"],
        ),
        # "and Co" with a legal form after it
        (
            "Lead manager Quell Brackley and Co Inc priced the offer on Monday.",
            ["Quell Brackley and Co Inc"],
        ),
        # a detached full stop between two legal forms
        ("A unit of Dorvale Cos. Ltd. opened the store.", ["Dorvale Cos. Ltd."]),
        # a legal form in lower case, its final stop split off by the tokenizer
        (
            "Shares rose after the sale of its packaging unit Ostravel a.s. , its filing said.",
            ["Ostravel a.s."],
        ),
    ],
)
def test_legal_form_chains_belong_to_the_name(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert orgs(nlp, text) == expected


def test_a_region_in_brackets_before_the_legal_form(nlp: Language) -> None:
    text = "Orvanta Group said it bought Orvanta (QX) Holdings from its partners."
    assert "Orvanta (QX) Holdings" in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a bracket holding no region, or no legal form after it, is no part of the name
        ("Orvanta Group (the buyer) Holdings were sold.", "Orvanta Group (the buyer) Holdings"),
        ("Orvanta Group (QX) said it would sell.", "Orvanta Group (QX)"),
        # a legal form that is also a stop word, in an all-capital headline
        (
            "Vellco Group said on Monday.\nVELLCO GROUP AS RIVALS STALL\nIts shares rose.",
            "VELLCO GROUP AS",
        ),
    ],
)
def test_no_chain_without_its_evidence(nlp: Language, text: str, absent: str) -> None:
    assert absent not in orgs(nlp, text)


def test_a_comma_ends_the_chain(nlp: Language) -> None:
    found = orgs(nlp, "Shares of Vellmor Brisk & Co, the lender, rose.")
    assert "Vellmor Brisk & Co" in found
    assert not any(name.startswith("Co") for name in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a source tag after a dash: both names stay, apart
        (
            "The plan to open the Vellmark Research Centre - KNW) came true.",
            ["Vellmark Research Centre", "KNW"],
            "Vellmark Research Centre - KNW",
        ),
        # a line's label before a hyphen written apart: the label goes
        (
            "Results were delayed .\nMemo - Tarnwell Bank and Orvanta Group played on Monday .",
            ["Tarnwell Bank"],
            "Memo - Tarnwell Bank",
        ),
        # a clause after the dash: the lowercase side goes
        (
            "Research at the Orvanta Institute of Mining – covering every field – grew.",
            ["Orvanta Institute of Mining"],
            "Orvanta Institute of Mining – covering",
        ),
        # a hyphen written apart before a clause: the lowercase side goes too
        (
            "Research at the Orvanta Institute of Mining - covering every field - grew.",
            ["Orvanta Institute of Mining"],
            "Orvanta Institute of Mining - covering",
        ),
        # a long dash between two names always ends the first
        (
            "Shares of the Orvanta Institute of Mining – Tarnwell Bank group rose.",
            ["Tarnwell Bank"],
            "Mining – Tarnwell Bank",
        ),
    ],
)
def test_a_spaced_dash_ends_a_name(
    nlp: Language, text: str, expected: list[str], absent: str
) -> None:
    found = orgs(nlp, text)
    assert absent not in found
    assert all(name in found for name in expected)


def test_a_hyphen_inside_a_name_stays(nlp: Language) -> None:
    assert "Tarn-Vellco Holdings" in orgs(nlp, "Shares of Tarn-Vellco Holdings fell on Monday.")
    # wire copy writes the hyphen apart: between two names it stays in
    assert "Tarn - Vellco Holdings" in orgs(nlp, "Shares of Tarn - Vellco Holdings fell .")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one legal-form map for rule 1 and the chains: "As" opening a sentence is a word,
        # the Nordic "AS" after a name is its form
        ("As of May 2, Brenvik Holdings AS held the stake.", ["Brenvik Holdings AS"]),
        # a hyphen written apart after a legal form is a dash: the name ends at the form
        (
            "The new firm - Kelvane Arkon HD Corp. - starts work on May 1.",
            ["Kelvane Arkon HD Corp."],
        ),
        ("The Tarnwell Co-operative opened a branch.", ["Tarnwell Co-operative"]),
        # in a line of capitals "AS" is a word, so no chain joins it to the name
        (
            "TARNVALE BANK AS RIVALS CUT RATES\nTarnvale Bank cut its rate on Monday.",
            ["TARNVALE BANK", "Tarnvale Bank"],
        ),
    ],
)
def test_one_legal_form_map(nlp: Language, text: str, expected: list[str]) -> None:
    assert orgs(nlp, text) == expected
