"""Command-line conventions (issue 13): --version, -h, flags and choices in help, validate on an
extract output file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"launchwatch {__version__}"


def test_short_help_shows_flags_as_flags_and_choices_as_choices() -> None:
    extract = runner.invoke(app, ["extract", "-h"])
    assert extract.exit_code == 0
    assert "--stdin-format <text|jsonl>" in extract.stdout
    assert "dateline wins" in " ".join(extract.stdout.split())
    evaluate = runner.invoke(app, ["evaluate", "-h"]).stdout
    assert "--json " in evaluate and "<bool>" not in evaluate


@pytest.mark.usefixtures("shared_pipeline")
def test_validate_checks_an_extract_output_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("BEIJING, May 3, 2024 (Xinhua) -- Huawei launched a fund in Shenzhen.\n")
    output = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(article), "-o", str(output)]).exit_code == 0
    good = runner.invoke(app, ["validate", str(output)])
    assert good.exit_code == 0 and "1 records" in good.stdout
    output.write_text(output.read_text().replace('"start":0', '"start":1', 1))
    bad = runner.invoke(app, ["validate", str(output)])
    assert bad.exit_code == 1 and "text" in bad.stdout
