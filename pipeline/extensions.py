"""Every custom attribute the pipeline sets, registered once and only here.

Candidate spans live in ``doc.spans[CANDIDATES]`` until the entity resolver picks the final,
non-overlapping set for ``doc.ents``. spaCy keys ``Span._`` values by (start, end, label), so a
value set on a candidate is visible on the identical span in ``doc.ents``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from pipeline.reference_dates import format_reference_date, parse_reference_date

CANDIDATES = "lw_candidates"
"""Name of the span group where recognisers put their candidates."""

_DOC_EXTENSIONS: dict[str, object] = {
    # Input metadata: the publication date R (a datetime.date) that anchors relative dates.
    "ref_date": None,
    # Where reference_date came from: "input", "dateline" or None.
    "reference_date_source": None,
    # LAUNCH events, as plain dicts in the contract's shape (filled by the launch component).
    "events": None,
}

_SPAN_EXTENSIONS: dict[str, object] = {
    "value": None,  # DATE: ISO 8601 value at the expression's own granularity, or None
    "amount": None,  # MONEY: int or float in units of the currency
    "currency": None,  # MONEY: ISO 4217 code
    "canonical": None,  # ORG: the fullest name the article uses for this organisation
}


def _reference_date(doc: Doc) -> str | None:
    return format_reference_date(doc._.ref_date)


def _set_reference_date(doc: Doc, value: str | dt.date | None) -> None:
    doc._.ref_date = parse_reference_date(value)


def register_extensions() -> None:
    """Register the extensions if another import has not already done so.

    ``doc._.reference_date`` is R as a ``YYYY-MM-DD`` string, kept for code that still
    reads the string (launches.py): it reads and writes ``doc._.ref_date``, the ``date``.
    """
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", getter=_reference_date, setter=_set_reference_date)
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()


_TEXT_KEY = ("launchwatch", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    spaCy rebuilds ``Doc.text`` from every token on each access; the components read the
    whole text several times (regexes run over it), so they share one copy.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Store the text a Doc was made from (the tokenizer knows it for free)."""
    doc.user_data[_TEXT_KEY] = text
