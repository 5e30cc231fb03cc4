"""The reference date R at the edges: parsed and checked once where it enters, written once.

R enters as the JSONL field ``reference_date``, the ``--reference-date`` option, a gold
file's ``reference_date``, or a dateline the reference-date component finds. Each edge turns
it into a ``datetime.date`` here; the pipeline carries that ``date`` (``doc._.ref_date``)
and :func:`format_reference_date` writes it back as ``YYYY-MM-DD`` only in the record.
"""

from __future__ import annotations

import datetime as dt
import re

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""The form of R in every file: ``YYYY-MM-DD`` (whether it is on the calendar is checked
by :func:`parse_reference_date`)."""


def parse_reference_date(value: str | dt.date | None) -> dt.date | None:
    """R as a ``date`` (``None`` stays ``None``); ``ValueError`` saying why it is not one."""
    if value is None or isinstance(value, dt.date):
        return value
    # Checked by hand, not by date.fromisoformat alone, which accepts other ISO forms
    # ("2024-W01-1", "20240119") from Python 3.11 on and rejects them before.
    if not ISO_DAY.fullmatch(value):
        if value[:4].isdigit():
            raise ValueError(f"reference_date {value!r} is not in the form YYYY-MM-DD")
        raise ValueError(f"reference_date {value!r} is not a calendar date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"reference_date {value!r} is not a calendar date YYYY-MM-DD") from None


def format_reference_date(day: dt.date | None) -> str | None:
    """R as the record writes it: ``YYYY-MM-DD``, or ``None``."""
    return None if day is None else day.isoformat()
