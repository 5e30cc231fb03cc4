"""Dates of wire and broadcast news (issue 11, brief H15): seasons without a year, spoken
years after a month or season, anchored counts ("three days later"), programme titles,
holidays that are surnames, and "a year ago" in a results story. Sentences of our own;
R is Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the summer, rival brewers cut their prices.", [("the summer", "2023-SU")]),
        ("Demand should stay firm well into the summer.", [("the summer", "2024-SU")]),
        (
            "Orders recovered from the lows of the early summer, a dealer said.",
            [("the early summer", "2023-SU")],
        ),
        (
            "The union struck during the winter and settled in March.",
            [
                ("the winter", "2023-WI"),
                ("March", "2024-03"),
            ],
        ),
        ("Shipments resumed after the fall.", [("the fall", "2023-FA")]),
    ],
)
def test_a_season_after_a_preposition_and_the_is_a_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The summer months are the busiest for the ferry line.",
        "Summer is the busiest season for hotels.",
        "The fall in copper prices hurt the miner.",
        "Investors cheered the fall of the currency board.",
        "She showed the spring collection in Milan.",
        "He won gold in the Summer Olympics.",
        "Prices rose after the fall in output.",
    ],
)
def test_a_season_as_a_noun_or_a_modifier_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "March nineteen ninety-six. The floods come again.",
            [
                ("March nineteen ninety-six", "1996-03"),
            ],
        ),
        (
            "Oil fell to the level of the winter of nineteen eighty-six.",
            [
                ("the winter of nineteen eighty-six", "1986-WI"),
            ],
        ),
        (
            "It happened in October of nineteen seventy-three.",
            [
                ("October of nineteen seventy-three", "1973-10"),
            ],
        ),
        ("In nineteen ninety-one, the wall was gone.", [("nineteen ninety-one", "1991")]),
    ],
)
def test_a_spoken_year_completes_the_month_or_season_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_the_middle_of_a_month_keeps_its_article() -> None:
    assert values("Rates have eased since the middle of October.") == [
        ("the middle of October", "2023-10")
    ]
    assert values("They held the late-November meeting in Rome.") == [("late-November", "2023-11")]


@pytest.mark.parametrize(
    "text",
    [
        "The ship docked in Aden. Three days later, it sailed for Suez.",
        "A day earlier, the convoy had crossed the border.",
        "He would be free to leave seven days later.",
        "Two weeks earlier the board had rejected the bid.",
        "The plant reopened a year later.",
    ],
)
def test_a_count_from_an_event_in_the_story_is_no_date(text: str) -> None:
    """The guideline's "a week after": anchored to an event, not to R or a reported period."""
    assert values(text) == []


