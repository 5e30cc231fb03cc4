"""Parts of a named period and "Today" as a title (issue 11: real news). "the last quarter
of 2023" is that year's fourth quarter; "the rest of fiscal 2026", "the first few weeks of
June" and "a shaky first week of 2023" keep their part inside the span, as "the end of
2025" does (CONTRACT: part-of-period modifiers stay in); a broadcast's "Today" ("the Today
programme", "told Today") is no date. Sentences of our own, negatives beside each rule; R is
Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" names the fourth quarter before "of" and the year it closes
        (
            "Orchard output at Brenhill fell 3% in the last quarter of 2022.",
            [("the last quarter of 2022", "2022-Q4")],
        ),
        ("Last quarter of 2021 was the ferry's busiest.", [("Last quarter of 2021", "2021-Q4")]),
        (
            "Tarnby Mills cut jobs in the last quarter of last year.",
            [("the last quarter of last year", "2023-Q4")],
        ),
        (
            "Tarnby Mills lost money in its last fiscal quarter of 2023.",
            [("last fiscal quarter of 2023", "2023-Q4")],
        ),
        # negatives: "the last quarter" alone is the one before R's; no year, no quarter
        ("Tarnby Mills lost money in the last quarter.", [("the last quarter", "2024-Q1")]),
        ("She coached the Brenhill side for the last quarter of a century.", []),
        ("The last quarter of the match was scrappy.", []),
    ],
)
def test_the_last_quarter_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a named period is inside its span; the value is the period named
        (
            "The council set aside funds for the rest of fiscal 2023.",
            [("the rest of fiscal 2023", "2023")],
        ),
        (
            "Grain prices at Wexholt held for the remainder of 2022.",
            [("the remainder of 2022", "2022")],
        ),
        (
            "The quarry will stay shut for the first few weeks of July.",
            [("the first few weeks of July", "2024-07")],
        ),
        (
            "She spent the last few days of March in Orlby.",
            [("the last few days of March", "2024-03")],
        ),
        ("Rain is forecast for the rest of this week.", [("the rest of this week", "2024-W20")]),
        # a slice after an adjective: the ordinal starts the span, the adjective stays out
        (
            "Brenhill shares closed a shaky first week of 2023 higher.",
            [("first week of 2023", "2023")],
        ),
        # negatives: a results sentence's "the year" keeps its own span; no period, no date
        (
            "Sales at Tarnby Mills should rise 4% through the rest of the year, its chief said.",
            [("the year", "2024")],
        ),
        ("The final days of the campaign in Orlby were tense.", []),
        ("The rest of the fleet sailed for Wexholt.", []),
    ],
)
def test_a_part_of_a_named_period_is_inside_its_span(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcast's or a paper's title
        ("The mayor of Orlby spoke on Harlow FM's Today programme about fares.", []),
        ("Ms Vane appeared on Harlow Radio's Today show.", []),
        ("The minister from Orlby told Today that the bridge would reopen.", []),
        ("She said on Friday's Today programme that Orlby would wait.", [("Friday", "2024-05-10")]),
        # negatives: R's day, in lower case or opening a sentence or a quotation
        ("The Orlby ferry resumed today after a storm.", [("today", "2024-05-15")]),
        ("Today, the Orlby ferry resumed.", [("Today", "2024-05-15")]),
        ('"Today we sail again," the skipper said.', [("Today", "2024-05-15")]),
        ("The skipper said: Today we sail again.", [("Today", "2024-05-15")]),
    ],
)
def test_today_as_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the previous year" written with the word after it, where the phrase ends
        (
            "Orlby Dairies earned $4 million in 2022, up from $3 million the year before.",
            [("2022", "2022"), ("the year before", "2021")],
        ),
        (
            "Ferry use fell from the year before, when fares were cut.",
            [("the year before", "2023")],
        ),
        (
            "Orlby's trade gap narrowed to $2bn in March from $2.4bn the month before.",
            [("March", "2024-03"), ("the month before", "2024-02")],
        ),
        (
            "The Wexholt mill opened in 2018 and closed the year after.",
            [("2018", "2018"), ("the year after", "2019")],
        ),
        # negatives: anchored to an event, not to a date
        ("Elections in Orlby were held the year before the flood.", []),
        ("She left Tarnby Mills the week after launching its fund.", []),
    ],
)
def test_the_year_before_at_a_phrase_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's figures without a sign make a results sentence's "the year" R's
        (
            "Orlby's wheat harvest totalled 2.6 billion for the year, against 2.1 billion in 2022.",
            [("the year", "2024"), ("2022", "2022")],
        ),
        ("Orlby's tourist arrivals rose 8 pct during the year.", [("the year", "2024")]),
        ("Loans reached 283 mln dlrs for the year, the bank said.", [("the year", "2024")]),
        # negatives: no figure, or a count that is no amount
        ("The Orlby choir hopes to finish its work for the year.", []),
        ("The Wexholt club signed 12 players for the year.", []),
    ],
)
def test_wire_figures_make_a_results_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year earlier" written with "before", where the phrase ends: a compared period
        (
            "Orlby Dairies said sales rose to 9.4 mln dlrs from 8.1 mln dlrs a year before.",
            [("a year before", "2023")],
        ),
        (
            "Wexholt ferry traffic fell 3 pct from a year before, the port said.",
            [("a year before", "2023")],
        ),
        (
            "Tarnby Mills earned 2.2 billion crowns, against 2.9 billion crowns the year earlier.",
            [("the year earlier", "2023")],
        ),
        # negatives: "before" as a conjunction or before a gerund
        ("The Orlby mill closed a year before the bridge opened.", []),
        ("She waited a year before selling her Wexholt shares.", []),
    ],
)
def test_a_year_before_at_a_phrase_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "latter" is the second half; an early or latter part of a named period is a slice
        (
            "Orlby Dairies expects a recovery in the latter half of 2025.",
            [("the latter half of 2025", "2025-H2")],
        ),
        (
            "The Wexholt quarry shut in the latter part of February.",
            [("the latter part of February", "2024-02")],
        ),
        (
            "Gravel deliveries were strong during the early part of October, Tarnby said.",
            [("the early part of October", "2023-10")],
        ),
        (
            "Talks in Orlby stalled in the first part of 2022.",
            [("the first part of 2022", "2022")],
        ),
        # negatives: a game's or a film's half; "the late-November meeting" keeps its article out
        ("Orlby scored twice in the latter half of the game.", []),
        ("The latter part of the Wexholt film drags.", []),
        ("The late-November meeting in Orlby was cancelled.", [("late-November", "2023-11")]),
    ],
)
def test_latter_and_early_parts(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "end-" glued before "March" or "May" says month, as "March-end" does
        ("Orlby's wool will be shipped by end-March, the board said.", [("end-March", "2025-03")]),
        ("Wexholt's loan falls due by end-May, when talks end.", [("end-May", "2024-05")]),
        # negatives: no "end-" part, or one inside a longer word
        ("The Orlby march ended at the square.", []),
        ("Tarnby may end talks soon.", []),
        ("The back-end-May tool of Orlby failed.", []),
    ],
)
def test_end_before_an_ambiguous_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a headline in capitals every word is capitalised: a month before one is a month
        ("ORLBY FEBRUARY WOOL EXPORTS RISE 4 PCT", [("FEBRUARY", "2024-02")]),
        ("TARNBY MILLS <TRN> JANUARY NET", [("JANUARY", "2024-01")]),
        ("WEXHOLT DECEMBER OUTPUT FALLS", [("DECEMBER", "2023-12")]),
        # negatives: running text keeps the name reading; "MAY" and "MARCH" need context
        ("June Harrow opened a bakery in Orlby.", []),
        ("WEXHOLT MAY CUT FERRY FARES", []),
        ("ORLBY MARCH DRAWS 2,000 WALKERS", []),
    ],
)
def test_a_month_in_a_headline_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
