"""Check gold files against the contract, so that scores never rest on corrupt annotations.

Every problem is one ``Problem`` (file, id, reason), printed as one line; a malformed file is
one problem, never a traceback. ``check_gold_file`` also returns the usable record with its
text, so the evaluator loads gold through the very same checks.

Sentences, for "each argument inside the trigger's sentence": a sentence ends at a line break
(``\\n``, ``\\r``, U+2028, U+2029) and at ``.``, ``!`` or ``?`` (optionally followed by closing
quotes or brackets) followed by whitespace and then an uppercase letter, an opening quote or
bracket, a bullet or dash, or a digit. A period after a known abbreviation ("Dr.", "Co.",
"Nov."), a single letter ("J.") or a dotted acronym ("U.S.") does not end a sentence. An
argument is outside the trigger's sentence when such a break lies between the two spans; breaks
inside an argument or trigger span are the annotator's judgement and are not counted. The check
errs towards accepting: it flags only breaks an annotator would also see (annotations/
GUIDELINES.md defines sentences the same way).

A ``date`` argument must be exactly a DATE entity's span and a ``location`` argument exactly a
GPE entity's span, as the contract says ("the DATE span", "the GPE span").
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from pydantic import ValidationError

from pipeline.inputs import check_reference_date, decode_text
from pipeline.json_lines import loads_exact
from pipeline.records import GoldRecord, OutputRecord

DOC_ID = re.compile(r"^[A-Za-z0-9_.-]+$")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’»)\]]*\s+")
_OPENERS = "\"'“‘«([•‣◦▪●·–—"  # opening quotes and brackets, bullets and dashes
_ARGUMENT_LABELS = {"date": "DATE", "location": "GPE"}
"""Roles whose argument is, by the contract, exactly an entity span of this label."""
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr rev gen col lt sgt gov sen rep pres hon
    co corp inc ltd llc plc bros dept univ assn est no nos vol fig approx vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun""".split()
)


class Problem(NamedTuple):
    """One thing wrong with a gold file: the file, the entity or event id if any, why."""

    file: str
    id: str | None
    reason: str

    def __str__(self) -> str:
        reason = " ".join(self.reason.split("\n"))
        return f"{self.file}: {self.id}: {reason}" if self.id else f"{self.file}: {reason}"


@dataclass(frozen=True)
class GoldDoc:
    """A gold file that passed every check: its record (a plain dict) and its article text."""

    doc_id: str
    record: dict[str, Any]
    text: str
    path: Path
    text_path: Path


# -- sentences ----------------------------------------------------------------------------------


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    after = match.end()
    if after >= len(text):
        return False
    following = text[after]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if match.group().startswith(".") and not match.group().startswith(".."):
        word = re.search(r"(\S+)\Z", text[: match.start()])
        if word is not None:
            token = word.group(1).lstrip("\"'“‘«([")
            bare = token.lower()
            if bare in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token:
                return False
    return True


