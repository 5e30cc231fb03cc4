"""LAUNCH modality of launches still to come that the verb's own complex does not mark with a
modal or a word of intention (README: modality): a present progressive with an adverb or
date of the future, a clause of time in the present tense, a gerund that is the subject of
a modal or that follows a main clause of plan, a verb of starting after a modal, and the
cues "ahead of", "intent on" and "prevent". Invented sentences (every company, town and
product made up); each test fails without its rule and holds sentences the rule must leave
alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, events


def modalities(doc: Doc) -> list[tuple[str, str]]:
    """(trigger, modality) of every event of ``doc``."""
    return [(trigger, modality) for trigger, modality, _ in events(doc)]


def check(run: Callable[..., Doc], cases: list[tuple[str, list[tuple[str, str]]]]) -> None:
    """Every case's text gives exactly these triggers with these modalities."""
    for text, expected in cases:
        assert modalities(run(text, R)) == expected, text


def test_present_progressive_with_an_adverb_of_the_future(run: Callable[..., Doc]) -> None:
    """ "is launching X soon", "is opening a store in the coming weeks": scheduled, not
    reported. Today's progressive stays a fact, and an adverb after "and" dates the other
    verb."""
    check(
        run,
        [
            ("Kelvo is launching its Vista phone soon.", [("launching", "unasserted")]),
            (
                "Tarnby Foods is opening a store in Vellmar in the coming weeks.",
                [("opening", "unasserted")],
            ),
            ("Kelvo is launching the Vista phone today.", [("launching", "asserted")]),
            (
                "Kelvo is debuting the Vista phone in Vellmar and will sell it elsewhere in "
                "the coming weeks.",
                [("debuting", "asserted")],
            ),
            ("Kelvo launched a phone soon after the fair.", [("launched", "asserted")]),
        ],
    )


def test_dates_of_the_future_by_their_words_and_weeks(run: Callable[..., Doc]) -> None:
    """A date that opens with "next" or "later this" is after publication even when its
    value does not say so ("later this year" is the publication's year) or when there is no
    reference date; a week ("next week") is compared as an ISO week."""
    check(
        run,
        [
            (
                "Kelvo is launching the Vista phone later this year.",
                [("launching", "unasserted")],
            ),
            ("Kelvo is launching the Vista phone next week.", [("launching", "unasserted")]),
            ("Kelvo launched the Vista phone last week.", [("launched", "asserted")]),
            ("Kelvo is launching the Vista phone this week.", [("launching", "asserted")]),
        ],
    )
    undated = run("Tarnby Foods is opening a store in Vellmar next month.", None)
    assert modalities(undated) == [("opening", "unasserted")]
    undated = run("Tarnby Foods opened a store in Vellmar last month.", None)
    assert modalities(undated) == [("opened", "asserted")]


def test_verb_of_starting_passes_to_the_modal(run: Callable[..., Doc]) -> None:
    """ "will start launching": the modal before the verb of starting governs the gerund."""
    check(
        run,
        [
            ("Kelvo will start launching phones in Vellmar.", [("launching", "unasserted")]),
            ("Kelvo began opening stores in Vellmar in 2019.", [("opening", "asserted")]),
        ],
    )


def test_participle_after_a_main_clause_of_plan(run: Callable[..., Doc]) -> None:
    """ "aims to double its sales, launching 20 new models": how the plan is to be carried
    out; after a main clause that reports a fact, the participle is a fact too."""
    check(
        run,
        [
            (
                "Farlow Motors aims to double its sales by 2030, launching 20 new models.",
                [("launching", "unasserted")],
            ),
            (
                "Farlow Motors will expand in Vellmar, opening 40 stores.",
                [("opening", "unasserted")],
            ),
            (
                "Farlow Motors doubled its sales last year, launching 20 new models.",
                [("launching", "asserted")],
            ),
            (
                "Farlow Motors is working hard to grow, opening 40 stores.",
                [("opening", "asserted")],
            ),
        ],
    )


