"""The Python API: records from texts, typed events, DocBin round trips, the fallback date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import DocBin

from pipeline.api import Launchwatch
from pipeline.extraction import doc_to_record
from pipeline.launch_table import event_rows, format_table
from pipeline.launches.model import LaunchEvent
from pipeline.records import OutputRecord

TEXT = (
    "BEIJING, May 3, 2024 (Xinhua) -- Huawei launched a 1 billion yuan fund in Shenzhen "
    "on Monday."
)


@pytest.fixture(scope="module")
def lw() -> Launchwatch:
    return Launchwatch()


def test_extract_gives_a_validated_record(lw: Launchwatch) -> None:
    record = lw.extract(TEXT, doc_id="a1")
    assert isinstance(record, OutputRecord)
    assert record.doc_id == "a1" and record.reference_date == "2024-05-03"
    money = next(e for e in record.entities if e.label == "MONEY")
    assert (money.amount, money.currency) == (1_000_000_000, "CNY")
    (event,) = record.events
    assert event.trigger.text == "launched"
    assert {a.role: a.text for a in event.arguments}["agent"] == "Huawei"


def test_pipe_streams_in_order_with_ids_and_dates(lw: Launchwatch) -> None:
    items = [("x", "Acme opened a lab on Monday.", "2024-01-03"), "Nothing here.", ("y", "Hi.")]
    records = list(lw.pipe(iter(items)))
    assert [r.doc_id for r in records] == ["x", "doc2", "y"]
    date = next(e for e in records[0].entities if e.label == "DATE")
    assert date.value == "2024-01-01"


def test_events_are_typed_and_survive_a_docbin_round_trip(lw: Launchwatch) -> None:
    (doc,) = lw.docs([("a1", TEXT)])
    assert all(isinstance(event, LaunchEvent) for event in doc._.events)
    before = doc_to_record(doc, "a1")
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (again,) = DocBin().from_bytes(stored.to_bytes()).get_docs(lw.nlp.vocab)
    assert all(isinstance(event, LaunchEvent) for event in again._.events)
    assert again._.ref_date == dt.date(2024, 5, 3)
    assert doc_to_record(again, "a1") == before


def test_the_dateline_wins_over_the_fallback_date(lw: Launchwatch) -> None:
    from pipeline.extraction import InputDoc

    fallback = dt.date(2020, 1, 1)
    dated = InputDoc("d", TEXT, fallback_reference_date=fallback)
    undated = InputDoc("u", "Huawei launched a fund on Monday.", fallback_reference_date=fallback)
    own = InputDoc("o", TEXT, dt.date(2019, 6, 1), fallback_reference_date=fallback)
    records = list(lw.pipe([dated, undated, own]))
    assert [r.reference_date for r in records] == ["2024-05-03", "2020-01-01", "2019-06-01"]


def test_launch_table_has_a_row_per_event(lw: Launchwatch) -> None:
    record = lw.extract(TEXT).model_dump()
    rows = list(event_rows([record]))
    assert rows == [
        {
            "article": "doc1",
            "agent": "Huawei",
            "trigger": "launched",
            "object": "1 billion yuan fund",
            "date": "Monday",
            "location": "Shenzhen",
        }
    ]
    assert format_table(rows).splitlines()[0].split() == list(rows[0])
