"""LAUNCH rules from session 19's look at real news on volume (unannotated articles of four
news categories): invented sentences (every company, town and person made up) for one
general rule per test, each with sentences the rule must leave alone. Each test fails
without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_a_described_name_inside_a_phrase_is_the_object(run: Callable[..., Doc]) -> None:
    """A relative or participle clause after a comma describes the phrase right before it,
    also when that phrase sits inside a prepositional phrase or is another verb's object
    (where a finite verb's own subject never is): "a stake in Kelvo, which was set up",
    "fans of Tarn Radio, launched by ...". A maker after "from" and a common noun after
    other prepositions stay out of a relative clause."""
    check(
        run,
        [
            (
                "Investors sold stakes in Tarn Radio, which was launched by Kelvo in 2019.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "Tarn Radio", "date": "2019"},
                    )
                ],
            ),
            (
                "Farmers trust Tarn Radio, which Kelvo launched in 2019.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "Tarn Radio", "date": "2019"},
                    )
                ],
            ),
            (
                "The deal is a blow to Vellard, which was set up in 1962 by Ana Lind.",
                [
                    (
                        "set up",
                        "asserted",
                        {"agent": "Ana Lind", "object": "Vellard", "date": "1962"},
                    )
                ],
            ),
            (
                "The choir prizes are given at the Marrow Playhouse, which opened in 2011.",
                [("opened", "asserted", {"object": "Marrow Playhouse", "date": "2011"})],
            ),
            (
                "Toy sales grew thanks to puzzles like Dune Rider 2, which was released in May.",
                [("released", "asserted", {"object": "Dune Rider 2", "date": "May"})],
            ),
            (
                "Under the new scheme, announced on Monday, farmers pay less for seed.",
                [("announced", "asserted", {"object": "new scheme", "date": "Monday"})],
            ),
            # left alone: the place after "in" says where the plant is
            (
                "A new plant in Tarnby, which opened in May, makes vans.",
                [("opened", "asserted", {"object": "new plant", "date": "May"})],
            ),
            # left alone: the maker after "from"; a common noun after "for" is not the
            # object alone, the launchable noun it postmodifies takes it along
            ("The new app from Kelvo, which was released in May, is popular.", []),
            (
                "Kelvo will sell a radio service for boats, which would launch in June.",
                [
                    (
                        "launch",
                        "unasserted",
                        {"object": "radio service for boats", "date": "June"},
                    )
                ],
            ),
        ],
    )


def test_a_participle_after_newly_describes_the_noun(run: Callable[..., Doc]) -> None:
    """After "newly" a launch form is a participle, so a noun after it that would make a
    bare trigger a modifier ("launch party", "founding members") is what it describes; the
    phrase stops before the sentence's past verb ("the newly formed team met ...")."""
    check(
        run,
        [
            (
                "Delegates cheered the newly founded party, the Orvel League, in Tarnby.",
                [("founded", "asserted", {"object": "Orvel League"})],
            ),
            (
                "The newly formed team met on Monday.",
                [("formed", "asserted", {"object": "team"})],
            ),
            (
                "The newly launched party held its first vote in Tarnby.",
                [("launched", "asserted", {"object": "party"})],
            ),
            # left alone: a bare trigger before a modifier noun
            ("Kelvo held a launch party on Monday.", []),
            ("She is a founding member of the Velor Group.", []),
        ],
    )


def test_hedging_adverbs_stay_in_the_verb_complex(run: Callable[..., Doc]) -> None:
    """ "has even opened", "will most likely be released", "will almost certainly",
    "will perhaps": the walk left from the verb passes these adverbs (and "likely" when no
    "to" follows it), so the subject, the passive's object and the modal are found; "is
    likely to launch" keeps "likely" a word of intention."""
    check(
        run,
        [
            (
                "Kelvo has even opened a second store.",
                [("opened", "asserted", {"agent": "Kelvo", "object": "second store"})],
            ),
            (
                "The Tarn scooter will most likely be released in May.",
                [("released", "unasserted", {"object": "Tarn scooter", "date": "May"})],
            ),
            (
                "The new tablet will almost certainly be launched in June.",
                [("launched", "unasserted", {"object": "new tablet", "date": "June"})],
            ),
            (
                "Kelvo will perhaps launch a phone.",
                [("launch", "unasserted", {"agent": "Kelvo", "object": "phone"})],
            ),
            (
                "Kelvo will likely launch a phone.",
                [("launch", "unasserted", {"agent": "Kelvo", "object": "phone"})],
            ),
            # unchanged: "likely" before "to" is a word of intention
            (
                "Kelvo is likely to launch a phone.",
                [("launch", "unasserted", {"agent": "Kelvo", "object": "phone"})],
            ),
        ],
    )


def test_a_naming_word_before_a_noun_is_an_adjective(run: Callable[..., Doc]) -> None:
    """ "its own branded tablet", "a known brand": a naming word that opens the object
    phrase (after determiners and premodifiers) describes the noun after it; after a noun it
    still introduces the name ("a phone branded Tarn Max")."""
    check(
        run,
        [
            (
                "Kelvo has introduced its own branded tablet.",
                [("introduced", "asserted", {"agent": "Kelvo", "object": "branded tablet"})],
            ),
            (
                "Kelvo launched a phone branded Tarn Max in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "Tarn Max", "date": "May"},
                    )
                ],
            ),
        ],
    )


