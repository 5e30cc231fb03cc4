"""One-word ORG names with no head word found by what they own or by a merger (issue 11,
helper H99): ``possessive_cues_after`` ("Vexora's debt") and ``merger_cues_before``
("merging with Tarnel"). Sentences written for these tests with invented names, none taken
from any corpus or benchmark; each rule with texts it must change and texts it must leave
alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The treasury will take over part of Quellmor's debt next year.", ["Quellmor"]),
        ("Analysts raised their target for Brisvane's share price on Tuesday.", ["Brisvane"]),
        ("The board named Ana Lind as Tolvenix's group CEO in March.", ["Tolvenix"]),
        ("The regulator said Marrowind's licence would not be renewed.", ["Marrowind"]),
        ("About 40% of Kestavo's subscribers switched plans last year.", ["Kestavo"]),
        ("The talks turned to Ostrelli's ownership of the port.", ["Ostrelli"]),
    ],
)
def test_what_a_company_owns_after_its_possessive_makes_it_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The lender is in the process of merging with Draventa this year.", ["Draventa"]),
        ("The board agreed to merge with Solquist after months of talks.", ["Solquist"]),
        ("The brewer accepted a takeover by Harnvale on Friday.", ["Harnvale"]),
    ],
)
def test_the_other_side_of_a_merger_is_an_organisation(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


def test_the_name_is_found_again_where_the_article_repeats_it(run) -> None:
    text = (
        "The treasury will take over part of Quellmor's debt. Unions said Quellmor "
        "could not pay its bills, and the plan gives Quellmor two more years."
    )
    assert ents(run(text), "ORG") == ["Quellmor", "Quellmor", "Quellmor"]


@pytest.mark.parametrize(
    "text",
    [
        # a person's things and a product's are not a company's
        "The court froze Edwin Marlow's assets and Marlow's business in May.",
        "Tom Hale's debt grew after the sale. Hale's lawyer declined to comment.",
        "The Vellmar X2's market share fell as buyers waited for a new model.",
        # a place owns debt as well: it stays a place
        "Investors worry about Portugal's debt and its banks.",
        # a merger cue before a person or a title names no organisation
        "The firm is merging with President Ana Lind's blessing.",
    ],
)
def test_a_person_a_product_or_a_place_is_left_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
