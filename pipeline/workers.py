"""Worker processes for ``--workers``: a window of chunks in flight, results in input order,
a worker that dies or hangs replaced, costing only its document."""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.extraction import (
    InputDoc,
)
from pipeline.inputs import (
    InputError,
    InputItem,
    error_for,
)
from pipeline.timelimit import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from concurrent.futures import Future


from pipeline.processing import _merge, chunks, load, safe_records
from pipeline.run_errors import (
    UsageError,
    stderr_line,
)

CHUNK_SIZE = 32
"""Documents sent to a worker process at a time."""
START_METHOD = "spawn" if sys.platform == "win32" else "forkserver"
"""How worker processes start: fresh interpreters, not forks of a process with a pipeline."""
WORKER_GRACE = 120.0
"""Seconds a worker may take beyond its documents' time limits (starting, loading the model)
before the parent gives up on it as hung and replaces it."""


def capped_workers(workers: int) -> int:
    """``--workers`` at most the CPUs this process may use: each worker holds a whole
    pipeline (about 180 MB) and more workers than CPUs only take turns. Says so when capped."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    if workers > cpus:
        stderr_line(f"launchwatch: warning: --workers {workers}: only {cpus} CPUs; using {cpus}")
        return cpus
    return workers


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
