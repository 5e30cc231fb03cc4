"""LAUNCH objects that stand before the trigger: passives ("X was opened"), participle and
relative clauses ("X, which was launched"), names with their own of/for part, names whose
first word is a first name's, and subject phrases opened by an owner. Invented sentences
(every company, town and person made up), one general rule per test, each with sentences
the rule must leave alone. Each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check


def test_a_names_of_or_for_part_is_no_distractor(run: Callable[..., Doc]) -> None:
    """A named organisation is never a distractor because of a word inside its own of/for
    part ("studies" says what the institute works on); a distractor head still is one, and
    a name whose own head is no distractor keeps its event."""
    check(
        run,
        [
            (
                "The Orrin Institute for Coastal Studies was established in 2023.",
                [
                    (
                        "established",
                        "asserted",
                        {"object": "Orrin Institute for Coastal Studies", "date": "2023"},
                    )
                ],
            ),
            (
                "The Kestrel Centre for Peace and Conflict Studies was set up in 2008.",
                [
                    (
                        "set up",
                        "asserted",
                        {"object": "Kestrel Centre for Peace and Conflict Studies", "date": "2008"},
                    )
                ],
            ),
            (
                "Vornhall opened the Pellow Institute for Policy Studies on Monday.",
                [
                    (
                        "opened",
                        "asserted",
                        {
                            "agent": "Vornhall",
                            "object": "Pellow Institute for Policy Studies",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            # left alone: a study is no launch; a name's own head decides
            ("Vornhall launched a study of coastal erosion on Monday.", []),
            (
                "The Brackwell Forum for Trade was launched on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"object": "Brackwell Forum for Trade", "date": "Monday"},
                    )
                ],
            ),
        ],
    )


def test_a_name_ending_in_an_object_head_is_no_person(run: Callable[..., Doc]) -> None:
    """A name that starts with a first name but ends in an object head word ("Fund",
    "Foundation") names a thing, not a person, after a verb that can take a person."""
    check(
        run,
        [
            (
                "Orrin Valley Fund was unveiled last week.",
                [("unveiled", "asserted", {"object": "Orrin Valley Fund", "date": "last week"})],
            ),
            (
                "Marcus Hale Foundation was unveiled on Monday.",
                [
                    (
                        "unveiled",
                        "asserted",
                        {"object": "Marcus Hale Foundation", "date": "Monday"},
                    )
                ],
            ),
            # left alone: a person's name
            ("The club unveiled Marcus Hale as its new coach.", []),
            ("Kestrel Corp introduced Marcus Hale on Monday.", []),
        ],
    )


def test_a_head_and_its_of_or_for_part_are_one_name(run: Callable[..., Doc]) -> None:
    """Before the verb, a capitalised object head word with "of"/"for" and capitalised
    words after it is one name (an "and" inside that part too), with or without "the" or
    an owner's possessive before it; a name after "of" that follows another noun stays a
    prepositional phrase."""
    check(
        run,
        [
            (
                "The Museum of Modern Glass was opened in 1999.",
                [("opened", "asserted", {"object": "Museum of Modern Glass", "date": "1999"})],
            ),
            (
                "Tarnvale's Museum of Modern Glass was opened in 1999.",
                [("opened", "asserted", {"object": "Museum of Modern Glass", "date": "1999"})],
            ),
            (
                "The Museum of Art and Design was opened in 2004.",
                [("opened", "asserted", {"object": "Museum of Art and Design", "date": "2004"})],
            ),
            (
                "The Orrin Fund for Young Farmers was launched by the council.",
                [("launched", "asserted", {"object": "Orrin Fund for Young Farmers"})],
            ),
            (
                "An Institute for the Study of Rivers was set up in 2012.",
                [
                    (
                        "set up",
                        "asserted",
                        {"object": "Institute for the Study of Rivers", "date": "2012"},
                    )
                ],
            ),
            # left alone: the noun before "of" is no object head word, or is lower case
            ("The price of Kestrel Phones was unveiled on Tuesday.", []),
            (
                "A branch of Tarnvale Savings was opened in the town centre.",
                [("opened", "asserted", {"object": "branch"})],
            ),
            (
                "The Governor of Tarnvale opened the new bridge on Monday.",
                [("opened", "asserted", {"object": "new bridge", "date": "Monday"})],
            ),
        ],
    )


def test_an_owner_opening_the_subject_phrase(run: Callable[..., Doc]) -> None:
    """A subject phrase opened by a named owner and its possessive, or by "its"/"their",
    with a prepositional phrase after its head ("Vornhall's new fund for farmers was
    launched"): the opening phrase is what was launched, as after "a"/"the"."""
    check(
        run,
        [
            (
                "Vornhall's new fund for farmers was launched in May.",
                [("launched", "asserted", {"object": "new fund for farmers", "date": "May"})],
            ),
            (
                "Its new service for Tarnvale customers was launched on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {"object": "new service for Tarnvale customers", "date": "Monday"},
                    )
                ],
            ),
            (
                "Kestrel Bank's new app for small firms was launched on Monday.",
                [
                    (
                        "launched",
                        "asserted",
                        {
                            "agent": "Kestrel Bank",
                            "object": "new app for small firms",
                            "date": "Monday",
                        },
                    )
                ],
            ),
            (
                "Vornhall Air's new route to Orrin was launched in May.",
                [("launched", "asserted", {"object": "new route", "date": "May"})],
            ),
            # a distractor head ("talks") is read too, and the sense check drops the event
            # (until the nineteenth round an event with no object was left)
            ("Vornhall's talks with unions were launched in May.", []),
            ("Ana Lind's new letter to farmers was released on Monday.", []),
        ],
    )


