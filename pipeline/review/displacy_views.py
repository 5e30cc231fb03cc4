"""Contract records in displaCy's manual format, rendered without any Doc.

displaCy draws from dicts (``manual=True``), so records need no spaCy pipeline to be shown.
Our templates are displaCy's own with three changes: their fixed styles are in the page's
stylesheet; a ``data-label``/``data-role`` attribute names what the page's script and the
browser test count; and a ``title`` (the hover text) plus a short detail beside the label
(a DATE value, a MONEY amount, an ORG's canonical name) show what the record adds, as
displaCy's ``kb_id`` link would make every span a link to nowhere.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Any

ENTITY_COLOURS = {"ORG": "#7aecec", "MONEY": "#e4e7d2", "DATE": "#bfe1d9", "GPE": "#feca74"}
ROLE_COLOURS = {
    "LAUNCH": "#ff8197",
    "AGENT": "#7aecec",
    "OBJECT": "#c887fb",
    "DATE": "#bfe1d9",
    "LOCATION": "#feca74",
}

TPL_ENT = (
    '<mark class="entity" data-label="{label}" data-status="{status}" title="{tip}" '
    'style="background: {bg}">{text}<span class="ent-label">{label}'
    '<span class="detail">{detail}</span></span></mark>'
)
"""displaCy's TPL_ENT with data attributes, a hover title and a detail after the label; its
fixed inline styles live in the page's stylesheet (.entity, .ent-label), as a page of 1,000
articles would otherwise carry them tens of thousands of times."""

TPL_SPAN = (
    '<span class="sp" style="height: {total_height}px">{text}{span_slices}{span_starts}</span> '
)
TPL_SPAN_SLICE = '<span class="sl" style="background: {bg}; top: {top_offset}px"></span>'
TPL_SPAN_START = (
    '<span class="sl st" style="background: {bg}; top: {top_offset}px"><span class="role" '
    'data-role="{label}" style="background: {bg}">{label}{kb_link}</span></span>'
)
"""displaCy's span templates, likewise with their fixed styles in the stylesheet."""
SPAN_TEMPLATES = {"span": TPL_SPAN, "slice": TPL_SPAN_SLICE, "start": TPL_SPAN_START}

_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?[ \t]+|\r?\n|\r")


@cache
def _span_renderer(colours: tuple[tuple[str, str], ...]) -> Any:
    from spacy.displacy.render import SpanRenderer

    by_label = dict(ROLE_COLOURS)
    for status, colour in colours:  # "object fn" and the like: a role with its status
        by_label.update({f"{role} {status}": colour for role in ROLE_COLOURS})
    return SpanRenderer({"colors": by_label, "template": SPAN_TEMPLATES})


@cache
def _entity_renderer() -> Any:
    from spacy.displacy.render import EntityRenderer

    return EntityRenderer({"colors": ENTITY_COLOURS, "template": TPL_ENT})


def _renderer(style: str, colours: Mapping[str, str] | None = None) -> Any:
    """displaCy's renderer for ``style``, made once: ``displacy.render`` builds one per call,
    and each build reads every installed package's entry points for colours (about a
    millisecond, a second per 1,000 articles)."""
    if style == "ent":
        return _entity_renderer()
    return _span_renderer(tuple(sorted((colours or {}).items())))


def entity_detail(entity: Mapping[str, Any]) -> str:
    """What the record adds to the span's text: a DATE value, a MONEY amount, a canonical name."""
    label = entity["label"]
    if label == "DATE":
        value = entity.get("value")
        return "unresolved" if value is None else str(value)
    if label == "MONEY":
        amount = entity.get("amount")
        shown = f"{amount:,}" if isinstance(amount, int | float) else str(amount)
        return f"{shown} {entity.get('currency')}"
    if label == "ORG":
        canonical = entity.get("canonical")
        return "" if not canonical or canonical == entity.get("text") else f"= {canonical}"
    return ""


