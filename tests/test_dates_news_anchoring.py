"""Dates of TimeBank-style news (issue 11, brief H23): which verb places a date without a
year, dates that name their own event ("the June 3 deadline"), "to" that is no infinitive,
bracketed glosses, approximate counts ("nearly four years ago") and the year-before value of
a results sentence that reports nine or six months. Sentences of our own; R is Wednesday
2024-05-15.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_date_tense import GRAMMAR, values  # one grammar, R = 2024-05-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence-wide pass reads the verbs before the date first: the infinitive after
        # "has agreed" places the month nearest to R, not the reporting verb after the comma
        (
            "The union has agreed to end the strike, the lockout and the sit-in in early June, "
            "a mediator said on Tuesday.",
            [("early June", "2024-06"), ("Tuesday", "2024-05-14")],
        ),
        (
            "The insurer announced an agreement to buy the Lyon, France, broker in January.",
            [("January", "2024-01")],
        ),
        # a planned event's date is placed nearest, not by the planning's past tense
        ("Farmers planned a protest march on Friday.", [("Friday", "2024-05-17")]),
        ("Farmers planned a protest march on Monday.", [("Monday", "2024-05-13")]),
        # negatives: with no infinitive the past verb before the date still decides
        (
            "The union ended the strike, the lockout and the sit-in in early June, "
            "a mediator said.",
            [("early June", "2023-06")],
        ),
        ("On Monday, the board approved the sale.", [("Monday", "2024-05-13")]),
        # a bracketed gloss takes the tense of the clause it glosses
        ("The convoy will leave at dawn (Friday), the army said.", [("Friday", "2024-05-17")]),
        ("The convoy left at dawn (Friday), the army said.", [("Friday", "2024-05-10")]),
        # "a.m."/"p.m." before a time zone or a weekday ends no sentence
        (
            "''The convoy will leave at dawn (4 a.m. EDT Friday),'' the army said.",
            [("Friday", "2024-05-17")],
        ),
        # negative: before a capitalised word it may ("… at 5 p.m. Officials met Monday.")
        ("The shop will close at 5 p.m. Officials met Monday.", [("Monday", "2024-05-13")]),
    ],
)
def test_which_verb_places_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to" before a noun is a preposition: the past verb places the date
        ("The guard was beaten to death on the night of Nov. 2.", [("Nov. 2", "2023-11-02")]),
        ("The general came to power in October.", [("October", "2023-10")]),
        ("The editor was sent to prison in September.", [("September", "2023-09")]),
        # negative: a verb after "to" is still an infinitive (nearest to R)
        ("The lenders agreed to extend the loan in September.", [("September", "2024-09")]),
    ],
)
def test_to_before_a_noun_is_no_infinitive(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline has a time of its own: the nearest such date, whatever the verb's tense
        ("The agency gave no reason for the May 24 deadline.", [("May 24", "2024-05-24")]),
        (
            "By setting a June 1 return date, the court gave the family time.",
            [("June 1", "2024-06-01")],
        ),
        ("Bidders missed the May 3 deadline.", [("May 3", "2024-05-03")]),
        ("The court set Friday as the deadline for a reply.", [("Friday", "2024-05-17")]),
        # "plans" is a future cue as a verb with an object, not as a noun
        ("The firm plans a share sale on Monday.", [("Monday", "2024-05-20")]),
        # a few words after "deadline" in its clause, too
        ("The agency extended its deadline until 9 a.m. Thursday.", [("Thursday", "2024-05-16")]),
        (
            "On Friday, when the envoy set aside her holiday plans for the trip, she flew out.",
            [("Friday", "2024-05-10")],
        ),
        # negative: without such a noun the past verb decides
        ("The agency gave no reason on May 24.", [("May 24", "2023-05-24")]),
    ],
)
def test_a_date_that_names_its_own_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels seized the town nearly four years ago.", [("nearly four years ago", "2020")]),
        ("The mine closed almost two weeks ago.", [("almost two weeks ago", "2024-W18")]),
        ("Some 30 years ago the bridge opened.", [("Some 30 years ago", "1994")]),
        # negatives: the word stays out of a date that is not a count back from R, and a
        # count of years with no "ago" is a duration
        ("The firm was founded almost in 1990.", [("1990", "1990")]),
        ("The plant ran for nearly four years.", []),
    ],
)
def test_an_approximate_count_back_is_one_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that reports nine or six months: the year before, not a quarter
        (
            "Third-quarter net rose 8%. For the nine months, net was $41 million, up from "
            "$30 million a year earlier.",
            [("Third-quarter", "2023-Q3"), ("a year earlier", "2022")],
        ),
        (
            "Third-quarter sales fell 3%. In the first nine months, the loss narrowed to "
            "$4 million from $19 million in the 2023 period.",
            [("Third-quarter", "2023-Q3"), ("the 2023 period", "2023")],
        ),
        (
            "First-quarter profit fell. Six-month revenue was $2 billion, against "
            "year-earlier revenue of $1.8 billion.",
            [("First-quarter", "2024-Q1"), ("year-earlier", "2023")],
        ),
        # negative: a quarter's comparison stays the quarter a year before
        (
            "The first quarter was weak. Net fell to $9 million from $12 million a year earlier.",
            [("The first quarter", "2024-Q1"), ("a year earlier", "2023-Q1")],
        ),
    ],
)
def test_a_year_before_in_a_months_span_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a business figure, a name between or not
        ("Analysts expect 2025 earnings to rise.", [("2025", "2025")]),
        ("Brokers were predicting 2025 Norvell revenue of $3 billion.", [("2025", "2025")]),
        # negatives: a count of things, and a number that is no year
        ("The plant made 1990 cars and 2000 trucks.", []),
        ("The group booked 3500 sales.", []),
    ],
)
def test_a_year_before_a_business_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that year" closing a clause refers to the year named before
        (
            "Exports rose in 2019, a small share of all trade that year, an aide said.",
            [("2019", "2019"), ("that year", "2019")],
        ),
        (
            "Output fell in 2020 and prices rose that year.",
            [("2020", "2020"), ("that year", "2020")],
        ),
        # negatives: "that" as a conjunction, and with no year before nothing to refer to
        ("The minister said that year two of the plan would be harder.", []),
        ("Prices rose that year.", []),
    ],
)
def test_that_year_closing_a_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "later/earlier that year" is one span, as "earlier this year" is
        (
            "She left in May 2019 and came back later that year.",
            [("May 2019", "2019-05"), ("later that year", "2019")],
        ),
        # a pronoun's thing of a year, an adjective between
        ("The issue dogged his failed 2016 campaign.", [("2016", "2016")]),
        # negatives: a plural noun after an adjective may be a count; no pronoun, no year
        ("Her loyal 2000 fans cheered.", []),
        ("A loyal 2000 voters turned out.", []),
    ],
)
def test_positions_and_possessed_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quarter that just ended, named in the lede, is the reported one even after a
        # comparison with an earlier quarter
        (
            "Orvane posted first-quarter net of $9 million. After a weak fourth quarter, "
            "margins recovered. Charges in the year-earlier period were larger.",
            [
                ("first-quarter", "2024-Q1"),
                ("fourth quarter", "2023-Q4"),
                ("the year-earlier period", "2023-Q1"),
            ],
        ),
        # negative: with the just-ended quarter never named, the nearest ended one counts
        (
            "Orvane posted fourth-quarter net of $9 million. Charges in the year-earlier "
            "period were larger.",
            [("fourth-quarter", "2023-Q4"), ("the year-earlier period", "2022-Q4")],
        ),
    ],
)
def test_the_reported_quarter_is_the_one_just_ended(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


NOVEMBER = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in November a quarter whose results were reported (past tense) has ended, though
        # the calendar has not closed it (a fiscal quarter): comparisons and "the latest
        # period" refer to it
        (
            "Velgard reported a drop in fourth-quarter profit. Net was $4 million, against "
            "$6 million a year earlier. Sales in the latest period fell 3%.",
            [
                ("fourth-quarter", "2024-Q4"),
                ("a year earlier", "2023-Q4"),
                ("the latest period", "2024-Q4"),
            ],
        ),
        # "fiscal-" joined to the ordinal
        (
            "Net rose to $2 million in the fiscal-first quarter ended Sept. 30.",
            [("the fiscal-first quarter", "2024-Q1"), ("Sept. 30", "2024-09-30")],
        ),
        # negative: an outlook quarter (future tense) is no reported period
        (
            "Velgard will grow in the fourth quarter. Net was $4 million, against "
            "$6 million a year earlier.",
            [("the fourth quarter", "2024-Q4"), ("a year earlier", "2023")],
        ),
    ],
)
def test_a_quarter_reported_in_the_past_has_ended(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(found.text, found.value) for found in GRAMMAR.find(text, NOVEMBER)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season of a relative year is that year's season, one span
        ("Sales slumped in the spring of last year.", [("the spring of last year", "2023-SP")]),
        ("Work starts in the autumn of next year.", [("the autumn of next year", "2025-FA")]),
        # the day before yesterday, the day after tomorrow: two days off R
        ("The ship docked the day before yesterday.", [("the day before yesterday", "2024-05-13")]),
        ("The vote is the day after tomorrow.", [("the day after tomorrow", "2024-05-17")]),
        # negatives: "last spring" is the latest spring; "the day before" alone is anaphoric
        ("Sales slumped last spring.", [("last spring", "2024-SP")]),
        ("Yesterday he left; the day before, he had called.", [("Yesterday", "2024-05-14")]),
    ],
)
def test_seasons_of_relative_years_and_days_beyond(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected
