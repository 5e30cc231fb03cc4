"""LAUNCH rules from the twenty-second fresh tune set (real news of many outlets and
decades): invented sentences (every company, town and person made up) for one general rule
per test, each with sentences the rule must leave alone. Each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.extraction import doc_to_record

Event = tuple[str, str, dict[str, str]]
"""(trigger, modality, role -> argument text)."""

R = "2024-05-01"


def events(doc: Doc) -> list[Event]:
    """The events of ``doc`` with every argument."""
    return [
        (
            event["trigger"]["text"],
            event["modality"],
            {a["role"]: a["text"] for a in event["arguments"]},
        )
        for event in doc_to_record(doc, "t")["events"]
    ]


def check(run: Callable[..., Doc], cases: list[tuple[str, list[Event]]]) -> None:
    """Every case's text gives exactly its events."""
    for text, expected in cases:
        assert events(run(text, R)) == expected, text


def test_a_stock_market_debut_is_a_listing(run: Callable[..., Doc]) -> None:
    """A bare "debut" with a stock-market word in its noun phrase, or after "on" in a
    sentence about shares, is the first day of trading of existing shares, not a launch; the
    debut of a product, with "of" or without shares, stays one."""
    check(
        run,
        [
            ("Shares in Varo Power rose 13% on their stock market debut.", []),
            ("Varo Power made its stock market debut on Tuesday.", []),
            ("Varo shares rose in a strong trading debut on Friday.", []),
            ("Varo Power shares jump on debut", []),
            # kept: a product's debut
            (
                "Shares of Varo Power rose on the debut of its new phone.",
                [("debut", "asserted", {"object": "new phone"})],
            ),
            (
                "The Pellix phone made its debut on Tuesday.",
                [("debut", "asserted", {"object": "Pellix phone", "date": "Tuesday"})],
            ),
        ],
    )


def test_that_before_a_launchable_noun_is_a_determiner(run: Callable[..., Doc]) -> None:
    """ "formed that company in 1997": "that" right before a launchable head noun is a
    demonstrative, so the noun is the object and the date after it dates the launch; "that"
    before a clause still reports a finding."""
    check(
        run,
        [
            (
                "Forty members of the Valdor Guild formed that company in June 1997.",
                [("formed", "asserted", {"object": "company", "date": "June 1997"})],
            ),
            (
                "Mirelle Foods opened that store in 2011.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Mirelle Foods", "object": "store", "date": "2011"},
                    )
                ],
            ),
            # left alone: a complement clause
            ("The inquiry established that the money had been moved in 2019.", []),
        ],
    )
