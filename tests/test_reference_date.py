"""Reference date from a dateline or date line at the top of an article (own test texts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.extensions import CANDIDATES
from tests.conftest import dates_only_pipeline

make_nlp = dates_only_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


BODY = "The agency said on Monday that it had opened a new office.\n"

FOUND = [
    ("SHENZHEN, Nov. 3, 2023 (Metro Wire) -- " + BODY, "2023-11-03"),
    ("Published 2024-01-19\n\nCity Opens Data Hub\n\n" + BODY, "2024-01-19"),
    (" date 2024-01-19 City Opens Data Hub For Start-ups\n\n" + BODY, "2024-01-19"),
    ("City Opens Data Hub\n\nJanuary 19, 2024\n\n" + BODY, "2024-01-19"),
    ("City Opens Data Hub\n19 Jan 2024 08:30 GMT\n" + BODY, "2024-01-19"),
    ("Updated: Jan. 19, 2024, 10:32 a.m.\nCity Opens Data Hub\n" + BODY, "2024-01-19"),
    ("City Opens Data Hub\nBy Lena Ortiz | Jan. 19, 2024\n\n" + BODY, "2024-01-19"),
    ("Friday, 19 January 2024\nCity Opens Data Hub\n" + BODY, "2024-01-19"),
    (
        "PRESS NOTE\n\nDepartment of Trade\nCity Opens Hub\n\nPort Ellis, 2 March 2024\n\n" + BODY,
        "2024-03-02",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_dateline_sets_reference_date(nlp: Language, text: str, expected: str) -> None:
    doc = nlp(text)
    assert doc._.reference_date == expected
    assert doc._.reference_date_source == "dateline"


NOT_FOUND = [
    # a dateline without a year gives no full date: no reference date rather than a guess
    "SHENZHEN, Nov. 3 (Metro Wire) -- " + BODY,
    # a date in a headline's prose is an event date, not the publication date
    "Robotics Firm To Open Lab On March 3, 2024 In Suzhou\n\n" + BODY,
    # not on the calendar
    "Published 2024-02-30\n\n" + BODY,
    # a full date far down the article is no dateline
    "".join(f"Line {n} of the story says little.\n" for n in range(1, 10))
    + "Published 2024-01-19\n",
    "City Opens Data Hub\n\nNo date is given here at all.\n" + BODY,
    "",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_dateline(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc._.reference_date is None
    assert doc._.reference_date_source is None


def test_input_reference_date_is_kept(nlp: Language) -> None:
    doc = nlp.make_doc("Published 2024-01-19\n\n" + BODY)
    doc._.reference_date = "2020-06-30"
    doc._.reference_date_source = "input"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert (doc._.reference_date, doc._.reference_date_source) == ("2020-06-30", "input")


def test_dateline_anchors_relative_dates(nlp: Language) -> None:
    doc: Doc = nlp("SHENZHEN, May 15, 2024 (Metro Wire) -- " + BODY)
    spans = filter_spans(list(doc.spans[CANDIDATES]))
    assert [(s.text, s._.value) for s in spans] == [
        ("May 15, 2024", "2024-05-15"),
        ("Monday", "2024-05-13"),
    ]


def test_round_trip(tmp_path: Path) -> None:
    nlp = make_nlp()
    finder = nlp.get_pipe("launchwatch_reference_date")
    data = finder.default_data()
    data["dateline"] = {**data["dateline"], "labels": [*data["dateline"]["labels"], "stand"]}
    finder.initialize(data=data)
    text = "Stand: 19.01.2024\nCity Opens Data Hub\n" + BODY
    assert nlp(text)._.reference_date == "2024-01-19"
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("launchwatch_reference_date").data == data
    assert loaded(text)._.reference_date == "2024-01-19"


def test_bad_rule_data_fails_with_its_location() -> None:
    finder = make_nlp().get_pipe("launchwatch_reference_date")
    data = finder.default_data()
    data["dateline"] = {**data["dateline"], "max_lines": 0}
    with pytest.raises(ValueError, match=r"\[dateline\.max_lines\]"):
        finder.initialize(data=data)


_FINDER = make_nlp().get_pipe("launchwatch_reference_date")
_FINDER.initialize()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Published",
                "date",
                "BEIJING,",
                "Nov.",
                "3,",
                "2023",
                "2024-02-30",
                "19",
                "Jan",
                "(Xinhua)",
                "--",
                "\n",
                "\n\n",
                "Updated:",
                "08:30",
                "GMT",
                "|",
                "19.01.2024",
                "a",
            ]
        ),
        max_size=30,
    )
    | st.text(max_size=300)
)
def test_finder_never_raises(text: list[str] | str) -> None:
    text = " ".join(text) if isinstance(text, list) else text
    found = _FINDER.find(text)  # unguarded: an error would surface here
    assert found is None or isinstance(found, date)


@pytest.mark.usefixtures("shared_pipeline")
@pytest.mark.parametrize("reference_date", ["0001-01-01", "9999-12-31"])
def test_extract_at_the_calendar_edges_keeps_every_date(
    tmp_path: Path, reference_date: str, capfd: pytest.CaptureFixture[str]
) -> None:
    """Issue 12, item 7: R at the calendar's edge through the whole pipeline and the record."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    path = tmp_path / "edge.jsonl"
    text = "It opens tomorrow, next year and last week; it opened on May 22, 2024."
    path.write_text(
        orjson.dumps({"id": "e", "text": text, "reference_date": reference_date}).decode()
        + "\n"
        + orjson.dumps({"id": "f", "text": text}).decode()
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(path), "--reference-date", reference_date])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in capfd.readouterr().err
    for line in result.stdout.splitlines():
        record = orjson.loads(line)
        assert record["reference_date"] == reference_date
        found = {e["text"]: e["value"] for e in record["entities"] if e["label"] == "DATE"}
        assert set(found) == {"tomorrow", "next year", "last week", "May 22, 2024"}
        assert found["May 22, 2024"] == "2024-05-22"
        assert all(value is None or value[:1].isdigit() for value in found.values())


def test_reference_date_is_a_date_on_the_doc_and_survives_serialisation(nlp: Language) -> None:
    """R is a ``date`` on ``doc._.ref_date``; ``doc._.reference_date`` is its string form."""
    from spacy.tokens import Doc as SpacyDoc

    doc = nlp.make_doc("It opened on Monday.")
    assert doc._.ref_date is None and doc._.reference_date is None
    doc._.ref_date = date(2024, 5, 15)
    assert doc._.reference_date == "2024-05-15"
    copy = SpacyDoc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.ref_date == date(2024, 5, 15)
    doc._.reference_date = "2023-01-02"  # the string accessor parses, once, as an edge does
    assert doc._.ref_date == date(2023, 1, 2)
    with pytest.raises(TypeError):
        doc._.ref_date = "2023-01-02"  # type: ignore[assignment]
    with pytest.raises(ValueError):
        doc._.reference_date = "2023-02-30"
    doc._.ref_date = None
    assert doc._.reference_date is None
