"""The values the LAUNCH rules pass around, and the typed event they put on ``Doc._.events``.

``LaunchEvent`` is the public result: its trigger and arguments are ``Span`` objects of the
Doc. The record dict with offsets and ids is formatted in one place, beside the entities
(``pipeline.extraction.doc_to_record``). ``Trigger``, ``Subject`` and ``Found`` are working
state of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from pipeline.extensions import EventRow, event_row

ROLES = ("agent", "object", "date", "location")
"""The argument roles, in the contract's order."""
EVENT_TYPE = "LAUNCH"


@dataclass(frozen=True)
class Argument:
    """One filled role of an event."""

    role: str
    span: Span


@dataclass(frozen=True)
class LaunchEvent:
    """A LAUNCH event mention: its trigger, "asserted" or "unasserted", and its arguments in
    role order (each role at most once)."""

    trigger: Span
    modality: str
    arguments: tuple[Argument, ...] = ()
    type: str = EVENT_TYPE

    def argument(self, role: str) -> Span | None:
        """The span that fills ``role``, or None."""
        return next((a.span for a in self.arguments if a.role == role), None)


@dataclass
class Trigger:
    """A trigger candidate: token range, lemma, grammatical use and trigger class."""

    start: int
    end: int
    lemma: str
    kinds: frozenset[str]
    klass: str
    use: str = "verb"  # verb | participle | noun
    refers_back: bool = False  # a bare noun naming a launch reported earlier ("the launch event")


@dataclass
class Subject:
    """What the left walk from a verb found: a span (or none) and how it was found."""

    kind: str  # entity | name | np | coord | prep | none
    span: Span | None = None
    location: Span | None = None
    object_relative: Span | None = None  # "X that Acme introduced": X is the object
    blocked: bool = False  # the walk ended inside a prepositional phrase ("with Y to ...")
    modified: Span | None = None  # the noun that phrase modifies ("the app from Acme")


@dataclass
class Found:
    """One event while the rules work on it; ``subject`` is what a later coordinated verb
    in the same sentence inherits."""

    trigger: Trigger
    modality: str
    arguments: dict[str, Span] = field(default_factory=dict)
    subject: Span | None = None
    sentence_start: int = 0

    def row(self) -> EventRow:
        """The event as ``doc._.events`` stores it: the row ``event(trigger)`` would be stored
        as, without building the trigger's Span (a Span made from a Doc and two offsets has no
        label, so its stored label is "")."""
        trigger = self.trigger
        return event_row(
            EVENT_TYPE,
            self.modality,
            (trigger.start, trigger.end, ""),
            [(role, span) for role in ROLES if (span := self.arguments.get(role)) is not None],
        )

    def event(self, doc_span: Span) -> LaunchEvent:
        """The public event, with ``doc_span`` as its trigger."""
        arguments = tuple(
            Argument(role, span) for role in ROLES if (span := self.arguments.get(role)) is not None
        )
        return LaunchEvent(doc_span, self.modality, arguments)


def overlaps(a: Span, b: Span) -> bool:
    """The two spans share a token."""
    return a.start < b.end and b.start < a.end
