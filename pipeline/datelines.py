"""Datelines: where and when a story was filed ("BEIJING, Nov. 3 (Xinhua) --").

One module for the dateline patterns, so every component reads datelines the same way:

- :data:`DATELINE` finds a whole dateline at the start of a line: a place in capitals, an
  optional region or date, an optional agency in brackets, and the dash that ends it. Its
  spans are text like any other, but never an event argument (launches use it for that).
- :data:`DATELINE_LEAD` is what stands before a date in a dated dateline ("BEIJING, " in
  "BEIJING, Nov. 3, 2023 (Xinhua) --", "Port Ellis, " in "Port Ellis, 2 March 2024"): the
  reference-date component accepts a full date that follows it as the publication date.
- :data:`MIXED_CASE_DATELINE` is agency copy as other outlets print it: a place in mixed
  case, a date and a bracketed credit, no dash ("Tarnby, Feb 20 (KNW) The minister ..."),
  looked for at the starts of a story's :func:`opening_lines` only. The ORG rules read its
  credit (``orgs/agency_credits``), the LAUNCH rules pass over it as over any dateline.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

MONTH = "|".join(
    sorted(
        {name for name in calendar.month_name if name}
        | {name for name in calendar.month_abbr if name}
        | {"Sept"},
        key=len,
        reverse=True,
    )
)
"""A month's name or its abbreviation ("March", "Mar", "Sept"), as a regex alternation."""

DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,40}?)"  # OSLO, SANTA FE, LIMA/QUITO
    r"(?:"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?:[ \t]+\d{1,2})?){0,2}"  # , Ontario, Oct. 9
    r"(?:[ \t]*\((?P<agency>[^)\n]{1,60})\))?"  # (Coast Wire)
    r"(?:[ \t]*(?:--|—|–)|(?<=\))[ \t]+-(?=[ \t]))"  # "(Reuters) - ": one hyphen after an agency
    # or one hyphen right after a month and a day, no agency ("TARNBY, Calif, March 9 - ")
    rf"|(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?,[ \t]*(?:{MONTH})\.?[ \t]+\d{{1,2}}"
    r"[ \t]+-(?=[ \t])"
    r")",
    re.MULTILINE,
)
"""A dateline at the start of a line, up to and including its dash."""

DATELINE_LEAD = re.compile(
    r"^[\s•*-]*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*[,:—–-]\s*$"
)
"""The place (and region) of a dateline, matched against the text before its date."""

CREDIT_PART = r"[A-Z][A-Za-z]{1,15}"
"""One name of an agency credit ("KNW", "Orskwire")."""
CREDIT = rf"(?P<credit>{CREDIT_PART}(?:[ \t]*/[ \t]*{CREDIT_PART}){{0,2}})"
"""A credit: one name or several joined by "/" (agency and partner)."""
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,[ \t]*\d{4})?"

MIXED_CASE_DATELINE = re.compile(
    rf"[ \t]*[A-Z][\w.'’ -]{{1,30}}?,[ \t]*{_MONTH_DAY}[ \t]*\({CREDIT}\)"
)
"""A place, a date and a bracketed credit at a line start: "Tarnby, Feb 20 (KNW)"."""

MAX_DATELINE_LINES = 4
"""Lines with words that a dateline may be on: after a headline, a date and a byline."""


def opening_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character offsets of the first ``MAX_DATELINE_LINES`` lines of ``text``
    that hold more than white space: where a dateline can stand."""
    line_start, lines = 0, 0
    while line_start < len(text) and lines < MAX_DATELINE_LINES:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        if text[line_start:line_end].strip():
            lines += 1
            yield line_start, line_end
        line_start = line_end + 1
