"""Fuzzing the extract path: arbitrary bytes, text and JSONL lines never crash it, spans keep
the contract's invariants, and every input gives exactly one record or one reported failure.

HYPOTHESIS_PROFILE picks the effort: ``default`` (the test suite, about 50 examples a
property) or ``fuzz`` (``make fuzz``: thousands, plus a 5 MB article through the pipeline).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.extract import run_extract, safe_records
from pipeline.inputs import InputDoc, decode_text
from pipeline.records import OutputRecord
from tests.test_records import check_invariants

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
EXAMPLES = {"default": 50, "fuzz": 3000}.get(PROFILE, 50)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Set per test rather than as a loaded profile, so tests/test_properties.py keeps its own."""

# Text that reaches the recognisers: news words and the characters that break naive code.
WORDS = (
    "Nanjing Acme Robotics Ltd. University of Ministry launched established $ 5m yuan billion "
    "May 22 2024 Monday last year Q3 ( ) , . \n \r\n"
).split(" ")
ODD = [
    "\u200b",
    "\u200d",
    "\u202e",
    "\ufeff",
    "\x00",
    "e\u0301",
    "🚀",
    "👩\u200d👧",
    "南京",
    "مرحبا",
]
NEWS = st.sampled_from([*WORDS, *ODD])
TEXT = st.text(max_size=300) | st.lists(NEWS, max_size=60).map(" ".join)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_decode_or_fail_in_one_line(data: bytes) -> None:
    try:
        text = decode_text(data)
    except ValueError as err:
        assert "\n" not in str(err) and str(err)
    else:
        assert text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")


@FUZZ
@given(text=TEXT, reference=st.sampled_from([None, "2024-02-29"]))
def test_arbitrary_text_gives_a_valid_record(
    nlp: Language, text: str, reference: str | None
) -> None:
    (line,) = safe_records(nlp, [InputDoc("f", text, reference, "fuzz")])
    assert isinstance(line, bytes), line  # a pipeline failure on any text is a bug
    record = orjson.loads(line)
    OutputRecord.model_validate(record)
    check_invariants(record, text)


INTS = st.integers(-(2**63), 2**64 - 1)  # what orjson writes; longer ones are in RAW_LINES
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | INTS | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
DATES = st.sampled_from([None, "2024-02-29", "2023-02-29", "yesterday", "2024-1-5", 20240101])
DOCS = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=8) | INTS, "text": TEXT},
    optional={"reference_date": DATES, "extra": JSON_VALUES},
)
RAW_LINES = [
    b"",
    b"   ",
    b"\r",
    b"\xef\xbb\xbf",
    b"{}",
    b"\x00",
    b'{"id": 123456789012345678901234567890, "text": "x"}',
    b'{"id": "n", "text": "x", "reference_date": NaN}',
    b'{"id": "s", "text": "\\ud800 lone surrogate"}',
    b'{"id": "d", "text": "x", "id": "again"}',
    b"[" * 2000,
]
LINES = st.one_of(
    DOCS.map(orjson.dumps),
    DOCS.map(orjson.dumps).flatmap(lambda raw: st.integers(0, len(raw)).map(lambda n: raw[:n])),
    st.dictionaries(st.sampled_from(["id", "text", "reference_date"]), JSON_VALUES).map(
        orjson.dumps
    ),
    JSON_VALUES.map(orjson.dumps),
    st.binary(max_size=60),
    st.sampled_from(RAW_LINES),
).map(lambda raw: raw.replace(b"\n", b" "))


def _inputs(lines: list[bytes]) -> list[int]:
    """The line numbers that are inputs: every line but blank ones (a leading BOM aside)."""
    numbers = []
    for number, raw in enumerate(lines, start=1):
        if raw.removeprefix(b"\xef\xbb\xbf").strip():
            numbers.append(number)
    return numbers