def test_gerund_subject_of_a_modal(run: Callable[..., Doc]) -> None:
    """ "Launching the fund would cost ...": what would happen. An introductory gerund
    phrase before a comma, or one with a past verb, reports the act."""
    check(
        run,
        [
            (
                "Launching the fund would cost Kelvo $5 million.",
                [("Launching", "unasserted")],
            ),
            (
                "Critics say that introducing the new cards would be costly.",
                [("introducing", "unasserted")],
            ),
            (
                "Launching the fund in Vellmar, Kelvo said sales would rise.",
                [("Launching", "asserted")],
            ),
        ],
    )


def test_clause_of_time_in_the_present_tense(run: Callable[..., Doc]) -> None:
    """ "before a new agency is set up", "when the new stadium opens": a future of its own;
    in the past tense the clause reports what happened."""
    check(
        run,
        [
            (
                "Before a new agency is set up, the council should hold a review.",
                [("set up", "unasserted")],
            ),
            (
                "It is weeks before the new rules are introduced in Vellmar.",
                [("introduced", "unasserted")],
            ),
            (
                "When the new stadium opens, its owners plan a vote.",
                [("opens", "unasserted")],
            ),
            (
                "Sales rose after the new rules were introduced in 2019.",
                [("introduced", "asserted")],
            ),
            (
                "Before the new agency was set up in 2019, the council held a review.",
                [("set up", "asserted")],
            ),
        ],
    )


def test_cues_of_a_launch_to_come_or_kept_from_happening(run: Callable[..., Doc]) -> None:
    """ "ahead of launching", "intent on launching", "prevent Kelvo opening": still to come
    or kept from happening; "ahead of rivals by launching" and "welcomed Kelvo opening" are
    no such cue before the gerund."""
    check(
        run,
        [
            (
                "Shares in Kelvo rose ahead of launching the fund.",
                [("launching", "unasserted")],
            ),
            (
                "Residents fought to prevent Kelvo opening a store in Vellmar.",
                [("opening", "unasserted")],
            ),
            ("Kelvo was intent on launching a rival service.", [("launching", "unasserted")]),
            (
                "Kelvo stayed ahead of rivals by launching a fund in 2019.",
                [("launching", "asserted")],
            ),
            (
                "Residents welcomed Kelvo opening a store in Vellmar.",
                [("opening", "asserted")],
            ),
        ],
    )


def test_gerund_kept_from_happening(run: Callable[..., Doc]) -> None:
    """ "discourage firms from setting up", "bars Kelvo from opening": a verb of prevention
    before "from"; "moved from opening stores" has none."""
    check(
        run,
        [
            (
                "The rules discourage firms from setting up branches in Vellmar.",
                [("setting up", "unasserted")],
            ),
            (
                "The law bars Kelvo from opening new branches.",
                [("opening", "unasserted")],
            ),
            (
                "Kelvo moved from opening stores to selling online in 2019.",
                [("opening", "asserted")],
            ),
        ],
    )


def test_cues_of_a_launch_under_study(run: Callable[..., Doc]) -> None:
    """ "is looking at setting up", "is exploring the launch of", "might consider opening":
    a launch weighed, not made; "looked at the figures after opening" is no such cue."""
    check(
        run,
        [
            ("Kelvo is looking at setting up a new fund.", [("setting up", "unasserted")]),
            ("Kelvo is exploring the launch of a fund.", [("launch", "unasserted")]),
            (
                "Analysts said Kelvo might consider opening a store.",
                [("opening", "unasserted")],
            ),
            (
                "Kelvo looked at the figures after opening a store in 2019.",
                [("opening", "asserted")],
            ),
        ],
    )


def test_coordinated_launch_noun_shares_the_first_ones_modality(
    run: Callable[..., Doc],
) -> None:
    """ "the launch of a phone next year and the roll-out of a service": the second noun
    depends on the same verb as the first, and is still to come when the first is."""
    check(
        run,
        [
            (
                "Kelvo will benefit from the launch of a new phone next year and the roll-out "
                "of its new service.",
                [("launch", "unasserted"), ("roll-out", "unasserted")],
            ),
            (
                "Kelvo benefited from the launch of a new phone last year and the roll-out of "
                "its new service.",
                [("launch", "asserted"), ("roll-out", "asserted")],
            ),
        ],
    )


