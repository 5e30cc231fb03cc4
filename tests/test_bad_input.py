"""Bad input, round 2 (issue 12): each case is tested as a family, the reproduction and
variants. Like tests/test_errors.py, most cases run in process with the session's pipeline;
memory limits, hung workers and signals run in a subprocess or in forked workers.
"""

from __future__ import annotations

import copy
import fcntl
import gc
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.inputs as inputs_module
import pipeline.processing as processing_module
import pipeline.workers as workers_module
from pipeline.extraction import doc_to_record, make_docs
from pipeline.inputs import InputDoc, shown_name
from pipeline.pieces import piece_bounds, record_in_pieces
from pipeline.records import OutputRecord
from pipeline.workers import capped_workers
from tests.test_errors import (
    GOOD,
    PREFIX,
    ROOT,
    extract,
    ids,
    launchwatch,
    records,
    stderr_lines,
    subprocess_env,
)
from tests.test_evaluate_cli import PREDICTIONS, run_evaluate, write_corpus, write_predictions
from tests.test_records import check_invariants

pytestmark = pytest.mark.usefixtures("shared_pipeline")  # every in-process run (conftest)

NO_TRACEBACK = "Traceback"


def jsonl(path: Path, texts: list[str]) -> Path:
    lines = (orjson.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(texts))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


# -- 1. file names that are not UTF-8 -----------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [b"miss\xff.txt", b"\xe9t\xe9.txt", b"half\xe4\xb8.txt", b"back\\slash\xff.txt"],
    ids=["0xff", "latin-1", "cut UTF-8", "with a backslash"],
)
def test_a_file_name_that_is_not_utf8_is_kept_losslessly(tmp_path: Path, name: bytes) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + name
    with open(raw, "wb") as stream:
        stream.write(GOOD.encode())
    good = folder / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone" + name)
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    for inputs in ([os.fsdecode(raw), str(good), missing], [str(folder), missing]):
        result = extract(*inputs, "-o", out, "--errors", errors)
        assert result.exit_code == 1, result.output
        assert NO_TRACEBACK not in result.output
        written = records(out.read_bytes())  # valid JSON, valid UTF-8
        assert len(written) == 2
        odd = next(r for r in written if r["doc_id"] != "good")
        assert odd["source"] == shown_name(os.fsdecode(raw))
        # lossless: the escapes give the bytes back
        unescaped = odd["source"].encode().decode("unicode_escape").encode("latin-1")
        assert unescaped == raw
        (failure,) = records(errors.read_bytes())
        assert failure["input_escaped"] is True
        assert failure["input"] == shown_name(missing)
        assert stderr_lines(result) == [f"{PREFIX}{shown_name(missing)}: no such file or folder"]


def test_names_that_are_utf8_are_unchanged_and_unmarked() -> None:
    for name in ["corpus/a.txt", "南京\\x.txt", "emoji 🚀.jsonl"]:
        assert shown_name(name) == name


# -- 2. --timeout (the tokenizer: tests/test_tokenizer.py) ----------------------------------


@pytest.fixture
def stalling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a document containing STALL take 30 s (interruptibly, as the components are)."""
    real = processing_module.make_docs

    def slow(nlp: Language, items: Any) -> Any:
        for doc in real(nlp, items):
            if "STALL" in doc.text:
                time.sleep(30)
            yield doc

    monkeypatch.setattr(processing_module, "make_docs", slow)


@pytest.mark.usefixtures("stalling")
def test_a_runaway_document_times_out_alone(tmp_path: Path) -> None:
    """The document that takes too long fails with one line; its batch is rerun, so its
    neighbours (before and after, in the same batch) still give their records."""
    data = jsonl(tmp_path / "feed.jsonl", [f"{GOOD} {i}" if i != 3 else "STALL" for i in range(6)])
    started = time.monotonic()
    result = extract(data, "--timeout", "0.5")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert ids(result) == ["d0", "d1", "d2", "d4", "d5"]
    assert stderr_lines(result) == [f"{PREFIX}{data}:4: timed out after 0.5 s (--timeout)"]


@pytest.mark.usefixtures("stalling")
def test_a_runaway_document_times_out_alone_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers_module, "START_METHOD", "fork")
    texts = [f"{GOOD} {i}" if i != 40 else "STALL" for i in range(70)]
    data = jsonl(tmp_path / "feed.jsonl", texts)
    result = extract(data, "--timeout", "1", "--workers", "2")
    assert result.exit_code == 1
    assert ids(result) == [f"d{i}" for i in range(70) if i != 40]
    assert stderr_lines(result) == [f"{PREFIX}{data}:41: timed out after 1 s (--timeout)"]


def test_a_hung_worker_is_replaced_and_costs_its_document_only(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker alive but silent (seen when one ran out of memory and spun in its exit
    function) is given its documents' time limits plus WORKER_GRACE, then replaced."""
    real = workers_module.safe_records

    def hanging(nlp: Language, docs: list[InputDoc], **options: Any) -> Any:
        if any("HANG" in doc.text for doc in docs):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(300)
        return real(nlp, docs, **options)

    monkeypatch.setattr(workers_module, "safe_records", hanging)
    monkeypatch.setattr(workers_module, "START_METHOD", "fork")
    monkeypatch.setattr(workers_module, "WORKER_GRACE", 1.0)
    texts = [f"{GOOD} {i}" if i != 5 else "HANG" for i in range(8)]
    data = jsonl(tmp_path / "feed.jsonl", texts)
    started = time.monotonic()
    result = extract(data, "--timeout", "0.1", "--workers", "2")
    assert time.monotonic() - started < 60
    assert ids(result) == [f"d{i}" for i in range(8) if i != 5]
    assert stderr_lines(result) == [
        f"{PREFIX}{data}:6: the worker process stopped answering while processing it "
        "(out of memory or a crash)"
    ]


