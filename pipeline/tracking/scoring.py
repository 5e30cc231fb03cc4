"""The contract's tracking figures: link P/R/F1 within and across articles, and B³ F1.

Predicted mentions are aligned to gold events as in event scoring: same article, overlapping
triggers, one-to-one (``pipeline.scoring.match_spans``). A predicted link (two mentions in one
predicted launch) is right when both ends align to gold events of one gold launch; a gold
link is found when both its events align to mentions of one predicted launch. B³ runs over the
gold mentions; an unaligned gold mention is a singleton of the prediction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from pipeline.scoring import Counts, match_spans
from pipeline.tracking.gold import read_launches
from pipeline.tracking.tracker import Tracker

Key = tuple[str, str]
"""(doc_id, event_id)."""


def align(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> dict[Key, Key]:
    """Predicted event -> gold event, per article, triggers overlapping, one-to-one."""
    aligned: dict[Key, Key] = {}
    for doc_id, record in gold.items():
        g_events = record.get("events") or []
        p_events = (predicted.get(doc_id) or {}).get("events") or []
        matching = match_spans(
            [(e["trigger"]["start"], e["trigger"]["end"]) for e in g_events],
            [(e["trigger"]["start"], e["trigger"]["end"]) for e in p_events],
        )
        for gi, pi in matching.pairs:
            aligned[(doc_id, p_events[pi]["id"])] = (doc_id, g_events[gi]["id"])
    return aligned


def _clusters(pairs: Iterable[tuple[Key, str]]) -> dict[str, list[Key]]:
    clusters: dict[str, list[Key]] = defaultdict(list)
    for key, cluster in pairs:
        clusters[cluster].append(key)
    return clusters


def _links(
    clusters: Mapping[str, list[Key]], same: Mapping[Key, str | None]
) -> tuple[Counter[str], Counter[str]]:
    """(all, right) links per scope ("within", "across") of ``clusters``; a link is right when
    ``same`` puts both ends in one cluster of the other side."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for members in clusters.values():
        for a, b in combinations(members, 2):
            scope = "within" if a[0] == b[0] else "across"
            total[scope] += 1
            if same.get(a) is not None and same.get(a) == same.get(b):
                right[scope] += 1
    return total, right


def score_tracking(
    gold: Mapping[str, Mapping[str, Any]],
    gold_launches: Mapping[str, list[Key]],
    predicted: Mapping[str, Mapping[str, Any]],
    predicted_launches: Iterable[Mapping[str, Any]],
) -> dict[str, Any]:
    """The tracking figures over the articles of ``gold`` (doc_id -> gold record).

    Returns ``{"links": {"within": C, "across": C, "all": C}, "b3": {"precision", "recall",
    "f1", "mentions"}, "errors": [...]}`` with C as in ``pipeline.scoring.Counts.as_dict``.
    Errors list wrongly joined mentions (in a predicted launch with mentions of another gold
    launch) and wrongly split ones (apart from the biggest piece of their gold launch).
    """
    gold_of: dict[Key, str] = {}
    for doc_id, record in gold.items():
        for event in record.get("events") or []:
            gold_of[(doc_id, event["id"])] = f"{doc_id}/{event['id']}"
    for launch_id, mentions in gold_launches.items():
        for key in mentions:
            if key in gold_of:
                gold_of[key] = launch_id
    aligned = align(gold, predicted)
    pred_of: dict[Key, str] = {}
    for launch in predicted_launches:
        for mention in launch["mentions"]:
            key = (mention["doc_id"], mention["event_id"])
            if key in aligned:
                pred_of[aligned[key]] = launch["launch_id"]

    gold_clusters = _clusters(gold_of.items())
    pred_clusters = _clusters(pred_of.items())
    gold_total, found = _links(gold_clusters, pred_of)
    pred_total, right = _links(pred_clusters, gold_of)
    links = {}
    for scope in ("within", "across"):
        counts = Counts(
            right[scope], pred_total[scope] - right[scope], gold_total[scope] - found[scope]
        )
        links[scope] = counts
    links["all"] = links["within"] + links["across"]

    precision = recall = 0.0
    for key, cluster in gold_of.items():
        gold_members = set(gold_clusters[cluster])
        pred_members = set(pred_clusters[pred_of[key]]) if key in pred_of else {key}
        common = len(gold_members & pred_members)
        precision += common / len(pred_members)
        recall += common / len(gold_members)
    n = len(gold_of)
    b3_p = precision / n if n else None
    b3_r = recall / n if n else None
    b3_f = 2 * b3_p * b3_r / (b3_p + b3_r) if b3_p and b3_r else (None if not n else 0.0)
    return {
        "links": {scope: counts.as_dict() for scope, counts in links.items()},
        "b3": {"precision": b3_p, "recall": b3_r, "f1": b3_f, "mentions": n},
        "errors": _errors(gold_of, pred_of, gold_clusters, pred_clusters),
    }


