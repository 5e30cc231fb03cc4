"""String searches that every ORG rule shares (the token view is ``pipeline.docview``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.docview import DocView

_LETTERS = re.compile(r"[^\W\d_]")


def is_all_caps(text: str) -> bool:
    """A line in capitals ("SIEMENS TO CUT 500 JOBS"): its capitals say nothing about names."""
    if text != text.upper():  # one C-level pass rules out almost every line
        return False
    return len(_LETTERS.findall(text)) >= 8


def find_all(text: str, needle: str) -> Iterable[int]:
    """Start offsets of the non-overlapping occurrences of ``needle``, left to right."""
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + len(needle))


def find_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each whole-word use of the names, leftmost first, then longest.

    The result is what ``finditer`` gives for ``(?<![\\w&])(names, longest first)(?![\\w&])``;
    a ``str.find`` per name is much faster than that regex, which has no literal prefix and
    would be compiled again for every article.
    """
    longest: dict[int, int] = {}
    # The text padded with a space at either end, so that the characters around a use are
    # two plain indexings (the ORG rules run this for every mention of every name).
    padded, find = f" {text} ", text.find
    for name in names:
        size = len(name)
        start = find(name)
        while start != -1:
            end = start + size
            before, after = padded[start], padded[end + 1]
            if not (before.isalnum() or before in "_&" or after.isalnum() or after in "_&"):
                longest[start] = max(end, longest.get(start, end))
            start = find(name, start + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(longest):
        if not found or start >= found[-1][1]:
            found.append((start, longest[start]))
    return found


def written_in_lower_case(tokens: DocView, word: str) -> bool:
    """True when the article writes ``word`` in lower case as a token of its own: the answer
    of ``word.lower() in tokens.lower_words`` (a lexeme is lower case when its text
    ``islower()``), from the set of token texts instead of a Python pass over every token.
    Inside an address ("alt.religion.kelvinism", "kelvinism.org") a word is part of another
    token and does not count."""
    lower = word.lower()
    return lower.islower() and lower in tokens.word_set


def positions(words: list[str], word: str) -> list[int]:
    """Where ``word`` occurs in ``words``: found by ``list.index`` in C, not by a loop."""
    found: list[int] = []
    try:
        i = words.index(word)
        while True:
            found.append(i)
            i = words.index(word, i + 1)
    except ValueError:
        return found
