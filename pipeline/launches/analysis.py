"""One document's events: every trigger candidate, left to right, through the rules.

A candidate is read (lemma and kinds), dropped when its use is not a launch, classified as
a verb, participle or noun, and handed to ``verbal`` or ``nominal`` for its arguments and
modality. Events found earlier in a sentence are passed on: a coordinated verb inherits the
first verb's subject.
"""

from __future__ import annotations

from pipeline.extensions import EventRow
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Found, LaunchEvent, Trigger
from pipeline.launches.nominal import nominal
from pipeline.launches.triggers import blocked, classify, occasion_noun, read_trigger
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
    if trigger.start < floor:
        return None
    if blocked(d, trigger, floor, sent_end, headline):
        occasion = occasion_noun(d, trigger, sent_end)
        if not (occasion and _refers_back(d, trigger, floor, found, occasion=True)):
            return None
        trigger.use = "noun"  # "at the launch event", after the launch was reported
        trigger.refers_back = True
    else:
        trigger.use = classify(d, trigger, floor, sent_end, headline)
        if trigger.use == "none" and _refers_back(d, trigger, floor, found):
            trigger.use = "noun"
            trigger.refers_back = True
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


BACK_REFERENCE_DETERMINERS = frozenset({"the", "this"})
"""Determiners with which a bare launch noun points back to a launch already reported."""

NOT_BACK_REFERENCES = frozenset({"release", "releases", "introduction", "formation"})
"""Launch nouns whose everyday sense after "the"/"this" is far more common than a launch
("This release contains forward-looking statements", "in the introduction to the report",
"changed the formation at half time"): never read as a back-reference."""


def _refers_back(
    d: LaunchDoc, trigger: Trigger, floor: int, found: list[Found], *, occasion: bool = False
) -> bool:
    """A bare launch noun ("the inauguration", "this opening", "the launch event") after
    the article has reported a launch of the same verb in an earlier sentence ("The clinic
    was inaugurated on Tuesday. ... The inauguration drew large crowds", "he said at the
    launch event"): the noun refers to that launch, a mention of its own (its object is not
    in its sentence). Without such an earlier launch an everyday-sense noun keeps its other
    senses ("the opening of talks", "job openings") and an occasion names no launch ("a
    launch party")."""
    if not trigger.kinds & {"noun", "gerund"} or trigger.start - 1 < floor:
        return False
    tok = d.tok
    if tok[trigger.start - 1].lower_ not in BACK_REFERENCE_DETERMINERS:
        return False
    if d.span_text(trigger.start, trigger.end).lower() in NOT_BACK_REFERENCES:
        return False
    if not (occasion or _ends_its_phrase(d, trigger.end)):
        return False  # "the opening bid", "the opening scene": an adjective
    return any(
        f.trigger.lemma == trigger.lemma
        and f.sentence_start < floor
        and (f.trigger.use != "noun" or "object" in f.arguments)
        for f in found
    )


def _ends_its_phrase(d: LaunchDoc, k: int) -> bool:
    """Token k (the one after a bare noun) ends the noun's phrase: the sentence's end, a
    punctuation mark, a preposition other than "to", or a verb or auxiliary ("The opening
    drew large crowds", "the inauguration was attended"); a lower-case word there makes the
    noun an adjective or a compound ("the opening bid", "the opening scene")."""
    if k >= d.length:
        return True
    token = d.tok[k]
    low = token.lower_
    lex = d.lex
    return (
        token.is_punct
        or token.is_space
        or (low in lex.prepositions and low != "to")
        or low in lex.auxiliaries
        or low in lex.modals
        or low in lex.np_break
    )
