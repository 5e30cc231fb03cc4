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
import gc
import io
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager
from itertools import islice
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, TYPE_CHECKING, Any

import orjson

from pipeline.extraction import (
    InputDoc,
    doc_to_record,
    load_pipeline,
    make_docs,
    with_fallback_date,
)
from pipeline.inputs import (
    DEFAULT_MAX_CHARS,
    InputError,
    InputItem,
    SourcedDoc,
    error_for,
    iter_inputs,
    mark_duplicates,
    one_line,
    shown_name,
)
from pipeline.pieces import PIECE_CHARS, record_in_pieces, release
from pipeline.timelimit import DEFAULT_TIMEOUT, DocumentTimeout, time_limit

try:
    import fcntl
except ImportError:  # Windows: no locks, so no temporary file is ever taken for abandoned
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from concurrent.futures import Future

    from spacy.language import Language

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE if hasattr(signal, "SIGPIPE") else 141
"""Standard output closed by its reader: what a shell shows for a tool killed by SIGPIPE."""

BATCH_SIZE = 64
"""Documents run through ``nlp.pipe`` together; a batch that fails is rerun one by one."""
CHUNK_SIZE = 32
"""Documents sent to a worker process at a time."""
START_METHOD = "spawn" if sys.platform == "win32" else "forkserver"
"""How worker processes start: fresh interpreters, not forks of a process with a pipeline."""
WORKER_GRACE = 120.0
"""Seconds a worker may take beyond its documents' time limits (starting, loading the model)
before the parent gives up on it as hung and replaces it."""


class UsageError(Exception):
    """A problem found before any input is read (exit 2); the message is one line."""


class OutputError(Exception):
    """The output could not be written during the run (exit 1); the message is one line."""


