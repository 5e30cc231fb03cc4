"""Words a found ORG span must not be or end with: a lone compass point ("South" of "the South
Asian country"), an abbreviation counted by a number ("three KRP") and a participle glued
on with a hyphen ("Tarvin Group-owned").

- A compass point alone names a region ("the North", "East Africa"), never an organisation
  in any of the gold sets; a rule that cuts it from a longer run ("Vell Telecom and the South
  Asian ...": a coordination) or repeats it leaves a one-word span that is dropped here.
- An abbreviation in capitals right after a number and before punctuation or a grammar word
  is what is counted ("scored three KRP and", "his 12th KRP ."), a statistic or a unit,
  even when it also spells an organisation's initials. An organisation after a number
  modifies the next noun ("two BBC reporters") and stays, as does one after an amount of
  money, which a table row pays it ("$ 410,000 VLC .").
- "X-owned", "X-based", "X-led" describe the next noun by the organisation X ("a Tarvin
  Group-owned mine"): the participle and its hyphen are the description's, not the name's,
  and are cut off.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView

HYPHENS = frozenset({"-", "‑", "–"})
"""What joins the participle to the name ("Group-owned"; a spaced dash is ``extents``')."""

CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})

ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
ABBREVIATION = re.compile(r"[A-Z]{2,5}")
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
MONTHS = frozenset(
    name.rstrip(".") for name in (*calendar.month_name, *calendar.month_abbr, "Sept") if name
)
"""Months by name and abbreviation: a number after one is a day of the month ("On March 3
NASA said"), which a name may follow as a sentence's subject."""


def counted(tokens: DocView, start: int, stop_words: Collection[str]) -> bool:
    """The one-word span at ``start`` is an abbreviation after a number and before
    punctuation, a grammar word or the end of the text."""
    words, doc = tokens.words, tokens.doc
    if start == 0 or not ABBREVIATION.fullmatch(words[start]):
        return False
    before = doc[start - 1]
    if not (before.like_num or ORDINAL.fullmatch(before.text)):
        return False
    if YEAR.fullmatch(before.text) or (start >= 2 and words[start - 2].rstrip(".") in MONTHS):
        return False  # "In 2023 IBM and ...", "On March 3 NASA said": a date, then the subject
    if start >= 2 and words[start - 2] in CURRENCY_SIGNS:
        return False  # "$ 410,000 VLC .": what a table row pays the company
    if start + 1 >= len(words):
        return True
    after = words[start + 1]
    return not after[:1].isalnum() or after in stop_words


def without_stray_words(
    tokens: DocView,
    found: list[Span],
    compass_words: Collection[str],
    participles: Collection[str],
    stop_words: Collection[str],
) -> list[Span]:
    """``found`` without lone compass points and counted abbreviations, and with glued
    participles cut off."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    kept: list[Span] = []
    for span in found:
        if span.end - span.start == 1 and (
            words[span.start] in compass_words or counted(tokens, span.start, stop_words)
        ):
            continue
        end = span.end
        if (
            end - span.start >= 3
            and words[end - 1] in participles  # lower case: "Micro-LED" keeps its "LED"
            and words[end - 2] in HYPHENS
            and starts[end - 2] == ends[end - 3]
            and starts[end - 1] == ends[end - 2]
        ):
            kept.append(Span(tokens.doc, span.start, end - 2, label=ORG))
            continue
        kept.append(span)
    return kept
