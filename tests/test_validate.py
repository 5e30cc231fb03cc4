"""``validate_gold`` catches each kind of corruption in gold files and passes a correct one."""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.validation import Problem, crosses_sentence, sentence_breaks, validate_gold

TEXT = (
    "\ufeffNanjing launched the China Metaverse Platform on Monday. It cost 135 billion yuan.\n"
    "Nanxin University, led by Dr. Wang, set up a lab in 2023.\r\n"
)
DECODED = TEXT.removeprefix("\ufeff")  # offsets count after the BOM
TE3 = Path("/work/shared/benchmarks/te3_tbaq")


def at(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = DECODED.index(needle, start + 1)
    return start, start + len(needle)


def entity(span_id: str, label: str, needle: str, nth: int = 0, **extra: Any) -> dict[str, Any]:
    start, end = at(needle, nth)
    return {"id": span_id, "label": label, "start": start, "end": end, "text": needle, **extra}


def argument(role: str, needle: str, nth: int = 0) -> dict[str, Any]:
    start, end = at(needle, nth)
    return {"role": role, "start": start, "end": end, "text": needle}


def good_record() -> dict[str, Any]:
    return {
        "doc_id": "doc1",
        "reference_date": "2023-05-22",
        "text_sha256": hashlib.sha256(DECODED.encode("utf-8")).hexdigest(),
        "entities": [
            entity("T1", "GPE", "Nanjing"),
            entity("T2", "DATE", "Monday", value="2023-05-22"),
            entity("T3", "MONEY", "135 billion yuan", amount=135_000_000_000, currency="CNY"),
            entity("T4", "ORG", "Nanxin University", canonical="Nanxin University"),
            entity("T5", "DATE", "2023", value="2023"),
        ],
        "events": [
            {
                "id": "E1",
                "type": "LAUNCH",
                "modality": "asserted",
                "trigger": {
                    "start": at("launched")[0],
                    "end": at("launched")[1],
                    "text": "launched",
                },
                "arguments": [
                    argument("agent", "Nanjing"),
                    argument("object", "China Metaverse Platform"),
                    argument("date", "Monday"),
                    argument("location", "Nanjing"),
                ],
            },
            {
                "id": "E2",
                "type": "LAUNCH",
                "modality": "asserted",
                "trigger": {"start": at("set up")[0], "end": at("set up")[1], "text": "set up"},
                # "Dr. Wang" lies between agent and trigger: an abbreviation, not a sentence end
                "arguments": [
                    argument("agent", "Nanxin University"),
                    argument("object", "lab"),
                    argument("date", "2023"),
                ],
            },
        ],
    }


def write_doc(tmp_path: Path, record: dict[str, Any] | str, name: str = "doc1") -> Path:
    corpus, annotations = tmp_path / "corpus", tmp_path / "annotations"
    corpus.mkdir(exist_ok=True)
    annotations.mkdir(exist_ok=True)
    (corpus / f"{name}.txt").write_bytes(TEXT.encode("utf-8"))
    raw = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
    (annotations / f"{name}.json").write_text(raw, encoding="utf-8")
    return annotations


def test_correct_gold_passes(tmp_path: Path) -> None:
    annotations = write_doc(tmp_path, good_record())
    assert validate_gold(annotations, tmp_path / "corpus") == []


Mutation = Callable[[dict[str, Any]], None]


def shift(record: dict[str, Any]) -> None:
    record["entities"][0]["start"] += 1
    record["entities"][0]["end"] += 1


def swap(record: dict[str, Any]) -> None:
    entities = record["entities"]
    entities[0], entities[1] = entities[1], entities[0]


def add_overlap(record: dict[str, Any]) -> None:
    extra = entity("T9", "MONEY", "135 billion", amount=135e9, currency="CNY")
    record["entities"].insert(3, extra)


def set_in(path: tuple[Any, ...], value: Any) -> Mutation:
    def mutate(record: dict[str, Any]) -> None:
        target = record
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def argument_in_next_sentence(record: dict[str, Any]) -> None:
    # "It cost 135 billion yuan." is another sentence than "Nanjing launched ..."
    record["events"][0]["arguments"][2] = argument("date", "135 billion yuan")


def argument_across_line_break(record: dict[str, Any]) -> None:
    record["events"][1]["arguments"][0] = argument("agent", "Nanjing")


def date_with_preposition(record: dict[str, Any]) -> None:
    record["events"][0]["arguments"][2] = argument("date", "on Monday")


def second_agent(record: dict[str, Any]) -> None:
    record["events"][0]["arguments"].append(argument("agent", "Nanjing"))


def duplicate_event(record: dict[str, Any]) -> None:
    record["events"][1]["id"] = "E1"


CORRUPTIONS: list[tuple[str, Mutation, str | None, str]] = [
    ("shifted offset", shift, "T1", "text 'Nanjing' != text at 1:8 'anjing "),
    ("offset beyond text", set_in(("entities", 4, "end"), 9999), "T5", "ends beyond the text"),
    ("empty span", set_in(("entities", 4, "end"), at("2023")[0]), "T5", "empty or reversed"),
    ("wrong hash", set_in(("text_sha256",), "0" * 64), None, "text_sha256 does not match"),
    ("overlap", add_overlap, "T9", "overlaps T3"),
    ("unsorted", swap, "T1", "not sorted by start"),
    ("argument in next sentence", argument_in_next_sentence, "E1", "outside the sentence"),
    ("argument across a line break", argument_across_line_break, "E2", "outside the sentence"),
    ("date not a DATE span", date_with_preposition, "E1", "'on Monday' 46:55 is not a DATE"),
    ("location not a GPE span", set_in(("entities", 0, "end"), 6), "E1", "not a GPE entity"),
    ("two arguments of a role", second_agent, "E1", "more than one agent argument"),
    ("duplicate entity id", set_in(("entities", 2, "id"), "T1"), "T1", "duplicate entity id"),
    ("duplicate event id", duplicate_event, "E1", "duplicate event id"),
    ("trigger text", set_in(("events", 0, "trigger", "text"), "launch"), "E1", "trigger text"),
    ("doc_id", set_in(("doc_id",), "doc2"), None, "doc_id 'doc2' != file name 'doc1'"),
    ("calendar date", set_in(("reference_date",), "2023-02-30"), None, "not a calendar date"),
    ("schema: label", set_in(("entities", 0, "label"), "PLACE"), "T1", "[entities -> 0]"),
    ("schema: type", set_in(("entities", 1, "start"), "five"), "T2", "[entities -> 1 -> DATE"),
    ("schema: null", set_in(("entities", 2, "currency"), None), "T3", "[entities -> 2 -> MONEY"),
    ("schema: extra", set_in(("confidence",), 0.5), None, "[confidence] Extra inputs"),
    ("schema: bad id", set_in(("events", 0, "id"), "X1"), "X1", "[events -> 0 -> id]"),
]


@pytest.mark.parametrize(
    ("mutate", "span_id", "reason"),
    [pytest.param(m, i, r, id=name) for name, m, i, r in CORRUPTIONS],
)
def test_corruption_is_caught(
    tmp_path: Path, mutate: Mutation, span_id: str | None, reason: str
) -> None:
    record = copy.deepcopy(good_record())
    mutate(record)
    annotations = write_doc(tmp_path, record)
    problems = validate_gold(annotations, tmp_path / "corpus")
    assert problems, "the corruption went unnoticed"
    assert all(p.file == str(annotations / "doc1.json") for p in problems)
    assert any(reason in p.reason and p.id == span_id for p in problems), problems
    for problem in problems:
        assert "\n" not in str(problem)


def test_shifted_offset_says_where_the_text_is(tmp_path: Path) -> None:
    record = good_record()
    shift(record)
    annotations = write_doc(tmp_path, record)
    problem, *_ = validate_gold(annotations, tmp_path / "corpus")
    assert problem.reason.endswith("(nearest occurrence at 0:7, shift -1)")


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("{not json", id="malformed"),
        pytest.param(json.dumps(good_record())[:200], id="truncated"),
        pytest.param("", id="empty"),
    ],
)
def test_malformed_json_is_one_problem(tmp_path: Path, raw: str) -> None:
    annotations = write_doc(tmp_path, raw)
    problems = validate_gold(annotations, tmp_path / "corpus")
    assert len(problems) == 1
    assert problems[0].reason.startswith("malformed JSON")
    assert problems[0].id is None


