"""The extract command's work: stream inputs through the pipeline to JSON Lines.

A bad input never costs the others: every input gives either a record or one reported failure,
in input order, whatever goes wrong (unreadable bytes, a malformed line, even an exception
inside the pipeline, running out of memory or past ``--timeout``, which are caught per
document; a long document runs in pieces, see ``pipeline.pieces``). Output to a file goes to a
temporary file in the same folder, renamed into place only when the run completes, so an
interrupted run leaves the old file or the whole new one; SIGINT and SIGTERM are held off
while a line is being written, so standard output only ever receives whole lines.

Exit codes: 0 every input gave a record; 1 some inputs failed, or the output could not be
written; 2 usage error found before any input was read (an output that cannot be created or
that is also an input, a pipeline that does not load); 141 standard output was closed by its
reader (``| head``); 130 and 143 interrupted by SIGINT and SIGTERM.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
import threading
import time
from collections.abc import Generator, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import orjson

from pipeline.inputs import (
    DEFAULT_MAX_CHARS,
    InputError,
    InputItem,
    SourcedDoc,
    one_line,
    shown_name,
)
from pipeline.timelimit import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from spacy.language import Language

from pipeline.output import AtomicOutput, check_outputs_are_not_inputs, silence_stdout
from pipeline.processing import (
    _allow_length,
    chunks,
    load,
    read_inputs,
    record_bytes,
    safe_records,
    sequential,
)
from pipeline.progress import _Progress, known_total
from pipeline.run_errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Interrupted,
    OutputError,
    StdoutClosed,
    UsageError,
    stderr_line,
)
from pipeline.workers import _pooled, capped_workers

__all__ = [  # what other commands use from here
    "AtomicOutput",
    "OutputError",
    "StdoutClosed",
    "UsageError",
    "chunks",
    "load",
    "read_inputs",
    "record_bytes",
    "report_error",
    "safe_records",
    "sequential",
]


# -- signals ------------------------------------------------------------------------------------


class _Signals(AbstractContextManager["_Signals"]):
    """SIGINT and SIGTERM raise Interrupted, but never in the middle of writing a line: a signal
    that arrives then is raised when the line is complete (a second one does not wait)."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                if signal.getsignal(signum) is signal.SIG_IGN:
                    continue  # ignored by whoever started us (nohup, a background job): keep so
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.writing and self.pending is None:
            self.pending = signum
            return
        raise Interrupted(signum)

    def write(self, sink: AtomicOutput, data: bytes) -> None:
        self.writing = True
        try:
            sink.write(data)
        finally:
            self.writing = False
            self._raise_pending()

    def commit(self, *sinks: AtomicOutput | None) -> None:
        """Commit every sink in order, as one step that a signal does not cut in two."""
        self.writing = True
        try:
            for index, sink in enumerate(sinks):
                if sink is None:
                    continue
                try:
                    sink.commit()
                except BaseException:
                    for later in sinks[index + 1 :]:
                        if later is not None:
                            later.discard()
                    raise
        finally:
            self.writing = False
            self._raise_pending()

    def _raise_pending(self) -> None:
        if self.pending is not None:
            signum, self.pending = self.pending, None
            raise Interrupted(signum)


# -- the run ------------------------------------------------------------------------------------


def report_error(error: InputError) -> None:
    stderr_line(f"launchwatch: error: {one_line(error.where)}: {one_line(error.reason)}")


def report_warning(item: SourcedDoc) -> None:
    name = shown_name(item.input)
    where = name if item.line is None else f"{name}:{item.line}"
    stderr_line(f"launchwatch: warning: {one_line(where)}: {one_line(item.warning or '')}")


