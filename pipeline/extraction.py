"""From input documents to contract records: load the pipeline, run it, build the dicts.

Records are built as plain dicts (the shape of ``pipeline.records.OutputRecord``); tests
validate them with the pydantic models, the hot path does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.extensions import doc_text
from pipeline.reference_dates import format_reference_date, parse_reference_date

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from pipeline.launches.model import LaunchEvent

PACKAGED_MODEL = Path(__file__).resolve().parent / "model" / "launchwatch"
"""Where a wheel carries the pipeline (``setup.py`` copies ``models/launchwatch`` there)."""
REPOSITORY_MODEL = Path(__file__).resolve().parent.parent / "models" / "launchwatch"
"""The rule pipeline built by ``make model``: the source of truth in the repository."""
DEFAULT_MODEL = PACKAGED_MODEL if PACKAGED_MODEL.is_dir() else REPOSITORY_MODEL
"""Used when no other model path is given: the installed copy, else the repository's."""


@dataclass(frozen=True)
class InputDoc:
    """One article to process, as read from a file, a folder, JSONL or standard input."""

    doc_id: str
    text: str
    reference_date: dt.date | None = None
    source: str = ""
    fallback_reference_date: dt.date | None = field(default=None, kw_only=True)
    """R for an input that carries none (``--reference-date``): the article's own dateline,
    when it has one, wins over it; ``reference_date`` (the input's own) wins over both."""

    def __post_init__(self) -> None:
        # Library callers may give R as "YYYY-MM-DD": parsed (and checked) here, once.
        if isinstance(self.reference_date, str):
            object.__setattr__(self, "reference_date", parse_reference_date(self.reference_date))
        if isinstance(self.fallback_reference_date, str):
            fallback = parse_reference_date(self.fallback_reference_date)
            object.__setattr__(self, "fallback_reference_date", fallback)


def with_fallback_date(items: Iterable[Any], fallback: dt.date | None) -> Iterator[Any]:
    """``items`` with ``fallback`` as the reference date of every InputDoc that carries none
    (other items, such as input errors, pass through)."""
    for item in items:
        if fallback is not None and isinstance(item, InputDoc) and item.reference_date is None:
            item = replace(item, fallback_reference_date=fallback)
        yield item


def load_pipeline(path: str | Path | None = None) -> Language:
    """Load the rule pipeline (``models/launchwatch`` unless another path is given)."""
    import spacy

    import pipeline.components  # noqa: F401  (registers the factories without entry points)

    return spacy.load(Path(path) if path is not None else DEFAULT_MODEL)


def make_docs(nlp: Language, items: Iterable[InputDoc]) -> Iterator[Doc]:
    """Tokenise each text and attach its reference date before the components run."""
    for item in items:
        doc = nlp.make_doc(item.text)
        if item.reference_date is not None:
            doc._.ref_date = item.reference_date
            doc._.reference_date_source = "input"
        elif item.fallback_reference_date is not None:
            # the reference-date component looks for a dateline first (pipeline.components.
            # reference_date), and keeps this one only when it finds none
            doc._.ref_date = item.fallback_reference_date
            doc._.reference_date_source = "fallback"
        yield doc


def process(
    nlp: Language, items: Iterable[InputDoc], *, batch_size: int = 64
) -> Iterator[tuple[InputDoc, Doc]]:
    """Run the pipeline over ``items`` lazily, yielding each input with its processed Doc."""
    pending: list[InputDoc] = []

    def remember(stream: Iterable[InputDoc]) -> Iterator[InputDoc]:
        for item in stream:
            pending.append(item)
            yield item

    for doc in nlp.pipe(make_docs(nlp, remember(items)), batch_size=batch_size):
        yield pending.pop(0), doc


def doc_to_record(doc: Doc, doc_id: str, source: str | None = None) -> dict[str, Any]:
    """The contract's record for one processed Doc (``source`` is added for output lines):
    the entities of ``doc.ents`` and the LAUNCH events of ``doc._.events``, formatted here
    and nowhere else."""
    entities: list[dict[str, Any]] = []
    for index, span in enumerate(doc.ents, start=1):
        entity: dict[str, Any] = {
            "id": f"T{index}",
            "label": span.label_,
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
        }
        if span.label_ == "ORG":
            entity["canonical"] = span._.canonical or span.text
        elif span.label_ == "DATE":
            entity["value"] = span._.value
        elif span.label_ == "MONEY":
            entity["amount"] = span._.amount
            entity["currency"] = span._.currency
        entities.append(entity)
    record: dict[str, Any] = {
        "doc_id": doc_id,
        "reference_date": format_reference_date(doc._.ref_date),
        "entities": entities,
        "events": [
            event_record(doc, index, event)
            for index, event in enumerate(doc._.events or [], start=1)
        ],
    }
    if source is not None:
        record["source"] = source
    return record


def event_record(doc: Doc, index: int, event: LaunchEvent) -> dict[str, Any]:
    """The contract's event shape: id ``E<index>``, roles in contract order (the event keeps
    them so), offsets from the spans."""
    text = doc_text(doc)

    def offsets(span: Span) -> dict[str, Any]:
        start, end = span.start_char, span.end_char
        # a span's text is the document text between its offsets (slicing it is cheaper
        # than Span.text, which joins the tokens)
        return {"start": start, "end": end, "text": text[start:end] if len(span) else span.text}

    return {
        "id": f"E{index}",
        "type": event.type,
        "modality": event.modality,
        "trigger": offsets(event.trigger),
        "arguments": [{"role": a.role, **offsets(a.span)} for a in event.arguments],
    }


def extract_records(nlp: Language, items: Iterable[InputDoc]) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in input order, with ``source`` set from each input."""
    for item, doc in process(nlp, items):
        yield doc_to_record(doc, item.doc_id, item.source)