def test_a_year_or_month_earlier_still_compares_periods() -> None:
    assert values("Jobless claims rose from a month earlier.") == [("a month earlier", "2024-04")]
    assert values("Exports fell 3% from a year earlier.") == [("a year earlier", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The minister said on ABC\'s "This Week," that talks would resume.', []),
        ("He told CBS's ``This Week'' programme that he would run.", []),
        ('"Next year we will hire again," the chief executive said.', [("Next year", "2025")]),
        ('She said: "This week was the hardest."', [("This week", "2024-W20")]),
        ('He called it "this week\'s best offer".', [("this week", "2024-W20")]),
    ],
)
def test_a_capitalised_relative_date_opening_a_quotation_mid_sentence_is_a_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The comic was drawn by illustrator Johnnie Christmas.", []),
        ("The choir wished everyone a Merry Christmas.", []),
        ("Stores will close on Christmas.", [("Christmas", "2024-12-25")]),
        ("Christmas sales will be weak, the retailer said.", [("Christmas", "2024-12-25")]),
        ("Retail Sales Slow Before Christmas", [("Christmas", "2023-12-25")]),
    ],
)
def test_a_holiday_after_a_capitalised_word_is_part_of_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First-quarter profit rose 8%. Net income was $12 million, up from $11 million a"
            " year ago.",
            [("First-quarter", "2024-Q1"), ("a year ago", "2023-Q1")],
        ),
        (
            "The first quarter was strong. Sales for the quarter ended March 31 rose 4% from"
            " a year earlier.",
            [
                ("The first quarter", "2024-Q1"),
                ("the quarter", "2024-Q1"),
                ("March 31", "2024-03-31"),
                ("a year earlier", "2023-Q1"),
            ],
        ),
        (
            "First-quarter profit rose 8%. A year ago, the rebels took the town.",
            [("First-quarter", "2024-Q1"), ("A year ago", "2023")],
        ),
        ("Net income was $12 million, up from $11 million a year ago.", [("a year ago", "2023")]),
        (
            "First-quarter profit rose 8% from a year ago. In the quarter, margins widened.",
            [("First-quarter", "2024-Q1"), ("a year ago", "2023-Q1"), ("the quarter", "2024-Q1")],
        ),
    ],
)
def test_a_year_ago_in_a_results_story_is_the_reported_period_a_year_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """As "the year-ago quarter" is; outside figures, or with no period named, R's year - 1."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices have risen since the middle of October.", [("the middle of October", "2023-10")]),
        ("The mill has been idle since Friday.", [("Friday", "2024-05-10")]),
        ("Rates have held since June.", [("June", "2023-06")]),
        ("The appeal is heard in June in the circuit court.", [("June", "2024-06")]),
        ("Bonuses are paid in June.", [("June", "2024-06")]),
        ("The appeal was heard in June.", [("June", "2023-06")]),
    ],
)
def test_since_points_back_and_a_participle_after_is_is_no_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "since" always looks back; "is heard"/"are paid" is a present passive (nearest)."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: the harbour at dawn; from file, 2009.", [("2009", "2009")]),
        ("The figure comes from a survey (Lee and Park, 2019).", [("2019", "2019")]),
        ("The tally: apples, 1500.", []),
        ("They counted oranges, 1990 and pears.", []),
    ],
)
def test_a_year_closing_a_credit_or_citation_is_a_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The show, now open, is to run from May 2 through July 9.",
            [("May 2", "2024-05-02"), ("July 9", "2024-07-09")],
        ),
        (
            "The fair will run from December 20 to January 5.",
            [("December 20", "2024-12-20"), ("January 5", "2025-01-05")],
        ),
        (
            "The vote was held from March 3 to March 9.",
            [("March 3", "2024-03-03"), ("March 9", "2024-03-09")],
        ),
        ("Sales rose in May and fell in April.", [("May", "2024-05"), ("April", "2024-04")]),
    ],
)
def test_a_range_starts_before_it_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A hearing is set for the week of June 3, the lawyer said.",
            [("the week of June 3", "2024-W23")],
        ),
        ("The week of March 6, 2023 was the busiest.", [("The week of March 6, 2023", "2023-W10")]),
        ("The hearing is set for June 3.", [("June 3", "2024-06-03")]),
    ],
)
def test_the_week_of_a_date_is_its_iso_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will be held in Lisbon on June 24 and 25.",
            [("June 24", "2024-06-24"), ("25", "2024-06-25")],
        ),
        (
            "Talks on June 3 and 4 in Geneva will be closed.",
            [("June 3", "2024-06-03"), ("4", "2024-06-04")],
        ),
        ("On June 24 and 25 people will march.", [("June 24", "2024-06-24")]),
        ("Shares will rise on June 3 and 4% after that.", [("June 3", "2024-06-03")]),
    ],
)
def test_a_second_day_after_a_month_day_shares_its_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First-quarter net fell 5%. For the quarter a year ago, the bank earned $3 million.",
            [("First-quarter", "2024-Q1"), ("the quarter a year ago", "2023-Q1")],
        ),
        (
            "First-quarter sales rose from $1.8 million in the same period last year.",
            [("First-quarter", "2024-Q1"), ("the same period last year", "2023-Q1")],
        ),
        (
            "Retail sales in April rose 4% from the corresponding period last year.",
            [("April", "2024-04"), ("the corresponding period last year", "2023-04")],
        ),
        ("Sales for last year's quarter were $3 million.", [("last year's quarter", "2023")]),
        ("Last year's results were weak.", [("Last year", "2023")]),
        ("The period last year's storms hit was the worst.", [("last year", "2023")]),
    ],
)
def test_a_period_compared_with_last_year_is_one_span(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The reported period a year before, as "the year-earlier period" (R's year - 1 when
    the story names no period)."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First-quarter profit fell 54%. Analysts expect losses through the third quarter"
            " of 2025. In the year-ago period, the company earned $101 million.",
            [
                ("First-quarter", "2024-Q1"),
                ("the third quarter of 2025", "2025-Q3"),
                ("the year-ago period", "2023-Q1"),
            ],
        ),
        (
            "Net rose 8% for the second quarter ended May 4. A year earlier, it earned $2 million.",
            [
                ("the second quarter", "2024-Q2"),
                ("May 4", "2024-05-04"),
                ("A year earlier", "2023-Q2"),
            ],
        ),
    ],
)
def test_the_reported_period_is_one_that_has_ended(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """An outlook named after the results is no period a "year-ago" figure compares with;
    a fiscal quarter the text says has ended is one."""
    assert values(text) == expected


def test_next_to_is_a_place_not_a_future() -> None:
    assert values("Six people died in the blast next to the embassy on Friday.") == [
        ("Friday", "2024-05-10")
    ]
    assert values("The talks resume next Friday.") == [("next Friday", "2024-05-17")]
    assert values("The board will meet next to the plant on Friday.") == [("Friday", "2024-05-17")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shops closed on Good Friday.", [("Good Friday", "2024-03-29")]),
        ("Sales rose after Easter.", [("Easter", "2024-03-31")]),
        ("The parade will be held on Memorial Day.", [("Memorial Day", "2024-05-27")]),
        ("Turnout rose on Labor Day.", [("Labor Day", "2023-09-04")]),
        ("Polls will open on Election Day.", [("Election Day", "2024-11-05")]),
        ("The fireworks on the Fourth of July will be huge.", [("Fourth of July", "2024-07-04")]),
        ("Troops marched on Anzac Day.", [("Anzac Day", "2024-04-25")]),
        ("He spent Easter 2019 in Rome.", [("Easter 2019", "2019-04-21")]),
        ("The ship sailed to Easter Island.", []),
        ("Sales fell over Easter week.", []),
        ("The Christmas holidays ended early.", []),
    ],
)
def test_holidays_by_fixed_day_weekday_rule_or_easter(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Election Day is the Tuesday after the first Monday of November, Memorial Day the last
    Monday of May, Good Friday two days before Easter Sunday. A place named for a holiday,
    or the days around it ("Easter week"), is no date."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("year", "easter"),
    [(1989, "1989-03-26"), (2000, "2000-04-23"), (2019, "2019-04-21"), (2038, "2038-04-25")],
)
def test_easter_sunday(year: int, easter: str) -> None:
    from pipeline.temporal.values import easter_sunday

    assert easter_sunday(year).isoformat() == easter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rally is this coming Sunday, June ninth.",
            [("this coming Sunday, June ninth", "2024-06-09")],
        ),
        ("The vote on June fourth passed easily.", [("June fourth", "2023-06-04")]),
        ("It opened on May the third.", [("May the third", "2024-05-03")]),
        ("The deadline is June twenty-first.", [("June twenty-first", "2024-06-21")]),
        ("The June first round went well.", [("June", "2023-06")]),
        (
            "The May second-quarter forecast was cut.",
            [("May", "2024-05"), ("second-quarter", "2024-Q2")],
        ),
        ("Last Friday, May 10, was calm.", [("Last Friday, May 10", "2024-05-10")]),
    ],
)
def test_a_spoken_day_after_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    """Transcripts write "June ninth"; an ordinal that belongs to the noun after it ("the
    June first round") is no day."""
    assert values(text) == expected
