"""ORG evidence against a name that was too strong (issue 11, eighteenth session, helper H95):
sentences written for these tests with invented names, none taken from any corpus or
benchmark; each rule with a text it must change and one it must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# repeated: one mention after another name word does not undo a firm written alone often
def test_one_longer_mention_does_not_undo_a_firm_written_alone(run) -> None:
    text = (
        '"It works well," said Quorvel founder Ana Lind. Visitors to Quorvel can pick a voice. '
        "Students like Quorvel, and users say Quorvel is fast. The Tarby Quorvel page is new."
    )
    assert ents(run(text), "ORG").count("Quorvel") >= 4


def test_a_firm_written_alone_no_more_often_than_in_a_longer_name_is_left(run) -> None:
    text = (
        '"It works well," said Quorvel founder Ana Lind. Visitors to Quorvel can pick a voice. '
        "The Tarby Quorvel page is new."
    )
    assert "Quorvel" not in ents(run(text), "ORG")


def test_a_word_written_after_its_maker_each_time_stays_a_product(run) -> None:
    text = (
        "Shares of Tarvex rose. Buyers liked the Tarvex Nimbus. The Tarvex Nimbus sold well, "
        "and Nimbus buyers praised it. Dealers said Nimbus stock was low."
    )
    assert "Nimbus" not in ents(run(text), "ORG")


def test_a_surname_after_a_first_name_stays_a_person(run) -> None:
    text = (
        "Shares of Dravik rose after Anna Dravik spoke. Analysts said Dravik was right. "
        "Dravik smiled, and Dravik left. Dravik said so."
    )
    assert "Dravik" not in ents(run(text), "ORG")


# lexicon: a camel-case name with a lower-case first letter is a name word
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Shares of eKelvo rose 4 percent on Monday after the auction site said sales grew.", 1),
        ("Online retailer eKelvo said on Tuesday it would hire staff, and eKelvo shares rose.", 2),
    ],
)
def test_a_camel_case_name_is_a_name_word(run, text: str, count: int) -> None:
    assert ents(run(text), "ORG") == ["eKelvo"] * count


def test_lower_case_abbreviations_with_a_capital_are_no_names(run) -> None:
    text = "Sales of mRNA kits rose, and shares of pH meters fell as the soil dried."
    assert ents(run(text), "ORG") == []


# weak_first_names: a first name that is an everyday word few locales list is no person alone
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Prices rose," said Chase Tarrow analyst Ana Lind of the markets.', "Chase Tarrow"),
        (
            "The merger of Orvel Banking Corp. and Golden Tarrow will create a bank.",
            "Golden Tarrow",
        ),
    ],
)
def test_an_everyday_first_word_does_not_make_a_company_a_person(run, text: str, name: str) -> None:
    assert name in ents(run(text), "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "The merger of Orvel Banking Corp. and Anna Tarrow will create a bank.",
        '"Prices rose," said Mark Tarrow, an analyst, of the markets.',
        "Chase Tarrow said he would retire in May.",
    ],
)
def test_a_widespread_first_name_still_makes_a_person(run, text: str) -> None:
    assert "Tarrow" not in " ".join(ents(run(text), "ORG"))


def test_weak_first_names_keep_titles_and_nicknames_out() -> None:
    from pipeline.orgs.weak_first_names import weak_first_names

    weak = weak_first_names()
    assert {"Chase", "Golden", "Crystal"} <= weak
    assert not {"Justice", "General", "Rob", "Art", "Mark", "Anna"} & weak
