"""``evaluate --html``: gold beside predictions, every error marked, figures as a chart.

Each span's status comes from the errors that ``evaluate`` lists, never from a second
matching: a span named by an error is a false negative (gold) or false positive (predicted),
a boundary error when the error's note names a lenient counterpart, a value error for a DATE
or MONEY whose normalisation differs; any other span of a scored label is a true positive.
So the page and ``evaluate --errors`` cannot disagree, and the page lists each error once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.review.displacy_views import render_entities
from pipeline.review.page import article_sections, esc, page, table
from pipeline.review.show_page import events_markup, title_line
from pipeline.scoring import ENTITY_LABELS, EVENT_LABEL, ROLES

STATUS_COLOURS = {
    "tp": "#a6e3a1",
    "fp": "#ff9e9e",
    "fn": "#ffcf70",
    "boundary": "#c9a7ff",
    "value": "#8ec5ff",
    "unscored": "#e2e2e2",
}
STATUS_NAMES = {
    "tp": "true positive",
    "fp": "false positive",
    "fn": "false negative",
    "boundary": "boundary error",
    "value": "value error",
    "unscored": "not scored",
}
Key = tuple[str, int, int]


def _overlaps(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def entity_statuses(
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    errors: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold and predicted entities of one article, each with its ``status``."""
    sides: dict[str, dict[Key, str]] = {"fn": {}, "fp": {}, "value": {}}
    for error in errors:
        if error["label"] in ENTITY_LABELS:
            key = (error["label"], error["start"], error["end"])
            status = error["kind"]
            if status in ("fn", "fp") and error["note"]:
                status = "boundary"
            sides["value" if error["kind"] == "value" else error["kind"]][key] = status

    def mark(entities: Sequence[Mapping[str, Any]], side: str) -> list[dict[str, Any]]:
        marked = []
        for entity in entities:
            key = (entity["label"], entity["start"], entity["end"])
            status = "unscored" if entity["label"] not in labels else sides[side].get(key, "tp")
            marked.append({**entity, "status": status})
        return marked

    gold_marked, pred_marked = mark(gold, "fn"), mark(pred, "fp")
    for label, start, end in sides["value"]:
        wrong = {"label": label, "start": start, "end": end}
        for entity in (*gold_marked, *pred_marked):
            if entity["status"] == "tp" and entity["label"] == label and _overlaps(entity, wrong):
                entity["status"] = "value"
    return gold_marked, pred_marked


def event_statuses(
    events: Sequence[Mapping[str, Any]],
    errors: Sequence[Mapping[str, Any]],
    kind: str,
    scored: bool,
) -> tuple[list[dict[str, Any]], dict[str, dict[Key, str]]]:
    """One side's events with a ``status`` each, and each event's span statuses."""
    missed = {e["id"] for e in errors if e["kind"] == kind and e["label"] == EVENT_LABEL}
    wrong_args = {
        (e["id"], e["label"].split("/", 1)[1], e["start"], e["end"])
        for e in errors
        if e["kind"] == kind and e["label"].startswith(f"{EVENT_LABEL}/")
    }
    marked: list[dict[str, Any]] = []
    spans: dict[str, dict[Key, str]] = {}
    for event in events:
        event_id = event.get("id", "")
        if not scored or event.get("modality") != "asserted":
            status = "unscored"
        else:
            status = kind if event_id in missed else "tp"
        marked.append({**event, "status": status})
        trigger = event["trigger"]
        statuses = {("LAUNCH", trigger["start"], trigger["end"]): status}
        for arg in event.get("arguments", []):
            wrong = (event_id, arg["role"], arg["start"], arg["end"]) in wrong_args
            arg_status = "unscored" if status == "unscored" else kind if wrong else status
            statuses[(arg["role"], arg["start"], arg["end"])] = arg_status
        spans[event_id] = statuses
    return marked, spans