def _errors(
    gold_of: Mapping[Key, str],
    pred_of: Mapping[Key, str],
    gold_clusters: Mapping[str, list[Key]],
    pred_clusters: Mapping[str, list[Key]],
) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    for launch_id, members in pred_clusters.items():
        majority, _ = Counter(gold_of[key] for key in members).most_common(1)[0]
        for key in members:
            if gold_of[key] != majority:
                errors.append(_error("joined", key, launch_id, gold_of[key], majority))
    for cluster, members in gold_clusters.items():
        if len(members) < 2:
            continue
        pieces = Counter(pred_of.get(key, f"unaligned {key[0]}/{key[1]}") for key in members)
        biggest, _ = pieces.most_common(1)[0]
        for key in members:
            piece = pred_of.get(key)
            if piece != biggest:
                errors.append(_error("split", key, piece, cluster, biggest))
    return sorted(errors, key=lambda e: (e["kind"], e["doc_id"], int(e["event_id"][1:])))


def _error(kind: str, key: Key, predicted: str | None, gold: str, other: str) -> dict[str, Any]:
    if kind == "joined":
        note = f"in predicted {predicted} with gold launch {other}, but gold launch is {gold}"
    else:
        where = "not predicted" if predicted is None else f"in predicted {predicted}"
        note = f"gold launch {gold}: {where}, most of it in {other}"
    return {"kind": kind, "doc_id": key[0], "event_id": key[1], "note": note}


def evaluate_tracking(
    gold: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, Mapping[str, Any]],
    launches_path: Path,
) -> tuple[dict[str, Any], list[tuple[str, str | None, str]]]:
    """Track the predicted records of the articles of ``gold`` (in its order) and score the
    launches against ``launches_path`` (absent: every gold event is a launch of its own).

    Returns the figures of ``score_tracking``, each error carrying its gold event's trigger
    and object, and the problems of the launches file.
    """
    gold_launches: dict[str, list[Key]] = {}
    problems: list[tuple[str, str | None, str]] = []
    if launches_path.is_file():
        events = {doc_id: {e["id"] for e in r.get("events") or []} for doc_id, r in gold.items()}
        read, problems = read_launches(launches_path)
        for launch_id, mentions in read.items():
            kept = [key for key in mentions if key[1] in events.get(key[0], ())]
            gold_launches[launch_id] = kept
    tracker = Tracker()
    for doc_id in gold:
        if doc_id in predicted:
            tracker.add(predicted[doc_id])
    result = score_tracking(gold, gold_launches, predicted, tracker.launches())
    for error in result["errors"]:
        event = next(
            e for e in gold[error["doc_id"]].get("events") or [] if e["id"] == error["event_id"]
        )
        objects = [a["text"] for a in event.get("arguments") or [] if a["role"] == "object"]
        error["trigger"] = event["trigger"]["text"]
        error["object"] = objects[0] if objects else None
    return result, problems
