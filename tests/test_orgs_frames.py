"""ORG recall on news from many outlets (issue 11), round 10: the frames every outlet uses
around an organisation's name, whatever the name looks like.

Sentences written for these tests; every name is invented. Each rule has sentences it must
find and sentences it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name no list holds, then a surname and a reporting verb or a full stop
        ("The plan will work, Orvane Chairman Rento Tanabe said.", ["Orvane"]),
        ("The dividend stays, said Brescott President Masaru Ikeuchi.", ["Brescott"]),
        # a second title joined by "and": the person's name follows it
        ('"It works," said Orvane President and CEO Yusaku Mariko.', ["Orvane"]),
        (
            "Prices will hold, Tarnwell President and Chief Executive Ana Lind said.",
            ["Tarnwell"],
        ),
    ],
)
def test_organisation_before_a_head_title_and_a_person(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place before the title: the country's head
        "The talks will go on, Norway President Rento Tanabe said.",
        # everyday words before the title name a post, not a body
        "The vote is over, Regional President Masaru Ikeuchi said.",
        # the words after the title read as a name of their own, not a person's
        "Orvane President Data Services said it would grow.",
        # three name words after the title and no reporting verb: no person's name
        "He met Orvane President Rento Tanabe Velkor at the fair.",
        # "and" with no second title
        "The plan was backed by Orvane President and Rento Tanabe.",
    ],
)
def test_head_title_frame_needs_a_person_after_it(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency in capitals after a bar ends the caption's line
        ("The chief executive is at left. | KNAV\n\nSales rose in May.", ["KNAV"]),
        # the body that handed the picture out
        (
            "A rendering of the new hall, which will open in May. Image: Courtesy of Marrowby.\n\n"
            "The hall has two floors.",
            ["Marrowby"],
        ),
        ("Courtesy of the Tessing Trust\nThe hall has two floors.", ["Tessing Trust"]),
        # an agency in capitals before its photographer's name
        (
            "The plant will add 300 jobs. THE VELLOR DISPATCH/Tomas Ander\nSales rose in May.",
            ["VELLOR DISPATCH"],
        ),
    ],
)
def test_photo_credit_at_the_end_of_a_caption(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bar before an everyday word or a time stamp: a page's section or its update line
        "Sales rose in May. | News\n\nThe hall has two floors.",
        "Sales rose in May. | Updated 08:58 pm\n\nThe hall has two floors.",
        # a person credited
        "A view of the new hall. Image: Courtesy of Ana Lind.\n\nThe hall has two floors.",
        # a place
        "A view of the new hall. Image: Courtesy of Norway.\n\nThe hall has two floors.",
        # capitals and a slash inside a sentence: no caption's credit
        "Prices rose and then FELL SHARPLY/Tomas Ander",
    ],
)
def test_photo_credit_needs_its_shape(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short form of a name the article gave, before the head's title
        (
            "Tarnwell Motors will build the plant. TM Chairman Anna Berg said it was proud.",
            ["Tarnwell Motors", "TM"],
        ),
        (
            'Tarnwell Motors will build it. "We are proud," said TM Chair and CEO Anna Berg.',
            ["Tarnwell Motors", "TM"],
        ),
        ("The Kelvo Group grew. Kelvo Chief Executive Ana Lind said so.", ["Kelvo Group", "Kelvo"]),
        # another capitalised word after the short form still makes a longer name
        ("The Kelvo Group grew. Kelvo Arena hosted the fair.", ["Kelvo Group"]),
    ],
)
def test_a_short_form_before_a_heads_title(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
