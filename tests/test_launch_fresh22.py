"""LAUNCH rules from the twenty-second fresh tune set (real news of many outlets and
decades): invented sentences (every company, town and person made up) for one general rule
per test, each with sentences the rule must leave alone. Each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


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


def test_an_infinitive_of_being_there_reports_the_act(run: Callable[..., Doc]) -> None:
    """ "was there to launch", "was also present to offer comments on the opening", "was in
    a town (a date between) to open": an infinitive after being somewhere says why someone
    was there, and the launch took place; a modal, a plan or "in talks" keeps it intended."""
    check(
        run,
        [
            (
                "Ana Lind, a poet, was there to launch her new novel, Grey Harbour.",
                [("launch", "asserted", {"agent": "Ana Lind", "object": "Grey Harbour"})],
            ),
            (
                "Mayor Jan Holt was also present to offer comments on the grand opening.",
                [("opening", "asserted", {})],
            ),
            (
                "The minister was in Leeds on Friday to open the new Orrin Centre.",
                [
                    (
                        "open",
                        "asserted",
                        {"object": "Orrin Centre", "date": "Friday", "location": "Leeds"},
                    )
                ],
            ),
            (
                "The minister was in Leeds today (Friday) to open the new Orrin Centre.",
                [
                    (
                        "open",
                        "asserted",
                        {"object": "Orrin Centre", "date": "Friday", "location": "Leeds"},
                    )
                ],
            ),
            # left alone: a modal, a plan, talks
            (
                "The minister will be there to open the new bridge.",
                [("open", "unasserted", {"object": "new bridge"})],
            ),
            (
                "The minister was in talks to open a new office.",
                [("open", "unasserted", {"object": "new office"})],
            ),
        ],
    )


def test_a_launch_that_will_be_held_is_to_come(run: Callable[..., Doc]) -> None:
    """ "The launch will be held at ...": a modal, "be" and a participle of holding an
    occasion after a bare launch noun put the launch in the future, as "will happen" does;
    held in the past, or an effect ("would help"), it happened."""
    check(
        run,
        [
            ("The launch will be held at a depot in Leeds.", [("launch", "unasserted", {})]),
            (
                "The launch was held at a depot in Leeds.",
                [("launch", "asserted", {"location": "Leeds"})],
            ),
            ("The launch would help sales, analysts said.", [("launch", "asserted", {})]),
        ],
    )


def test_a_place_with_its_region_stays_in_the_subject(run: Callable[..., Doc]) -> None:
    """ "A depot ... in Leeds, England, was opened": the commas of a place written
    with its region are no clause break, so the sentence's opening phrase is the object and
    its "in" place the location; a comma that opens a clause still ends the postmodifier."""
    check(
        run,
        [
            (
                "A bus depot serving 12 routes in Leeds, England, was opened on Friday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"object": "bus depot", "date": "Friday", "location": "Leeds"},
                    )
                ],
            ),
            (
                "A new depot in Leeds, England, was opened on Friday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"object": "new depot", "date": "Friday", "location": "Leeds"},
                    )
                ],
            ),
            # left alone: a parenthetical clause between the phrase and the verb
            ("A new depot to serve the port, officials said, was opened on Friday.", []),
        ],
    )


def test_a_title_joined_by_and_is_one_title(run: Callable[..., Doc]) -> None:
    """ "by Housing and Urban Affairs Minister Ravi Kantal": the name run after "and" holds a
    title and then a name, so the agent is the person, not the title's first word; two
    organisations joined by "and" keep the first."""
    check(
        run,
        [
            (
                "The depot was inaugurated by Housing and Urban Affairs Minister Ravi Kantal "
                "on Friday.",
                [
                    (
                        "inaugurated",
                        "asserted",
                        {"agent": "Ravi Kantal", "object": "depot", "date": "Friday"},
                    )
                ],
            ),
            (
                "The fund was launched by Kelvo Bank and Arvo Capital on Friday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo Bank", "object": "fund", "date": "Friday"},
                    )
                ],
            ),
        ],
    )


def test_near_a_town_places_the_launch(run: Callable[..., Doc]) -> None:
    """ "was opened near Bristol": a GPE after "near" is where the launch happened, as one
    after "in" is; "near the port" names no place."""
    check(
        run,
        [
            (
                "A new clinic was opened near Bristol on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"object": "new clinic", "date": "Monday", "location": "Bristol"},
                    )
                ],
            ),
            (
                "A new clinic was opened near the port on Monday.",
                [("opened", "asserted", {"object": "new clinic", "date": "Monday"})],
            ),
        ],
    )


def test_a_bare_infinitive_after_help_is_a_verb(run: Callable[..., Doc]) -> None:
    """ "helped Kelvo open its first store", "helped open", "help them open": a marked base
    form after a verb of helping (and its object) is a bare infinitive, so a verb; a modal
    before the helping verb makes the launch intended; "helped the door open" has no
    launchable thing."""
    check(
        run,
        [
            (
                "Ana Lind helped Kelvo open its first store in Denver.",
                [
                    (
                        "open",
                        "asserted",
                        {"agent": "Kelvo", "object": "first store", "location": "Denver"},
                    )
                ],
            ),
            (
                "Donors helped them open a clinic in Denver.",
                [("open", "asserted", {"object": "clinic", "location": "Denver"})],
            ),
            (
                "Ana Lind will help Kelvo open a store in Denver.",
                [
                    (
                        "open",
                        "unasserted",
                        {"agent": "Kelvo", "object": "store", "location": "Denver"},
                    )
                ],
            ),
            ("Ana Lind helped the door open.", []),
        ],
    )


def test_a_quotation_opening_at_the_verb_keeps_its_complex(run: Callable[..., Doc]) -> None:
    """'seeks to "establish a new agency"': an opening quotation mark right before the verb
    is passed by the walk over its verb complex, so "seeks to" still makes it intended; a
    quoted past stays a fact."""
    check(
        run,
        [
            (
                "The bill seeks to “establish a new agency for drones”, the senator said.",
                [("establish", "unasserted", {"object": "new agency for drones"})],
            ),
            (
                'Kelvo plans to "launch a new phone" in May.',
                [
                    (
                        "launch",
                        "unasserted",
                        {"agent": "Kelvo", "object": "new phone", "date": "May"},
                    )
                ],
            ),
            (
                "Kelvo said it had “launched a new phone” in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "new phone", "date": "May"},
                    )
                ],
            ),
        ],
    )


def test_launched_from_a_vessel_is_set_afloat(run: Callable[..., Doc]) -> None:
    """ "was launched from a barge", "launched a drone from a ship": "from" and a vessel or
    craft right after the verb (or its object) is the physical sense of "launch"; "from"
    and an office, a hall or "scratch" keeps the launch of a new thing."""
    check(
        run,
        [
            ("A steel platform jacket was launched from a barge on Sunday.", []),
            ("The navy launched a drone from a ship off the coast.", []),
            (
                "Kelvo launched a new app from scratch in May.",
                [("launched", "asserted", {"agent": "Kelvo", "object": "new app", "date": "May"})],
            ),
            (
                "The campaign was launched from the town hall on Monday.",
                [("launched", "asserted", {"object": "campaign", "date": "Monday"})],
            ),
        ],
    )


def test_an_all_caps_headline_base_form_is_a_plural_verb(run: Callable[..., Doc]) -> None:
    """ "KELVO, ARVO FORM JOINT VENTURE": in an ALL-CAPS wire headline a base form between
    capitalised words is a present-tense verb with a plural subject, as in a Title Case one;
    "SHARES OPEN HIGHER" and "TALKS OPEN IN GENEVA" launch nothing."""
    check(
        run,
        [
            (
                "KELVO, ARVO FORM JOINT VENTURE",
                [("FORM", "asserted", {"agent": "KELVO", "object": "JOINT VENTURE"})],
            ),
            (
                "KELVO AND ARVO FORM JOINT VENTURE IN TEXAS",
                [
                    (
                        "FORM",
                        "asserted",
                        {"agent": "KELVO", "object": "JOINT VENTURE", "location": "TEXAS"},
                    )
                ],
            ),
            ("KELVO SHARES OPEN HIGHER", []),
            ("TALKS OPEN IN GENEVA", []),
        ],
    )