def sentence_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence break in ``text``, sorted: line breaks and sentence ends.

    A sentence end runs from its punctuation to the first character of the next sentence.
    """
    breaks = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)]
    breaks += [
        (m.start(), m.end()) for m in _SENTENCE_END.finditer(text) if _ends_sentence(text, m)
    ]
    return sorted(breaks)


def crosses_sentence(
    breaks: Sequence[tuple[int, int]], a: tuple[int, int], b: tuple[int, int]
) -> bool:
    """Whether a sentence break lies wholly in the gap between spans ``a`` and ``b``."""
    first, second = sorted((a, b))
    lo, hi = first[1], second[0]
    if lo >= hi:
        return False
    index = bisect.bisect_left(breaks, (lo, -1))
    while index < len(breaks) and breaks[index][0] < hi:
        if breaks[index][1] <= hi:
            return True
        index += 1
    return False


# -- one file -----------------------------------------------------------------------------------


def _flatten_validation(err: ValidationError, raw: Any, file: str) -> list[Problem]:
    """One "[loc] msg" problem per pydantic error, with the entity or event id when known."""
    problems: list[Problem] = []
    for item in err.errors():
        loc = item["loc"]
        where = " -> ".join(str(part) for part in loc) or "record"
        span_id: str | None = None
        if len(loc) >= 2 and loc[0] in ("entities", "events") and isinstance(loc[1], int):
            try:
                candidate = raw[loc[0]][loc[1]].get("id")
            except (AttributeError, IndexError, KeyError, TypeError):
                candidate = None
            span_id = candidate if isinstance(candidate, str) else None
        problems.append(Problem(file, span_id, f"[{where}] {item['msg']}"))
    return problems


def _span_problem(text: str, span: Mapping[str, Any], what: str) -> str | None:
    """Why ``span`` does not sit at its offsets in ``text``, or None when it does."""
    start, end, shown = span["start"], span["end"], span["text"]
    if end > len(text):
        return f"{what} {start}:{end} ends beyond the text ({len(text)} characters)"
    if start >= end:
        return f"{what} {start}:{end} is empty or reversed"
    actual = text[start:end]
    if actual == shown:
        return None
    reason = f"{what} text {shown!r} != text at {start}:{end} {actual!r}"
    found = [m.start() for m in re.finditer(re.escape(shown), text)] if shown else []
    if found:
        nearest = min(found, key=lambda pos: abs(pos - start))
        reason += (
            f" (nearest occurrence at {nearest}:{nearest + len(shown)}, shift {nearest - start:+d})"
        )
    return reason


def _duplicate_id(seen: set[str], item_id: str, kind: str, file: str) -> list[Problem]:
    """A "duplicate <kind> id" problem if ``item_id`` is in ``seen``; adds it to ``seen``."""
    if item_id in seen:
        return [Problem(file, item_id, f"duplicate {kind} id")]
    seen.add(item_id)
    return []


def _check_record(record: dict[str, Any], text: str, file: str) -> list[Problem]:
    """Offsets, order, overlaps, ids, roles and sentences of a schema-valid record."""
    problems: list[Problem] = []
    seen: set[str] = set()
    previous: dict[str, Any] | None = None  # the entity before, for the order check
    furthest: dict[str, Any] | None = None  # the entity reaching furthest, for overlaps
    for entity in record["entities"]:
        span_id = entity["id"]
        problems += _duplicate_id(seen, span_id, "entity", file)
        reason = _span_problem(text, entity, entity["label"])
        if reason:
            problems.append(Problem(file, span_id, reason))
        if previous is not None and entity["start"] < previous["start"]:
            problems.append(
                Problem(
                    file,
                    span_id,
                    f"entities not sorted by start: starts at {entity['start']}, "
                    f"after {previous['id']} at {previous['start']}",
                )
            )
        elif furthest is not None and entity["start"] < furthest["end"]:
            problems.append(
                Problem(
                    file,
                    span_id,
                    f"{entity['start']}:{entity['end']} overlaps {furthest['id']} "
                    f"{furthest['start']}:{furthest['end']} {furthest['text']!r}",
                )
            )
        previous = entity
        if furthest is None or entity["end"] > furthest["end"]:
            furthest = entity

    entity_spans = {(e["label"], e["start"], e["end"]) for e in record["entities"]}
    breaks = sentence_breaks(text)
    seen_events: set[str] = set()
    for event in record["events"]:
        event_id = event["id"]
        problems += _duplicate_id(seen_events, event_id, "event", file)
        trigger = event["trigger"]
        reason = _span_problem(text, trigger, "trigger")
        if reason:
            problems.append(Problem(file, event_id, reason))
        roles: set[str] = set()
        for argument in event["arguments"]:
            role = argument["role"]
            if role in roles:
                problems.append(Problem(file, event_id, f"more than one {role} argument"))
            roles.add(role)
            reason = _span_problem(text, argument, f"{role} argument")
            if reason:
                problems.append(Problem(file, event_id, reason))
                continue
            label = _ARGUMENT_LABELS.get(role)
            if label and (label, argument["start"], argument["end"]) not in entity_spans:
                problems.append(
                    Problem(
                        file,
                        event_id,
                        f"{role} argument {argument['text']!r} {argument['start']}:"
                        f"{argument['end']} is not a {label} entity span",
                    )
                )
            if crosses_sentence(
                breaks, (trigger["start"], trigger["end"]), (argument["start"], argument["end"])
            ):
                problems.append(
                    Problem(
                        file,
                        event_id,
                        f"{role} argument {argument['text']!r} {argument['start']}:"
                        f"{argument['end']} is outside the sentence of trigger "
                        f"{trigger['text']!r} {trigger['start']}:{trigger['end']}",
                    )
                )
    return problems


def fill_defaults(record: dict[str, Any]) -> dict[str, Any]:
    """Give a validated record the lists the schema lets it leave out (entities, events,
    arguments), so that code reading the plain dict never meets a missing key."""
    record.setdefault("entities", [])
    for event in record.setdefault("events", []):
        event.setdefault("arguments", [])
    return record


def check_gold_file(path: Path, corpus_dir: Path) -> tuple[GoldDoc | None, list[Problem]]:
    """Every problem of one gold file, and the GoldDoc when there are none."""
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return None, [Problem(file, None, f"cannot read: {err.strerror or err}")]
    try:
        raw = loads_exact(data)
    except orjson.JSONDecodeError as err:
        return None, [Problem(file, None, f"malformed JSON ({err})")]
    if not isinstance(raw, dict):
        return None, [Problem(file, None, f"must be a JSON object, not {type(raw).__name__}")]
    try:
        # Strict: the checks below read the raw values, so "3" or 3.0 for an offset must be
        # a problem here, not a TypeError there.
        GoldRecord.model_validate(raw, strict=True)
    except ValidationError as err:
        return None, _flatten_validation(err, raw, file)
    fill_defaults(raw)

    problems: list[Problem] = []
    doc_id = raw["doc_id"]
    if doc_id != path.stem:
        problems.append(Problem(file, None, f"doc_id {doc_id!r} != file name {path.stem!r}"))
    if not DOC_ID.match(path.stem):
        problems.append(
            Problem(file, None, f"file name {path.stem!r} is not a doc_id [A-Za-z0-9_.-]+")
        )
    try:
        check_reference_date(raw["reference_date"])
    except ValueError as err:
        problems.append(Problem(file, None, str(err)))
    text_path = corpus_dir / f"{path.stem}.txt"
    try:
        text = decode_text(text_path.read_bytes())
    except FileNotFoundError:
        return None, [*problems, Problem(file, None, f"corpus text {text_path} not found")]
    except OSError as err:
        return None, [
            *problems,
            Problem(file, None, f"cannot read {text_path}: {err.strerror or err}"),
        ]
    except ValueError as err:
        return None, [*problems, Problem(file, None, f"corpus text {text_path}: {err}")]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != raw["text_sha256"]:
        problems.append(
            Problem(file, None, f"text_sha256 does not match {text_path} (its sha256 is {digest})")
        )
    problems += _check_record(raw, text, file)
    if problems:
        return None, problems
    return GoldDoc(path.stem, raw, text, path, text_path), []


# -- a folder -----------------------------------------------------------------------------------


def _source_text(source: str) -> str | None:
    """The article text a record's ``source`` names, when it is a readable ``.txt`` file."""
    path = Path(source)
    if path.suffix != ".txt" or not path.is_file():
        return None
    try:
        return decode_text(path.read_bytes())
    except (OSError, ValueError):
        return None


