"""Documents through the pipeline to record lines, one failure per bad document: batches, a
batch that fails rerun one document at a time, the time limit, long documents in pieces."""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from pipeline.extraction import (
    InputDoc,
    doc_to_record,
    load_pipeline,
    make_docs,
    with_fallback_date,
)
from pipeline.inputs import (
    InputError,
    InputItem,
    error_for,
    iter_inputs,
    mark_duplicates,
    one_line,
    shown_name,
)
from pipeline.pieces import PIECE_CHARS, record_in_pieces, release
from pipeline.timelimit import DEFAULT_TIMEOUT, DocumentTimeout, time_limit

if TYPE_CHECKING:
    from spacy.language import Language

from pipeline.run_errors import (
    UsageError,
)

BATCH_SIZE = 64
"""Documents run through ``nlp.pipe`` together; a batch that fails is rerun one by one."""


def _record_line(item: InputDoc, doc: Any) -> bytes:
    record = doc_to_record(doc, item.doc_id, item.source)
    release(doc)
    return record_bytes(record)


def record_bytes(record: dict[str, Any]) -> bytes:
    """One JSON line. ``doc_id`` and ``source`` from file names that are not UTF-8 are written
    with ``shown_name``'s escapes; an integer orjson cannot write (a money amount of 2**64 or
    more) is written exactly by the standard library's encoder instead."""
    for key in ("doc_id", "source"):
        if isinstance(record.get(key), str):
            record[key] = shown_name(record[key])
    try:
        return orjson.dumps(record) + b"\n"
    except TypeError:
        pass
    # Python will not write an integer of more than 4,300 digits (a guard against the quadratic
    # conversion); the document's time limit bounds that cost here, so lift the guard for it.
    digits = getattr(sys, "get_int_max_str_digits", lambda: 0)()
    if digits:
        sys.set_int_max_str_digits(0)
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    finally:
        if digits:
            sys.set_int_max_str_digits(digits)
    return text.encode("utf-8") + b"\n"


def _one_record(nlp: Language, item: InputDoc) -> bytes:
    """The record line of one document, processed in pieces when it is long."""
    record = record_in_pieces(nlp, item)
    if record is not None:
        record["source"] = item.source
        return record_bytes(record)
    (doc,) = make_docs(nlp, [item])
    return _record_line(item, nlp(doc))


def _pipeline_failure(item: InputDoc, err: Exception) -> InputError:
    message = one_line(" ".join(str(err).split()))
    if len(message) > 200:
        message = message[:199] + "…"
    return error_for(item, f"pipeline failed: {type(err).__name__}: {message}")


def safe_records(
    nlp: Language, docs: list[InputDoc], timeout: float | None = DEFAULT_TIMEOUT
) -> list[bytes | InputError]:
    """The record line of each document, or its InputError when the pipeline raises on it,
    runs out of memory, or takes longer than ``timeout`` seconds.

    The short documents run through ``nlp.pipe`` as one batch (within one ``timeout``); only if
    that fails is it rerun one document at a time, each within its own ``timeout``, so a failure
    costs the document that causes it and nothing else. A long document runs alone, in pieces.
    """
    short = [index for index, item in enumerate(docs) if len(item.text) <= PIECE_CHARS]
    lines: dict[int, bytes | InputError] = {}
    if short:
        try:
            with time_limit(timeout):
                batch = make_docs(nlp, [docs[index] for index in short])
                processed = nlp.pipe(batch, batch_size=len(short))
                for index, doc in zip(short, processed, strict=True):
                    lines[index] = _record_line(docs[index], doc)
        except Exception:
            lines.clear()
            gc.collect()  # what a batch that ran out of memory held
    return [
        lines[index] if index in lines else _safe_record(nlp, item, timeout)
        for index, item in enumerate(docs)
    ]


def _safe_record(nlp: Language, item: InputDoc, timeout: float | None) -> bytes | InputError:
    try:
        with time_limit(timeout):
            return _one_record(nlp, item)
    except DocumentTimeout as err:
        return error_for(item, str(err))
    except MemoryError:
        gc.collect()
        return error_for(item, "out of memory while processing it")
    except Exception as err:
        return _pipeline_failure(item, err)


def read_inputs(
    inputs: list[str],
    reference_date: dt.date | None,
    stdin_format: str,
    max_chars: int | None,
) -> Iterator[InputItem]:
    """Every input as ``extract``, ``show`` and ``track`` read it: documents and failures in
    input order, duplicate ids warned about, and ``reference_date`` only where an input and
    its own dateline give none (``--reference-date`` fills in, it does not override)."""
    items = iter_inputs(inputs, None, stdin_format, max_chars)
    return mark_duplicates(with_fallback_date(items, reference_date))


def chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _merge(
    chunk: list[InputItem], results: list[bytes | InputError]
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    """Each item of ``chunk`` with its result: its record line, or its error."""
    lines = iter(results)
    for item in chunk:
        yield item, item if isinstance(item, InputError) else next(lines)


def load(model: Path | None, max_chars: int | None) -> Language:
    """The pipeline, able to take the longest text allowed; UsageError in one line if it will
    not load."""
    try:
        nlp = load_pipeline(model)
    except Exception as err:  # a missing or broken model is one line, not a traceback
        where = model if model is not None else "the default model"
        message = one_line(" ".join(str(err).split()))
        raise UsageError(f"--model: cannot load {where}: {type(err).__name__}: {message}") from err
    _allow_length(nlp, max_chars)
    settle_loaded_objects()
    return nlp


YOUNG_COLLECTION_THRESHOLD = 10_000
"""Allocations (less deallocations) between two collections of the youngest generation in the
command line's processes; Python's default is 700."""


def settle_loaded_objects() -> None:
    """Move everything loaded so far out of the garbage collector's sight (``gc.freeze``), and
    collect the youngest generation less often.

    The pipeline's rule data (tries, word lists, matchers: about 100,000 objects) lives until
    the process ends, yet every full collection walks all of it again; processing allocates
    enough to trigger such collections, and freezing took about 3 % off the pipeline's CPU
    time (``make bench``). The pipeline itself makes no reference cycles (with the collector
    off, a collection after the 500 first articles of the bench corpus found nothing
    unreachable; ``test_processing_leaves_no_cycles`` checks it on a few articles), so
    a collection every 700 allocations, Python's default, only walks young objects that
    reference counting frees anyway: every ``YOUNG_COLLECTION_THRESHOLD`` is about 2 % less
    CPU time, with the same output, and the rare cycle (a failure's traceback) is still
    collected. Only the command line and its workers call this: a library call must not
    freeze its caller's objects or change its collector. Garbage is collected first, so none
    is kept for good.
    """
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)


def _allow_length(nlp: Language, max_chars: int | None) -> None:
    limit = max_chars or sys.maxsize
    if limit > nlp.max_length:
        nlp.max_length = limit


def sequential(
    nlp: Language, items: Iterable[InputItem], timeout: float | None = DEFAULT_TIMEOUT
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    for chunk in chunks(items, BATCH_SIZE):
        docs = [i for i in chunk if isinstance(i, InputDoc)]
        yield from _merge(chunk, safe_records(nlp, docs, timeout=timeout))


_WORKER_NLP: Language | None = None
_WORKER_FAILURE: str | None = None
_WORKER_TIMEOUT: float | None = DEFAULT_TIMEOUT
