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


def test_possessor_of_a_founding_or_opening_occasion(run: Callable[..., Doc]) -> None:
    """Before "founding", "establishment", "inauguration" or "opening" and an occasion noun,
    a possessor that is a launchable common noun is what was founded or opened ("the
    charity's founding ceremony"); a possessor of "launch" is as often the launcher, and one
    that is no launchable thing (a place, a person, a gathering) states nothing."""
    check(
        run,
        [
            (
                "Guests gathered for the charity's founding ceremony in Lisbon.",
                [("founding", "asserted", {"object": "charity", "location": "Lisbon"})],
            ),
            (
                "Crowds came to the museum's opening gala on Friday.",
                [("opening", "asserted", {"object": "museum", "date": "Friday"})],
            ),
            (
                "The new lab's opening ceremony will take place in Norway.",
                [("opening", "unasserted", {"object": "new lab"})],
            ),
            ("Crowds came to the city's opening gala on Friday.", []),
            ("Crowds came to the games' opening ceremony on Friday.", []),
            ("Guests flocked to the company's launch party.", []),
            ("The president's inauguration ceremony was held on Monday.", []),
        ],
    )


def test_a_nationality_or_place_before_a_launch_noun_says_where(run: Callable[..., Doc]) -> None:
    """ "its European launch", "the phone's French launch", "made its Spanish debut": a
    nationality word (the ORG rules' list) or a place right before the noun says where the
    launch was, not what was launched; the owner before it, or the subject of the light
    verb, is the object, also past a verb complex ("is set to make its debut")."""
    check(
        run,
        [
            (
                "The Nexa phone's French launch drew large crowds.",
                [("launch", "asserted", {"object": "Nexa phone"})],
            ),
            (
                "The Nexa tablet made its Spanish debut on Friday.",
                [("debut", "asserted", {"object": "Nexa tablet", "date": "Friday"})],
            ),
            (
                "The Nexa tablet is set to make its Spanish debut in June.",
                [("debut", "unasserted", {"object": "Nexa tablet", "date": "June"})],
            ),
            (
                "The Nexa tablet is expected to make its debut in June.",
                [("debut", "unasserted", {"object": "Nexa tablet", "date": "June"})],
            ),
            ("There was no word of a European debut.", [("debut", "unasserted", {})]),
            # a modifier that is no place still names what was launched
            (
                "The fund launch drew large crowds.",
                [("launch", "asserted", {"object": "fund"})],
            ),
        ],
    )


def test_opening_a_competition_or_season_begins_it(run: Callable[..., Doc]) -> None:
    """ "open" with a competition, championship, contest, season or campaign begins it (a
    run of games), while "launched a new competition" and "opened a new store" stay
    launches."""
    check(
        run,
        [
            ("Eight teams will open the international team competition on Saturday.", []),
            ("The Orrin club opened the new season with a draw.", []),
            (
                "The ballet school launched a new competition for young dancers.",
                [("launched", "asserted", {"object": "new competition for young dancers"})],
            ),
            (
                "Kelvo opened a new store in Lisbon.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Kelvo", "object": "new store", "location": "Lisbon"},
                    )
                ],
            ),
        ],
    )
