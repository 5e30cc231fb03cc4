"""A compact table of the LAUNCH events in an ``extract`` output file, for a person to read.

``make run`` prints it after writing ``out/corpus.jsonl``; the JSON Lines stay the product for
other tools. One row per event: article, agent, trigger, object, date, location, and a ``?``
after the trigger when the launch is unasserted (planned, hoped for, negated).

    python -m pipeline.launch_table out/corpus.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.json_lines import loads_exact

COLUMNS = ("article", "agent", "trigger", "object", "date", "location")
WIDTHS = {"article": 22, "agent": 24, "trigger": 14, "object": 40, "date": 14, "location": 14}


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """One row of plain strings per event, in record order."""
    for record in records:
        for event in record.get("events", []):
            row = {"article": record["doc_id"], "trigger": event["trigger"]["text"]}
            if event["modality"] != "asserted":
                row["trigger"] += " ?"
            for argument in event.get("arguments", []):
                row[argument["role"]] = argument["text"]
            yield {column: row.get(column, "") for column in COLUMNS}


def format_table(rows: list[dict[str, str]]) -> str:
    """The rows as fixed-width text, long cells cut with an ellipsis."""
    widths = {
        c: min(WIDTHS[c], max([len(c), *(len(" ".join(r[c].split())) for r in rows)]))
        for c in COLUMNS
    }
    lines = ["  ".join(c.ljust(widths[c]) for c in COLUMNS).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in COLUMNS))
    for row in rows:
        lines.append("  ".join(_cut(row[c], widths[c]).ljust(widths[c]) for c in COLUMNS).rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="a JSON Lines file that extract wrote")
    args = parser.parse_args(argv)
    records = [loads_exact(line) for line in args.records.read_bytes().splitlines() if line]
    rows = list(event_rows(records))
    print(format_table(rows))
    print(f"{len(rows)} LAUNCH events in {len(records)} articles ({args.records})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
