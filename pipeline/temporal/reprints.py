"""Dated headings of reprinted items: the day a "looking back" column's item is from.

Regional papers reprint old items under a heading line that dates them ("Yesteryear",
"100 years ago", an archive digest): "The Valley Courier, June 3, 1975" and the item below
it ("… announced yesterday it will close this week"). The item's relative dates are that
day's, not the day the column was published, so the grammar resolves the dates after such
a heading against the heading's day until the next one (issue 11, brief H72). A heading is
a line that ends with a full date at least a year before R, after nothing, after a name of
two words or more ("The Valley Courier,"), or with a weekday in the date ("From the
archive: Tuesday, March 4, 1969"); a one-word label ("Born: June 3, 1950") states a fact
about someone, and a date inside a sentence dates one event, so neither is a heading.
"""

from __future__ import annotations

import re
from datetime import date

_FULL_DATE_RE = re.compile(r"\d{4}-\d\d-\d\d")
_LINE_REST_RE = re.compile(r"[ \t.,;:|—–-]*(?:\n|$)")
"""What may follow the date on a heading line: closing punctuation, then the line's end."""
_LABEL_RE = re.compile(
    r"[ \t•*-]*(?:(?P<label>[A-Z][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,3})[ \t]*[,:|—–-][ \t]*)?"
)
"""What may stand before the date on a heading line: a name of up to four words, capitalised,
and its separator ("The Valley Courier, ", "From the archive: ")."""
_WEEKDAY_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
MIN_AGE_DAYS = 366
"""How much older than R a heading's day must be: R's own dates need no second anchor."""


def heading_day(
    text: str, start: int, end: int, value: str | None, ref: date | None
) -> date | None:
    """The day a dated heading at ``[start, end)`` sets for the dates after it, or ``None``."""
    if ref is None or value is None or not _FULL_DATE_RE.fullmatch(value):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    if (ref - day).days < MIN_AGE_DAYS or not _LINE_REST_RE.match(text, end):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL_RE.fullmatch(text, line_start, start)
    if label is None:
        return None
    name = label["label"]
    if name is not None and len(name.split()) < 2 and not _WEEKDAY_RE.search(text, start, end):
        return None
    return day
