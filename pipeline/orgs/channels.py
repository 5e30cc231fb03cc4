"""A broadcaster's channel or station named after it: "Vellvision Radio 3", "VTV One's
morning show", "VTV Radio Tarnby" are one organisation each, the number or the station's
town included.

News credits an interview to the channel that aired it, and the channel's name is the
broadcaster's name, a broadcasting word ("Radio", "News", "Television", "TV") and a number,
a number word or the town of a local station. The other rules stop at the number (not a name
word) or give the town its own place span, leaving "Vellvision Radio" or the broadcaster
alone. Only what is certainly the channel is taken:

- a number of one to three digits (so never a year), or a capitalised number word
  (``channel_numbers``), after a broadcasting word or, for a number word, right after the
  broadcaster's acronym ("VTV One");
- the town of a station, a place the article names, after a broadcasting word;
- and then the name must end: punctuation, a possessive, the end of the text or a word in
  lower case that is no unit the number would count ("Radio 4 listeners", "News 24 hours
  later", "Radio 3 million people" or "Radio 30% of adults" keep their own reading: the
  number counts what comes after it).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView

CHANNEL_NUMBER = re.compile(r"[1-9]\d{0,2}")
ACRONYM = re.compile(r"[A-Z]{2,5}")


def channel_names(
    tokens: DocView,
    found: list[Span],
    places: Collection[str],
    channel_words: Collection[str],
    channel_numbers: Collection[str],
) -> list[Span]:
    """The channel spans that extend found names (the longer candidate wins later)."""
    words = tokens.words
    spans: list[Span] = []
    for span in found:
        end = span.end
        if end >= len(words):
            continue
        if words[end - 1] not in channel_words:
            if words[end] in channel_words:
                end += 1  # "VTV" then "Radio 3": the broadcasting word joins first
            elif (
                words[end] in channel_numbers
                and span.end - span.start == 1
                and ACRONYM.fullmatch(words[span.start])
                and name_ends(words, end + 1)
            ):
                spans.append(Span(tokens.doc, span.start, end + 1, label=ORG))
                continue
            else:
                continue
        stop = channel_end(tokens, end, places, channel_numbers)
        if stop is not None:
            spans.append(Span(tokens.doc, span.start, stop, label=ORG))
    return spans


def channel_end(
    tokens: DocView, at: int, places: Collection[str], channel_numbers: Collection[str]
) -> int | None:
    """End of the channel's number, number word or station town at ``at``, if the name ends
    there; else None."""
    words = tokens.words
    if at >= len(words):
        return None
    word = words[at]
    if CHANNEL_NUMBER.fullmatch(word) or word in channel_numbers:
        return at + 1 if name_ends(words, at + 1) else None
    for size in (3, 2, 1):
        stop = at + size
        if stop <= len(words) and tokens.char_text(at, stop) in places and name_ends(words, stop):
            return stop
    return None


def name_ends(words: list[str], at: int) -> bool:
    """Nothing of the name goes on at ``at``: the end, punctuation (a possessive's "'s" is
    one), or a word in lower case that the channel's number would not count (``COUNTED``;
    "%" counts too)."""
    if at >= len(words):
        return True
    word = words[at]
    if word in COUNTED_SIGNS:
        return False
    if not word[:1].isalnum():
        return True
    return word.islower() and word not in COUNTED


COUNTED = frozenset(
    {"hours", "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "years"}
    | {"months", "times", "percent", "per", "listeners", "viewers", "people", "staff"}
    | {"jobs", "stations", "channels", "journalists", "reporters", "programmes", "shows"}
    | {"hundred", "thousand", "million", "billion", "trillion", "mln", "bn", "m", "pc"}
)
"""Nouns a number before them counts ("24 hours", "4 listeners") and the multipliers that make
it a count ("3 million people"; "per cent" by its "per"): no channel's number."""
COUNTED_SIGNS = frozenset({"%", "％"})
"""A number before a per cent sign is a share ("Radio 30% of adults"), no channel's number."""
