"""LAUNCH events on the Doc are typed: the trigger and every argument are Spans of the Doc,
and ``doc_to_record`` formats them as the contract's dicts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Span

from pipeline.extraction import doc_to_record
from pipeline.launches import ROLES, Argument, LaunchEvent
from pipeline.launches.lexicon import Lexicon

REFERENCE = "2024-05-01"
TEXT = (
    "Quorra Bio, founded in 2015, plans to launch a diagnostics unit in Basel. "
    "Redwood Analytics launched a cloud forecasting service on Thursday."
)


def test_events_are_typed_with_spans(run: Callable[..., Doc]) -> None:
    doc = run(TEXT, REFERENCE)
    assert len(doc._.events) == 3
    for event in doc._.events:
        assert isinstance(event, LaunchEvent)
        assert isinstance(event.trigger, Span) and event.trigger.doc is doc
        for argument in event.arguments:
            assert isinstance(argument, Argument)
            assert isinstance(argument.span, Span) and argument.span.doc is doc
        roles = [a.role for a in event.arguments]
        assert roles == sorted(roles, key=ROLES.index)
    launched = doc._.events[2]
    assert launched.trigger.text == "launched"
    assert launched.argument("agent").text == "Redwood Analytics"
    assert launched.argument("date").label_ == "DATE"
    assert launched.argument("location") is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        launched.modality = "unasserted"  # type: ignore[misc]


def test_doc_to_record_gives_the_contract_dicts(run: Callable[..., Doc]) -> None:
    events = doc_to_record(run(TEXT, REFERENCE), "t")["events"]
    assert [(e["id"], e["type"], e["modality"]) for e in events] == [
        ("E1", "LAUNCH", "asserted"),
        ("E2", "LAUNCH", "unasserted"),
        ("E3", "LAUNCH", "asserted"),
    ]
    assert events[1] == {
        "id": "E2",
        "type": "LAUNCH",
        "modality": "unasserted",
        "trigger": {"start": 38, "end": 44, "text": "launch"},
        "arguments": [
            {"role": "agent", "start": 0, "end": 10, "text": "Quorra Bio"},
            {"role": "object", "start": 47, "end": 63, "text": "diagnostics unit"},
            {"role": "location", "start": 67, "end": 72, "text": "Basel"},
        ],
    }
    assert events[0]["arguments"] == [
        {"role": "object", "start": 0, "end": 10, "text": "Quorra Bio"},
        {"role": "date", "start": 23, "end": 27, "text": "2015"},
    ]


def test_no_trigger_no_events(run: Callable[..., Doc]) -> None:
    doc = run("The council met on Monday.", REFERENCE)
    assert doc._.events == []
    assert doc_to_record(doc, "t")["events"] == []


def test_lexicon_is_frozen_and_typed(nlp) -> None:
    lexicon = nlp.get_pipe("launchwatch_launches").lexicon
    assert isinstance(lexicon, Lexicon)
    assert isinstance(lexicon.modals, frozenset) and "will" in lexicon.modals
    assert lexicon.verbs["launch"].klass == "strong"
    assert "base" in lexicon.forms["launch"]["launch"]
    assert lexicon.modals <= lexicon.skippable and lexicon.negations <= lexicon.np_break
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.modals = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lexicon.verbs["launch"] = lexicon.verbs["found"]  # type: ignore[index]


def test_unknown_noun_lemma_is_reported(nlp) -> None:
    data = dict(nlp.get_pipe("launchwatch_launches").data)
    data["nouns"] = {**data["nouns"], "christen": ["christening"]}
    with pytest.raises(ValueError, match=r"nouns\.christen: no such verb lemma"):
        Lexicon.from_data(data)
