"""ORG acronyms that are also among English's most frequent words (wordfreq folds case, so a
well-known body's capitals count as a frequent word): taken after "the" only where the body
acts (``orgs/the_acronyms.py``). Invented sentences and bodies; "MMM", "OOO" and "CCC" are
frequent strings chosen because they name nothing in these texts."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    "text",
    [
        "Wells near Tarnby were closed, the MMM said on Monday.",
        "The MMM told farmers in Marrowby to boil their water.",
        "Two men were arrested by the OOO. Both were later freed.",
        "Villagers in Tarnby staged a protest against the CCC, which runs the dam.",
    ],
)
def test_a_frequent_acronym_that_acts_is_an_organisation(run, text: str) -> None:
    assert set(ents(run(text), "ORG")) == {next(w for w in ("MMM", "OOO", "CCC") if w in text)}


@pytest.mark.parametrize(
    "text",
    [
        "He sold the MMM. It had cost him a fortune in Tarnby.",
        "Children in Marrowby watched a film on the OOO, and then went to bed.",
        "The CCC was slow, so she bought a new one in Tarnby.",
    ],
)
def test_a_frequent_acronym_that_only_ends_its_phrase_is_not(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
