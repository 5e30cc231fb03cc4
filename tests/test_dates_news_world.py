"""Dates in news from many outlets (issue 11): a dateline's date is never after publication,
a tense cue inside a hyphenated adjective is no tense ("better-than-expected"), a month at
the start of a range takes the year its end names, and a number before a unit of measure
("a 4000 mAh battery") is no year. Sentences of our own; R is Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's date is on or before R, whatever the sentence after the dash says
        (
            "Plant plan\n\nTORONTO, May 16 (Wirex) -- Velcor plans to build a plant.",
            [("May 16", "2023-05-16")],
        ),
        (
            "Plant plan\n\nTORONTO, May 15 (Wirex) -- Velcor will build a plant.",
            [("May 15", "2024-05-15")],
        ),
        # negative: the same date in a sentence keeps the sentence's tense
        ("Velcor plans to open the plant on May 16.", [("May 16", "2024-05-16")]),
    ],
)
def test_a_datelines_date_is_never_after_publication(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two lenders reported better-than-expected profits on Friday.",
            [("Friday", "2024-05-10")],
        ),
        ("The long-awaited results came on Friday.", [("Friday", "2024-05-10")]),
        # negatives: the cue as a word of its own still decides
        ("Results are expected on Friday.", [("Friday", "2024-05-17")]),
        ("The lender is expected to report on Friday.", [("Friday", "2024-05-17")]),
    ],
)
def test_a_tense_cue_inside_a_hyphenated_adjective_is_no_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The route runs from June to September 2025.",
            [("June", "2025-06"), ("September 2025", "2025-09")],
        ),
        (
            "Flights ran from November to March 2024.",
            [("November", "2023-11"), ("March 2024", "2024-03")],
        ),
        (
            "The show ran from May 3 to June 9, 2022.",
            [("May 3", "2022-05-03"), ("June 9, 2022", "2022-06-09")],
        ),
        # negatives: an end without a written year, or two dates not joined as a range
        ("The route runs from June to September.", [("June", "2024-06"), ("September", "2024-09")]),
        (
            "Sales rose in June and in September 2025.",
            [("June", "2023-06"), ("September 2025", "2025-09")],
        ),
    ],
)
def test_a_range_start_takes_the_year_its_end_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The phone has a 4000 mAh battery.", []),
        ("The lens is a 1200 mm zoom and the chip runs at 2000 MHz.", []),
        ("The engine makes 1950 hp at 2100 rpm.", []),
        # negatives: a year in a year's context stays one
        ("The plant opened in 2019 with a 4000 mAh line.", [("2019", "2019")]),
    ],
)
def test_a_number_before_a_unit_of_measure_is_no_year(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated range of months is two dates, as TimeML writes it; the start takes the
        # year the end names
        (
            "Profit for the January-June 2023 period rose.",
            [("January", "2023-01"), ("June 2023", "2023-06")],
        ),
        (
            "Sales in the February-April quarter rose.",
            [("February", "2024-02"), ("April", "2024-04")],
        ),
        # a month's end, as South Asian English writes it, is the month
        ("The fund will be ready by September-end.", [("September-end", "2024-09")]),
        ("Loans rose 4% at March-end.", [("March-end", "2024-03")]),
        # negatives: a month before another hyphenated word is no date
        ("The May-based team met the August-born twins.", []),
    ],
)
def test_hyphenated_month_ranges_and_month_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
