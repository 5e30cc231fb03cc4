"""Dates in registers the rules were not tuned on (issue 11, brief H53): trade-press fiscal
codes, government "financial year" ranges and numeric dates, regional-paper frequencies,
market-close times and 1990s wire copy. Sentences of our own, negatives beside each rule;
R is Wednesday 2024-05-15.
"""

from __future__ import annotations

import pytest

from tests.test_date_tense import values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter or half code with a fiscal label is one span, the year the label names
        ("Revenue in Q3 FY24 rose 12 per cent.", [("Q3 FY24", "2024-Q3")]),
        ("The maker cut its H1 FY25 guidance.", [("H1 FY25", "2025-H1")]),
        ("Q1FY24 orders beat estimates.", [("Q1FY24", "2024-Q1")]),
        ("Revenue for FY24 Q3 was up.", [("FY24 Q3", "2024-Q3")]),
        ("Freight volumes in FY2025 H2 slowed.", [("FY2025 H2", "2025-H2")]),
        # a code with a two-digit year after it
        ("Margins in 3Q24 improved.", [("3Q24", "2024-Q3")]),
        ("Cash flow in 1H24 fell while 2H23 was flat.", [("1H24", "2024-H1"), ("2H23", "2023-H2")]),
        # negatives: codes with four-digit years stay as they were; a fiscal year alone too
        ("Revenue in Q3 2024 rose.", [("Q3 2024", "2024-Q3")]),
        ("The plan for FY24 was approved.", [("FY24", "2024")]),
        ("The 1H engine and the 3Q24X part were shown.", []),
    ],
)
def test_trade_press_fiscal_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "financial year" names a year as "fiscal year" does; a range written on is two spans
        (
            "Revenue for financial year 2022-23 rose, the ministry said.",
            [("financial year 2022", "2022"), ("23", "2023")],
        ),
        ("Grants in financial year 2024 were cut.", [("financial year 2024", "2024")]),
        # 1990s wire copy: a fiscal year written with an apostrophe
        ("Profit in fiscal '97 rose 8 percent.", [("fiscal '97", "1997")]),
        # negatives: an unnamed financial year is no DATE; "fiscal 2023-24" as before
        ("The financial year closes in June.", [("June", "2024-06")]),
        ("Revenue for fiscal 2023-24 rose.", [("fiscal 2023", "2023"), ("24", "2024")]),
    ],
)
def test_government_financial_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day, month and year with full stops, as European and government notices write them
        ("Deadline for bids: 30.06.2024.", [("30.06.2024", "2024-06-30")]),
        ("The order of 07.11.2019 was lifted.", [("07.11.2019", "2019-11-07")]),
        # negatives: a version number, a decimal, a date that does not exist
        ("Version 1.2.2024 of the app ships today.", [("today", "2024-05-15")]),
        ("The index rose 2.2024 points.", []),
        ("Deadline: 31.02.2024.", []),
    ],
)
def test_numeric_dates_with_full_stops(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date without a year that "each year" or "every year" makes recur: a frequency
        ("In January each year, the agency publishes the list.", []),
        ("The fund closes on 31 March every year.", []),
        ("The annual meeting is held in June each year.", []),
        ("The fair is held every year in the spring.", []),
        ("The council meets on the first Tuesday of every month.", []),
        ("Every year in October the town hosts a festival.", []),
        # negatives: the recurring words in another clause, or a date with its own year
        ("The list, published each year, came out in January.", [("January", "2024-01")]),
        ("Each of the bidders filed in March.", [("March", "2024-03")]),
        (
            "In January this year, the agency published the list.",
            [("January this year", "2024-01")],
        ),
        (
            "The fair, held every year since 1990, opened in June 2023.",
            [("1990", "1990"), ("June 2023", "2023-06")],
        ),
    ],
)
def test_a_date_that_recurs_every_year_is_a_frequency(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the close or open of a trading day is a time of day: only the day is DATE
        ("Shares fell after the close of Friday's session.", [("Friday", "2024-05-10")]),
        ("The index rose at the open of Monday trading.", [("Monday", "2024-05-13")]),
        # negatives: the close of a year or month is part of that period
        ("By the close of 2023 the firm had 400 staff.", [("the close of 2023", "2023")]),
        ("Orders rose toward the close of the year.", [("the close of the year", "2024")]),
    ],
)
def test_the_close_of_a_day_is_a_time_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter or half with "last year" after it is one period, as "March last year" is
        (
            "The third quarter last year brought the mill's only loss.",
            [("The third quarter last year", "2023-Q3")],
        ),
        (
            "Profit in the fourth quarter last year was a record.",
            [("the fourth quarter last year", "2023-Q4")],
        ),
        ("Demand in the second half last year slowed.", [("the second half last year", "2023-H2")]),
        # negatives: "last year" in another phrase
        (
            "Sales rose in the third quarter, as they did last year.",
            [("the third quarter", "2023-Q3"), ("last year", "2023")],
        ),
        ("March last year was wet.", [("March last year", "2023-03")]),
        # a quarter or half code too
        ("Revenue in Q4 last year grew.", [("Q4 last year", "2023-Q4")]),
        ("Margins in Q3 this year will improve.", [("Q3 this year", "2024-Q3")]),
        ("Cash flow in H1 next year is the target.", [("H1 next year", "2025-H1")]),
    ],
)
def test_a_quarter_last_year_is_one_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening hours in regional papers and public notices: every week's days
        ("The library is open Monday to Friday, 9am to 5pm.", []),
        ("The office opens Tuesday to Saturday from 10 a.m.", []),
        ("Counters are open Monday through Friday between 8am and 4pm.", []),
        # a recurring range: its start recurs with its end
        ("The scheme runs from 1 April to 31 March each year.", []),
        ("Every year from June to August the road closes.", []),
        # negatives: a range of days of one week, a deadline with a time of day
        (
            "The talks run from Tuesday to Thursday in Geneva.",
            [("Tuesday", "2024-05-14"), ("Thursday", "2024-05-16")],
        ),
        ("Registration is open until Friday at 5pm.", [("Friday", "2024-05-17")]),
        # a one-off closing or a future opening over a range is one week's (review)
        (
            "The plant will be closed Monday through Wednesday for repairs.",
            [("Monday", "2024-05-20"), ("Wednesday", "2024-05-22")],
        ),
        (
            "The new branch will open Monday to Friday.",
            [("Monday", "2024-05-20"), ("Friday", "2024-05-24")],
        ),
        # "every week" opening the next clause is its subject, no recurrence of the date
        ("In March every week brought fresh layoffs.", [("March", "2024-03")]),
        (
            "Since last June every month has brought a new record.",
            [("last June", "2023-06")],
        ),
        (
            "The scheme ran from 1 April to 31 March 2024.",
            [("1 April", "2023-04-01"), ("31 March 2024", "2024-03-31")],
        ),
    ],
)
def test_opening_hours_and_recurring_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a Friday" with nothing after it to name: any Friday, not one on the calendar
        ("Deliveries never arrive on a Sunday.", []),
        ("It happened on a Friday in March.", [("March", "2024-03")]),
        # negatives: a weekday that names the time of a noun, and a plain weekday
        ("The union faces a Friday deadline.", [("Friday", "2024-05-17")]),
        ("The vote is on Friday.", [("Friday", "2024-05-17")]),
        # a capital "A" names a league or group, not "any"
        ("Tarnby won 2-1 in Serie A Sunday.", [("Sunday", "2024-05-12")]),
        ("The club returns to Group A Friday.", [("Friday", "2024-05-17")]),
    ],
)
def test_a_weekday_after_a_is_any_such_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter code after a brand, with no business word after it: a model name
        ("The Audi Q3 sold poorly.", []),
        ("Shoppers bought the BMW X3 and the Audi Q5 and Q3.", []),
        # negatives: a company's quarter before a business word, or after a possessive
        ("Samsung Q3 profit rose.", [("Q3", "2023-Q3")]),
        ("Apple's Q3 results beat forecasts.", [("Q3", "2023-Q3")]),
        ("Q3 revenue rose 4 percent.", [("Q3", "2023-Q3")]),
        # a headline in Title Case and other business nouns after the code
        ("Kelvane Reports Strong Q3 Results", [("Q3", "2023-Q3")]),
        ("The Kelvane Q3 call was short.", [("Q3", "2023-Q3")]),
        # a model before "last year": the car, then the date
        ("Sales of the Audi Q3 last year rose.", [("last year", "2023")]),
    ],
)
def test_a_quarter_code_after_a_brand_is_a_model(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade press and public notices: a model, form or branch number after a name
        ("Retailers sold out of the Zentro GX 1080 cards.", []),
        ("Taxpayers must file Form 1040 by the deadline.", []),
        ("Members of Local 1199 voted to strike.", []),
        ("The Kalvo 1100 and the Kalvo 1020 were cheap phones.", []),
        # negatives: a year inside a name is annotated, as the contract says
        ("The plan is part of Vision 2030.", [("2030", "2030")]),
        ("Visitors at Expo 2020 saw the pavilion.", [("2020", "2020")]),
        ("The Treaty of 1648 is studied.", [("1648", "1648")]),
    ],
)
def test_a_number_after_a_name_is_a_year_only_from_1700(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regional papers in December: a holiday before the things it names is no day
        ("The town lit its Christmas tree in the square.", []),
        ("Stores sold out of Easter eggs and Christmas cards.", []),
        ("Retailers counted on Christmas shoppers and a strong Thanksgiving rush.", []),
        # negatives: the day itself, as subject, after a preposition or with a relative word
        ("Christmas falls on a Wednesday.", [("Christmas", "2023-12-25")]),
        ("The shop shuts on Christmas for the first time.", [("Christmas", "2023-12-25")]),
        ("Sales fell after Easter trading ended.", [("Easter", "2024-03-31")]),
        ("Last Christmas the mill closed.", [("Last Christmas", "2023-12-25")]),
        ("The game will ship before Christmas shoppers arrive.", [("Christmas", "2024-12-25")]),
    ],
)
def test_a_holiday_before_the_things_it_names_is_no_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event listing in a regional paper: one weekend's days, the end after the start
        (
            "The fair runs Friday to Sunday, 10am to 6pm.",
            [("Friday", "2024-05-17"), ("Sunday", "2024-05-19")],
        ),
        (
            "The fair runs from Friday to Sunday in the park.",
            [("Friday", "2024-05-17"), ("Sunday", "2024-05-19")],
        ),
        # negatives: past and future ranges were already in order
        ("The fair ran Friday to Sunday.", [("Friday", "2024-05-10"), ("Sunday", "2024-05-12")]),
        # a past range whose start is R's day before: it stays in the past
        (
            "The talks ran from Tuesday to Thursday.",
            [("Tuesday", "2024-05-07"), ("Thursday", "2024-05-09")],
        ),
        (
            "The fair will run Friday to Sunday.",
            [("Friday", "2024-05-17"), ("Sunday", "2024-05-19")],
        ),
    ],
)
def test_a_range_of_weekdays_ends_after_it_starts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected
