"""LAUNCH trigger recall on real news (session 20): "create" with a new institution or
platform as its object, hyphenated and prefixed trigger spellings, an adverb before a
noun-or-verb form, scare quotes around a verb and capitalised noun forms that open a
headline's name. Invented sentences (every company, town and person made up), each rule
with sentences it must leave alone; each test fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import check

BODY = "\nThe company gave no figures on Monday."
"""A body line after a headline, so the first line is read as one."""


def test_create_launches_a_new_institution_or_platform(run: Callable[..., Doc]) -> None:
    """ "created a new agency/fund/unit": the text says a new thing came into being, so
    "create" is a trigger when its object's head is an institution, fund, programme or
    platform; what else is created (jobs, value, opportunities, a force, art, a post) is
    not a launch."""
    check(
        run,
        [
            (
                "Korlin Bank created a $2 billion fund for small farmers last year.",
                [
                    (
                        "created",
                        "asserted",
                        {
                            "agent": "Korlin Bank",
                            "object": "$2 billion fund for small farmers",
                            "date": "last year",
                        },
                    )
                ],
            ),
            (
                "Tessaly Motors created a research unit in March.",
                [
                    (
                        "created",
                        "asserted",
                        {"agent": "Tessaly Motors", "object": "research unit", "date": "March"},
                    )
                ],
            ),
            (
                "The Orvel Fund, created in 2008, invests in ports.",
                [("created", "asserted", {"object": "Orvel Fund", "date": "2008"})],
            ),
            (
                "Acme plans to create a new subsidiary in Varn.",
                [("create", "unasserted", {"agent": "Acme", "object": "new subsidiary"})],
            ),
            # left alone: other things created
            ("The project created 500 jobs in Delport.", []),
            ("The merger created value for shareholders.", []),
            ("The reforms create opportunities for small firms.", []),
            ("The deal creates a collaborative force in the region.", []),
            ("The mayor praised the government's job-creating agenda.", []),
            ("The sculpture was created by the artist Ana Lind.", []),
            ("The storm created chaos across Delport.", []),
            ("The ministry created a new post of chief digital officer.", []),
        ],
    )


def test_creation_of_a_new_thing_is_a_launch_noun(run: Callable[..., Doc]) -> None:
    """ "the creation of a new regulator" is a launch noun with its object after "of";
    "job creation", "wealth creation" and "co-creation of content" are not."""
    check(
        run,
        [
            (
                "Lord Harven welcomed the creation of the Delport Energy Agency.",
                [("creation", "asserted", {"object": "Delport Energy Agency"})],
            ),
            ("Job creation slowed in April.", []),
            ("The fund has driven wealth creation in Varn.", []),
            ("The co-creation of content is a growing trend.", []),
        ],
    )


def test_hyphenated_and_prefixed_trigger_spellings(run: Callable[..., Doc]) -> None:
    """ "rolled-out" is "rolled out", "re-launched" is "relaunched" and "soft-launched" a
    quiet launch; a hyphenated prefix that makes no trigger word stays another word
    ("anti-launch"), and "re-opened" after repairs is no new thing."""
    check(
        run,
        [
            (
                "Kelvo rolled-out a new app in May.",
                [
                    (
                        "rolled-out",
                        "asserted",
                        {"agent": "Kelvo", "object": "new app", "date": "May"},
                    )
                ],
            ),
            (
                "Kelvo re-launched its budget brand in May.",
                [
                    (
                        "re-launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "budget brand", "date": "May"},
                    )
                ],
            ),
            (
                "Kelvo soft-launched its new app in March.",
                [
                    (
                        "soft-launched",
                        "asserted",
                        {"agent": "Kelvo", "object": "new app", "date": "March"},
                    )
                ],
            ),
            ("The anti-launch protest drew crowds.", []),
            ("The bridge re-opened after repairs.", []),
        ],
    )


def test_an_adverb_after_a_subject_makes_a_verb(run: Callable[..., Doc]) -> None:
    """ "Kelvo quietly launches Zeta tablet": an "-ly" adverb after the subject comes before
    a verb, not an adjective before a noun; after a determiner or a preposition the "-ly"
    word is an adjective and the form a noun ("an early launch of", "after costly
    launches"), and such an adjective is never the thing launched."""
    check(
        run,
        [
            (
                "Kelvo quietly launches Zeta tablet" + BODY,
                [("launches", "asserted", {"agent": "Kelvo", "object": "Zeta tablet"})],
            ),
            (
                "Kelvo and Pellix jointly launch Zeta tablet.",
                [("launch", "asserted", {"agent": "Kelvo", "object": "Zeta tablet"})],
            ),
            (
                "Kelvo plans an early launch of the Zeta tablet.",
                [("launch", "unasserted", {"object": "Zeta tablet"})],
            ),
            ("After costly launches, Kelvo cut jobs.", [("launches", "asserted", {})]),
            ("The weekly launches drew crowds.", [("launches", "asserted", {})]),
        ],
    )


def test_scare_quotes_around_a_verb(run: Callable[..., Doc]) -> None:
    """A verb in scare quotes ('Kelvo "unveiled" its new tablet') has its object after the
    closing quote; a quoted verb with nothing after it keeps its antecedent as the object."""
    check(
        run,
        [
            (
                'Kelvo "unveiled" its new tablet on Monday.',
                [
                    (
                        "unveiled",
                        "asserted",
                        {"agent": "Kelvo", "object": "new tablet", "date": "Monday"},
                    )
                ],
            ),
            (
                'The tablet Kelvo "launched" was a flop.',
                [("launched", "asserted", {"agent": "Kelvo", "object": "tablet"})],
            ),
        ],
    )


def test_a_headline_name_opened_by_a_launch_noun(run: Callable[..., Doc]) -> None:
    """ "Launch Festival Draws Crowds": a capitalised launch noun that opens a headline (or
    follows its determiner) and runs into another capitalised word is a name's first word;
    "Launch Of ..." and a verb after a name stay launches."""
    check(
        run,
        [
            ("Launch Festival Draws Crowds In Delport" + BODY, []),
            ("LAUNCH FESTIVAL DRAWS CROWDS" + BODY, []),
            ("Kelvo Sponsors The Debut Awards" + BODY, []),
            (
                "The Launch Of Zeta Tablet: Five Things To Know" + BODY,
                [("Launch", "asserted", {"object": "Zeta Tablet"})],
            ),
            (
                "Kelvo Launches Zeta Tablet" + BODY,
                [("Launches", "asserted", {"agent": "Kelvo", "object": "Zeta Tablet"})],
            ),
        ],
    )
