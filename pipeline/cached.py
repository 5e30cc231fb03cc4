"""``cached_property`` without a lock: computed on first access, then a plain attribute.

Python 3.11's ``functools.cached_property`` takes a lock on every first access (a lock shared
by every instance of the class, kept for threads that compute the same attribute at once;
Python 3.12 dropped it). The per-document caches (``DocView``, ``LaunchDoc``) are built and
read by one thread, about sixteen first accesses per document, and that lock was about 1 %
of the pipeline's CPU time. This descriptor stores the value in the instance's ``__dict__``
under the attribute's own name, as ``functools.cached_property`` does, so every later
access finds it there without calling the descriptor, and ``del`` or
``__dict__.pop(name)`` drops it to be computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_property(Generic[T]):
    """A non-data descriptor that computes ``func(instance)`` once per instance."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value
