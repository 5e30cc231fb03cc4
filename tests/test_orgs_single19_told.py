"""An acronym a source speaks to or a story is credited to (issue 11, helper H99):
``orgs/told_acronyms.py``. Sentences written for these tests with invented names, none taken
from any corpus or benchmark; texts the rule must change and texts it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The union leader told KNW in Tarnby that the strike would go on.", ["KNW"]),
        ("Operators were fined for selling unregistered cards, reports KNW.", ["KNW"]),
        ('"We will appeal," a spokesman told VTN late on Monday.', ["VTN"]),
        ("The plan was dropped, a source told VPX.", ["VPX"]),
    ],
)
def test_an_acronym_told_or_reporting_is_an_organisation(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    "text",
    [
        # a country's initials, an acronym going on with a noun, a grammar word
        "The envoy told US officials about the plan.",
        "The envoy told UK.",
        "The analyst told KNW viewers the plan would fail.",
        "Nobody told IT.",
    ],
)
def test_places_and_modifiers_are_left_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
