"""LAUNCH, session 24: what a launch's object is not. A date before a clause, a subject
before a coordinated verb, an ORG that modifies a noun, an amount before a rate, a clause's
verb after a name, a verb of plan after a list, a name before a PP; a gerund coordinated
with one a cue governs, one after "suggested", "discussed" or "a delay in", a bare "be";
"the economy", tours, rounds, interviews, rises, trials and shows; a launch word before a
noun it modifies ("founding aim"); a launch of nothing ("released no phones"); a long
opening phrase with a distractor head; a plural noun before an auxiliary ("forms have")
or in a preposition's phrase; an inverted negative clause ("Rarely has"). Invented
sentences (every company, town and person made up); each test fails without its rule and
holds sentences the rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_a_date_before_a_clause_is_no_object(run: Callable[..., Doc]) -> None:
    """ "Last spring the council released ...": a time phrase that opens a clause dates it;
    it is not the noun of a relative clause ("the plant the firm opened"), so never an
    object; an approximate count after the verb ("released about 300 trout") makes it
    transitive, so its subject is not what was released."""
    check(
        run,
        [
            ("Last spring the Vell council released about 300 trout into the lake.", []),
            ("The Vell council released about 300 trout into the lake.", []),
            (
                "Vell Foods released about 40 new snacks last year.",
                [
                    (
                        "released",
                        "asserted",
                        {"agent": "Vell Foods", "object": "40 new snacks", "date": "last year"},
                    )
                ],
            ),
            (
                "This week the company opened a new plant in Kelp.",
                [("opened", "asserted", {"object": "new plant"})],
            ),
        ],
    )


def test_a_coordinated_verb_makes_the_first_transitive(run: Callable[..., Doc]) -> None:
    """ "Kelp Foods creates and sells pies": a second verb of the same form after
    "and" takes the object the first verb shares, so the subject is not what was made; a
    counted phrase after the second verb ("later closed two stores") is both verbs' object.
    A verb of another form ("opened and employs 300") leaves the first intransitive."""
    check(
        run,
        [
            ("The bakery creates and sells frozen pies for schools in Vell.", []),
            (
                "The firm opened and later closed two stores in Vell.",
                [("opened", "asserted", {"object": "two stores"})],
            ),
            (
                "The Kelp plant opened and employs 300 people.",
                [("opened", "asserted", {"object": "Kelp plant"})],
            ),
        ],
    )


def test_an_org_that_modifies_a_noun(run: Callable[..., Doc]) -> None:
    """ "the Kelp Institute survey": an ORG before a noun the sense checks know (within
    three lower-case words) modifies it, so the phrase runs on to that noun, and a
    distractor head there ("survey") says nothing was launched. A word of another kind
    after the ORG ("last year", "jointly") still ends the phrase at the name."""
    check(
        run,
        [
            ("Fares rose after the release of the Kelp Institute survey.", []),
            (
                "Tarnvale launched the Kelp Bank savings fund in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Tarnvale", "object": "Kelp Bank savings fund", "date": "May"},
                    )
                ],
            ),
            (
                "Tarnvale set up the Kelp Commission last year.",
                [
                    (
                        "set up",
                        "asserted",
                        {"agent": "Tarnvale", "object": "Kelp Commission", "date": "last year"},
                    )
                ],
            ),
        ],
    )


def test_an_amount_before_a_rate(run: Callable[..., Doc]) -> None:
    """ "a $30 per share takeover bid": "per share" after an amount makes it a rate that
    modifies the noun after it, so the bid (a distractor) heads the phrase; an amount
    right before its noun ("a 50 mln dlr fund") is unchanged."""
    check(
        run,
        [
            ("Vell Corp launched a 2 euro per unit rights offer to raise cash.", []),
            ("Orrin Capital launched a 12 euro a share bid for Kelp Foods.", []),
            (
                "Tarnvale launched a 50 mln dlr fund for farmers.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Tarnvale", "object": "50 mln dlr fund for farmers"},
                    )
                ],
            ),
        ],
    )


def test_a_clause_verb_after_a_name_ends_the_phrase(run: Callable[..., Doc]) -> None:
    """ "the Fund praised reforms made by X": a lower-case past form right after a
    capitalised word is that clause's verb, so the phrase a participle describes starts
    after it; after a determiner or adverb a past form is a premodifier ("the revised
    plan")."""
    check(
        run,
        [
            ("In May the Fund praised tax reforms recently introduced by Tarnvale.", []),
            (
                "Orrin praised the revised fund launched by Kelp.",
                [("launched", "asserted", {"agent": "Kelp", "object": "revised fund"})],
            ),
        ],
    )


def test_a_gerund_coordinated_under_a_cue(run: Callable[..., Doc]) -> None:
    """ "may weigh buying or starting a radio station": a gerund joined by "or"/"and" to one
    that a complement cue governs shares it, so the launch is not asserted; after a
    preposition of time ("After buying Kelp and launching a fund") it stays asserted."""
    check(
        run,
        [
            (
                "Kelp Media would consider buying or starting a radio station.",
                [
                    (
                        "starting",
                        "unasserted",
                        {"agent": "Kelp Media", "object": "radio station"},
                    )
                ],
            ),
            (
                "After buying Kelp and launching a fund, Orrin retired.",
                [("launching", "asserted", {"object": "fund"})],
            ),
        ],
    )


def test_the_economy_is_not_launched(run: Callable[..., Doc]) -> None:
    """ "relaunch the economy" means revive it: "economy" is a distractor head; as a
    modifier ("a digital economy fund") it is not the head and the fund was launched."""
    check(
        run,
        [
            ("The new cabinet relaunched the economy with tax cuts.", []),
            (
                "Tarnvale launched a digital economy fund.",
                [("launched", "asserted", {"agent": "Tarnvale", "object": "digital economy fund"})],
            ),
        ],
    )


def test_tours_rounds_and_interviews_are_not_launched(run: Callable[..., Doc]) -> None:
    """A tour or visit opened, a round of talks launched, an interview released: events
    and statements, not new things ("round", "tour", "visit", "interview" are distractor
    heads); a show or a fund is still launched."""
    check(
        run,
        [
            ("The Vell choir opened a Tarn tour of six towns on Monday.", []),
            ("Vell and Tarn launched a new round of trade talks in May.", []),
            ("Kelp Radio released an interview with Ana Lind on Monday.", []),
            (
                "Tarnvale launched a new TV show for children.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Tarnvale", "object": "new TV show for children"},
                    )
                ],
            ),
        ],
    )


