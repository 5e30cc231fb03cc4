"""The track command's work: records (extracted here, or read from extract's output) in,
launch lines out.

Records stream through the tracker one at a time; only the launches are kept. A bad input
or line costs itself only: it is reported on standard error and the exit code is 1.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.extract import report_error
from pipeline.inputs import DEFAULT_MAX_CHARS, InputError
from pipeline.json_lines import loads_exact
from pipeline.output import AtomicOutput
from pipeline.processing import load, read_inputs, sequential
from pipeline.run_errors import OutputError, StdoutClosed, UsageError
from pipeline.tracking.tracker import Tracker

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2


def _record_lines(spec: str) -> Iterator[tuple[str, bytes]]:
    """(where, line) for every non-blank line of a records file, or of standard input."""
    stream: IO[bytes]
    if spec == "-":
        stream = sys.stdin.buffer
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield f"<stdin>:{number}", raw
        return
    with Path(spec).open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield f"{spec}:{number}", raw


def read_records(inputs: list[str]) -> Iterator[dict[str, Any] | InputError]:
    """Records from JSONL files that ``extract`` wrote (or gold-shaped records), line by line;
    an InputError for an unreadable file or a line that is not a record."""
    for spec in inputs:
        try:
            for where, raw in _record_lines(spec):
                try:
                    record = loads_exact(raw)
                except orjson.JSONDecodeError as err:
                    yield InputError(where, f"malformed JSON ({err})")
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str):
                    yield InputError(where, "not a record (an object with a doc_id)")
                    continue
                yield record
        except OSError as err:
            yield InputError(spec, err.strerror or str(err))


def extracted_records(
    inputs: list[str],
    reference_date: dt.date | None,
    stdin_format: str,
    model: Path | None,
    max_chars: int | None,
) -> Iterator[dict[str, Any] | InputError]:
    """Records made by running the pipeline over articles, as ``extract`` reads them."""
    nlp = load(model, max_chars)
    items = read_inputs(inputs, reference_date, stdin_format, max_chars)
    for _, result in sequential(nlp, items):
        yield result if isinstance(result, InputError) else loads_exact(result)


def run_track(
    inputs: list[str],
    *,
    output: Path | None = None,
    records: bool = False,
    reference_date: dt.date | None = None,
    stdin_format: str = "text",
    model: Path | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> int:
    """Track launches over every input; return the exit code (0, 1 some inputs failed, 2)."""
    out = AtomicOutput(output, "-o")
    failures = 0
    try:
        out.open()
        stream = (
            read_records(inputs)
            if records
            else extracted_records(inputs, reference_date, stdin_format, model, max_chars)
        )
        tracker = Tracker()
        for item in stream:
            if isinstance(item, InputError):
                failures += 1
                report_error(item)
            else:
                tracker.add(item)
        for launch in tracker.launches():
            out.write(orjson.dumps(launch) + b"\n")
        out.commit()
    except UsageError as err:
        out.discard()
        print(f"launchwatch: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except StdoutClosed:
        out.discard()
        return 141
    except OutputError as err:
        out.discard()
        print(f"launchwatch: error: {err}", file=sys.stderr)
        return EXIT_INPUT_FAILED
    return EXIT_INPUT_FAILED if failures else EXIT_OK
