"""The validate and evaluate commands through Typer's CliRunner, scoring --predictions files."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluation import evaluate, parse_labels

runner = CliRunner()

TEXTS = {
    "a1": "Nanjing launched the Metaverse Platform on Monday with 5 million yuan.\n",
    "a2": "MIIT set up a working group in 2023. Beijing hosted it.\n",
}


def span(doc: str, needle: str, **extra: Any) -> dict[str, Any]:
    start = TEXTS[doc].index(needle)
    return {"start": start, "end": start + len(needle), "text": needle, **extra}


def ent(doc: str, span_id: str, label: str, needle: str, **extra: Any) -> dict[str, Any]:
    return {"id": span_id, "label": label, **span(doc, needle, **extra)}


def launch(doc: str, event_id: str, trigger: str, modality: str = "asserted", **roles: str) -> dict:
    return {
        "id": event_id,
        "type": "LAUNCH",
        "modality": modality,
        "trigger": span(doc, trigger),
        "arguments": [span(doc, needle, role=role) for role, needle in roles.items()],
    }


GOLD: dict[str, dict[str, Any]] = {
    "a1": {
        "doc_id": "a1",
        "reference_date": "2023-05-24",
        "entities": [
            ent("a1", "T1", "GPE", "Nanjing"),
            ent("a1", "T2", "ORG", "Metaverse Platform"),
            ent("a1", "T3", "DATE", "Monday", value="2023-05-22"),
            ent("a1", "T4", "MONEY", "5 million yuan", amount=5_000_000, currency="CNY"),
        ],
        "events": [
            launch("a1", "E1", "launched", agent="Nanjing", object="Metaverse Platform"),
        ],
    },
    "a2": {
        "doc_id": "a2",
        "reference_date": None,
        "entities": [
            ent("a2", "T1", "ORG", "MIIT"),
            ent("a2", "T2", "DATE", "2023", value="2023"),
            ent("a2", "T3", "GPE", "Beijing"),
        ],
        "events": [launch("a2", "E1", "set up", agent="MIIT", object="working group")],
    },
}

PREDICTIONS: dict[str, dict[str, Any]] = {
    "a1": {
        "doc_id": "a1",
        "reference_date": "2023-05-24",
        "source": "corpus/a1.txt",
        "entities": [
            ent("a1", "T1", "GPE", "Nanjing"),
            ent("a1", "T2", "ORG", "the Metaverse Platform"),  # lenient only
            ent("a1", "T3", "DATE", "Monday", value="2023-05-22"),
            ent("a1", "T4", "MONEY", "5 million yuan", amount=5_000_000.0, currency="USD"),
        ],
        "events": [launch("a1", "E1", "launched", agent="Nanjing", object="Platform")],
    },
    "a2": {
        "doc_id": "a2",
        "reference_date": None,
        "source": "corpus/a2.txt",
        "entities": [
            ent("a2", "T1", "ORG", "MIIT"),
            ent("a2", "T2", "DATE", "2023", value="2024"),
            ent("a2", "T3", "ORG", "Beijing"),  # wrong label
        ],
        "events": [launch("a2", "E1", "set up", "unasserted", object="working group")],
    },
}


def write_corpus(tmp_path: Path, gold: dict[str, dict[str, Any]] | None = None) -> Path:
    """tmp_path/corpus and tmp_path/annotations with the gold above (or ``gold``)."""
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    corpus.mkdir()
    annotations.mkdir()
    for doc_id, text in TEXTS.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    for doc_id, record in (gold or GOLD).items():
        sha = hashlib.sha256(TEXTS[doc_id].encode("utf-8")).hexdigest()
        payload = {**record, "text_sha256": sha}
        (annotations / f"{doc_id}.json").write_text(json.dumps(payload), encoding="utf-8")
    return tmp_path


def write_predictions(tmp_path: Path, records: list[dict[str, Any]] | None = None) -> Path:
    path = tmp_path / "predictions.jsonl"
    lines = [json.dumps(r) for r in (records or list(PREDICTIONS.values()))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_evaluate(tmp_path: Path, *args: str) -> Any:
    return runner.invoke(
        app,
        [
            "evaluate",
            "--corpus",
            str(tmp_path / "corpus"),
            "--annotations",
            str(tmp_path / "annotations"),
            *args,
        ],
    )


# -- validate -----------------------------------------------------------------------------------


def test_validate_ok(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = runner.invoke(
        app, ["validate", str(root / "annotations"), "--corpus", str(root / "corpus")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: 2 gold files")


def test_validate_reports_each_problem_on_one_line(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    (root / "annotations" / "a2.json").write_text('{"doc_id": "a2", ', encoding="utf-8")
    result = runner.invoke(
        app, ["validate", str(root / "annotations"), "--corpus", str(root / "corpus")]
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{root / 'annotations' / 'a2.json'}: malformed JSON")
    assert "Traceback" not in result.output


def test_validate_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "no such folder" in result.stdout


# -- evaluate -----------------------------------------------------------------------------------


def test_evaluate_json_numbers(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(root, "--predictions", str(write_predictions(root)), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)

    entities = report["entities"]
    assert list(entities) == ["ORG", "MONEY", "DATE", "GPE"]
    assert {k: entities["ORG"]["strict"][k] for k in ("tp", "fp", "fn")} == {
        "tp": 1,
        "fp": 2,
        "fn": 1,
    }
    assert {k: entities["ORG"]["lenient"][k] for k in ("tp", "fp", "fn")} == {
        "tp": 2,
        "fp": 1,
        "fn": 0,
    }
    assert entities["GPE"]["strict"]["recall"] == 0.5
    assert entities["DATE"]["strict"]["f1"] == 1.0
    # headline: ORG 1/2/1, MONEY 1/0/0, DATE 2/0/0 strict -> tp 4, fp 2, fn 1
    micro = report["micro"]
    assert micro["labels"] == ["ORG", "MONEY", "DATE"]
    assert (micro["strict"]["tp"], micro["strict"]["fp"], micro["strict"]["fn"]) == (4, 2, 1)
    assert micro["strict"]["precision"] == pytest.approx(4 / 6)
    assert micro["strict"]["recall"] == pytest.approx(4 / 5)
    assert (micro["lenient"]["tp"], micro["lenient"]["fp"], micro["lenient"]["fn"]) == (5, 1, 0)
    assert report["normalisation"]["DATE"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert report["normalisation"]["MONEY"] == {"correct": 0, "total": 1, "accuracy": 0.0}

    events = report["events"]
    # a2's prediction is unasserted: left out, so a2's asserted gold event is missed
    assert (events["trigger"]["tp"], events["trigger"]["fp"], events["trigger"]["fn"]) == (1, 0, 1)
    assert events["arguments"]["agent"]["tp"] == 1
    assert events["arguments"]["object"]["tp"] == 1  # "Platform" overlaps its gold object
    assert events["event"]["f1"] == pytest.approx(2 / 3)
    assert events["modality"] == {"correct": 1, "total": 2, "accuracy": 0.5}

    assert report["documents"] == {"gold_files": 2, "scored": 2, "skipped": 0}
    assert [row["doc_id"] for row in report["per_doc"]] == ["a1", "a2"]
    assert report["per_doc"][1]["micro"]["strict"]["tp"] == 2
    kinds = {(e["doc_id"], e["kind"], e["label"], e["text"]) for e in report["errors"]}
    assert ("a1", "fp", "ORG", "the Metaverse Platform") in kinds
    assert ("a2", "fn", "GPE", "Beijing") in kinds
    assert ("a2", "value", "DATE", "2023") in kinds
    assert ("a2", "fn", "LAUNCH", "set up") in kinds
    assert report["problems"] == [] and report["warnings"] == []


def test_evaluate_labels_restriction(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    preds = str(write_predictions(root))
    result = run_evaluate(root, "--predictions", preds, "--labels", "date,MONEY", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["labels"] == ["MONEY", "DATE"]
    assert list(report["entities"]) == ["MONEY", "DATE"]
    assert report["micro"]["labels"] == ["MONEY", "DATE"]
    assert (report["micro"]["strict"]["tp"], report["micro"]["strict"]["fn"]) == (3, 0)
    assert report["events"] is None
    assert {e["label"] for e in report["errors"]} == {"MONEY", "DATE"}


@pytest.mark.parametrize("labels", ["PERSON", "DATE,FOO", "date;money"])
def test_evaluate_unknown_label_is_a_usage_error(tmp_path: Path, labels: str) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(root, "--predictions", str(write_predictions(root)), "--labels", labels)
    assert result.exit_code == 2
    assert "--labels: unknown label" in result.stderr
    assert result.stdout == ""


def test_evaluate_docs_glob(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(
        root, "--predictions", str(write_predictions(root)), "--docs", "a2*", "--json"
    )
    report = json.loads(result.stdout)
    assert [row["doc_id"] for row in report["per_doc"]] == ["a2"]
    assert report["entities"]["ORG"]["strict"]["gold"] == 1


def test_evaluate_docs_glob_matching_nothing_fails(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(root, "--predictions", str(write_predictions(root)), "--docs", "zz*")
    assert result.exit_code == 1
    assert "no gold files matching 'zz*'" in result.stderr


def test_evaluate_skips_a_bad_gold_file_and_exits_1(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    bad = root / "annotations" / "a1.json"
    record = json.loads(bad.read_text())
    record["entities"][0]["start"] += 1
    bad.write_text(json.dumps(record))
    result = run_evaluate(root, "--predictions", str(write_predictions(root)), "--json")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"launchwatch: error: {bad}: T1: GPE text 'Nanjing' != text at 1:7")
    report = json.loads(result.stdout)
    assert report["documents"] == {"gold_files": 2, "scored": 1, "skipped": 1}
    assert [row["doc_id"] for row in report["per_doc"]] == ["a2"]


def test_evaluate_bad_prediction_line_exits_1(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    preds = write_predictions(root)
    with preds.open("a", encoding="utf-8") as stream:
        stream.write('{"doc_id": "a3", "entities": [\n')
    result = run_evaluate(root, "--predictions", str(preds))
    assert result.exit_code == 1
    assert f"{preds}:3: malformed JSON" in result.stderr


def test_evaluate_missing_prediction_is_a_warning(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    preds = write_predictions(root, [PREDICTIONS["a1"]])
    result = run_evaluate(root, "--predictions", str(preds), "--json")
    assert result.exit_code == 0
    assert "warning" in result.stderr and "no prediction for a2" in result.stderr
    report = json.loads(result.stdout)
    assert report["per_doc"][1]["micro"]["strict"] | {} == {
        "tp": 0,
        "fp": 0,
        "fn": 2,
        "gold": 2,
        "pred": 0,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_evaluate_missing_predictions_file_is_a_usage_error(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(root, "--predictions", str(root / "nope.jsonl"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_evaluate_gold_as_predictions_scores_perfectly(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    gold_lines = [json.loads(p.read_text()) for p in sorted((root / "annotations").iterdir())]
    result = run_evaluate(root, "--predictions", str(write_predictions(root, gold_lines)), "--json")
    report = json.loads(result.stdout)
    assert report["micro"]["strict"]["f1"] == 1.0
    assert report["events"]["event"]["f1"] == 1.0
    assert report["errors"] == []


def test_evaluate_table_per_doc_and_errors(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    preds = str(write_predictions(root))
    result = run_evaluate(root, "--predictions", preds, "--per-doc", "--errors")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in ("Strict P", "Lenient P", "micro (ORG,MONEY,DATE)", "Normalisation", "trigger"):
        assert expected in out
    assert "argument location" in out and "event (trigger + object)" in out
    assert "Per document" in out and "a1" in out and "a2" in out
    assert "a2 37:44 FN GPE 'Beijing'" in out
    assert "⟦Beijing⟧ hosted it.⏎" in out
    plain = run_evaluate(root, "--predictions", preds)
    assert "Per document" not in plain.stdout and "Errors" not in plain.stdout


def test_evaluate_runs_the_pipeline_with_reference_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --predictions the pipeline runs on each gold text with the gold reference date."""
    import pipeline.extraction as extraction

    seen: dict[str, Any] = {}

    def fake_load(path: Any = None) -> str:
        seen["model"] = path
        return "nlp"

    def fake_extract(nlp: Any, items: Any) -> Any:
        for item in items:
            seen[item.doc_id] = (item.reference_date, item.text)
            yield PREDICTIONS[item.doc_id]

    monkeypatch.setattr(extraction, "load_pipeline", fake_load)
    monkeypatch.setattr(extraction, "extract_records", fake_extract)
    root = write_corpus(tmp_path)
    report = evaluate(root / "corpus", root / "annotations", model="m")
    assert seen == {
        "model": "m",
        "a1": (date(2023, 5, 24), TEXTS["a1"]),  # R is parsed where it enters
        "a2": (None, TEXTS["a2"]),
    }
    assert report["micro"]["strict"]["tp"] == 4


def test_evaluate_unloadable_model_is_one_line(tmp_path: Path) -> None:
    root = write_corpus(tmp_path)
    result = run_evaluate(root, "--model", str(tmp_path / "no-model"))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("launchwatch: error: cannot load")


@pytest.mark.parametrize(
    ("spec", "labels"),
    [
        (None, ["ORG", "MONEY", "DATE", "GPE", "LAUNCH"]),
        ("DATE", ["DATE"]),
        ("date, org", ["ORG", "DATE"]),
        ("LAUNCH", ["LAUNCH"]),
        (["GPE", "MONEY"], ["MONEY", "GPE"]),
    ],
)
def test_parse_labels(spec: Any, labels: list[str]) -> None:
    assert parse_labels(spec) == labels
