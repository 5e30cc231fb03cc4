"""Every rule file is strict data: it loads, and a typo in it says where it is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy

from pipeline.components.money import MoneyRecognizer
from pipeline.extraction import DEFAULT_MODEL
from pipeline.rules import rule_file
from pipeline.rules.schema import (
    SHIPPED_RULE_FILES,
    RuleDataError,
    load_rules,
    shipped_model,
    without_comments,
)

RULE_FILES = sorted(SHIPPED_RULE_FILES)


def test_every_rule_file_in_the_package_has_a_model() -> None:
    shipped = sorted(p.name for p in rule_file("x").parent.glob("*.json"))
    assert shipped == RULE_FILES


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_shipped_rule_file_loads(name: str) -> None:
    model, data = load_rules(shipped_model(name), name)
    assert data and not any(key.startswith("_") for key in data)
    assert model is not None


def a_word_list(data: dict[str, Any]) -> str:
    """The first top-level key holding a non-empty list of strings."""
    return next(
        key
        for key, value in data.items()
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value)
    )


def broken_copy(tmp_path: Path, name: str, change: Any) -> Path:
    data = json.loads(rule_file(name).read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def load_error(name: str, path: Path) -> str:
    with pytest.raises(RuleDataError) as error:
        load_rules(shipped_model(name), path)
    return str(error.value)


@pytest.mark.parametrize("name", RULE_FILES)
def test_an_unknown_key_is_reported(tmp_path: Path, name: str) -> None:
    path = broken_copy(tmp_path, name, lambda data: data.update(head_wrods=["x"]))
    assert load_error(name, path) == f"{path}: head_wrods: unknown field"


@pytest.mark.parametrize("name", RULE_FILES)
def test_a_wrong_type_is_reported_with_its_entry(tmp_path: Path, name: str) -> None:
    key = a_word_list(without_comments(json.loads(rule_file(name).read_text("utf-8"))))

    def change(data: dict[str, Any]) -> None:
        data[key][1] = 12

    path = broken_copy(tmp_path, name, change)
    assert load_error(name, path) == f"{path}: {key}[1]: expected a string"


@pytest.mark.parametrize("name", RULE_FILES)
def test_a_missing_key_is_reported_by_name(tmp_path: Path, name: str) -> None:
    key = a_word_list(without_comments(json.loads(rule_file(name).read_text("utf-8"))))
    path = broken_copy(tmp_path, name, lambda data: data.pop(key))
    assert load_error(name, path) == f"{path}: {key}: missing field"


def test_a_packaged_file_is_named_by_its_repository_path(monkeypatch) -> None:
    """The message names the file as people find it: pipeline/rules/money.json."""
    from pipeline.rules import schema

    original = schema.read_rule_file

    def broken(path: Path) -> dict[str, Any]:
        data = original(path)
        data["multipliers"] = {**data["multipliers"], "bilion": "1e9"}
        return data

    monkeypatch.setattr(schema, "read_rule_file", broken)
    with pytest.raises(RuleDataError, match=r"^pipeline/rules/money\.json: multipliers\.bilion: "):
        load_rules(schema.MoneyRules, "money.json")


def test_a_nested_entry_is_named_in_full(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["yen_or_yuan"]["china_signal"] = data["yen_or_yuan"].pop("china_signals")

    path = broken_copy(tmp_path, "money.json", change)
    assert load_error("money.json", path).splitlines() == [
        f"{path}: yen_or_yuan.china_signals: missing field",
        f"{path}: yen_or_yuan.china_signal: unknown field",
    ]


def test_a_shared_sign_must_name_a_signalled_unit(tmp_path: Path) -> None:
    """A sign settled through a unit word's table names a word that table has."""

    def change(data: dict[str, Any]) -> None:
        data["signalled_symbols"]["Sh"]["unit"] = "shilings"

    path = broken_copy(tmp_path, "money.json", change)
    message = load_error("money.json", path)
    assert message.startswith(f"{path}: ")
    assert "signalled_symbols.Sh: 'shilings' is not a key of signalled_units" in message


