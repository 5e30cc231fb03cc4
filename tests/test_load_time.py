"""What makes loading the pipeline cheap gives exactly what the slow way gave.

The tokenizer is built once with its final settings (not spaCy's default and then five changes,
each loading every special case again), and the components' phrase patterns are saved with the
pipeline (``phrase_patterns.bin``) instead of tokenised at every load.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

import pipeline.phrase_patterns as phrase_module
from pipeline.components.base import PATTERNS_FILE
from pipeline.extraction import DEFAULT_MODEL
from pipeline.phrase_patterns import BuiltPatterns, phrase_patterns, reusing_patterns
from pipeline.tokenizer import (
    CACHED_WORDS,
    DROPPED_SPECIAL_CASES,
    EXTRA_INFIXES,
    EXTRA_PREFIXES,
    EXTRA_SUFFIXES,
    create_tokenizer,
    gated_infixes,
    gated_prefixes,
    gated_suffixes,
    one_character_cases,
)

TEXT = (
    "TARNWICK, Feb. 24 (Coast Wire) -- Vellmar Robotics Inc. launched a $12m. lab in the "
    "City of Oldvale, Mich., on Monday; the U.S.-led fund (about ~€94.7M) opened in 2023/24."
)
"""Special cases ("Feb.", "Inc.", "U.S.", the dropped "m."), affixes and the extra splits."""


def slow_tokenizer(nlp: Language):
    """The tokenizer as it was made before: spaCy's default, then each setting changed."""
    tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    prefixes = [*nlp.Defaults.prefixes, *EXTRA_PREFIXES]
    infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
    suffixes = [*nlp.Defaults.suffixes, *EXTRA_SUFFIXES]
    tokenizer.prefix_search = re.compile(gated_prefixes(prefixes)).search
    tokenizer.infix_finditer = re.compile(gated_infixes(infixes)).finditer
    tokenizer.suffix_search = re.compile(gated_suffixes(suffixes)).search
    rules = tokenizer.rules or {}
    dropped = {*DROPPED_SPECIAL_CASES, *one_character_cases(rules)}
    tokenizer.rules = {k: v for k, v in rules.items() if k not in dropped}
    tokenizer.max_cache_size = CACHED_WORDS
    return tokenizer


def test_the_tokenizer_is_the_one_built_step_by_step() -> None:
    made = create_tokenizer()(spacy.blank("en")).tokenizer
    slow = slow_tokenizer(spacy.blank("en"))
    assert made.to_bytes() == slow.to_bytes()
    assert (made.max_cache_size, made.faster_heuristics) == (CACHED_WORDS, True)
    for text in (TEXT, "raised £12m.\n\nDon't  go\t(now)!", "Kelvo Inc.—today 1,20,000"):
        assert [(t.text, t.whitespace_, t.norm_) for t in made(text)] == [
            (t.text, t.whitespace_, t.norm_) for t in slow(text)
        ]


def test_loading_the_built_pipeline_tokenises_no_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("a phrase list was tokenised at load")

    monkeypatch.setattr(phrase_module, "_tokenised_patterns", refuse)
    nlp = spacy.load(DEFAULT_MODEL)
    assert [e.label_ for e in nlp("Vellmar Robotics Inc. opened a lab in Oslo.").ents] == [
        "ORG",
        "GPE",
    ]


def test_saved_patterns_are_the_tokenised_ones(nlp: Language) -> None:
    """The place names' patterns as saved are what tokenising the names gives now."""
    places = nlp.get_pipe("launchwatch_places")
    file = DEFAULT_MODEL / "launchwatch_places" / PATTERNS_FILE
    saved = BuiltPatterns.from_bytes(file.read_bytes())
    with reusing_patterns(None) as session:  # nothing to reuse: tokenised afresh
        fresh = phrase_patterns(nlp, places.data["names"])
    assert session.kept is not None and session.kept.tokenizer == saved.tokenizer
    ((key, kept),) = session.kept.lists.items()
    assert kept == fresh and saved.lists[key] == fresh
    assert len(fresh) == len(places.data["names"]) > 1000


def test_a_round_trip_keeps_the_patterns_bytes_for_bytes() -> None:
    data = (DEFAULT_MODEL / "launchwatch_orgs" / PATTERNS_FILE).read_bytes()
    assert BuiltPatterns.from_bytes(data).to_bytes() == data
    empty = BuiltPatterns("t", {"k": [[], [1, 2**64 - 1]]})
    assert BuiltPatterns.from_bytes(empty.to_bytes()).lists == {"k": [[], [1, 2**64 - 1]]}


def test_patterns_of_another_tokenizer_are_not_reused(nlp: Language) -> None:
    """Patterns saved by a pipeline with other tokenizer rules are made again, not reused: a
    places component of a pipeline whose tokenizer splits "Port-Vell" loads the saved ones."""
    other = spacy.blank("en")
    other.tokenizer.add_special_case("Port-Vell", [{"ORTH": "Port-"}, {"ORTH": "Vell"}])
    places = other.add_pipe("launchwatch_places")
    calls: list[str] = []
    real = phrase_module._tokenised_patterns

    def counted(own: Language, phrases: list[str], attr: str) -> list[list[int]]:
        calls.append(attr)
        return real(own, phrases, attr)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(phrase_module, "_tokenised_patterns", counted)
        places.from_disk(DEFAULT_MODEL / "launchwatch_places")
    assert len(calls) == 7  # every list of the component, tokenised with the other rules
    assert places(other("They met in Port-Vell and Oslo.")).spans  # it works
    # with the same tokenizer, the saved patterns are the ones loading made afresh
    same = spacy.blank("en", config={"nlp": {"tokenizer": nlp.config["nlp"]["tokenizer"]}})
    fresh = same.add_pipe("launchwatch_places")
    fresh.set_data(nlp.get_pipe("launchwatch_places").data)  # nothing saved to reuse
    assert _patterns(fresh) == _patterns(nlp.get_pipe("launchwatch_places"))


def _patterns(component: object) -> dict[str, set[tuple[int, ...]]]:
    """The patterns of a component's PhraseMatcher (what it pickles), by match key."""
    matcher = component.matcher  # type: ignore[attr-defined]
    return {key: set(found) for key, found in matcher.__reduce__()[1][1].items()}


def test_a_component_saved_without_patterns_loads_as_before(nlp: Language, tmp_path: Path) -> None:
    """A component saved before the patterns were (an older pipeline) tokenises its lists."""
    saved = tmp_path / "places"
    shutil.copytree(DEFAULT_MODEL / "launchwatch_places", saved)
    (saved / PATTERNS_FILE).unlink()
    same = spacy.blank("en", config={"nlp": {"tokenizer": nlp.config["nlp"]["tokenizer"]}})
    places = same.add_pipe("launchwatch_places").from_disk(saved)
    assert _patterns(places) == _patterns(nlp.get_pipe("launchwatch_places"))
