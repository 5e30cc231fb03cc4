"""Dates in news of other outlets and decades (issue 11, brief H60): a day of the month named
alone ("on the 29th"), a fiscal quarter with "fiscal" inside ("its first fiscal quarter"), a
year before a noun with an adjective between ("the original 1993 announcement"), a phrase cut
by a soft line wrap in hard-wrapped wire copy ("early next\\nyear"), a version number written
like a date, and a holiday after "in time for". Sentences of our own; R is Wednesday
2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month alone is R's month's (the tense places it, as "May 29" would be)
        (
            "The choir sang at the Linden hall on the 29th, and the crowd cheered.",
            [("the 29th", "2024-04-29")],
        ),
        ("The ferry resumed service on the 3rd.", [("the 3rd", "2024-05-03")]),
        ("The vote will be held on the 3rd.", [("the 3rd", "2024-06-03")]),
        ("Bids are due by the 21st, the agency said.", [("the 21st", "2024-05-21")]),
        (
            "The fair ran from the 3rd to the 9th in the old harbour.",
            [("the 3rd", "2024-05-03"), ("the 9th", "2024-05-09")],
        ),
        ("The lift serves the 3rd and the 9th floors.", []),
        # negatives: an ordinal of a noun, a rank, a count of times
        ("The office moved to the 5th floor.", []),
        ("Velcor finished the season on the 11th hole.", []),
        ("She came in the 3rd of 40 runners.", []),
        ("It was the 29th time the river flooded.", []),
        ("He sank a birdie putt on the 16th, then parred the last.", []),
        ("The club ranked on the 4th, behind two rivals.", [("the 4th", "2024-05-04")]),
    ],
)
def test_a_day_of_the_month_named_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velcor said sales rose 9 percent in its first fiscal quarter.",
            [("first fiscal quarter", "2024-Q1")],
        ),
        (
            "Revenue in the third fiscal quarter fell 2 percent.",
            [("the third fiscal quarter", "2023-Q3")],
        ),
        # negatives: a part of an unnamed fiscal year stays out, as before
        ("Profit fell in the fourth quarter of the fiscal year.", []),
        ("The fiscal quarterly report is due soon.", []),
    ],
)
def test_a_fiscal_quarter_with_fiscal_inside(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Here is part of the original 1993 announcement from the maker.",
            [("1993", "1993")],
        ),
        ("An updated 2019 edition of the atlas is on sale.", [("2019", "2019")]),
        ("The revised 2022 budget passed.", [("2022", "2022")]),
        # negatives: counts before a plural or a unit
        ("The remaining 1500 workers went home.", []),
        ("The first 2000 buyers get a discount.", []),
        ("A further 1200 jobs will go.", []),
        ("The extra 1500 tonnes arrived.", []),
    ],
)
def test_a_year_before_a_noun_after_an_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


WRAPPED = (
    "SOUTHPORT The Alder Bank has set up a new\n"
    "infrastructure fund with support from three states, aiming to\n"
    "raise $1 billion for roads and ports in the region.\n"
    "With commitments of $400 million, the fund aims to close by early next\n"
    "year, the bank said in a statement released late on\n"
    "Thursday. The fund will lend to projects in member states,\n"
    "said the bank's president, who took office in the spring of\n"
    "2021 after a long career in finance at the bank.\n"
)


def test_a_soft_wrap_in_hard_wrapped_copy_does_not_cut_a_date() -> None:
    found = values(WRAPPED)
    assert ("early next\nyear", "2025") in found
    assert ("Thursday", "2024-05-09") in found
    assert ("the spring of\n2021", "2021-SP") in found


@pytest.mark.parametrize(
    "text",
    [
        # negatives: headlines and short lines, and copy whose lines end their paragraphs
        "Plant plans\nNov. 3\n2024 plans for the plant were set.\n",
        "The fund aims to close by early next\nyear, the bank said.\n",
        (
            "Velcor said on Monday that it would open a plant in the north of the country by late\n"
            "Next steps were not given by the company, which did not reply to questions today.\n"
            "The plant will employ 300 people when it opens, a spokesman for the company said.\n"
        ),
    ],
)
def test_a_hard_line_break_still_ends_a_date(text: str) -> None:
    assert all("\n" not in found for found, _ in values(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Version 10.12.2024 of the app fixes the bug.", []),
        ("Install version 30.06.2024 today.", [("today", "2024-05-15")]),
        # negative: the same form after a preposition is a date
        ("The notice is dated 30.06.2024.", [("30.06.2024", "2024-06-30")]),
        ("The toys arrived in time for Christmas shopping.", [("Christmas", "2023-12-25")]),
        ("Stores reopened just in time for Easter trading.", [("Easter", "2024-03-31")]),
        # negative: a holiday before a thing it names is no date
        ("Christmas shopping rose 4 percent.", []),
        ("They bought time for Christmas shopping.", []),
    ],
)
def test_last_rounds_leftovers(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
