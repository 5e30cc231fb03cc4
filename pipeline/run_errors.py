"""The exceptions the extract run raises and catches: one line each, and their exit codes."""

from __future__ import annotations

import signal
import sys

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE if hasattr(signal, "SIGPIPE") else 141
"""Standard output closed by its reader: what a shell shows for a tool killed by SIGPIPE."""


class UsageError(Exception):
    """A problem found before any input is read (exit 2); the message is one line."""


class OutputError(Exception):
    """The output could not be written during the run (exit 1); the message is one line."""


class StdoutClosed(Exception):
    """Standard output's reader has gone (``| head -1``): stop quietly."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM: unwinds like KeyboardInterrupt, so temporary files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stderr_line(line: str) -> None:
    """One line on standard error; if standard error is gone too, there is no one to tell."""
    if sys.stderr is None:
        return
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass
