"""The components are complete spaCy components: data travels, no silent rebuilds.

Rule data must survive both of spaCy's routes (bytes and disk), a copy must not rebuild
anything, ``exclude`` must be honoured, a component without data must say so, failures go
to spaCy's error handler, and ``nlp.evaluate`` reports the entity figures.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import get_lang_class

from pipeline.components.base import MissingRuleData, RuleComponent
from pipeline.components.money import MoneyRecognizer
from pipeline.extraction import InputDoc, extract_records

TEXT = (
    "SEOUL, March 4 -- Hanvale Semiconductor Co., Ltd. launched a 50 billion won "
    "($37 million) fund in Busan on Monday, the Ministry of Science and ICT said."
)
CUSTOM = "The guild paid 40 zorkmids for the charter."


def no_rebuilds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make building default data fail for every rule component (and every subclass)."""

    def refuse(self: RuleComponent) -> dict[str, Any]:
        raise AssertionError(f"{self.name} rebuilt its default data")

    for component in RuleComponent.__subclasses__():
        monkeypatch.setattr(component, "default_data", refuse)


def custom_money_data(nlp: Language) -> dict[str, Any]:
    """The built MONEY data plus a currency no default rule knows."""
    data = copy.deepcopy(nlp.get_pipe("launchwatch_money").data)
    data["currency_names"]["zorkmids"] = "ZMK"
    return data


def money_pipeline(data: dict[str, Any]) -> Language:
    own = spacy.blank("en")
    own.add_pipe("launchwatch_money").initialize(data=data)
    own.add_pipe("launchwatch_entities")
    return own


def money(doc: Any) -> list[tuple[str, Any, Any]]:
    return [(e.text, e._.amount, e._.currency) for e in doc.ents if e.label_ == "MONEY"]


def copy_from_bytes(nlp: Language) -> Language:
    blank = get_lang_class(nlp.config["nlp"]["lang"]).from_config(nlp.config)
    return blank.from_bytes(nlp.to_bytes())


@pytest.fixture(scope="module")
def custom(nlp: Language) -> Language:
    return money_pipeline(custom_money_data(nlp))


def test_custom_data_is_used(custom: Language) -> None:
    assert money(custom(CUSTOM)) == [("40 zorkmids", 40, "ZMK")]


def test_custom_data_survives_bytes(custom: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    no_rebuilds(monkeypatch)
    assert money(copy_from_bytes(custom)(CUSTOM)) == [("40 zorkmids", 40, "ZMK")]


def test_custom_data_survives_disk(
    custom: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom.to_disk(tmp_path / "own")
    no_rebuilds(monkeypatch)
    assert money(spacy.load(tmp_path / "own")(CUSTOM)) == [("40 zorkmids", 40, "ZMK")]


def test_a_bytes_copy_of_the_whole_pipeline_gives_the_same_records(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_rebuilds(monkeypatch)
    duplicate = copy_from_bytes(nlp)
    item = [InputDoc("t", TEXT, "2024-03-06")]
    records = list(extract_records(duplicate, item))
    assert records == list(extract_records(nlp, item))
    assert records[0]["entities"] and records[0]["events"]


def test_exclude_rules_leaves_the_data_out(custom: Language, tmp_path: Path) -> None:
    component = custom.get_pipe("launchwatch_money")
    fresh = MoneyRecognizer(spacy.blank("en"), "launchwatch_money")
    fresh.from_bytes(component.to_bytes(exclude=["rules"]))
    assert fresh.data is None
    fresh.from_bytes(component.to_bytes(), exclude=["rules"])
    assert fresh.data is None
    component.to_disk(tmp_path / "money", exclude=["rules"])
    assert not (tmp_path / "money" / component.data_file).exists()
    component.to_disk(tmp_path / "money")
    fresh.from_disk(tmp_path / "money", exclude=["rules"])
    assert fresh.data is None
    fresh.from_disk(tmp_path / "money")
    assert fresh.data == component.data


def test_a_component_without_data_says_how_to_get_it() -> None:
    own = spacy.blank("en")
    own.add_pipe("launchwatch_money")
    with pytest.raises(MissingRuleData, match=r"nlp\.initialize\(\)"):
        own("They paid $5 million.")


def test_initialize_without_data_builds_the_defaults() -> None:
    own = spacy.blank("en")
    own.add_pipe("launchwatch_money")
    own.add_pipe("launchwatch_entities")
    own.initialize()
    assert money(own("They raised 12 million Swiss francs.")) == [
        ("12 million Swiss francs", 12_000_000, "CHF")
    ]


def test_failures_go_to_spacys_error_handler(
    custom: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: MoneyRecognizer, doc: Any) -> Any:
        raise ValueError("odd input")

    monkeypatch.setattr(MoneyRecognizer, "process", broken)
    seen: list[tuple[str, int, str]] = []

    def handler(name: str, component: Any, docs: list[Any], error: Exception) -> None:
        seen.append((name, len(docs), str(error)))

    with pytest.raises(ValueError, match="odd input"):
        custom(CUSTOM)  # the default handler raises
    custom.set_error_handler(handler)
    try:
        list(custom.pipe([CUSTOM, CUSTOM]))
        custom(CUSTOM)
    finally:
        custom.set_error_handler(spacy.util.raise_error)
    assert seen == [("launchwatch_money", 1, "odd input")] * 3


def test_the_candidate_key_and_label_priority_are_settings(nlp: Language) -> None:
    own = spacy.blank("en")
    data = nlp.get_pipe("launchwatch_money").data
    own.add_pipe("launchwatch_money", config={"spans_key": "mine"}).initialize(data=data)
    own.add_pipe("launchwatch_entities", config={"spans_key": "mine", "label_priority": ["MONEY"]})
    doc = own("They paid $5 million.")
    assert "mine" in doc.spans and "lw_candidates" not in doc.spans
    assert [e.label_ for e in doc.ents] == ["MONEY"]
    assert own.get_pipe("launchwatch_entities").label_priority == ["MONEY"]


def test_evaluate_reports_entities_per_label(nlp: Language) -> None:
    text = "Hanvale Robotics Co., Ltd. raised $5 million in Busan on May 4, 2023."
    doc = nlp.make_doc(text)
    gold = [
        (0, 26, "ORG"),
        (34, 44, "MONEY"),
        (48, 53, "GPE"),
        (57, 68, "DATE"),
    ]
    assert [text[s:e] for s, e, _ in gold] == [
        "Hanvale Robotics Co., Ltd.",
        "$5 million",
        "Busan",
        "May 4, 2023",
    ]
    scores = nlp.evaluate([Example.from_dict(doc, {"entities": gold})])
    assert scores["ents_f"] == 1.0
    assert set(scores["ents_per_type"]) == {"ORG", "MONEY", "GPE", "DATE"}
    assert scores["ents_per_type"]["MONEY"] == {"p": 1.0, "r": 1.0, "f": 1.0}
