"""Datelines: where and when a story was filed ("BEIJING, Nov. 3 (Xinhua) --").

One module for the dateline patterns, so every component reads datelines the same way:

- :data:`DATELINE` finds a whole dateline at the start of a line: a place in capitals, an
  optional region or date, an optional agency in brackets, and the dash that ends it. Its
  spans are text like any other, but never an event argument (launches use it for that).
- :data:`DATELINE_LEAD` is what stands before a date in a dated dateline ("BEIJING, " in
  "BEIJING, Nov. 3, 2023 (Xinhua) --", "Port Ellis, " in "Port Ellis, 2 March 2024"): the
  reference-date component accepts a full date that follows it as the publication date.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,40}?)"  # OSLO, SANTA FE, LIMA/QUITO
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?:[ \t]+\d{1,2})?){0,2}"  # , Ontario, Oct. 9
    r"(?:[ \t]*\((?P<agency>[^)\n]{1,60})\))?"  # (Coast Wire)
    r"(?:[ \t]*(?:--|—|–)|(?<=\))[ \t]+-(?=[ \t]))",  # "(Reuters) - ": one hyphen after an agency
    re.MULTILINE,
)
"""A dateline at the start of a line, up to and including its dash."""

DATELINE_LEAD = re.compile(
    r"^[\s•*-]*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*[,:—–-]\s*$"
)
"""The place (and region) of a dateline, matched against the text before its date."""
