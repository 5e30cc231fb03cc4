"""LAUNCH, session 23: "start" a new organisation and "go on sale" as triggers, a relative
pronoun that is its clause's subject, and a comparative adverb before an opening date.
Invented sentences (every company, town and product made up); each test fails without its
rule and holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_start_a_new_organisation(run: Callable[..., Doc]) -> None:
    """ "started a company" says the company was founded: "start" is a restricted verb whose
    objects are organisations and businesses, active, passive or as a participle clause."""
    check(
        run,
        [
            (
                "Orrin Group started a new airline last year.",
                [
                    (
                        "started",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new airline", "date": "last year"},
                    )
                ],
            ),
            (
                "The Tarnvale Savings Fund was started by two teachers in 1921.",
                [
                    (
                        "started",
                        "asserted",
                        {"object": "Tarnvale Savings Fund", "date": "1921"},
                    )
                ],
            ),
            (
                "Kelp Media plans to start a weekly magazine for farmers.",
                [
                    (
                        "start",
                        "unasserted",
                        {"agent": "Kelp Media", "object": "weekly magazine for farmers"},
                    )
                ],
            ),
            # what begins is no thing made: talks, work, a job, trading, a campaign
            ("Talks between Orrin Group and the union started on Monday.", []),
            ("Orrin Group started work on the new bridge in May.", []),
            ("Ana Lind started a new job at Orrin Group in May.", []),
            ("Kelp Media started a campaign against the new tax.", []),
        ],
    )


def test_start_before_an_action_is_aspectual(run: Callable[..., Doc]) -> None:
    """ "start to" or "start" before an -ing word says an action begins; "start" used
    intransitively says its subject began; "started out as" describes a past."""
    check(
        run,
        [
            ("Many banks are starting to offer the new accounts.", []),
            ("Vell Telecom will start offering home broadband services in May.", []),
            ("The venture starts with $20 million in capital.", []),
            ("Kelp Media started out as a small bakery in Tarnvale.", []),
            # the noun "start-up" is what was founded, never the verb
            (
                "The start-up was founded in 2019.",
                [("founded", "asserted", {"object": "start-up", "date": "2019"})],
            ),
        ],
    )


def test_go_on_sale(run: Callable[..., Doc]) -> None:
    """A product that goes on sale is released: "go on sale" is a weak trigger whose
    subject is the thing; tickets, shares, a company or a house on sale are another sense."""
    check(
        run,
        [
            (
                "The Vell X2 went on sale in Norway on Friday.",
                [
                    (
                        "went on sale",
                        "asserted",
                        {"object": "Vell X2", "date": "Friday", "location": "Norway"},
                    )
                ],
            ),
            (
                "The new tablet will go on sale in May.",
                [("go on sale", "unasserted", {"object": "new tablet", "date": "May"})],
            ),
            ("Tickets for the Tarnvale show go on sale next week.", []),
            ("The company went on sale last year after heavy losses.", []),
            ("Shares in the firm went on sale at 5 pence.", []),
        ],
    )


def test_relative_pronoun_subject_takes_its_noun(run: Callable[..., Doc]) -> None:
    """ "a store which opened": a relative pronoun right before the verb is the clause's
    subject, so its noun is what opened, even after a verb the rules cannot tell from a
    noun ("built", "is building"); the clause is no "[the store] Orrin built"."""
    check(
        run,
        [
            (
                "Orrin Group built a store which opened in May.",
                [("opened", "asserted", {"object": "store", "date": "May"})],
            ),
            (
                "Orrin Group is building a store that will open in May.",
                [("open", "unasserted", {"object": "store", "date": "May"})],
            ),
            # an object relative keeps its named subject as the agent
            (
                "The fund that Orrin Group launched, which grew fast, is closed.",
                [("launched", "asserted", {"agent": "Orrin Group", "object": "fund"})],
            ),
        ],
    )


def test_comparative_adverb_before_an_opening_date(run: Callable[..., Doc]) -> None:
    """ "Earlier today, Acme launched ...": "earlier" or "later" before the sentence's
    opening date still leaves that date the launch's date, with or without a comma."""
    check(
        run,
        [
            (
                "Earlier today, Orrin Group introduced a new tablet.",
                [
                    (
                        "introduced",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new tablet", "date": "today"},
                    )
                ],
            ),
            (
                "Earlier today Orrin Group introduced a new tablet.",
                [
                    (
                        "introduced",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new tablet", "date": "today"},
                    )
                ],
            ),
            # "Later," with no date dates nothing
            (
                "Later, Orrin Group opened a store.",
                [("opened", "asserted", {"agent": "Orrin Group", "object": "store"})],
            ),
        ],
    )


