"""A run cut at a plural possessive inside a longer name found at the same place: "Drovers"
of "the Drovers' Union".

A name may hold a plural possessive ("Drovers' Union", "Growers' Council"). A rule that
reads a name word by word stops at the apostrophe and takes the words before it as a name of
their own, while the head-word rule finds the whole name at the same start. The cut run is
a common plural, not an organisation; left in the found names, it would also be searched for
as a short form and taken wherever the article uses the word ("Drovers to strike"). It is
dropped before the short forms are read.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import DocView

APOSTROPHES = frozenset({"'", "’"})


def without_possessive_cuts(tokens: DocView, found: list[Span]) -> list[Span]:
    """``found`` less the spans that end at an apostrophe inside a longer found span with
    the same start."""
    words = tokens.words
    size = len(words)
    longest: dict[int, int] = {}
    for span in found:
        longest[span.start] = max(span.end, longest.get(span.start, 0))
    return [
        span
        for span in found
        if not (
            span.end < size
            and words[span.end] in APOSTROPHES
            and longest[span.start] > span.end + 1
        )
    ]
