"""Read the command line's inputs (.txt files, folders, .jsonl files, standard input) lazily.

Every problem with one input becomes an ``InputError`` in the stream instead of an exception,
so one bad article never costs the others and errors keep their place in input order. Each
item read is one input: a record or a reported failure comes out for every one of them.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import orjson

from pipeline.extraction import InputDoc
from pipeline.reference_dates import parse_reference_date

DEFAULT_MAX_CHARS = 1_000_000
"""Longest article processed by default, in characters: spaCy's own ``max_length``. At about
150,000 characters a second, a longer text is almost always a broken dump, not an article."""

_JSON_TYPES = {
    "int": "a number",
    "float": "a number",
    "bool": "a boolean",
    "NoneType": "null",
    "list": "an array",
    "dict": "an object",
    "str": "a string",
}


JSONL_READ_PIECE = 1 << 20
"""Bytes a JSONL line is read in at a time, so that a line is never read without a bound."""


def shown_name(name: str) -> str:
    """A path as valid UTF-8 text, losslessly: unchanged when it is valid UTF-8; otherwise
    (a file name with bytes that are not UTF-8, which Python holds as surrogates) each such
    byte is written ``\\xNN`` and each backslash doubled, so the bytes can be recovered."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = name.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = name.encode("utf-8", "surrogatepass")
        return raw.replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
    return name


@dataclass(frozen=True)
class InputError:
    """One input that could not be read or processed: where it is and why, in one line."""

    input: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        name = shown_name(self.input)
        return name if self.line is None else f"{name}:{self.line}"

    def as_dict(self) -> dict[str, object]:
        """The --errors line; ``input_escaped`` marks a name written with ``shown_name``'s
        escapes (it is absent for every name that is valid UTF-8)."""
        shown = shown_name(self.input)
        fields: dict[str, object] = {"input": shown, "line": self.line, "reason": self.reason}
        if shown != self.input:
            fields["input_escaped"] = True
        return fields


@dataclass(frozen=True)
class SourcedDoc(InputDoc):
    """An InputDoc that remembers its input and line, so that a later failure can name them,
    and carries the warning (a duplicate id) to print when its record is written."""

    input: str = ""
    line: int | None = None
    warning: str | None = None


InputItem = InputDoc | InputError


def error_for(item: InputDoc, reason: str) -> InputError:
    """The InputError of a document that was read but failed later (in the pipeline)."""
    if isinstance(item, SourcedDoc):
        return InputError(item.input, reason, item.line)
    return InputError(item.source or item.doc_id, reason)


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, for one-line messages."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def check_reference_date(value: object) -> dt.date | None:
    """The JSON value of a ``reference_date`` as a ``date`` or None; ValueError says why not."""
    if value is not None and not isinstance(value, str):
        raise ValueError(
            f"reference_date must be a string YYYY-MM-DD or null, not {_json_type(value)}"
        )
    return parse_reference_date(value)


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value).__name__, type(value).__name__)