def validate_output(path: str | Path) -> tuple[int, list[Problem]]:
    """Check every line of an ``extract`` output file against the record schema, and, where
    the line's ``source`` is a ``.txt`` file that can be read, its offsets, order, overlaps and
    events against that text. Returns the number of lines and the problems."""
    problems: list[Problem] = []
    count = 0
    with Path(path).open("rb") as stream:  # line by line: output files can be large
        for number, line in enumerate(stream, start=1):
            count = number
            problems += _check_output_line(line.rstrip(b"\r\n"), f"{path}:{number}")
    return count, problems


def _check_output_line(raw: bytes, where: str) -> list[Problem]:
    """The problems of one ``extract`` output line (see ``validate_output``)."""
    try:
        record = loads_exact(raw)
    except orjson.JSONDecodeError as err:
        return [Problem(where, None, f"not JSON: {err}")]
    try:
        OutputRecord.model_validate(record)
    except ValidationError as err:
        return _flatten_validation(err, record, where)
    text = _source_text(record["source"])
    return [] if text is None else _check_record(fill_defaults(record), text, where)


def gold_files(annotations_dir: Path) -> list[Path]:
    """The gold files of a folder: its ``*.json``, sorted by name."""
    return sorted(p for p in Path(annotations_dir).glob("*.json") if p.is_file())


def unreadable_gold(annotations_dir: Path, docs_glob: str | None = None) -> list[Problem]:
    """A problem for each ``*.json`` entry that is not a readable regular file (a named pipe,
    a link loop, a broken link): it is neither checked nor scored, and the user is told so."""
    problems: list[Problem] = []
    try:
        entries = sorted(os.scandir(annotations_dir), key=lambda entry: entry.name)
    except OSError:
        return problems
    for entry in entries:
        stem = entry.name.removesuffix(".json")
        if not entry.name.endswith(".json") or (docs_glob and not fnmatchcase(stem, docs_glob)):
            continue
        try:
            mode = os.stat(entry.path).st_mode
        except OSError as err:
            problems.append(Problem(entry.path, None, f"cannot read: {err.strerror or err}"))
            continue
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            reason = "not a regular file (a pipe, device or socket?)"
            problems.append(Problem(entry.path, None, reason))
    return problems


def validate_gold(annotations_dir: str | Path, corpus_dir: str | Path) -> list[Problem]:
    """Every problem in every gold file of ``annotations_dir`` (an empty list when all is well)."""
    annotations_dir, corpus_dir = Path(annotations_dir), Path(corpus_dir)
    if not annotations_dir.is_dir():
        return [Problem(str(annotations_dir), None, "no such folder")]
    if not corpus_dir.is_dir():
        return [Problem(str(corpus_dir), None, "no such folder")]
    problems = unreadable_gold(annotations_dir)
    for path in gold_files(annotations_dir):
        problems += check_gold_file(path, corpus_dir)[1]
    return problems + check_launches_file(annotations_dir)


def check_launches_file(annotations_dir: Path) -> list[Problem]:
    """Problems of ``launches.jsonl`` (the gold launches across articles), if the folder has
    one: every mention is a gold event of this folder, and none is in two launches."""
    from pipeline.tracking.gold import LAUNCHES_FILE, gold_event_ids, read_launches

    path = annotations_dir / LAUNCHES_FILE
    if not path.is_file():
        return []
    _, found = read_launches(path, gold_event_ids(annotations_dir))
    return [Problem(*problem) for problem in found]
