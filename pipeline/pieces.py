"""Long documents processed in bounded pieces, so that memory stays flat whatever the length.

spaCy holds a Doc's tokens, spans and every component's working data at once: a 5 MB article
took 710 MB. A text longer than PIECE_CHARS is cut at paragraph bounds (else line, sentence
or word bounds, else anywhere), each piece runs through the pipeline alone, and the pieces'
spans are put back at their offsets into the whole text, renumbered, as one record.

Every news article is far shorter than a piece, so it is never cut and its record is the one
an unsplit run gives. In a cut document, what the pipeline learns from the whole text is
carried across pieces: the reference date found at the top (a dateline) anchors relative
dates in every piece, and an organisation's fullest name (``canonical``) found in one piece
is given to the same short name in the others. A sentence is never cut unless it is itself
longer than half a piece.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pipeline.extraction import InputDoc, doc_to_record, make_docs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIECE_CHARS = 100_000
"""Longest text run through the pipeline at once (about 0.7 s and 60 MB); a longer one is cut."""

_BOUNDS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a paragraph break (blank line)
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"[.!?][\"'”’)\]]*\s+"),  # a sentence end
    re.compile(r"\s+"),  # a word break
)


def piece_bounds(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece of ``text``, in order, covering it exactly; no piece is
    longer than ``size``. Each cut is at the best kind of bound in the second half of the
    piece, after the bound's whitespace, so no piece starts with a space."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = _last_bound(text, start + size // 2, end) or end
        yield start, cut
        start = cut
    yield start, len(text)


def _last_bound(text: str, low: int, high: int) -> int | None:
    """Where the last bound of the best kind in ``text[low:high]`` ends, if there is one."""
    for bound in _BOUNDS:
        ends = deque((match.end() for match in bound.finditer(text, low, high)), maxlen=1)
        if ends:
            return ends[0]
    return None


def record_in_pieces(
    nlp: Language, item: InputDoc, size: int = PIECE_CHARS
) -> dict[str, Any] | None:
    """The record of ``item`` processed piece by piece, or None when it fits in one piece."""
    if len(item.text) <= size:
        return None
    entities: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    reference_date = item.reference_date
    record_date: str | None = None
    for index, (start, end) in enumerate(piece_bounds(item.text, size)):
        piece = InputDoc(item.doc_id, item.text[start:end], reference_date, item.source)
        (doc,) = make_docs(nlp, [piece])
        doc = nlp(doc)
        part = doc_to_record(doc, item.doc_id)
        release(doc)
        if index == 0:
            record_date = reference_date = part["reference_date"]
        entities.extend(_shifted(entity, start) for entity in part["entities"])
        events.extend(_shifted_event(event, start) for event in part["events"])
    _share_canonical_names(entities)
    for number, entity in enumerate(entities, start=1):
        entity["id"] = f"T{number}"
    for number, event in enumerate(events, start=1):
        event["id"] = f"E{number}"
    record: dict[str, Any] = {
        "doc_id": item.doc_id,
        "reference_date": record_date,
        "entities": entities,
        "events": events,
    }
    return record


def release(doc: Doc) -> None:
    """Let a Doc whose record is built be freed: its shared view (``pipeline.docview``) holds
    it and would keep it, and all the Doc holds, for the rest of the run."""
    from pipeline.docview import forget_view  # spaCy is imported only once a run needs it

    forget_view(doc)


def _shifted(span: dict[str, Any], offset: int) -> dict[str, Any]:
    if offset:
        span["start"] += offset
        span["end"] += offset
    return span


def _shifted_event(event: dict[str, Any], offset: int) -> dict[str, Any]:
    _shifted(event["trigger"], offset)
    for argument in event["arguments"]:
        _shifted(argument, offset)
    return event


def _share_canonical_names(entities: list[dict[str, Any]]) -> None:
    """Give an ORG whose canonical name is its own text the fuller name that another piece
    found for the same text (an acronym defined in one piece and used in the next)."""
    fuller: dict[str, str] = {}
    for entity in entities:
        if entity["label"] == "ORG" and entity["canonical"] != entity["text"]:
            fuller.setdefault(entity["text"], entity["canonical"])
    for entity in entities:
        if entity["label"] == "ORG" and entity["canonical"] == entity["text"]:
            entity["canonical"] = fuller.get(entity["text"], entity["text"])