def test_a_shared_sign_may_name_only_its_units_currencies(tmp_path: Path) -> None:
    def change(data: dict[str, Any]) -> None:
        data["signalled_symbols"]["Sh"]["codes"].append("KSE")

    path = broken_copy(tmp_path, "money.json", change)
    assert "signalled_symbols.Sh: 'KSE' is not in signalled_units.shillings" in load_error(
        "money.json", path
    )


def test_an_of_head_may_not_be_a_head_word_too(tmp_path: Path) -> None:
    """A word in ``of_heads`` and ``head_words`` would end names after any name."""
    head = json.loads(rule_file("orgs.json").read_text("utf-8"))["head_words"][0]

    def change(data: dict[str, Any]) -> None:
        data["of_heads"].append(head)

    path = broken_copy(tmp_path, "orgs.json", change)
    assert f"of_heads.{head}: also in head_words" in load_error("orgs.json", path)


@pytest.mark.parametrize("key", ["head_words", "of_heads"])
def test_a_registrant_head_word_may_not_be_a_head_word_too(tmp_path: Path, key: str) -> None:
    """A company word from registrants' names that is also a head would be read twice."""
    word = json.loads(rule_file("orgs.json").read_text("utf-8"))[key][0]

    def change(data: dict[str, Any]) -> None:
        data["registrant_head_words"].append(word)

    path = broken_copy(tmp_path, "orgs.json", change)
    assert f"registrant_head_words.{word}: also in {key}" in load_error("orgs.json", path)


@pytest.mark.parametrize(
    ("key", "entry"),
    [
        ("registrant_head_words", "realty"),
        ("post_ranks", "Vice President"),
        ("defined_term_tails", "Gas"),
        ("staff_nouns_after_names", "Officials"),
    ],
)
def test_new_org_word_lists_hold_words_of_their_case(tmp_path: Path, key: str, entry: str) -> None:
    """A capitalised list with a lower-case or two-word entry, or a lower-case list with a
    capitalised one, would load and never match: it fails with its field."""

    def change(data: dict[str, Any]) -> None:
        data[key].append(entry)

    path = broken_copy(tmp_path, "orgs.json", change)
    assert key in load_error("orgs.json", path)


@pytest.mark.parametrize("entry", ["lake", "Gulf Coast"])
def test_a_place_feature_word_is_one_capitalised_word(tmp_path: Path, entry: str) -> None:
    """Feature words are compared with one token each: a lower-case or two-word entry would
    never match, so it fails with its field and index."""

    def change(data: dict[str, Any]) -> None:
        data["feature_words"].append(entry)

    path = broken_copy(tmp_path, "places.json", change)
    message = load_error("places.json", path)
    assert message.startswith(f"{path}: feature_words[2]: String should match pattern")


def test_bad_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "orgs.json"
    path.write_text('{"head_words": [', encoding="utf-8")
    assert load_error("orgs.json", path).startswith(f"{path}: not valid JSON")


# -- the data the components save in models/ ----------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(multiplier={}), "multiplier: unknown field"),
        (lambda d: d["multipliers"].update(bilion="1e9"), "multipliers.bilion: expected a number"),
        (lambda d: d.pop("iso_codes"), "iso_codes: missing field"),
        (lambda d: d["iso_codes"].insert(3, None), "iso_codes[3]: expected a string"),
    ],
)
def test_saved_component_data_is_checked_on_load(tmp_path: Path, change: Any, message: str) -> None:
    saved = tmp_path / "launchwatch_money"
    shutil.copytree(DEFAULT_MODEL / "launchwatch_money", saved)
    data = json.loads((saved / "rules.json").read_text(encoding="utf-8"))
    change(data)
    (saved / "rules.json").write_text(json.dumps(data), encoding="utf-8")
    component = MoneyRecognizer(spacy.blank("en"), "launchwatch_money")
    with pytest.raises(RuleDataError) as error:
        component.from_disk(saved)
    assert str(error.value) == f"{saved / 'rules.json'}: {message}"


@pytest.mark.parametrize("name", ["launchwatch_orgs", "launchwatch_places", "launchwatch_money"])
def test_the_built_data_fits_its_model(nlp, name: str) -> None:
    component = nlp.get_pipe(name)
    assert component.data_model is not None
    component.data_model.model_validate(component.data)