def test_not_an_object(tmp_path: Path) -> None:
    annotations = write_doc(tmp_path, "[1, 2]")
    (problem,) = validate_gold(annotations, tmp_path / "corpus")
    assert problem.reason == "must be a JSON object, not list"


def test_missing_corpus_text(tmp_path: Path) -> None:
    annotations = write_doc(tmp_path, good_record())
    (tmp_path / "corpus" / "doc1.txt").unlink()
    (problem,) = validate_gold(annotations, tmp_path / "corpus")
    assert "corpus text" in problem.reason and "not found" in problem.reason


def test_hash_is_of_the_text_without_bom_and_with_crlf_kept(tmp_path: Path) -> None:
    record = good_record()
    normalised = DECODED.replace("\r\n", "\n")
    record["text_sha256"] = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    annotations = write_doc(tmp_path, record)
    (problem,) = validate_gold(annotations, tmp_path / "corpus")
    assert "text_sha256 does not match" in problem.reason


def test_every_bad_file_is_reported_and_good_ones_pass(tmp_path: Path) -> None:
    write_doc(tmp_path, good_record())
    broken = good_record() | {"doc_id": "doc2"}
    shift(broken)
    write_doc(tmp_path, broken, name="doc2")
    annotations = write_doc(tmp_path, "{", name="doc3")
    problems = validate_gold(annotations, tmp_path / "corpus")
    assert sorted({Path(p.file).name for p in problems}) == ["doc2.json", "doc3.json"]


