"""What runs on a Dask worker: one shard a task, through a pipeline loaded once per process.

The pipeline (about 180 MB, a second or two to load) is kept in a module global of the worker
process, keyed by model and ``--max-chars``, so every later task on that worker reuses it; a
worker that dies and is restarted by its nanny loads it again on its first task. Documents run
through ``pipeline.processing.sequential``, the local run's own code, so a document's record or
failure is byte for byte what one local process gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.distributed.shards import Shard, read_shard
from pipeline.extraction import InputDoc, with_fallback_date
from pipeline.inputs import InputError, InputItem
from pipeline.json_lines import loads_exact

if TYPE_CHECKING:
    from spacy.language import Language

KILL_HOOK = "LAUNCHWATCH_DASK_KILL_FILE"
"""Test hook: names a file holding a doc_id (and ``once``, to kill only the first time); the
worker that reaches that document ends its own process (``os._exit``), as a crash would."""


@dataclass(frozen=True)
class Settings:
    """What every shard of one run is processed with (sent with each task; it is small)."""

    model: str | None
    max_chars: int | None
    timeout: float | None
    reference_date: dt.date | None
    output_dir: str | None = None


ShardResult = list[tuple[InputItem, bytes | InputError | None]]
"""Each input of a shard, without its text, with its record line or failure (``None``: the
record went to the shard's part file)."""

_PIPELINES: dict[tuple[str | None, int | None], Language] = {}
_LOADING = threading.Lock()
"""A worker with several threads loads its pipeline once, not once a thread."""


def pipeline_for(settings: Settings) -> Language:
    """This worker process's pipeline, loaded on its first task."""
    from pipeline.processing import load

    key = (settings.model, settings.max_chars)
    with _LOADING:
        if key not in _PIPELINES:
            model = Path(settings.model) if settings.model is not None else None
            _PIPELINES[key] = load(model, settings.max_chars)
        return _PIPELINES[key]


def run_shard(shard: Shard, settings: Settings) -> ShardResult:
    """The Dask task: read the shard, extract it, return or write its records."""
    from pipeline.processing import sequential

    nlp = pipeline_for(settings)
    items = with_fallback_date(
        _killing(read_shard(shard, settings.max_chars)), settings.reference_date
    )
    pairs = list(sequential(nlp, items, settings.timeout))
    if settings.output_dir is not None:
        write_part(
            Path(settings.output_dir),
            shard.name,
            [line for _, line in pairs if isinstance(line, bytes)],
        )
    return [
        (
            _without_text(item),
            None if settings.output_dir is not None and isinstance(line, bytes) else line,
        )
        for item, line in pairs
    ]


def part_name(shard_name: str) -> str:
    return f"part-{shard_name}.jsonl"


def write_part(folder: Path, shard_name: str, lines: list[bytes]) -> None:
    """The shard's records as one JSONL part, renamed into place whole (a retried shard
    writes the same part again)."""
    target = folder / part_name(shard_name)
    temporary = folder / f".{target.name}.{os.getpid()}.tmp"
    with open(temporary, "wb") as stream:
        stream.writelines(lines)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, target)


def _without_text(item: InputItem) -> InputItem:
    """What the client needs of an input (its id and where it came from), not its text."""
    return dataclasses.replace(item, text="") if isinstance(item, InputDoc) else item


def _killing(items: Iterator[InputItem]) -> Iterator[InputItem]:
    """``items``, ending the worker process at the document the test hook names."""
    hook = os.environ.get(KILL_HOOK)
    if not hook:
        yield from items
        return
    for item in items:
        if isinstance(item, InputDoc):
            _maybe_die(Path(hook), item.doc_id)
        yield item


def _maybe_die(hook: Path, doc_id: str) -> None:
    try:
        words = hook.read_text().split()
    except OSError:
        return
    if not words or words[0] != doc_id:
        return
    if "once" in words[1:]:
        hook.unlink(missing_ok=True)
    os._exit(70)


def record_dicts(pairs: ShardResult) -> Iterator[dict[str, object]]:
    """Records as JSON objects, and each failure as ``{"doc_id", "source", "error"}``."""
    for item, line in pairs:
        if isinstance(line, bytes):
            yield loads_exact(line)
        elif isinstance(line, InputError):
            doc_id = item.doc_id if isinstance(item, InputDoc) else None
            yield {"doc_id": doc_id, "source": line.where, "error": line.reason}
