"""Shared helpers of the LAUNCH test modules: an article's events as (trigger, modality,
arguments) tuples, and a check that texts give exactly the events expected."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extraction import doc_to_record

Event = tuple[str, str, dict[str, str]]
"""(trigger, modality, role -> argument text)."""

Row = tuple[str, str, str | None]
"""(trigger, modality, object text or None)."""

R = "2024-05-01"
"""The reference date the LAUNCH test modules run their texts with."""


def events(doc: Doc) -> list[Event]:
    """The events of ``doc`` with every argument."""
    return [
        (
            event["trigger"]["text"],
            event["modality"],
            {a["role"]: a["text"] for a in event["arguments"]},
        )
        for event in doc_to_record(doc, "t")["events"]
    ]


def check(run: Callable[..., Doc], cases: list[tuple[str, list[Event]]]) -> None:
    """Every case's text gives exactly its events."""
    for text, expected in cases:
        assert events(run(text, R)) == expected, text


def rows(doc: Doc) -> list[Row]:
    """The events of ``doc`` as (trigger, modality, object)."""
    found: list[Row] = []
    for event in doc_to_record(doc, "t")["events"]:
        objects = [a["text"] for a in event["arguments"] if a["role"] == "object"]
        found.append((event["trigger"]["text"], event["modality"], objects[0] if objects else None))
    return found


def arguments(doc: Doc) -> list[dict[str, str]]:
    """Each event's arguments as role -> text."""
    return [
        {a["role"]: a["text"] for a in event["arguments"]}
        for event in doc_to_record(doc, "t")["events"]
    ]
