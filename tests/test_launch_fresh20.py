"""LAUNCH rules from the twentieth fresh tune set (real news of many outlets and decades):
invented sentences (every company, town and person made up) for one general rule per test,
each with sentences the rule must leave alone. Each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, check, events


def test_people_released_are_no_launch(run: Callable[..., Doc]) -> None:
    """Soldiers, police, journalists and activists set free are people, not new things, and
    an object pronoun after the verb makes it finite ("or TRF, released them"), so the name
    before it is the subject, not what was released."""
    check(
        run,
        [
            ("Rebels released 12 soldiers and police officers on Sunday.", []),
            ("The junta released 30 journalists and activists on Sunday.", []),
            ("Fighters of the Tarn Front, or TRF, released them to a mediator on Sunday.", []),
            # kept: a product released, a participle clause after a name
            (
                "Kelvo Holdings released a new tablet on Monday.",
                [
                    (
                        "released",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "new tablet", "date": "Monday"},
                    )
                ],
            ),
            (
                "Kelvo Cloud, launched in 2006, is the market leader.",
                [("launched", "asserted", {"object": "Kelvo Cloud", "date": "2006"})],
            ),
        ],
    )


def test_a_law_named_with_brackets_is_not_launched(run: Callable[..., Doc]) -> None:
    """A bill's name with a bracketed part ends in "Bill" after the bracket: introducing it
    is legislation, even when the object phrase stopped at the bracket."""
    check(
        run,
        [
            ("The senator introduced the Tarn Rivers (Access) Bill on Tuesday.", []),
            (
                "Kelvo Holdings launched the Arvo Growth (Asia) Fund on Tuesday.",
                [
                    (
                        "launched",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "Arvo Growth (Asia) Fund",
                            "date": "Tuesday",
                        },
                    )
                ],
            ),
        ],
    )


def test_a_name_with_a_bracketed_part_is_the_object_whole(run: Callable[..., Doc]) -> None:
    """The object is the name as written (GUIDELINES 7.4), so a bracketed part inside it
    does not cut it ("the Vellmar Pay (Gold) Card"); a bracketed acronym after the name is
    its own span, and a bracketed date is no part of the name."""
    check(
        run,
        [
            (
                "Tarnby Bank launched the Vellmar Pay (Gold) Card on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {
                            "agent": "Tarnby Bank",
                            "object": "Vellmar Pay (Gold) Card",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            (
                "Kelvo Holdings launched Arvo Cloud (AC) Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "Arvo Cloud", "date": "Monday"},
                    )
                ],
            ),
        ],
    )


def test_an_acronym_defined_as_a_rocket_lifts_off(run: Callable[..., Doc]) -> None:
    """An acronym the article defined in a sentence naming a rocket keeps the lift-off sense
    in later sentences that do not repeat the word "rocket"; a product's acronym does not."""
    rocket = (
        "The Kelvo Orbital Lifter (KOL), a three-stage rocket, is ready. Officials said the "
        "KOL will be launched in May. The launch will test a new engine."
    )
    check(run, [(rocket, [])])
    tablet = (
        "Kelvo Holdings showed the KOL tablet. Officials said the KOL will be launched in May. "
        "The launch will test a new market."
    )
    found = events(run(tablet, R))
    assert [(t, m) for t, m, _ in found] == [("launched", "unasserted"), ("launch", "unasserted")]


def test_ticker_between_name_and_headline_verb(run: Callable[..., Doc]) -> None:
    """Wire headlines put the ticker in angle brackets between the company and the verb:
    the company is the agent; a name inside the brackets is the subject itself."""
    check(
        run,
        [
            (
                "KELVO <KLV> OPENS PLANT IN TARNBY",
                [("OPENS", "asserted", {"agent": "KELVO", "object": "PLANT"})],
            ),
            (
                "<Kelvo Holdings Inc> said it opened a new plant.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Kelvo Holdings Inc", "object": "new plant"},
                    )
                ],
            ),
        ],
    )


def test_adjectives_joined_by_and_open_one_phrase(run: Callable[..., Doc]) -> None:
    """ "its newest and lightest X": the phrase goes on past "and" to its noun, and a
    product's name after lower-case adjectives is the object (a name beats a
    description)."""
    check(
        run,
        [
            (
                "Kelvo Holdings unveiled its newest and lightest Arvo 5 e-bike on Monday.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "Arvo 5", "date": "Monday"},
                    )
                ],
            ),
            (
                "Kelvo Holdings opened new and refitted stores on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "new and refitted stores",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            # no name after the adjectives: the described phrase stays
            (
                "Kelvo Holdings unveiled its new electric scooter on Monday.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "new electric scooter",
                            "date": "Monday",
                        },
                    )
                ],
            ),
        ],
    )


