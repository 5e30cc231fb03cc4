"""Date forms of real news (issue 11, items 6 and 9): tokenised text, line breaks, and the
half-year that is half a game. Sentences of our own; R is Wednesday 2024-05-15."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.components.dates import load_date_rules
from pipeline.temporal import DateGrammar

R = date(2024, 5, 15)
GRAMMAR = DateGrammar(load_date_rules())


def values(text: str) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in GRAMMAR.find(text, R)]


@pytest.mark.parametrize(
    ("spaced", "tokenised"),
    [
        ("The mill shut on March 14, 2011.", "The mill shut on March 14 , 2011 ."),
        ("Filed Aug. 3, 1996 in Oslo.", "Filed Aug. 3 , 1996 in Oslo ."),
        ("The treaty was signed on 14 March, 2011.", "The treaty was signed on 14 March , 2011 ."),
        ("Trading resumed in March, 2011.", "Trading resumed in March , 2011 ."),
        ("It fell on Friday, Oct. 23, 2009.", "It fell on Friday , Oct. 23 , 2009 ."),
        ("Profit rose in the third quarter, 2023.", "Profit rose in the third quarter , 2023 ."),
    ],
)
def test_tokenised_text_gives_the_same_dates(spaced: str, tokenised: str) -> None:
    """PTB- and CoNLL-style text puts a space before the comma; the year stays in the span."""
    found, found_tokenised = values(spaced), values(tokenised)
    assert [value for _, value in found] == [value for _, value in found_tokenised]
    assert [text.replace(" ,", ",") for text, _ in found_tokenised] == [t for t, _ in found]


def test_a_comma_and_a_count_after_a_month_stay_apart() -> None:
    assert values("Shares fell in May , 20 brokers said .") == [("May", "2024-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan of Nov. 3\n2024 targets were cut.", [("Nov. 3", "2024-11-03")]),
        ("Sales fell in late\nMay 2023.", [("May 2023", "2023-05")]),
        (
            "It fell on Friday,\nOct. 23, 2009.",
            [("Friday", "2024-05-10"), ("Oct. 23, 2009", "2009-10-23")],
        ),
        ("Profit rose last\nyear.", []),
        ("The line closed in\nMay.", [("May", "2024-05")]),
    ],
)
def test_no_date_crosses_a_line_break(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
    assert all("\n" not in found for found, _ in values(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demand will recover in the second half.", [("the second half", "2024-H2")]),
        ("First-half profit rose 8%.", [("First-half", "2024-H1")]),
        (
            "Sales should pick up in the second half, the chief executive said.",
            [("the second half", "2024-H2")],
        ),
        ("Capacity grows in the first half of 2025.", [("the first half of 2025", "2025-H1")]),
        ("In the second half, the striker was booked for a foul.", []),
        ("The first half ended 0 – 0 on the scoreboard.", []),
        ("He scored a second-half goal from a volley.", []),
        ("Neither side could score in the first half.", []),
    ],
)
def test_a_bare_half_needs_a_business_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a half of a year named relative to R is that half, not the whole year
        (
            "Exports rose in the first half of this year.",
            [("the first half of this year", "2024-H1")],
        ),
        (
            "Output slipped in the second half of last year.",
            [("the second half of last year", "2023-H2")],
        ),
        # a slice of a month or the year itself keeps its own value
        ("Orders peaked in the second half of May.", [("the second half of May", "2024-05")]),
        ("Sales rose this year.", [("this year", "2024")]),
    ],
)
def test_a_half_of_a_relative_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net fell in the third quarter. In the 2022 period, the mill earned more.",
            [("the third quarter", "2023-Q3"), ("the 2022 period", "2022-Q3")],
        ),
        (
            "Sales in the second half rose; in the 2022 period they fell.",
            [("the second half", "2023-H2"), ("the 2022 period", "2022-H2")],
        ),
        ("Margins in the 2021 quarter were thin.", [("the 2021 quarter", "2021")]),
        ("Revenue in the latest period rose 4%.", [("the latest period", "2024-Q1")]),
        ("Over the period, prices rose.", []),
        ("The 2021 period drama won awards.", [("2021", "2021")]),
    ],
)
def test_the_year_period_of_a_results_story(text: str, expected: list[tuple[str, str]]) -> None:
    """ "the 1988 quarter" is the quarter reported on, a year named: not the bare year."""
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A survey of 1709 schoolchildren found gaps.",
        "The town keeps a 1500 year old custom.",
        "It is a 1200-year-old temple.",
    ],
)
def test_counts_and_ages_are_no_years(text: str) -> None:
    assert values(text) == []