def test_a_name_with_its_companions_is_the_agent(run: Callable[..., Doc]) -> None:
    """ "Ana Lind and her brother founded", "Kelvo and its partners set up": the name
    before "and" and a possessive phrase is the agent; a common noun there names no one."""
    check(
        run,
        [
            (
                "Ana Lind and her brother founded a bakery.",
                [("founded", "asserted", {"agent": "Ana Lind", "object": "bakery"})],
            ),
            (
                "Kelvo and its partners set up a fund in May.",
                [
                    (
                        "set up",
                        "asserted",
                        {"agent": "Kelvo", "object": "fund", "date": "May"},
                    )
                ],
            ),
            # left alone: no name before "and"
            (
                "The bank and its partners set up a fund in May.",
                [("set up", "asserted", {"object": "fund", "date": "May"})],
            ),
        ],
    )


def test_a_name_right_before_a_gerund_is_its_subject(run: Callable[..., Doc]) -> None:
    """ "a prelude to Kelvo releasing a phone": a name right before a gerund trigger is
    its subject, also after a preposition (a prelude speaks of a release to come, so it is
    not asserted); a maker after "from" is not."""
    check(
        run,
        [
            (
                "The trial is a prelude to Kelvo releasing a new phone.",
                [("releasing", "unasserted", {"agent": "Kelvo", "object": "new phone"})],
            ),
            (
                "The idea came from Kelvo launching a new phone.",
                [("launching", "asserted", {"object": "new phone"})],
            ),
        ],
    )


def test_a_person_by_role_is_never_launched(run: Callable[..., Doc]) -> None:
    """People are never launched: a person noun right before a capitalised name
    ("drummer Ana Lind", "nurse Ana Lind"), or heading a definite phrase ("the singer",
    "their new bassist"), is a person; "a music player", "the player" (a device as well)
    and "a coach service" stay things."""
    check(
        run,
        [
            ("The host introduced drummer Rafe Vale to the crowd.", []),
            ("The hit song launched the singer onto the charts.", []),
            ("The quartet introduced their new bassist on Friday.", []),
            ("Ana Lind asked for the release of teacher Rafe Vale.", []),
            # left alone: things
            (
                "Kelvo launched a music player.",
                [("launched", "asserted", {"agent": "Kelvo", "object": "music player"})],
            ),
            (
                "Kelvo launched the player in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "player", "date": "May"},
                    )
                ],
            ),
            (
                "Kelvo launched a coach service to Tarnby.",
                [("launched", "asserted", {"agent": "Kelvo", "object": "coach service"})],
            ),
        ],
    )


def test_an_adjective_before_a_launch_noun_is_no_object(run: Callable[..., Doc]) -> None:
    """ "a calm launch", "a worse debut", "its glorious debut", "the ongoing rollout of":
    an adjective or participle before a noun trigger describes the launch and is no object
    (the "of" phrase still is); a noun there still is ("the fund launch")."""
    check(
        run,
        [
            (
                "The Tarn kettle had a calm launch in April.",
                [("launch", "asserted", {"date": "April"})],
            ),
            ("The Vell console had a worse debut than its rival.", [("debut", "asserted", {})]),
            (
                "The ongoing rollout of new meters has cut bills.",
                [("rollout", "asserted", {"object": "new meters"})],
            ),
            # left alone: a noun before the trigger
            (
                "The fund launch comes a week after the sale.",
                [("launch", "asserted", {"object": "fund"})],
            ),
        ],
    )


def test_costs_and_nominations_are_modified_by_a_launch_word(run: Callable[..., Doc]) -> None:
    """ "launch costs", "a debut nomination": a launch word before these nouns modifies
    them (like "launch date"), no event."""
    check(
        run,
        [
            ("Kelvo said its launch costs rose by a tenth.", []),
            ("The prize gave Rafe Vale a debut nomination at last.", []),
            # left alone: the noun launch itself
            (
                "Kelvo blamed the launch of its new van for the loss.",
                [("launch", "asserted", {"object": "new van"})],
            ),
        ],
    )