def test_a_verb_of_plan_ends_a_list_of_objects(run: Callable[..., Doc]) -> None:
    """ "opened three clinics and hopes to add ...": a word of intention before "to" is
    the next verb, not a listed thing; a plural noun before "to" and a noun stays one
    ("sausages and burgers to schools")."""
    check(
        run,
        [
            (
                "Kelp Health opened three clinics and hopes to add a ward.",
                [("opened", "asserted", {"agent": "Kelp Health", "object": "three clinics"})],
            ),
            (
                "Kelp Foods launched sausages and burgers to schools in Vell.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelp Foods", "object": "sausages and burgers"},
                    )
                ],
            ),
        ],
    )


def test_a_phrase_between_name_and_verb(run: Callable[..., Doc]) -> None:
    """ "wrote to the paper X in a statement released ...": a name followed by a PP before
    the verb is no relative clause's subject ("the plant X opened"), so the participle
    describes the noun right before it; "concerning" is a preposition. Without the PP the
    relative clause stands."""
    check(
        run,
        [
            ("Ana Lind wrote to the newspaper Vell Post in a statement released on Monday.", []),
            ("Kelp settled with Tarn Group regarding a legal action launched in May.", []),
            (
                "The plant Tarnvale opened in May employs 300.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Tarnvale", "object": "plant", "date": "May"},
                    )
                ],
            ),
        ],
    )


