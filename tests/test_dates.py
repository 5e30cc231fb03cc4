"""DATE rules: spans, ISO values and resolution against R, on sentences written for these tests.

The components run in a minimal pipeline (blank English tokenizer, reference date, dates), so
these tests do not depend on the built model. R is Wednesday 2024-05-15 unless a case says
otherwise: ISO week 20, second quarter, first half.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.components.dates import load_date_rules
from pipeline.extensions import CANDIDATES
from pipeline.temporal import (
    FAMILIES,
    DateGrammar,
    Family,
    resolve_month,
    resolve_month_day,
    resolve_quarter,
    resolve_weekday,
    shift_unit,
    shift_value,
    value_grain,
)
from pipeline.temporal.resolve import ANAPHORIC, RESOLVERS
from pipeline.temporal.tense import TextTense
from tests.conftest import dates_only_pipeline

R = "2024-05-15"
R_DATE = date(2024, 5, 15)


make_nlp = dates_only_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def run(nlp: Language, text: str, reference_date: str | None = R) -> Doc:
    doc = nlp.make_doc(text)
    if reference_date is not None:
        doc._.reference_date = reference_date
        doc._.reference_date_source = "input"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def dates(nlp: Language, text: str, reference_date: str | None = R) -> list[tuple[str, str]]:
    doc = run(nlp, text, reference_date)
    spans = filter_spans(list(doc.spans[CANDIDATES])) if CANDIDATES in doc.spans else []
    return [(span.text, span._.value) for span in spans if span.label_ == "DATE"]


# (text, expected [(span text, value)]) with R = 2024-05-15 (a Wednesday)
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # absolute dates keep their own grain
    ("The agency opened its office on 2024-01-19.", [("2024-01-19", "2024-01-19")]),
    ("The fund was set up on May 22, 2023 in Suzhou.", [("May 22, 2023", "2023-05-22")]),
    ("Registration closed on 22 May 2023.", [("22 May 2023", "2023-05-22")]),
    ("The plan was published in February 2023.", [("February 2023", "2023-02")]),
    ("Output should double by 2025.", [("2025", "2025")]),
    ("The college was founded in 1960.", [("1960", "1960")]),
    ("The scheme ran until June 30, 2022.", [("June 30, 2022", "2022-06-30")]),
    ("On 2024/03/01 the portal went live.", [("2024/03/01", "2024-03-01")]),
    ("The notice is dated 19/01/2024.", [("19/01/2024", "2024-01-19")]),
    ("Chip demand boomed in the 1990s.", [("the 1990s", "199")]),
    ("Memory prices peaked in the '90s.", [("the '90s", "199")]),
    ("The factory was built in the late 1970s.", [("the late 1970s", "197")]),
    ("It is a relic of the 20th century.", [("the 20th century", "19")]),
    ("Revenue for fiscal 2024 rose.", [("fiscal 2024", "2024")]),
    ("Its FY2024 revenue rose.", [("FY2024", "2024")]),
    ("The park drew visitors in summer 2023.", [("summer 2023", "2023-SU")]),
    ("The app launched in the spring of 2022.", [("the spring of 2022", "2022-SP")]),
    # quarters and halves
    ("Net income rose in the third quarter of 2024.", [("the third quarter of 2024", "2024-Q3")]),
    ("Q3 2024 deliveries beat forecasts.", [("Q3 2024", "2024-Q3")]),
    ("The plant opens in H1 2025.", [("H1 2025", "2025-H1")]),
    ("Capacity grows in the first half of 2025.", [("the first half of 2025", "2025-H1")]),
    ("Margins improved in the fourth quarter.", [("the fourth quarter", "2023-Q4")]),
    ("Third-quarter revenue at the unit rose.", [("Third-quarter", "2023-Q3")]),
    ("Demand will recover in the second half.", [("the second half", "2024-H2")]),
    ("By Q4, output should triple.", [("Q4", "2024-Q4")]),
    # part-of-period modifiers are in, prepositions out
    ("The line will be completed by the end of 2025.", [("the end of 2025", "2025")]),
    ("Trials began at the start of 2024.", [("the start of 2024", "2024")]),
    ("Construction starts in early 2024.", [("early 2024", "2024")]),
    ("The hub opens in mid-2025.", [("mid-2025", "2025")]),
    ("Talks stalled late last year.", [("late last year", "2023")]),
    ("Hiring grew earlier this year.", [("earlier this year", "2024")]),
    # times of day stay out
    ("On the morning of May 22, the forum opened.", [("May 22", "2023-05-22")]),
    # a year inside the name of a non-entity
    ("The Suzhou 2023 Robotics Expo drew crowds.", [("2023", "2023")]),
    # ranges are two dates
    ("Between 2019 and 2021, exports grew.", [("2019", "2019"), ("2021", "2021")]),
    ("The 2023-24 season ended.", [("2023", "2023"), ("24", "2024")]),
    # relative dates resolved against R
    ("The firm met its target on Monday.", [("Monday", "2024-05-13")]),
    ("The ministry said on Wednesday it had approved the plan.", [("Wednesday", R)]),
    ("The minister will visit the site on Monday.", [("Monday", "2024-05-20")]),
    ("The partners signed the deal last Tuesday.", [("last Tuesday", "2024-05-14")]),
    ("Sales fell yesterday.", [("yesterday", "2024-05-14")]),
    ("The index rose today.", [("today", R)]),
    ("The board meets tomorrow.", [("tomorrow", "2024-05-16")]),
    ("Profits rose last year.", [("last year", "2023")]),
    ("Shipments start next month.", [("next month", "2024-06")]),
    ("Orders doubled this week.", [("this week", "2024-W20")]),
    ("The results come out next week.", [("next week", "2024-W21")]),
    ("The company was founded two years ago.", [("two years ago", "2022")]),
    ("The lab opened on Jan. 5.", [("Jan. 5", "2024-01-05")]),
    ("Results were filed on Sept. 30.", [("Sept. 30", "2023-09-30")]),
    ("The review is due in September.", [("September", "2024-09")]),
    ("The fair opened in September.", [("September", "2023-09")]),
    ("Sales in May rose.", [("May", "2024-05")]),
    ("Since March, prices have eased.", [("March", "2024-03")]),
    ("The ministry released the plan on Friday, May 10.", [("Friday, May 10", "2024-05-10")]),
    ("Shops reopened after Christmas.", [("Christmas", "2023-12-25")]),
    ("The open day is scheduled for this weekend.", [("this weekend", "2024-W20-WE")]),
    # anaphoric dates follow the date they refer to
    (
        "Profit rose in the first quarter from a year earlier.",
        [("the first quarter", "2024-Q1"), ("a year earlier", "2023-Q1")],
    ),
    (
        "It expanded in 2022 and hired more staff the following year.",
        [("2022", "2022"), ("the following year", "2023")],
    ),
    ("Costs fell in the year-ago quarter.", [("the year-ago quarter", "2023-Q1")]),
    # quantities next to years, and a real calendar date only
    ("In 2025, 2,000 units shipped.", [("2025", "2025")]),
    ("February 30, 2023 is not a date.", []),
    ("The plan was agreed on 2023-02-29.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates_and_values(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(nlp, text) == expected


NEGATIVES = [
    "Prices rose over the past 60 years.",
    "The project took three months.",
    "It has grown for a decade.",
    "The annual report lists daily and weekly figures.",
    "The board meets every year.",
    "Costs may rise and workers may strike.",
    "Prices may fall in the coming months as supply may improve.",
    "The plant employs 2025 people.",
    "The order was worth $2025.",
    "It shipped 2,025 units.",
    "Call 010-2025-8866 for details.",
    "Room No. 2025 is on the second floor.",
    "Version 2024.1 of the app shipped.",
    "Sales grew recently and now exceed forecasts.",
    "In the future, robots will help nurses.",
    "Data is processed in real time.",
    "The team opens late on Mondays.",
    "The shop is busy every Friday.",
    "Retailers cut prices on Black Friday.",
    "June Carter sang at the gala.",
    "Today's youth use phones for everything.",
    "He was in his nineties.",
    "The summer is hot in the south.",
    "The venue hosts a summit every May.",
    "Growth will matter over the next year.",
    "Rates were cut in the same month.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(nlp: Language, text: str) -> None:
    assert dates(nlp, text) == []


def test_without_reference_date_relative_values_are_null(nlp: Language) -> None:
    text = "The firm met its target on Monday, a year after it was founded in February 2023."
    assert dates(nlp, text, reference_date=None) == [
        ("Monday", None),
        ("February 2023", "2023-02"),
    ]
    assert dates(nlp, "Profits rose last year and in Q3.", reference_date=None) == [
        ("last year", None),
        ("Q3", None),
    ]


def test_candidates_only_no_ents(nlp: Language) -> None:
    doc = run(nlp, "The fund was set up on May 22, 2023.")
    assert doc.ents == ()
    assert [s.label_ for s in doc.spans[CANDIDATES]] == ["DATE"]


# -- resolution functions --------------------------------------------------------------------


def test_weekday_rule() -> None:
    wednesday = date(2024, 5, 15)
    assert resolve_weekday(wednesday, 2, "past") == "2024-05-15"  # on or before R includes R
    assert resolve_weekday(wednesday, 4, "past") == "2024-05-10"
    # future: on or after R, as the guideline says ("will meet Wednesday" written on one)
    assert resolve_weekday(wednesday, 2, "future") == "2024-05-15"
    assert resolve_weekday(wednesday, 2, "next") == "2024-05-22"  # "next Wednesday"
    assert resolve_weekday(wednesday, 4, "future") == "2024-05-17"
    assert resolve_weekday(wednesday, 1, "last") == "2024-05-14"


def test_month_rules() -> None:
    ref = date(2024, 5, 15)
    assert resolve_month(ref, 5, "past") == "2024-05"
    assert resolve_month(ref, 6, "past") == "2023-06"
    assert resolve_month(ref, 3, "future") == "2025-03"
    assert resolve_month_day(ref, 5, 16, "past") == "2023-05-16"
    assert resolve_month_day(ref, 5, 16, "future") == "2024-05-16"
    assert resolve_month_day(ref, 2, 29, "past") == "2024-02-29"
    assert resolve_month_day(date(2023, 5, 15), 2, 29, "past") is None  # 2023 has no Feb 29
    assert resolve_quarter(ref, 3, "past") == "2023-Q3"


def test_shifts_keep_their_grain() -> None:
    ref = date(2024, 1, 3)
    assert shift_unit(ref, "week", 0) == "2024-W01"
    assert shift_unit(ref, "week", -1) == "2023-W52"
    assert shift_unit(ref, "month", -1) == "2023-12"
    assert shift_unit(ref, "quarter", -1) == "2023-Q4"
    assert shift_value("1989-Q3", "year", -1) == "1988-Q3"
    assert shift_value("2024-02-29", "year", -1) == "2023-02-28"
    assert shift_value("1996-05", "year", 1) == "1997-05"
    assert value_grain("2024-W05-WE") == "week"


# -- rule data -------------------------------------------------------------------------------


def test_rule_data_is_validated() -> None:
    data = load_date_rules()
    data["months"] = {**data["months"], "Smarch": 13}
    with pytest.raises(ValueError, match=r"\[months\.Smarch\]"):
        DateGrammar(data)
    data = load_date_rules()
    data["typo_field"] = []
    with pytest.raises(ValueError, match=r"\[typo_field\]"):
        DateGrammar(data)


def test_to_disk_from_disk_round_trip(tmp_path: Path) -> None:
    nlp = make_nlp()
    component = nlp.get_pipe("launchwatch_dates")
    data = load_date_rules()
    data["ambiguous_months"] = [*data["ambiguous_months"], "June"]  # an observable change
    component.initialize(data=data)
    text = "Profits rose last year. The plan came in June after talks. Sales rose in May."
    before = dates(nlp, text)
    assert ("June", "2024-06") not in before  # "June" now needs a context word
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["launchwatch_reference_date", "launchwatch_dates"]
    assert dates(loaded, text) == before
    assert loaded.get_pipe("launchwatch_dates").data == data


# -- robustness ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_no_text_breaks_the_grammar_or_the_components(text: str) -> None:
    for reference_date in (R_DATE, None):
        for match in _GRAMMAR.find(text, reference_date):  # unguarded: errors surface here
            assert text[match.start : match.end] == match.text
    doc = run(_FUZZ_NLP, text)
    for span in doc.spans.get(CANDIDATES, []):
        assert span.text.strip()


def test_guard_keeps_the_pipeline_running(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = make_nlp()
    component = nlp.get_pipe("launchwatch_dates")
    component.initialize()

    def broken(*args: object) -> list[object]:
        raise RuntimeError("simulated grammar failure")

    monkeypatch.setattr(component.grammar, "find", broken)
    doc = run(nlp, "The fund was set up on May 22, 2023.")
    assert CANDIDATES not in doc.spans


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "May",
                "may",
                "22",
                "2023",
                "the",
                "end",
                "of",
                "last",
                "next",
                "year",
                "Q3",
                "quarter",
                "third",
                "-",
                ",",
                ".",
                "ago",
                "two",
                "weeks",
                "Monday",
                "mid",
                "early",
                "'90s",
                "fiscal",
                "FY24",
                "H1",
                "half",
                "first",
                "\n",
                "Feb.",
                "30",
                "2024-02-30",
                "that",
                "same",
                "month",
                "Christmas",
                "year-ago",
                "will",
                "on",
            ]
        ),
        max_size=25,
    )
)
def test_date_words_in_any_order(words: list[str]) -> None:
    text = " ".join(words)
    for match in _GRAMMAR.find(text, R_DATE):
        assert text[match.start : match.end] == match.text
        assert match.value is None or match.value[:2].isdigit()


_FUZZ_NLP = make_nlp()
_GRAMMAR = DateGrammar(load_date_rules())


# -- speed shortcuts: the trigger scan and the left-context matchers change no answer --------

# Every alternative of every family, each in a context of its own (case is varied below).
FAMILY_EXAMPLES = {
    "iso": ["2024-01-05", "(2024/03/01)"],
    "numeric": ["12/31/2024", "3/4/2024", "30.06.2024"],
    "month_day": ["May 22, 2023", "Jan. 5", "SEPT. 3 2024", "Friday, Oct. 23"],
    "day_month": ["22 May 2023", "the 22nd of May", "1st of JANUARY"],
    "day_of_month": ["on the 29th", "by the 3rd", "until the 21st"],
    "month_year": ["February 2023", "May of last year", "Dec. 2024"],
    "year_period": ["the 1988 quarter", "The 2023 period"],
    "compared_period": [
        "the quarter a year ago",
        "the same period last year",
        "the comparable three months of last year",
        "last year's quarter",
        "The corresponding half a year earlier",
        "the second quarter a year ago",
        "the first half a year earlier",
        "the same period of the prior year",
        "the previous corresponding period",
    ],
    "month": ["in March", "December"],
    "weekday": ["on Monday", "FRIDAY"],
    "relative_day": ["yesterday", "Today", "TOMORROW"],
    "relative_unit": [
        "last year",
        "this past week",
        "the coming quarter",
        "next fiscal year",
        "this second half",
        "this 1st half",
        "last summer",
        "The current month",
        "coming decade",
    ],
    "ago": [
        "two years ago",
        "a hundred days ago",
        "3 weeks later",
        "12-month earlier",
        "A year earlier",
        "Twenty days ago",
        "100 years ago",
        "a year before",
    ],
    "quarter": [
        "third quarter of 2024",
        "4th quarter",
        "Final Quarter, 2023",
        "last quarter of 2022",
        "Last fiscal quarter of this year",
    ],
    "quarter_adjective": ["third-quarter", "1st-quarter"],
    "month_period": [
        "the June quarter",
        "the Dec. 2023 quarter",
        "The December half",
        "the September quarter of 2010",
    ],
    "quarter_code": [
        "Q3 2024",
        "3Q",
        "2024 Q3",
        "Q3 '24",
        "2024Q1",
        "Q4 FY2024",
        "Q3 FY24",
        "Q1FY24",
        "3Q24",
        "FY24 Q3",
        "Q4 last year",
    ],
    "half": [
        "the first half of 2025",
        "second-half",
        "2nd half",
        "last half of 2024",
        "first two quarters of 1990",
    ],
    "half_code": [
        "H1 2024",
        "1H 2024",
        "2024 H2",
        "H2 FY2024",
        "2H-2023",
        "H1 FY25",
        "1H24",
        "FY2025 H2",
        "H1 next year",
    ],
    "decade": ["1990s", "'90s", "’80s", "the nineties", "2020’s"],
    "century": ["20th century", "twenty-first century", "Nineteenth-century", "3rd century"],
    "fiscal_year": [
        "fiscal 2024",
        "fiscal year 2024",
        "FY2024",
        "FY24",
        "FY '24",
        "FY’24",
        "financial year 2024",
        "fiscal '97",
    ],
    "season": ["summer 2023", "Spring of 2024", "autumn"],
    "period_of": [
        "the end of the year",
        "the very end of the month",
        "year-end",
        "month end",
        "year's end",
        "year’s end 2024",
        "late in the year",
        "earlier in the month",
        "The Beginning of this week",
    ],
    "year_ago_adjective": [
        "year-ago",
        "year-earlier quarter",
        "Year-Ago fiscal second quarter",
        "the year ago quarter",
    ],
    "anaphor": [
        "in that year",
        "the same month",
        "the following year",
        "the prior quarter",
        "the previous week",
    ],
    "anaphor_after": [
        "the year before",
        "the month after",
        "the quarter before",
        "the year earlier",
    ],
    "reported_quarter": [
        "the quarter",
        "the latest quarter",
        "the latest period",
        "the most recent fiscal quarter",
        "the just-ended quarter",
    ],
    "results_year": ["the year", "The full year", "the fiscal  year", "THE week"],
    "weekend": ["the weekend", "The weekend"],
    "new_year": ["in the new year", "until the New Year"],
    "holiday": [
        "Christmas",
        "New Year's Day",
        "New Year’s Eve 2023",
        "Thanksgiving",
        "Valentine's Day",
    ],
    "spoken_year": [
        "nineteen ninety-six",
        "eighteen hundred",
        "two thousand and one",
        "nineteen oh five",
    ],
    "year": ["in 2025", "2009–2010", "1957-58", "2023-24"],
}


def _family_matches(text: str, *, exhaustive: bool) -> list[tuple[str, tuple[int, int]]]:
    return [(family.name, m.span()) for family, m in _GRAMMAR._matches(text, exhaustive=exhaustive)]


@pytest.mark.parametrize("family", sorted(FAMILY_EXAMPLES))
def test_trigger_scan_on_every_family(family: str) -> None:
    assert {name for name, *_ in _GRAMMAR.families} == set(FAMILY_EXAMPLES)
    for example in FAMILY_EXAMPLES[family]:
        for case in (str, str.lower, str.upper, str.title):
            text = f"It was {case(example)}, they said."
            found = _family_matches(text, exhaustive=True)
            if case is str:
                assert family in {name for name, _ in found}, example
            assert _family_matches(text, exhaustive=False) == found, text


_RULES = load_date_rules()
_RULE_WORDS = """
    months month_abbreviations weekdays number_words seasons quarter_ordinals half_ordinals
    century_ordinals decade_words holidays relative_days relative_words period_modifiers
    year_context_words
