"""The extract command's work: stream inputs through the pipeline to JSON Lines.

Records and input errors keep input order. Output to a file goes to a temporary file in the
same folder, renamed into place only when the run completes, so an interrupted run leaves the
old file or the whole new one. Output lines are written whole.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import orjson

from pipeline.extraction import InputDoc, doc_to_record, load_pipeline, make_docs
from pipeline.inputs import InputError, InputItem, iter_inputs

if TYPE_CHECKING:
    from spacy.language import Language

CHUNK_SIZE = 32
"""Documents sent to a worker process at a time."""


class AtomicOutput(AbstractContextManager["AtomicOutput"]):
    """A binary sink that is standard output, or a file replaced only on success."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._tmp: str | None = None
        self.stream: IO[bytes]

    def __enter__(self) -> AtomicOutput:
        if self.path is None:
            self.stream = sys.stdout.buffer
            return self
        folder = self.path.parent if str(self.path.parent) else Path(".")
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        self.stream = os.fdopen(fd, "wb")
        return self

    def write(self, line: bytes) -> None:
        self.stream.write(line)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.path is None:
            if exc_type is None:
                self.stream.flush()
            return
        assert self._tmp is not None
        try:
            self.stream.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                self._tmp = None
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.unlink(self._tmp)


def _ordered(nlp: Language, items: Iterable[InputItem]) -> Iterator[tuple[InputItem, Any]]:
    """Pair each InputDoc with its Doc and pass errors through, all in input order."""
    pending: list[InputItem] = []

    def documents() -> Iterator[InputDoc]:
        for item in items:
            pending.append(item)
            if isinstance(item, InputDoc):
                yield item

    for doc in nlp.pipe(make_docs(nlp, documents()), batch_size=64):
        while isinstance(pending[0], InputError):
            yield pending.pop(0), None
        yield pending.pop(0), doc
    for item in pending:
        yield item, None


def _record_line(item: InputDoc, doc: Any) -> bytes:
    return orjson.dumps(doc_to_record(doc, item.doc_id, item.source)) + b"\n"


_WORKER_NLP: Language | None = None


def _worker_init(model: Path | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_pipeline(model)


def _worker_run(chunk: list[InputDoc]) -> list[bytes]:
    assert _WORKER_NLP is not None
    return [_record_line(item, doc) for item, doc in _ordered(_WORKER_NLP, chunk)]


def _chunks(items: Iterable[InputItem]) -> Iterator[list[InputItem]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK_SIZE)):
        yield chunk


def _results(
    items: Iterable[InputItem], workers: int, model: Path | None
) -> Iterator[InputError | bytes]:
    """Output lines and errors in input order, from one process or a pool of workers."""
    if workers <= 1:
        nlp = load_pipeline(model)
        for item, doc in _ordered(nlp, items):
            yield item if isinstance(item, InputError) else _record_line(item, doc)
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "forkserver")
    with context.Pool(workers, initializer=_worker_init, initargs=(model,)) as pool:
        chunks = _chunks(items)
        split = ((c, [i for i in c if isinstance(i, InputDoc)]) for c in chunks)
        pairs = ((chunk, docs) for chunk, docs in split)
        buffered: list[list[InputItem]] = []

        def doc_chunks() -> Iterator[list[InputDoc]]:
            for chunk, docs in pairs:
                buffered.append(chunk)
                yield docs

        for lines in pool.imap(_worker_run, doc_chunks()):
            chunk = buffered.pop(0)
            line_iter = iter(lines)
            for item in chunk:
                yield item if isinstance(item, InputError) else next(line_iter)


def report_error(error: InputError) -> None:
    print(f"launchwatch: error: {error.where}: {error.reason}", file=sys.stderr, flush=True)


def run_extract(
    inputs: list[str],
    *,
    output: Path | None = None,
    reference_date: str | None = None,
    stdin_format: str = "text",
    errors_path: Path | None = None,
    workers: int = 1,
    model: Path | None = None,
) -> int:
    """Extract every input; return the exit code (0 all well, 1 some inputs failed)."""
    failures: list[InputError] = []
    items = iter_inputs(inputs, reference_date, stdin_format)
    progress = _Progress()
    with AtomicOutput(output) as sink, progress:
        for result in _results(items, workers, model):
            if isinstance(result, InputError):
                failures.append(result)
                report_error(result)
            else:
                sink.write(result)
            progress.advance()
    if errors_path is not None:
        with AtomicOutput(errors_path) as error_sink:
            for failure in failures:
                error_sink.write(orjson.dumps(failure.as_dict()) + b"\n")
    return 1 if failures else 0


class _Progress(AbstractContextManager["_Progress"]):
    """A progress counter on standard error, shown only on a terminal from the second document."""

    def __init__(self) -> None:
        self.count = 0
        self._bar: Any = None
        self._task: Any = None
        self.enabled = sys.stderr.isatty()

    def advance(self) -> None:
        if not self.enabled:
            return
        self.count += 1
        if self._bar is None and self.count >= 2:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} documents"),
                TimeElapsedColumn(),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("extract", total=None, completed=self.count - 1)
        if self._bar is not None:
            self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
