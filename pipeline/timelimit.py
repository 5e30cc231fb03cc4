"""A per-document time limit, so that one runaway article fails alone instead of stalling a feed.

In a process's main thread the limit is SIGALRM (a real-time interval timer) raising
``DocumentTimeout``: the components are Python and the regex engine checks for signals, so
the exception arrives within moments of the deadline. Any other thread (a Dask worker runs
its tasks in one; so may a web service that calls the API) cannot take a signal, so there a
timer thread raises the same exception in it asynchronously (CPython's
``PyThreadState_SetAsyncExc``): it arrives at the thread's next Python instruction, so a long
call into C (one regex search) finishes first; the components keep such calls short. Where
neither exists (Windows' main thread, interpreters without the C API) documents run
without a limit.
"""

from __future__ import annotations

import ctypes
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


def _message(seconds: float) -> str:
    return f"timed out after {seconds:g} s (--timeout)"


def can_limit_time() -> bool:
    """Whether ``time_limit`` can end a block in the calling thread."""
    if threading.current_thread() is threading.main_thread():
        return hasattr(signal, "setitimer")
    return hasattr(ctypes, "pythonapi")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block once ``seconds`` have passed (None or 0: no limit)."""
    if not seconds or not can_limit_time():
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _thread_timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(_message(seconds))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_timer(seconds: float) -> Iterator[None]:
    """The limit for a thread other than the main one: a timer raises in it asynchronously.

    The lock makes the timer and the end of the block exclusive: once the block has ended
    the timer raises nothing, and an exception the timer set just before is cleared if it
    has not yet arrived, so no DocumentTimeout escapes into the caller's later code.
    """
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    class Expired(DocumentTimeout):
        def __init__(self) -> None:  # raised as a class, so the message is built in
            super().__init__(_message(seconds))

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(Expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