""".split()
_SHORTCUT_WORDS = sorted(
    {word for key in _RULE_WORDS for word in _RULES[key]}
    | {example for examples in FAMILY_EXAMPLES.values() for example in examples}
    | set("in on of the that 2024 ſ ı İ $ US$ No. 2,025 mid- Mid".split())
)
_SEPARATORS = [" ", " ", " ", "  ", "\n", ", ", ". ", "-", "(", "’", ""]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_SHORTCUT_WORDS), st.sampled_from(_SEPARATORS)), max_size=25
    ),
    st.sampled_from([str.lower, str.upper, str.title, str]),
)
def test_trigger_scan_finds_what_every_family_regex_finds(
    pieces: list[tuple[str, str]], case: Callable[[str], str]
) -> None:
    text = case("".join(word + separator for word, separator in pieces))
    assert _family_matches(text, exhaustive=False) == _family_matches(text, exhaustive=True)


def test_trigger_scan_on_the_corpus() -> None:
    for path in sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _family_matches(text, exhaustive=False) == _family_matches(text, exhaustive=True)


def test_the_shortcuts_are_on_with_the_packaged_rules() -> None:
    assert _GRAMMAR._triggers.enabled  # rule data it cannot key would silently turn it off
    assert _GRAMMAR.readers._modifier_re.keyed and _GRAMMAR.readers._quantity_prefix_re.keyed


def test_texts_lower_casing_cannot_key_are_scanned_in_full() -> None:
    for text in ("It closed in fiſcal 2024.", "Tarihı 2024", "İstanbul, May 3, 2024"):
        assert _GRAMMAR._triggers.starts(text) is None
    assert _GRAMMAR._triggers.starts("Sales rose in May 2024.") is not None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_SHORTCUT_WORDS), st.sampled_from(_SEPARATORS)), max_size=8)
)
def test_phrase_matchers_agree_with_their_full_regex(pieces: list[tuple[str, str]]) -> None:
    window = "".join(word + separator for word, separator in pieces)[-48:]
    for name in ("_modifier_re", "_year_context_re", "_quantity_prefix_re", "_determiner_re"):
        matcher = getattr(_GRAMMAR.readers, name)
        fast, full = matcher.search(window), matcher.full.search(window)
        assert (fast and fast.span()) == (full and full.span()), name


# -- the table -------------------------------------------------------------------------------


def test_every_family_names_a_resolver_and_a_reader() -> None:
    """A new table entry must name a resolver that exists and a reader of its own class."""
    names = [family.name for family in FAMILIES]
    assert len(names) == len(set(names))
    for family in FAMILIES:
        assert family.resolve in RESOLVERS or family.resolve in ANAPHORIC, family.name
        assert callable(family.read) and family.read.__qualname__.startswith("Readers.")


# -- the calendar's edges (issue 12, item 7) ---------------------------------------------------

EDGE_EXPRESSIONS = [
    "yesterday",
    "today",
    "tomorrow",
    "last week",
    "next week",
    "this weekend",
    "last month",
    "next month",
    "last year",
    "next year",
    "last quarter",
    "next quarter",
    "the last decade",
    "next summer",
    "last winter",
    "the second half of next year",
    "two days ago",
    "three weeks ago",
    "five years ago",
    "a decade ago",
    "on Monday",
    "next Friday",
    "last Sunday",
    "in May",
    "next March",
    "on June 3",
    "at Christmas",
    "next Thanksgiving",
    "in the third quarter",
    "in the first half",
    "in the nineties",
    "by the end of the year",
    "over the weekend",
    "a year later",
    "the following year",
    "the year-ago quarter",
]
ABSOLUTE = "The plan of May 22, 2024 followed one in 2023."


@pytest.mark.parametrize("reference_date", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("expression", EDGE_EXPRESSIONS)
def test_relative_dates_at_the_calendar_edges(
    nlp: Language, expression: str, reference_date: str
) -> None:
    """Every kind of relative date, with R at either end of the calendar: the same spans as
    with an ordinary R, a value only when it is on the calendar, absolute dates untouched."""
    text = f"Officials said the work began {expression}. {ABSOLUTE}"
    ordinary = dates(nlp, text)
    at_edge = dates(nlp, text, reference_date)  # the component must not fail on this text
    assert [span for span, _ in at_edge] == [span for span, _ in ordinary]
    assert at_edge[-2:] == [("May 22, 2024", "2024-05-22"), ("2023", "2023")]
    for _, value in at_edge:
        assert value is None or (value[:1].isdigit() and "10000" not in value), value
    edge = date.fromisoformat(reference_date)
    for match in _GRAMMAR.find(text, edge):  # unguarded: an OverflowError would surface here
        assert match.value is None or match.value[:1].isdigit()


def test_an_edge_value_that_exists_is_still_given(nlp: Language) -> None:
    assert dates(nlp, "It opened yesterday.", "9999-12-31") == [("yesterday", "9999-12-30")]
    assert dates(nlp, "It opens tomorrow.", "0001-01-01") == [("tomorrow", "0001-01-02")]
    assert dates(nlp, "It opens tomorrow.", "9999-12-31") == [("tomorrow", None)]
    assert dates(nlp, "It closed yesterday.", "0001-01-01") == [("yesterday", None)]


# -- tense is linear in the sentence (issue 12, item 10) ---------------------------------------


def _scanned(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Dates found in ``text`` and the characters the tense reader scanned for them."""
    readers: list[TextTense] = []
    original = DateGrammar.tense

    def remember(self: DateGrammar, text: str) -> TextTense:
        readers.append(original(self, text))
        return readers[-1]

    monkeypatch.setattr(DateGrammar, "tense", remember)
    found = _GRAMMAR.find(text, R_DATE)
    return len(found), sum(reader.scanned for reader in readers)


