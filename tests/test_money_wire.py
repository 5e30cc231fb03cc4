"""MONEY in wire-service and older news writing: market codes, the Penn Treebank's `#` for the
pound sign, unit words shared by several countries, weights in pounds, plural currency names and
codes that changed. Every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str, reference_date: str | None = None) -> list:
    entities = record(text, reference_date)["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pretax profit slid to #45.2 million from #51 million.",
            [("#45.2 million", 45_200_000, "GBP"), ("#51 million", 51_000_000, "GBP")],
        ),
        ("The shares ended the day at #7.35 in London.", [("#7.35", 7.35, "GBP")]),
        ("Kidnappers asked for dlrs 3 million in cash.", [("dlrs 3 million", 3_000_000, "USD")]),
        ("Feed wheat fetched 120 stg a tonne on Tuesday .", [("120 stg", 120, "GBP")]),
        ("The utility signed a SKR 450 million deal .", [("SKR 450 million", 450_000_000, "SEK")]),
        ("The yard wins 2.3 bln SKR order .", [("2.3 bln SKR", 2_300_000_000, "SEK")]),
        ("KORVEN H1 PROFIT FIM 12.4 MLN .", [("FIM 12.4 MLN", 12_400_000, "FIM")]),
        ("The state put in DM 2.5 billion .", [("DM 2.5 billion", 2_500_000_000, "DEM")]),
    ],
)
def test_wire_codes_and_the_hash_pound(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is the #1 search engine in Korea.",
        "The band climbed to #3 in the charts, after #12 last week.",
        "Posts tagged #2024 were removed.",
    ],
)
def test_a_hash_before_a_plain_number_is_a_rank(record, text: str) -> None:
    assert _money(record, text) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The Bonn cabinet set aside 40 million marks for the clinic.", "DEM"),
        ("The dollar ended at 1.5120 marks in late trading.", "DEM"),
        ("The Helsinki toolmaker earned 8 million marks.", "FIM"),
        ("A Paris court fined the bank 3 million francs.", "FRF"),
        ("Brussels brewers paid 70 million francs in excise.", "BEF"),
        ("The Zurich insurer set aside 90 million francs.", "CHF"),
        ("Tunis said olive oil sales reached 310 million dinars.", "TND"),
        ("Oslo shipowners ordered two tankers for 800 million crowns.", "NOK"),
        ("Farmers near Nairobi were paid 2,000 shillings a bag.", "KES"),
    ],
)
def test_a_shared_unit_word_takes_the_articles_country(record, text: str, currency: str) -> None:
    assert [m[2] for m in _money(record, text)] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        "She scored 95 marks in the exam.",
        "Ship crews sold 300 crowns' worth of fish.",  # no country: no currency for "crowns"
        "Scores : 68 Mark Ellison , 70 Pieter Hals .",
        "The pupils earned 12 marks for the essay.",
    ],
)
def test_a_shared_unit_word_without_a_country_is_no_money(record, text: str) -> None:
    assert _money(record, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Customs seized 40 kg ( 88 pounds ) of cocaine .",
        "Police found about 900 pounds (410 kilograms) of fertiliser.",
        "The parcel weighed 12 pounds.",
        "He weighs 150 to 175 pounds.",
        "The jet dropped a 2,000-pound bomb.",
    ],
)
def test_pounds_that_weigh_are_no_money(record, text: str) -> None:
    assert _money(record, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He paid 900 pounds for the car.", [("900 pounds", 900, "GBP")]),
        ("a 5-million-pound contract", [("5-million-pound", 5_000_000, "GBP")]),
        ("The crate weighed 30 kg and cost 45 pounds to send.", [("45 pounds", 45, "GBP")]),
    ],
)
def test_pounds_that_pay_stay_money(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each family got 100,000 Kenyan shillings.",
            [("100,000 Kenyan shillings", 100_000, "KES")],
        ),
        (
            "a fine of 3 million Hungarian forints",
            [("3 million Hungarian forints", 3_000_000, "HUF")],
        ),
        ("shares opened at 4,100 forints", [("4,100 forints", 4_100, "HUF")]),
        ("sales of 2.1 billion zlotys", [("2.1 billion zlotys", 2_100_000_000, "PLN")]),
        (
            "a bond of 150 million Norwegian crowns",
            [("150 million Norwegian crowns", 150_000_000, "NOK")],
        ),
        ("a fine of five million riels", [("five million riels", 5_000_000, "KHR")]),
    ],
)
def test_plural_currency_names(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


def test_an_amount_never_runs_across_a_line_break(record) -> None:
    text = "Net reserves 14.20\nCanadian dollar deposits rose."
    assert _money(record, text) == []
    assert _money(record, "It paid 14.20 Canadian dollars.") == [
        ("14.20 Canadian dollars", 14.2, "CAD")
    ]


@pytest.mark.parametrize(
    ("reference_date", "currency"),
    [("1997-03-04", "ROL"), ("2019-05-06", "RON"), (None, "RON")],
)
def test_a_currency_word_gets_the_code_in_force_at_the_articles_date(
    record, reference_date: str | None, currency: str
) -> None:
    money = _money(record, "Profit rose to 2.4 billion lei.", reference_date)
    assert money == [("2.4 billion lei", 2_400_000_000, currency)]


def test_an_explicit_code_is_kept_whatever_the_date(record) -> None:
    assert _money(record, "It raised RON 40 million.", "1997-03-04") == [
        ("RON 40 million", 40_000_000, "RON")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "homes worth a hundred thirty million dollars",
            [("a hundred thirty million dollars", 130_000_000, "USD")],
        ),
        (
            "a one point six billion dollar savings plan",
            [("one point six billion dollar", 1_600_000_000, "USD")],
        ),
        ("It cost two hundred and fifty dollars.", [("two hundred and fifty dollars", 250, "USD")]),
        (
            "about one point two five million yen",
            [("one point two five million yen", 1_250_000, "JPY")],
        ),
        ("A two hundred dollar coat", [("two hundred dollar", 200, "USD")]),
    ],
)
def test_spoken_figures_of_broadcast_transcripts(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    "text",
    ["He scored a hundred twenty points.", "one point five percent", "a hundred forty people came"],
)
def test_spoken_figures_without_a_currency_are_no_money(record, text: str) -> None:
    assert _money(record, text) == []
