"""LAUNCH modality of a bare launch noun ("the launch", "the debut") that refers back to a
launch word before it (README: unasserted when the launch word it refers back to is still to
come). Invented sentences (every company, town and product made up); each test fails without
its rule and holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_bare_launch_noun_refers_back_to_a_launch_still_to_come(
    run: Callable[..., Doc],
) -> None:
    """A bare launch noun before a modal of future or hypothesis is the launch the article
    named just before; when that one is still to come, so is this one. When it happened, the
    modal says what the launch will do ("will lift sales"), and the launch stays a fact; a
    bare noun with no modal keeps its own sentence's reading."""
    check(
        run,
        [
            (
                "Officials said the Kelvo Vista phone will be unveiled in Tarnby this week. "
                "The launch will draw buyers from three regions.",
                [
                    (
                        "unveiled",
                        "unasserted",
                        {"object": "Kelvo Vista phone", "date": "this week"},
                    ),
                    ("launch", "unasserted", {}),
                ],
            ),
            (
                "Kelvo will unveil the Vista phone in Tarnby next week. "
                "The debut will show three colours.",
                [
                    (
                        "unveil",
                        "unasserted",
                        {"agent": "Kelvo", "object": "Vista phone", "date": "next week"},
                    ),
                    ("debut", "unasserted", {}),
                ],
            ),
            (
                "Kelvo plans to launch a tablet in Tarnby. "
                "The launch would be its first outside Vellmar.",
                [
                    ("launch", "unasserted", {"agent": "Kelvo", "object": "tablet"}),
                    ("launch", "unasserted", {}),
                ],
            ),
            # the launch word before it happened: the modal is the launch's effect
            (
                "Kelvo unveiled the Vista phone in Tarnby on Monday. "
                "The launch will lift sales, analysts said.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Kelvo", "object": "Vista phone", "date": "Monday"},
                    ),
                    ("launch", "asserted", {}),
                ],
            ),
            # no modal after the bare noun: its own sentence says it happened
            (
                "Kelvo said it would not release a budget model. "
                "The launch comes a week after Tarnco cut its prices.",
                [
                    ("release", "unasserted", {"agent": "Kelvo", "object": "budget model"}),
                    ("launch", "asserted", {}),
                ],
            ),
        ],
    )


def test_a_launch_still_to_come_by_its_date_is_what_a_bare_noun_refers_back_to(
    run: Callable[..., Doc],
) -> None:
    """The launch before the bare noun is still to come however its own rules said so, here
    by a date after publication with no modal ("unveils ... on 20 June"): a bare noun before
    a modal or an expected effect refers back to it and is still to come too. Dated before
    publication it happened; with no launch word before it, "will test a new market" is the
    launch's effect; a launch noun with its own object is not bare."""
    check(
        run,
        [
            (
                "Kelvo unveils the Vista phone in Tarnby on 20 June. "
                "The launch is expected to lift sales.",
                [
                    (
                        "unveils",
                        "unasserted",
                        {"agent": "Kelvo", "object": "Vista phone", "date": "20 June"},
                    ),
                    ("launch", "unasserted", {}),
                ],
            ),
            (
                "Kelvo unveils the Vista phone in Tarnby on 20 June. The launch will draw buyers.",
                [
                    (
                        "unveils",
                        "unasserted",
                        {"agent": "Kelvo", "object": "Vista phone", "date": "20 June"},
                    ),
                    ("launch", "unasserted", {}),
                ],
            ),
            (
                "Kelvo unveiled the Vista phone in Tarnby on 20 April. "
                "The launch is expected to lift sales.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Kelvo", "object": "Vista phone", "date": "20 April"},
                    ),
                    ("launch", "asserted", {}),
                ],
            ),
            (
                "Vellmar officials said the launch will test a new market.",
                [("launch", "asserted", {})],
            ),
            (
                "Ministers said the launch of the Tarnby Skills Fund would help Marrowby firms.",
                [("launch", "asserted", {"object": "Tarnby Skills Fund"})],
            ),
        ],
    )