@pytest.fixture
def spinning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a document containing SPIN run Python for 30 s (as a runaway component would)."""
    real = processing_module.make_docs

    def slow(nlp: Language, items: Any) -> Any:
        for doc in real(nlp, items):
            deadline = time.monotonic() + 30
            while "SPIN" in doc.text and time.monotonic() < deadline:
                sum(range(100))
            yield doc

    monkeypatch.setattr(processing_module, "make_docs", slow)


@pytest.mark.usefixtures("spinning")
def test_the_time_limit_holds_outside_the_main_thread(nlp: Language) -> None:
    """A thread cannot take SIGALRM (a Dask worker runs its tasks in one, a service may call
    the API from one): there the limit is raised in the thread by a timer, the runaway
    document fails alone, and nothing is raised after the block has ended."""
    from concurrent.futures import ThreadPoolExecutor

    docs = [InputDoc(f"d{i}", GOOD if i != 1 else "SPIN", None, "feed") for i in range(3)]
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        lines = pool.submit(processing_module.safe_records, nlp, docs, timeout=0.5).result()
        assert pool.submit(time.sleep, 0.7).result() is None  # no late timeout
    assert time.monotonic() - started < 15
    assert isinstance(lines[0], bytes) and isinstance(lines[2], bytes)
    assert lines[1].reason == "timed out after 0.5 s (--timeout)"


@pytest.mark.usefixtures("spinning")
def test_extract_bag_applies_the_time_limit_in_dasks_threads() -> None:
    db = pytest.importorskip("dask.bag")
    from pipeline.distributed.bag import extract_bag

    articles = db.from_sequence(
        [{"id": "a", "text": GOOD}, {"id": "b", "text": "SPIN"}], npartitions=1
    )
    records = extract_bag(articles, timeout=0.5).compute(scheduler="threads")
    assert [r["doc_id"] for r in records] == ["a", "b"]
    assert "error" not in records[0]
    assert records[1]["error"] == "timed out after 0.5 s (--timeout)"


def test_timeout_zero_means_no_limit(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "feed.jsonl", [GOOD, GOOD])
    assert extract(data, "--timeout", "0").exit_code == 0
    assert extract(data, "--timeout", "-1").exit_code == 2


# -- 3 and 9. out of memory -----------------------------------------------------------------------

OOM_SCRIPT = """
import resource, sys
from pathlib import Path
import pipeline.extract as extract_module
import pipeline.processing as processing_module
import pipeline.workers as workers_module
from pipeline.extraction import make_docs as real

def hog(nlp, items):
    for doc in real(nlp, items):
        if "HOG" in doc.text:
            doc.user_data["hog"] = bytearray(8 * 1024 ** 3)  # past any limit below
        yield doc

nlp = processing_module.load_pipeline()
processing_module.load_pipeline = lambda model=None: nlp  # forked workers share it, no reload
processing_module.make_docs = hog
workers_module.START_METHOD = "fork"
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
feed, folder = sys.argv[1:]
for workers in (1, 2):
    out, errors = Path(folder, f"out{workers}.jsonl"), Path(folder, f"errors{workers}.jsonl")
    print(extract_module.run_extract([feed], output=out, errors_path=errors, workers=workers))
