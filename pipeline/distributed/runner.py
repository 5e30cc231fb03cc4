"""The client side of ``extract --dask``: start or join a cluster, run the shards, and give
``run_extract`` the same stream the local run gives: each input with its record line or its
failure, in input order. ``run_extract`` then writes ``-o`` and ``--errors`` and picks the exit
code exactly as it does for a local run.

Accounting: a worker that dies mid-shard costs nothing, because the scheduler gives the shard
to another worker. A shard whose workers die twice (``CLUSTER_CONFIG``) comes back as
``KilledWorker``; it is then cut in two and each half run again, down to the one input that
kills every worker that reads it, which is reported as that input's failure. So records plus
failures always equal inputs, and no input is retried forever.

The search runs in isolation: first every other shard in flight finishes and its result is
brought to the client and released on the cluster, then each half runs alone. A result left
in a worker's memory is recomputed when that worker dies (the scheduler still owes it to this
client), and a recomputation or a queued shard on a worker that the bad input kills is charged
with that death; on a loaded machine an innocent input could so reach its second death and be
reported lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import tee
from pathlib import Path
from typing import Any

import orjson

from pipeline.distributed.shards import Shard, lost_input, plan_shards, split
from pipeline.distributed.worker import Settings, ShardResult, part_name, run_shard
from pipeline.inputs import InputError, InputItem, mark_duplicates

CLUSTER_CONFIG = {
    "distributed.scheduler.allowed-failures": 1,
    "distributed.scheduler.worker-saturation": 1.0,
}
"""Set on the clusters this module starts (a running scheduler keeps its own; set the same
there): a shard may kill 1 worker and is retried, the second death gives it up as
``KilledWorker``; and a worker holds only the task it runs, so a death counts against that
shard alone, not against one that was merely queued on the same worker."""
WORKER_DIED = "the worker process died while processing it (out of memory or a crash)"
"""The local run's words for the same failure (``pipeline.extract``)."""
CONNECT_TIMEOUT = "10s"
MANIFEST = "manifest.json"


class DaskUnavailable(Exception):
    """Dask is not installed or the cluster cannot be reached (a usage error, exit 2)."""


def local_workers(address: str) -> int | None:
    """N for ``local`` (the CPUs) or ``local:N``; None for a scheduler's address."""
    if address == "local":
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1
        )
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise DaskUnavailable(f"--dask {address}: N in local:N must be a whole number from 1")
        return int(count)
    return None


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A ``distributed.Client``: of a LocalCluster of N single-threaded worker processes that
    lives as long as the block, or of the running scheduler at ``address``."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--dask needs Dask: pip install 'launchwatch[dask]'") from None
    workers = local_workers(address)
    if workers is None:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as err:
            raise DaskUnavailable(f"--dask {address}: cannot connect: {err}") from None
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            client.close()
            raise DaskUnavailable(f"--dask {address}: the scheduler has no workers") from None
        with client:
            yield client
        return
    with dask.config.set(CLUSTER_CONFIG):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        )
    with cluster, Client(cluster) as client:
        yield client


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def dask_results(
    inputs: list[str],
    address: str,
    *,
    reference_date: dt.date | None,
    stdin_format: str,
    max_chars: int | None,
    model: Path | None,
    timeout: float | None,
    output_dir: Path | None = None,
) -> Iterator[tuple[InputItem, bytes | InputError]]:
    """Each input with its record line (``b""`` when it went to ``output_dir``) or failure,
    in input order, duplicate ids warned about as the local run does."""
    with connect(address) as client:
        workers = worker_count(client)
        if output_dir is not None:
            prepare_output_dir(output_dir)
        settings = Settings(
            model=str(model) if model is not None else None,
            max_chars=max_chars,
            timeout=timeout,
            reference_date=reference_date,
            output_dir=str(output_dir.resolve()) if output_dir is not None else None,
        )
        shards = plan_shards(inputs, workers, stdin_format, max_chars)
        manifest: list[dict[str, object]] = []
        pairs = ordered_results(client, shards, settings, 2 * workers + 2, manifest)
        for item, line in with_duplicate_warnings(pairs):
            yield item, b"" if line is None else line
        if output_dir is not None:
            write_manifest(output_dir, manifest)


