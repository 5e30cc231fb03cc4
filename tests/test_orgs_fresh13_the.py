"""ORG span: a gazetteer title listed with its "The" is found without it (CONTRACT: a leading
"the" stays out of the name), wherever it stands in the sentence.

The sentences are invented; the names are the gazetteer's own entries that start with "The"
(read from the built data, so the test follows the list)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.rules.schema import OrgRules, load_rules

_, _RULES = load_rules(OrgRules, "orgs.json")
LISTED_WITH_THE = [name for name in _RULES["gazetteer"] if name.startswith("The ")]


def orgs(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


def test_some_titles_are_listed_with_their_the() -> None:
    assert LISTED_WITH_THE


@pytest.mark.parametrize("name", LISTED_WITH_THE)
def test_listed_title_leaves_its_the_out(nlp: Language, name: str) -> None:
    bare = name.removeprefix("The ")
    assert orgs(nlp, f"She told {name} on Monday that the plant would close.") == [bare]
    assert orgs(nlp, f"{name} reported the sale on Monday.") == [bare]
