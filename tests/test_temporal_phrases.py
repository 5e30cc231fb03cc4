"""The DATE grammar's faster phrase regexes find exactly what the plain ones find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.temporal.phrases import EndsWithPhrase, phrase_alternation, phrase_trie

WORD = st.text(alphabet="abAB", min_size=1, max_size=3)
PHRASE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
TEXT = st.text(alphabet="abAB \n.", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=8), TEXT)
def test_the_trie_matches_what_the_flat_alternation_matches(phrases: list[str], text: str) -> None:
    flat = re.compile(phrase_alternation(phrases))
    trie = re.compile(phrase_trie(phrases))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_phrases_with_other_whitespace_fall_back_to_the_flat_alternation() -> None:
    assert phrase_trie(["in  two", "next"]) == phrase_alternation(["in  two", "next"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=6), TEXT)
def test_ends_with_phrase_searches_as_its_regex_does(words: list[str], window: str) -> None:
    regex = re.compile(rf"(?i:\b{phrase_alternation(words)})\s*$")
    found = EndsWithPhrase(regex, words).search(window)
    expected = regex.search(window)
    assert (found and found.span()) == (expected and expected.span())