def decode_text(data: bytes) -> str:
    """UTF-8 with a leading BOM removed, as the contract fixes; raise ValueError otherwise.

    NUL bytes in valid UTF-8 are text like any other; a file made mostly of them, or one that
    is not UTF-8 and has NUL bytes near its start, is called binary, which is what it is.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ValueError("UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8")
    head_has_nul = b"\x00" in data[:8192]
    if head_has_nul and data.count(b"\x00") > len(data) // 10:
        raise ValueError("binary file (mostly NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if head_has_nul:
            raise ValueError(
                f"binary file, not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
            ) from None
        if err.reason == "unexpected end of data":
            raise ValueError(
                f"not valid UTF-8: it ends inside a character (offset {err.start}; cut short?)"
            ) from None
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None


def _too_long(length: int, max_chars: int | None, unit: str = "characters") -> str | None:
    """Why a text of ``length`` characters (or, with ``unit="bytes"``, of that many UTF-8
    bytes, at most 4 a character) is over the limit, or None when it may be within it."""
    if not max_chars:
        return None
    bound = max_chars if unit == "characters" else 4 * max_chars + 3  # 3: a BOM
    if length > bound:
        return f"too long: {length:,} {unit}, the limit is {max_chars:,} characters (--max-chars)"
    return None


def _os_reason(err: OSError) -> str:
    return err.strerror or str(err)


NOT_REGULAR = "not a regular file (a pipe, device or socket?)"
"""Opening a named pipe would wait for a writer forever; a device may never end."""


def _read_txt(path: Path, default_date: dt.date | None, max_chars: int | None) -> InputItem:
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        gone = "broken symbolic link" if path.is_symlink() else "no such file (removed meanwhile?)"
        return InputError(name, gone)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return InputError(name, f"symbolic link loop ({_os_reason(err)})")
        return InputError(name, _os_reason(err))
    if not stat.S_ISREG(info.st_mode):
        return InputError(name, NOT_REGULAR)
    # A file of more bytes than the limit's characters can take is too long whatever it holds,
    # and is not read into memory at all.
    reason = _too_long(info.st_size, max_chars, "bytes")
    if reason:
        return InputError(name, reason)
    try:
        with path.open("rb") as stream:
            data = stream.read()
    except OSError as err:
        return InputError(name, _os_reason(err))
    return _text_doc(data, path.stem, name, default_date, max_chars)


def _text_doc(
    data: bytes, doc_id: str, name: str, default_date: dt.date | None, max_chars: int | None
) -> InputItem:
    try:
        text = decode_text(data)
    except ValueError as err:
        return InputError(name, str(err))
    reason = _too_long(len(text), max_chars)
    if reason:
        return InputError(name, reason)
    return SourcedDoc(doc_id, text, default_date, name, input=name)


def _line_limit(max_chars: int | None) -> int | None:
    """Most bytes a JSONL line within ``max_chars`` can take: 12 a character (an astral
    character written as two ``\\uXXXX`` escapes) and 64 KiB for the other fields."""
    return 12 * max_chars + (1 << 16) if max_chars else None


def _bounded_lines(stream: BinaryIO, limit: int | None) -> Iterator[bytes | str]:
    """Each line of ``stream``, read in pieces of JSONL_READ_PIECE bytes; a line over
    ``limit`` bytes, or one that does not fit in memory, is the reason it failed (a str)
    instead, and the rest of it is read and dropped piece by piece."""
    while True:
        parts: list[bytes] = []
        size = 0
        failed: str | None = None
        while True:
            try:
                piece = stream.readline(JSONL_READ_PIECE)
            except MemoryError:
                piece, failed, parts = b"", "out of memory reading the line", []
            if not piece:
                break
            size += len(piece)
            if failed is None and limit is not None and size > limit:
                failed, parts = f"too long: more than {limit:,} bytes on one line", []
            if failed is None:
                parts.append(piece)
            if piece.endswith(b"\n"):
                break
        if size == 0 and failed is None:
            return
        if failed is not None:
            yield failed
            continue
        try:
            yield b"".join(parts)
        except MemoryError:
            parts = []
            yield "out of memory reading the line"


def _read_jsonl(
    stream: BinaryIO, name: str, default_date: dt.date | None, max_chars: int | None
) -> Iterator[InputItem]:
    lines = _bounded_lines(stream, _line_limit(max_chars))
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, str):
            if raw.startswith("too long"):
                raw += f", the limit is {max_chars:,} characters (--max-chars)"
            yield InputError(name, raw, number)
            continue
        if raw.startswith(b"\xef\xbb\xbf"):  # a BOM: the file's, or one of files joined by cat
            raw = raw[3:]
        if not raw.strip():
            continue
        yield parse_jsonl_line(raw, name, number, default_date, max_chars)


def parse_jsonl_line(
    raw: bytes,
    name: str,
    number: int,
    default_date: dt.date | None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> InputItem:
    """One JSONL input line as an InputDoc, or the reason it is not one."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        return InputError(name, _json_problem(raw, err), number)
    if not isinstance(obj, dict):
        return InputError(name, f"a line must be a JSON object, not {_json_type(obj)}", number)
    if "text" not in obj:
        return InputError(name, "missing 'text'", number)
    doc_id, text = obj.get("id"), obj["text"]
    if not isinstance(text, str):
        return InputError(name, f"'text' must be a string, not {_json_type(text)}", number)
    if doc_id is None:
        return InputError(name, "missing 'id'", number)
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id) == "":
        return InputError(name, "'id' must be a non-empty string", number)
    try:
        reference_date = check_reference_date(obj.get("reference_date"))
    except ValueError as err:
        return InputError(name, str(err), number)
    reason = _too_long(len(text), max_chars)
    if reason:
        return InputError(name, reason, number)
    return SourcedDoc(
        str(doc_id),
        text,
        reference_date or default_date,
        f"{name}:{number}",
        input=name,
        line=number,
    )


