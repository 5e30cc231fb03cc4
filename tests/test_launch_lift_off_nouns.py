"""A launch noun is a rocket's lift-off when nothing in its own phrase names a new thing and a
rocket or satellite stands before it in its sentence, or "space" right before it (issue 11,
real news: wire stories about rocket schedules gave asserted launches with a calendar word as
the object). A calendar unit alone is never what was launched. Invented sentences; negatives
keep new things launched by space companies and beside rockets."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_space_and_rocket_context_make_a_launch_noun_a_lift_off(run: Callable[..., Doc]) -> None:
    check(
        run,
        [
            ("Officials hailed the third space launch from the Tarnvale pad.", []),
            ("Engineers cheered the second U.S. Space launch at dawn.", []),
            ("Two more rockets are due for launch from the coast in May.", []),
            ("The probe, a joint rocket project, is ready for launch next month.", []),
        ],
    )


def test_a_calendar_unit_is_never_the_object(run: Callable[..., Doc]) -> None:
    check(run, [("Critics called it the busiest launch of the month.", [])])


def test_new_things_beside_rockets_and_space_names_keep_their_launch(
    run: Callable[..., Doc],
) -> None:
    check(
        run,
        [
            (
                "The rocket maker said the launch of its Orrin Pay app drew 2,000 users.",
                [("launch", "asserted", {"object": "Orrin Pay app"})],
            ),
            (
                "The satellite operator announced the launch of a new broadband service.",
                [("launch", "asserted", {"object": "new broadband service"})],
            ),
            (
                "Kelp Space launched a new app on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelp Space", "object": "new app", "date": "Monday"},
                    )
                ],
            ),
            (
                "Kelp Space will launch a new app in May.",
                [
                    (
                        "launch",
                        "unasserted",
                        {"agent": "Kelp Space", "object": "new app", "date": "May"},
                    )
                ],
            ),
            (
                "Orrin opened a new office space in Tarnvale.",
                [("opened", "asserted", {"agent": "Orrin", "object": "new office space"})],
            ),
        ],
    )


def test_acts_and_statutes_are_laws_not_launches(run: Callable[..., Doc]) -> None:
    """A law put before or passed by a legislature is not a new thing launched, whatever it is
    called ("bill", "law", "act", "statute"); a name that only holds the word keeps its launch."""
    check(
        run,
        [
            ("The council introduced a new compensation act last month.", []),
            ("Parliament introduced a statute to curb card fees.", []),
            (
                "Orrin launched its Act Local app in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Orrin", "object": "Act Local app", "date": "May"},
                    )
                ],
            ),
        ],
    )
