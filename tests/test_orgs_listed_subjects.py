"""ORG recall (issue 11): the employer cues "an analyst with X", "an analyst for X", and an
index-listed company's short form that is also a word or a first name ("Ford" for "Ford Motor")
as the subject of a reporting verb that goes on with "it" or "its".

Sentences written for these tests; the firms after the cues are invented, the listed ones
come from the maintained lists the build reads. Each rule has sentences it must find and
sentences it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Margins will recover," said Dana Whitcombe, an analyst with Harrow Keane.',
            ["Harrow Keane"],
        ),
        (
            "The figures surprised Ola Brandt, an analyst for Tessmark Securities.",
            ["Tessmark Securities"],
        ),
        ("Economists with Quillan Vey expect two more rate cuts.", ["Quillan Vey"]),
    ],
)
def test_analyst_with_or_for_a_firm(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report was written by an analyst for the central bank.",
        "She spoke to an analyst with decades of experience.",
        # the region an analyst covers is no employer: the firm comes after "at"
        "Ana Lind, an analyst for Emerging Europe at a big bank, said prices would rise.",
    ],
)
def test_analyst_cues_need_a_name(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ford said it would cut 3,000 jobs in Europe.", ["Ford"]),
        ("Ford said on Tuesday that it would close two plants.", ["Ford"]),
        ("Dell says its new servers sold well.", ["Dell"]),
        ("Otis said in a statement that it would hire 500 engineers.", ["Otis"]),
    ],
)
def test_listed_short_form_referred_to_as_it(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person: named in full elsewhere in the article, or with another name word
        "Dena Ford chairs the panel. Ford said it was time to act.",
        "Otis Varley sang first. Otis said it was his best song.",
        # the article writes the word in lower case: a word here, not a name
        "Ford said it was deep enough. They crossed the ford at dawn.",
        # no "it" or "its" after the reporting verb: anyone may have said it
        "Ford said the talks would go on.",
        # a bare first name of a listed short form without the frame
        "Otis arrived late on Monday.",
        # "it was", "it would be": anyone's; a title before the name: a person
        "Otis said it was a long day.",
        "Otis said it would be hard to leave.",
        "Team coach Otis said it would cut the squad.",
    ],
)
def test_listed_short_form_needs_the_frame(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