def test_gold_entries_that_are_pipes_or_links_that_lead_nowhere_are_reported(
    tmp_path: Path,
) -> None:
    annotations = write_doc(tmp_path, good_record())
    os.mkfifo(annotations / "pipe.json")
    (annotations / "loop.json").symlink_to("loop.json")
    (annotations / "gone.json").symlink_to("nowhere.json")
    problems = validate_gold(annotations, tmp_path / "corpus")  # returns: the pipe is not opened
    reasons = {Path(p.file).name: p.reason for p in problems}
    assert sorted(reasons) == ["gone.json", "loop.json", "pipe.json"]
    assert reasons["pipe.json"] == "not a regular file (a pipe, device or socket?)"
    assert "symbolic links" in reasons["loop.json"]
    assert "No such file" in reasons["gone.json"]


def test_missing_folder() -> None:
    assert validate_gold(Path("/nonexistent/annotations"), Path("corpus")) == [
        Problem("/nonexistent/annotations", None, "no such folder")
    ]


@pytest.mark.parametrize(
    ("problem", "line"),
    [
        (Problem("a.json", "T1", "bad"), "a.json: T1: bad"),
        (Problem("a.json", None, "bad"), "a.json: bad"),
        (Problem("a.json", None, "two\nlines"), "a.json: two lines"),
    ],
)
def test_problem_is_one_line(problem: Problem, line: str) -> None:
    assert str(problem) == line


@pytest.mark.parametrize(
    ("text", "first", "second", "crosses"),
    [
        ("Nanjing launched it. The city", "Nanjing", "city", True),
        ("Nanjing launched it.\nthe city", "Nanjing", "city", True),
        ("Nanjing launched it; the city", "Nanjing", "city", False),
        ("Nanjing, led by Dr. Wang, launched", "Nanjing", "launched", False),
        ("Nanjing, led by J. Wang, launched", "Nanjing", "launched", False),
        ("The U.S. Government launched", "U", "launched", False),
        ("Nanjing launched it on Nov. 3 with", "launched", "with", False),
        ("It rose 2.5 percent. Then Nanjing", "It", "Nanjing", True),
        ("He said: “It launched.” “Yes,” she", "launched", "she", True),
        ("launched it? 2023 was", "launched", "was", True),
        ("launched it. then it", "launched", "then", False),  # lowercase: no sentence end
        ("Foo Co. Ltd. Launched", "Foo Co. Ltd.", "Launched", False),  # the period is in a span
    ],
)
def test_sentence_breaks(text: str, first: str, second: str, crosses: bool) -> None:
    a = (text.index(first), text.index(first) + len(first))
    b = (text.rindex(second), text.rindex(second) + len(second))
    breaks = sentence_breaks(text)
    assert crosses_sentence(breaks, a, b) is crosses
    assert crosses_sentence(breaks, b, a) is crosses


@pytest.mark.skipif(not TE3.is_dir(), reason="te3_tbaq benchmark not available")
def test_te3_tbaq_gold_is_valid() -> None:
    """Real converted data: a check that fails here is more likely wrong than the data."""
    assert validate_gold(TE3 / "annotations", TE3 / "corpus") == []