def _errors_table(errors: Sequence[Mapping[str, Any]]) -> str:
    if not errors:
        return '<p class="meta">No errors.</p>'
    rows = "".join(
        f'<tr class="error" data-kind="{esc(e["kind"])}"><td><span style="background: '
        f'{STATUS_COLOURS.get(e["kind"], "#eee")}">{esc(e["kind"].upper())}</span></td>'
        f"<td>{esc(e['label'])}</td><td>{e['start']}:{e['end']}</td><td>{esc(e['text'])}</td>"
        f'<td>{esc(e["note"] or "")}</td><td class="meta">…{esc(e["context"])}…</td></tr>'
        for e in errors
    )
    head = "".join(f"<th>{h}</th>" for h in ("Kind", "Label", "Span", "Text", "Note", "Context"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _article_body(
    text: str,
    gold: Mapping[str, Any],
    pred: Mapping[str, Any] | None,
    errors: Sequence[Mapping[str, Any]],
    labels: Sequence[str],
) -> str:
    pred = pred or {"entities": [], "events": []}
    gold_ents, pred_ents = entity_statuses(
        gold.get("entities", []), pred.get("entities", []), errors, labels
    )
    scored = EVENT_LABEL in labels
    gold_events, gold_spans = event_statuses(gold.get("events", []), errors, "fn", scored)
    pred_events, pred_spans = event_statuses(pred.get("events", []), errors, "fp", scored)
    colours = STATUS_COLOURS
    return (
        '<div class="side"><div><h3>Gold</h3>'
        f"{render_entities(text, gold_ents, colours)}</div>"
        f"<div><h3>Predicted</h3>{render_entities(text, pred_ents, colours)}</div></div>"
        '<div class="side"><div><h3>Gold events</h3>'
        f"{events_markup(text, gold_events, gold_spans, colours)}</div>"
        "<div><h3>Predicted events</h3>"
        f"{events_markup(text, pred_events, pred_spans, colours)}</div></div>"
        f"<h3>Errors ({len(errors)})</h3>{_errors_table(errors)}"
    )


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def figure_rows(result: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any], Any]]:
    """(name, strict counts, lenient counts or None) for each label and event figure."""
    rows: list[tuple[str, Mapping[str, Any], Any]] = [
        (label, scores["strict"], scores["lenient"]) for label, scores in result["entities"].items()
    ]
    micro = result["micro"]
    if micro["labels"]:
        rows.append((f"micro ({','.join(micro['labels'])})", micro["strict"], micro["lenient"]))
    events = result["events"]
    if events is not None:
        rows.append(("LAUNCH trigger", events["trigger"], None))
        rows += [(f"argument {role}", events["arguments"][role], None) for role in ROLES]
        rows.append(("event (trigger + object)", events["event"], None))
    return rows


