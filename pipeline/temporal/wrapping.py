"""Hard-wrapped copy: line breaks that only wrap a paragraph's text at a fixed width.

No DATE span crosses a line break (README, "Decisions"): in most articles a break ends a
headline, a dateline or a paragraph, and "Nov. 3\\n2024 plans" is two things. Wire copy as
older archives and some outlets store it is wrapped at a fixed width instead, a break every
60 to 80 characters in the middle of sentences; there a break inside a sentence is a space,
and "aims to close by early next\\nyear" is one date. This module finds such copy and tells
the grammar which breaks are soft, as a text of the same length with those breaks turned
into spaces (so every offset still points into the original text).
"""

from __future__ import annotations

import re

_LONG_LINE = 40
"""A line this long (stripped) may be a wrapped one; shorter lines are headlines, bylines,
datelines or the last line of a paragraph."""
_MAX_WIDTH = 100
"""Wrapped copy keeps nearly every line within this width; paragraphs stored one per line
run longer."""
_MIN_LONG_LINES = 4
_SENTENCE_END_RE = re.compile(r"[.!?:;\"”’')\]]\s*$")
"""A line ending a sentence: its break may end a paragraph, so it is left as it is."""
_WORD_RE = re.compile(r"[^\W\d_]+")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _prose(line: str) -> bool:
    """Whether a line reads as running text (most words in lower case), not as a row of a
    table, a list of names or a line of codes, which also stop without punctuation."""
    words = _WORD_RE.findall(line)
    return len(words) >= 4 and len(_LOWER_WORD_RE.findall(line)) * 2 > len(words)


def soft_breaks_as_spaces(text: str) -> str:
    """``text`` with its soft line breaks turned into spaces, or ``text`` itself.

    The copy counts as hard-wrapped when it has at least four long lines of running text,
    nine in ten of its lines stay within the wrapping width, and most of those long lines
    stop in the middle of a sentence. A break is soft when its line is such a line and the
    next line goes straight on (not blank, not indented).
    """
    if text.count("\n") < _MIN_LONG_LINES:
        return text
    lines = text.split("\n")
    # cheap tests first: most articles keep a paragraph to a line, far beyond the width
    lengths = list(map(len, lines))
    if sum(length > _MAX_WIDTH for length in lengths) * 10 > len(lines):
        return text
    if sum(length >= _LONG_LINE for length in lengths) < _MIN_LONG_LINES:
        return text
    long_lines = [line for line in lines if len(line.strip()) >= _LONG_LINE and _prose(line)]
    if len(long_lines) < _MIN_LONG_LINES:
        return text
    open_lines = [line for line in long_lines if not _SENTENCE_END_RE.search(line)]
    if len(open_lines) * 2 < len(long_lines):
        return text
    pieces: list[str] = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        soft = (
            len(line.strip()) >= _LONG_LINE
            and not _SENTENCE_END_RE.search(line)
            and _prose(line)
            and following[:1].strip() != ""
        )
        pieces.append(line + (" " if soft else "\n"))
    pieces.append(lines[-1])
    return "".join(pieces)