def test_a_launchable_noun_with_its_postmodifier(run: Callable[..., Doc]) -> None:
    """Mid-sentence and before a relative clause, a launchable noun with a "for"/"to"/
    "with" phrase after it is the subject with that phrase ("said a fund for farmers was
    launched"); a noun that is not launchable, and a maker after "from", stay out."""
    check(
        run,
        [
            (
                "Ana Lind said a fund for farmers was launched in May.",
                [("launched", "asserted", {"object": "fund for farmers", "date": "May"})],
            ),
            (
                "Vornhall's new fund for farmers, which was launched in May, has $5 million.",
                [("launched", "asserted", {"object": "new fund for farmers", "date": "May"})],
            ),
            (
                "The fund for farmers, which Vornhall launched in May, has $5 million.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Vornhall", "object": "fund for farmers", "date": "May"},
                    )
                ],
            ),
            # left alone
            (
                "Ana Lind said talks with unions were launched in May.",
                [("launched", "asserted", {"date": "May"})],
            ),
            ("The new app from Kelvo, which was released in May, is popular.", []),
        ],
    )


def test_a_dashed_parenthetical_after_the_subject(run: Callable[..., Doc]) -> None:
    """A phrase set off by a pair of dashes between the subject and its verb is passed
    over, as a bracketed one is: the subject before it is the object of a passive and the
    agent of an active verb; a single dash joins two clauses and changes nothing."""
    check(
        run,
        [
            (
                "The Orrin Fund — a $5 million pot for farmers — was launched in May.",
                [("launched", "asserted", {"object": "Orrin Fund", "date": "May"})],
            ),
            (
                "The new fund — worth $5 million — was launched in May.",
                [("launched", "asserted", {"object": "new fund", "date": "May"})],
            ),
            (
                "Kestrel Pay -- an app for farmers -- was launched by Vornhall in May.",
                [
                    (
                        "launched",
                        "asserted",
                        {"agent": "Vornhall", "object": "Kestrel Pay", "date": "May"},
                    )
                ],
            ),
            (
                "Ana Lind — the head of Vornhall — opened the plant in May.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Ana Lind", "object": "plant", "date": "May"},
                    )
                ],
            ),
            # left alone: one dash between two clauses
            (
                "The plan was dropped — and the fund was launched in May.",
                [("launched", "asserted", {"object": "fund", "date": "May"})],
            ),
        ],
    )


def test_a_counted_subject_before_a_passive(run: Callable[..., Doc]) -> None:
    """A number's approximator ("about", "more than") before the subject is no preposition,
    and a number or partitive word before "of" ("three of", "the first of", "a total of")
    takes the phrase after it: what was launched is that counted phrase. A noun that is no
    number or partitive before "of" still opens a prepositional phrase."""
    check(
        run,
        [
            (
                "More than 200 stores were opened last year.",
                [("opened", "asserted", {"object": "200 stores", "date": "last year"})],
            ),
            (
                "About 40 new clinics have been opened since 2019.",
                [("opened", "asserted", {"object": "40 new clinics", "date": "2019"})],
            ),
            (
                "Three of the new funds were launched in May.",
                [("launched", "asserted", {"object": "Three of the new funds", "date": "May"})],
            ),
            (
                "The first of the new clinics was opened in May.",
                [("opened", "asserted", {"object": "first of the new clinics", "date": "May"})],
            ),
            (
                "A total of 40 new schools were opened in 2019.",
                [("opened", "asserted", {"object": "total of 40 new schools", "date": "2019"})],
            ),
            # left alone: a noun before "of" that counts nothing
            ("The price of 200 shares was unveiled in May.", []),
        ],
    )


