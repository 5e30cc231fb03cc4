"""When and where: reads the trigger's clause once and fills the date and location roles."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.launches.arguments.date import launch_date
from pipeline.launches.arguments.location import launch_location
from pipeline.launches.arguments.scan import read_setting
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Trigger


def attach_date_location(
    d: LaunchDoc,
    trigger: Trigger,
    args: dict[str, Span],
    floor: int,
    sent_end: int,
    left_date: Span | None,
    subject_location: Span | None,
    headline: bool,
    *,
    nominal: bool,
    enclosed: bool = False,
    object_phrase: Span | None = None,
) -> None:
    """Set ``args["date"]`` and ``args["location"]`` (see ``date`` and ``location``).
    ``left_date``: a DATE the left walk passed; ``enclosed``: the trigger heads a
    participle clause that ends at the next comma."""
    setting = read_setting(d, trigger, args, floor, sent_end, stop_at_comma=nominal or enclosed)
    date = launch_date(d, trigger, setting, left_date, nominal=nominal)
    obj = args.get("object")
    if date is not None and obj is not None and obj.start <= date.start and date.end <= obj.end:
        date = None  # "its 2025 savings plan": the year says which plan, not when it launched
    if date is not None:
        args["date"] = date
    place = launch_location(d, args, setting, subject_location, object_phrase, headline)
    if place is not None:
        args["location"] = place
