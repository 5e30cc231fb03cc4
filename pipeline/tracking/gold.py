"""The gold launches file, ``annotations/launches.jsonl``: reading it and checking it.

One line per launch with two or more mentions, ``{"launch_id": "…", "mentions": [{"doc_id":
"…", "event_id": "E1"}, …]}``; a gold event in no line is a launch of its own. The checks:
every line is such an object, launch ids are unique, every mention names a gold event that
exists, and no mention is in two launches (or twice in one).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from pathlib import Path

import orjson

LAUNCHES_FILE = "launches.jsonl"

Launches = dict[str, list[tuple[str, str]]]
"""launch_id -> its mentions as (doc_id, event_id), in file order."""
Problems = list[tuple[str, str | None, str]]
"""(where, launch_id or None, reason): shaped like ``pipeline.validation.Problem``."""


def _parse_line(raw: bytes) -> tuple[str, list[tuple[str, str]]] | str:
    """A line's (launch_id, mentions), or the reason it is not a launch line."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        return f"malformed JSON ({err})"
    if not isinstance(obj, dict) or set(obj) != {"launch_id", "mentions"}:
        return 'a line must be {"launch_id": …, "mentions": […]} and nothing else'
    launch_id, mentions = obj["launch_id"], obj["mentions"]
    if not isinstance(launch_id, str) or not launch_id:
        return "launch_id must be a non-empty string"
    if not isinstance(mentions, list) or len(mentions) < 2:
        return "mentions must list two or more events (a lone event needs no line)"
    pairs: list[tuple[str, str]] = []
    for mention in mentions:
        if (
            not isinstance(mention, dict)
            or set(mention) != {"doc_id", "event_id"}
            or not all(isinstance(value, str) for value in mention.values())
        ):
            return 'each mention must be {"doc_id": "…", "event_id": "E…"}'
        pairs.append((mention["doc_id"], mention["event_id"]))
    return launch_id, pairs


def read_launches(
    path: Path, events: Mapping[str, Set[str]] | None = None
) -> tuple[Launches, Problems]:
    """The launches of a gold file, and every problem in it.

    ``events`` (doc_id -> its gold event ids) turns on the check that each mention exists;
    mentions of documents not in ``events`` are then problems too.
    """
    launches: Launches = {}
    problems: Problems = []
    owner: dict[tuple[str, str], str] = {}
    try:
        lines = path.read_bytes().splitlines()
    except OSError as err:
        return {}, [(str(path), None, f"cannot read: {err.strerror or err}")]
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        parsed = _parse_line(raw)
        if isinstance(parsed, str):
            problems.append((where, None, parsed))
            continue
        launch_id, pairs = parsed
        if launch_id in launches:
            problems.append((where, launch_id, "duplicate launch_id"))
            continue
        kept: list[tuple[str, str]] = []
        for doc_id, event_id in pairs:
            if events is not None and event_id not in events.get(doc_id, ()):
                problems.append((where, launch_id, f"no gold event {doc_id} {event_id}"))
            elif (doc_id, event_id) in owner:
                other = owner[(doc_id, event_id)]
                problems.append(
                    (where, launch_id, f"{doc_id} {event_id} is already in launch {other}")
                )
            else:
                owner[(doc_id, event_id)] = launch_id
                kept.append((doc_id, event_id))
        launches[launch_id] = kept
    return launches, problems


def gold_event_ids(annotations_dir: Path) -> dict[str, set[str]]:
    """doc_id -> event ids of every gold file that parses (others are reported elsewhere)."""
    found: dict[str, set[str]] = {}
    for path in sorted(annotations_dir.glob("*.json")):
        try:
            record = orjson.loads(path.read_bytes())
            found[record["doc_id"]] = {event["id"] for event in record.get("events") or []}
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
            continue
    return found
