"""The contract's Scoring section, as pure functions over records (plain dicts).

Everything is kept as counts (tp/fp/fn, correct/total) per document, so that document results
add up to corpus totals with ``+``: precision, recall and F1 are micro-averaged over documents
and derived only at the end (``Scores.summary``).

Matching, for entities of one label and for event triggers of one type:

- **strict** pairs have the same start and end; they are taken first, one-to-one;
- **lenient** pairs are the strict pairs plus, among the spans left over, a one-to-one matching
  of overlapping spans with the most pairs and, among such matchings, the largest total overlap
  in characters. It is a maximum-weight bipartite matching (Hungarian algorithm) run on each
  connected group of overlapping spans, so it never loses a pair to a greedy choice: a predicted
  span overlapping two gold spans matches one of them, and the other gold span can still match
  another predicted span.

Spans overlap when they share at least one character (``a.start < b.end and b.start < a.end``);
an empty span overlaps nothing. Precision is ``None`` when nothing was predicted, recall ``None``
when there is no gold, F1 ``None`` when there is neither.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.matching import Matching, Pair, match_spans, overlap

__all__ = ["Matching", "Pair", "match_spans", "overlap"]  # re-exported: older imports work

ENTITY_LABELS: tuple[str, ...] = ("ORG", "MONEY", "DATE", "GPE")
HEADLINE_LABELS: tuple[str, ...] = ("ORG", "MONEY", "DATE")
EVENT_LABEL = "LAUNCH"
"""Pseudo-label that selects event scoring in ``labels`` (LAUNCH is the only event type)."""
ALL_LABELS: tuple[str, ...] = (*ENTITY_LABELS, EVENT_LABEL)
ROLES: tuple[str, ...] = ("agent", "object", "date", "location")
NORMALISED_LABELS: tuple[str, ...] = ("DATE", "MONEY")
MONEY_REL_TOL = 1e-6
CONTEXT_CHARS = 40

Record = Mapping[str, Any]


# -- counts -------------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class Counts:
    """True positives, false positives, false negatives: the unit that sums over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def pred(self) -> int:
        return self.tp + self.fp

    def as_dict(self) -> dict[str, Any]:
        """Counts with precision, recall and F1 (``None`` where the denominator is zero)."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "pred": self.pred,
            "precision": _ratio(self.tp, self.pred),
            "recall": _ratio(self.tp, self.gold),
            "f1": _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn),
        }


@dataclass
class Ratio:
    """Correct out of total, kept apart so corpus accuracy is not a mean of document means."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def as_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": _ratio(self.correct, self.total),
        }


def _add_maps(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        out[key] = out[key] + value if key in out else value
    return out


@dataclass
class Scores:
    """Every count the scorer keeps, for one document or, summed with ``+``, for many."""

    strict: dict[str, Counts] = field(default_factory=dict)
    lenient: dict[str, Counts] = field(default_factory=dict)
    normalisation: dict[str, Ratio] = field(default_factory=dict)
    triggers: Counts = field(default_factory=Counts)
    arguments: dict[str, Counts] = field(default_factory=dict)
    events: Counts = field(default_factory=Counts)
    modality: Ratio = field(default_factory=Ratio)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            strict=_add_maps(self.strict, other.strict),
            lenient=_add_maps(self.lenient, other.lenient),
            normalisation=_add_maps(self.normalisation, other.normalisation),
            triggers=self.triggers + other.triggers,
            arguments=_add_maps(self.arguments, other.arguments),
            events=self.events + other.events,
            modality=self.modality + other.modality,
        )

    def summary(self, labels: Sequence[str] = ALL_LABELS) -> dict[str, Any]:
        """The figures for ``labels``: per label, micro headline, normalisation, events.

        The headline micro-average covers the headline labels (ORG, MONEY, DATE) among
        ``labels``, or every requested entity label when none of them is a headline label.
        ``events`` is ``None`` unless LAUNCH is among ``labels``.
        """
        entity_labels = [label for label in ENTITY_LABELS if label in labels]
        micro_labels = [label for label in HEADLINE_LABELS if label in labels] or entity_labels
        strict = sum((self.strict.get(label, Counts()) for label in micro_labels), Counts())
        lenient = sum((self.lenient.get(label, Counts()) for label in micro_labels), Counts())
        events: dict[str, Any] | None = None
        if EVENT_LABEL in labels:
            events = {
                "trigger": self.triggers.as_dict(),
                "arguments": {role: self.arguments.get(role, Counts()).as_dict() for role in ROLES},
                "event": self.events.as_dict(),
                "modality": self.modality.as_dict(),
            }
        return {
            "entities": {
                label: {
                    "strict": self.strict.get(label, Counts()).as_dict(),
                    "lenient": self.lenient.get(label, Counts()).as_dict(),
                }
                for label in entity_labels
            },
            "micro": {
                "labels": micro_labels,
                "strict": strict.as_dict(),
                "lenient": lenient.as_dict(),
            },
            "normalisation": {
                label: self.normalisation.get(label, Ratio()).as_dict()
                for label in NORMALISED_LABELS
                if label in labels
            },
            "events": events,
        }


