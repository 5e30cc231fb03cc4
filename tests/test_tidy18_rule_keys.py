"""The MONEY and DATE word lists that the rule models once let default to empty are
required: a misspelt key fails with the file, the misspelt entry and the field it left out,
where a default would have switched the key's rule off without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_rule_files import broken_copy, load_error

REQUIRED = {
    "money.json": ("attached_subunits", "attached_subunit_cues", "verb_units"),
    "dates.json": (
        "bare_parts",
        "bare_part_prepositions",
        "bare_part_figure_prepositions",
        "bare_part_figure_words",
        "period_slices",
        "period_remainders",
        "first_name_months",
        "approximators",
        "open_ends",
        "decade_number_words",
        "around_verbs",
        "year_record_nouns",
        "nouns_after_to",
        "own_time_nouns",
        "holiday_object_nouns",
        "title_nouns_after_today",
        "sequence_nouns",
    ),
}


@pytest.mark.parametrize(("name", "key"), [(n, k) for n, keys in REQUIRED.items() for k in keys])
def test_a_misspelt_key_names_the_field_it_left_out(tmp_path: Path, name: str, key: str) -> None:
    typo = key[:-1]  # "verb_unit" for "verb_units"

    def misspell(data: dict) -> None:
        data[typo] = data.pop(key)

    path = broken_copy(tmp_path, name, misspell)
    lines = load_error(name, path).splitlines()
    assert f"{path}: {typo}: unknown field" in lines
    assert f"{path}: {key}: missing field" in lines