def _figures_table(rows: Sequence[tuple[str, Mapping[str, Any], Any]]) -> str:
    heads = ["Figure", "Gold", "Pred", "P", "R", "F1", "Lenient P", "R", "F1"]
    body = []
    for name, strict, lenient in rows:
        cells = [
            strict["gold"],
            strict["pred"],
            *(_pct(strict[k]) for k in ("precision", "recall", "f1")),
        ]
        cells += [_pct(lenient[k]) if lenient else "" for k in ("precision", "recall", "f1")]
        body.append(
            f"<tr><td>{esc(name)}</td>"
            + "".join(f'<td class="n">{c}</td>' for c in cells)
            + "</tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in heads)
    return (
        f'<table id="figures"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def figures_chart(rows: Sequence[tuple[str, Mapping[str, Any], Any]]) -> str:
    """Strict (dark) and lenient (light) F1 per figure as horizontal bars, in inline SVG."""
    bar, gap, label_width, width = 9, 8, 190, 220
    height = len(rows) * (2 * bar + gap) + 30
    parts = [
        f'<svg id="chart" width="{label_width + width + 50}" height="{height}" role="img" '
        f'aria-label="F1 per label" style="font: 12px sans-serif">'
    ]
    for i, (name, strict, lenient) in enumerate(rows):
        y = 10 + i * (2 * bar + gap)
        parts.append(f'<text x="0" y="{y + bar + 3}">{esc(name)}</text>')
        for j, (counts, colour) in enumerate(((strict, "#3b6ea5"), (lenient, "#9cc3e6"))):
            if not counts:
                continue
            f1 = counts["f1"] or 0.0
            parts.append(
                f'<rect class="bar" x="{label_width}" y="{y + j * bar}" width="{f1 * width:.1f}" '
                f'height="{bar - 1}" fill="{colour}"><title>{esc(name)} '
                f"{'strict' if j == 0 else 'lenient'} F1 {_pct(counts['f1'])}</title></rect>"
            )
        parts.append(
            f'<text x="{label_width + (strict["f1"] or 0) * width + 4:.1f}" y="{y + bar - 1}">'
            f"{_pct(strict['f1'])}</text>"
        )
    axis_y = height - 12
    parts.append(
        f'<text x="{label_width}" y="{axis_y + 10}">0</text><text x="{label_width + width - 20}" '
        f'y="{axis_y + 10}">100</text><text x="{label_width + 60}" y="{axis_y + 10}">'
        "F1: strict (dark), lenient (light)</text></svg>"
    )
    return "".join(parts)


def _legend() -> str:
    return (
        '<p class="legend">'
        + "".join(
            f'<span style="background: {colour}">{STATUS_NAMES[status]}</span>'
            for status, colour in STATUS_COLOURS.items()
        )
        + "</p>"
    )


def evaluation_page(
    result: Mapping[str, Any],
    scored: Sequence[tuple[str, str, Mapping[str, Any], Mapping[str, Any] | None]],
    title: str = "launchwatch evaluation",
) -> str:
    """The page for ``evaluate``'s result and each scored article as
    (doc_id, text, gold record, predicted record or None)."""
    labels = result["labels"]
    errors_by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for error in result["errors"]:
        errors_by_doc.setdefault(error["doc_id"], []).append(error)
    per_doc = {row["doc_id"]: row for row in result["per_doc"]}
    index_rows = []
    for i, (doc_id, text, _, _) in enumerate(scored):
        kinds = Counter(e["kind"] for e in errors_by_doc.get(doc_id, []))
        strict = per_doc[doc_id]["micro"]["strict"]
        cells = [strict["gold"], strict["pred"], _pct(strict["f1"])]
        cells += [kinds[k] for k in ("fp", "fn", "value")]
        index_rows.append(
            f'<tr><td><a href="#doc-{i}">{esc(doc_id)}</a></td><td>{esc(title_line(text))}</td>'
            + "".join(f'<td class="n">{c}</td>' for c in cells)
            + "</tr>"
        )
    index = table(
        "index",
        ["Article", "Title", "Gold", "Pred", "Strict F1", "FP", "FN", "Value"],
        index_rows,
        numeric=[False, False, True, True, True, True, True, True],
    )
    sections = article_sections(
        (
            doc_id,
            f"<h2>{esc(doc_id)}</h2>",
            _article_body(text, gold, pred, errors_by_doc.get(doc_id, []), labels),
        )
        for doc_id, text, gold, pred in scored
    )
    rows = figure_rows(result)
    docs = result["documents"]
    source = result["predictions"] or result["model"] or "default model"
    body = (
        f"<h1>{esc(title)}</h1><p>{docs['scored']} documents scored"
        f"{', ' + str(docs['skipped']) + ' skipped' if docs['skipped'] else ''} · "
        f"{esc(source)} · {len(result['errors'])} errors · labels {esc(','.join(labels))}</p>"
        f'<div class="figures">{_figures_table(rows)}{figures_chart(rows)}</div>'
        f"{_legend()}"
        '<h2>Articles</h2><p class="meta">Click an article to see gold beside predictions. '
        '<button data-action="open-all">open all</button> '
        f'<button data-action="close-all">close all</button></p>{index}{sections}'
    )
    return page(title, body)