# -- errors -------------------------------------------------------------------------------------


def context(text: str | None, start: int, end: int, chars: int = CONTEXT_CHARS) -> str | None:
    """``chars`` characters either side of a span, the span in ⟦ ⟧, line breaks shown as ⏎."""
    if text is None:
        return None

    def show(part: str) -> str:
        return part.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")

    left = text[max(0, start - chars) : start]
    right = text[end : end + chars]
    return f"{show(left)}⟦{show(text[start:end])}⟧{show(right)}"


def _error(
    doc_id: str,
    kind: str,
    label: str,
    span: Mapping[str, Any],
    text: str | None,
    note: str | None = None,
    span_id: str | None = None,
) -> dict[str, Any]:
    start, end = int(span["start"]), int(span["end"])
    shown = span.get("text")
    if shown is None and text is not None:
        shown = text[start:end]
    return {
        "doc_id": doc_id,
        "kind": kind,
        "label": label,
        "id": span_id,
        "start": start,
        "end": end,
        "text": shown,
        "context": context(text, start, end),
        "note": note,
    }


def _describe(span: Mapping[str, Any]) -> str:
    return f"{span.get('text')!r} {span['start']}:{span['end']}"


# -- entities -----------------------------------------------------------------------------------


def same_normalisation(label: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """DATE: equal ``value``. MONEY: equal ``currency`` and amounts within 1e-6 relative."""
    if label == "DATE":
        return gold.get("value") == pred.get("value")
    if label == "MONEY":
        a, b = gold.get("amount"), pred.get("amount")
        numeric = all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b))
        return (
            numeric
            and math.isclose(float(a), float(b), rel_tol=MONEY_REL_TOL, abs_tol=0.0)  # type: ignore[arg-type]
            and gold.get("currency") == pred.get("currency")
        )
    return True


def _normal_form(label: str, span: Mapping[str, Any]) -> str:
    if label == "DATE":
        return repr(span.get("value"))
    return f"{span.get('amount')!r} {span.get('currency')}"


def score_entities(
    gold: Iterable[Mapping[str, Any]],
    pred: Iterable[Mapping[str, Any]],
    *,
    labels: Sequence[str] = ENTITY_LABELS,
    doc_id: str = "",
    text: str | None = None,
) -> tuple[Scores, list[dict[str, Any]]]:
    """Strict and lenient counts per label, normalisation, and the errors of one document.

    Errors are the strict false positives and negatives (a span whose boundaries differ is both
    a false positive and a false negative under strict scoring; its note names the overlapping
    counterpart it matched leniently) plus ``value`` errors for lenient pairs whose DATE value
    or MONEY amount and currency differ.
    """
    scores = Scores()
    errors: list[dict[str, Any]] = []
    gold_by: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    pred_by: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for entity in gold:
        gold_by[entity["label"]].append(entity)
    for entity in pred:
        pred_by[entity["label"]].append(entity)
    for label in (label for label in ENTITY_LABELS if label in labels):
        g, p = gold_by.get(label, []), pred_by.get(label, [])
        matching = match_spans(
            [(e["start"], e["end"]) for e in g], [(e["start"], e["end"]) for e in p]
        )
        n_strict, n_lenient = len(matching.strict), len(matching.pairs)
        scores.strict[label] = Counts(n_strict, len(p) - n_strict, len(g) - n_strict)
        scores.lenient[label] = Counts(n_lenient, len(p) - n_lenient, len(g) - n_lenient)
        loose_g = dict(matching.loose)
        loose_p = {pi: gi for gi, pi in matching.loose}
        strict_g = {gi for gi, _ in matching.strict}
        strict_p = {pi for _, pi in matching.strict}
        for gi, entity in enumerate(g):
            if gi not in strict_g:
                note = f"predicted {_describe(p[loose_g[gi]])}" if gi in loose_g else None
                errors.append(_error(doc_id, "fn", label, entity, text, note, entity.get("id")))
        for pi, entity in enumerate(p):
            if pi not in strict_p:
                note = f"gold {_describe(g[loose_p[pi]])}" if pi in loose_p else None
                errors.append(_error(doc_id, "fp", label, entity, text, note, entity.get("id")))
        if label in NORMALISED_LABELS:
            correct = 0
            for gi, pi in matching.pairs:
                if same_normalisation(label, g[gi], p[pi]):
                    correct += 1
                else:
                    note = (
                        f"gold {_normal_form(label, g[gi])}, predicted {_normal_form(label, p[pi])}"
                    )
                    errors.append(
                        _error(doc_id, "value", label, g[gi], text, note, g[gi].get("id"))
                    )
            scores.normalisation[label] = Ratio(correct, len(matching.pairs))
    return scores, errors


