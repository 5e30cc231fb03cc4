"""The LAUNCH event gold of the real development sets (``bench/events/``): one valid gold
record per benchmark document, its entities exactly the benchmark's own, so that the event
figures of ``bench/accuracy.py`` count every document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation import load_gold

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SETS = ("gum_news", "conll03_dev", "te3_tbaq")


@pytest.mark.parametrize("name", SETS)
def test_every_document_has_valid_event_gold(name: str) -> None:
    source = BENCHMARKS / name
    if not source.is_dir():
        pytest.skip(f"{source} is not here")
    gold = ROOT / "bench" / "events" / name
    docs, problems, considered = load_gold(gold, source / "corpus")
    assert problems == []
    assert {doc.doc_id for doc in docs} == {p.stem for p in (source / "corpus").glob("*.txt")}
    assert considered == len(docs)
    for doc in docs:
        theirs = json.loads((source / "annotations" / f"{doc.doc_id}.json").read_text("utf-8"))
        assert doc.record["entities"] == theirs["entities"]
        assert all(event["type"] == "LAUNCH" for event in doc.record["events"])
