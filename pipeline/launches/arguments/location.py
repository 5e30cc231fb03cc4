"""The location argument, most specific first: an "in"/"at" GPE of the trigger's clause,
the place the subject's phrase names ("a centre in Daejeon, which is due to open"), a GPE
agent, an introductory "In Peru,", a place word inside an unnamed object ("a Singapore
arm"), and last a place that only frames a superlative ("the first lab in China"). A place
in a dateline is never one."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.scan import Setting
from pipeline.launches.context import LaunchDoc

POSSESSIVE_OR_HYPHEN = POSSESSIVE | HYPHENS
"""After a place that opens an object: a possessor ("Lima's platform") or the first part
of a hyphenated modifier ("Peru-focused funds"), no launch place."""


def launch_location(
    d: LaunchDoc,
    args: dict[str, Span],
    setting: Setting,
    subject_location: Span | None,
    object_phrase: Span | None,
    headline: bool,
) -> Span | None:
    """The launch's place, or None (``object_phrase``: the whole phrase the object was
    named from, "a Singapore subsidiary, Orvane Robotics Asia Pte Ltd")."""
    agent = args.get("agent")
    agent_place = agent if agent is not None and agent.label_ == "GPE" else None
    for place in (
        setting.right_place if not setting.scoped else None,
        subject_location,
        agent_place,
        setting.intro_place,
    ):
        if place is not None and not d.in_dateline(place):
            return place
    # the object's own place is read only when no place before it in the order was taken
    premodifier = _place_in_object(d, object_phrase or args.get("object"), headline)
    for place in (premodifier, setting.right_place):
        if place is not None and not d.in_dateline(place):
            return place
    return None


def _place_in_object(d: LaunchDoc, obj: Span | None, headline: bool) -> Span | None:
    """A GPE that opens an unnamed object ("a Singapore arm"), not a possessor ("Lima's
    platform") nor the first part of a hyphenated modifier ("Peru-focused funds",
    "Tarn-made cars"), which describes the thing, as "X-based" does, and says nothing of
    where it was launched. The GPE is looked for before the name test: most objects open with none,
    and the name test reads every word of the object."""
    if obj is None or obj.label_ == "ORG":
        return None
    first = d.ent(obj.start, ("GPE",))
    if first is None or (not headline and d.is_named(obj)):
        return None
    if first.end < obj.end and d.tok[first.end].text not in POSSESSIVE_OR_HYPHEN:
        return first
    return None
