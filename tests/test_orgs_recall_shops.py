"""ORG recall: a chain or a maker named before the shops that sell for it (issue 11).

"At a Quortex store", "participating Vantrel dealers", "a Tarnby outlet mall": the shop
nouns after a name are cues like "spokesman" (``cues_after``). A shop is also named by its
street or by what it sells, so an everyday word alone or a street before them is no
company. Sentences and names are invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At a Quortex store in the old town, only four buyers waited.", ["Quortex"]),
        ("The printer is sold through participating Vantrel dealers.", ["Vantrel"]),
        ("A new 60,000-square-foot Brisket Barn store opened in the spring.", ["Brisket Barn"]),
        ("The brand opened its first shop at a Tarnby outlet mall.", ["Tarnby"]),
        # an everyday word opening the sentence, a street: the shop's own name
        ("Rival dealers sold the bonds at once.", []),
        ("Buyers queued outside the Harwick Street store at dawn.", []),
        # a shop being opened is called after its town or mall as often as after its chain
        ("The chain opened the new Harwick store in May.", []),
    ],
)
def test_a_company_before_its_shops(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
