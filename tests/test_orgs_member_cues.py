"""One-word party, union and movement names found by their members (issue 11, helper H121):
``member_nouns_after_names`` ("Brannock MPs") and ``member_posts_after_names`` ("Harvane
candidate Tom Hale", "Ostrelline's candidate") after a word the article keeps writing
(pipeline/orgs/member_cues.py). Sentences written for these tests with invented names, none
taken from any corpus or benchmark; texts the rule must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "On Monday, Brannock MPs backed the bill, and the speaker thanked Brannock.",
            ["Brannock", "Brannock"],
        ),
        (
            "In the north, Harvane candidate Tom Hale won the seat, and the count showed "
            "Harvane had gained.",
            ["Harvane", "Harvane"],
        ),
        (
            "The row over Ostrelline's candidate grew, and the paper said Ostrelline had "
            "lost two seats.",
            ["Ostrelline", "Ostrelline"],
        ),
        (
            "The march was organised by Quenmar activists, who said Quenmar would not give up.",
            ["Quenmar", "Quenmar"],
        ),
    ],
)
def test_a_name_whose_members_the_article_writes_is_an_organisation(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # a word ending like an adjective says which kind of member, not whose
        "On Monday, Tessarian MPs backed the bill, and the speaker thanked Tessarian voters.",
        # a surname: the article writes it after a first name
        "Ana Brannock spoke on Monday. Later, Brannock supporters cheered, and the crowd "
        "chanted for Brannock.",
        # only ever before another noun: a kind of people, as a nationality is
        "Former Tessot leader Ana Lind met Tessot delegates and praised the Tessot-led talks.",
        # written once: no repetition, no evidence
        "On Monday, Brannock MPs backed the bill.",
        # a plural member noun before a person's name starts a list of people
        "On Monday, Brannock members Ana Lind and Tom Hale resigned, and the crowd cheered "
        "Brannock.",
        # a Title Case headline capitalises every word: its member noun says nothing
        "Brannock Members Quit Over Tax\n\nThe vote was close, and Brannock said little. "
        "Its rivals thanked Brannock.",
    ],
)
def test_no_organisation_without_members_of_its_own(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_place_with_voters_stays_a_place(run) -> None:
    doc = run("On Monday, Ohio voters backed the bill, and officials in Ohio agreed.")
    assert ents(doc, "ORG") == []
    assert ents(doc, "GPE") == ["Ohio", "Ohio"]
