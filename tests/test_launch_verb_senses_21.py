"""Two verb senses from a verb's own entry in the rule data (issue 11, real news): "launch
into" is to begin ("launched into a speech"), and "set" makes a standard only when a word
before the head names it ("set new standards", "set industry standards"; "set standards for
lenders" fixes rules, "set high standards" raises a bar). Invented sentences; negatives keep
the launches beside them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_launch_into_is_to_begin(run: Callable[..., Doc]) -> None:
    check(
        run,
        [
            ("The band launched into its biggest hit.", []),
            ("The minister launched into a long defence of the budget.", []),
            (
                "Orrin launched a new savings app in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Orrin", "object": "new savings app", "date": "May"},
                    )
                ],
            ),
        ],
    )


def test_set_needs_a_modifier_that_names_the_standard(run: Callable[..., Doc]) -> None:
    check(
        run,
        [
            ("Tarnvale Foods sets high standards for its suppliers.", []),
            ("The regulator set standards for lenders last year.", []),
            (
                "The agency set new standards for electric buses.",
                [("set", "asserted", {"object": "new standards for electric buses"})],
            ),
            (
                "The alliance set a common charging standard.",
                [("set", "asserted", {"object": "common charging standard"})],
            ),
        ],
    )


def test_a_package_of_measures_is_a_new_thing(run: Callable[..., Doc]) -> None:
    """A package of measures is a programme made public ("introduced a tax package",
    "announced a rescue package"); a pay or severance package is what someone is paid."""
    check(
        run,
        [
            (
                "The finance minister introduced a tax package to help exporters.",
                [("introduced", "asserted", {"object": "tax package"})],
            ),
            (
                "Tarnvale announced a new rescue package for fishing towns.",
                [
                    (
                        "announced",
                        "asserted",
                        {"agent": "Tarnvale", "object": "new rescue package for fishing towns"},
                    )
                ],
            ),
            ("The board unveiled a pay package for the new chief.", []),
            ("The bank announced a severance package for 300 staff.", []),
        ],
    )


def test_films_albums_and_books_are_products(run: Callable[..., Doc]) -> None:
    """A film, an album or a book put on sale is a product released (the contract's
    "product"); "open" a book is reading or signing one, and film of an event is footage."""
    check(
        run,
        [
            (
                "Kelp Pictures released the film in May.",
                [
                    (
                        "released",
                        "asserted",
                        {"agent": "Kelp Pictures", "object": "film", "date": "May"},
                    )
                ],
            ),
            (
                "The author released her third novel last week.",
                [("released", "asserted", {"object": "third novel", "date": "last week"})],
            ),
            ("The mayor opened a book of condolence.", []),
            ("Police released film of the suspect.", []),
        ],
    )
