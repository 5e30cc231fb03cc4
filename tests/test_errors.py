"""Bad input and faults: every case gives one clear line, the right exit code, and costs no
other document. Most cases run in process through Typer's CliRunner with the session's
pipeline; closed pipes, full disks and signals run ``python -m pipeline`` as a subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import Result
from spacy.language import Language
from typer.testing import CliRunner

import pipeline.output as output_module
import pipeline.workers as workers_module
from pipeline.cli import app
from pipeline.extract import run_extract
from pipeline.inputs import InputDoc, InputError, iter_inputs
from pipeline.records import OutputRecord
from tests.test_evaluate_cli import write_corpus, write_predictions
from tests.test_records import check_invariants

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
GOOD = "Acme Robotics Ltd. of Nanjing raised $5m on Monday, May 22, 2023 and launched a platform."
PREFIX = "launchwatch: error: "


pytestmark = pytest.mark.usefixtures("shared_pipeline")  # every in-process run (conftest)


def extract(*args: object, input: str | bytes | None = None) -> Result:
    return runner.invoke(app, ["extract", *map(str, args)], input=input)


def records(output: str | bytes) -> list[dict[str, Any]]:
    text = output.decode() if isinstance(output, bytes) else output
    return [orjson.loads(line) for line in text.splitlines()]


def ids(result: Result) -> list[str]:
    return [r["doc_id"] for r in records(result.stdout)]


SUMMARY = re.compile(r"^launchwatch: \d+ records, \d+ failed, \d+\.\d s$")


def without_summary(lines: list[str]) -> list[str]:
    """Standard error's lines without the summary line that ends a completed run."""
    return lines[:-1] if lines and SUMMARY.match(lines[-1]) else lines


def stderr_lines(result: Result) -> list[str]:
    return without_summary(result.stderr.splitlines())


def around(tmp_path: Path, name: str, data: bytes) -> tuple[Path, Path, Path]:
    """first.txt, the input under test, last.txt: the two good ones must always come out."""
    first, bad, last = tmp_path / "first.txt", tmp_path / name, tmp_path / "last.txt"
    first.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(data)
    last.write_text("Beijing hosted it on Friday.", encoding="utf-8")
    return first, bad, last


def subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def launchwatch(*args: object) -> list[str]:
    return [sys.executable, "-m", "pipeline", *map(str, args)]


