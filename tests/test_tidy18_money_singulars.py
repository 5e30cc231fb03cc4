"""A singular unit word shares its plural's table of countries ("franc" reads as "francs"),
written once in ``money.json`` and listed under both words in the built data."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from tests.test_rule_files import broken_copy, load_error


def test_each_singular_has_its_plural_s_table(nlp: Language) -> None:
    units = nlp.get_pipe("launchwatch_money").data["signalled_units"]
    for singular, plural in {"franc": "francs", "cfa franc": "cfa francs", "mark": "marks"}.items():
        assert units[singular] == units[plural]


def test_a_singular_after_a_country_takes_its_currency(record) -> None:
    text = "Tarnby's council in Senegal paid one million CFA franc for the land in May."
    money = [e for e in record(text)["entities"] if e["label"] == "MONEY"]
    assert [(e["text"], e["currency"]) for e in money] == [("one million CFA franc", "XOF")]


def test_a_singular_must_name_a_listed_plural(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "money.json", lambda d: d["signalled_unit_singulars"].update(rand="rands")
    )
    assert "signalled_unit_singulars.rand: 'rands' is not a key of signalled_units" in (
        load_error("money.json", path)
    )


def test_a_singular_has_no_table_of_its_own(tmp_path: Path) -> None:
    def change(data: dict) -> None:
        data["signalled_units"]["franc"] = data["signalled_units"]["francs"]

    path = broken_copy(tmp_path, "money.json", change)
    assert "signalled_unit_singulars.franc: already a key of signalled_units" in (
        load_error("money.json", path)
    )
