"""Token-spaced copy (issue 11 item 6; ``pipeline/spacing.py``): text stored one token at a
time, as PTB- and OntoNotes-style corpora write it, gives the dates (``temporal/spacing.py``)
and the hyphenated organisation names (``orgs/extents.py``) of the same text written normally,
with spans in the text as written. Sentences of our own; R is 2024-05-15."""

from __future__ import annotations

import pytest

from pipeline.temporal.spacing import compacted
from tests.conftest import ents
from tests.test_date_tense import values  # one grammar, R = 2024-05-15

_TAIL = " , the chairman said , adding that , as before , the board agreed ."
"""A clause with spaced commas, so the sentence before it reads as token-spaced copy."""


@pytest.mark.parametrize(
    ("spaced", "written"),
    [
        (
            "Halvern posted a third - quarter loss of $ 4 million , down from year - earlier profit"
            + _TAIL,
            "Halvern posted a third-quarter loss of $4 million, down from year-earlier profit"
            + _TAIL,
        ),
        ("Trading ends at year - end" + _TAIL, "Trading ends at year-end" + _TAIL),
        ("Year - earlier sales were flat" + _TAIL, "Year-earlier sales were flat" + _TAIL),
        (
            "The yard was built in nineteen ninety - six" + _TAIL,
            "The yard was built in nineteen ninety-six" + _TAIL,
        ),
        (
            "The ferry line may reopen as early as next year 's first quarter" + _TAIL,
            "The ferry line may reopen as early as next year's first quarter" + _TAIL,
        ),
        (
            "The trip took place in late - November" + _TAIL,
            "The trip took place in late-November" + _TAIL,
        ),
    ],
)
def test_spaced_copy_gives_the_dates_of_the_written_text(spaced: str, written: str) -> None:
    found, expected = values(spaced), values(written)
    assert [value for _, value in found] == [value for _, value in expected]
    assert [text.replace(" ", "") for text, _ in found] == [
        text.replace(" ", "") for text, _ in expected
    ]
    assert found and all(text in spaced for text, _ in found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a dash after a number or a name, and between capitals, is not joined
        ("The festival - held on March 6 - drew a crowd" + _TAIL, "March 6 - drew"),
        ("Tarnby , Velmark - This week the mill shut for year - end" + _TAIL, "Velmark - This"),
        ("SAILING - HARBOUR CLUB 'S REGATTA" + _TAIL, "SAILING - HARBOUR"),
    ],
)
def test_dashes_in_spaced_copy_stay_apart(text: str, kept: str) -> None:
    compact = compacted(text)
    assert compact is not None and kept in compact.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash read as a hyphen makes no date, so the dates beside it stay what they are
        ("Oslo - last week the mill reopened" + _TAIL, ["last week"]),
        ("Friday - the market closed early" + _TAIL, ["Friday"]),
        ("Sales rose this year - helped by exports" + _TAIL, ["this year"]),
        ("It opens next week - Monday" + _TAIL, ["next week", "Monday"]),
        # a modifier before a year
        ("The plant opens in mid - 2025" + _TAIL, ["mid - 2025"]),
    ],
)
def test_a_join_counts_only_where_it_makes_a_date(text: str, expected: list[str]) -> None:
    assert [found for found, _ in values(text)] == expected


def test_offsets_agree_with_a_character_by_character_map() -> None:
    text = "A - b 's c - d , e , f , g - h 's - i , j - k ."
    compact = compacted(text)
    assert compact is not None
    removed = set(compact._removed)
    kept = [offset for offset in range(len(text)) if offset not in removed]
    assert "".join(text[offset] for offset in kept) == compact.text
    for offset, original in enumerate(kept):
        assert compact.start(offset) == original
        assert compact.end(offset + 1) == original + 1
        assert not compact.joins(original, original + 1)
    assert all(compact.joins(offset, offset + 1) for offset in removed)


def test_ordinary_prose_is_read_as_written() -> None:
    # a spaced hyphen in prose is a dash; the date on each side of it stays what it is
    assert compacted("The firm - founded in June - said the plan, in full, was late.") is None
    assert values("The firm - founded in June - said it would open next year.") == [
        ("June", "2023-06"),
        ("next year", "2025"),
    ]


def test_copy_that_keeps_hyphenated_words_whole_joins_only_possessives() -> None:
    # CoNLL-style copy writes "third-round" whole, so its " - " is a dash
    text = "SOCCER - LEAGUE 'S third-round draw , he said , and , again , it ran ."
    compact = compacted(text)
    assert compact is not None
    assert compact.text.startswith("SOCCER - LEAGUE'S third-round")


def test_offsets_map_back_to_the_text_as_written() -> None:
    text = "A year - end review , he said , and then , again , it ended at year - end ."
    compact = compacted(text)
    assert compact is not None
    start = compact.text.index("year-end review")
    assert compact.start(start) == text.index("year - end review")
    assert text[compact.start(start) : compact.end(start + len("year-end"))] == "year - end"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Velda - Cola rose 2 %" + _TAIL, ["Velda - Cola"]),
        (
            "Proceeds go to the Grant - A - Dream Foundation" + _TAIL,
            ["Grant - A - Dream Foundation"],
        ),
        ("Analysts at Tarrow - Marsh Group cut the rating" + _TAIL, ["Tarrow - Marsh Group"]),
    ],
)
def test_a_split_hyphen_inside_a_name_in_spaced_copy(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in prose " - " before an everyday word is a dash; so is a line's opening label
        ("Shares of Velda - Cola, lemonade and tea rose.", ["Velda"]),
        ("Memo - Tarrow Bank and Orvel Bank" + _TAIL, ["Tarrow Bank", "Orvel Bank"]),
        # a whole name, ending in its head word, before a headline's dash
        ("Orvel Bank - Update on results" + _TAIL, ["Orvel Bank"]),
        # copy that writes hyphenated words whole writes " - " only as a dash
        ("Shares of Velda - Cola and third-round results rose" + _TAIL, ["Velda"]),
    ],
)
def test_a_spaced_dash_still_ends_a_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
