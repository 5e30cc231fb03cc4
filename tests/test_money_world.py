"""MONEY as news outside the US writes it: compact ranges, decimal commas, the rand's "R" and
the local dollar of an article that marks US dollars apart. Every sentence is written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _money(record: Callable[..., dict], text: str) -> list:
    entities = record(text, None)["entities"]
    return [(e["text"], e["amount"], e["currency"]) for e in entities if e["label"] == "MONEY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compact range is one amount, valued at its lower end; the multiplier is shared
        ("The deal adds $7-8 million in annual revenue.", [("$7-8 million", 7_000_000, "USD")]),
        ("It hopes to raise $1.5-2 billion.", [("$1.5-2 billion", 1_500_000_000, "USD")]),
        ("Tickets cost $10-15 each.", [("$10-15", 10, "USD")]),
        ("Analysts see 25-40 cents a share.", [("25-40 cents", 0.25, "USD")]),
        ("Losses of ¥30-50-billion in Tokyo.", [("¥30-50-billion", 30_000_000_000, "JPY")]),
        # "to" with a multiplier after the second number only; a repeated sign
        ("A fund of US $25 to 30 million.", [("US $25 to 30 million", 25_000_000, "USD")]),
        ("Revenue of $10 to $12 billion.", [("$10 to $12 billion", 10_000_000_000, "USD")]),
        ("The state funds Rs 2.5-Rs 3 crore each.", [("Rs 2.5-Rs 3 crore", 25_000_000, "INR")]),
        # ranges written with words, or with a multiplier on both ends, stay two spans
        (
            "It will cost between $2 million and $3 million.",
            [("$2 million", 2_000_000, "USD"), ("$3 million", 3_000_000, "USD")],
        ),
        (
            "It rose from $2 million to $3 million.",
            [("$2 million", 2_000_000, "USD"), ("$3 million", 3_000_000, "USD")],
        ),
        ("Shares cost $5 to $6 each.", [("$5", 5, "USD"), ("$6", 6, "USD")]),
        # a hyphen that is not a range changes nothing
        ("A $45-a-share offer.", [("$45", 45, "USD")]),
    ],
)
def test_a_compact_range_is_one_amount_at_its_lower_end(
    record, text: str, expected: list
) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose to €1,5 billion.", [("€1,5 billion", 1_500_000_000, "EUR")]),
        ("It lost 12,5-billion yen in Osaka.", [("12,5-billion yen", 12_500_000_000, "JPY")]),
        # three digits after the comma are thousands; without a multiplier the comma is not
        # read as a decimal point, and the amount is left out rather than misread as 1 or 15
        ("Debt stood at 1,500 billion yen.", [("1,500 billion yen", 1_500_000_000_000, "JPY")]),
        ("Shares cost €1,5 in Lisbon.", []),
    ],
)
def test_a_decimal_comma_before_a_multiplier(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit reached R12,5-billion and the shares rose R4.50 to R120.25 in Durban.",
            [
                ("R12,5-billion", 12_500_000_000, "ZAR"),
                ("R4.50", 4.5, "ZAR"),
                ("R120.25", 120.25, "ZAR"),
            ],
        ),
        # "R" before a plain number is a name, a road or a model, never money
        ("The R2 unit was parked on the R101 near the R5 exit.", []),
    ],
)
def test_the_rand_sign_only_before_a_multiplier_or_a_price(
    record, text: str, expected: list
) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # US dollars marked apart: the bare "$" is the local dollar of the country named most
        (
            "Korrin Ltd bought the unit for $US4.2 million ($6.1 million), the Sydney firm said.",
            ["USD", "AUD"],
        ),
        ("Ontario-based Velt paid US$5 million, or $6.7 million, for the site.", ["USD", "CAD"]),
        # no US marker: "$" stays USD, even in a Canadian story
        ("The Toronto council will spend $5 million on parks.", ["USD"]),
        # the local dollar written out: "$" is then the US dollar
        (
            "It paid US$5 million and C$6.7 million in Toronto, plus $2 million.",
            ["USD", "CAD", "USD"],
        ),
        # US dollars marked apart but no dollar country named: USD
        ("The fund raised US$5 million and $2 million more in Texas.", ["USD", "USD"]),
    ],
)
def test_a_bare_dollar_sign_takes_the_local_dollar_only_when_us_dollars_are_marked(
    record, text: str, currencies: list[str]
) -> None:
    assert [currency for _, _, currency in _money(record, text)] == currencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's capitals on an attached multiplier
        ("Vellmar Bank to Create $2Bln Green Fund", [("$2Bln", 2_000_000_000, "USD")]),
        ("KESTREL WINS $3BN ORDER", [("$3BN", 3_000_000_000, "USD")]),
        ("Ostby Unveils $450Mn Plant Plan", [("$450Mn", 450_000_000, "USD")]),
        # "cr" (crore) after a space, as Indian news abbreviates it
        ("The centre got Rs. 37 cr for its building.", [("Rs. 37 cr", 370_000_000, "INR")]),
        ("A grant of Rs 12 Cr was approved.", [("Rs 12 Cr", 120_000_000, "INR")]),
        # negatives: a capitalised word after a number is no multiplier, and no currency, no span
        ("The Kestrel Bn 2 battalion moved.", []),
        ("Route 37 Cr was closed.", []),
        ("Flight $2 Mnemonic", [("$2", 2, "USD")]),
    ],
)
def test_multipliers_in_capitals_and_spaced_crore(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the symbols East African, Ghanaian and Bangladeshi papers write before the figure
        ("The county floated a KSh 3 billion bond.", [("KSh 3 billion", 3_000_000_000, "KES")]),
        ("Farmers got Ksh450 million in loans.", [("Ksh450 million", 450_000_000, "KES")]),
        ("The dam cost USh 40 billion.", [("USh 40 billion", 40_000_000_000, "UGX")]),
        ("Traders paid TSh 2 million in fees.", [("TSh 2 million", 2_000_000, "TZS")]),
        ("The board approved GH¢50 million.", [("GH¢50 million", 50_000_000, "GHS")]),
        ("The firm earned 80 million cedis.", [("80 million cedis", 80_000_000, "GHS")]),
        ("The ferry got Tk 500 crore.", [("Tk 500 crore", 5_000_000_000, "BDT")]),
        # the naira's "N", like the rand's "R", only before a multiplier or a price
        ("The ministry released N5 billion for roads.", [("N5 billion", 5_000_000_000, "NGN")]),
        ("A loaf now sells for N2.50 more.", [("N2.50", 2.5, "NGN")]),
        ("Nurses asked for N95 masks.", []),
        ("Route N2 was closed after the crash.", []),
        # Gulf and Egyptian signs that are also initials: only before a multiplier or a price
        ("The stadium cost QR2bn to build.", [("QR2bn", 2_000_000_000, "QAR")]),
        ("The fund lent KD 5 million to start-ups.", [("KD 5 million", 5_000_000, "KWD")]),
        ("Tolls rose to LE 3.50 a car.", [("LE 3.50", 3.5, "EGP")]),
        ("Team KD 5 took the title.", []),
    ],
)
def test_regional_currency_signs(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sh" and "Shs" are the shilling of the country the article names most
        (
            "A Nairobi lender will spend Sh600 million on new branches in Kenya.",
            [("Sh600 million", 600_000_000, "KES")],
        ),
        ("Its shares closed at Sh45.50 in Nairobi.", [("Sh45.50", 45.5, "KES")]),
        ("Bail was set at Sh80,000 by a Mombasa court in Kenya.", [("Sh80,000", 80_000, "KES")]),
        (
            "Kampala traders raised Shs2.5 billion, Ugandan officials said.",
            [("Shs2.5 billion", 2_500_000_000, "UGX")],
        ),
        ("A Dodoma clinic in Tanzania got Sh3 million.", [("Sh3 million", 3_000_000, "TZS")]),
        # no shilling country named: a sign and a figure, no amount
        ("The firm paid Sh600 million for the plant.", []),
        # Somalia's and Austria's shillings are not written "Sh"
        ("Traders in Mogadishu, Somalia, paid Sh50,000.", []),
        ("The Austrian group put Sh2 billion into a Vienna plant in Austria.", []),
        ("Variant Sh2 spread in the lab.", []),
    ],
)
def test_shared_shilling_sign(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plus after the multiplier is a modifier, as "more than" is, and stays out
        ("Ten start-ups have $1 billion+ valuations.", [("$1 billion", 1_000_000_000, "USD")]),
        ("The state set aside Rs 500 crore+ for roads.", [("Rs 500 crore", 5_000_000_000, "INR")]),
        ("It made a $2bn+ offer.", [("$2bn", 2_000_000_000, "USD")]),
    ],
)
def test_a_plus_after_the_multiplier(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiplier written "m" keeps its million when the sentence ends right after it
        ("Investors put in $12m.", [("$12m", 12_000_000, "USD")]),
        ("The club paid £3m. Its rival paid more.", [("£3m", 3_000_000, "GBP")]),
        ("Sales rose to €40m.\nCosts fell.", [("€40m", 40_000_000, "EUR")]),
    ],
)
def test_an_m_before_the_final_stop_is_a_multiplier(record, text: str, expected: list) -> None:
    assert _money(record, text) == expected