def test_cues_of_a_launch_unfinished_or_passed_over(run: Callable[..., Doc]) -> None:
    """ "working on launching", "on the verge of", "stopped short of", "instead of",
    "rather than", "interest in", "talk of": a launch not (yet) made. A past verb before
    "instead of" and an "interest in" a fund launched in a past year are facts."""
    check(
        run,
        [
            ("Kelvo is working on launching a new fund.", [("launching", "unasserted")]),
            (
                "Kelvo is on the verge of launching a new fund.",
                [("launching", "unasserted")],
            ),
            ("Kelvo stopped short of launching a new fund.", [("launching", "unasserted")]),
            (
                "Kelvo bought a rival instead of launching its own service.",
                [("launching", "unasserted")],
            ),
            (
                "Kelvo bought a rival rather than launching its own service.",
                [("launching", "unasserted")],
            ),
            (
                "Kelvo has expressed interest in opening a store in Vellmar.",
                [("opening", "unasserted")],
            ),
            ("There is talk of launching a new fund.", [("launching", "unasserted")]),
            (
                "Kelvo launched its own service instead of buying a rival.",
                [("launched", "asserted")],
            ),
            (
                "Kelvo saw strong interest in the fund it launched in 2019.",
                [("launched", "asserted")],
            ),
        ],
    )


def test_gerund_of_means_after_a_verb_of_planning(run: Callable[..., Doc]) -> None:
    """ "aims for growth by opening 20 new stores": how the plan is to be met. After a past
    verb of fact, or a plan inside a relative clause, the gerund is a fact."""
    check(
        run,
        [
            (
                "Kelvo aims for growth by opening 20 new stores.",
                [("opening", "unasserted")],
            ),
            ("Kelvo grew last year by opening 20 new stores.", [("opening", "asserted")]),
            (
                "Kelvo, which plans to list, grew by opening 20 new stores.",
                [("opening", "asserted")],
            ),
        ],
    )


def test_infinitive_naming_what_a_merger_made(run: Callable[..., Doc]) -> None:
    """ "merged with Beta Foods to form Kelvo Group": the forming is a fact, as the merger
    is; a plan or modal before the merger, or a purpose infinitive after another verb,
    keeps it unasserted."""
    check(
        run,
        [
            (
                "Kelvo merged with Beta Foods in 2019 to form Kelvo Group.",
                [("form", "asserted")],
            ),
            (
                "Last year Tarnby Bank bought Zarnex, merging it with Kelvo to form a new lender.",
                [("form", "asserted")],
            ),
            (
                "Kelvo plans to merge with Beta Foods to form Kelvo Group.",
                [("form", "unasserted")],
            ),
            (
                "Kelvo will merge with Beta Foods to form Kelvo Group.",
                [("form", "unasserted")],
            ),
            ("Kelvo moved to Tarnby to form a new band.", [("form", "unasserted")]),
        ],
    )


def test_present_progressive_with_a_date_resolved_into_the_past(
    run: Callable[..., Doc],
) -> None:
    """ "is opening its first store on Monday" (published later in the week): a present
    progressive or present passive speaks of the next Monday, not the one the resolver
    placed before publication. Past and perfect forms, today's date and a date with its
    year keep the fact."""
    check(
        run,
        [
            (
                "Kelvo is opening its first store in Vellmar on Monday.",
                [("opening", "unasserted")],
            ),
            ("Kelvo is launching the Vista phone in February.", [("launching", "unasserted")]),
            ("Kelvo is launching the Vista phone today.", [("launching", "asserted")]),
            ("Kelvo launched the Vista phone on Monday.", [("launched", "asserted")]),
            ("Kelvo was launching the Vista phone in February.", [("launching", "asserted")]),
            (
                "Kelvo is launching the phone it first showed in February 2023.",
                [("launching", "asserted")],
            ),
        ],
    )
