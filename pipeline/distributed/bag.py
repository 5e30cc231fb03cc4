"""The Python API for a data team's own Dask jobs: a ``dask.bag`` of articles in, a bag of
records out, one element for one element, the pipeline loaded once per worker process.

    import dask.bag as db
    from pipeline.distributed.bag import extract_bag

    articles = db.read_text("s3://archive/*.jsonl").map(json.loads)   # {"id", "text", ...}
    records = extract_bag(articles, reference_date="2024-05-03")
    records.filter(lambda r: r.get("events")).map(json.dumps).to_textfiles("out/*.jsonl")

An element is a JSONL input line's object (``{"id", "text", "reference_date"}``), an
``(id, text)`` or ``(id, text, reference_date)`` tuple, or a bare text (its id is then
``sha-`` and the first 16 hex digits of its SHA-256, the same on every run). A record is the
contract's record as a dict, ``source`` ``"dask"``; an element that fails (a malformed one, or
one the pipeline fails on) becomes ``{"doc_id", "source": "dask", "error": reason}``, so
records plus failures equal elements, as in ``extract``. A ``dask.dataframe`` with ``id`` and
``text`` columns goes in as ``frame.to_bag(format="dict")``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from pipeline.distributed.worker import Settings, pipeline_for
from pipeline.extraction import InputDoc, with_fallback_date
from pipeline.inputs import DEFAULT_MAX_CHARS, InputError, InputItem, parse_jsonl_line
from pipeline.json_lines import loads_exact
from pipeline.reference_dates import parse_reference_date
from pipeline.timelimit import DEFAULT_TIMEOUT

SOURCE = "dask"


def extract_bag(
    articles: Any,
    *,
    model: str | Path | None = None,
    reference_date: str | dt.date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Any:
    """The bag of records of a ``dask.bag.Bag`` of articles (lazy, like every bag)."""
    if isinstance(reference_date, str):
        reference_date = parse_reference_date(reference_date)
    settings = Settings(
        model=str(model) if model is not None else None,
        max_chars=max_chars,
        timeout=timeout,
        reference_date=reference_date,
    )
    return articles.map_partitions(records_of_partition, settings)


def records_of_partition(elements: Iterable[Any], settings: Settings) -> list[dict[str, Any]]:
    """One partition's records (runs on a worker, with that worker's cached pipeline)."""
    from pipeline.processing import sequential

    items = [
        as_input(element, number, settings.max_chars)
        for number, element in enumerate(elements, start=1)
    ]
    nlp = pipeline_for(settings)
    pairs = sequential(nlp, with_fallback_date(items, settings.reference_date), settings.timeout)
    results: list[dict[str, Any]] = []
    for item, line in pairs:
        if isinstance(line, bytes):
            results.append(loads_exact(line))
        else:
            assert isinstance(line, InputError)
            doc_id = item.doc_id if isinstance(item, InputDoc) else line.input
            results.append({"doc_id": doc_id, "source": SOURCE, "error": line.reason})
    return results


def as_input(element: Any, number: int, max_chars: int | None = DEFAULT_MAX_CHARS) -> InputItem:
    """An element as the local reader's input: checked as a JSONL line is, so a malformed
    element fails with the words ``extract`` uses (its ``input`` is its id, where it has one)."""
    if isinstance(element, str):
        element = {
            "id": "sha-" + hashlib.sha256(element.encode()).hexdigest()[:16],
            "text": element,
        }
    elif isinstance(element, tuple | list) and len(element) in (2, 3):
        element = dict(zip(("id", "text", "reference_date"), element, strict=False))
    if not isinstance(element, dict):
        return InputError(f"element {number}", "an element must be a dict, a tuple or a text")
    element = {**element}
    if isinstance(element.get("reference_date"), dt.date):
        element["reference_date"] = element["reference_date"].isoformat()
    try:
        raw = orjson.dumps(element)
    except TypeError as err:
        return InputError(str(element.get("id", f"element {number}")), f"not JSON: {err}")
    item = parse_jsonl_line(raw, SOURCE, number, None, max_chars)
    if isinstance(item, InputError):
        return InputError(str(element.get("id", f"element {number}")), item.reason)
    return InputDoc(item.doc_id, item.text, item.reference_date, SOURCE)
