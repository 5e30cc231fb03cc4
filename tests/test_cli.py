"""The command line through typer's runner, and once as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("shared_pipeline")  # the in-process runs (conftest)

ARTICLE = "Tallinn, Estonia -- Kestrel Optics GmbH opened a lab on Monday with EUR 3m."


def lines(output: str) -> list[dict]:
    return [orjson.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_folder_gives_one_record_per_txt_in_name_order(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder), "--reference-date", "2024-03-06"])
    assert result.exit_code == 0, result.output
    records = lines(result.stdout)
    assert [r["doc_id"] for r in records] == ["a", "b"]
    assert records[1]["reference_date"] == "2024-03-06"
    assert records[1]["source"].endswith("b.txt")
    assert {e["label"] for e in records[1]["entities"]} >= {"ORG", "GPE", "MONEY"}


def test_jsonl_input_keeps_ids_dates_and_order(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(
        '{"id": "x1", "text": "Acme Robotics Ltd. raised $5m.", "reference_date": "2024-01-02"}\n'
        '{"id": "x2", "text": "Quiet day."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(data), "--reference-date", "2023-12-31"])
    assert result.exit_code == 0
    records = lines(result.stdout)
    assert [(r["doc_id"], r["reference_date"]) for r in records] == [
        ("x1", "2024-01-02"),
        ("x2", "2023-12-31"),
    ]
    assert records[0]["source"] == f"{data}:1"


def test_bad_jsonl_line_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "ok", "text": "Fine."}\n{"id": "bad", "text": 5}\n{oops\n')
    result = runner.invoke(app, ["extract", str(data)])
    assert result.exit_code == 1
    assert [r["doc_id"] for r in lines(result.stdout)] == ["ok"]
    *errors, summary = result.stderr.strip().splitlines()
    assert summary.startswith("launchwatch: 1 records, 2 failed, ")
    assert errors == [
        f"launchwatch: error: {data}:2: 'text' must be a string, not int",
        f"launchwatch: error: {data}:3: malformed JSON (unexpected character)",
    ] or (len(errors) == 2 and all(f"{data}:" in e for e in errors))


def test_missing_input_fails_alone(folder: Path) -> None:
    result = runner.invoke(app, ["extract", str(folder / "nope.txt"), str(folder / "b.txt")])
    assert result.exit_code == 1
    assert [r["doc_id"] for r in lines(result.stdout)] == ["b"]
    assert "nope.txt: no such file or folder" in result.stderr


def test_output_file_is_written_whole(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0
    assert len(lines(out.read_text())) == 2
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "x.txt", "--reference-date", "2024-02-30"],
        ["extract", "x.txt", "--reference-date", "yesterday"],
        ["extract", "x.txt", "--stdin-format", "xml"],
        ["extract"],
        ["extract", "x.txt", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_standard_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert lines(result.stdout)[0]["doc_id"] == "stdin"


def test_schema_prints_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = orjson.loads(result.stdout)
    assert schema["title"] == "OutputRecord" and "source" in schema["required"]


def test_help_does_not_import_spacy() -> None:
    code = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "sys.argv = ['launchwatch', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("NO-SPACY")


def test_python_dash_m_pipeline(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(article)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (record,) = lines(result.stdout)
    assert record["doc_id"] == "one"
