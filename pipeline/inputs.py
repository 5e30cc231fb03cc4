"""Read the command line's inputs (.txt files, folders, .jsonl files, standard input) lazily.

Every problem with one input becomes an ``InputError`` in the stream instead of an exception,
so one bad article never costs the others and errors keep their place in input order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from pipeline.extraction import InputDoc


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: where it is and why, in one line."""

    input: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        return self.input if self.line is None else f"{self.input}:{self.line}"

    def as_dict(self) -> dict[str, object]:
        return {"input": self.input, "line": self.line, "reason": self.reason}


InputItem = InputDoc | InputError


def check_reference_date(value: object) -> str | None:
    """Return a valid YYYY-MM-DD date or None; raise ValueError with the reason otherwise."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"reference_date must be a string YYYY-MM-DD or null, not {value!r}")
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"reference_date {value!r} is not a calendar date YYYY-MM-DD") from None
    if len(value) != 10 or parsed.isoformat() != value:
        raise ValueError(f"reference_date {value!r} is not in the form YYYY-MM-DD")
    return value


def decode_text(data: bytes) -> str:
    """UTF-8 with a leading BOM removed, as the contract fixes; raise ValueError otherwise."""
    if b"\x00" in data[:8192] and data.count(b"\x00") > len(data) // 10:
        raise ValueError("binary file (mostly NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})") from None


def _read_txt(path: Path, default_date: str | None, doc_id: str | None = None) -> InputItem:
    try:
        text = decode_text(path.read_bytes())
    except ValueError as err:
        return InputError(str(path), str(err))
    except OSError as err:
        return InputError(str(path), err.strerror or str(err))
    return InputDoc(doc_id or path.stem, text, default_date, str(path))


def _read_jsonl(stream: BinaryIO, name: str, default_date: str | None) -> Iterator[InputItem]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        yield parse_jsonl_line(raw, name, number, default_date)


def parse_jsonl_line(raw: bytes, name: str, number: int, default_date: str | None) -> InputItem:
    """One JSONL input line as an InputDoc, or the reason it is not one."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        return InputError(name, f"malformed JSON ({err.msg})", number)
    if not isinstance(obj, dict):
        return InputError(name, "a line must be a JSON object", number)
    doc_id, text = obj.get("id"), obj.get("text")
    if "text" not in obj:
        return InputError(name, "missing 'text'", number)
    if not isinstance(text, str):
        return InputError(name, f"'text' must be a string, not {type(text).__name__}", number)
    if doc_id is None:
        return InputError(name, "missing 'id'", number)
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id) == "":
        return InputError(name, "'id' must be a non-empty string", number)
    try:
        reference_date = check_reference_date(obj.get("reference_date"))
    except ValueError as err:
        return InputError(name, str(err), number)
    return InputDoc(str(doc_id), text, reference_date or default_date, f"{name}:{number}")


def iter_inputs(
    inputs: list[str], default_date: str | None = None, stdin_format: str = "text"
) -> Iterator[InputItem]:
    """Every document named by ``inputs``, in order, as InputDoc or InputError."""
    for spec in inputs:
        if spec == "-":
            if stdin_format == "jsonl":
                yield from _read_jsonl(sys.stdin.buffer, "<stdin>", default_date)
            else:
                try:
                    text = decode_text(sys.stdin.buffer.read())
                except ValueError as err:
                    yield InputError("<stdin>", str(err))
                else:
                    yield InputDoc("stdin", text, default_date, "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not files:
                yield InputError(spec, "folder has no .txt files")
            for file in files:
                yield _read_txt(file, default_date)
        elif not path.exists():
            yield InputError(spec, "no such file or folder")
        elif path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as stream:
                    yield from _read_jsonl(stream, spec, default_date)
            except OSError as err:
                yield InputError(spec, err.strerror or str(err))
        elif path.suffix.lower() == ".txt":
            yield _read_txt(path, default_date)
        else:
            yield InputError(spec, "not a .txt file, a .jsonl file, a folder or -")