def test_suggesting_discussing_or_delaying_a_launch(run: Callable[..., Doc]) -> None:
    """ "suggested launching", "discussed opening", "a delay in launching": what is
    suggested, discussed or delayed has not happened; a finite clause after "suggested
    that" reports its own fact."""
    check(
        run,
        [
            (
                "Ana Lind suggested launching a fund for farmers.",
                [("launching", "unasserted", {"agent": "Ana Lind", "object": "fund for farmers"})],
            ),
            (
                "Kelp discussed opening a store in Vell.",
                [("opening", "unasserted", {"agent": "Kelp", "object": "store"})],
            ),
            (
                "Analysts cited a delay in launching the Kelp fund.",
                [("launching", "unasserted", {"agent": "Analysts", "object": "Kelp fund"})],
            ),
            (
                "The report suggested that Kelp launched the fund in 2019.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelp", "object": "fund", "date": "2019"},
                    )
                ],
            ),
        ],
    )


def test_a_participle_after_an_auxiliary_is_a_verb(run: Callable[..., Doc]) -> None:
    """ "The union has criticised new product introductions": a participle right after an
    auxiliary is the clause's verb, so the phrase a launch noun or a relative pronoun looks
    back to starts after it; after a possessive "'s" a participle is a premodifier
    ("Tarnvale's planned hub")."""
    check(
        run,
        [
            (
                "The union has criticised new product introductions at Kelp.",
                [("introductions", "asserted", {"object": "new product"})],
            ),
            (
                "Tarnvale's planned science hub has yet to open.",
                [
                    (
                        "open",
                        "unasserted",
                        {"object": "planned science hub"},
                    )
                ],
            ),
        ],
    )


def test_a_rise_or_an_increase_is_not_launched(run: Callable[..., Doc]) -> None:
    """ "unveiled a rise in the credit", "announced the latest increase": a change reported,
    not a new thing ("increase", "rise", "hike", "reduction" are distractor heads)."""
    check(
        run,
        [
            ("Tarnvale unveiled a rise in its fuel duty.", []),
            ("Unveiling a pay increase for nurses, Ana Lind spoke in Vell.", []),
        ],
    )


def test_a_bare_be_is_a_subjunctive(run: Callable[..., Doc]) -> None:
    """ "asked that a board be set up": a bare "be" with no modal or "to" before it is
    a subjunctive, a demand, so the launch is not asserted; "was set up" is a fact."""
    check(
        run,
        [
            (
                "Ana Lind asked that a new council be set up by June.",
                [("set up", "unasserted", {"object": "new council", "date": "June"})],
            ),
            (
                "Tarnvale insisted that the fund be launched in May.",
                [("launched", "unasserted", {"object": "fund", "date": "May"})],
            ),
            (
                "A new council was set up to study the claims.",
                [("set up", "asserted", {"object": "new council"})],
            ),
        ],
    )


def test_trials_prosecutions_and_shows(run: Callable[..., Doc]) -> None:
    """A prosecution, a trial or a charge launched is a legal or military act, not a new
    thing (distractor heads); a show or fair that opens is an event's start ("show" is
    another sense of "open"), while a new TV show is still launched."""
    check(
        run,
        [
            ("The state launched a fraud prosecution against Vell Foods in May.", []),
            ("Kelp Pharma launched a trial of its new drug in May.", []),
            ("The Vell Boat Show opens on Friday.", []),
            (
                "Kelp Media launched a new TV show for children.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Kelp Media", "object": "new TV show for children"},
                    )
                ],
            ),
        ],
    )


def test_coordinated_participles(run: Callable[..., Doc]) -> None:
    """ "is opening and running two stores": two -ing verbs joined by "and" share the
    object after the second; "opening and closing ceremonies" is no launch of anything."""
    check(
        run,
        [
            (
                "Tarnvale is opening and running two stores in Vell.",
                [("opening", "asserted", {"agent": "Tarnvale", "object": "two stores"})],
            ),
            ("Tickets for the Vell Games opening and closing ceremonies sold out.", []),
        ],
    )


