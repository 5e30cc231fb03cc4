"""The token view and the string searches that every ORG rule shares."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from pipeline.extensions import doc_text

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def is_headline(text: str) -> bool:
    """A line in Title Case without a final full stop: capitals there are style, not names."""
    if text.rstrip().endswith((".", "!", "?", "”.", '."')):
        return False
    words = _LONG_WORD.findall(text)
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.8


def is_all_caps(text: str) -> bool:
    """A line in capitals ("SIEMENS TO CUT 500 JOBS"): its capitals say nothing about names."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters if c.isascii())


def contains_word(text: str, word: str) -> bool:
    """True when ``word`` occurs in ``text`` between word boundaries (``\\b`` on each side)."""
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def find_all(text: str, needle: str) -> Iterable[int]:
    """Start offsets of the non-overlapping occurrences of ``needle``, left to right."""
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + len(needle))


def is_name_char(char: str) -> bool:
    """A character that a name cannot border: ``[\\w&]`` in a regex."""
    return char.isalnum() or char in "_&"


def find_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each whole-word use of the names, leftmost first, then longest.

    The result is what ``finditer`` gives for ``(?<![\\w&])(names, longest first)(?![\\w&])``;
    a ``str.find`` per name is much faster than that regex, which has no literal prefix and
    would be compiled again for every article.
    """
    longest: dict[int, int] = {}
    for name in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not (
                (start > 0 and is_name_char(text[start - 1]))
                or (end < len(text) and is_name_char(text[end]))
            ):
                longest[start] = max(end, longest.get(start, end))
            start = text.find(name, start + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(longest):
        if not found or start >= found[-1][1]:
            found.append((start, longest[start]))
    return found


class Tokens:
    """A Doc's token texts and character offsets, read once per Doc.

    ``doc[i]`` builds a new Token object on every access and the rules look at each token
    many times, so they read these plain lists instead (``Token.lower_``, ``is_alpha`` and
    ``is_title`` are ``str.lower``, ``isalpha`` and ``istitle`` of the token text).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        offsets = doc.to_array([IDX, LENGTH])
        self.starts: list[int] = offsets[:, 0].tolist()
        self.ends: list[int] = (offsets[:, 0] + offsets[:, 1]).tolist()
        self.words = [self.text[a:b] for a, b in zip(self.starts, self.ends, strict=True)]

    def char_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), like ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.ends[end - 1]]

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """Token indices of a character range that starts and ends on token boundaries,
        else None: ``doc.char_span`` in its default "strict" mode."""
        start = bisect_left(self.starts, start_char)
        end = bisect_left(self.ends, end_char)
        if start >= len(self.starts) or self.starts[start] != start_char:
            return None
        if end >= len(self.ends) or self.ends[end] != end_char or end < start:
            return None
        return start, end + 1

    def span(self, start_char: int, end_char: int) -> Span | None:
        """An ORG span over a character range, or None when it cuts through a token."""
        found = self.token_range(start_char, end_char)
        return None if found is None else Span(self.doc, *found, label="ORG")
