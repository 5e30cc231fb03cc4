"""Dates as outlets of other places and decades write them (issue 11, brief H66): the errors
a fresh blind set of 27 outlets showed, each class in at least two outlets. Sentences of our
own, negatives beside each rule; R is Wednesday 2024-05-15 unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a determiner is an adjective, no past tense: the hearing is
        # placed as in a sentence without a tense cue (the nearest May 28)
        (
            "Neighbours can object to the amended scheme at a May 28 meeting.",
            [("May 28", "2024-05-28")],
        ),
        ("Owners may object to the proposed route until May 28.", [("May 28", "2024-05-28")]),
        # irregular past tenses the cue list lacked
        ("The hikers woke in a snowdrift on Saturday.", [("Saturday", "2024-05-11")]),
        ("Two boys swam across the bay on Saturday.", [("Saturday", "2024-05-11")]),
        ("The index sank 3 per cent on Friday.", [("Friday", "2024-05-10")]),
        # negatives: a past verb still decides, a regular one too; a future stays a future
        ("The council approved the revised plan on May 28.", [("May 28", "2023-05-28")]),
        ("Fans packed the renovated stadium on Saturday.", [("Saturday", "2024-05-11")]),
        ("The proposed route will open on Saturday.", [("Saturday", "2024-05-18")]),
        ("A hung jury will sit again on Saturday.", [("Saturday", "2024-05-18")]),
    ],
)
def test_tense_cues_of_other_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "upcoming" is "coming": the year after R's
        (
            "The district set aside funds for the upcoming fiscal year.",
            [("the upcoming fiscal year", "2025")],
        ),
        ("Rates may rise in the upcoming year.", [("the upcoming year", "2025")]),
        # "the following <weekday>": the first such day after the date just named
        (
            "The jury will be chosen on Sunday and the trial opens the following Tuesday.",
            [("Sunday", "2024-05-19"), ("the following Tuesday", "2024-05-21")],
        ),
        # an abbreviated weekday before a full date, as web datelines print it
        ("Source: The Harbour Ledger, Mon, May 13, 2024", [("Mon, May 13, 2024", "2024-05-13")]),
        ("Tue, 14 May 2024 | Markets", [("Tue, 14 May 2024", "2024-05-14")]),
        # negatives: "upcoming" before no period; "the following day" counts from an event;
        # a paper named "... Sun" is no weekday, nor a word that is not before a full date
        ("The upcoming report will be published on Friday.", [("Friday", "2024-05-17")]),
        ("The fair opened on Sunday and closed the following day.", [("Sunday", "2024-05-12")]),
        ("The Morning Sun, May 13, 2024", [("May 13, 2024", "2024-05-13")]),
        ("The Evening Sun, May 12, 2024", [("May 12, 2024", "2024-05-12")]),
        ("Mon, the cat, arrived.", []),
    ],
)
def test_modifiers_before_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a noun for the figures of that year
        ("The ministry published 2021 statistics on road deaths.", [("2021", "2021")]),
        (
            "Ministers compared 2019 figures with last year's.",
            [("2019", "2019"), ("last year", "2023")],
        ),
        # a year as what "it" will be, was or is, before "before"/"when"/"until"
        ("Engineers say it will be 2027 before the bridge reopens.", [("2027", "2027")]),
        ("It was 1995 when the mill closed.", [("1995", "1995")]),
        # negatives: counts stay counts
        ("The plant employs 2016 workers.", []),
        ("It was 1995 metres to the summit.", []),
        ("The team scored 2016 points before the break.", []),
    ],
)
def test_bare_years_in_other_slots(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
