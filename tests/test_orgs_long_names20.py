"""Long names with a lower-case word inside and names that hold a place (session 20):
an "and" before a plural possessive, plural institutions before their "of"-chain, a
nation's initials before its government body.

The sentences and names are invented (country names are real).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in ("ORG", "GPE")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the Harbour and Dock Workers' Union voted to strike.",
            "Harbour and Dock Workers' Union",
        ),
        ("Tarn and Vell Farmers' Union said grain prices fell.", "Tarn and Vell Farmers' Union"),
        ("The Road and Rail Drivers ' Association met .", "Road and Rail Drivers ' Association"),
    ],
)
def test_and_before_a_plural_possessive_stays_in_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert (name, "ORG") in ents(nlp, text)


def test_the_apostrophe_is_not_a_free_word_for_longer_runs(nlp: Language) -> None:
    """Four words between "and" and the head are still too many: the possessive only stops
    costing a word of its own."""
    found = ents(nlp, "Tarnco and Vell Port Dock Workers' Union officials met.")
    assert ("Tarnco and Vell Port Dock Workers' Union", "ORG") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Vellmar Chambers of Commerce said exports rose.", "Vellmar Chambers of Commerce"),
        (
            "The Quillmere Chambers of Commerce and Industry backed the budget.",
            "Quillmere Chambers of Commerce and Industry",
        ),
    ],
)
def test_chambers_before_their_of_chain_name_a_body(nlp: Language, text: str, name: str) -> None:
    assert (name, "ORG") in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a surname before "of <employer>": the person and the company, no body
        ("Chief executive Jonas Chambers of Tarnco said sales rose.", "Jonas Chambers of Tarnco"),
        ("Judge Ana Chambers of the Vellby court ruled on Monday.", "Ana Chambers of the Vellby"),
        # a surname before "of" with "House" as well
        (
            "Analyst Maria House of Quillon Partners said prices would rise.",
            "Maria House of Quillon Partners",
        ),
        # lower case: the rooms of a building, no name
        ("The chambers of the old court house were empty.", "chambers of the old court"),
    ],
)
def test_chambers_or_house_after_a_first_name_is_a_surname(
    nlp: Language, text: str, absent: str
) -> None:
    assert all(name != absent for name, _ in ents(nlp, text))


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        # a body another rule read without the initials (a gazetteer's entry, a head word
        # before "and"): the initials open its name
        (
            "The US Federal Grain Reserve said stocks fell.",
            "Federal Grain Reserve",
            "US Federal Grain Reserve",
        ),
        (
            "A UK Tarn and Vell Agency report was published.",
            "Tarn and Vell Agency",
            "UK Tarn and Vell Agency",
        ),
        # no government body: a company after the initials stays alone
        ("Sales of US Quillmere Foods rose.", "Quillmere Foods", "Quillmere Foods"),
        # a name word before the initials: some longer name, left alone
        (
            "The Tarn US Federal Grain Reserve fund rose.",
            "Federal Grain Reserve",
            "Federal Grain Reserve",
        ),
    ],
)
def test_a_nations_initials_open_its_government_body(
    nlp: Language, text: str, body: str, expected: str
) -> None:
    from spacy.tokens import Span

    from pipeline.docview import doc_view

    doc = nlp(text)
    start = text.index(body)
    span = doc.char_span(start, start + len(body), label="ORG")
    assert isinstance(span, Span)
    extents = nlp.get_pipe("launchwatch_orgs").extents
    (joined,) = extents.join_national_initials(doc_view(doc), [span])
    assert joined.text == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kelvo said sales fell. Analysts compared Kelvo and Tarnwell Motors on Monday.",
            ["Kelvo", "Tarnwell Motors"],
        ),
        (
            "Quillon shares fell. Talks between Quillon and Vellmar Airlines ended on Friday.",
            ["Quillon", "Vellmar Airlines"],
        ),
    ],
)
def test_and_lists_two_names_when_one_stands_alone_elsewhere(
    nlp: Language, text: str, names: list[str]
) -> None:
    found = [name for name, label in ents(nlp, text) if label == "ORG"]
    assert all(name in found for name in names)
    assert not any(" and " in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no side is a name on its own anywhere: one name
        ("Tarn and Vell Farmers Union said prices fell.", "Tarn and Vell Farmers Union"),
        # a side inside an of-chain is a portfolio, even where the word stands alone
        (
            "The Department of Ports and Shipping said exports rose. The Shipping minister agreed.",
            "Department of Ports and Shipping",
        ),
    ],
)
def test_and_inside_one_name_is_not_split(nlp: Language, text: str, name: str) -> None:
    assert (name, "ORG") in ents(nlp, text)