def test_made_its_debut_after_a_verb_complex(run: Callable[..., Doc]) -> None:
    """ "X will make its debut": the maker is the phrase before the whole verb complex
    (modal, auxiliary, negation, adverb), or a relative pronoun's noun; a modal is never
    part of it."""
    check(
        run,
        [
            (
                "The new Tarn coupe will make its debut in Lisbon on Saturday.",
                [
                    (
                        "debut",
                        "unasserted",
                        {"object": "new Tarn coupe", "date": "Saturday", "location": "Lisbon"},
                    )
                ],
            ),
            (
                "The new Tarn coupe could not make its debut in Lisbon.",
                [("debut", "unasserted", {"object": "new Tarn coupe", "location": "Lisbon"})],
            ),
            (
                "Visitors saw some of the gadgets that will be making their debut in 2025.",
                [("debut", "unasserted", {"object": "gadgets", "date": "2025"})],
            ),
            (
                "The new Tarn coupe made its debut in Lisbon.",
                [("debut", "asserted", {"object": "new Tarn coupe", "location": "Lisbon"})],
            ),
        ],
    )


def test_verbs_of_saying_end_a_phrase(run: Callable[..., Doc]) -> None:
    """Without a tagger a noun phrase runs on to the left; a past or present verb of saying
    or thinking that is never a noun or adjective ("hinted", "warned", "insists") ends it,
    so the speaker is not part of what was launched."""
    check(
        run,
        [
            (
                "The minister hinted new grants could be unveiled in May.",
                [("unveiled", "unasserted", {"object": "new grants", "date": "May"})],
            ),
            (
                "Ana Lind warned a new fund would be launched in May.",
                [("launched", "unasserted", {"object": "new fund", "date": "May"})],
            ),
        ],
    )


def test_a_list_of_markets_before_a_launch_noun(run: Callable[..., Doc]) -> None:
    """ "the Asian and European launch": places or nationality words joined by "and" after a
    determiner or possessor say where; the noun is a launch noun, not a verb whose subject is
    the last of them."""
    check(
        run,
        [
            (
                "The gap between the Asian and European launch was short.",
                [("launch", "asserted", {})],
            ),
            (
                "The Tarn X2's UK and Irish launch was delayed.",
                [("launch", "unasserted", {"object": "Tarn X2"})],
            ),
            # two places with no determiner are the subject of the verb
            (
                "Norway and Sweden launch a joint fund.",
                [
                    (
                        "launch",
                        "asserted",
                        {"agent": "Norway", "object": "joint fund", "location": "Norway"},
                    )
                ],
            ),
        ],
    )


def test_a_quoted_name_inside_the_object_phrase(run: Callable[..., Doc]) -> None:
    """A capitalised quotation after the phrase's first words is the name they describe,
    and the name is the object ("a cheap 'Kelp Mini'"); a one-word lower-case quotation
    is a scare quote inside the phrase; a glued "'" stays a possessive."""
    check(
        run,
        [
            (
                'Tarn Corp unveiled a cheap "Kelp Mini" computer on Monday.',
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Tarn Corp", "object": "Kelp Mini", "date": "Monday"},
                    )
                ],
            ),
            (
                "Tarn Corp unveiled a new 'smart' meter.",
                [("unveiled", "asserted", {"agent": "Tarn Corp", "object": "new 'smart' meter"})],
            ),
            (
                "The drivers' new union was formed in May.",
                [("formed", "asserted", {"object": "new union", "date": "May"})],
            ),
        ],
    )


def test_a_hyphenated_word_opening_the_object(run: Callable[..., Doc]) -> None:
    """A hyphenated adjective whose first part is a preposition ("in-depth", "on-demand",
    "in-flight") opens the object phrase; and after "a"/"an" the verb is transitive, so
    when its phrase is no launched thing the subject never becomes the object."""
    check(
        run,
        [
            (
                "Tarn Air launched an in-flight magazine in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Tarn Air", "object": "in-flight magazine", "date": "May"},
                    )
                ],
            ),
            (
                "Orrin Group introduced an on-demand video service.",
                [
                    (
                        "introduced",
                        "asserted",
                        {"agent": "Orrin Group", "object": "on-demand video service"},
                    )
                ],
            ),
            ("The Tarnvale regulator has launched an in-depth investigation into Vell Air.", []),
            # no article: the subject of an intransitive verb is still what opened
            (
                "The new Orrin store opened in May.",
                [("opened", "asserted", {"object": "new Orrin store", "date": "May"})],
            ),
        ],
    )


