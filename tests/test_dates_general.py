"""General date rules for news none of us has read (issue 11, brief H38): fiscal labels
after "of" ("the first half of FY24"), periods named by the month they end ("the June
quarter"), fiscal periods "to" a month ("the second quarter to September": the month is
the date), and the month of "the year to June" nearest to R. Sentences of our own; R is
Wednesday 2024-05-15 unless a test gives another.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_tense import GRAMMAR, values  # one grammar, R = 2024-05-15


def values_at(text: str, ref: str) -> list[tuple[str, str | None]]:
    return [(found.text, found.value) for found in GRAMMAR.find(text, date.fromisoformat(ref))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Margins widened in the first half of FY24, the grocer said.",
            [("the first half of FY24", "2024-H1")],
        ),
        (
            "Exports slowed in the third quarter of FY2023.",
            [("the third quarter of FY2023", "2023-Q3")],
        ),
        (
            "Bookings for the second quarter of FY 2022 were firm.",
            [("the second quarter of FY 2022", "2022-Q2")],
        ),
        (
            "The first two quarters of FY'19 were weak.",
            [("The first two quarters of FY'19", "2019-H1")],
        ),
    ],
)
def test_a_fiscal_label_after_of_completes_the_quarter_or_half(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fourth quarter of FY2-class engines was delayed.",  # no year label
        "The second half of FYI notes was cut.",
    ],
)
def test_no_fiscal_year_no_year_for_the_period(text: str) -> None:
    assert all("FY" not in found for found, _ in values(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the June quarter, the lender opened 40 branches.", [("the June quarter", "2024-Q2")]),
        ("Profit for the December half rose 8%, it said.", [("the December half", "2023-H2")]),
        (
            "Deliveries will pick up in the September quarter.",
            [("the September quarter", "2024-Q3")],
        ),
        ("The December 2019 quarter was its best.", [("The December 2019 quarter", "2019-Q4")]),
        (
            "Results for the March quarter are due on Friday.",
            [("the March quarter", "2024-Q1"), ("Friday", "2024-05-17")],
        ),
        ("Sales dipped in the Dec. quarter.", [("the Dec. quarter", "2023-Q4")]),
    ],
)
def test_a_quarter_or_half_named_by_its_last_month_is_one_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that ends no calendar quarter or half: the month alone
        ("The January quarter was weak.", [("January", "2024-01")]),
        ("The October half was weak.", [("October", "2023-10")]),
        # a month before another noun: no period
        ("The June quarterly report was late.", [("June", "2023-06")]),
    ],
)
def test_a_month_that_ends_no_calendar_period_stays_a_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in the second quarter to September.", [("September", "2023-09")]),
        ("Profit rose in the first half to December, the bank said.", [("December", "2023-12")]),
        ("Revenue in the quarter to March fell 3%.", [("March", "2024-03")]),
    ],
)
def test_a_period_to_a_month_is_the_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose in the third quarter to 12 million units.",
            [("the third quarter", "2023-Q3")],
        ),
        ("Sales rose in the third quarter, to $4 billion.", [("the third quarter", "2023-Q3")]),
        (
            "Output will climb from the first half to the second half.",
            [("the first half", "2024-H1"), ("the second half", "2024-H2")],
        ),
    ],
)
def test_a_period_to_an_amount_or_another_period_stays(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        # forecast two months before the fiscal year closes: the coming March
        ("2019-02-05", "The carmaker trimmed its outlook for the year to March.", "2019-03"),
        # reported two weeks after it closed: the March just gone, though the verb is past
        ("2015-04-20", "It booked a loss for the year to March, it said.", "2015-03"),
        ("2023-11-22", "Rents rose 6% in the year to September.", "2023-09"),
        ("2024-05-15", "Sales fell in the nine months to December, it said.", "2023-12"),
        # a past sentence reports a period that has closed, however near the next one is
        ("2024-05-15", "Sales fell in the year to June, it said.", "2023-06"),
        ("2024-05-15", "The grocer trimmed its outlook for the year to June.", "2024-06"),
        ("2024-05-15", "Sales will rise in the year to June.", "2024-06"),
    ],
)
def test_the_month_a_fiscal_period_runs_to_is_the_nearest(
    ref: str, text: str, expected: str
) -> None:
    assert [value for _, value in values_at(text, ref)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no period before "to": the verb's tense still decides
        ("The bank will report results in December.", [("December", "2024-12")]),
        ("The vote was moved to December.", [("December", "2023-12")]),
    ],
)
def test_a_month_after_other_words_keeps_its_tense(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuition rose 4% this academic year.", [("this academic year", "2024")]),
        ("Fees will climb next school year.", [("next school year", "2025")]),
        (
            "The lender earned Rs 90 crore in the current financial year.",
            [("the current financial year", "2024")],
        ),
        ("Exports fell in the last fiscal year.", [("last fiscal year", "2023")]),
    ],
)
def test_a_named_kind_of_year_is_r_s_year_moved(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rents climbed over the last year.",  # a stretch of time counted back
        "Costs fell 5% in the past quarter.",  # as "the past decade" (guideline 6.1)
        "The school year ahead looks hard.",  # no relative word: no date
    ],
)
def test_a_stretch_counted_back_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill shut over a year ago.", [("over a year ago", "2023")]),
        ("More than two years ago the mill closed.", [("More than two years ago", "2022")]),
        ("She left well over a decade ago.", [("well over a decade ago", "2014")]),
        ("The line opened less than a year ago.", [("less than a year ago", "2023")]),
    ],
)
def test_more_or_less_than_a_count_back_is_inside_the_span(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


def test_over_without_ago_is_no_approximator() -> None:
    assert values("Talks dragged on over two years, ending in 2021.") == [("2021", "2021")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016 saw record output at the smelter.", [("2016", "2016")]),
        ("The miner expanded, with 2012 marking its first export.", [("2012", "2012")]),
        ("But 2021 was a hard year for airlines.", [("2021", "2021")]),
        ("In 1998, 12 and 7 year olds were tested.", [("1998", "1998")]),
        (
            "The club met in 2019, 2020 and 2021.",
            [("2019", "2019"), ("2020", "2020"), ("2021", "2021")],
        ),
    ],
)
def test_a_year_as_subject_or_in_a_list_of_years_is_a_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new bills come in values of 1000, 50 and 20.",
        "Routes 1200, 45 and 37 were cut.",
        "They sold 1999 was the count he gave.",  # no subject position: a quantity
        "The tally hit 2000 is the claim.",
    ],
)
def test_a_number_among_small_numbers_or_after_a_verb_is_no_year(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rules are as strict today as they were in the 1950s.",
        "Coal matters less today than it did.",
        "Wages were lower than today, the report found.",
        "Compared with today, flights were rare.",
        "The plan tackles today's most urgent social challenges.",
    ],
)
def test_today_compared_with_another_time_is_the_present_age(text: str) -> None:
    assert [found for found, _ in values(text)] in ([], ["the 1950s"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board meets today as planned.", [("today", "2024-05-15")]),
        ("The minister spoke today as the strike began.", [("today", "2024-05-15")]),
        ("Her sister arrived later today than planned.", [("today", "2024-05-15")]),
        ("Today's meeting with business leaders was cancelled.", [("Today", "2024-05-15")]),
        (
            "The council met today rather than Friday.",
            [("today", "2024-05-15"), ("Friday", "2024-05-10")],
        ),
    ],
)
def test_today_as_a_day_stays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("ref", "text", "expected"),
    [
        # a past act opens a stretch that runs forward to the deadline: the nearest one
        ("1995-02-24", "The board gave the union until mid-March to reply.", "1995-03"),
        ("2024-05-15", "The union gave the firm until Friday to respond.", "2024-05-17"),
        ("2024-05-15", "The museum was closed until March.", "2024-03"),
        # the future keeps its rule, and a past date without "until" its own
        ("2024-05-15", "The shop will stay open until March.", "2025-03"),
        ("2024-05-15", "Regulators gave the bidder time in November.", "2023-11"),
    ],
)
def test_a_deadline_in_a_past_sentence_is_the_nearest(ref: str, text: str, expected: str) -> None:
    assert [value for _, value in values_at(text, ref)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It sold 1,500 vans in 2023, up from 1200 in 2022.",
            [("2023", "2023"), ("2022", "2022")],
        ),
        ("Staff fell to 1850 in 2021 from 2004 in 2019.", [("2021", "2021"), ("2019", "2019")]),
        ("It ran from 1999 to 2001.", [("1999", "1999"), ("2001", "2001")]),
    ],
)
def test_a_number_placed_in_a_year_is_a_quantity(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Handset sales slumped in the fourth quarter of the fiscal year.",
        "Orders rose in the first half of the fiscal year.",
    ],
)
def test_a_part_of_an_unnamed_fiscal_year_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orders rose in the first half of the year.", [("the first half of the year", "2024-H1")]),
        (
            "Orders rose in the third quarter of the current fiscal year.",
            [("the third quarter of the current fiscal year", "2024-Q3")],
        ),
        ("Margins will be thinner for the fiscal year, it said.", [("the fiscal year", "2024")]),
    ],
)
def test_a_part_of_a_named_or_current_year_stays(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FY2023-24 budget was approved.", [("FY2023", "2023"), ("24", "2024")]),
        ("Revenue in fiscal 2024/25 rose.", [("fiscal 2024", "2024"), ("25", "2025")]),
        ("The FY24-25 plan was cut.", [("FY24", "2024"), ("25", "2025")]),
        ("FY2023 results were strong.", [("FY2023", "2023")]),
        ("The FY2023-10 code was odd.", [("FY2023", "2023")]),  # no year after
    ],
)
def test_a_fiscal_range_is_two_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill will shut by the end of the decade.", [("the end of the decade", "202")]),
        ("Demand may peak at the end of this decade.", [("the end of this decade", "202")]),
        ("The first week of March was busy.", [("The first week of March", "2024-03")]),
        (
            "The plant shut in the last week of December.",
            [("the last week of December", "2023-12")],
        ),
        ("Orders rose in the second half of 2025.", [("the second half of 2025", "2025-H2")]),
        (
            "Work starts in the first week of next month.",
            [("the first week of next month", "2024-06")],
        ),
    ],
)
def test_a_part_of_a_named_period_is_inside_its_span(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell in the second half of the match.",
        "It was the first week of the trial.",
        "The decade ended badly for the band.",
    ],
)
def test_a_part_of_something_else_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sails on Monday and Thursday nights.",
        "The club meets on Friday evenings.",
        "Shops open late on Saturday, Sunday or Monday mornings.",
    ],
)
def test_a_weekday_of_plural_day_parts_recurs_and_is_no_date(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club met on Friday evening.", [("Friday", "2024-05-10")]),
        (
            "He left Monday and returned Tuesday night.",
            [("Monday", "2024-05-13"), ("Tuesday", "2024-05-14")],
        ),
    ],
)
def test_a_weekday_of_one_day_part_stays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins grew in this year's second half.", [("this year's second half", "2024-H2")]),
        ("Margins grew in 2022's first half.", [("2022's first half", "2022-H1")]),
        ("Orders will pick up in next year's first half.", [("next year's first half", "2025-H1")]),
        (
            "Orders rose in fiscal 2021's second quarter.",
            [("fiscal 2021's second quarter", "2021-Q2")],
        ),
        ("Orders rose in the year's first quarter.", [("the year's first quarter", "2024-Q1")]),
    ],
)
def test_a_year_s_quarter_or_half_is_one_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The striker scored in the second half.", "The team's second half was better."],
)
def test_a_half_with_no_year_owner_in_a_match_is_no_date(text: str) -> None:
    assert values(text) == []
