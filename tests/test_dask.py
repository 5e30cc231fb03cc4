"""extract --dask: the same bytes as the local run, on a LocalCluster of 2 worker processes
started once for the module, also when a worker is killed mid-run or an input is bad.

The test that kills a worker once shares the module's cluster: every test that uses it first
waits until both workers are up, however long the replacement takes on a loaded machine. The
bad-input test, whose input kills every worker that reads it, gets a cluster of its own: a
worker that dies again while its nanny is still starting it is not replaced, and a shared
cluster left without workers would hang the tests after it."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.distributed.runner import CLUSTER_CONFIG
from pipeline.distributed.worker import KILL_HOOK
from pipeline.extract import run_extract

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = str(ROOT / "corpus")


@pytest.fixture(scope="module")
def kill_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hook") / "kill"


@contextmanager
def local_cluster(kill_file: Path) -> Iterator[str]:
    """A LocalCluster of 2 worker processes (the address); they read the kill hook's file
    (absent: no kill)."""
    patch = pytest.MonkeyPatch()
    patch.setenv(KILL_HOOK, str(kill_file))  # the workers inherit it
    with dask.config.set(CLUSTER_CONFIG):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.ERROR
        )
    try:
        with cluster:
            yield cluster.scheduler_address
    finally:
        patch.undo()


WORKERS_BACK = 300
"""How long a test waits for a killed worker to be replaced (a few seconds on an idle machine)."""


@pytest.fixture(scope="module")
def cluster(kill_file: Path) -> Iterator[str]:
    """The module's cluster (its address), started once."""
    with local_cluster(kill_file) as address:
        yield address


@pytest.fixture
def scheduler(cluster: str) -> str:
    """The module's cluster with both workers up (the test before may have killed one)."""
    with distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=WORKERS_BACK)
    return cluster


@pytest.fixture
def own_scheduler(kill_file: Path) -> Iterator[str]:
    """A cluster for the test whose input kills every worker."""
    with local_cluster(kill_file) as address:
        yield address


@pytest.fixture(scope="module")
def local_corpus(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("local") / "corpus.jsonl"
    assert run_extract([CORPUS], output=out, nlp=nlp) == 0
    return out.read_bytes()


def test_corpus_is_byte_identical(scheduler: str, local_corpus: bytes, tmp_path: Path) -> None:
    out = tmp_path / "dask.jsonl"
    assert run_extract([CORPUS], output=out, dask=scheduler) == 0
    assert out.read_bytes() == local_corpus


def test_cli_local_cluster_is_byte_identical(local_corpus: bytes, tmp_path: Path) -> None:
    """``--dask local:2`` starts its own LocalCluster of 2 processes (on a few articles)."""
    files = sorted(Path(CORPUS).glob("*.txt"))[:5]
    out = tmp_path / "dask.jsonl"
    args = ["extract", *map(str, files), "--dask", "local:2", "-o", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().splitlines() == local_corpus.splitlines()[:5]


def test_a_killed_worker_loses_nothing(
    scheduler: str, local_corpus: bytes, kill_file: Path, tmp_path: Path
) -> None:
    kill_file.write_text("004_201e85b8339e5a87 once")
    out = tmp_path / "dask.jsonl"
    assert run_extract([CORPUS], output=out, dask=scheduler) == 0
    assert not kill_file.exists()  # the worker reached the document and died
    assert out.read_bytes() == local_corpus


def test_a_bad_input_costs_only_itself(
    own_scheduler: str, nlp: Language, kill_file: Path, tmp_path: Path
) -> None:
    """A malformed line and a document that kills every worker that reads it each cost one
    input; the other records are the local run's."""
    texts = sorted(Path(CORPUS).glob("*.txt"))[:4]
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) for p in texts]
    lines[1:1] = ["{not json", json.dumps({"id": "killer", "text": "Acme launched a fund."})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    kill_file.write_text("killer")
    try:
        out, errors = tmp_path / "dask.jsonl", tmp_path / "errors.jsonl"
        code = run_extract([str(source)], output=out, errors_path=errors, dask=own_scheduler)
    finally:
        kill_file.unlink(missing_ok=True)
    local = tmp_path / "local.jsonl"
    run_extract([str(source)], output=local, nlp=nlp)
    assert code == 1
    reasons = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(e["line"], e["reason"].split(" (")[0]) for e in reasons] == [
        (2, "malformed JSON"),
        (3, "the worker process died while processing it"),
    ]
    expected = [line for line in local.read_bytes().splitlines() if b'"killer"' not in line]
    assert out.read_bytes().splitlines() == expected
    assert len(expected) + len(reasons) == len(lines)


def test_dask_output_parts_and_manifest(
    scheduler: str, local_corpus: bytes, tmp_path: Path
) -> None:
    parts = tmp_path / "parts"
    assert run_extract([CORPUS], dask=scheduler, dask_output=parts) == 0
    manifest = json.loads((parts / "manifest.json").read_text())
    assert manifest["inputs"] == manifest["records"] == 53
    assert len(manifest["parts"]) > 1
    assert b"".join((parts / name).read_bytes() for name in manifest["parts"]) == local_corpus


def test_extract_bag(scheduler: str, local_corpus: bytes) -> None:
    import dask.bag as db

    from pipeline.distributed.bag import extract_bag

    expected = [json.loads(line) for line in local_corpus.splitlines()][:6]
    articles = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(Path(CORPUS).glob("*.txt"))[:6]
    ]
    with distributed.Client(scheduler):
        got = extract_bag(db.from_sequence([*articles, {"id": "x"}], npartitions=2)).compute()
    assert [{**r, "source": ""} for r in got[:6]] == [{**r, "source": ""} for r in expected]
    assert got[6] == {"doc_id": "x", "source": "dask", "error": "missing 'text'"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dask-output", "d"], "--dask-output needs --dask"),
        (["--dask", "local:2", "--dask-output", "d", "-o", "x"], "one or the other"),
        (["--dask", "local:2", "--workers", "2"], "its own workers"),
        (["--dask", "local:0"], "N in local:N"),
    ],
)
def test_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", CORPUS, *args])
    assert result.exit_code == 2
    assert message in result.output