def test_debut_before_a_work_noun(run: Callable[..., Doc]) -> None:
    """ "a debut solo album", "her debut feature", "their debut record": "debut" before
    a noun of a first work modifies it, no launch of its own; the work's release is one."""
    check(
        run,
        [
            (
                "Ana Lind, whose debut solo album is released in June, is touring.",
                [("released", "unasserted", {"object": "debut solo album", "date": "June"})],
            ),
            ("Her 1998 debut feature Tarn Road won a prize.", []),
            ("The band's debut record sold well.", []),
            (
                "The Tarn X2's debut was delayed.",
                [("debut", "unasserted", {"object": "Tarn X2"})],
            ),
        ],
    )


def test_a_bare_launch_noun_refers_back(run: Callable[..., Doc]) -> None:
    """ "The inauguration drew large crowds" after the article reported the inauguration:
    a bare everyday-sense noun with "the"/"this" refers to that launch, an event of its own
    with no object in its sentence; with no earlier launch of the same verb, or with an
    "of" phrase of another sense, it is none."""
    check(
        run,
        [
            (
                "The new Tarn clinic was inaugurated on Tuesday. The inauguration drew large"
                " crowds.",
                [
                    ("inaugurated", "asserted", {"object": "new Tarn clinic", "date": "Tuesday"}),
                    ("inauguration", "asserted", {}),
                ],
            ),
            (
                "The new Tarn clinic opened on Tuesday. The opening drew large crowds.",
                [
                    ("opened", "asserted", {"object": "new Tarn clinic", "date": "Tuesday"}),
                    ("opening", "asserted", {}),
                ],
            ),
            ("The inauguration drew large crowds.", []),
            (
                "The new Tarn clinic opened on Tuesday. The opening of talks is due in May.",
                [("opened", "asserted", {"object": "new Tarn clinic", "date": "Tuesday"})],
            ),
        ],
    )


def test_modality_of_scheduling_and_joining(run: Callable[..., Doc]) -> None:
    """ "has scheduled the opening of" plans it (unasserted, like "has planned"); "X and Y
    team up to form Z" or "merge to form Z" report Z as made (asserted) unless a modal or a
    word of intention governs them."""
    check(
        run,
        [
            (
                "Kelp Foods has scheduled the opening of a new store in Vell.",
                [("opening", "unasserted", {"agent": "Kelp Foods", "object": "new store"})],
            ),
            (
                "Orrin Group and Kelp Foods team up to form a joint venture.",
                [("form", "asserted", {"object": "joint venture"})],
            ),
            (
                "Orrin Group and Kelp Foods will team up to form a joint venture.",
                [("form", "unasserted", {"object": "joint venture"})],
            ),
        ],
    )


def test_what_a_named_thing_is(run: Callable[..., Doc]) -> None:
    """ "a new meal kit service called Vell Kitchen": the phrase the name is given to says
    what the thing is, so an announce-type verb's check reads its head ("service"); a film
    named so is still no new thing of the contract's kinds for "reveal"."""
    check(
        run,
        [
            (
                "Kelp Foods has revealed a new meal kit service called Vell Kitchen.",
                [("revealed", "asserted", {"agent": "Kelp Foods", "object": "Vell Kitchen"})],
            ),
            ("Kelp Foods has revealed a new poster called Vell Kitchen.", []),
        ],
    )


def test_intransitive_subjects_and_times_of_day(run: Callable[..., Doc]) -> None:
    """ "opened this morning": a time of day after the verb is when, neither its object
    nor a pronoun object; a subject whose walk stops in a place's phrase keeps the noun it
    modifies; "rolled out over 1,000 sites" is transitive, its subject never the object;
    a quotation before the verb is the subject phrase."""
    check(
        run,
        [
            (
                "The Tarn supermarket opened this morning.",
                [("opened", "asserted", {"object": "Tarn supermarket"})],
            ),
            (
                "The first big supermarket in the old quarter of Vell opened on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {"object": "first big supermarket", "date": "Monday"},
                    )
                ],
            ),
            (
                "Vell Telecom has rolled out over 500 masts in Tarnvale.",
                [("rolled out", "asserted", {})],
            ),
            (
                "A 'shared tenant advice centre' is being created for the councils.",
                [("created", "asserted", {"object": "shared tenant advice centre"})],
            ),
        ],
    )


def test_a_date_possessor_dates_the_launch_noun(run: Callable[..., Doc]) -> None:
    """ "today's debut", "Monday's launch of X": the date before the possessive is when the
    launch happened, not a date of the main clause; "to" before it is a preposition."""
    check(
        run,
        [
            (
                "The road to today's debut began in 2019.",
                [("debut", "asserted", {"date": "today"})],
            ),
            (
                "Monday's launch of the Tarn X2 drew crowds.",
                [("launch", "asserted", {"object": "Tarn X2", "date": "Monday"})],
            ),
        ],
    )


