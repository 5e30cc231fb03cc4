"""Output files written whole or not at all: a temporary file in the output's folder, renamed
into place when the run completes; an output that is also an input is refused before anything
is written."""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from pipeline.inputs import (
    shown_name,
)

if TYPE_CHECKING:
    pass

from pipeline.run_errors import (
    OutputError,
    StdoutClosed,
    UsageError,
)

try:
    import fcntl
except ImportError:  # Windows: no locks, so no temporary file is ever taken for abandoned
    fcntl = None  # type: ignore[assignment]


class AtomicOutput(AbstractContextManager["AtomicOutput"]):
    """A binary sink: standard output; an existing device or pipe, written in place; or a file,
    written to a temporary file in the same folder and renamed over the target by ``commit``.

    Never renaming over a device matters: as root, ``-o /dev/full`` would otherwise replace the
    device node with a regular file. ``open`` raises UsageError, so an output that cannot be
    created is found before any input is read.
    """

    def __init__(self, path: Path | None, option: str = "-o") -> None:
        self.path = path
        self.option = option
        self._tmp: str | None = None
        self._target: str | None = None
        self.stream: IO[bytes] | None = None

    @property
    def name(self) -> str:
        return "standard output" if self.path is None else f"{self.option} {self.path}"

    def open(self) -> AtomicOutput:
        if self.path is None:
            self.stream = sys.stdout.buffer
            return self
        path = self.path
        try:
            info = path.stat() if path.exists() else None
        except OSError as err:
            raise UsageError(f"{self.name}: {err.strerror or err}") from None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{self.name}: is a folder")
        if info is not None and not stat.S_ISREG(info.st_mode):
            try:  # a device or a named pipe: write straight into it
                self.stream = path.open("wb")
            except OSError as err:
                raise UsageError(f"{self.name}: cannot write: {err.strerror or err}") from None
            return self
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        folder = target.parent
        if not folder.is_dir():
            what = "is not a folder" if folder.exists() else "does not exist"
            raise UsageError(f"{self.name}: folder {folder} {what}")
        prefix = f".{_short_name(target.name)}."
        _remove_stale_temporaries(folder, prefix)
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        except OSError as err:
            reason = err.strerror or str(err)
            raise UsageError(f"{self.name}: cannot write in {folder}: {reason}") from None
        _hold(fd)
        os.fchmod(fd, stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        self._target = str(target)
        self.stream = os.fdopen(fd, "wb")
        return self

    def write(self, data: bytes) -> None:
        assert self.stream is not None
        try:
            self.stream.write(data)
        except OSError as err:
            raise self._failure(err) from None

    def commit(self) -> None:
        """Flush everything and put the file in place; OutputError (or StdoutClosed) if not."""
        stream = self.stream
        if stream is None:
            return
        try:
            stream.flush()
            if self._tmp is not None:
                os.fsync(stream.fileno())
                os.replace(self._tmp, self._target or "")  # while still open, so still locked
                self._tmp = None
                stream.close()
            elif self.path is not None:
                stream.close()
            self.stream = None
        except OSError as err:
            self.discard()
            raise self._failure(err) from None

    def discard(self) -> None:
        """Drop a temporary file; on standard output, flush the whole lines written so far."""
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                stream.flush() if self.path is None else stream.close()
            except (OSError, ValueError):
                if self.path is None:
                    silence_stdout()
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def _failure(self, err: OSError) -> Exception:
        if self.path is None and isinstance(err, BrokenPipeError):
            return StdoutClosed()
        return OutputError(f"{self.name}: cannot write: {err.strerror or err}")

    def __enter__(self) -> AtomicOutput:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


TEMP_NAME_BYTES = 200
"""Bytes of the output's name kept in its temporary file's name, which adds 14 (a dot, a dot,
8 random characters, ``.tmp``): a legal 255-byte name must not make an illegal temporary one."""


def _short_name(name: str) -> str:
    while len(os.fsencode(name)) > TEMP_NAME_BYTES:
        name = name[:-1]
    return name


def _hold(fd: int) -> None:
    """Lock a temporary file for as long as this process lives (the lock goes with it), so a
    later run can tell an abandoned one (SIGKILL, a power cut) from one being written."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Remove the temporary files that earlier runs writing the same output left behind when
    they were killed: those whose lock no living process holds."""
    if fcntl is None:
        return
    try:
        names = [
            name
            for name in os.listdir(folder)
            if name.startswith(prefix) and name.endswith(".tmp") and len(name) == len(prefix) + 12
        ]
    except OSError:
        return
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(path)
        except OSError:
            pass  # still held by a living run, or already gone
        finally:
            os.close(fd)


def _default_mode() -> int:
    """The mode ``open`` would give a new file (mkstemp's own is 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that the interpreter's last flush of a closed
    or full standard output is silent instead of an "Exception ignored" message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def check_outputs_are_not_inputs(inputs: list[str], outputs: list[AtomicOutput | None]) -> None:
    """UsageError, before anything is written, when an output file is also an input (the same
    file by any name: a symbolic or hard link, a .txt in an input folder, standard input
    redirected from it), or when -o and --errors are one file: writing it would destroy it."""
    existing = [(sink, _identity(sink.path)) for sink in outputs if sink is not None and sink.path]
    existing = [(sink, key) for sink, key in existing if key is not None]
    if not existing:
        return
    if len(existing) == 2 and existing[0][1] == existing[1][1]:
        raise UsageError("--errors and -o must be different files (they are the same file)")
    for spec, key in _input_identities(inputs):
        for sink, output_key in existing:
            if key == output_key:
                shown = "standard input" if spec == "-" else shown_name(spec)
                raise UsageError(f"{sink.name}: is also an input ({shown}); it would be destroyed")


def _identity(path: Path | str | int) -> tuple[int, int] | None:
    """(device, inode) of a regular file, following links; None for anything else."""
    try:
        info = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _input_identities(inputs: list[str]) -> Iterator[tuple[str, tuple[int, int]]]:
    for spec in inputs:
        if spec == "-":
            try:
                key = _identity(sys.stdin.fileno()) if sys.stdin is not None else None
            except (OSError, ValueError, io.UnsupportedOperation):
                key = None
        elif os.path.isdir(spec):
            try:
                with os.scandir(spec) as entries:
                    names = [entry.path for entry in entries if entry.name.endswith(".txt")]
            except OSError:
                continue
            yield from ((name, k) for name in names if (k := _identity(name)) is not None)
            continue
        else:
            key = _identity(spec)
        if key is not None:
            yield spec, key