# -- events -------------------------------------------------------------------------------------


def _match_events(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[Pair]:
    """One-to-one pairs of events of the same type whose triggers overlap (exact first)."""
    pairs: list[Pair] = []
    types = sorted({e.get("type", "") for e in gold} | {e.get("type", "") for e in pred})
    for kind in types:
        g_idx = [i for i, e in enumerate(gold) if e.get("type", "") == kind]
        p_idx = [i for i, e in enumerate(pred) if e.get("type", "") == kind]
        matching = match_spans(
            [(gold[i]["trigger"]["start"], gold[i]["trigger"]["end"]) for i in g_idx],
            [(pred[i]["trigger"]["start"], pred[i]["trigger"]["end"]) for i in p_idx],
        )
        pairs.extend((g_idx[a], p_idx[b]) for a, b in matching.pairs)
    return sorted(pairs)


def _role_args(event: Mapping[str, Any], role: str) -> list[Mapping[str, Any]]:
    return [a for a in event.get("arguments", []) if a.get("role") == role]


def _args_summary(event: Mapping[str, Any]) -> str | None:
    parts = [f"{a.get('role')} {a.get('text')!r}" for a in event.get("arguments", [])]
    return ", ".join(parts) or None


def score_events(
    gold: Sequence[Mapping[str, Any]],
    pred: Sequence[Mapping[str, Any]],
    *,
    doc_id: str = "",
    text: str | None = None,
) -> tuple[Scores, list[dict[str, Any]]]:
    """Trigger, per-role argument and event counts (asserted only), and modality accuracy.

    The headline figures keep asserted gold events and asserted predicted events only, then
    match them. An argument matches when its event matches, its role is the same and its span
    overlaps (one-to-one within the role). An event counts for event F1 when its trigger
    matches and its ``object`` does: both overlap, or neither event has one. Modality accuracy
    matches all events of both modalities and counts the pairs with the same modality.
    """
    scores = Scores()
    errors: list[dict[str, Any]] = []

    all_pairs = _match_events(gold, pred)
    scores.modality = Ratio(
        sum(gold[gi].get("modality") == pred[pi].get("modality") for gi, pi in all_pairs),
        len(all_pairs),
    )
    other_gold = {gi: pred[pi] for gi, pi in all_pairs}
    other_pred = {pi: gold[gi] for gi, pi in all_pairs}

    g_idx = [i for i, e in enumerate(gold) if e.get("modality") == "asserted"]
    p_idx = [i for i, e in enumerate(pred) if e.get("modality") == "asserted"]
    g_events, p_events = [gold[i] for i in g_idx], [pred[i] for i in p_idx]
    pairs = _match_events(g_events, p_events)
    n = len(pairs)
    scores.triggers = Counts(n, len(p_events) - n, len(g_events) - n)

    arg_tp: dict[str, int] = dict.fromkeys(ROLES, 0)
    event_tp = 0
    for gi, pi in pairs:
        g, p = g_events[gi], p_events[pi]
        for role in ROLES:
            g_args, p_args = _role_args(g, role), _role_args(p, role)
            matching = match_spans(
                [(a["start"], a["end"]) for a in g_args], [(a["start"], a["end"]) for a in p_args]
            )
            arg_tp[role] += len(matching.pairs)
            hit_g = {a for a, _ in matching.pairs}
            hit_p = {b for _, b in matching.pairs}
            label = f"{EVENT_LABEL}/{role}"
            for a, arg in enumerate(g_args):
                if a not in hit_g:
                    errors.append(_error(doc_id, "fn", label, arg, text, None, g.get("id")))
            for b, arg in enumerate(p_args):
                if b not in hit_p:
                    errors.append(_error(doc_id, "fp", label, arg, text, None, p.get("id")))
            if role == "object" and (matching.pairs or (not g_args and not p_args)):
                event_tp += 1
    for role in ROLES:
        n_gold = sum(len(_role_args(e, role)) for e in g_events)
        n_pred = sum(len(_role_args(e, role)) for e in p_events)
        scores.arguments[role] = Counts(arg_tp[role], n_pred - arg_tp[role], n_gold - arg_tp[role])
    scores.events = Counts(event_tp, len(p_events) - event_tp, len(g_events) - event_tp)

    unmatched = [
        ("fn", g_events, g_idx, {gi for gi, _ in pairs}, other_gold, "predicted as"),
        ("fp", p_events, p_idx, {pi for _, pi in pairs}, other_pred, "gold is"),
    ]
    for kind, events, index, hit, other_side, other_says in unmatched:
        for i, event in enumerate(events):
            if i in hit:
                continue
            note = _args_summary(event)
            other = other_side.get(index[i])
            if other is not None:
                note = f"{other_says} {other.get('modality')}" + (f"; {note}" if note else "")
            errors.append(
                _error(doc_id, kind, EVENT_LABEL, event["trigger"], text, note, event.get("id"))
            )
    return scores, errors


# -- documents ----------------------------------------------------------------------------------


def score_document(
    gold: Record,
    pred: Record | None,
    *,
    labels: Sequence[str] = ALL_LABELS,
    text: str | None = None,
) -> tuple[Scores, list[dict[str, Any]]]:
    """Score one article's predicted record against its gold record (``None``: predicted
    nothing). ``text`` gives the errors their context; events are scored when LAUNCH is among
    ``labels``. Errors come sorted by position."""
    doc_id = str(gold.get("doc_id", ""))
    pred = pred or {}
    scores, errors = score_entities(
        gold.get("entities", []),
        pred.get("entities", []),
        labels=labels,
        doc_id=doc_id,
        text=text,
    )
    if EVENT_LABEL in labels:
        event_scores, event_errors = score_events(
            gold.get("events", []), pred.get("events", []), doc_id=doc_id, text=text
        )
        scores = scores + event_scores
        errors += event_errors
    errors.sort(key=lambda e: (e["start"], e["end"], e["label"], e["kind"]))
    return scores, errors


def misplaced_spans(record: Mapping[str, Any], text: str) -> list[tuple[str, str]]:
    """(id, reason) for each span of a predicted record that does not sit at its offsets in
    ``text``: scoring it would count a match, or a miss, for something the system never said."""
    found: list[tuple[str, str]] = []
    for entity in record.get("entities", []):
        reason = _misplaced(entity, text, entity.get("label", "entity"))
        if reason:
            found.append((str(entity.get("id")), reason))
    for event in record.get("events", []):
        spans = [("trigger", event.get("trigger", {}))]
        spans += [(f"{a.get('role')} argument", a) for a in event.get("arguments", [])]
        for what, span in spans:
            reason = _misplaced(span, text, what)
            if reason:
                found.append((str(event.get("id")), reason))
    return found


def _misplaced(span: Mapping[str, Any], text: str, what: str) -> str | None:
    start, end, shown = span.get("start"), span.get("end"), span.get("text")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
        return f"{what} {start}:{end} is not a span"
    if end > len(text):
        return f"{what} {start}:{end} ends beyond the text ({len(text)} characters)"
    if text[start:end] != shown:
        return f"{what} text {shown!r} != text at {start}:{end} {text[start:end]!r}"
    return None