def test_an_occasion_of_a_reported_launch(run: Callable[..., Doc]) -> None:
    """ "spoke at the launch event", "there at the inauguration ceremony": after the
    article reported that launch, the occasion noun refers to it, a mention with no object
    in its sentence; with no launch reported before, an occasion names none."""
    check(
        run,
        [
            (
                "Orrin Group launched its new phone on Monday. Ana Lind spoke at the launch event.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new phone", "date": "Monday"},
                    ),
                    ("launch", "asserted", {}),
                ],
            ),
            ("Ana Lind spoke at the launch event.", []),
            (
                "Ana Lind spoke at the Tarn Fund launch event.",
                [("launch", "asserted", {"object": "Tarn Fund"})],
            ),
        ],
    )


def test_a_by_agent_after_a_time_or_a_generic_word(run: Callable[..., Doc]) -> None:
    """The "by" agent of a passive is read past a time of day ("announced this morning
    by X") and past a capitalised everyday word that modifies a title ("by the State health
    minister Ana Lind"); a generic capitalised word alone is still no agent."""
    check(
        run,
        [
            (
                "The Tarn X7 was announced this morning by Orrin chairman Ana Lind.",
                [("announced", "asserted", {"agent": "Ana Lind", "object": "Tarn X7"})],
            ),
            (
                "The clinic was inaugurated on Tuesday by the State health minister Ana Lind.",
                [
                    (
                        "inaugurated",
                        "asserted",
                        {"agent": "Ana Lind", "object": "clinic", "date": "Tuesday"},
                    )
                ],
            ),
            (
                "The fund was set up by the Government.",
                [("set up", "asserted", {"object": "fund"})],
            ),
        ],
    )


def test_an_appositive_says_what_a_named_thing_is(run: Callable[..., Doc]) -> None:
    """ "revealed the Tarn Ridge, a compact pickup truck": the phrase after the name's
    comma says what the name is, so an announce-type verb's check reads its head; a person
    described so is no new thing."""
    check(
        run,
        [
            (
                "Orrin Group revealed the Tarn Ridge, a compact pickup truck, on Monday.",
                [
                    (
                        "revealed",
                        "asserted",
                        {"agent": "Orrin Group", "object": "Tarn Ridge", "date": "Monday"},
                    )
                ],
            ),
            (
                "Orrin Group announced Kelp Vision, a new fund for farmers.",
                [("announced", "asserted", {"agent": "Orrin Group", "object": "Kelp Vision"})],
            ),
            ("Orrin Group presented Ana Lind, the new chief, to staff.", []),
        ],
    )


def test_review_negatives(run: Callable[..., Doc]) -> None:
    """What the session's rules must leave alone: an adjective "opening" or an everyday
    "release" after a reported launch, the noun "start", a present-tense verb after two
    places, a spaced plural possessive, "start" with a practice, "open" a court, bonds on
    sale."""
    check(
        run,
        [
            (
                "Orrin Group opened a new store in May. The opening bid was $5.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new store", "date": "May"},
                    )
                ],
            ),
            (
                "Orrin Group released a new app in May. This release contains forecasts.",
                [
                    (
                        "released",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new app", "date": "May"},
                    )
                ],
            ),
            ("After a slow start the new fund grew quickly.", []),
            (
                "The US and Japan launch a joint fund for chips.",
                [
                    (
                        "launch",
                        "asserted",
                        {"agent": "US", "object": "joint fund for chips", "location": "US"},
                    )
                ],
            ),
            (
                "Orrin Group launched the farmers ' new fund on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Orrin Group", "object": "new fund", "date": "Monday"},
                    )
                ],
            ),
            ("The bank started the practice of paying interest monthly.", []),
            ("The judge opened the court on Monday.", []),
            ("Orrin Group's new bonds went on sale on Friday.", []),
        ],
    )


def test_a_pronoun_for_a_thing_named_just_before(run: Callable[..., Doc]) -> None:
    """ "Orrin built a new store. It opened in May.": a weak or checked verb whose only
    object is a pronoun has its launch sense when the sentence before names a thing it may
    launch; the event has no object (the thing is outside its sentence). Without one, or
    with "open it up" or opening hours, there is none."""
    check(
        run,
        [
            (
                "Orrin Group built a new store in Vell. It opened in May.",
                [("opened", "asserted", {"date": "May"})],
            ),
            (
                "Orrin Group has a new fund for farmers. It was set up in May.",
                [("set up", "asserted", {"date": "May"})],
            ),
            ("Shares in Orrin Group rose. It opened at 5 pence.", []),
            ("Orrin Group built a new store in Vell. We wanted to open it up to all.", []),
            ("The store will open every day in May.", []),
        ],
    )
