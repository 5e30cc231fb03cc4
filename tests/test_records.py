"""Every record the corpus produces satisfies the contract's schema and span invariants."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extraction import InputDoc, extract_records
from pipeline.records import GoldRecord, OutputRecord

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))


def check_invariants(record: dict, text: str) -> None:
    previous_end = 0
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["start"] >= previous_end, "entities sorted and not overlapping"
        previous_end = entity["end"]
    for event in record["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]
        for argument in event["arguments"]:
            assert text[argument["start"] : argument["end"]] == argument["text"]


@pytest.fixture(scope="module")
def corpus_records(nlp) -> list[tuple[dict, str]]:
    items = [InputDoc(p.stem, p.read_text(encoding="utf-8-sig"), None, str(p)) for p in CORPUS]
    return list(zip(extract_records(nlp, items), (i.text for i in items), strict=True))


def test_corpus_records_validate(corpus_records) -> None:
    assert len(corpus_records) == len(CORPUS) >= 5
    for record, text in corpus_records:
        OutputRecord.model_validate(record)
        check_invariants(record, text)


def test_gold_files_validate() -> None:
    for path in sorted((ROOT / "annotations").glob("*.json")):
        GoldRecord.model_validate_json(path.read_bytes())


def test_dateline_supplies_the_reference_date(record) -> None:
    result = record("Published 2024-01-19\n\nThe agency said on Monday that it would expand.")
    assert result["reference_date"] == "2024-01-19"
