"""The evaluate command's work: score predictions against the gold files and report.

``evaluate`` returns a plain dict (the CLI prints it as a table or as JSON; tests and other code
read it directly). Gold is loaded through the validator's own checks: a gold file with any
problem is reported in ``problems`` and left out, never scored half-right. Predictions come
from running the pipeline over the corpus texts that have gold, or from a JSONL file of records.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError

from pipeline.json_lines import loads_exact
from pipeline.records import OutputRecord
from pipeline.scoring import (
    ALL_LABELS,
    EVENT_LABEL,
    ROLES,
    Scores,
    misplaced_spans,
    score_document,
)
from pipeline.validation import (
    GoldDoc,
    Problem,
    check_gold_file,
    fill_defaults,
    gold_files,
    unreadable_gold,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


class EvaluationError(Exception):
    """Nothing could be scored (the pipeline would not load); the message is one line."""


def parse_labels(spec: str | Iterable[str] | None) -> list[str]:
    """Labels from "DATE,MONEY" or a list, in the contract's order; ValueError on unknown ones.

    ``None`` or an empty spec means every label. LAUNCH selects event scoring.
    """
    if spec is None:
        return list(ALL_LABELS)
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    wanted = {part.strip().upper() for part in parts if part.strip()}
    unknown = sorted(wanted - set(ALL_LABELS))
    if unknown:
        raise ValueError(
            f"unknown label(s) {', '.join(unknown)}; choose from {', '.join(ALL_LABELS)}"
        )
    return [label for label in ALL_LABELS if label in wanted] or list(ALL_LABELS)


def read_predictions(path: Path) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Records of a JSONL file keyed by doc_id, and a problem per unusable line.

    A line must be a record of the contract (``source`` and ``text_sha256`` are optional, so
    extract output and gold files both work). The first record of a doc_id wins.
    """
    records: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    try:
        stream = path.open("rb")
    except OSError as err:
        return {}, [Problem(str(path), None, f"cannot read: {err.strerror or err}")]
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                obj = loads_exact(raw)
            except orjson.JSONDecodeError as err:
                problems.append(Problem(where, None, f"malformed JSON ({err})"))
                continue
            if not isinstance(obj, dict):
                problems.append(Problem(where, None, "a line must be a JSON object"))
                continue
            candidate = {k: v for k, v in obj.items() if k != "text_sha256"}
            candidate.setdefault("source", "")
            try:
                OutputRecord.model_validate(candidate, strict=True)
            except ValidationError as err:
                doc_id = obj.get("doc_id") if isinstance(obj.get("doc_id"), str) else None
                for item in err.errors():
                    loc = " -> ".join(str(part) for part in item["loc"]) or "record"
                    problems.append(Problem(where, doc_id, f"[{loc}] {item['msg']}"))
                continue
            doc_id = obj["doc_id"]
            if doc_id in records:
                problems.append(Problem(where, doc_id, "duplicate doc_id (the first one is used)"))
                continue
            records[doc_id] = fill_defaults(obj)
    return records, problems


def load_gold(
    annotations_dir: Path, corpus_dir: Path, docs_glob: str | None = None
) -> tuple[list[GoldDoc], list[Problem], int]:
    """The usable gold documents whose doc_id matches ``docs_glob`` (a shell pattern), every
    problem, and how many gold files were considered. Finding none is a problem: a wrong
    folder or pattern must not pass for a perfect score."""
    if not annotations_dir.is_dir():
        return [], [Problem(str(annotations_dir), None, "no such folder")], 0
    if not corpus_dir.is_dir():
        return [], [Problem(str(corpus_dir), None, "no such folder")], 0
    paths = [
        path
        for path in gold_files(annotations_dir)
        if docs_glob is None or fnmatchcase(path.stem, docs_glob)
    ]
    if not paths:
        matching = f" matching {docs_glob!r}" if docs_glob else ""
        return [], [Problem(str(annotations_dir), None, f"no gold files{matching}")], 0
    docs: list[GoldDoc] = []
    problems = unreadable_gold(annotations_dir, docs_glob)
    for path in paths:
        doc, found = check_gold_file(path, corpus_dir)
        problems += found
        if doc is not None:
            docs.append(doc)
    return docs, problems, len(paths)