def run_extract(
    inputs: list[str],
    *,
    output: Path | None = None,
    reference_date: dt.date | None = None,
    stdin_format: str = "text",
    errors_path: Path | None = None,
    workers: int = 1,
    model: Path | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    nlp: Language | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    dask: str | None = None,
    dask_output: Path | None = None,
) -> int:
    """Extract every input; return the exit code (see the module docstring).

    Every input gives a record or one reported failure (a line on standard error and, with
    ``errors_path``, a JSON line there). ``nlp``, when given, is used instead of loading
    ``model`` (one process only). ``timeout`` (None or 0: none) bounds each document's time.
    ``dask`` (``local``, ``local:N`` or a scheduler's address) runs the documents on a Dask
    cluster instead (``pipeline.distributed``), the records written here or, with
    ``dask_output``, by the workers as part files in that folder.
    """
    started = time.perf_counter()
    out = AtomicOutput(output, "-o")
    error_sink = AtomicOutput(errors_path, "--errors") if errors_path is not None else None
    failures = 0
    results: Iterator[tuple[InputItem, bytes | InputError]] | None = None
    with _Signals() as signals:
        try:
            try:
                if output is None and sys.stdout is None:
                    raise UsageError("standard output is closed (write to a file with -o)")
                check_outputs_are_not_inputs(inputs, [out, error_sink])
                workers = capped_workers(workers) if dask is None else 0
                out.open()
                if error_sink is not None:
                    error_sink.open()
                if dask is None and workers <= 1:
                    if nlp is None:
                        nlp = load(model, max_chars)
                    else:
                        _allow_length(nlp, max_chars)
                items = read_inputs(inputs, reference_date, stdin_format, max_chars)
                if dask is not None:
                    results = _on_dask(
                        inputs,
                        dask,
                        dask_output,
                        reference_date,
                        stdin_format,
                        max_chars,
                        model,
                        timeout,
                    )
                elif workers <= 1:
                    assert nlp is not None
                    results = sequential(nlp, items, timeout)
                else:
                    results = _pooled(items, workers, model, max_chars, timeout)
                with _Progress(known_total(inputs)) as progress:
                    for item, result in results:
                        if isinstance(item, SourcedDoc) and item.warning:
                            report_warning(item)
                        if isinstance(result, InputError):
                            failures += 1
                            report_error(result)
                            if error_sink is not None:
                                signals.write(error_sink, orjson.dumps(result.as_dict()) + b"\n")
                        else:
                            signals.write(out, result)
                        progress.advance()
                signals.commit(out, error_sink)
            except BaseException:
                if isinstance(results, Generator):
                    results.close()  # stops the worker processes now, not when collected
                out.discard()
                if error_sink is not None:
                    error_sink.discard()
                raise
        except UsageError as err:
            stderr_line(f"launchwatch: error: {one_line(str(err))}")
            return EXIT_USAGE
        except OutputError as err:
            if output is None:
                silence_stdout()
            stderr_line(f"launchwatch: error: {one_line(str(err))}")
            return EXIT_INPUT_FAILED
        except StdoutClosed:
            silence_stdout()
            return EXIT_BROKEN_PIPE
        except Interrupted as err:
            name = signal.Signals(err.signum).name
            kept = f"; {output} left as it was" if output is not None else ""
            stderr_line(f"launchwatch: interrupted by {name}{kept}")
            return 128 + err.signum
    records = progress.count - failures  # one summary line, last, for people and for logs
    seconds = time.perf_counter() - started
    stderr_line(f"launchwatch: {records} records, {failures} failed, {seconds:.1f} s")
    return EXIT_INPUT_FAILED if failures else EXIT_OK


def _on_dask(
    inputs: list[str],
    address: str,
    output_dir: Path | None,
    reference_date: dt.date | None,
    stdin_format: str,
    max_chars: int | None,
    model: Path | None,
    timeout: float | None,
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    """The Dask run's results; a cluster that cannot be started or reached is a UsageError."""
    from pipeline.distributed.runner import DaskUnavailable, dask_results

    results = dask_results(
        inputs,
        address,
        reference_date=reference_date,
        stdin_format=stdin_format,
        max_chars=max_chars,
        model=model,
        timeout=timeout,
        output_dir=output_dir,
    )
    try:
        yield from results
    except DaskUnavailable as err:
        raise UsageError(str(err)) from None
    finally:
        results.close()
