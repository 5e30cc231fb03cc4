"""The agent of a passive "by" phrase whose name follows descriptions: a place or company
joined by a hyphen to a participle ("Vellmar-based banker Anna Berg") describes the head and
is no agent, and two descriptions joined by "and" ("old friends and bakers Tom Hale") lead to
the name. Invented sentences (every company, town and person made up); each test fails
without its rule and holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, events


def agents(run: Callable[..., Doc], text: str) -> list[str | None]:
    """The agent text of every event of ``text``."""
    return [arguments.get("agent") for _, _, arguments in events(run(text, R))]


def test_hyphenated_place_before_the_name_is_a_description(run: Callable[..., Doc]) -> None:
    """ "by Vellmar-based banker Anna Berg": the person founded it, not the town; with no
    name after the description there is no agent, and a name after it is the agent."""
    assert agents(run, "The bakery was founded by Vellmar-based banker Anna Berg in 2019.") == [
        "Anna Berg"
    ]
    assert agents(run, "The bakery was founded by Vellmar-based researchers in 2019.") == [None]
    assert agents(run, "The bakery was founded by Kelvo Bank in 2019.") == ["Kelvo Bank"]


def test_two_descriptions_joined_by_and_before_the_name(run: Callable[..., Doc]) -> None:
    """ "by old friends and bakers Tom Hale and Ana Lind": the first name is the agent; "by
    Kelvo Bank and Zarnex" keeps the first name too."""
    assert agents(
        run, "The bakery was founded by old friends and bakers Tom Hale and Ana Lind."
    ) == ["Tom Hale"]
    assert agents(run, "The bakery was founded by Kelvo Bank and Zarnex in 2019.") == ["Kelvo Bank"]
