"""Two verb senses from a verb's own entry in the rule data (issue 11, real news): "launch
into" is to begin ("launched into a speech"), and "set" makes a standard only when a word
before the head names it ("set new standards", "set industry standards"; "set standards for
lenders" fixes rules, "set high standards" raises a bar). Invented sentences; negatives keep
the launches beside them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, check, events


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


def test_merged_to_create_is_what_the_merger_made(run: Callable[..., Doc]) -> None:
    """ "merged to create Y" reports Y as made, as "merged to form Y" does; a merger still to
    come keeps it unasserted."""
    check(
        run,
        [
            (
                "In 1984 the two colleges merged to create the University of Tarnvale.",
                [
                    (
                        "create",
                        "asserted",
                        {"object": "University of Tarnvale", "date": "1984"},
                    )
                ],
            ),
            (
                "The two banks will combine to create Kelp Bank.",
                [("create", "unasserted", {"object": "Kelp Bank"})],
            ),
        ],
    )


def test_a_merger_of_two_long_names_reaches_its_infinitive(run: Callable[..., Doc]) -> None:
    """The merger verb may stand a dozen words before "to create" when it joins two long
    names; the event is the creation, asserted, whatever agent the walk gives."""
    text = (
        "In 1984 ministers merged the Tarnvale College of Art and the Vell Polytechnic to "
        "create the University of Tarnvale."
    )
    found = [(t, m, args.get("object")) for t, m, args in events(run(text, R))]
    assert found == [("create", "asserted", "University of Tarnvale")]


def test_what_an_agreement_or_a_statute_is_on_is_still_to_come(run: Callable[..., Doc]) -> None:
    """A launch noun or gerund right after "agreement on", "talks on", "statute for" is what was
    agreed, discussed or enacted; a launch noun further on is another topic."""
    check(
        run,
        [
            (
                "The two sides signed an agreement on the establishment of a joint office.",
                [("establishment", "unasserted", {"object": "joint office"})],
            ),
            (
                "A statute for establishing a deposit fund was approved.",
                [("establishing", "unasserted", {"object": "deposit fund"})],
            ),
            (
                "The agreement on trade was signed a year after the launch of the fund.",
                [("launch", "asserted", {"object": "fund"})],
            ),
        ],
    )


def test_a_quoted_name_before_a_common_noun_is_the_object(run: Callable[..., Doc]) -> None:
    """ "the 'X' programme was launched": the object is the name the thing is called by, not
    the noun saying what kind of thing it is; a quoted word that is no name stays as it was."""
    check(
        run,
        [
            (
                "The 'Smart Tarnvale 2030' programme was launched in May.",
                [("launched", "asserted", {"object": "Smart Tarnvale 2030", "date": "May"})],
            ),
            (
                '"It is a good day," she said as the fund was launched.',
                [("launched", "asserted", {"object": "fund"})],
            ),
        ],
    )
