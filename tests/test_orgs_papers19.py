"""A newspaper named by its town and a title word is one ORG, not a place (issue 11,
nineteenth pass; ``place_led_heads``). Sentences written for these tests with invented towns
where a gazetteer could not know them, and real cities where only the title word decides."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The mayor told the Winnipeg Citizen that fares would rise.", "Winnipeg Citizen"),
        ("The plan was first reported by the Omaha Globe on Monday.", "Omaha Globe"),
        ("Asked by the Calgary Courier, the minister declined to comment.", "Calgary Courier"),
        ("A columnist in the Tulsa Examiner called the deal a mistake.", "Tulsa Examiner"),
        ("She spoke to the Fresno Sentinel before the vote.", "Fresno Sentinel"),
    ],
)
def test_a_town_and_a_newspaper_title_word_name_a_paper(run, text: str, paper: str) -> None:
    doc = run(text)
    assert ents(doc, "ORG") == [paper]
    assert ents(doc, "GPE") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a state's constitution is a document, and a post is not part of a body's name
        ("Judges said the Texas Constitution did not allow the tax.", "Texas"),
        ("Tacoma Council Leader Ann Hart said fares would rise.", "Tacoma"),
    ],
)
def test_a_document_or_a_post_after_a_town_is_no_paper(run, text: str, place: str) -> None:
    doc = run(text)
    assert not any(name.endswith(("Constitution", "Leader")) for name in ents(doc, "ORG"))
    assert place in ents(doc, "GPE") or any(place in name for name in ents(doc, "ORG"))