def _tip(entity: Mapping[str, Any], status: str | None) -> str:
    parts = [entity["label"]]
    if entity["label"] == "ORG" and entity.get("canonical"):
        parts.append(f"canonical: {entity['canonical']}")
    elif entity["label"] in ("DATE", "MONEY"):
        parts.append(entity_detail(entity))
    if status:
        parts.append(status)
    return " · ".join(parts)


def render_entities(
    text: str,
    entities: Sequence[Mapping[str, Any]],
    colours: Mapping[str, str] | None = None,
) -> str:
    """An article's text with its entities marked (displaCy ``ent`` style).

    ``colours`` maps a ``status`` key of an entity (tp, fp, …) to a background; without it
    each label has its usual displaCy colour.
    """
    spans = []
    for entity in sorted(entities, key=lambda e: (e["start"], e["end"])):
        status = entity.get("status")
        params = {
            "tip": html.escape(_tip(entity, status)),
            "detail": html.escape(" " + entity_detail(entity)) if entity_detail(entity) else "",
            "status": status or "",
        }
        if colours is not None and status in colours:
            params["bg"] = colours[status]
        spans.append(
            {"start": entity["start"], "end": entity["end"], "label": entity["label"],
             "params": params}
        )
    doc = {"text": text, "ents": spans, "title": None}
    return _renderer("ent").render([doc]).strip()


def event_spans(event: Mapping[str, Any]) -> list[tuple[str, int, int]]:
    """(label, start, end) of an event's trigger, then of each argument labelled by role."""
    trigger = event["trigger"]
    spans = [("LAUNCH", int(trigger["start"]), int(trigger["end"]))]
    spans += [(arg["role"], int(arg["start"]), int(arg["end"])) for arg in event["arguments"]]
    return spans


def _snippet_bounds(text: str, spans: Sequence[tuple[str, int, int]]) -> tuple[int, int]:
    """Roughly the sentence that holds all the spans (the contract keeps an event's arguments
    in its trigger's sentence): out to the nearest sentence end or line break either side."""
    start = min(s for _, s, _ in spans)
    end = max(e for _, _, e in spans)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return left, after.start() + 1 if after else len(text)


def _tokens(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace-separated pieces of ``text``, split again at every span boundary."""
    pieces: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        inner = sorted(c for c in cuts if match.start() < c < match.end())
        edges = [match.start(), *inner, match.end()]
        pieces += list(pairwise(edges))
    return pieces


def render_event(
    text: str,
    event: Mapping[str, Any],
    statuses: Mapping[tuple[str, int, int], str] | None = None,
    colours: Mapping[str, str] | None = None,
) -> str:
    """One LAUNCH event in displaCy's ``span`` style: the trigger and each argument labelled
    by its role, over the sentence that holds them.

    ``statuses`` maps (label, start, end) to a status (tp, fn, …) that is added to the span's
    label and, with ``colours`` (status to colour), decides its colour.
    """
    spans = event_spans(event)
    left, right = _snippet_bounds(text, spans)
    snippet = text[left:right]
    cuts = {edge - left for _, start, end in spans for edge in (start, end)}
    tokens = _tokens(snippet, cuts)
    starts = {start: i for i, (start, _) in enumerate(tokens)}
    ends = {end: i + 1 for i, (_, end) in enumerate(tokens)}
    manual_spans = []
    for label, start, end in spans:
        first, last = starts.get(start - left), ends.get(end - left)
        if first is None or last is None:  # a span of only whitespace has no token to mark
            continue
        status = (statuses or {}).get((label, start, end))
        shown = f"{label} {status}" if status else label
        manual_spans.append({"start_token": first, "end_token": last, "label": shown})
    doc = {"text": snippet, "tokens": [snippet[s:e] for s, e in tokens], "spans": manual_spans}
    return _renderer("span", colours).render([doc]).strip()