def feed(tmp_path: Path, count: int, name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    lines = (orjson.dumps({"id": f"d{i}", "text": f"{GOOD} Item {i}."}) for i in range(count))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


# -- bad article files: one line each, the others processed ------------------------------------


BAD_FILES = [
    ("latin-1", b"Caf\xe9 launched in Nanjing.", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    (
        "binary",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        "binary file, not UTF-8 text (byte 0x89 at offset 0)",
    ),
    ("mostly NUL", b"\x00" * 4000 + b"Nanjing", "binary file (mostly NUL bytes), not text"),
    (
        "UTF-16",
        "Nanjing launched it.".encode("utf-16"),
        "UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8",
    ),
    (
        "cut inside a character",
        "Nanjing launched 中".encode()[:-1],
        "not valid UTF-8: it ends inside a character (offset 17; cut short?)",
    ),
]


@pytest.mark.parametrize(
    ("data", "reason"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_bad_file_is_one_line_and_costs_nothing_else(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    first, bad, last = around(tmp_path, "bad.txt", data)
    result = extract(first, bad, last)
    assert result.exit_code == 1
    assert ids(result) == ["first", "last"]
    assert stderr_lines(result) == [f"{PREFIX}{bad}: {reason}"]


VALID_ODD_TEXTS = {
    "empty": "",
    "whitespace": "  \n\t \r\n   \n",
    "right-to-left": "\u202eNanjing\u202c launched \u05e9\u05dc\u05d5\u05dd the China Metaverse "
    "Platform; مرحبا بالعالم in Beijing on May 22, 2023.",
    "zero-width": "Nan\u200bjing and Bei\u200djing: Acme\u200c Robotics Ltd. raised \ufeff$5m "
    "on May 22, 2023.\u2060",
    "emoji": "🚀🎉 Acme Robotics Ltd. raised $5m in Nanjing on Monday, May 22, 2023. 👩‍👩‍👧",
    "combining marks": "Zu\u0308rich and Nanjing: Acme Robotics Ltd. raised e\u0301\u0301 $5m.",
    "CJK": "南京市 launched 中国元宇宙平台 in Nanjing on May 22, 2023 with 135 billion yuan.",
    "NUL bytes": "Acme Robotics Ltd.\x00 raised $5m\x00 in Nanjing.\x00",
    "HTML": "<html><head><title>Acme</title></head><body><p>Acme Robotics Ltd. raised "
    "<b>$5m</b> in Nanjing on <i>May 22, 2023</i>.</p><script>var city = 'Beijing';"
    "</script>&amp;&nbsp;</body></html>",
    "BOM and CRLF": "\ufeffNanjing, May 22 --\r\nAcme Robotics Ltd. launched a lab.\r\n",
}


@pytest.mark.parametrize("text", VALID_ODD_TEXTS.values(), ids=VALID_ODD_TEXTS.keys())
def test_odd_but_valid_text_gives_a_record_with_raw_offsets(tmp_path: Path, text: str) -> None:
    """Empty articles, unusual Unicode, NUL bytes and HTML are documents: a record whose
    offsets index the raw decoded text (code points, markup included, nothing stripped)."""
    first, odd, last = around(tmp_path, "odd.txt", text.encode("utf-8"))
    result = extract(first, odd, last)
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == []
    out = records(result.stdout)
    assert [r["doc_id"] for r in out] == ["first", "odd", "last"]
    decoded = text.removeprefix("\ufeff")
    OutputRecord.model_validate(out[1])
    check_invariants(out[1], decoded)
    if not decoded.strip():
        assert out[1]["entities"] == [] and out[1]["events"] == []
    for needle in ("Nanjing", "Acme Robotics Ltd."):
        found = [e for e in out[1]["entities"] if e["text"] == needle]
        for entity in found:  # code-point offsets: emoji, CJK and markup all count
            assert entity["start"] == decoded.index(needle)


def test_very_long_single_line(tmp_path: Path) -> None:
    """About 120,000 characters on one line (no line break at all) is still one article."""
    line = " ".join(f"{GOOD.replace('$5m', f'${i}m')}" for i in range(1300))
    first, long_file, last = around(tmp_path, "long.txt", line.encode())
    assert len(line) > 110_000 and "\n" not in line
    result = extract(first, long_file, last)
    assert result.exit_code == 0
    out = records(result.stdout)
    assert [r["doc_id"] for r in out] == ["first", "long", "last"]
    check_invariants(out[1], line)
    assert sum(e["label"] == "MONEY" for e in out[1]["entities"]) == 1300


FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture(scope="module")
def fifty_mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "huge.txt"
    unit = (GOOD + "\n").encode()
    path.write_bytes((unit * (FIFTY_MB // len(unit) + 1))[:FIFTY_MB])
    return path


def test_50_mb_article_fails_alone_without_being_read(tmp_path: Path, fifty_mb: Path) -> None:
    first, _, last = around(tmp_path, "unused.txt", b"")
    started = time.perf_counter()
    result = extract(first, fifty_mb, last)
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert ids(result) == ["first", "last"]
    assert stderr_lines(result) == [
        f"{PREFIX}{fifty_mb}: too long: 52,428,800 bytes, "
        "the limit is 1,000,000 characters (--max-chars)"
    ]


def test_50_mb_article_reads_and_decodes_without_a_limit(fifty_mb: Path) -> None:
    """The reading and decoding path takes 50 MB in well under a few seconds. Running the
    pipeline over it would take minutes (about 150,000 characters a second), so the default
    suite runs the pipeline on the 120,000-character line above; ``make fuzz`` runs it on a
    5 MB article (tests/test_fuzz.py)."""
    started = time.perf_counter()
    (item,) = iter_inputs([str(fifty_mb)], max_chars=0)
    assert isinstance(item, InputDoc) and len(item.text) == FIFTY_MB
    assert time.perf_counter() - started < 5


def test_max_chars_is_exact_for_files_jsonl_and_stdin(tmp_path: Path) -> None:
    exact, over = tmp_path / "exact.txt", tmp_path / "over.txt"
    exact.write_text("é" * 100, encoding="utf-8")  # 200 bytes, 100 characters
    over.write_text("x" * 101, encoding="utf-8")
    data = tmp_path / "in.jsonl"
    data.write_bytes(
        orjson.dumps({"id": "ok", "text": "y" * 100})
        + b"\n"
        + orjson.dumps({"id": "long", "text": "y" * 101})
        + b"\n"
    )
    result = extract(exact, over, data, "--max-chars", 100)
    assert result.exit_code == 1
    assert ids(result) == ["exact", "ok"]
    limit = "the limit is 100 characters (--max-chars)"
    assert stderr_lines(result) == [
        f"{PREFIX}{over}: too long: 101 characters, {limit}",
        f"{PREFIX}{data}:2: too long: 101 characters, {limit}",
    ]
    result = extract("-", "--max-chars", 100, input="z" * 500)
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"{PREFIX}<stdin>: too long: more than 403 bytes, {limit}"]


# -- JSONL ---------------------------------------------------------------------------------------

BAD_LINES = [
    (
        '{"id": "x", "text": "unterminated',
        "malformed JSON (unexpected control character in string at column 34)",
    ),
    ("{oops}", "malformed JSON (unexpected character, expected a string key at column 2)"),
    ('{"id": "x"}', "missing 'text'"),
    ('{"id": "x", "text": 5}', "'text' must be a string, not a number"),
    ('{"id": "x", "text": null}', "'text' must be a string, not null"),
    ('{"id": "x", "text": ["a"]}', "'text' must be a string, not an array"),
    ('{"text": "no id"}', "missing 'id'"),
    ('{"id": "", "text": "t"}', "'id' must be a non-empty string"),
    ('{"id": true, "text": "t"}', "'id' must be a non-empty string"),
    (
        '{"id": "x", "text": "t", "reference_date": "2024-02-30"}',
        "reference_date '2024-02-30' is not a calendar date YYYY-MM-DD",
    ),
    (
        '{"id": "x", "text": "t", "reference_date": "yesterday"}',
        "reference_date 'yesterday' is not a calendar date YYYY-MM-DD",
    ),
    (
        '{"id": "x", "text": "t", "reference_date": 20240101}',
        "reference_date must be a string YYYY-MM-DD or null, not a number",
    ),
    (
        '{"id": "x", "text": "t", "reference_date": "2024-W01-1"}',
        "reference_date '2024-W01-1' is not in the form YYYY-MM-DD",
    ),
    ('["id", "text"]', "a line must be a JSON object, not an array"),
    ('"just a string"', "a line must be a JSON object, not a string"),
    ('{"id": "x", "text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at column 25)"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES, ids=[b[1][:40] for b in BAD_LINES])
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    data = tmp_path / "feed.jsonl"
    raw = line.encode("latin-1") if "\xe9" in line else line.encode()
    data.write_bytes(
        b'{"id": "a", "text": "Nanjing launched it."}\n\n' + raw + b'\n{"id": "b", "text": "ok"}\n'
    )
    result = extract(data)
    assert result.exit_code == 1
    assert ids(result) == ["a", "b"]
    assert stderr_lines(result) == [f"{PREFIX}{data}:3: {reason}"]  # blank line 2 is skipped


def test_jsonl_with_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    data = tmp_path / "feed.jsonl"
    data.write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "Nanjing."}\r\n\r\n   \n{"id": 7, "text": "ok"}\r\n'
    )
    result = extract(data)
    assert result.exit_code == 0, result.stderr
    assert ids(result) == ["a", "7"]
    assert records(result.stdout)[1]["source"] == f"{data}:4"


def test_duplicate_ids_are_both_processed_with_a_warning(tmp_path: Path) -> None:
    data = tmp_path / "feed.jsonl"
    data.write_text(
        '{"id": "x", "text": "First."}\n{"id": "y", "text": "Other."}\n'
        '{"id": "x", "text": "Second."}\n',
        encoding="utf-8",
    )
    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    folder_a.mkdir()
    folder_b.mkdir()
    (folder_a / "x.txt").write_text("Third.", encoding="utf-8")
    (folder_b / "z.txt").write_text("Fourth.", encoding="utf-8")
    (folder_b / "y.txt").write_text("Fifth.", encoding="utf-8")
    result = extract(data, folder_a, folder_b)
    assert result.exit_code == 0
    assert ids(result) == ["x", "y", "x", "x", "y", "z"]
    assert stderr_lines(result) == [
        f"launchwatch: warning: {data}:3: duplicate id 'x' (first at line 1)",
        f"launchwatch: warning: {folder_a / 'x.txt'}: duplicate id 'x' (first at {data}:1)",
        f"launchwatch: warning: {folder_b / 'y.txt'}: duplicate id 'y' (first at {data}:2)",
    ]


# -- paths and standard input ------------------------------------------------------------------


def test_missing_path_empty_folder_and_wrong_kind(tmp_path: Path) -> None:
    first, _, last = around(tmp_path, "unused.md", b"")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("no articles", encoding="utf-8")
    result = extract(first, tmp_path / "nope.txt", empty, tmp_path / "unused.md", last)
    assert result.exit_code == 1
    assert ids(result) == ["first", "last"]
    assert stderr_lines(result) == [
        f"{PREFIX}{tmp_path / 'nope.txt'}: no such file or folder",
        f"{PREFIX}{empty}: folder has no .txt files",
        f"{PREFIX}{tmp_path / 'unused.md'}: not a .txt file, a .jsonl file, a folder or -",
    ]


def test_unreadable_files_in_a_folder(tmp_path: Path) -> None:
    """Tests run as root, for whom chmod 000 changes nothing; a broken link and a named pipe
    are unreadable for root too. Permission denied itself is in the next test."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(folder / "c.txt")
    (folder / "d.txt").mkdir()  # a folder named like an article is not an input
    (folder / "e.txt").write_text("Fine.", encoding="utf-8")
    result = extract(folder)
    assert result.exit_code == 1
    assert ids(result) == ["a", "e"]
    assert stderr_lines(result) == [
        f"{PREFIX}{folder / 'b.txt'}: broken symbolic link",
        f"{PREFIX}{folder / 'c.txt'}: not a regular file (a pipe, device or socket?)",
    ]


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root nothing is unreadable, so the open itself is made to refuse."""
    first, locked, last = around(tmp_path, "locked.txt", b"secret")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name in ("locked.txt", "locked.jsonl"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    locked_feed = tmp_path / "locked.jsonl"
    locked_feed.write_text('{"id": "q", "text": "x"}\n', encoding="utf-8")
    monkeypatch.setattr(Path, "open", refusing_open)
    result = extract(first, locked, locked_feed, last)
    assert result.exit_code == 1
    assert ids(result) == ["first", "last"]
    assert stderr_lines(result) == [
        f"{PREFIX}{locked}: Permission denied",
        f"{PREFIX}{locked_feed}: Permission denied",
    ]


def test_unlistable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, _, last = around(tmp_path, "unused.md", b"")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def refusing_scandir(path: Any) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    result = extract(first, locked, last)
    assert result.exit_code == 1
    assert ids(result) == ["first", "last"]
    assert stderr_lines(result) == [f"{PREFIX}{locked}: cannot list the folder: Permission denied"]


def test_standard_input_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With file descriptor 0 closed, Python starts with ``sys.stdin`` None (checked in a
    bare interpreter); the run then treats '-' as one failed input."""
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdin is None)"],
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.close(0),
        check=True,
    )
    assert probe.stdout.strip() == "True"
    first, _, last = around(tmp_path, "unused.md", b"")
    result = extract(first, "-", last)
    assert result.exit_code == 0  # CliRunner's own stdin: an empty article
    monkeypatch.setattr(sys, "stdin", None)
    out = tmp_path / "out.jsonl"
    assert run_extract([str(first), "-", str(last)], output=out) == 1
    assert [r["doc_id"] for r in records(out.read_text())] == ["first", "last"]


def test_standard_input_cut_short() -> None:
    result = extract(
        "-", "--stdin-format", "jsonl", input='{"id": "a", "text": "Nanjing."}\n{"id": "b", "te'
    )
    assert result.exit_code == 1
    assert ids(result) == ["a"]
    assert stderr_lines(result) == [
        f"{PREFIX}<stdin>:2: malformed JSON (unexpected end of data at column 16); "
        "the last line is incomplete (input cut short?)"
    ]
    result = extract("-", input="Nanjing launched 中".encode()[:-2])
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"{PREFIX}<stdin>: not valid UTF-8: it ends inside a character (offset 17; cut short?)"
    ]


def test_standard_input_twice_is_a_usage_error() -> None:
    result = extract("-", "-", input="x")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"{PREFIX}'-' (standard input) can be given only once"]


# -- output targets ------------------------------------------------------------------------------


def unwritable_cases(tmp_path: Path) -> list[tuple[list[object], str]]:
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    return [
        (
            ["-o", tmp_path / "no" / "out.jsonl"],
            f"-o {tmp_path / 'no' / 'out.jsonl'}: folder {tmp_path / 'no'} does not exist",
        ),
        (["-o", tmp_path], f"-o {tmp_path}: is a folder"),
        (
            ["-o", tmp_path / "plain.txt" / "out.jsonl"],
            f"-o {tmp_path / 'plain.txt' / 'out.jsonl'}"
            f": folder {tmp_path / 'plain.txt'} is not a folder",
        ),
        (
            ["--errors", tmp_path / "no" / "e.jsonl"],
            f"--errors {tmp_path / 'no' / 'e.jsonl'}: folder {tmp_path / 'no'} does not exist",
        ),
    ]


def test_unwritable_output_is_a_usage_error_before_any_input_is_read(tmp_path: Path) -> None:
    for args, message in unwritable_cases(tmp_path):
        result = extract(tmp_path / "nope.txt", *args)
        assert result.exit_code == 2, args
        assert result.stdout == ""
        assert stderr_lines(result) == [PREFIX + message]  # nope.txt was never looked at


def test_errors_file_and_output_must_differ(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = extract(tmp_path / "nope.txt", "-o", out, "--errors", out)
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"{PREFIX}--errors and -o must be different files"]


def test_output_folder_refusing_to_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing_mkstemp(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output_module.tempfile, "mkstemp", refusing_mkstemp)
    out = tmp_path / "out.jsonl"
    result = extract(tmp_path / "nope.txt", "-o", out)
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"{PREFIX}-o {out}: cannot write in {tmp_path}: Permission denied"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_full_disk_as_output_file(tmp_path: Path) -> None:
    """-o /dev/full is written in place (a device is never renamed over, even as root) and
    fails as a full disk does: one line, exit 1, no traceback."""
    first, _, last = around(tmp_path, "unused.md", b"")
    result = extract(first, last, "-o", "/dev/full")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"{PREFIX}-o /dev/full: cannot write: No space left on device"]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_full_disk_on_standard_output(tmp_path: Path) -> None:
    first, _, last = around(tmp_path, "unused.md", b"")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            launchwatch("extract", first, last),
            stdout=full,
            stderr=subprocess.PIPE,
            env=subprocess_env(),
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"{PREFIX}standard output: cannot write: No space left on device"
    ]


def test_closed_standard_output_stops_quietly(tmp_path: Path) -> None:
    """``launchwatch extract … | head -1``: the reader has one whole line, the run stops with
    141 (as if killed by SIGPIPE) and says nothing: no traceback, no "Exception ignored"."""
    data = feed(tmp_path, 400)  # about 250 KB of output, more than a pipe holds
    process = subprocess.Popen(
        launchwatch("extract", data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    first_line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert stderr == b""
    assert orjson.loads(first_line)["doc_id"] == "d0"


def test_closed_standard_output_at_start(tmp_path: Path) -> None:
    first, _, _ = around(tmp_path, "unused.md", b"")
    result = subprocess.run(
        launchwatch("extract", first),
        capture_output=False,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"{PREFIX}standard output is closed (write to a file with -o)"
    ]


def test_output_file_keeps_its_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out" / "result.jsonl"
    out.parent.mkdir()
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    first, bad, last = around(tmp_path, "bad.txt", b"\xff")
    result = extract(first, bad, last, "-o", out)
    assert result.exit_code == 1
    assert [r["doc_id"] for r in records(out.read_text())] == ["first", "last"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in out.parent.iterdir()) == ["result.jsonl"]


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_interrupted_runs_leave_the_old_output_and_whole_lines(tmp_path: Path) -> None:
    """SIGTERM and SIGINT during a long run with -o: the old file stays as it was and no
    temporary file remains; on standard output, every line written is whole. The three runs
    go side by side to keep the suite fast."""
    data = feed(tmp_path, 3000)
    runs = []
    for signum, to_file in [(signal.SIGTERM, True), (signal.SIGINT, True), (signal.SIGTERM, False)]:
        folder = tmp_path / f"{signal.Signals(signum).name}-{'file' if to_file else 'stdout'}"
        folder.mkdir()
        out = folder / "out.jsonl"
        out.write_text("old\n", encoding="utf-8")
        args = ["extract", data, "-o", out] if to_file else ["extract", data]
        with out.open("ab") as stdout:  # for the stdout run, after "old"
            process = subprocess.Popen(
                launchwatch(*args),
                stdout=None if to_file else stdout,
                stderr=subprocess.PIPE,
                env=subprocess_env(),
            )
        runs.append((process, signum, to_file, folder, out))

    def temporary(folder: Path) -> list[Path]:
        return [p for p in folder.iterdir() if p.name.endswith(".tmp")]

    def writing(folder: Path, out: Path, to_file: bool) -> bool:
        if to_file:
            return any(p.stat().st_size > 0 for p in temporary(folder))
        return out.stat().st_size > 20_000

    for process, signum, to_file, folder, out in runs:
        wait_for(lambda: writing(folder, out, to_file))  # noqa: B023 (used at once)
        process.send_signal(signum)
    for process, signum, to_file, folder, out in runs:
        assert process.wait(timeout=60) == 128 + signum
        assert process.stderr is not None
        name = signal.Signals(signum).name
        kept = f"; {out} left as it was" if to_file else ""
        assert process.stderr.read().decode().splitlines() == [
            f"launchwatch: interrupted by {name}{kept}"
        ]
        assert temporary(folder) == []
        if to_file:
            assert out.read_text() == "old\n"
        else:
            written = out.read_bytes().removeprefix(b"old\n")
            assert written.endswith(b"\n")
            lines = records(written)
            assert 0 < len(lines) < 3000
            assert [r["doc_id"] for r in lines] == [f"d{i}" for i in range(len(lines))]


# -- the pipeline itself failing, workers, accounting ------------------------------------------


class Exploding:
    """The session pipeline, except that it raises on any text containing BOOM."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.max_length = nlp.max_length

    def make_doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def __call__(self, doc: Any) -> Any:
        if "BOOM" in doc.text:
            raise RuntimeError("kaboom\nsecond line")
        return self.nlp(doc)

    def pipe(self, docs: Any, batch_size: int = 64) -> Iterator[Any]:
        for doc in docs:
            yield self(doc)


def test_pipeline_exception_costs_one_document(
    tmp_path: Path, nlp: Language, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = tmp_path / "feed.jsonl"
    texts = [f"{GOOD} {i}" for i in range(100)]
    texts[70] = "BOOM in Nanjing."
    data.write_bytes(
        b"".join(orjson.dumps({"id": f"d{i}", "text": t}) + b"\n" for i, t in enumerate(texts))
    )
    errors = tmp_path / "errors.jsonl"
    code = run_extract([str(data)], errors_path=errors, nlp=Exploding(nlp))  # type: ignore[arg-type]
    out, err = capsysbinary.readouterr()
    assert code == 1
    assert without_summary(err.decode().splitlines()) == [
        f"{PREFIX}{data}:71: pipeline failed: RuntimeError: kaboom second line"
    ]
    assert records(errors.read_bytes()) == [
        {
            "input": str(data),
            "line": 71,
            "reason": "pipeline failed: RuntimeError: kaboom second line",
        }
    ]
    assert run_extract([str(data)], nlp=nlp) == 0
    normal, _ = capsysbinary.readouterr()
    expected = [line for line in normal.splitlines() if b'"d70"' not in line]
    assert out.splitlines() == expected  # every other record byte for byte as usual


MIXED_FAILURES = 2 + 9 + 7 + 1
"""In mixed_inputs: files 2 and 7, feed lines cut short (i % 17 == 3) and with a number for
text (i % 23 == 5), and the missing file."""


def mixed_inputs(tmp_path: Path) -> list[str]:
    """A folder and a feed with bad inputs spread through several batches and chunks."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for i in range(12):
        data = b"\xff\xfe bad" if i % 5 == 2 else f"{GOOD} Folder {i}.".encode()
        (folder / f"f{i:02d}.txt").write_bytes(data)
    lines = []
    for i in range(150):
        if i % 17 == 3:
            lines.append(b'{"id": "broken", "te')
        elif i % 23 == 5:
            lines.append(orjson.dumps({"id": f"j{i}", "text": i}))
        else:
            lines.append(orjson.dumps({"id": f"j{i % 140}", "text": f"{GOOD} Feed {i}."}))
    data = tmp_path / "feed.jsonl"
    data.write_bytes(b"\n".join(lines) + b"\n")
    return [str(folder), str(data), str(tmp_path / "missing.txt")]


def test_records_plus_failures_equal_inputs(tmp_path: Path) -> None:
    inputs = mixed_inputs(tmp_path)
    errors = tmp_path / "errors.jsonl"
    result = extract(*inputs, "--errors", errors)
    assert result.exit_code == 1
    failures = [line for line in stderr_lines(result) if line.startswith(PREFIX)]
    assert len(records(result.stdout)) + len(failures) == 12 + 150 + 1  # every input
    assert len(records(errors.read_text())) == len(failures) == MIXED_FAILURES
    retry = {(e["input"], e["line"]) for e in records(errors.read_text())}
    assert (inputs[1], 4) in retry and (str(Path(inputs[0]) / "f02.txt"), None) in retry


def test_workers_give_the_same_bytes_and_the_same_errors(tmp_path: Path) -> None:
    inputs = mixed_inputs(tmp_path)
    one = extract(*inputs, "--errors", tmp_path / "e1.jsonl")
    two = extract(*inputs, "--errors", tmp_path / "e2.jsonl", "--workers", 2)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout_bytes == two.stdout_bytes
    assert len(records(one.stdout)) == 12 + 150 + 1 - MIXED_FAILURES
    assert stderr_lines(one) == stderr_lines(two)
    assert any("warning" in line for line in stderr_lines(one))
    assert (tmp_path / "e1.jsonl").read_bytes() == (tmp_path / "e2.jsonl").read_bytes()


def test_a_worker_that_dies_costs_only_its_document(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-chunk (out of memory, a crash in native code) is replaced and the
    chunks in flight are rerun one document at a time. Workers are forked here so that they
    inherit the crashing stand-in for ``safe_records``."""
    real = workers_module.safe_records

    def crashing(nlp: Language, docs: list[InputDoc], **options: Any) -> list[bytes | InputError]:
        if any("CRASH" in doc.text for doc in docs):
            os._exit(1)
        return real(nlp, docs, **options)

    monkeypatch.setattr(workers_module, "safe_records", crashing)
    monkeypatch.setattr(workers_module, "START_METHOD", "fork")
    data = tmp_path / "feed.jsonl"
    texts = [f"{GOOD} {i}" for i in range(100)]
    texts[40] = "CRASH in Nanjing."
    data.write_bytes(
        b"".join(orjson.dumps({"id": f"d{i}", "text": t}) + b"\n" for i, t in enumerate(texts))
    )
    result = extract(data, "--workers", 2)
    assert result.exit_code == 1
    assert ids(result) == [f"d{i}" for i in range(100) if i != 40]
    assert stderr_lines(result) == [
        f"{PREFIX}{data}:41: the worker process died while processing it (out of memory or a crash)"
    ]


def test_unloadable_model_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real loader
    first, _, _ = around(tmp_path, "unused.md", b"")
    result = extract(first, "--model", tmp_path / "no-model")
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith(f"{PREFIX}--model: cannot load {tmp_path / 'no-model'}: OSError: ")


def test_errors_file_is_empty_when_all_is_well(tmp_path: Path) -> None:
    first, _, last = around(tmp_path, "unused.md", b"")
    errors = tmp_path / "errors.jsonl"
    errors.write_text("stale\n", encoding="utf-8")
    result = extract(first, last, "--errors", errors)
    assert result.exit_code == 0
    assert errors.read_text() == ""


# -- gold files: validate and evaluate -------------------------------------------------------


def corrupt_gold(root: Path) -> dict[str, str]:
    """Break the gold of a1 and add broken files; the expected one-line reason for each."""
    annotations = root / "annotations"
    good = json.loads((annotations / "a1.json").read_text())
    text_sha = good["text_sha256"]
    (annotations / "trunc.json").write_text(json.dumps(good)[:120], encoding="utf-8")
    (annotations / "latin.json").write_bytes(b'{"doc_id": "caf\xe9"}')
    stringly = {**good, "doc_id": "strs"}
    stringly["entities"] = [{**good["entities"][0], "start": "0", "end": 7.0}]
    (annotations / "strs.json").write_text(json.dumps(stringly), encoding="utf-8")
    (root / "corpus" / "strs.txt").write_text("Nanjing", encoding="utf-8")
    bare = {"doc_id": "bare", "reference_date": None, "text_sha256": text_sha}
    (annotations / "bare.json").write_text(json.dumps(bare), encoding="utf-8")
    (root / "corpus" / "bare.txt").write_bytes(b"\x00\x00\x00\x00binary")
    shifted = {**good, "doc_id": "shift"}
    (annotations / "shift.json").write_text(json.dumps(shifted), encoding="utf-8")
    (root / "corpus" / "shift.txt").write_text("Other text entirely.", encoding="utf-8")
    (annotations / "list.json").write_text("[1, 2]", encoding="utf-8")
    return {
        "trunc.json": "malformed JSON",
        "latin.json": "malformed JSON",
        "strs.json": "[entities -> 0 -> GPE -> start] Input should be a valid integer",
        "bare.json": "binary file",
        "shift.json": "text_sha256 does not match",
        "list.json": "must be a JSON object, not list",
    }


def test_validate_meets_broken_gold_with_one_line_each(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    expected = corrupt_gold(root)
    result = runner.invoke(
        app, ["validate", str(root / "annotations"), "--corpus", str(root / "corpus")]
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for name, reason in expected.items():
        assert any(
            line.startswith(str(root / "annotations" / name)) and reason in line
            for line in result.stdout.splitlines()
        ), name
    assert not any("a2.json" in line for line in result.stdout.splitlines())


def test_evaluate_meets_broken_gold_and_predictions_with_one_line_each(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    expected = corrupt_gold(root)
    predictions = write_predictions(root)
    with predictions.open("a", encoding="utf-8") as stream:
        stream.write(
            json.dumps(
                {
                    "doc_id": "a9",
                    "reference_date": None,
                    "source": "",
                    "entities": [
                        {"id": "T1", "label": "GPE", "start": "0", "end": 7, "text": "Nanjing"}
                    ],
                }
            )
            + "\n"
        )
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--corpus",
            str(root / "corpus"),
            "--annotations",
            str(root / "annotations"),
            "--predictions",
            str(predictions),
            "--json",
        ],
    )
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = stderr_lines(result)
    assert all(
        line.startswith(("launchwatch: error: ", "launchwatch: warning: ")) for line in errors
    )
    for name, reason in expected.items():
        assert any(str(root / "annotations" / name) in e and reason in e for e in errors), name
    assert any(f"{predictions}:3: a9: [entities -> 0 -> GPE -> start]" in e for e in errors)
    report = json.loads(result.stdout)
    assert report["documents"]["scored"] == 2  # a1 and a2 still scored


def test_gold_file_without_entity_lists_is_valid(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    text = "Nothing to see."
    (root / "corpus" / "empty.txt").write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    gold = {"doc_id": "empty", "reference_date": None, "text_sha256": sha}
    (root / "annotations" / "empty.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(
        app, ["validate", str(root / "annotations"), "--corpus", str(root / "corpus")]
    )
    assert result.exit_code == 0, result.stdout


def test_a_run_ends_with_one_summary_line(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Acme Corp. said so.", encoding="utf-8")
    bad.write_bytes(b"\xff")
    result = extract(good, bad)
    last = result.stderr.splitlines()[-1]
    assert SUMMARY.match(last) and last.startswith("launchwatch: 1 records, 1 failed, ")