def _json_problem(raw: bytes, err: orjson.JSONDecodeError) -> str:
    """Why a line is not JSON, said so that the cause is plain (bad bytes, a cut-short line)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        return f"not valid UTF-8 (byte 0x{raw[bad.start]:02x} at column {bad.start + 1})"
    if "memory" in err.msg.lower():  # orjson: "Not enough memory to allocate buffer ..."
        return "out of memory reading the line"
    reason = f"malformed JSON ({err.msg} at column {err.colno})"
    if not raw.endswith(b"\n"):
        reason += "; the last line is incomplete (input cut short?)"
    return reason


def _read_stdin(
    stdin_format: str, default_date: dt.date | None, max_chars: int | None
) -> Iterator[InputItem]:
    """Standard input as one article or as JSONL; a closed standard input is an input error."""
    name = "<stdin>"
    stream = getattr(sys.stdin, "buffer", None)
    if sys.stdin is None or stream is None:
        yield InputError(name, "standard input is closed")
        return
    try:
        if stdin_format == "jsonl":
            yield from _read_jsonl(stream, name, default_date, max_chars)
            return
        # Read no more than a text within the limit can take (4 bytes a character at most).
        limit = 4 * max_chars + 4 if max_chars else -1
        data = stream.read(limit)
        if max_chars and len(data) == limit:
            reason = f"too long: more than {limit - 1:,} bytes, the limit is {max_chars:,} "
            yield InputError(name, reason + "characters (--max-chars)")
            return
    except OSError as err:
        reason = "standard input is closed" if err.errno == 9 else _os_reason(err)
        yield InputError(name, reason)
        return
    yield _text_doc(data, "stdin", name, default_date, max_chars)


def mark_duplicates(items: Iterator[InputItem]) -> Iterator[InputItem]:
    """Pass ``items`` through, giving a document whose id was seen before a warning that says
    where the first one was. Both are processed: a feed that repeats an article is worth a
    warning, not a lost record; whoever reads the output decides which one to keep. Only
    where each id was first seen is kept, never the texts."""
    first: dict[str, tuple[str, int | None]] = {}
    for item in items:
        if isinstance(item, InputDoc):
            here = _origin(item)
            seen = first.setdefault(item.doc_id, here)
            if seen is not here:
                if seen[0] == here[0] and seen[1] is not None:
                    at = f"line {seen[1]}"
                else:
                    at = seen[0] if seen[1] is None else f"{seen[0]}:{seen[1]}"
                yield _with_warning(item, f"duplicate id {item.doc_id!r} (first at {at})")
                continue
        yield item


def _origin(item: InputDoc) -> tuple[str, int | None]:
    if isinstance(item, SourcedDoc):
        return item.input, item.line
    return item.source or item.doc_id, None


def _with_warning(item: InputDoc, warning: str) -> SourcedDoc:
    if isinstance(item, SourcedDoc):
        return replace(item, warning=warning)
    origin = _origin(item)
    return SourcedDoc(item.doc_id, item.text, item.reference_date, item.source, *origin, warning)


def _folder_files(path: Path) -> list[Path]:
    """The folder's ``*.txt`` entries that are not folders, sorted by name; OSError when it
    cannot be listed. A broken link or a pipe named ``*.txt`` is listed, to be reported."""
    with os.scandir(path) as entries:
        return sorted(
            Path(entry.path)
            for entry in entries
            if entry.name.endswith(".txt") and not _is_folder(entry)
        )


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder; a looping or otherwise unfollowable link is not one, and
    is listed so that reading it reports it alone."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _missing(spec: str) -> str:
    """Why a path that does not exist cannot be followed: a link loop, a broken link, or none."""
    try:
        os.stat(spec)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return f"symbolic link loop ({_os_reason(err)})"
        if os.path.islink(spec):
            return "broken symbolic link"
        if err.errno not in (errno.ENOENT, errno.ENOTDIR):
            return _os_reason(err)
    return "no such file or folder"


def _open_jsonl(path: Path, name: str) -> BinaryIO | InputError:
    """The JSONL file open for reading, or why not: like a .txt, only a regular file is read,
    as a device may never end (a named pipe is refused before it is opened)."""
    try:
        stream = path.open("rb")
    except OSError as err:
        return InputError(name, _os_reason(err))
    try:
        regular = stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except OSError as err:
        stream.close()
        return InputError(name, _os_reason(err))
    if not regular:
        stream.close()
        return InputError(name, NOT_REGULAR)
    return stream


def _jsonl_file(
    path: Path, spec: str, default_date: dt.date | None, max_chars: int | None
) -> Iterator[InputItem]:
    if stat.S_ISFIFO(_mode(path)):  # opening a FIFO would wait for a writer
        yield InputError(spec, NOT_REGULAR)
        return
    opened = _open_jsonl(path, spec)
    if isinstance(opened, InputError):
        yield opened
        return
    try:
        with opened as stream:
            yield from _read_jsonl(stream, spec, default_date, max_chars)
    except OSError as err:
        yield InputError(spec, _os_reason(err))


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode
    except OSError:
        return 0


def iter_inputs(
    inputs: list[str],
    default_date: dt.date | None = None,
    stdin_format: str = "text",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[InputItem]:
    """Every document named by ``inputs``, in order, as InputDoc or InputError.

    ``max_chars`` (None or 0: no limit) turns a longer article into an InputError.
    """
    for spec in inputs:
        if spec == "-":
            yield from _read_stdin(stdin_format, default_date, max_chars)
            continue
        path = Path(spec)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as err:
            yield InputError(spec, _os_reason(err) if isinstance(err, OSError) else str(err))
            continue
        if is_dir:
            try:
                files = _folder_files(path)
            except OSError as err:
                yield InputError(spec, f"cannot list the folder: {_os_reason(err)}")
                continue
            if not files:
                yield InputError(spec, "folder has no .txt files")
            for file in files:
                yield _read_txt(file, default_date, max_chars)
        elif not exists:
            yield InputError(spec, _missing(spec))
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_file(path, spec, default_date, max_chars)
        elif path.suffix.lower() == ".txt":
            yield _read_txt(path, default_date, max_chars)
        else:
            yield InputError(spec, "not a .txt file, a .jsonl file, a folder or -")
