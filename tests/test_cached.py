"""``pipeline.cached.cached_property``: computed once per instance, then a plain attribute."""

from __future__ import annotations

from pipeline.cached import cached_property


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    @cached_property
    def value(self) -> int:
        """The number of computations so far."""
        self.calls += 1
        return self.calls


def test_computed_once_and_kept_in_the_instance_dict() -> None:
    counter = Counter()
    assert counter.value == 1
    assert counter.value == 1
    assert counter.calls == 1
    assert counter.__dict__["value"] == 1


def test_each_instance_has_its_own_value() -> None:
    first, second = Counter(), Counter()
    first.calls = 10
    assert (first.value, second.value) == (11, 1)


def test_dropping_the_value_computes_it_again() -> None:
    counter = Counter()
    assert counter.value == 1
    counter.__dict__.pop("value")
    assert counter.value == 2
    del counter.value
    assert counter.value == 3


def test_class_access_gives_the_descriptor_with_the_docstring() -> None:
    assert isinstance(Counter.value, cached_property)
    assert Counter.value.__doc__ == "The number of computations so far."