@FUZZ
@given(lines=st.lists(LINES, max_size=12), final_newline=st.booleans())
def test_arbitrary_jsonl_lines_each_give_a_record_or_a_failure(
    nlp: Language, lines: list[bytes], final_newline: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        feed, out, errors = (Path(folder) / name for name in ("in.jsonl", "out", "err"))
        feed.write_bytes(b"\n".join(lines) + (b"\n" if final_newline and lines else b""))
        code = run_extract([str(feed)], output=out, errors_path=errors, nlp=nlp)
        produced = [orjson.loads(line) for line in out.read_bytes().splitlines()]
        failed = [orjson.loads(line) for line in errors.read_bytes().splitlines()]
    expected = _inputs(lines)
    assert len(produced) + len(failed) == len(expected)
    assert code == (1 if failed else 0)
    numbers: list[Any] = [int(r["source"].rsplit(":", 1)[1]) for r in produced]
    numbers += [f["line"] for f in failed]
    assert sorted(numbers) == expected
    assert all(f["input"] == str(feed) and f["reason"] for f in failed)
    for record in produced:
        OutputRecord.model_validate(record)


@pytest.mark.skipif(PROFILE != "fuzz", reason="about a minute; `make fuzz` runs it")
def test_5_mb_article_through_the_whole_pipeline(nlp: Language, tmp_path: Path) -> None:
    paragraph = (
        "Acme Robotics Ltd. of Nanjing raised $5m on Monday, May 22, 2023 and launched a "
        "platform with the Ministry of Industry. "
    ) * 8 + "\n"
    text = (paragraph * (5_000_000 // len(paragraph) + 1))[:5_000_000]
    article = tmp_path / "big.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    length = nlp.max_length
    started = time.perf_counter()
    try:
        assert run_extract([str(article)], output=out, max_chars=0, nlp=nlp) == 0
    finally:
        nlp.max_length = length
    elapsed = time.perf_counter() - started
    (record,) = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    check_invariants(record, text)
    assert len(record["entities"]) > 100_000
    print(f"5 MB article: {elapsed:.1f} s")


# -- hostile runs, giant numbers, calendar edges (issue 12) --------------------------------------

RUN_CHARS = st.sampled_from(
    [*"$(){}[]\"'!?.,;:-–—*#%&@/\\|^~`+=<>", "€", "£", "¥", "…", "“", "”", *ODD[5:8]]
)
RUNS = st.builds(
    lambda char, count, around: around[0] + char * count + around[1],
    RUN_CHARS,
    st.integers(1, 5000 if PROFILE == "fuzz" else 600),
    st.tuples(
        st.sampled_from(["", " ", "Acme ", "x"]), st.sampled_from(["", " ", " Nanjing", "y"])
    ),
)
GIANT_NUMBERS = st.builds(
    lambda sign, digits, tail, unit: f"Acme raised {sign}{digits}{tail}{unit} on May 22, 2023.",
    st.sampled_from(["$", "US$", "", "€", "USD "]),
    st.text("0123456789", min_size=1, max_size=6000 if PROFILE == "fuzz" else 600)
    | st.integers(0, 2**70).map(str),
    st.sampled_from(["", ".5", ",000", ".000001"]),
    st.sampled_from(["", " trillion", " billion yuan", " million", "m", "bn"]),
)


@FUZZ
@given(parts=st.lists(RUNS | TEXT, min_size=1, max_size=4))
def test_runs_of_punctuation_symbols_and_emoji(nlp: Language, parts: list[str]) -> None:
    text = " ".join(parts)
    started = time.perf_counter()
    (line,) = safe_records(nlp, [InputDoc("f", text, "2024-02-29", "fuzz")])
    assert time.perf_counter() - started < 30  # linear: a few thousand characters, milliseconds
    assert isinstance(line, bytes), line
    record = orjson.loads(line)
    OutputRecord.model_validate(record)
    check_invariants(record, text)


@FUZZ
@given(text=GIANT_NUMBERS)
def test_giant_numbers_give_a_record_with_exact_amounts(nlp: Language, text: str) -> None:
    (line,) = safe_records(nlp, [InputDoc("f", text, None, "fuzz")])
    assert isinstance(line, bytes), line  # never a lost article
    digits = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        record = json.loads(line)  # the standard library reads big integers exactly
    finally:
        sys.set_int_max_str_digits(digits)
    OutputRecord.model_validate(record)
    check_invariants(record, text)
    for money in (e for e in record["entities"] if e["label"] == "MONEY"):
        assert isinstance(money["amount"], int | float)


CALENDAR_EDGES = st.sampled_from(
    ["0001-01-01", "0001-01-02", "0001-12-31", "9999-01-01", "9999-12-30", "9999-12-31"]
)
RELATIVE = st.sampled_from(
    [
        "tomorrow",
        "yesterday",
        "next year",
        "last year",
        "next month",
        "last week",
        "Monday",
        "this quarter",
        "the end of next year",
        "in two years",
        "May 22, 2023",
    ]
)


@FUZZ
@given(reference=CALENDAR_EDGES, words=st.lists(RELATIVE, min_size=1, max_size=4))
def test_calendar_edge_reference_dates(nlp: Language, reference: str, words: list[str]) -> None:
    """Every date still gets a span; a relative one that falls off the calendar gets null."""
    text = "Acme launched it " + ", and ".join(words) + ". It opened on May 22, 2023."
    (line,) = safe_records(nlp, [InputDoc("f", text, reference, "fuzz")])
    assert isinstance(line, bytes), line
    record = orjson.loads(line)
    OutputRecord.model_validate(record)
    check_invariants(record, text)
    assert any(e["label"] == "DATE" and e["text"] == "May 22, 2023" for e in record["entities"])


@FUZZ
@given(words=st.lists(RELATIVE, min_size=1, max_size=4))
def test_reference_dates_near_the_calendar_edge_that_work_today(
    nlp: Language, words: list[str]
) -> None:
    """Reference dates a few years in from each end, which resolve today on every branch."""
    text = "Acme launched it " + ", and ".join(words) + ". It opened on May 22, 2023."
    for reference in ("0005-06-15", "9990-06-15"):
        (line,) = safe_records(nlp, [InputDoc("f", text, reference, "fuzz")])
        assert isinstance(line, bytes), line
        check_invariants(orjson.loads(line), text)
