"""``launchwatch show``: records as one page: an index, every article drawn, an events table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.review.articles import Article
from pipeline.review.displacy_views import render_entities, render_event
from pipeline.review.page import article_sections, esc, page, table
from pipeline.scoring import ENTITY_LABELS, ROLES

TITLE_CHARS = 90


def title_line(text: str) -> str:
    """The article's first non-blank line, cut to fit an index row."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


def label_counts(record: Mapping[str, Any]) -> Counter[str]:
    """Entities per label, and LAUNCH for the events."""
    counts = Counter(entity["label"] for entity in record.get("entities", []))
    counts["LAUNCH"] = len(record.get("events", []))
    return counts


def events_markup(
    text: str,
    events: Sequence[Mapping[str, Any]],
    statuses: Mapping[str, Mapping[tuple[str, int, int], str]] | None = None,
    colours: Mapping[str, str] | None = None,
) -> str:
    """Each event drawn in displaCy's span style under a line naming it and its modality (and
    its ``status`` key, when the evaluation page gave it one). ``statuses`` maps an event id
    to its spans' statuses (see ``render_event``)."""
    parts = []
    for event in events:
        status = event.get("status", "")
        parts.append(
            f'<div class="event" data-event="{esc(event.get("id"))}" '
            f'data-modality="{esc(event.get("modality"))}" data-status="{esc(status)}">'
            f'<div class="event-head">{esc(event.get("id"))} · '
            f"{esc(event.get('modality'))}{' · ' + esc(status) if status else ''}</div>"
            f"{render_event(text, event, (statuses or {}).get(event.get('id', '')), colours)}"
            "</div>"
        )
    return "".join(parts) or '<p class="meta">No events.</p>'


def _article_body(article: Article) -> str:
    record = article.record
    meta = (
        f'<p class="meta">source {esc(record.get("source") or "–")} · reference date '
        f"{esc(record.get('reference_date') or 'none')}</p>"
    )
    return (
        meta
        + render_entities(article.text, record.get("entities", []))
        + "<h3>LAUNCH events</h3>"
        + events_markup(article.text, record.get("events", []))
    )


def _index_row(index: int, article: Article) -> str:
    counts = label_counts(article.record)
    cells = "".join(f'<td class="n">{counts[label]}</td>' for label in (*ENTITY_LABELS, "LAUNCH"))
    return (
        f'<tr><td><a href="#doc-{index}">{esc(article.doc_id)}</a></td>'
        f"<td>{esc(title_line(article.text))}</td>{cells}</tr>"
    )


def _argument_cell(
    event: Mapping[str, Any], role: str, dates: Mapping[tuple[int, int], Any]
) -> str:
    args = [arg for arg in event.get("arguments", []) if arg.get("role") == role]
    if not args:
        return "<td></td>"
    arg = args[0]
    shown = esc(arg.get("text"))
    value = dates.get((arg["start"], arg["end"])) if role == "date" else None
    if value is not None:
        shown += f' <span class="meta">{esc(value)}</span>'
    return f"<td>{shown}</td>"


def _event_rows(index: int, article: Article) -> list[str]:
    record = article.record
    dates = {
        (e["start"], e["end"]): e.get("value")
        for e in record.get("entities", [])
        if e["label"] == "DATE"
    }
    rows = []
    for event in record.get("events", []):
        cells = [f'<td><a href="#doc-{index}">{esc(article.doc_id)}</a> {esc(event["id"])}</td>']
        cells.append(_argument_cell(event, "agent", dates))
        cells.append(f"<td>{esc(event['trigger']['text'])}</td>")
        cells += [_argument_cell(event, role, dates) for role in ROLES if role != "agent"]
        cells.append(f"<td>{esc(event.get('modality'))}</td>")
        rows.append(f'<tr data-modality="{esc(event.get("modality"))}">{"".join(cells)}</tr>')
    return rows


def _launch_rows(articles: Sequence[Article]) -> list[str]:
    """One row per launch across articles (``launchwatch track``'s grouping), with links to
    every article that reports it and the trigger and object each report uses."""
    from pipeline.tracking.tracker import track_records

    where = {article.doc_id: index for index, article in enumerate(articles)}
    rows = []
    for launch in track_records(article.record for article in articles):
        reports = "<br>".join(
            f'<a href="#doc-{where.get(m["doc_id"], 0)}">{esc(m["doc_id"])}</a> '
            f'{esc(m["event_id"])}: {esc(m["trigger"])} — {esc(m.get("object") or "")}'
            for m in launch["mentions"]
        )
        cells = [
            launch["launch_id"],
            launch.get("object") or "",
            launch.get("agent") or "",
            launch.get("date") or "",
            launch.get("location") or "",
        ]
        rows.append(
            f'<tr data-modality="{esc(launch["modality"])}">'
            + "".join(f"<td>{esc(cell)}</td>" for cell in cells)
            + f'<td class="n">{len(launch["mentions"])}</td><td>{reports}</td></tr>'
        )
    return rows


def _filters(table_id: str, modalities: Sequence[str]) -> str:
    buttons = '<button class="active" data-modality="">all</button> ' + " ".join(
        f'<button data-modality="{m}">{m}</button>' for m in modalities
    )
    return (
        f'<div class="filters" data-table="{table_id}">Modality: {buttons}'
        '<input type="search" placeholder="filter rows by text"><span class="shown"></span></div>'
    )


def show_page(articles: Sequence[Article], title: str = "launchwatch review") -> str:
    """The whole page for ``articles``."""
    totals: Counter[str] = Counter()
    for article in articles:
        totals.update(label_counts(article.record))
    summary = ", ".join(f"{totals[label]} {label}" for label in (*ENTITY_LABELS, "LAUNCH"))
    index = table(
        "index",
        ["Article", "Title", *ENTITY_LABELS, "LAUNCH"],
        (_index_row(i, a) for i, a in enumerate(articles)),
        numeric=[False, False, *([True] * (len(ENTITY_LABELS) + 1))],
    )
    event_rows = [row for i, a in enumerate(articles) for row in _event_rows(i, a)]
    events = table(
        "events",
        ["Article", "Agent", "Trigger", "Object", "Date", "Location", "Modality"],
        event_rows,
    )
    launch_rows = _launch_rows(articles)
    launches = table(
        "launches",
        ["Launch", "Object", "Agent", "Date", "Location", "Mentions", "Reports"],
        launch_rows,
        numeric=[False, False, False, False, False, True, False],
    )
    sections = article_sections(
        (
            a.doc_id,
            f"<h2>{esc(a.doc_id)}</h2><p class=\"meta\">{esc(title_line(a.text))}</p>",
            _article_body(a),
        )
        for a in articles
    )
    body = (
        f"<h1>{esc(title)}</h1><p>{len(articles)} articles: {summary} events.</p>"
        '<nav><a href="#articles">Articles</a><a href="#events-table">Events</a>'
        '<a href="#launches-table">Launches</a></nav>'
        f'<h2 id="articles">Articles</h2><p class="meta">Click an article to draw it. '
        '<button data-action="open-all">open all</button> '
        '<button data-action="close-all">close all</button></p>'
        f'<div class="offscreen">{index}</div>'
        f'<h2 id="events-table">Events ({len(event_rows)})</h2>'
        f"{_filters('events', ['asserted', 'unasserted'])}"
        f'<div class="offscreen">{events}</div>'
        f'<h2 id="launches-table">Launches across articles ({len(launch_rows)})</h2>'
        '<p class="meta">Each launch once, with every report of it (as launchwatch track '
        "groups them).</p>"
        f'<div class="offscreen">{launches}</div>{sections}'
    )
    return page(title, body)