def ordered_results(
    client: Any,
    shards: Iterable[Shard],
    settings: Settings,
    window: int,
    manifest: list[dict[str, object]],
) -> Iterator[tuple[InputItem, bytes | InputError | None]]:
    """Run ``shards`` with at most ``window`` in flight; their results in shard order."""
    run = uuid.uuid4().hex[:12]
    pending = iter(shards)
    in_flight: deque[tuple[Shard, Any]] = deque()

    def submit(shard: Shard) -> Any:
        key = f"launchwatch-{run}-{shard.name}"
        return client.submit(run_shard, shard, settings, key=key, pure=False)

    def refill() -> None:
        while len(in_flight) < window and (shard := next(pending, None)) is not None:
            in_flight.append((shard, submit(shard)))

    refill()
    while in_flight:
        shard, future = in_flight.popleft()
        outcome = _outcome(future)
        if isinstance(outcome, list):
            settled: list[tuple[Shard, ShardResult | Exception]] = [(shard, outcome)]
        else:  # its workers kept dying: settle the rest, then look for the input alone
            settled = [(shard, outcome)] + [(s, _outcome(f)) for s, f in in_flight]
            in_flight.clear()
        for piece, result in settled:
            results = (
                [(piece, result, True)] if isinstance(result, list) else _isolated(piece, submit)
            )
            for part, pairs, ran in results:
                written = ran and settings.output_dir is not None
                manifest.append(_part_entry(part, pairs, written))
                yield from pairs
        refill()


def _outcome(future: Any) -> ShardResult | Exception:
    """The shard's result, or the ``KilledWorker`` it came back as; either way the future is
    released, so that no worker keeps the result for this client."""
    from distributed.scheduler import KilledWorker

    try:
        pairs: ShardResult = future.result()
        return pairs
    except KilledWorker as error:
        return error
    finally:
        future.release()


def _isolated(shard: Shard, submit: Any) -> Iterator[tuple[Shard, ShardResult, bool]]:
    """A shard whose workers kept dying, with nothing else on the cluster: its halves run one
    at a time, down to the one input that kills every worker that reads it, reported as failed."""
    if shard.single:
        error = lost_input(shard, WORKER_DIED)
        yield shard, [(error, error)], False
        return
    for half in split(shard):
        outcome = _outcome(submit(half))
        if isinstance(outcome, list):
            yield half, outcome, True
        else:
            yield from _isolated(half, submit)


def with_duplicate_warnings(
    pairs: Iterator[tuple[InputItem, Any]],
) -> Iterator[tuple[InputItem, Any]]:
    """``pairs`` with the local run's duplicate-id warnings on their items (found here, where
    every input passes in order, not on workers that each see one shard)."""
    items, results = tee(pairs)
    marked = mark_duplicates(item for item, _ in items)
    for item, (_, result) in zip(marked, results, strict=True):
        yield item, result


def prepare_output_dir(folder: Path) -> None:
    """Create ``--dask-output``'s folder; drop the parts and manifest of an earlier run there."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("part-*.jsonl"), folder / MANIFEST]:
        old.unlink(missing_ok=True)


def _part_entry(shard: Shard, pairs: ShardResult, written: bool) -> dict[str, object]:
    failures = sum(isinstance(line, InputError) for _, line in pairs)
    return {
        "part": part_name(shard.name) if written else None,
        "inputs": len(pairs),
        "records": len(pairs) - failures,
        "failures": failures,
    }


def write_manifest(folder: Path, parts: list[dict[str, object]]) -> None:
    """``manifest.json``: the parts in input order with their counts, and the totals; written
    last, so a folder with a manifest holds a finished run."""
    counts = ("inputs", "records", "failures")
    totals = {key: sum(int(str(part[key])) for part in parts) for key in counts}
    body = {"parts": [part["part"] for part in parts if part["part"]], **totals, "shards": parts}
    temporary = folder / f".{MANIFEST}.tmp"
    temporary.write_bytes(orjson.dumps(body, option=orjson.OPT_INDENT_2) + b"\n")
    os.replace(temporary, folder / MANIFEST)