def test_a_date_after_an_intransitive_verb_is_no_pronoun(run: Callable[..., Doc]) -> None:
    """ "this" that opens a date right after the verb ("launched this week") is no object
    pronoun: the verb is intransitive and its subject is what was launched. A pronoun
    object still makes the subject the agent."""
    check(
        run,
        [
            (
                "The Kestrel Fund launched this week with backing from Vornhall.",
                [("launched", "asserted", {"object": "Kestrel Fund", "date": "this week"})],
            ),
            (
                "The new hotel opened this week, the first of the chain in Tarnvale.",
                [("opened", "asserted", {"object": "new hotel", "date": "this week"})],
            ),
            # left alone: a pronoun object
            (
                "Kestrel launched it this week.",
                [("launched", "asserted", {"agent": "Kestrel", "date": "this week"})],
            ),
            (
                "Kestrel launched this in May.",
                [("launched", "asserted", {"agent": "Kestrel", "date": "May"})],
            ),
        ],
    )


def test_an_inverted_participle_takes_the_phrase_after_the_copula(
    run: Callable[..., Doc],
) -> None:
    """ "Also launched on Monday was a fund for farmers": a fronted participle followed,
    past its dates and prepositions, by a copula names what was launched after the copula;
    after a comma the phrase there is still the one the participle describes."""
    check(
        run,
        [
            (
                "Also launched on Monday was a fund for farmers.",
                [("launched", "asserted", {"object": "fund for farmers", "date": "Monday"})],
            ),
            (
                "Opened in 1999 was the Museum of Modern Glass.",
                [("Opened", "asserted", {"object": "Museum of Modern Glass", "date": "1999"})],
            ),
            # left alone: a comma after the participle clause
            (
                "Founded in 1921, Pellow Motors makes cars.",
                [("Founded", "asserted", {"object": "Pellow Motors", "date": "1921"})],
            ),
            (
                "Launched on Monday, it was the first fund for farmers.",
                [("Launched", "asserted", {"date": "Monday"})],
            ),
        ],
    )


def test_a_count_before_a_relative_clause_stands_for_the_copulas_subject(
    run: Callable[..., Doc],
) -> None:
    """ "X was among several that were opened", "X is one of three that were opened": a
    bare count before the relative pronoun counts things like X, the subject of the copula
    before "among"/"one of", which is then what the clause launched (or who launched). A
    noun after "among" names its own things and changes nothing."""
    check(
        run,
        [
            (
                "The Orrin lab was among several that were opened on Monday.",
                [("opened", "asserted", {"object": "Orrin lab", "date": "Monday"})],
            ),
            (
                "The Orrin plant is one of three that were opened this year.",
                [("opened", "asserted", {"object": "Orrin plant", "date": "this year"})],
            ),
            (
                "The Orrin plant is one of three that Vornhall opened this year.",
                [
                    (
                        "opened",
                        "asserted",
                        {"agent": "Vornhall", "object": "Orrin plant", "date": "this year"},
                    )
                ],
            ),
            # left alone: a noun after "among"
            (
                "Kestrel Bank was among several lenders that launched new apps in May.",
                [("launched", "asserted", {"object": "new apps", "date": "May"})],
            ),
        ],
    )


def test_a_reported_clause_opens_with_the_launched_thing(run: Callable[..., Doc]) -> None:
    """After a reporting verb (and a date and "that"), the reported clause's opening phrase
    is what a passive launched when the walk from the verb ended inside its relative
    clause ("said a fund that helps farmers was launched"); the person a "told" addresses
    opens no such clause."""
    check(
        run,
        [
            (
                "Ana Lind said a fund that helps farmers was launched in May.",
                [("launched", "asserted", {"object": "fund", "date": "May"})],
            ),
            (
                "Vornhall said on Monday that a fund that helps farmers was launched.",
                [("launched", "asserted", {"object": "fund"})],
            ),
            (
                "Officials said the fund that Vornhall backs was launched in May.",
                [("launched", "asserted", {"object": "fund", "date": "May"})],
            ),
            # left alone: the addressee of "told", a participle already read
            (
                "He told the council on Monday that a new fund would be launched in May.",
                [("launched", "unasserted", {"object": "new fund", "date": "May"})],
            ),
            (
                "Officials said a new clinic serving farmers was opened in May.",
                [("opened", "asserted", {"object": "new clinic serving farmers", "date": "May"})],
            ),
        ],
    )
