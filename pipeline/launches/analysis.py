"""One document's events: every trigger candidate, left to right, through the rules.

A candidate is read (lemma and kinds), dropped when its use is not a launch, classified as
a verb, participle or noun, and handed to ``verbal`` or ``nominal`` for its arguments and
modality. Events found earlier in a sentence are passed on: a coordinated verb inherits the
first verb's subject.
"""

from __future__ import annotations

from pipeline.extensions import EventRow
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Found, LaunchEvent
from pipeline.launches.nominal import nominal
from pipeline.launches.triggers import blocked, classify, read_trigger
from pipeline.launches.verbal import verbal


def find_events(d: LaunchDoc, candidates: list[tuple[int, int]]) -> list[LaunchEvent]:
    """The document's LAUNCH events in trigger order (``candidates``: the token ranges of
    trigger forms, from ``triggers.candidates``)."""
    return [f.event(d.span(f.trigger.start, f.trigger.end)) for f in _found(d, candidates)]


def event_rows(d: LaunchDoc, candidates: list[tuple[int, int]]) -> list[EventRow]:
    """``find_events`` in the form ``doc._.events`` stores (the component sets these
    directly: building the ``LaunchEvent`` objects only to take them apart again cost
    about a twentieth of the component's time, and the trigger needs no Span of its own)."""
    return [f.row() for f in _found(d, candidates)]


def _found(d: LaunchDoc, candidates: list[tuple[int, int]]) -> list[Found]:
    """Every candidate through ``analyse``, left to right, each seeing the events before it."""
    found: list[Found] = []
    for start, end in candidates:
        event = analyse(d, start, end, found)
        if event is not None:
            found.append(event)
    return found


def analyse(d: LaunchDoc, start: int, end: int, found: list[Found]) -> Found | None:
    """One trigger candidate: its event, or None when it is not a launch."""
    trigger = read_trigger(d, start, end)
    if trigger is None:
        return None
    floor, sent_end, headline = d.sentence(trigger.start)
    if trigger.start < floor or blocked(d, trigger, floor, sent_end, headline):
        return None
    trigger.use = classify(d, trigger, floor, sent_end, headline)
    if trigger.use == "none":
        return None
    if trigger.use == "noun":
        event = nominal(d, trigger, floor, sent_end, headline, found)
    else:
        event = verbal(d, trigger, floor, sent_end, headline, found)
    if event is None:
        return None
    event.sentence_start = floor
    return event
