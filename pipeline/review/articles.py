"""The articles a review page shows: each text with its record.

A page needs the text, and a record from ``extract`` holds only offsets and a ``source``. So
``show`` either runs the pipeline on the same inputs as ``extract`` (reading them with
``pipeline.inputs`` and processing them as ``extract`` does), or reads records files that
``extract`` wrote and fetches each text back from its ``source`` (a .txt path, or a .jsonl path
and line number). A record whose text cannot be found, or no longer fits its offsets, is one
failure, reported like an input failure; the others are still shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from pipeline.inputs import (
    DEFAULT_MAX_CHARS,
    InputError,
    iter_inputs,
    parse_jsonl_line,
)
from pipeline.json_lines import loads_exact

if TYPE_CHECKING:
    from spacy.language import Language

BATCH = 64
"""Documents per ``nlp.pipe`` batch, as a failure there reruns only its own batch."""


@dataclass(frozen=True)
class Article:
    """One article to draw: its text and its record (extract's, or gold)."""

    text: str
    record: dict[str, Any]

    @property
    def doc_id(self) -> str:
        return str(self.record["doc_id"])


def is_records_file(path: Path) -> bool:
    """Whether ``path`` is a JSONL file of records (``doc_id`` and ``entities``) rather than
    of input articles (``id`` and ``text``): ``show`` then takes it as ``--records``."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    try:
        with path.open("rb") as stream:
            for raw in stream:
                if raw.strip():
                    obj = loads_exact(raw.removeprefix(b"\xef\xbb\xbf"))
                    return isinstance(obj, dict) and "doc_id" in obj and "entities" in obj
    except (OSError, orjson.JSONDecodeError):
        return False
    return False


def run_articles(
    inputs: list[str],
    *,
    model: Path | None = None,
    reference_date: str | None = None,
    stdin_format: str = "text",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
) -> Iterator[Article | InputError]:
    """Run the pipeline over ``inputs`` (as ``extract`` reads them), in input order.

    ``nlp``, when given, is used instead of loading ``model``. Raises
    ``pipeline.run_errors.UsageError`` when the model will not load.
    """
    from pipeline.processing import chunks, load, read_inputs, safe_records

    if nlp is None:
        nlp = load(model, max_chars)
    items = read_inputs(inputs, reference_date, stdin_format, max_chars)
    for chunk in chunks(items, BATCH):
        docs = [item for item in chunk if not isinstance(item, InputError)]
        results = iter(safe_records(nlp, docs))
        for item in chunk:
            if isinstance(item, InputError):
                yield item
                continue
            result = next(results)
            if isinstance(result, InputError):
                yield result
            else:
                yield Article(item.text, loads_exact(result))


class _TextSource:
    """Texts by ``source``: .txt files read on demand, .jsonl files read once per file."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.jsonl_lines: dict[Path, list[bytes]] = {}

    def _path(self, name: str) -> Path:
        path = Path(name)
        if not path.exists() and not path.is_absolute() and (self.base / path).exists():
            return self.base / path
        return path

    def text(self, source: str) -> str:
        """The text ``source`` names; ValueError with the reason when it cannot be had."""
        name, _, number = source.rpartition(":")
        if name.lower().endswith(".jsonl") and number.isdigit():
            path = self._path(name)
            if path not in self.jsonl_lines:
                try:
                    self.jsonl_lines[path] = path.read_bytes().splitlines()
                except OSError as err:
                    raise ValueError(f"cannot read {name}: {err.strerror or err}") from None
            lines = self.jsonl_lines[path]
            if not 1 <= int(number) <= len(lines):
                raise ValueError(f"{name} has no line {number}")
            raw = lines[int(number) - 1].removeprefix(b"\xef\xbb\xbf")
            item = parse_jsonl_line(raw, name, int(number), None, None)
        elif source.lower().endswith(".txt"):
            (item,) = list(iter_inputs([str(self._path(source))], max_chars=None))
        else:
            raise ValueError(f"text of source {source!r} is not kept (only .txt and .jsonl are)")
        if isinstance(item, InputError):
            raise ValueError(f"{item.where}: {item.reason}")
        return item.text


def _fits(text: str, record: dict[str, Any]) -> bool:
    spans = list(record.get("entities", []))
    for event in record.get("events", []):
        spans += [event["trigger"], *event.get("arguments", [])]
    return all(text[span["start"] : span["end"]] == span.get("text") for span in spans)


def record_articles(paths: list[str]) -> Iterator[Article | InputError]:
    """Articles from records files that ``extract`` wrote, each text read from its source."""
    for name in paths:
        path = Path(name)
        try:
            lines = path.read_bytes().splitlines()
        except OSError as err:
            yield InputError(name, err.strerror or str(err))
            continue
        sources = _TextSource(path.parent)
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                record = loads_exact(raw.removeprefix(b"\xef\xbb\xbf"))
            except orjson.JSONDecodeError as err:
                yield InputError(name, f"malformed JSON ({err})", number)
                continue
            if not isinstance(record, dict) or "doc_id" not in record:
                yield InputError(name, "not a record (no doc_id)", number)
                continue
            try:
                text = sources.text(str(record.get("source", "")))
            except ValueError as err:
                yield InputError(name, str(err), number)
                continue
            if not _fits(text, record):
                yield InputError(name, "the text of its source no longer fits its offsets", number)
                continue
            yield Article(text, record)
