"""A per-document time limit, so that one runaway article fails alone instead of stalling a feed.

The limit is SIGALRM (a real-time interval timer) raising ``DocumentTimeout`` in the thread
that runs the pipeline: the components are Python and the regex engine checks for signals, so
the exception arrives within moments of the deadline. Where no such timer exists (Windows, or
a thread other than the main one) documents run without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_TIMEOUT = 60.0
"""Seconds one document may take (``--timeout``). A 1,000,000-character article, the default
``--max-chars``, takes about 7 s; ten times that on a loaded machine still fits."""


class DocumentTimeout(Exception):
    """The document being processed ran past its time limit."""


def can_limit_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block once ``seconds`` have passed (None or 0: no limit)."""
    if not seconds or not can_limit_time():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"timed out after {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
