"""Records read back keep integers of any size exact (``pipeline.json_lines``)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from review_helpers import blobs
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.json_lines import loads_exact

runner = CliRunner()
HUGE = 4 * 10**23


def test_an_integer_beyond_64_bits_stays_exact() -> None:
    line = b'{"doc_id": "a", "entities": [{"amount": %d}]}' % HUGE
    assert orjson.loads(line)["entities"][0]["amount"] != HUGE  # the float orjson gives
    assert loads_exact(line)["entities"][0]["amount"] == HUGE
    assert loads_exact(line.decode()) == loads_exact(line)


@pytest.mark.parametrize(
    "line",
    [b'{"amount": 12}', b'{"id": "12345678901234567890", "x": [1.5, null]}', b"[]"],
)
def test_other_lines_read_as_orjson_reads_them(line: bytes) -> None:
    assert loads_exact(line) == orjson.loads(line)


@pytest.mark.parametrize(
    "line",
    [b'{"amount": 123456789012345678901', b'{"a": NaN, "b": 123456789012345678901}', b"\xff1" * 20],
)
def test_malformed_lines_raise_orjsons_error_either_way(line: bytes) -> None:
    with pytest.raises(orjson.JSONDecodeError):
        loads_exact(line)


@pytest.mark.usefixtures("shared_pipeline")
def test_the_review_page_shows_a_huge_amount_exactly(tmp_path: Path) -> None:
    article = tmp_path / "budget.txt"
    article.write_text(f"The agency set aside ${HUGE} for the plan.", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(records)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "review.html"
    result = runner.invoke(app, ["show", "--records", str(records), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert f"{HUGE:,}" in blobs(page.read_text(encoding="utf-8"))[0]
