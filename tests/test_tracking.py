"""The launch tracker on invented records: grouping evidence, the launch line, the command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.tracking import track_records
from pipeline.tracking.evidence import (
    Relation,
    agent_relation,
    date_interval,
    date_relation,
    name_relation,
)

Arg = tuple[str, str, str | None]
"""(role, text, canonical ORG name or DATE value)."""


def record(doc_id: str, reference_date: str | None, *events: dict[str, Any]) -> dict[str, Any]:
    """A record whose events' arguments sit on made-up, non-overlapping offsets."""
    entities: list[dict[str, Any]] = []
    out_events: list[dict[str, Any]] = []
    cursor = 0
    for number, event in enumerate(events, start=1):
        trigger = event.get("trigger", "launched")
        args = []
        for role, text, extra in event.get("args", []):
            start, end = cursor, cursor + len(text)
            cursor = end + 1
            args.append({"role": role, "start": start, "end": end, "text": text})
            label = event.get("labels", {}).get(role)
            if role == "date":
                label = "DATE"
            if label:
                entity: dict[str, Any] = {
                    "id": f"T{len(entities) + 1}",
                    "label": label,
                    "start": start,
                    "end": end,
                    "text": text,
                }
                if label == "ORG":
                    entity["canonical"] = extra or text
                if label == "DATE":
                    entity["value"] = extra
                entities.append(entity)
        start = cursor
        cursor += len(trigger) + 1
        out_events.append(
            {
                "id": f"E{number}",
                "type": "LAUNCH",
                "modality": event.get("modality", "asserted"),
                "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
                "arguments": args,
            }
        )
    return {
        "doc_id": doc_id,
        "reference_date": reference_date,
        "entities": entities,
        "events": out_events,
    }


def launch(
    obj: str,
    agent: str | None = None,
    date: str | None = None,
    *,
    agent_label: str = "ORG",
    trigger: str = "launched",
    modality: str = "asserted",
    canonical: str | None = None,
) -> dict[str, Any]:
    args: list[Arg] = [("object", obj, canonical)]
    labels: dict[str, str] = {}
    if canonical:
        labels["object"] = "ORG"
    if agent:
        args.append(("agent", agent, None))
        labels["agent"] = agent_label
    if date:
        args.append(("date", date, date))
    return {"args": args, "labels": labels, "trigger": trigger, "modality": modality}


def groups(records: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [f"{m['doc_id']}/{m['event_id']}" for m in line["mentions"]]
        for line in track_records(records)
    ]


# -- evidence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Quellbrook Tidal Energy Fund", "Quellbrook Tidal Energy Fund", Relation.SAME),
        ("Quellbrook Tidal Energy Fund", "Quellbrook Fund", Relation.SAME),
        ("QTEF", "Quellbrook Tidal Energy Fund", Relation.SAME),
        ("Quellbrook Tidal Energy Fund", "Marrow Valley Rail Fund", Relation.CONFLICT),
        ("Quellbrook Ocean Energy Fund", "Quellbrook Tidal Energy Fund", Relation.SIMILAR),
        ("tidal energy fund", "Quellbrook Tidal Energy Fund", Relation.WEAK),
        ("fund", "Quellbrook Tidal Energy Fund", Relation.GENERIC),
        ("$40 million tidal fund", "$40 million fund for tidal start-ups", Relation.SIMILAR),
        ("$40 million tidal fund", "$75 million tidal fund", Relation.CONFLICT),
        ("tidal fund", "rail programme", Relation.UNKNOWN),
        # a name of digits and capitals alone shares no letter word: no crash, a conflict
        ("5G", "Tarnish 5G", Relation.CONFLICT),
    ],
)
def test_name_relation(a: str, b: str, expected: Relation) -> None:
    assert name_relation(a, b) == expected
    assert name_relation(b, a) == expected


