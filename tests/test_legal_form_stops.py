"""A sentence's full stop after a company's legal form: an abbreviation keeps it ("Corp."),
a form written out in full does not ("Corporation" ends before the stop), as the contract's
"Corp." keeps its full stop. Sentences written for these tests; every name is invented."""

from __future__ import annotations

import pytest

from tests.conftest import ents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit was sold to Kelvo Corporation.", ["Kelvo Corporation"]),
        ("Its parent is Tarvex Limited.", ["Tarvex Limited"]),
        ("The shares went to Orvane Company. Trading resumed.", ["Orvane Company"]),
        # abbreviations keep their stop, at a sentence's end too
        ("The unit was sold to Kelvo Corp.", ["Kelvo Corp."]),
        ("Its parent is Tarvex Ltd.", ["Tarvex Ltd."]),
        ("Its parent is Tarvex Ltda.", ["Tarvex Ltda."]),
    ],
)
def test_the_sentence_keeps_its_stop_after_a_written_out_form(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "ORG") == expected