class StdoutClosed(Exception):
    """Standard output's reader has gone (``| head -1``): stop quietly."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM: unwinds like KeyboardInterrupt, so temporary files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# -- output -------------------------------------------------------------------------------------


class AtomicOutput(AbstractContextManager["AtomicOutput"]):
    """A binary sink: standard output; an existing device or pipe, written in place; or a file,
    written to a temporary file in the same folder and renamed over the target by ``commit``.

    Never renaming over a device matters: as root, ``-o /dev/full`` would otherwise replace the
    device node with a regular file. ``open`` raises UsageError, so an output that cannot be
    created is found before any input is read.
    """

    def __init__(self, path: Path | None, option: str = "-o") -> None:
        self.path = path
        self.option = option
        self._tmp: str | None = None
        self._target: str | None = None
        self.stream: IO[bytes] | None = None

    @property
    def name(self) -> str:
        return "standard output" if self.path is None else f"{self.option} {self.path}"

    def open(self) -> AtomicOutput:
        if self.path is None:
            self.stream = sys.stdout.buffer
            return self
        path = self.path
        try:
            info = path.stat() if path.exists() else None
        except OSError as err:
            raise UsageError(f"{self.name}: {err.strerror or err}") from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{self.name}: is a folder")
        if info is not None and not stat.S_ISREG(info.st_mode):
            try:  # a device or a named pipe: write straight into it
                self.stream = path.open("wb")
            except OSError as err:
                raise UsageError(f"{self.name}: cannot write: {err.strerror or err}") from None
            return self
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        folder = target.parent
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            raise UsageError(f"{self.name}: folder {folder} {what}")
        prefix = f".{_short_name(target.name)}."
        _remove_stale_temporaries(folder, prefix)
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        except OSError as err:
            reason = err.strerror or str(err)
            raise UsageError(f"{self.name}: cannot write in {folder}: {reason}") from None
        _hold(fd)
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        self._target = str(target)
        self.stream = os.fdopen(fd, "wb")
        return self

    def write(self, data: bytes) -> None:
        assert self.stream is not None
        try:
            self.stream.write(data)
        except OSError as err:
            raise self._failure(err) from None

    def commit(self) -> None:
        """Flush everything and put the file in place; OutputError (or StdoutClosed) if not."""
        stream = self.stream
        if stream is None:
            return
        try:
            stream.flush()
            if self._tmp is not None:
                os.fsync(stream.fileno())
                os.replace(self._tmp, self._target or "")  # while still open, so still locked
                self._tmp = None
                stream.close()
            elif self.path is not None:
                stream.close()
            self.stream = None
        except OSError as err:
            self.discard()
            raise self._failure(err) from None

    def discard(self) -> None:
        """Drop a temporary file; on standard output, flush the whole lines written so far."""
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                stream.flush() if self.path is None else stream.close()
            except (OSError, ValueError):
                if self.path is None:
                    silence_stdout()
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def _failure(self, err: OSError) -> Exception:
        if self.path is None and isinstance(err, BrokenPipeError):
            return StdoutClosed()
        return OutputError(f"{self.name}: cannot write: {err.strerror or err}")

    def __enter__(self) -> AtomicOutput:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


TEMP_NAME_BYTES = 200
"""Bytes of the output's name kept in its temporary file's name, which adds 14 (a dot, a dot,
8 random characters, ``.tmp``): a legal 255-byte name must not make an illegal temporary one."""


def _short_name(name: str) -> str:
    while len(os.fsencode(name)) > TEMP_NAME_BYTES:
        name = name[:-1]
    return name


def _hold(fd: int) -> None:
    """Lock a temporary file for as long as this process lives (the lock goes with it), so a
    later run can tell an abandoned one (SIGKILL, a power cut) from one being written."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Remove the temporary files that earlier runs writing the same output left behind when
    they were killed: those whose lock no living process holds."""
    if fcntl is None:
        return
    try:
        names = [
            name
            for name in os.listdir(folder)
            if name.startswith(prefix) and name.endswith(".tmp") and len(name) == len(prefix) + 12
        ]
    except OSError:
        return
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(path)
        except OSError:
            pass  # still held by a living run, or already gone
        finally:
            os.close(fd)


def _default_mode() -> int:
    """The mode ``open`` would give a new file (mkstemp's own is 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that the interpreter's last flush of a closed
    or full standard output is silent instead of an "Exception ignored" message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def check_outputs_are_not_inputs(inputs: list[str], outputs: list[AtomicOutput | None]) -> None:
    """UsageError, before anything is written, when an output file is also an input (the same
    file by any name: a symbolic or hard link, a .txt in an input folder, standard input
    redirected from it), or when -o and --errors are one file: writing it would destroy it."""
    existing = [(sink, _identity(sink.path)) for sink in outputs if sink is not None and sink.path]
    existing = [(sink, key) for sink, key in existing if key is not None]
    if not existing:
        return
    if len(existing) == 2 and existing[0][1] == existing[1][1]:
        raise UsageError("--errors and -o must be different files (they are the same file)")
    for spec, key in _input_identities(inputs):
        for sink, output_key in existing:
            if key == output_key:
                shown = "standard input" if spec == "-" else shown_name(spec)
                raise UsageError(f"{sink.name}: is also an input ({shown}); it would be destroyed")


def _identity(path: Path | str | int) -> tuple[int, int] | None:
    """(device, inode) of a regular file, following links; None for anything else."""
    try:
        info = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _input_identities(inputs: list[str]) -> Iterator[tuple[str, tuple[int, int]]]:
    for spec in inputs:
        if spec == "-":
            try:
                key = _identity(sys.stdin.fileno()) if sys.stdin is not None else None
            except (OSError, ValueError, io.UnsupportedOperation):
                key = None
        elif os.path.isdir(spec):
            try:
                with os.scandir(spec) as entries:
                    names = [entry.path for entry in entries if entry.name.endswith(".txt")]
            except OSError:
                continue
            yield from ((name, k) for name in names if (k := _identity(name)) is not None)
            continue
        else:
            key = _identity(spec)
        if key is not None:
            yield spec, key


def capped_workers(workers: int) -> int:
    """``--workers`` at most the CPUs this process may use: each worker holds a whole
    pipeline (about 180 MB) and more workers than CPUs only take turns. Says so when capped."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    if workers > cpus:
        _stderr(f"launchwatch: warning: --workers {workers}: only {cpus} CPUs; using {cpus}")
        return cpus
    return workers


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


# -- processing ---------------------------------------------------------------------------------


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
    return nlp


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


def _worker_init(model: Path | None, max_chars: int | None, timeout: float | None) -> None:
    """Load the pipeline in a worker; Ctrl-C is the parent's to handle, not every worker's."""
    global _WORKER_NLP, _WORKER_FAILURE, _WORKER_TIMEOUT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A worker that dies (out of memory while unpickling its documents, say) would print
    # multiprocessing's traceback; the parent reports each of its documents in one line.
    sys.stderr = open(os.devnull, "w")
    _WORKER_TIMEOUT = timeout
    try:
        _WORKER_NLP = load(model, max_chars)
    except UsageError as err:
        _WORKER_FAILURE = str(err)


def _worker_run(docs: list[InputDoc]) -> list[bytes | InputError]:
    if _WORKER_NLP is None:
        raise UsageError(_WORKER_FAILURE or "the worker has no pipeline")
    return safe_records(_WORKER_NLP, docs, timeout=_WORKER_TIMEOUT)


class _WorkerHung(BrokenProcessPool):
    """A worker that is alive but gives no answer within its deadline."""


class _WorkerPool:
    """Worker processes for ``--workers N``, replaced when one dies (killed for memory, a crash
    in native code) instead of leaving the run to hang or fail as a whole."""

    def __init__(
        self, workers: int, model: Path | None, max_chars: int | None, timeout: float | None
    ) -> None:
        import multiprocessing

        self._context = multiprocessing.get_context(START_METHOD)
        self._args = (workers, model, max_chars, timeout)
        self.timeout = timeout
        self._executor = self._start()

    def _start(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        workers, model, max_chars, timeout = self._args
        return ProcessPoolExecutor(
            workers,
            mp_context=self._context,
            initializer=_worker_init,
            initargs=(model, max_chars, timeout),
        )

    def submit(self, docs: list[InputDoc]) -> Future[list[bytes | InputError]]:
        return self._executor.submit(_worker_run, docs)

    def wait(
        self, future: Future[list[bytes | InputError]], documents: int
    ) -> list[bytes | InputError]:
        """The future's result; BrokenProcessPool when its worker died or, with a time limit,
        stopped answering (hung, say, in its exit after running out of memory): a worker
        gets every document's ``timeout`` and WORKER_GRACE on top before it counts as hung."""
        from concurrent.futures import TimeoutError as FutureTimeout

        deadline = WORKER_GRACE + self.timeout * max(documents, 1) if self.timeout else None
        try:
            return future.result(timeout=deadline)
        except FutureTimeout:
            raise _WorkerHung(f"no answer in {deadline:g} s") from None

    def restart(self) -> None:
        self.close(kill=True)
        self._executor = self._start()

    def close(self, kill: bool = False) -> None:
        if kill:
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.kill()
        self._executor.shutdown(wait=True, cancel_futures=True)


def _pooled(
    items: Iterable[InputItem],
    workers: int,
    model: Path | None,
    max_chars: int | None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    """Results in input order from a pool of workers: a window of chunks in flight, each
    answered in order; the same lines and errors as one process gives."""
    pool = _WorkerPool(workers, model, max_chars, timeout)
    window: deque[tuple[list[InputItem], Future[list[bytes | InputError]] | None]] = deque()
    pending = chunks(items, CHUNK_SIZE)

    def submit(chunk: list[InputItem]) -> None:
        docs = [i for i in chunk if isinstance(i, InputDoc)]
        window.append((chunk, pool.submit(docs) if docs else None))

    def refill() -> None:
        while len(window) < 2 * workers and (following := next(pending, None)) is not None:
            submit(following)

    finished = False
    try:
        refill()
        while window:
            chunk, future = window.popleft()
            try:
                documents = sum(isinstance(item, InputDoc) for item in chunk)
                results = pool.wait(future, documents) if future is not None else []
            except BrokenProcessPool:
                # A worker died; which document killed it is unknown. Rerun every chunk that
                # was in flight one document at a time, so only that document is lost.
                retry = [chunk, *(c for c, _ in window)]
                window.clear()
                pool.restart()
                for lost in retry:
                    yield from _one_at_a_time(pool, lost)
            else:
                yield from _merge(chunk, results)
            refill()
        finished = True
    finally:
        pool.close(kill=not finished)


def _one_at_a_time(
    pool: _WorkerPool, chunk: list[InputItem]
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    for item in chunk:
        if isinstance(item, InputError):
            yield item, item
            continue
        try:
            (result,) = pool.wait(pool.submit([item]), 1)
        except BrokenProcessPool as err:
            pool.restart()
            what = "stopped answering" if isinstance(err, _WorkerHung) else "died"
            result = error_for(
                item, f"the worker process {what} while processing it (out of memory or a crash)"
            )
        yield item, result


# -- the run ------------------------------------------------------------------------------------


def _stderr(line: str) -> None:
    """One line on standard error; if standard error is gone too, there is no one to tell."""
    if sys.stderr is None:
        return
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def report_error(error: InputError) -> None:
    _stderr(f"launchwatch: error: {one_line(error.where)}: {one_line(error.reason)}")


def report_warning(item: SourcedDoc) -> None:
    name = shown_name(item.input)
    where = name if item.line is None else f"{name}:{item.line}"
    _stderr(f"launchwatch: warning: {one_line(where)}: {one_line(item.warning or '')}")


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
                    results = _on_dask(inputs, dask, dask_output, reference_date, stdin_format,
                                       max_chars, model, timeout)
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
            _stderr(f"launchwatch: error: {one_line(str(err))}")
            return EXIT_USAGE
        except OutputError as err:
            if output is None:
                silence_stdout()
            _stderr(f"launchwatch: error: {one_line(str(err))}")
            return EXIT_INPUT_FAILED
        except StdoutClosed:
            silence_stdout()
            return EXIT_BROKEN_PIPE
        except Interrupted as err:
            name = signal.Signals(err.signum).name
            kept = f"; {output} left as it was" if output is not None else ""
            _stderr(f"launchwatch: interrupted by {name}{kept}")
            return 128 + err.signum
    if progress.enabled:  # a person is watching: say what the run did (scripts read the code)
        records = progress.count - failures
        _stderr(f"{records} records, {failures} failed, {time.perf_counter() - started:.1f} s")
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


def known_total(inputs: list[str]) -> int | None:
    """How many documents ``inputs`` hold when that is known without reading them (files and
    folders of ``.txt``); None when standard input or a JSONL file is among them."""
    total = 0
    for spec in inputs:
        path = Path(spec)
        if spec == "-" or path.suffix == ".jsonl":
            return None
        try:
            total += sum(1 for _ in path.glob("*.txt")) if path.is_dir() else 1
        except OSError:
            total += 1
    return total


class _Progress(AbstractContextManager["_Progress"]):
    """Progress on standard error, shown only on a terminal from the second document: a bar with
    total, rate and time left when the number of documents is known, else a counter."""

    def __init__(self, total: int | None = None) -> None:
        self.total = total
        self.count = 0
        self._bar: Any = None
        self._task: Any = None
        self.enabled = sys.stderr is not None and sys.stderr.isatty()

    def advance(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self._bar is None and self.count >= 2:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            rate = TextColumn("{task.fields[rate]}")
            columns = (
                [BarColumn(), MofNCompleteColumn(), rate, TimeRemainingColumn()]
                if self.total
                else [SpinnerColumn(), TextColumn("{task.completed} documents"), rate]
            )
            self._bar = Progress(*columns, TimeElapsedColumn(), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(
                "extract", total=self.total, completed=self.count - 1, rate=""
            )
        if self._bar is not None:
            speed = self._bar.tasks[0].speed
            rate = f"{speed:.1f} docs/s" if speed else ""
            self._bar.update(self._task, advance=1, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
