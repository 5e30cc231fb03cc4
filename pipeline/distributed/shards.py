"""Shards: the units of work a Dask worker takes, small enough to balance and to retry.

A shard names what its worker reads itself (a list of ``.txt`` files, or a byte range of a
JSONL file that starts and ends on a line boundary, with the number of its first line), so the
client sends names, not texts. Only what no worker can read (standard input) or what is already
an input error (a missing file, an empty folder) travels inline, read as the local run reads it.
A worker reads a shard with the same functions as ``iter_inputs``, so every record's ``source``
and every error's wording are the local run's.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.inputs import (
    InputError,
    InputItem,
    SourcedDoc,
    _folder_files,
    _read_jsonl,
    _read_txt,
    iter_inputs,
)

SHARD_DOCS = 256
"""Most documents (files, or inline items) in one shard."""
SHARD_BYTES = 8 << 20
"""Most bytes of JSONL in one shard (a line longer than that is a shard of its own)."""
SHARDS_PER_WORKER = 4
"""Small inputs are cut into at least this many shards a worker, so that all workers share."""
SCAN_BLOCK = 1 << 20


@dataclass(frozen=True)
class Shard:
    """One task's inputs: ``paths`` (.txt files), or ``path``'s bytes ``start:end`` (JSONL
    lines from ``first_line``), or ``items`` read already. ``name`` orders the shards (and
    names a ``--dask-output`` part): a shard cut in two gives ``name.0`` and ``name.1``."""

    name: str
    paths: tuple[str, ...] = ()
    path: str = ""
    start: int = 0
    end: int = 0
    first_line: int = 1
    items: tuple[InputItem, ...] = ()

    @property
    def single(self) -> bool:
        """Whether the shard holds at most one input, so cannot be cut further."""
        if self.path:
            return _line_starts(self) == [self.start]
        return len(self.paths) + len(self.items) <= 1


def read_shard(shard: Shard, max_chars: int | None) -> Iterator[InputItem]:
    """The shard's inputs as ``iter_inputs`` reads them (same sources, same errors)."""
    yield from shard.items
    for name in shard.paths:
        yield _read_txt(Path(name), None, max_chars)
    if shard.path:
        yield from _read_range(shard, max_chars)


def _read_range(shard: Shard, max_chars: int | None) -> Iterator[InputItem]:
    offset = shard.first_line - 1
    try:
        with open(shard.path, "rb") as stream:
            stream.seek(shard.start)
            lines = _Range(stream, shard.end - shard.start)
            for item in _read_jsonl(lines, shard.path, None, max_chars):  # type: ignore[arg-type]
                yield _renumbered(item, offset)
    except OSError as err:
        yield InputError(shard.path, err.strerror or str(err), shard.first_line)


def _renumbered(item: InputItem, offset: int) -> InputItem:
    """An item of a range, numbered by its line in the whole file."""
    if not offset:
        return item
    if isinstance(item, InputError):
        return dataclasses.replace(item, line=(item.line or 0) + offset)
    if isinstance(item, SourcedDoc) and item.line is not None:
        line = item.line + offset
        return dataclasses.replace(item, line=line, source=f"{item.input}:{line}")
    return item