"""


@pytest.mark.slow
def test_out_of_memory_costs_one_document(tmp_path: Path) -> None:
    """A document that runs out of memory (a real MemoryError under a real address-space
    limit) fails alone, with or without workers; the records before and after are kept."""
    texts = [f"{GOOD} {i}" if i != 3 else "HOG in Nanjing." for i in range(7)]
    data = jsonl(tmp_path / "feed.jsonl", texts)
    done = subprocess.run(
        [sys.executable, "-c", OOM_SCRIPT, str(data), str(tmp_path)],
        capture_output=True,
        env=subprocess_env(),
        timeout=120,
    )
    err = done.stderr.decode()
    assert NO_TRACEBACK not in err
    assert done.stdout.split() == [b"1", b"1"], err  # both runs: exit code 1
    failure = f"{PREFIX}{data}:4: out of memory while processing it"
    summary = "launchwatch: 6 records, 1 failed, "  # each of the two runs ends with one
    lines = err.splitlines()
    assert [line for line in lines if not line.startswith(summary)] == [failure, failure]
    assert sum(line.startswith(summary) for line in lines) == 2
    for workers in (1, 2):
        written = records((tmp_path / f"out{workers}.jsonl").read_bytes())
        assert [r["doc_id"] for r in written] == [f"d{i}" for i in range(7) if i != 3]
        (error,) = records((tmp_path / f"errors{workers}.jsonl").read_bytes())
        assert error["line"] == 4


@pytest.mark.slow
def test_a_long_document_under_a_memory_limit(tmp_path: Path) -> None:
    """The issue's reproduction, smaller: one long article among short ones under ``ulimit -v``
    with no --max-chars. Processed in pieces, it fits, so every document gives a record."""
    article = (ROOT / "corpus" / "003_cf161ad5d5c31302.txt").read_text(encoding="utf-8")
    texts = [article] * 5
    texts[2] = (article + "\n\n") * 80  # 255,000 characters: three pieces
    data = jsonl(tmp_path / "big.jsonl", texts)
    command = " ".join(launchwatch("extract", data, "--max-chars", "0"))
    done = subprocess.run(
        ["bash", "-c", f"ulimit -v 1200000; exec {command}"],
        capture_output=True,
        env=subprocess_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    written = records(done.stdout)
    assert [r["doc_id"] for r in written] == [f"d{i}" for i in range(5)]
    check_invariants(written[2], texts[2])


# -- 4. an output that is an input ----------------------------------------------------------------


def test_an_output_that_is_an_input_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [GOOD])
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(data)
    os.link(data, tmp_path / "hard.jsonl")
    before = {p: p.read_bytes() for p in [data, folder / "a.txt"]}
    cases = [
        ([data, "-o", data], "-o"),
        ([data, "-o", tmp_path / "o.jsonl", "--errors", data], "--errors"),
        ([data, "-o", tmp_path / "link.jsonl"], "-o"),
        ([tmp_path / "link.jsonl", "--errors", tmp_path / "hard.jsonl"], "--errors"),
        ([folder, "-o", folder / "a.txt"], "-o"),
    ]
    for args, option in cases:
        result = extract(*args)
        assert result.exit_code == 2, args
        (line,) = stderr_lines(result)
        assert line.startswith(f"{PREFIX}{option} ") and "is also an input" in line, line
        assert not (tmp_path / "o.jsonl").exists()
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "folder",
        "hard.jsonl",
        "in.jsonl",
        "link.jsonl",
    ]


def test_standard_input_redirected_from_the_output_is_refused(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [GOOD])
    before = data.read_bytes()
    with data.open("rb") as stdin:
        done = subprocess.run(
            launchwatch("extract", "-", "--stdin-format", "jsonl", "-o", data),
            stdin=stdin,
            capture_output=True,
            env=subprocess_env(),
            timeout=60,
        )
    assert done.returncode == 2
    assert b"is also an input (standard input)" in done.stderr
    assert data.read_bytes() == before


def test_errors_and_output_hard_linked_are_refused(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "o.jsonl"
    out.write_text("old\n")
    os.link(out, tmp_path / "e.jsonl")
    result = extract(data, "-o", out, "--errors", tmp_path / "e.jsonl")
    assert result.exit_code == 2
    assert out.read_text() == "old\n"


# -- 5, 11, 12. links, loops, pipes, long names, leftovers ---------------------------------------


def test_link_loops_and_broken_links_fail_alone(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ping.txt").symlink_to("pong.txt")
    (folder / "pong.txt").symlink_to("ping.txt")
    (folder / "broken.txt").symlink_to("nowhere.txt")
    (folder / "z.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "arg.jsonl").symlink_to("arg.jsonl")
    result = extract(folder, folder / "loop.txt", tmp_path / "arg.jsonl", tmp_path / "none.txt")
    assert result.exit_code == 1
    assert ids(result) == ["a", "z"]
    loop = "symbolic link loop (Too many levels of symbolic links)"
    assert stderr_lines(result) == [
        f"{PREFIX}{folder / 'broken.txt'}: broken symbolic link",
        f"{PREFIX}{folder / 'loop.txt'}: {loop}",
        f"{PREFIX}{folder / 'ping.txt'}: {loop}",
        f"{PREFIX}{folder / 'pong.txt'}: {loop}",
        f"{PREFIX}{folder / 'loop.txt'}: {loop}",
        f"{PREFIX}{tmp_path / 'arg.jsonl'}: {loop}",
        f"{PREFIX}{tmp_path / 'none.txt'}: no such file or folder",
    ]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_jsonl_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    special = tmp_path / "feed.jsonl"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        special.symlink_to("/dev/zero")
    good = jsonl(tmp_path / "good.jsonl", [GOOD])
    result = extract(special, good)
    assert result.exit_code == 1
    assert ids(result) == ["d0"]
    assert stderr_lines(result) == [
        f"{PREFIX}{special}: not a regular file (a pipe, device or socket?)"
    ]


def test_the_longest_legal_output_name_works(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [GOOD])
    for name in ["o" * 249 + ".jsonl", "南" * 83 + ".jsonl"]:  # 255 bytes each
        assert len(os.fsencode(name)) <= 255
        out = tmp_path / name
        result = extract(data, "-o", out)
        assert result.exit_code == 0, result.output
        assert len(records(out.read_bytes())) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_killed_runs_temporary_file_is_removed_but_not_a_live_one(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [GOOD])
    out = tmp_path / "out.jsonl"
    stale = tmp_path / ".out.jsonl.abcd1234.tmp"
    stale.write_text("half a record")
    live = tmp_path / ".out.jsonl.live5678.tmp"
    live.write_text("being written")
    other = tmp_path / ".other.jsonl.abcd1234.tmp"
    other.write_text("not ours")
    with live.open("rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert extract(data, "-o", out).exit_code == 0
    assert not stale.exists()
    assert live.exists() and other.exists()


def test_killed_with_sigkill_then_run_again(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "in.jsonl", [f"{GOOD} {i}" for i in range(3000)])
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        launchwatch("extract", data, "-o", out), stderr=subprocess.PIPE, env=subprocess_env()
    )
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.kill()
    process.wait()
    assert process.stderr is not None
    process.stderr.close()
    small = jsonl(tmp_path / "small.jsonl", [GOOD])
    assert extract(small, "-o", out).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl", "small.jsonl"]


STARTING = """
import os, signal, sys
sys.argv = ["launchwatch", "extract", "-"]
import pipeline.cli  # the handler is set while it imports typer
os.kill(os.getpid(), signal.SIGINT)
import spacy  # more start-up that Ctrl-C now interrupts quietly
pipeline.cli.main()
"""


def test_sigint_during_start_up_prints_one_line() -> None:
    """Ctrl-C while the command still imports its modules: one line and 130. (A SIGINT in the
    interpreter's own first moments, before any of the program runs, is Python's.)"""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            STARTING.replace('sys.argv[0].replace("-c", "launchwatch") or ', ""),
        ],
        capture_output=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert done.stderr.decode() == "launchwatch: interrupted by SIGINT\n"
    assert done.returncode == 130


# -- 6. giant amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$18446744073709551615", 18446744073709551615),  # what orjson writes itself
        ("$18446744073709551616", 18446744073709551616),
        ("$" + "9" * 30 + " trillion", int("9" * 30) * 10**12),
        ("USD " + "9" * 40 + ".5 billion", int("9" * 40 + "5") * 10**8),
        ("$" + "9" * 5000 + " trillion", (10**5000 - 1) * 10**12),  # past 4,300 digits
    ],
    ids=["2^64-1", "2^64", "30 digits trillion", "decimals and ISO code", "5000 digits"],
)
def test_giant_amounts_are_exact_never_a_lost_article(
    tmp_path: Path, text: str, amount: int
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Acme Corp. raised {text} in Nanjing.", encoding="utf-8")
    result = extract(article)
    assert result.exit_code == 0, result.output
    sys.set_int_max_str_digits(0)  # to read the 5,000-digit amount back
    try:
        (record,) = [json.loads(line) for line in result.stdout.splitlines()]  # exact big ints
    finally:
        sys.set_int_max_str_digits(4300)
    OutputRecord.model_validate(record)
    (money,) = [e for e in record["entities"] if e["label"] == "MONEY"]
    assert money["amount"] == amount


# -- 8. JSONL lines read with a bound -------------------------------------------------------------


def test_an_over_long_jsonl_line_is_one_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs_module, "JSONL_READ_PIECE", 4096)  # many pieces a line
    long_line = orjson.dumps({"id": "long", "text": "x" * 200_000})
    lines = [orjson.dumps({"id": "a", "text": GOOD}), long_line, b"[" * 300_000]
    lines += [orjson.dumps({"id": "b", "text": GOOD})]
    data = tmp_path / "feed.jsonl"
    data.write_bytes(b"\n".join(lines) + b"\n" + b"{" * 300_000)  # and no final newline
    result = extract(data, "--max-chars", "200")
    assert result.exit_code == 1
    assert ids(result) == ["a", "b"]
    limit = f"{12 * 200 + 65536:,}"
    too_long = f"too long: more than {limit} bytes on one line, the limit is 200 characters"
    assert stderr_lines(result) == [
        f"{PREFIX}{data}:{n}: {too_long} (--max-chars)" for n in (2, 3, 5)
    ]
    # without a limit the same long line is read, piece by piece, and processed
    result = extract(data, "--max-chars", "0")
    assert ids(result) == ["a", "long", "b"]


# -- 13. evaluate and --workers -------------------------------------------------------------------


def test_evaluate_refuses_predicted_spans_off_the_text(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    predictions = copy.deepcopy(list(PREDICTIONS.values()))
    predictions[0]["entities"].append(
        {"id": "T9", "label": "ORG", "start": 1_000_000, "end": 1_000_005, "text": "Acme."}
    )
    predictions[1]["events"][0]["trigger"]["text"] = "launch"
    path = write_predictions(root, predictions)
    result = run_evaluate(root, "--predictions", str(path), "--json")
    assert result.exit_code == 1
    errors = stderr_lines(result)
    assert any("a1: ORG 1000000:1000005 ends beyond the text" in line for line in errors)
    assert any("a2: trigger text 'launch' != text at" in line for line in errors)
    report = json.loads(result.stdout)
    assert report["micro"]["strict"]["pred"] == 0  # both scored as predicting nothing


def test_gold_entries_that_are_pipes_or_loops_are_reported(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    annotations = root / "annotations"
    os.mkfifo(annotations / "fifo.json")
    (annotations / "loop.json").symlink_to("loop.json")
    result = run_evaluate(root, "--predictions", str(write_predictions(root)), "--json")
    assert result.exit_code == 1
    errors = stderr_lines(result)
    assert (
        f"{PREFIX}{annotations / 'fifo.json'}: not a regular file (a pipe, device or socket?)"
        in errors
    )
    assert any(str(annotations / "loop.json") in e and "symbolic links" in e for e in errors)
    assert json.loads(result.stdout)["documents"]["scored"] == 2


def test_workers_are_capped_at_the_cpus(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert capped_workers(2) == 2 and capsys.readouterr().err == ""
    assert capped_workers(16) == 2
    assert capsys.readouterr().err == "launchwatch: warning: --workers 16: only 2 CPUs; using 2\n"


# -- long documents in pieces ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Para one.\n\nPara two is here.\n\n" * 400,
        "One line.\nAnother line here.\n" * 400,
        "A sentence. Another one! And a third? " * 400,
        "word " * 4000,
        "x" * 20_000,
        "🚀" * 9_999 + "\n\n" + "y" * 10_001,
    ],
    ids=["paragraphs", "lines", "sentences", "words", "no bound", "emoji"],
)
def test_piece_bounds_cover_the_text_at_the_best_bound(text: str) -> None:
    size = 3000
    bounds = list(piece_bounds(text, size))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(0 < end - start <= size for start, end in bounds)
    if "\n\n" in text[:size]:
        assert all(text[:end].endswith("\n\n") for _, end in bounds[:-1])


def test_a_long_document_gives_the_records_of_its_pieces(nlp: Language) -> None:
    """An article repeated, each copy a piece: every copy gives the article's own record,
    shifted to its offset and renumbered; short articles are never cut."""
    article = (ROOT / "corpus" / "003_cf161ad5d5c31302.txt").read_text(encoding="utf-8")
    article = article.rstrip("\n") + "\n\n"
    item = InputDoc("x", article, "2023-05-23")
    assert record_in_pieces(nlp, item) is None
    (doc,) = make_docs(nlp, [item])
    alone = doc_to_record(nlp(doc), "x")
    copies = 3
    long_item = InputDoc("x", article * copies, "2023-05-23")
    whole = record_in_pieces(nlp, long_item, size=len(article))
    assert whole is not None
    check_invariants({**whole, "source": ""}, long_item.text)
    n = len(alone["entities"])
    assert len(whole["entities"]) == copies * n
    for copy_index in range(copies):
        shift = copy_index * len(article)
        for mine, theirs in zip(
            whole["entities"][copy_index * n :], alone["entities"], strict=False
        ):
            assert (mine["start"] - shift, mine["end"] - shift, mine["text"]) == (
                theirs["start"],
                theirs["end"],
                theirs["text"],
            )
    assert [e["id"] for e in whole["entities"]] == [f"T{i}" for i in range(1, copies * n + 1)]
    assert len(whole["events"]) == copies * len(alone["events"])


def test_a_long_document_through_extract_keeps_offsets(tmp_path: Path, nlp: Language) -> None:
    article = (ROOT / "corpus" / "003_cf161ad5d5c31302.txt").read_text(encoding="utf-8")
    text = "BEIJING, May 23, 2023 (Xinhua) -- " + (article + "\n\n") * 70  # 220,000 characters
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = extract(path)
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    OutputRecord.model_validate(record)
    check_invariants(record, text)
    assert record["reference_date"] == "2023-05-23"
    values = {e["value"] for e in record["entities"] if e["label"] == "DATE"}
    assert None not in values  # the dateline anchors relative dates in every piece


def test_records_plus_failures_equal_inputs_on_every_new_case(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    with open(os.fsencode(folder) + b"/bad\xff.txt", "wb") as stream:
        stream.write(b"$" * 20_000)
    os.mkfifo(tmp_path / "fifo.jsonl")
    data = jsonl(tmp_path / "feed.jsonl", ["(" * 50_000, "🚀" * 20_000, GOOD])
    result = extract(folder, tmp_path / "fifo.jsonl", data, "--errors", tmp_path / "e.jsonl")
    failures = [line for line in stderr_lines(result) if line.startswith(PREFIX)]
    assert NO_TRACEBACK not in result.output
    assert len(records(result.stdout)) + len(failures) == 3 + 1 + 3
    assert len(failures) == 2


def test_a_jsonl_line_that_does_not_fit_in_memory_is_one_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What orjson says when it cannot allocate its buffer (seen under ``ulimit -v``), and a
    MemoryError while reading, are each that line's failure, not "malformed JSON"."""

    def loads(raw: bytes) -> Any:
        if b"HUGE" in raw:
            raise orjson.JSONDecodeError("Not enough memory to allocate buffer for parsing", "", 0)
        return orjson.loads(raw)

    monkeypatch.setattr(
        inputs_module,
        "orjson",
        SimpleNamespace(loads=loads, JSONDecodeError=orjson.JSONDecodeError),
    )
    data = jsonl(tmp_path / "feed.jsonl", [GOOD, "HUGE", GOOD])
    result = extract(data)
    assert ids(result) == ["d0", "d2"]
    assert stderr_lines(result) == [f"{PREFIX}{data}:2: out of memory reading the line"]


def test_processed_docs_are_freed(nlp: Language) -> None:
    """Memory stays flat over a long run: no Doc outlives its record (docview's cache held
    every one of them), in batches, one at a time, and in pieces."""

    def alive() -> int:
        gc.collect()
        return sum(isinstance(o, Doc) for o in gc.get_objects())

    before = alive()
    long_text = (GOOD + "\n\n") * 2000  # 184,000 characters: two pieces
    docs = [InputDoc(f"d{i}", f"{GOOD} {i}") for i in range(20)] + [InputDoc("long", long_text)]
    assert all(isinstance(line, bytes) for line in processing_module.safe_records(nlp, docs))
    assert alive() == before