def test_same_canonical_org_names_are_the_same_object() -> None:
    assert name_relation("Corvane", "Corvane Labs", "Corvane Labs Ltd", "Corvane Labs Ltd") == (
        Relation.SAME
    )


@pytest.mark.parametrize(
    ("a", "b", "labels", "expected"),
    [
        ("Pellmore", "Pellmore City", ("GPE", "GPE"), Relation.SAME),
        (
            "Ostrava Institute",
            "School of Optics of Ostrava Institute",
            ("ORG", "ORG"),
            Relation.SAME,
        ),
        ("Brindle Holdings Ltd", "Brindle Holdings", ("ORG", "ORG"), Relation.SAME),
        ("BMA", "Brindle Mining Agency", ("ORG", "ORG"), Relation.SAME),
        ("Brindle Holdings", "Pellmore", ("ORG", "GPE"), Relation.WEAK),
        ("Pellmore", "Garrow", ("GPE", "GPE"), Relation.WEAK),
        ("Brindle Holdings", "Quarry Partners", ("ORG", "ORG"), Relation.CONFLICT),
        (None, "Quarry Partners", (None, "ORG"), Relation.UNKNOWN),
    ],
)
def test_agent_relation(
    a: str | None, b: str, labels: tuple[str | None, str], expected: Relation
) -> None:
    assert agent_relation(a, b, None, None, *labels) == expected


def test_dates_agree_at_their_granularity() -> None:
    assert date_relation("2031-04-07", "2031-04") == Relation.SAME
    assert date_relation("2031-04-07", "2031-Q2") == Relation.SAME
    assert date_relation("2031-04-07", "2031-04-09") == Relation.SAME  # a few days' slack
    assert date_relation("2031-04", "2032-04") == Relation.CONFLICT
    assert date_relation("2031", None) == Relation.UNKNOWN
    assert date_interval("203") is not None and date_interval("2031-W02") is not None


# -- grouping -----------------------------------------------------------------------------------


def test_short_form_across_articles_and_bare_reference_within_one() -> None:
    records = [
        record(
            "a",
            "2031-04-08",
            launch("Quellbrook Tidal Energy Fund", "Brindle Holdings", "2031-04-07"),
            launch("fund", trigger="launch"),
        ),
        record("b", "2031-04-09", launch("Quellbrook Fund", "Brindle Holdings Ltd")),
    ]
    assert groups(records) == [["a/E1", "a/E2", "b/E1"]]


def test_headline_description_joins_the_name_of_its_own_article() -> None:
    records = [
        record(
            "a",
            "2031-04-08",
            launch("Tidal Power Platform", "Pellmore", trigger="Launches", agent_label="GPE"),
            launch("Garrow Tidal Innovation Platform", "Pellmore", agent_label="GPE"),
        )
    ]
    assert groups(records) == [["a/E1", "a/E2"]]


def test_description_across_articles_needs_an_agreeing_agent() -> None:
    records = [
        record("a", "2031-04-08", launch("tidal strategy", "Pellmore", agent_label="GPE")),
        record("b", "2031-04-10", launch("tidal strategy", "Pellmore", agent_label="GPE")),
        record("c", "2031-04-10", launch("tidal strategy", "Garrow", agent_label="GPE")),
    ]
    assert groups(records) == [["a/E1", "b/E1"], ["c/E1"]]


def test_conflicting_evidence_stays_apart() -> None:
    records = [
        record("a", "2031-04-08", launch("Quellbrook Fund", "Brindle Holdings", "2031-04-07")),
        # another organisation's copy
        record("b", "2031-04-08", launch("Quellbrook Fund", "Quarry Partners")),
        # the same name a year later: a relaunch
        record("c", "2032-04-08", launch("Quellbrook Fund", "Brindle Holdings", "2032-04-07")),
        # a different name with the same agent and date
        record("d", "2031-04-08", launch("Marrow Rail Fund", "Brindle Holdings", "2031-04-07")),
    ]
    assert groups(records) == [["a/E1"], ["b/E1"], ["c/E1"], ["d/E1"]]