class _Range:
    """``readline`` over the next ``size`` bytes of a binary file, as ``_read_jsonl`` reads."""

    def __init__(self, stream: object, size: int) -> None:
        self._stream = stream
        self._left = size

    def readline(self, limit: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        limit = self._left if limit < 0 else min(limit, self._left)
        data: bytes = self._stream.readline(limit)  # type: ignore[attr-defined]
        self._left -= len(data)
        return data


def plan_shards(
    inputs: list[str],
    workers: int,
    stdin_format: str,
    max_chars: int | None,
) -> Iterator[Shard]:
    """``inputs`` as shards, in input order. Files and JSONL ranges are listed, not read."""
    counter = iter(range(1 << 62))
    files: list[str] = []
    inline: list[InputItem] = []

    def name() -> str:
        return f"{next(counter):06d}"

    def flush() -> Iterator[Shard]:
        if inline:
            yield Shard(name(), items=tuple(inline))
            inline.clear()
        if files:
            yield Shard(name(), paths=tuple(files))
            files.clear()

    def add_inline(items: Iterator[InputItem]) -> Iterator[Shard]:
        if files:
            yield from flush()
        for item in items:
            inline.append(item)
            if len(inline) >= SHARD_DOCS:
                yield from flush()

    for spec in inputs:
        found = _listed_files(spec)
        if found is not None:
            size = _files_per_shard(len(found), workers)
            if inline:
                yield from flush()
            for file in found:
                files.append(file)
                if len(files) >= size:
                    yield from flush()
            continue
        ranges = _jsonl_ranges(spec, workers) if spec.lower().endswith(".jsonl") else None
        if ranges is not None:
            yield from flush()
            for start, end, first_line in ranges:
                yield Shard(name(), path=spec, start=start, end=end, first_line=first_line)
            continue
        # standard input, or an input that is an error however it is read: read it here
        yield from add_inline(iter_inputs([spec], None, stdin_format, max_chars))
    yield from flush()


def _files_per_shard(count: int, workers: int) -> int:
    return max(1, min(SHARD_DOCS, -(-count // (SHARDS_PER_WORKER * max(workers, 1)))))


def _listed_files(spec: str) -> list[str] | None:
    """The .txt files ``spec`` names (itself, or its folder's), or None when reading it gives
    anything else (standard input, JSONL, an error), which the local reader then handles."""
    if spec == "-":
        return None
    path = Path(spec)
    try:
        if path.is_dir():
            found = [str(file) for file in _folder_files(path)]
            return found or None
        if path.suffix.lower() == ".txt" and path.exists():
            return [str(path)]
    except (OSError, ValueError):
        return None
    return None


def _jsonl_ranges(spec: str, workers: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first line) of each range of whole lines of the JSONL file ``spec``, or
    None when it is not a regular file that can be read (the local reader says why)."""
    try:
        info = os.stat(spec)
        if not stat.S_ISREG(info.st_mode):
            return None
        target = max(1, min(SHARD_BYTES, -(-info.st_size // (SHARDS_PER_WORKER * workers))))
        return _cut(spec, target, 0, info.st_size, 1)
    except (OSError, ValueError):
        return None


def _cut(
    path: str, target: int, start: int, end: int, first_line: int
) -> list[tuple[int, int, int]]:
    """Ranges of about ``target`` bytes over ``path``'s bytes start:end, cut after a newline;
    reading the file once, counting newlines, is what numbering the lines takes."""
    ranges: list[tuple[int, int, int]] = []
    range_start, range_line, line = start, first_line, first_line
    position = start
    with open(path, "rb") as stream:
        stream.seek(start)
        while position < end:
            block = stream.read(min(SCAN_BLOCK, end - position))
            if not block:
                break
            cursor = 0
            while True:
                newline = block.find(b"\n", cursor)
                if newline < 0:
                    break
                cursor = newline + 1
                line += 1
                if position + cursor - range_start >= target:
                    ranges.append((range_start, position + cursor, range_line))
                    range_start, range_line = position + cursor, line
            position += len(block)
    if range_start < end:
        ranges.append((range_start, end, range_line))
    return ranges


def _line_starts(shard: Shard) -> list[int]:
    return [start for start, _, _ in _cut(shard.path, 1, shard.start, shard.end, shard.first_line)]


def split(shard: Shard) -> list[Shard]:
    """The shard cut in two (by inputs), to find the one input that kills workers."""
    if shard.path:
        lines = _cut(shard.path, 1, shard.start, shard.end, shard.first_line)
        half = len(lines) // 2
        parts = [lines[:half], lines[half:]]
        return [
            Shard(
                f"{shard.name}.{index}",
                path=shard.path,
                start=part[0][0],
                end=part[-1][1],
                first_line=part[0][2],
            )
            for index, part in enumerate(parts)
        ]
    half_items, half_paths = len(shard.items) // 2, len(shard.paths) // 2
    if shard.items and shard.paths:
        pieces = [Shard("", items=shard.items), Shard("", paths=shard.paths)]
    elif shard.items:
        pieces = [
            Shard("", items=shard.items[:half_items]),
            Shard("", items=shard.items[half_items:]),
        ]
    else:
        pieces = [
            Shard("", paths=shard.paths[:half_paths]),
            Shard("", paths=shard.paths[half_paths:]),
        ]
    return [
        dataclasses.replace(piece, name=f"{shard.name}.{index}")
        for index, piece in enumerate(pieces)
    ]


def lost_input(shard: Shard, reason: str) -> InputError:
    """The failure of a one-input shard whose input kills every worker that reads it."""
    if shard.path:
        return InputError(shard.path, reason, shard.first_line)
    if shard.paths:
        return InputError(shard.paths[0], reason)
    (item,) = shard.items
    if isinstance(item, InputError):
        return item
    if isinstance(item, SourcedDoc):
        return InputError(item.input, reason, item.line)
    return InputError(item.source or item.doc_id, reason)
