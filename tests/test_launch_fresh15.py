"""LAUNCH rules from the fifteenth fresh tune set (real news of many outlets and decades):
each row is an invented sentence (every name made up) for one general rule, negatives
included. Rows are ``(trigger, modality, object)``; ``None`` is no object."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.launch_cases import Row, arguments, rows

# ministries and buildings are things a government or an owner establishes or opens
INSTITUTION_HEADS: list[tuple[str, list[Row]]] = [
    (
        "The Tarvel government established a new ministry of fisheries in 2019.",
        [("established", "asserted", "new ministry of fisheries")],
    ),
    (
        "The ministry, established under a 2011 law, has 900 staff.",
        [("established", "asserted", "ministry")],
    ),
    (
        "Kelvo Homes opened the building to residents on Monday.",
        [("opened", "asserted", "building")],
    ),
    # other senses stay out: a fact established, a roadblock by a building
    ("The inquiry established the ministry's role in the affair.", []),
    ("Police set up a roadblock outside the ministry building.", []),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTION_HEADS)
def test_ministries_and_buildings_are_launched(
    run: Callable[..., Doc], text: str, expected: list[Row]
) -> None:
    assert rows(run(text, "2024-05-01")) == expected


# a bare "launch" after a rocket's or missile's lift-off is the same lift-off
LIFT_OFF_ANAPHORS: list[tuple[str, list[Row]]] = [
    (
        "Tarland fired a missile on Thursday. The missile was launched from the east coast.\n\n"
        "The launch comes as troops hold drills nearby.",
        [],
    ),
    (
        "The Orvik rocket launched a weather satellite on Monday. The launch was the "
        "agency's third this year.",
        [],
    ),
    # after a product or an airline's flights the bare noun is still a launch
    (
        "Kelvo Air launched flights to Tarnby on Monday. The launch comes as rivals cut routes.",
        [
            ("launched", "asserted", "flights"),
            ("launch", "asserted", None),
        ],
    ),
    (
        "Kelvo launched a new phone on Monday. The launch comes as rivals cut prices.",
        [("launched", "asserted", "new phone"), ("launch", "asserted", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIFT_OFF_ANAPHORS)
def test_a_bare_launch_after_a_lift_off_is_that_lift_off(
    run: Callable[..., Doc], text: str, expected: list[Row]
) -> None:
    assert rows(run(text, "2024-05-01")) == expected


# a person is never launched: a name after a title is a person's; a name may start a
# relative clause after a launchable noun without a determiner
NAMED_RELATIVES: list[tuple[str, list[dict[str, str]]]] = [
    ("Pupils protested near a book fair Prime Minister Tarla Venn opened on Monday.", []),
    (
        "Workers protested at the plant Kelvo Foods opened last year.",
        [{"agent": "Kelvo Foods", "object": "plant", "date": "last year"}],
    ),
    (
        "Pupils protested near a hospital Prime Minister Tarla Venn opened last year.",
        [{"agent": "Tarla Venn", "object": "hospital", "date": "last year"}],
    ),
    # a title that opens the name: a person, not a thing introduced; a product named with
    # a title word is still one
    ("Kelvo Motors introduced Minister Ana Lind at the event.", []),
    (
        "Kelvo introduced the Minister Pro 5 tablet on Monday.",
        [{"agent": "Kelvo", "object": "Minister Pro 5", "date": "Monday"}],
    ),
    # a noun before a name that describes it starts no relative clause
    ("Chipmaker Kelvo launched in 2019.", [{"object": "Kelvo", "date": "2019"}]),
    (
        "Analysts said Kelvo Foods opened a plant last year.",
        [{"agent": "Kelvo Foods", "object": "plant", "date": "last year"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_RELATIVES)
def test_a_name_starts_a_relative_clause_and_people_are_not_launched(
    run: Callable[..., Doc], text: str, expected: list[dict[str, str]]
) -> None:
    assert arguments(run(text, "2024-05-01")) == expected


# a mixed-case dateline with a date and a bracketed credit and no dash is no argument,
# and the sentence after it starts past it
CREDIT_DATELINES: list[tuple[str, list[dict[str, str]]]] = [
    (
        "Tarnby, May 16 (KNW) Kelvo Holdings passed a plan Tuesday, introducing new offices.",
        [{"agent": "Kelvo Holdings", "object": "new offices"}],
    ),
    (
        "Ostria, June 3 (KNW) The Tarvel Bank launched a youth fund on Tuesday.",
        [{"agent": "Tarvel Bank", "object": "youth fund", "date": "Tuesday"}],
    ),
    # a place that opens a sentence with no credit after it is still the agent
    (
        "Norway launched a youth fund on Tuesday.",
        [{"agent": "Norway", "object": "youth fund", "date": "Tuesday", "location": "Norway"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_DATELINES)
def test_a_credit_dateline_is_no_argument(
    run: Callable[..., Doc], text: str, expected: list[dict[str, str]]
) -> None:
    assert arguments(run(text, "2024-05-17")) == expected


# subjects: an unpunctuated sentence adverb before the verb; coordinated places in a
# headline written in capitals (the first named is the agent)
SUBJECTS: list[tuple[str, list[dict[str, str]]]] = [
    (
        "Kelvo Coffee meanwhile has unveiled outlets in other stores.",
        [{"agent": "Kelvo Coffee", "object": "outlets"}],
    ),
    (
        "Kelvo Coffee however launched a new blend on Monday.",
        [{"agent": "Kelvo Coffee", "object": "new blend", "date": "Monday"}],
    ),
    (
        "NORWAY, SWEDEN SET UP JOINT GAS FIRM\n\nThe talks ended on Monday.",
        [{"agent": "NORWAY", "object": "JOINT GAS FIRM", "location": "NORWAY"}],
    ),
    ("Kelvo, Brixo Unveil New Tablet", [{"agent": "Kelvo", "object": "New Tablet"}]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_sentence_adverbs_and_headline_coordination(
    run: Callable[..., Doc], text: str, expected: list[dict[str, str]]
) -> None:
    assert arguments(run(text, "2024-05-01")) == expected


# a possessor in a "by" phrase is no agent: the name it qualifies is
POSSESSED_AGENTS: list[tuple[str, list[dict[str, str]]]] = [
    (
        "The clinic was opened on Monday by Mayor Tarla Venn's brother Oren Venn.",
        [{"agent": "Oren Venn", "object": "clinic", "date": "Monday"}],
    ),
    ("The lab was opened by Jane Roe's team on Monday.", [{"object": "lab", "date": "Monday"}]),
    (
        "The lab was founded by Jane Roe in 2001.",
        [{"agent": "Jane Roe", "object": "lab", "date": "2001"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED_AGENTS)
def test_a_possessor_in_a_by_phrase_is_no_agent(
    run: Callable[..., Doc], text: str, expected: list[dict[str, str]]
) -> None:
    assert arguments(run(text, "2024-05-01")) == expected


# modality: an expected effect of a launch reports the launch; a means gerund of an
# intended infinitive is intended
MODALITIES: list[tuple[str, list[Row]]] = [
    (
        "The release is expected to help Kelvo win back buyers.",
        [("release", "asserted", None)],
    ),
    # a bare launch noun whose launch word before it is still to come stays to come
    (
        "Kelvo will unveil its new phone next month. The launch is expected to lift sales.",
        [("unveil", "unasserted", "new phone"), ("launch", "unasserted", None)],
    ),
    (
        "Kelvo unveiled its new phone on Monday. The launch is expected to lift sales.",
        [("unveiled", "asserted", "new phone"), ("launch", "asserted", None)],
    ),
    ("The launch is expected to take place in May.", [("launch", "unasserted", None)]),
    ("The launch is expected to be delayed.", [("launch", "unasserted", None)]),
    (
        "Kelvo and Tarnco agreed last spring to expand by opening outlets in rail stations.",
        [("opening", "unasserted", "outlets")],
    ),
    (
        "Kelvo grew its reach in the region by opening outlets in Tarnby.",
        [("opening", "asserted", "outlets")],
    ),
    ("Kelvo went on to grow by launching a new fund.", [("launching", "asserted", "new fund")]),
    # an infinitive with no word of intention before it reports a fact
    ("Kelvo managed to grow by launching a new fund.", [("launching", "asserted", "new fund")]),
]


@pytest.mark.parametrize(("text", "expected"), MODALITIES)
def test_expected_effects_and_means_of_intentions(
    run: Callable[..., Doc], text: str, expected: list[Row]
) -> None:
    assert rows(run(text, "2024-05-01")) == expected


# a participle and its preposition after the subject's head start a postmodifier
POSTMODIFIED_SUBJECTS: list[tuple[str, list[Row]]] = [
    (
        "A new lab devoted to quantum physics has been opened by the mayor.",
        [("opened", "asserted", "new lab")],
    ),
    (
        "A new clinic dedicated to children was opened in Tarnby on Monday.",
        [("opened", "asserted", "new clinic")],
    ),
    # people and documents are still not launched
    ("A man accused of fraud was released on Monday.", []),
    ("A report devoted to the plan was released on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSTMODIFIED_SUBJECTS)
def test_a_participle_postmodifier_after_the_subject(
    run: Callable[..., Doc], text: str, expected: list[Row]
) -> None:
    assert rows(run(text, "2024-05-01")) == expected