def _check_predictions(
    docs: Sequence[GoldDoc], predicted: dict[str, dict[str, Any]], source: str
) -> list[Problem]:
    """A problem for each predicted span that is not where it says in its article's text; such
    a record is scored as predicting nothing, never with spans off the text."""
    problems: list[Problem] = []
    for doc in docs:
        record = predicted.get(doc.doc_id)
        if record is None:
            continue
        found = misplaced_spans(record, doc.text)
        for span_id, reason in found:
            problems.append(
                Problem(source, span_id, f"{doc.doc_id}: {reason} (scored as no prediction)")
            )
        if found:
            del predicted[doc.doc_id]
    return problems


def run_pipeline(docs: Sequence[GoldDoc], model: str | Path | None) -> dict[str, dict[str, Any]]:
    """Run the pipeline on each gold document's text with its reference date, keyed by doc_id."""
    from pipeline.extraction import InputDoc, extract_records, load_pipeline

    try:
        nlp = load_pipeline(model)
    except Exception as err:  # any load failure is one line for the user, not a traceback
        where = model if model is not None else "the default model"
        message = " ".join(str(err).split())
        raise EvaluationError(f"cannot load {where}: {type(err).__name__}: {message}") from err
    items = [
        InputDoc(doc.doc_id, doc.text, doc.record.get("reference_date"), str(doc.text_path))
        for doc in docs
    ]
    return {record["doc_id"]: record for record in extract_records(nlp, items)}


def _problem_dict(problem: Problem) -> dict[str, Any]:
    return {"file": problem.file, "id": problem.id, "reason": problem.reason, "line": str(problem)}


def evaluate(
    corpus_dir: str | Path,
    annotations_dir: str | Path,
    predictions: str | Path | None = None,
    labels: str | Iterable[str] | None = None,
    docs_glob: str | None = None,
    model: str | Path | None = None,
    collect: list[tuple[GoldDoc, dict[str, Any] | None]] | None = None,
) -> dict[str, Any]:
    """Score the pipeline (or a predictions JSONL file) against the gold files.

    ``collect``, when a list, receives each scored gold document with its predicted record
    (None when there is none): the HTML report draws them, and the pipeline runs only once.

    Returns::

        {
          "corpus", "annotations", "predictions", "model": the inputs (str or None),
          "labels": ["ORG", ...],                  # the labels scored (LAUNCH = events)
          "documents": {"gold_files": int, "scored": int, "skipped": int},
          "entities": {label: {"strict": C, "lenient": C}},
          "micro": {"labels": [...], "strict": C, "lenient": C},   # the headline
          "normalisation": {"DATE": R, "MONEY": R},                 # requested ones only
          "events": None | {"trigger": C, "arguments": {role: C}, "event": C, "modality": R},
          "tracking": None | {"links": {"within": C, "across": C, "all": C},   # with LAUNCH
                              "b3": {"precision", "recall", "f1", "mentions"},
                              "errors": [{"kind": "joined"|"split", "doc_id", "event_id",
                                          "trigger", "object", "note"}, ...]},
          "per_doc": [{"doc_id", "entities", "micro", "normalisation", "events"}, ...],
          "errors": [{"doc_id", "kind": "fp"|"fn"|"value", "label", "id", "start", "end",
                      "text", "context", "note"}, ...],
          "problems": [{"file", "id", "reason", "line"}, ...],   # unusable gold or predictions
          "warnings": [...],                                     # same shape, e.g. no prediction
        }

    where C is ``{"tp", "fp", "fn", "gold", "pred", "precision", "recall", "f1"}`` and R is
    ``{"correct", "total", "accuracy"}`` (ratios are None when undefined). Raises ValueError
    for unknown labels and EvaluationError when the pipeline cannot be loaded.
    """
    chosen = parse_labels(labels)
    corpus_dir, annotations_dir = Path(corpus_dir), Path(annotations_dir)
    docs, problems, n_files = load_gold(annotations_dir, corpus_dir, docs_glob)
    warnings: list[Problem] = []
    if predictions is not None:
        predicted, prediction_problems = read_predictions(Path(predictions))
        problems += prediction_problems
        problems += _check_predictions(docs, predicted, str(predictions))
        for doc in docs:
            if doc.doc_id not in predicted:
                reason = f"no prediction for {doc.doc_id} (scored as predicting nothing)"
                warnings.append(Problem(str(predictions), None, reason))
    else:
        predicted = run_pipeline(docs, model) if docs else {}

    total = Scores()
    per_doc: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for doc in docs:
        scores, doc_errors = score_document(
            doc.record, predicted.get(doc.doc_id), labels=chosen, text=doc.text
        )
        total = total + scores
        per_doc.append({"doc_id": doc.doc_id, **scores.summary(chosen)})
        errors += doc_errors
        if collect is not None:
            collect.append((doc, predicted.get(doc.doc_id)))

    tracking: dict[str, Any] | None = None
    if EVENT_LABEL in chosen and docs:
        from pipeline.tracking.gold import LAUNCHES_FILE
        from pipeline.tracking.scoring import evaluate_tracking

        tracking, launch_problems = evaluate_tracking(
            {doc.doc_id: doc.record for doc in docs}, predicted, annotations_dir / LAUNCHES_FILE
        )
        warnings += [Problem(*problem) for problem in launch_problems]

    return {
        "corpus": str(corpus_dir),
        "annotations": str(annotations_dir),
        "predictions": None if predictions is None else str(predictions),
        "model": None if model is None or predictions is not None else str(model),
        "labels": chosen,
        "documents": {"gold_files": n_files, "scored": len(docs), "skipped": n_files - len(docs)},
        **total.summary(chosen),
        "tracking": tracking,
        "per_doc": per_doc,
        "errors": errors,
        "problems": [_problem_dict(p) for p in problems],
        "warnings": [_problem_dict(p) for p in warnings],
    }


# -- the report ---------------------------------------------------------------------------------


def _pct(value: float | None, sign: str = "") -> str:
    return "–" if value is None else f"{100 * value:.1f}{sign}"


def _prf_cells(counts: dict[str, Any]) -> list[str]:
    return [_pct(counts["precision"]), _pct(counts["recall"]), _pct(counts["f1"])]


def print_report(
    result: dict[str, Any],
    *,
    per_doc: bool = False,
    errors: bool = False,
    console: Console | None = None,
) -> None:
    """Print ``evaluate``'s result as rich tables (scores in percent; – where undefined)."""
    from rich.console import Console

    if console is None:
        console = Console(highlight=False)
        if not console.is_terminal:  # logs and pipes: room for the table, COLUMNS or not
            columns = os.environ.get("COLUMNS", "")
            width = int(columns) if columns.isdigit() else 120
            console = Console(highlight=False, width=max(width, 120))
    _print_entities(result, console)
    if result["events"] is not None:
        _print_events(result["events"], console)
    tracking = result.get("tracking")
    if tracking is not None:
        _print_tracking(tracking, console)
    if per_doc and result["per_doc"]:
        _print_per_doc(result, console)
    if errors:
        _print_errors(result, console)


def _table(title: str, first: str, names: tuple[str, ...]) -> Table:
    """A rich table whose first column is left-aligned and the figures right-aligned."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column(first, justify="left", no_wrap=True)
    for name in names:
        table.add_column(name, justify="right", no_wrap=True)
    return table


_ENTITY_COLUMNS = ("Gold", "Pred", "Strict P", "R", "F1", "Lenient P", "R", "F1")


def _print_entities(result: dict[str, Any], console: Console) -> None:
    docs = result["documents"]
    title = (
        f"{docs['scored']} documents scored"
        + (f", {docs['skipped']} skipped" if docs["skipped"] else "")
        + f" · {result['predictions'] or result['model'] or 'default model'}"
    )
    table = _table(title, "Label", _ENTITY_COLUMNS)
    for label, scores in result["entities"].items():
        strict, lenient = scores["strict"], scores["lenient"]
        table.add_row(
            label, str(strict["gold"]), str(strict["pred"]), *_prf_cells(strict),
            *_prf_cells(lenient),
        )  # fmt: skip
    micro = result["micro"]
    if micro["labels"]:
        table.add_section()
        table.add_row(
            f"micro ({','.join(micro['labels'])})",
            str(micro["strict"]["gold"]),
            str(micro["strict"]["pred"]),
            *_prf_cells(micro["strict"]),
            *_prf_cells(micro["lenient"]),
            style="bold",
        )
    console.print(table)
    norm = result["normalisation"]
    if norm:
        parts = [
            f"{label} {_pct(r['accuracy'], '%')} ({r['correct']}/{r['total']})"
            for label, r in norm.items()
        ]
        console.print("Normalisation accuracy over matched pairs: " + "; ".join(parts))


def _print_events(events: dict[str, Any], console: Console) -> None:
    table = _table("LAUNCH events (asserted)", "Figure", ("Gold", "Pred", "P", "R", "F1"))
    rows = [("trigger", events["trigger"])]
    rows += [(f"argument {role}", events["arguments"][role]) for role in ROLES]
    rows += [("event (trigger + object)", events["event"])]
    for name, counts in rows:
        table.add_row(name, str(counts["gold"]), str(counts["pred"]), *_prf_cells(counts))
    console.print(table)
    modality = events["modality"]
    console.print(
        f"Modality accuracy over matched events: {_pct(modality['accuracy'], '%')} "
        f"({modality['correct']}/{modality['total']})"
    )


def _print_per_doc(result: dict[str, Any], console: Console) -> None:
    title = "Per document (micro over " + ",".join(result["micro"]["labels"]) + ")"
    show_events = EVENT_LABEL in result["labels"]
    table = _table(title, "Document", _ENTITY_COLUMNS + (("Event F1",) if show_events else ()))
    for row in result["per_doc"]:
        strict, lenient = row["micro"]["strict"], row["micro"]["lenient"]
        cells = [row["doc_id"], str(strict["gold"]), str(strict["pred"])]
        cells += _prf_cells(strict) + _prf_cells(lenient)
        if show_events:
            cells.append(_pct(row["events"]["event"]["f1"]))
        table.add_row(*cells)
    console.print(table)


def _print_errors(result: dict[str, Any], console: Console) -> None:
    console.print(f"Errors ({len(result['errors'])}):", style="bold")
    for error in result["errors"]:
        note = f"  [{error['note']}]" if error["note"] else ""
        line = (
            f"{error['doc_id']} {error['start']}:{error['end']} {error['kind'].upper()} "
            f"{error['label']} {error['text']!r}{note}  …{error['context']}…"
        )
        console.print(line, markup=False, soft_wrap=True)
    tracking = result.get("tracking")
    if tracking is not None:
        console.print(f"Launch errors ({len(tracking['errors'])}):", style="bold")
        for error in tracking["errors"]:
            line = (
                f"{error['doc_id']} {error['event_id']} {error['kind'].upper()} "
                f"{error['trigger']!r} {error['object']!r}  [{error['note']}]"
            )
            console.print(line, markup=False, soft_wrap=True)


def _print_tracking(tracking: dict[str, Any], console: Console) -> None:
    """The launches-across-articles table: link P/R/F1 by scope, then B³."""
    from rich.table import Table

    table = Table(title="Launches across articles", title_justify="left")
    for name in ("Figure", "Gold", "Pred", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "Figure" else "right", no_wrap=True)
    for scope in ("within", "across", "all"):
        counts = tracking["links"][scope]
        name = f"links {scope} articles" if scope != "all" else "links (all)"
        table.add_row(name, str(counts["gold"]), str(counts["pred"]), *_prf_cells(counts))
    b3 = tracking["b3"]
    table.add_row("B³ (gold mentions)", str(b3["mentions"]), "", *_prf_cells(b3))
    console.print(table)
