"""LAUNCH on contract-only real news (session 22): the error classes of the two tune sets
annotated from CONTRACT.md alone. Invented sentences (every company, town and product made
up); each test fails without its rule and holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_possessor_between_the_verb_and_its_object(run: Callable[..., Doc]) -> None:
    """A possessor after the verb ("a new children's savings fund", "the season's most hotly
    tipped handset") is part of the object phrase, however long: the verb keeps its object
    and is not read as intransitive with its subject as the launched thing."""
    check(
        run,
        [
            (
                "Kelvo Bank recently introduced a new children's savings fund.",
                [
                    (
                        "introduced",
                        "asserted",
                        {"agent": "Kelvo Bank", "object": "savings fund"},
                    )
                ],
            ),
            (
                "Dorvane Mobile unveiled the coming season's most hotly tipped handset.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Dorvane Mobile", "object": "most hotly tipped handset"},
                    )
                ],
            ),
            # the possessed head is a law: no launch, and never the subject as the object
            ("Kelvo Bank launched a new drivers' licensing law.", []),
            # a possessor inside an "of" phrase belongs to that phrase, not to the verb
            (
                "Tarvo Group announced the opening of Brixo Motors' new plant.",
                [
                    (
                        "opening",
                        "asserted",
                        {"agent": "Tarvo Group", "object": "new plant"},
                    )
                ],
            ),
            # a preposition inside the possessor's name is no "of" phrase
            (
                "Unveiling the Board for Tarnvale Roads' new scheme, the mayor said it would"
                " cut delays.",
                [("Unveiling", "asserted", {"object": "new scheme"})],
            ),
            # a short gap was read before and still is
            (
                "Kelvo Bank introduced the farmers' savings fund.",
                [("introduced", "asserted", {"agent": "Kelvo Bank", "object": "savings fund"})],
            ),
        ],
    )

