"""LAUNCH precision on real news (session 21): gerunds that a modal or a word of thought or
wish governs, and the sense checks of announce/present/reveal/showcase/outline and of the weak
and checked verbs. Invented sentences (every company, town and product made up); each test
fails without its rule and holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_gerund_after_a_preposition_in_a_clause_with_a_modal(run: Callable[..., Doc]) -> None:
    """A gerund after "by", "in", "on" ... in a clause whose verb a modal governs is what
    will or would happen; without the modal, or with "for" (an act done), it is a fact."""
    check(
        run,
        [
            (
                "Dorvane could take a leading part in setting up new schools in Tarnby.",
                [("setting up", "unasserted", {"agent": "Dorvane", "object": "new schools"})],
            ),
            (
                "The council of Tarnby will raise money by opening new car parks.",
                [("opening", "unasserted", {"object": "new car parks"})],
            ),
            (
                "Dorvane would focus on launching a second fund.",
                [("launching", "unasserted", {"agent": "Dorvane", "object": "second fund"})],
            ),
            # no modal: a fact
            (
                "Dorvane took a leading part in setting up new schools in Tarnby.",
                [("setting up", "asserted", {"agent": "Dorvane", "object": "new schools"})],
            ),
            (
                "Dorvane raised money by opening new car parks.",
                [("opening", "asserted", {"agent": "Dorvane", "object": "new car parks"})],
            ),
            # "for": the act was done, whatever the modal says of its consequence
            (
                "Dorvane will be remembered for launching the first cheap phone.",
                [("launching", "asserted", {"agent": "Dorvane", "object": "first cheap phone"})],
            ),
            # the modal belongs to another clause
            (
                "Dorvane, which will list its shares, grew by opening new stores.",
                [("opening", "asserted", {"agent": "Dorvane", "object": "new stores"})],
            ),
        ],
    )


def test_gerund_after_a_word_of_thought_or_wish(run: Callable[..., Doc]) -> None:
    """ "is thinking of opening", "insisted on setting up", "is keen on launching": the
    launch is a thought, wish or topic of talk, not a report."""
    check(
        run,
        [
            (
                "Dorvane is thinking of opening a store in Tarnby.",
                [("opening", "unasserted", {"agent": "Dorvane", "object": "store"})],
            ),
            (
                "Dorvane insisted on setting up a new unit.",
                [("setting up", "unasserted", {"agent": "Dorvane", "object": "new unit"})],
            ),
            (
                "Dorvane is keen on launching a new fund.",
                [("launching", "unasserted", {"agent": "Dorvane", "object": "new fund"})],
            ),
            (
                "Dorvane is looking into opening a store in Tarnby.",
                [("opening", "unasserted", {"agent": "Dorvane", "object": "store"})],
            ),
            (
                "Dorvane is capable of launching a fund.",
                [("launching", "unasserted", {"agent": "Dorvane", "object": "fund"})],
            ),
            (
                "Dorvane has talked of setting up a new unit.",
                [("setting up", "unasserted", {"agent": "Dorvane", "object": "new unit"})],
            ),
            # other prepositions before the gerund: a fact
            (
                "Dorvane made its name by launching a new fund.",
                [("launching", "asserted", {"agent": "Dorvane", "object": "new fund"})],
            ),
        ],
    )


def test_noun_after_a_verb_of_campaigning(run: Callable[..., Doc]) -> None:
    """ "lobbied for the creation of", "campaigned for the establishment of": what is
    campaigned for is not yet made."""
    check(
        run,
        [
            (
                "Farmers lobbied for the establishment of a new grain fund.",
                [("establishment", "unasserted", {"object": "new grain fund"})],
            ),
            (
                "Dorvane welcomed the establishment of a new grain fund.",
                [("establishment", "asserted", {"object": "new grain fund"})],
            ),
        ],
    )


def test_announced_thing_whose_launch_is_still_to_come(run: Callable[..., Doc]) -> None:
    """ "announced a fund that it intends to launch": the later launch word is the event
    (unasserted) and the announcing is no second one; a thing launched already, or one that
    will only do something, keeps the announcing."""
    check(
        run,
        [
            (
                "Dorvane announced a new fund which it intends to launch next year.",
                [
                    (
                        "launch",
                        "unasserted",
                        {"agent": "Dorvane", "object": "new fund", "date": "next year"},
                    )
                ],
            ),
            (
                "Dorvane revealed a new school set to open next year.",
                [("open", "unasserted", {"object": "new school", "date": "next year"})],
            ),
            (
                "Dorvane announced a new fund that will invest in farms.",
                [("announced", "asserted", {"agent": "Dorvane", "object": "new fund"})],
            ),
            (
                "Dorvane announced a new fund, which it launched in Tarnby on Monday.",
                [
                    ("announced", "asserted", {"agent": "Dorvane", "object": "new fund"}),
                    (
                        "launched",
                        "asserted",
                        {"agent": "Dorvane", "object": "new fund", "date": "Monday"},
                    ),
                ],
            ),
        ],
    )


def test_announced_name_with_digits_headed_by_a_common_noun(run: Callable[..., Doc]) -> None:
    """Digits make a name a product's ("the Vela 500") only when the name heads the phrase:
    "a Top 40 chart list" is a ranking, "3bn dollars of asset sales" an amount."""
    check(
        run,
        [
            ("Tarnby's Top 40 chart list was announced on Friday.", []),
            ("Dorvane has announced 3bn dollars of asset sales.", []),
            (
                "Dorvane presented the Vela 500 on Monday.",
                [
                    (
                        "presented",
                        "asserted",
                        {"agent": "Dorvane", "object": "Vela 500", "date": "Monday"},
                    )
                ],
            ),
        ],
    )


NEW_THING_WORDS = (
    "adapter", "aircraft", "bike", "bus", "camera", "channel", "chatbot", "computer", "drone",
    "drug", "edition", "engine", "handset", "helicopter", "hotline", "jet", "kit", "magazine",
    "newspaper", "plane", "portal", "robot", "scooter", "subscription", "suite", "taskforce",
    "tool", "truck", "vaccine", "wallet", "website",
)  # fmt: skip
"""Products, vehicles, media and services that announce/present/reveal make public."""

OBJECT_WORDS = (
    "adapter", "brewery", "chatbot", "distillery", "enterprise", "fleet", "gym", "helpline",
    "hotline", "institution", "nursery", "regulator", "taskforce", "watchdog", "winery",
)  # fmt: skip
"""Things and bodies that the weak and checked verbs (open, set up, establish ...) make."""


def test_conditional_verbs_make_products_and_services_public(run: Callable[..., Doc]) -> None:
    """ "announced its new scooter", "revealed a chatbot": each head word of a product,
    vehicle, publication or service makes the conditional verb a launch."""
    check(
        run,
        [
            (
                f"Dorvane announced its new {word} on Monday.",
                [
                    (
                        "announced",
                        "asserted",
                        {"agent": "Dorvane", "object": f"new {word}", "date": "Monday"},
                    )
                ],
            )
            for word in NEW_THING_WORDS
        ],
    )


def test_weak_and_checked_verbs_make_these_things(run: Callable[..., Doc]) -> None:
    """ "set up a hotline", "opened a gym", "established a watchdog"."""
    check(
        run,
        [
            (
                f"Dorvane set up a {word} in Tarnby.",
                [("set up", "asserted", {"agent": "Dorvane", "object": word})],
            )
            for word in OBJECT_WORDS
        ]
        + [
            (
                "Dorvane opened a gym in Tarnby.",
                [("opened", "asserted", {"agent": "Dorvane", "object": "gym"})],
            )
        ],
    )


def test_these_words_as_modifiers_or_in_a_finding(run: Callable[..., Doc]) -> None:
    """The words make no launch when they only modify another head ("drug use", "engine
    trouble", "brewery doors") or stand in a reported question after a conditional verb
    ("a survey revealed how quickly different scooters charged")."""
    check(
        run,
        [
            ("Dorvane revealed drug use among its staff.", []),
            ("Dorvane announced engine trouble on Monday.", []),
            ("Dorvane revealed adapter faults in its chargers.", []),
            ("Dorvane opened the brewery doors to visitors.", []),
            ("A survey revealed how quickly different scooters charged.", []),
            ("Dorvane revealed what its drones could do.", []),
        ],
    )


def test_phrase_before_an_active_conditional_verb_is_its_subject(
    run: Callable[..., Doc],
) -> None:
    """ "The agency announced on Friday that ...", "The website revealed on Monday that
    ...": the phrase before the verb says something, it is not what is made public. A
    passive, a comma or a main verb after a reduced relative keep the thing announced."""
    check(
        run,
        [
            ("The agency announced on Friday that it would cut jobs.", []),
            ("The website revealed on Monday that its owner had quit.", []),
            ("The agency announced Friday.", []),
            (
                "The new website revealed on Monday lets users pay by phone.",
                [("revealed", "asserted", {"object": "new website", "date": "Monday"})],
            ),
            (
                "Its new phone was announced on Monday.",
                [("announced", "asserted", {"object": "new phone", "date": "Monday"})],
            ),
            (
                "Every fund announced last week (Monday) gets a review.",
                [("announced", "asserted", {"object": "fund", "date": "Monday"})],
            ),
        ],
    )


def test_presenting_a_programme_on_air_is_hosting_it(run: Callable[..., Doc]) -> None:
    """ "presented a cookery programme on TV": the presenter's sense; a
    programme of reforms, or a series of phones, is still made public."""
    check(
        run,
        [
            ("Lind presented a cookery programme on TV.", []),
            ("Lind has presented a handful of quiz programmes on regional radio.", []),
            ("Lind presented a radio programme.", []),
            (
                "The minister presented a programme of reforms.",
                [("presented", "asserted", {"object": "programme of reforms"})],
            ),
            (
                "Dorvane presented a new series of phones.",
                [("presented", "asserted", {"agent": "Dorvane", "object": "new series of phones"})],
            ),
        ],
    )


def test_present_tense_with_a_time_still_to_come(run: Callable[..., Doc]) -> None:
    """A present progressive with a deadline ("by the end of the year"), a span to come
    ("over the coming months") or a season after the publication date ("this autumn") is a
    schedule; in the past tense, or dated with a season already begun, it is a fact."""
    check(
        run,
        [
            (
                "Dorvane is launching a fund by the end of the year.",
                [
                    (
                        "launching",
                        "unasserted",
                        {"agent": "Dorvane", "object": "fund", "date": "the end of the year"},
                    )
                ],
            ),
            (
                "Dorvane is rolling out the service over the coming months.",
                [("rolling out", "unasserted", {"agent": "Dorvane", "object": "service"})],
            ),
            (
                "Dorvane is launching the app this autumn.",
                [
                    (
                        "launching",
                        "unasserted",
                        {"agent": "Dorvane", "object": "app", "date": "this autumn"},
                    )
                ],
            ),
            (
                "Dorvane is releasing the phone in the summer.",
                [
                    (
                        "releasing",
                        "unasserted",
                        {"agent": "Dorvane", "object": "phone", "date": "the summer"},
                    )
                ],
            ),
            (
                "Dorvane had launched a fund by the end of the year.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Dorvane", "object": "fund", "date": "the end of the year"},
                    )
                ],
            ),
            (
                "Dorvane rolled out the service over the past months.",
                [("rolled out", "asserted", {"agent": "Dorvane", "object": "service"})],
            ),
            (
                "Dorvane is launching the app this spring.",
                [
                    (
                        "launching",
                        "asserted",
                        {"agent": "Dorvane", "object": "app", "date": "this spring"},
                    )
                ],
            ),
        ],
    )


def test_launch_noun_after_due_for(run: Callable[..., Doc]) -> None:
    """ "due for formal release": the release is scheduled, with or without a date."""
    check(
        run,
        [
            (
                "The kettle, due for formal release, will be cheap.",
                [("release", "unasserted", {})],
            ),
            (
                "The kettle, praised since its formal release, is cheap.",
                [("release", "asserted", {})],
            ),
        ],
    )


def test_gerund_after_a_word_of_risk_or_avoidance(run: Callable[..., Doc]) -> None:
    """ "the risk of launching", "rejected the option of opening", "avoided opening",
    "decided against launching": a launch weighed or kept from happening; a launch noun
    further on in the clause ("avoided losses after the launch of") keeps its reading."""
    check(
        run,
        [
            (
                "The risk of launching a new phone is high.",
                [("launching", "unasserted", {"object": "new phone"})],
            ),
            (
                "Dorvane rejected the option of opening a store.",
                [("opening", "unasserted", {"agent": "Dorvane", "object": "store"})],
            ),
            (
                "Dorvane avoided opening a store in Tarnby.",
                [("opening", "unasserted", {"agent": "Dorvane", "object": "store"})],
            ),
            (
                "Dorvane decided against launching a fund.",
                [("launching", "unasserted", {"agent": "Dorvane", "object": "fund"})],
            ),
            (
                "Dorvane has held off launching a fund.",
                [("launching", "unasserted", {"agent": "Dorvane", "object": "fund"})],
            ),
            (
                "Dorvane avoided losses after the launch of its phone.",
                [("launch", "asserted", {"object": "phone"})],
            ),
        ],
    )


def test_gerund_coordinated_with_a_gerund_subject_of_a_modal(run: Callable[..., Doc]) -> None:
    """ "Buying a rival or forming an alliance could help": the second gerund is
    part of the subject of the modal as the first is; with a past verb it is a fact."""
    check(
        run,
        [
            (
                "Buying a rival or forming an alliance could help Dorvane.",
                [("forming", "unasserted", {"object": "alliance"})],
            ),
            (
                "Launching the fund and opening a store, Dorvane said it would grow.",
                [
                    ("Launching", "asserted", {"object": "fund"}),
                    ("opening", "asserted", {"object": "store"}),
                ],
            ),
        ],
    )