@pytest.mark.parametrize(
    "clause",
    [
        "the firm will open on Monday and it closed in May",  # one clause, no breaks
        "the firm will open on Monday, officials said, and it closed in May",  # many clauses
    ],
)
def test_tense_scans_a_long_sentence_a_bounded_number_of_times(
    clause: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One sentence of thousands of relative dates: each window is scanned once, so the
    characters scanned grow with the sentence, not with the sentence times its dates."""
    short = " ".join([clause] * 100)
    long = " ".join([clause] * 1000)
    short_dates, short_scanned = _scanned(short, monkeypatch)
    long_dates, long_scanned = _scanned(long, monkeypatch)
    assert (short_dates, long_dates) == (200, 2000)
    assert long_scanned <= 5 * len(long)
    assert long_scanned <= 12 * short_scanned  # ten times the text, not a hundred times


_GRAIN_OF_VALUE = {"weekend": "week", "decade": None, "century": None}


@pytest.mark.parametrize("family", [family for family in FAMILIES if family.grain != "unit"])
def test_each_family_writes_values_at_its_grain(family: Family) -> None:
    """The table's ``grain`` is what the family's values are written at."""
    values = [
        match.value
        for example in FAMILY_EXAMPLES[family.name]
        for match in _GRAMMAR.find(f"It was {example}, they said.", R_DATE)
        if match.rule == family.name and match.value is not None
    ]
    assert values, family.name
    for value in values:
        assert value_grain(value) == _GRAIN_OF_VALUE.get(family.grain, family.grain), value


def test_new_word_lists_are_strict_and_extend_the_grammar() -> None:
    """The word lists moved out of the code are validated, and adding a word is enough."""
    data = load_date_rules()
    data["anaphors"] = {**data["anaphors"], "the next": 2}
    with pytest.raises(ValueError, match=r"\[anaphors\.the next\]"):
        DateGrammar(data)
    data = load_date_rules()
    del data["clause_words"]
    with pytest.raises(ValueError, match=r"\[clause_words\] Field required"):
        DateGrammar(data)
    text = "Sales rose in 2019. The subsequent year they fell."
    assert [m.text for m in _GRAMMAR.find(text, R_DATE)] == ["2019"]
    data = load_date_rules()
    data["anaphors"] = {**data["anaphors"], "the subsequent": 1}
    found = DateGrammar(data).find(text, R_DATE)
    assert [(m.text, m.value) for m in found] == [("2019", "2019"), ("The subsequent year", "2020")]


_BEFORE_WORDS = sorted(
    {*_SHORTCUT_WORDS, *_RULES["approximators"], *"previous preceding prior week The".split()}
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_BEFORE_WORDS), st.sampled_from([*_SEPARATORS, " , ", " ,"])),
        max_size=8,
    )
)
def test_ends_with_phrase_searches_agree_with_their_regex(pieces: list[tuple[str, str]]) -> None:
    window = "".join(word + separator for word, separator in pieces)[-48:]
    for name in (
        "_rel_before_re",
        "_the_before_re",
        "_approximator_before_re",
        "_weekday_before_re",
        "_season_of_before_re",
        "_previous_before_re",
        "_week_of_before_re",
    ):
        matcher = getattr(_GRAMMAR.readers, name)
        assert matcher.max_words is not None, name
        fast, full = matcher.search(window), matcher.regex.search(window)
        assert (fast and fast.span()) == (full and full.span()), (name, window)