def test_plan_and_act_are_one_launch() -> None:
    records = [
        record(
            "a",
            "2031-01-10",
            launch(
                "Quellbrook Fund",
                "Brindle Holdings",
                "2031-04",
                trigger="launch",
                modality="unasserted",
            ),
        ),
        record("b", "2031-04-08", launch("Quellbrook Fund", "Brindle Holdings", "2031-04-07")),
    ]
    (line,) = track_records(records)
    assert [m["doc_id"] for m in line["mentions"]] == ["a", "b"]
    assert line["modality"] == "asserted"
    assert line["date"] == "2031-04-07"
    assert line["first_reported"] == "2031-01-10"


def test_an_article_cannot_report_as_done_a_launch_after_it() -> None:
    records = [
        record("a", "2031-04-08", launch("tidal fund", "Brindle Holdings", "2031-04-07")),
        record("b", "2030-02-01", launch("tidal fund", "Brindle Holdings")),
    ]
    assert groups(records) == [["a/E1"], ["b/E1"]]


def test_launch_line_fields() -> None:
    records = [
        record(
            "a", "2031-04-08", launch("Quellbrook Tidal Energy Fund", "Brindle Holdings", "2031-04")
        ),
        record("b", "2031-04-09", launch("Quellbrook Fund", "Brindle Holdings", "2031-04-07")),
    ]
    (line,) = track_records(records)
    assert line["launch_id"] == "L1"
    assert line["object"] == "Quellbrook Tidal Energy Fund"
    assert line["names"] == ["Quellbrook Tidal Energy Fund", "Quellbrook Fund"]
    assert line["agent"] == "Brindle Holdings"
    assert line["date"] == "2031-04-07"
    assert line["mentions"][0] == {
        "doc_id": "a",
        "event_id": "E1",
        "modality": "asserted",
        "trigger": "launched",
        "object": "Quellbrook Tidal Energy Fund",
    }


# -- the command --------------------------------------------------------------------------------


def test_track_records_command(tmp_path: Path) -> None:
    records = [
        record("a", "2031-04-08", launch("Quellbrook Fund", "Brindle Holdings")),
        record(
            "b",
            "2031-04-09",
            launch("QF", "Brindle Holdings"),
            launch("Marrow Rail Fund", "Brindle Holdings"),
        ),
    ]
    source = tmp_path / "records.jsonl"
    source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records) + b"not json\n")
    out = tmp_path / "launches.jsonl"
    result = CliRunner().invoke(app, ["track", "--records", str(source), "-o", str(out)])
    assert result.exit_code == 1  # the bad line is reported, the rest tracked
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [len(line["mentions"]) for line in lines] == [2, 1]
    assert [line["launch_id"] for line in lines] == ["L1", "L2"]


@pytest.mark.usefixtures("shared_pipeline")
def test_track_articles_command(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Brindle Holdings launched the Quellbrook Fund on May 3.\n")
    (tmp_path / "two.txt").write_text("Brindle Holdings launched the Quellbrook Fund.\n")
    result = CliRunner().invoke(app, ["track", str(tmp_path), "--reference-date", "2031-05-04"])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1
    assert [m["doc_id"] for m in lines[0]["mentions"]] == ["one", "two"]


# -- the gold launches file ---------------------------------------------------------------------


def test_gold_launches_file_checks(tmp_path: Path) -> None:
    from pipeline.tracking.gold import read_launches

    path = tmp_path / "launches.jsonl"
    lines = [
        {
            "launch_id": "a",
            "mentions": [{"doc_id": "d1", "event_id": "E1"}, {"doc_id": "d2", "event_id": "E1"}],
        },
        {
            "launch_id": "b",
            "mentions": [{"doc_id": "d1", "event_id": "E1"}, {"doc_id": "d2", "event_id": "E9"}],
        },
        {
            "launch_id": "a",
            "mentions": [{"doc_id": "d1", "event_id": "E2"}, {"doc_id": "d2", "event_id": "E2"}],
        },
        {"launch_id": "c", "mentions": [{"doc_id": "d1", "event_id": "E2"}]},
    ]
    path.write_bytes(b"\n".join(orjson.dumps(line) for line in lines) + b"\nnot json\n")
    launches, problems = read_launches(path, {"d1": {"E1", "E2"}, "d2": {"E1", "E2"}})
    assert launches == {"a": [("d1", "E1"), ("d2", "E1")], "b": []}
    reasons = [reason for _, _, reason in problems]
    assert reasons[0] == "d1 E1 is already in launch a"
    assert reasons[1] == "no gold event d2 E9"
    assert reasons[2] == "duplicate launch_id"
    assert reasons[3].startswith("mentions must list two or more")
    assert reasons[4].startswith("malformed JSON")


def test_the_repository_launches_file_is_valid() -> None:
    from pipeline.validation import check_launches_file

    assert check_launches_file(Path(__file__).parent.parent / "annotations") == []


# -- scoring ------------------------------------------------------------------------------------


def _event(event_id: str, start: int) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": "LAUNCH",
        "modality": "asserted",
        "trigger": {"start": start, "end": start + 5, "text": "xxxxx"},
        "arguments": [],
    }


def test_link_and_b3_scores() -> None:
    from pipeline.tracking.scoring import score_tracking

    gold = {
        "a": {"doc_id": "a", "events": [_event("E1", 0), _event("E2", 10)]},
        "b": {"doc_id": "b", "events": [_event("E1", 0), _event("E2", 10)]},
    }
    gold_launches = {"g1": [("a", "E1"), ("a", "E2"), ("b", "E1")]}
    # predicted event ids differ from gold ones; alignment goes by trigger overlap
    predicted = {
        "a": {"doc_id": "a", "events": [_event("E7", 1), _event("E8", 11)]},
        "b": {"doc_id": "b", "events": [_event("E9", 1), _event("E5", 11)]},
    }
    launches = [
        {
            "launch_id": "L1",
            "mentions": [
                {"doc_id": "a", "event_id": "E7"},
                {"doc_id": "b", "event_id": "E9"},
                {"doc_id": "b", "event_id": "E5"},
            ],
        },
        {"launch_id": "L2", "mentions": [{"doc_id": "a", "event_id": "E8"}]},
    ]
    result = score_tracking(gold, gold_launches, predicted, launches)
    within, across = result["links"]["within"], result["links"]["across"]
    assert (within["tp"], within["fp"], within["fn"]) == (0, 1, 1)  # b pair wrong; a pair missed
    assert (across["tp"], across["fp"], across["fn"]) == (1, 1, 1)
    # B³: a/E1 P 2/3 R 2/3; a/E2 P 1 R 1/3; b/E1 P 2/3 R 2/3; b/E2 P 1/3 R 1
    b3 = result["b3"]
    assert b3["precision"] == pytest.approx((2 / 3 + 1 + 2 / 3 + 1 / 3) / 4)
    assert b3["recall"] == pytest.approx((2 / 3 + 1 / 3 + 2 / 3 + 1) / 4)
    kinds = {(e["kind"], e["doc_id"], e["event_id"]) for e in result["errors"]}
    assert kinds == {("joined", "b", "E2"), ("split", "a", "E2")}


@pytest.mark.usefixtures("shared_pipeline")
def test_evaluate_reports_tracking() -> None:
    from pipeline.evaluation import evaluate

    root = Path(__file__).parent.parent
    result = evaluate(
        root / "corpus",
        root / "annotations",
        labels="LAUNCH",
        docs_glob="00[12]*",
        predictions=None,
    )
    tracking = result["tracking"]
    assert tracking is not None
    assert tracking["links"]["across"]["gold"] > 0
    assert tracking["b3"]["mentions"] == 5 + 8  # every gold event of the two articles


# -- rules added on the tracking development set ------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("$150m solar fund", "$150 million solar fund", Relation.SIMILAR),  # one amount
        ("start-up accelerator", "startup accelerator", Relation.SIMILAR),  # one compound
        ("Tidewater", "Tidewater Climate Fund", Relation.SIMILAR),  # a one-word short name
        ("$400m Tidewater vehicle", "Tidewater Climate Fund", Relation.WEAK),  # a name inside
    ],
)
def test_name_relation_variants(a: str, b: str, expected: Relation) -> None:
    assert name_relation(a, b) == expected


def test_a_separate_thing_is_not_the_reported_one() -> None:
    records = [
        record(
            "a",
            "2031-04-08",
            launch("tidal fund", "Brindle Holdings", "2031-04-07"),
            launch("separate tidal fund", "Brindle Holdings", modality="unasserted"),
        )
    ]
    assert groups(records) == [["a/E1"], ["a/E2"]]


def test_bare_mention_joins_another_articles_launch_by_agent_and_day() -> None:
    records = [
        record("a", "2031-04-08", launch("Quellbrook Accelerator", "Brindle Bank", "2031-04-07")),
        record("b", "2031-04-10", launch("accelerator", "Brindle Bank", "2031-04-07")),
        record("c", "2031-04-10", launch("accelerator", "Brindle Bank", "2031-03-02")),
    ]
    assert groups(records) == [["a/E1", "b/E1"], ["c/E1"]]


def test_description_with_a_synonym_head_needs_agent_or_date() -> None:
    records = [
        record(
            "a",
            "2031-04-08",
            launch("Offshore Wind Working Group", "Ministry of Tides", "2031-04-07"),
        ),
        record("b", "2031-04-09", launch("offshore wind panel", "Ministry of Tides", "2031-04-07")),
        record("c", "2031-04-09", launch("offshore wind panel", "Ministry of Sand")),
    ]
    assert groups(records) == [["a/E1", "b/E1"], ["c/E1"]]


def test_validate_reports_a_broken_launches_file(tmp_path: Path) -> None:
    from pipeline.validation import validate_gold

    root = Path(__file__).parent.parent
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    name = "track_01_kestrel_tidewater_wire"
    (annotations / f"{name}.json").write_bytes((root / "annotations" / f"{name}.json").read_bytes())
    line = {
        "launch_id": "x",
        "mentions": [{"doc_id": name, "event_id": "E1"}, {"doc_id": name, "event_id": "E99"}],
    }
    (annotations / "launches.jsonl").write_bytes(orjson.dumps(line) + b"\n")
    problems = validate_gold(annotations, root / "corpus")
    assert [problem.reason for problem in problems] == [f"no gold event {name} E99"]


def test_track_usage_errors() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["track", "x.txt", "--reference-date", "2031-13-01"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["track", "-", "-"])
    assert result.exit_code == 2


def test_a_general_noun_refers_back_to_the_launch_its_article_names() -> None:
    from pipeline.tracking.tracker import track_records

    record = {
        "doc_id": "a1",
        "reference_date": "2026-03-02",
        "entities": [],
        "events": [
            {"id": "E1", "type": "LAUNCH", "modality": "asserted",
             "trigger": {"start": 10, "end": 18, "text": "launched"},
             "arguments": [{"role": "object", "start": 20, "end": 44,
                            "text": "Tidewater Research Forum"}]},
            {"id": "E2", "type": "LAUNCH", "modality": "asserted",
             "trigger": {"start": 60, "end": 71, "text": "established"},
             "arguments": [{"role": "object", "start": 72, "end": 94,
                            "text": "state-backed organization"}]},
        ],
    }  # fmt: skip
    launches = list(track_records([record]))
    assert len(launches) == 1 and len(launches[0]["mentions"]) == 2
