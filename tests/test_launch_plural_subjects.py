"""A base form after a plural noun and before a determiner is a present-tense verb (issue 11,
real news: "Two banks launch a joint platform"): read as a noun, "launch" took the subject
as its object. Invented sentences; negatives keep the noun readings."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_a_plural_subject_before_a_base_form_and_its_object(run: Callable[..., Doc]) -> None:
    check(
        run,
        [
            (
                "Two lenders launch a joint payments platform.",
                [("launch", "asserted", {"object": "joint payments platform"})],
            ),
            (
                "Each spring the growers launch new apple varieties.",
                [("launch", "asserted", {"object": "new apple varieties"})],
            ),
            (
                "Harlow ferries unveil a new timetable on Monday.",
                [("unveil", "asserted", {"object": "new timetable", "date": "Monday"})],
            ),
        ],
    )


def test_a_noun_launch_after_a_plural_keeps_its_reading(run: Callable[..., Doc]) -> None:
    """No determiner after the form, or a word in "-ss" before it: a noun "launch"."""
    check(
        run,
        [
            ("The Vexa products launch event was postponed.", []),
            ("The press launch a day later was cancelled.", []),
        ],
    )