def test_nouns_ending_in_est_are_no_superlatives(run: Callable[..., Doc]) -> None:
    """Only a listed adjective's superlative ("largest", "quietest", "biggest", "earliest")
    waits past "and" for its noun; a noun ending in -est ("protest", "contest", "harvest")
    is a head, and the phrase ends before "and"."""
    check(
        run,
        [
            (
                "Kelvo Holdings launched a protest and rally on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "protest", "date": "Monday"},
                    )
                ],
            ),
            (
                "Tarnby Press launched a contest and giveaway for readers on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Tarnby Press", "object": "contest", "date": "Monday"},
                    )
                ],
            ),
            (
                "Vellmar Group unveiled its largest and quietest turbine on Monday.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {
                            "agent": "Vellmar Group",
                            "object": "largest and quietest turbine",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            (
                "Kelvo Holdings unveiled its biggest and earliest Arvo 5 e-bike on Monday.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "Arvo 5", "date": "Monday"},
                    )
                ],
            ),
        ],
    )


def test_name_between_dashes_is_the_object(run: Callable[..., Doc]) -> None:
    """A name set off by dashes after a description is the object, and the date after the
    closing dash is the launch's; a description between dashes is not taken, and the date
    after its closing dash is the launch's too (one inside it is not); a dash that opens
    no closed aside still ends the clause."""
    check(
        run,
        [
            (
                "Kelvo Holdings launched a bond strategy – the Kelvo Global Income fund – on "
                "Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "Kelvo Global Income fund",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            (
                "Kelvo Holdings opened a new plant – its largest so far – on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "new plant", "date": "Monday"},
                    )
                ],
            ),
            (
                "Tarnby Foods opened a new bakery – its first since 2019 – on Friday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Tarnby Foods", "object": "new bakery", "date": "Friday"},
                    )
                ],
            ),
            (
                "Tarnby Foods opened a new bakery – a move analysts welcomed on Friday.",
                [("opened", "asserted", {"agent": "Tarnby Foods", "object": "new bakery"})],
            ),
        ],
    )


def test_appositive_after_the_subject_name(run: Callable[..., Doc]) -> None:
    """ "Name, the ... , opened on Friday": the verb after the appositive is the main verb
    and the name what opened; after another verb's object the participle still describes
    the appositive ("toured X, the oldest cidery, opened in 1990 by ...")."""
    check(
        run,
        [
            (
                "Vellmar Cider Works, the valley's only cidery, opened on Friday.",
                [("opened", "asserted", {"object": "Vellmar Cider Works", "date": "Friday"})],
            ),
            (
                "Visitors toured Vellmar Cider Works, the valley's oldest cidery, opened in "
                "1990 by a local family.",
                [],
            ),
        ],
    )


def test_place_in_a_hyphenated_modifier_is_no_location(run: Callable[..., Doc]) -> None:
    """ "Peru-focused funds", "a Chile-based unit": the place describes the thing and says
    nothing of where it was launched; "a Peru office" says where the office is."""
    check(
        run,
        [
            (
                "Kelvo Holdings launched Peru-focused funds on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "Peru-focused funds",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            (
                "Kelvo Holdings launched a Chile-based unit on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo Holdings", "object": "Chile-based unit", "date": "Monday"},
                    )
                ],
            ),
            (
                "Kelvo Holdings opened a Peru office on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {
                            "agent": "Kelvo Holdings",
                            "object": "Peru office",
                            "date": "Monday",
                            "location": "Peru",
                        },
                    )
                ],
            ),
        ],
    )


def test_hyphenated_phrase_is_an_adjective(run: Callable[..., Doc]) -> None:
    """ "the ready-to-wear launches": the "to" inside a hyphenated adjective is no
    infinitive (no intention) and its last word is not what was launched; "planned"
    still marks launches to come."""
    check(
        run,
        [
            ("Fashion roundup: all the ready-to-wear launches", [("launches", "asserted", {})]),
            ("Fashion roundup: all the planned launches", [("launches", "unasserted", {})]),
        ],
    )


def test_date_after_an_attributive_participle(run: Callable[..., Doc]) -> None:
    """ "took over the newly formed X on Monday": the date belongs to the main clause; a
    finite founding keeps its date."""
    check(
        run,
        [
            (
                "Ann Berg took over the newly formed Tarn Fisheries Board on Monday.",
                [("formed", "asserted", {"object": "Tarn Fisheries Board"})],
            ),
            (
                "Tarnby formed the Tarn Fisheries Board on Monday.",
                [
                    (
                        "formed",
                        "asserted",
                        {"agent": "Tarnby", "object": "Tarn Fisheries Board", "date": "Monday"},
                    )
                ],
            ),
        ],
    )


def test_introductions_of_products(run: Callable[..., Doc]) -> None:
    """The plural noun "introductions" is a trigger as "introduction" is, under the same
    condition (an "of" phrase or a noun modifier such as "product"); people introduced to
    each other are no launch."""
    check(
        run,
        [
            (
                "Kelvo Holdings said the new product introductions lifted sales.",
                [("introductions", "asserted", {"object": "new product"})],
            ),
            ("He made the introductions at the dinner.", []),
        ],
    )
