"""MONEY of wire copy and market reports as a fresh multi-outlet tune set showed them (issue
11, brief H83): the singular "dlr", a day after a month that is no range's start, and pence or
cents glued to the figure in a sentence about shares. Sentences and names of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str) -> list:
    entities = record(text, "1992-03-04")["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dlr" before a noun, as wire copy writes "a 40 mln dlr loan"
        (
            "Kelvo Mills took a 40 mln dlr loan and posted a one dlr a share gain.",
            [("40 mln dlr", 40_000_000, "USD"), ("one dlr", 1, "USD")],
        ),
        # a day after a month is no range's lower end
        (
            "Tarnby Foods said profit for the quarter ended October 30 to 95 mln dlrs rose.",
            [("95 mln dlrs", 95_000_000, "USD")],
        ),
        # a day has no multiplier: a figure after a month with one is an amount
        (
            "In October 30 million dollars were raised for the Kelvo dam.",
            [("30 million dollars", 30_000_000, "USD")],
        ),
        (
            "In May 12 billion yuan was invested in Tarnby's port.",
            [("12 billion yuan", 12_000_000_000, "CNY")],
        ),
        # negative: a range with "to" between two figures stays one amount
        (
            "The Tarnby plant will cost 7 to 9 million dollars.",
            [("7 to 9 million dollars", 7_000_000, "USD")],
        ),
    ],
)
def test_wire_dollars_and_days(record: Callable[..., dict], text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pence and cents glued to the figure, in a sentence about shares or a dividend
        (
            "Shares in Kelvo Mills rose 3.1% to 412p, while Tarnby Foods closed at 96.5p.",
            [("412p", 4.12, "GBP"), ("96.5p", 0.965, "GBP")],
        ),
        (
            "Tarnby Foods will pay a dividend of 6.5c a share, down from 9c a share.",
            [("6.5c", 0.065, "USD"), ("9c", 0.09, "USD")],
        ),
        # the cue close before the figure, or the figure's own "a share"
        (
            "Kelvo shares fell 9c on Monday, and Tarnby paid 4.5p a share.",
            [("9c", 0.09, "USD"), ("4.5p", 0.045, "GBP")],
        ),
        # negatives: a cue in the sentence that is not the figure's
        ("The Vellmar screen shows 720p video at low prices.", []),
        ("The Kelvo TV streams 1080p, and its shares rose.", []),
        # negatives: no share, dividend, stock or price in the sentence
        ("The Kelvo camera records at 1080p and weighs 300g.", []),
        ("A Tarnby pupil scored 9c in the test.", []),
    ],
)
def test_glued_pence_and_cents(record: Callable[..., dict], text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare year before "marks" and a determiner is the verb's subject, no amount (a
        # dollar in the article would otherwise make "marks" German marks)
        ('"Our year in 1991 marks a new start," the Tarnby dollar trader said.', []),
        ("2024 marks the 40th year of the Kelvo dollar fund.", []),
        # negatives: an amount paid, or after "of", stays an amount
        (
            "Kelvo paid 1990 marks a month to a German pension fund.",
            [("1990 marks", 1990, "DEM")],
        ),
        ("A Bonn court set a fine of 2000 marks.", [("2000 marks", 2000, "DEM")]),
    ],
)
def test_year_before_marks_the_verb(record: Callable[..., dict], text: str, expected: list) -> None:
    assert _money(record, text) == expected
