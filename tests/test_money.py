"""MONEY rules: spans, amounts and ISO currencies, on sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    ("The fund holds 4.2 billion yuan in cash.", "4.2 billion yuan", 4_200_000_000, "CNY"),
    ("It raised $7.5 million last week.", "$7.5 million", 7_500_000, "USD"),
    ("a grant of two million euros", "two million euros", 2_000_000, "EUR"),
    ("a round of US$45m from investors", "US$45m", 45_000_000, "USD"),
    ("the HK$1.8bn bond", "HK$1.8bn", 1_800_000_000, "HKD"),
    ("it paid £300m in total", "£300m", 300_000_000, "GBP"),
    ("costs rose by ₩12 trillion", "₩12 trillion", 12_000_000_000_000, "KRW"),
    ("a budget of Rs 75 crore", "Rs 75 crore", 750_000_000, "INR"),
    ("worth ₹3 lakh each", "₹3 lakh", 300_000, "INR"),
    ("funding of S$12 million", "S$12 million", 12_000_000, "SGD"),
    ("valued at A$2.4 billion", "A$2.4 billion", 2_400_000_000, "AUD"),
    ("a C$90 million contract", "C$90 million", 90_000_000, "CAD"),
    ("USD 40 million was pledged", "USD 40 million", 40_000_000, "USD"),
    ("revenue of 3.5 billion AED", "3.5 billion AED", 3_500_000_000, "AED"),
    ("an investment of SAR 600 million", "SAR 600 million", 600_000_000, "SAR"),
    ("priced at R$15 billion", "R$15 billion", 15_000_000_000, "BRL"),
    ("a payment of 250 million Swiss francs", "250 million Swiss francs", 250_000_000, "CHF"),
    ("the EUR 3m pilot", "EUR 3m", 3_000_000, "EUR"),
    ("around 40,000 rupees per family", "40,000 rupees", 40_000, "INR"),
    (
        "sold for 1.25 billion Hong Kong dollars",
        "1.25 billion Hong Kong dollars",
        1_250_000_000,
        "HKD",
    ),
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), CASES)
def test_amount_and_currency(record, text: str, span: str, amount: float, currency: str) -> None:
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [(m["text"], m["amount"], m["currency"]) for m in money] == [(span, amount, currency)]


def test_modifiers_stay_out_and_conversion_is_its_own_span(record) -> None:
    text = "sales of more than 80 billion yuan ($11.3 billion) by 2027"
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [(m["text"], m["currency"]) for m in money] == [
        ("80 billion yuan", "CNY"),
        ("$11.3 billion", "USD"),
    ]
    assert text[money[1]["start"] - 1] == "("


def test_yen_sign_follows_the_article(record) -> None:
    japan = record("Tokyo-based Japanese firms pledged ¥500 billion.")["entities"]
    china = record("Chinese provinces in China pledged ¥500 billion in yuan terms.")["entities"]
    assert [e["currency"] for e in japan if e["label"] == "MONEY"] == ["JPY"]
    assert [e["currency"] for e in china if e["label"] == "MONEY"] == ["CNY"]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue grew 12 percent to a record.",
        "The firm hired 300 engineers in 2023.",
        "He won 3 medals and one million fans.",
        "The $ sign alone is not money.",
        "Prices for a dollar store rose.",
    ],
)
def test_no_money_without_an_amount_and_currency(record, text: str) -> None:
    assert [e for e in record(text)["entities"] if e["label"] == "MONEY"] == []


def test_integral_amounts_are_integers(record) -> None:
    (money,) = [e for e in record("It cost $19.13 billion.")["entities"] if e["label"] == "MONEY"]
    assert money["amount"] == 19_130_000_000 and isinstance(money["amount"], int)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The retailer earned 38 cents a share.", [("38 cents", 0.38, "USD")]),
        (
            "Its stock slipped 7 pence to 214 pence.",
            [("7 pence", 0.07, "GBP"), ("214 pence", 2.14, "GBP")],
        ),
        ("The toll is one cent per mile.", [("one cent", 0.01, "USD")]),
        ("Shares added 40 Australian cents.", [("40 Australian cents", 0.4, "AUD")]),
        ("A stamp costs 250 cents.", [("250 cents", 2.5, "USD")]),
    ],
)
def test_a_hundredth_of_a_currency_is_money(record, text: str, expected: list) -> None:
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [(m["text"], m["amount"], m["currency"]) for m in money] == expected


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        (
            "The museum was bought for 90 million French francs in 1994.",
            "90 million French francs",
            "FRF",
        ),
        ("a loan of 300 million Deutsche marks", "300 million Deutsche marks", "DEM"),
        ("the bridge cost 4 billion pesetas", "4 billion pesetas", "ESP"),
        ("tickets at 12,000 lire each", "12,000 lire", "ITL"),
        ("a 5 million guilders fine", "5 million guilders", "NLG"),
    ],
)
def test_currencies_the_euro_replaced(record, text: str, span: str, currency: str) -> None:
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [(m["text"], m["currency"]) for m in money] == [(span, currency)]


def test_a_bare_unit_word_keeps_the_articles_qualifier(record) -> None:
    text = (
        "The fund paid 20 million Belgian francs in May. A further 6 million francs followed. "
        "Later it spent 3 million Swiss francs and then 2 million francs more."
    )
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [m["currency"] for m in money] == ["BEF", "BEF", "CHF", "CHF"]
    alone = [e for e in record("It paid 6 million francs.")["entities"] if e["label"] == "MONEY"]
    assert [m["currency"] for m in alone] == ["CHF"]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Cairns beat the champion.",
        "She scored 95 marks in the exam.",
        "The coin was a penny.",
        "Prices rose by a few cents.",
        "The centre opened 12 centuries ago.",
        "Shares of Tencent and of Onecent Labs rose.",
    ],
)
def test_no_money_from_names_grades_or_vague_amounts(record, text: str) -> None:
    assert [e for e in record(text)["entities"] if e["label"] == "MONEY"] == []
