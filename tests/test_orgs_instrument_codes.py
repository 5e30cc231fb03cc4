"""A wire service's instrument code in angle brackets ("<QVT.N>": a symbol and its market
code) is a ticker like "<QVT>" (issue 11, helper H121): the capitalised run before it is a
listed company, whole ("Tarnhelm-Vanstadt <TVAN.VI>"), and the code names no organisation; a
legal form cut off its name by a bracket or a possessive ("Tarn (Holdings) Ltd <TRN.HK>")
is no company of its own. Sentences written for these tests with invented names, none taken
from any corpus or benchmark."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The bank bought the unit from Tarnhelm-Vanstadt <TVAN.VI>, a spokesman said.",
            ["Tarnhelm-Vanstadt"],
        ),
        (
            "Quorvant <QVT.N> and Belmar Corp <BLM.N> said they would open offices.",
            ["Quorvant", "Belmar Corp"],
        ),
        ("Rights issued by Vexel-Marrow <VXM.PA> open on Monday.", ["Vexel-Marrow"]),
    ],
)
def test_the_name_before_an_instrument_code_is_a_listed_company(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a legal form cut off by a bracket or a possessive inside the name is no company
        ("The three are Quenby (Holdings) Ltd <QNB> and two others.", []),
        ("The three are Quenby (Holdings) Ltd <QNB.HK> and two others.", []),
        ("It wrote down its stake in Marlow's Inc <MRW> last year.", []),
    ],
)
def test_a_legal_form_cut_off_its_name_is_no_company(run, text: str, names: list[str]) -> None:
    assert [n for n in ents(run(text), "ORG") if n in ("Ltd", "Inc")] == names
