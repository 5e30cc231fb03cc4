"""Shared fixtures: the built pipeline, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extraction import InputDoc, doc_to_record, load_pipeline, make_docs

ROOT = Path(__file__).resolve().parent.parent

SLOW_FILES_FIRST = (
    "test_dask.py",
    "test_errors.py",
    "test_install.py",
    "test_tokenizer.py",
    "test_bad_input.py",
    "test_tidy18_pickle.py",
    "test_orgs_determinism.py",
    "test_review_browser.py",
    "test_build.py",
    "test_speed.py",
)
"""The files that take longest (subprocesses, clusters, wheel installs; ``--durations``), run
first in this order. ``make test`` gives whole files to its two processes as they ask for more
(``--dist loadfile``), so a long file that starts last keeps one process busy after the other
has finished. xdist's own order (most tests first, ``--no-loadscope-reorder`` turns it off)
put these files, which have few tests each, at the end."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of SLOW_FILES_FIRST first, in its order; each file's tests keep theirs."""
    rank = {name: i for i, name in enumerate(SLOW_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def built_pipeline() -> Language:
    """The built pipeline (models/), loaded once; ``nlp`` unless a module gives that name to a
    smaller pipeline of its own."""
    return load_pipeline()


@pytest.fixture(scope="session")
def nlp(built_pipeline: Language) -> Language:
    return built_pipeline


@pytest.fixture
def shared_pipeline(built_pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give every in-process run of the command line (extract, show, track, evaluate) the
    session's pipeline instead of loading models/ again, about a second each; a run that names
    another model still loads it. For tests of what a run does, not of how it loads (the CLI
    tests keep real subprocesses for that)."""
    import pipeline.extraction as extraction_module
    import pipeline.processing as processing_module

    real = extraction_module.load_pipeline

    def load(model: str | Path | None = None) -> Language:
        return built_pipeline if model is None else real(model)

    length = built_pipeline.max_length
    monkeypatch.setattr(processing_module, "load_pipeline", load)
    monkeypatch.setattr(extraction_module, "load_pipeline", load)
    yield
    built_pipeline.max_length = length


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[..., Doc]:
    """Process one text, optionally with a reference date, through the full pipeline."""

    def _run(text: str, reference_date: str | None = None) -> Doc:
        (doc,) = make_docs(nlp, [InputDoc("t", text, reference_date)])
        return nlp(doc)

    return _run


@pytest.fixture(scope="session")
def record(run: Callable[..., Doc]) -> Callable[..., dict]:
    def _record(text: str, reference_date: str | None = None) -> dict:
        return doc_to_record(run(text, reference_date), "t")

    return _record


def dates_only_pipeline() -> Language:
    """A blank pipeline with only the reference-date and DATE components."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("launchwatch_reference_date")
    nlp.add_pipe("launchwatch_dates")
    nlp.initialize()
    return nlp


def ents(doc: Doc, label: str) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == label]


LaunchRow = tuple[str, str, dict[str, str]]
"""One LAUNCH event as the launch tests compare it: (trigger, modality, {role: text})."""


def launch_events(doc: Doc) -> list[LaunchRow]:
    """The events of ``doc`` as (trigger, modality, arguments by role)."""
    return [
        (
            event["trigger"]["text"],
            event["modality"],
            {a["role"]: a["text"] for a in event["arguments"]},
        )
        for event in doc_to_record(doc, "t")["events"]
    ]


BankRow = tuple[str, list[LaunchRow]]
"""One paraphrase-bank row: a sentence and the events it must give."""


def asserted(trigger: str, **roles: str) -> LaunchRow:
    """An asserted event, as the paraphrase banks write one."""
    return (trigger, "asserted", roles)


def unasserted(trigger: str, **roles: str) -> LaunchRow:
    """An unasserted event, as the paraphrase banks write one."""
    return (trigger, "unasserted", roles)


def bank_params(
    rows: list[tuple[str, list[LaunchRow]]], known_gaps: dict[str, str]
) -> list[object]:
    """A paraphrase bank's rows as pytest parameters: a row the pipeline does not pass yet is
    a strict expected failure with the aspect that differs, so that a fix shows up."""
    return [
        pytest.param(text, expected, marks=pytest.mark.xfail(reason=known_gaps[text], strict=True))
        if text in known_gaps
        else pytest.param(text, expected)
        for text, expected in rows
    ]
