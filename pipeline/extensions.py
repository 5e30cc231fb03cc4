"""Every custom attribute the pipeline sets, registered once and only here.

Candidate spans live in ``doc.spans[CANDIDATES]`` until the entity resolver picks the final,
non-overlapping set for ``doc.ents``. spaCy keys ``Span._`` values by (start, end, label), so a
value set on a candidate is visible on the identical span in ``doc.ents``.

Every value lives in ``Doc.user_data`` as plain data (ints, strings, tuples), so a ``DocBin``
made with ``store_user_data=True`` keeps all of them: R, the span values, the events.
``doc.spans`` (the candidates) and ``doc.ents`` travel in the DocBin itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from pipeline.reference_dates import format_reference_date, parse_reference_date

if TYPE_CHECKING:
    from pipeline.launches.model import LaunchEvent

CANDIDATES = "lw_candidates"
"""Name of the span group where recognisers put their candidates."""

_DOC_EXTENSIONS: dict[str, object] = {
    # Where reference_date came from: "input", "dateline" or None.
    "reference_date_source": None,
}

SPAN_VALUE_KEY = "._."
"""The first part of the ``user_data`` key under which spaCy keeps a span's extension value:
``(SPAN_VALUE_KEY, name, start_char, end_char)`` (``spacy.tokens.underscore``). The recognisers
write their values there directly: ``span._`` builds an accessor object per span, a tenth to a
fifth of their loops' time (``tests/test_extensions.py`` holds the key to spaCy's)."""

_SPAN_EXTENSIONS: dict[str, object] = {
    "value": None,  # DATE: ISO 8601 value at the expression's own granularity, or None
    "amount": None,  # MONEY: int or float in units of the currency
    "currency": None,  # MONEY: ISO 4217 code
    "canonical": None,  # ORG: the fullest name the article uses for this organisation
}


_REF_DATE_KEY = ("launchwatch", "ref_date")


def _ref_date(doc: Doc) -> dt.date | None:
    ordinal = doc.user_data.get(_REF_DATE_KEY)
    return None if ordinal is None else dt.date.fromordinal(ordinal)


def _set_ref_date(doc: Doc, value: dt.date | None) -> None:
    # Kept as a day number: ``Doc.to_bytes`` (and ``nlp.pipe(n_process=…)``) can write an
    # int, not a ``date``.
    if value is None:
        doc.user_data.pop(_REF_DATE_KEY, None)
    elif isinstance(value, dt.date):
        doc.user_data[_REF_DATE_KEY] = value.toordinal()
    else:
        raise TypeError(f"doc._.ref_date must be a datetime.date or None, not {value!r}")


def _reference_date(doc: Doc) -> str | None:
    return format_reference_date(_ref_date(doc))


def _set_reference_date(doc: Doc, value: str | dt.date | None) -> None:
    _set_ref_date(doc, parse_reference_date(value))


_EVENTS_KEY = ("launchwatch", "events")


def _events(doc: Doc) -> list[LaunchEvent] | None:
    stored = doc.user_data.get(_EVENTS_KEY)
    if stored is None:
        return None
    from pipeline.launches.model import Argument, LaunchEvent

    def span(start: int, end: int, label: str) -> Span:
        return Span(doc, start, end, label=label)

    return [
        LaunchEvent(
            span(*trigger),
            modality,
            tuple(Argument(role, span(*where)) for role, *where in arguments),
            event_type,
        )
        for event_type, modality, trigger, arguments in stored
    ]


EventRow = tuple[str, str, tuple[int, int, str], tuple[tuple[str, int, int, str], ...]]
"""One event as ``doc.user_data`` keeps it: type, modality, the trigger's (start, end,
label) and each argument's (role, start, end, label), in role order."""


def event_row(
    event_type: str,
    modality: str,
    trigger: tuple[int, int, str],
    arguments: Iterable[tuple[str, Span]],
) -> EventRow:
    """The stored form of one event (see ``EventRow``), from its trigger's (start, end,
    label): the launch component stores rows without building the trigger's Span."""
    return (
        event_type,
        modality,
        trigger,
        tuple((role, span.start, span.end, span.label_) for role, span in arguments),
    )


def store_event_rows(doc: Doc, rows: list[EventRow]) -> None:
    """Set ``doc._.events`` from rows made by ``event_row``: what the setter stores, without
    building the ``LaunchEvent`` objects first (the launch component's hot path)."""
    doc.user_data[_EVENTS_KEY] = rows


def _set_events(doc: Doc, events: list[LaunchEvent] | None) -> None:
    # Kept as token offsets and labels, not Span objects: ``DocBin`` (and ``Doc.to_bytes``)
    # write ``user_data`` with msgpack, so the events survive a round trip and come back as
    # the same typed ``LaunchEvent`` objects.
    if events is None:
        doc.user_data.pop(_EVENTS_KEY, None)
        return
    store_event_rows(
        doc,
        [
            event_row(
                event.type,
                event.modality,
                (event.trigger.start, event.trigger.end, event.trigger.label_),
                ((a.role, a.span) for a in event.arguments),
            )
            for event in events
        ],
    )


def register_extensions() -> None:
    """Register the extensions if another import has not already done so.

    ``doc._.ref_date`` is R, the publication date that anchors relative dates, as a
    ``datetime.date`` (or None). ``doc._.reference_date`` is the same date as a
    ``YYYY-MM-DD`` string, for code that reads the string (the launch rules read ``ref_date``).
    """
    if not Doc.has_extension("ref_date"):
        Doc.set_extension("ref_date", getter=_ref_date, setter=_set_ref_date)
    if not Doc.has_extension("reference_date"):
        Doc.set_extension("reference_date", getter=_reference_date, setter=_set_reference_date)
    if not Doc.has_extension("events"):
        # LAUNCH events as typed ``pipeline.launches.LaunchEvent`` objects (trigger and
        # arguments are Spans), set by the launch component; ``extraction.doc_to_record``
        # formats them. Each read builds the objects afresh from the stored offsets.
        Doc.set_extension("events", getter=_events, setter=_set_events)
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