def test_launch_words_that_modify_a_noun(run: Callable[..., Doc]) -> None:
    """ "the union's founding aim", "a debut performance prize", "the launch spread": a
    launch word right before one of these nouns describes it (modifier nouns), no event;
    "the roll out of" is a noun with its "of" phrase, as "the rollout of" is."""
    check(
        run,
        [
            ("Free trade was the league's founding aim.", []),
            ("Ana Lind won the best debut performance prize.", []),
            ("The Kelp bond's launch spread is 40 basis points.", []),
            (
                "The steady roll out of new bus routes has lifted fares.",
                [("roll out", "asserted", {"object": "new bus routes"})],
            ),
        ],
    )


def test_no_launch_and_what_comes_before_one(run: Callable[..., Doc]) -> None:
    """ "released no new phones", "said no new stores opened": a launch of nothing is not
    asserted, and the subject is not what was released; "a precursor to X releasing" and
    "a prelude to the launch of" speak of a launch still to come; an opening episode or
    line is no launch (modifier nouns)."""
    check(
        run,
        [
            ("Kelp Mobile released no new phones in 2020.", []),
            (
                "Kelp said no new stores opened in May.",
                [("opened", "unasserted", {"object": "new stores", "date": "May"})],
            ),
            (
                "As a precursor to Tarnvale releasing a new app, Kelp cut prices.",
                [("releasing", "unasserted", {"agent": "Tarnvale", "object": "new app"})],
            ),
            ("Sunday's opening episode drew large crowds.", []),
            (
                "Kelp said the store opened in May.",
                [("opened", "asserted", {"object": "store", "date": "May"})],
            ),
        ],
    )


def test_a_long_opening_phrase_with_a_distractor_head(run: Callable[..., Doc]) -> None:
    """ "A wide new inquiry into bus fares in Vell has been launched": when the walk from a
    passive ends inside a long subject, the opening phrase is read for a distractor head as
    for a launchable one, so the sense check drops the event instead of keeping one with
    no object; "debut shares" are a listing (a modifier noun)."""
    check(
        run,
        [
            ("A wide new inquiry into bus fares in Vell has been launched by Ana Lind.", []),
            (
                "A new fund for young farmers in Vell has been launched by Ana Lind.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Ana Lind", "object": "new fund for young farmers"},
                    )
                ],
            ),
            ("Kelp Bank's debut shares rose 12% on Monday.", []),
        ],
    )


def test_plural_nouns_prices_and_values(run: Callable[..., Doc]) -> None:
    """ "fund forms have been sent": a third-person form right before an auxiliary is
    a plural noun, not a verb; "opened quietly at 98.5" is a price (an -ly adverb may
    stand before "at"); values set are no new thing. A third-person verb before its object
    stays one."""
    check(
        run,
        [
            ("Its new fund forms have been sent to savers.", []),
            ("Kelp fund forms will be sent out in May.", []),
            ("Tarn bonds opened quietly at 98.5 in London.", []),
            ("The Kelp board has established new unit values for wheat and oats.", []),
            (
                "Vell opens a new store in Tarn today.",
                [
                    (
                        "opens",
                        "asserted",
                        {"agent": "Vell", "object": "new store"},
                    )
                ],
            ),
        ],
    )


def test_inverted_negation_and_forms_in_a_phrase(run: Callable[..., Doc]) -> None:
    """ "Rarely has a bank launched such a fund", "Seldom have two rivals set up a lab": a
    negative adverb opening an inverted clause negates it, so the launch is not asserted;
    "come in many different forms": a third-person form after a preposition's words is a
    plural noun. A third-person verb after its subject stays one."""
    check(
        run,
        [
            (
                "Rarely has a bank launched such a fund.",
                [("launched", "unasserted", {"object": "fund"})],
            ),
            (
                "Seldom have two rivals set up a joint lab.",
                [("set up", "unasserted", {"object": "joint lab"})],
            ),
            ("Vell loans come in many different forms.", []),
            (
                "Kelp forms a new unit every year.",
                [("forms", "asserted", {"agent": "Kelp", "object": "new unit"})],
            ),
        ],
    )
