"""The tokenizer and the pipeline survive pickling, as a pipeline sent to a spawned process
must (``nlp.pipe(..., n_process=2)`` on macOS and Windows)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.extensions import doc_text
from pipeline.extraction import doc_to_record
from pipeline.tokenizer import LONG_STRETCH, TextKeepingTokenizer

TEXTS = [
    "Vellmar Inc. raised $5bn on Jan. 3, the U.S. unit said (Kyodo).",
    "Tarnby's well-known 2019–20 plan cost £4.5m--more than C++ tools.",
    "$" * (LONG_STRETCH * 3) + " and a long stretch",
    "",
]


def test_a_pickled_tokenizer_makes_the_same_tokens(nlp: Language) -> None:
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert isinstance(copy, TextKeepingTokenizer)
    assert copy.max_cache_size == nlp.tokenizer.max_cache_size
    for text in TEXTS:
        doc = copy(text)
        assert [(t.text, t.whitespace_) for t in doc] == [
            (t.text, t.whitespace_) for t in nlp.tokenizer(text)
        ]
        assert doc_text(doc) == text


ARTICLES = [
    "TARNBY, May 3, 2024 (Kelvo News) -- Vellmar Inc. launched a 1 billion yuan fund in Tarnby "
    "on Monday.",
    "Quenby Biopharma said on Jan. 4 it had raised $20 million from Kelvo Capital.",
]


def records(nlp: Language) -> list[dict]:
    return [doc_to_record(doc, "t") for doc in nlp.pipe(ARTICLES)]


def test_a_pickled_pipeline_gives_the_same_records(nlp: Language) -> None:
    """The rule components pickle their data and compile it again on first use."""
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.pipe_names == nlp.pipe_names
    assert records(copy) == records(nlp)
    again = pickle.loads(pickle.dumps(copy))  # a copy that has run pickles too
    assert records(again) == records(nlp)
    unused = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(nlp))))  # and one that has not
    assert records(unused) == records(nlp)


SPAWNED = """
import multiprocessing
from pipeline.extraction import doc_to_record, load_pipeline

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    texts = {texts!r} * 2
    nlp = load_pipeline()
    serial = [doc_to_record(doc, "t") for doc in nlp.pipe(texts)]
    spawned = [doc_to_record(doc, "t") for doc in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert spawned == serial, (spawned, serial)
    print("same")
"""


@pytest.mark.slow
def test_two_spawned_processes_give_the_same_records(tmp_path: Path) -> None:
    script = tmp_path / "spawned.py"
    script.write_text(SPAWNED.format(texts=ARTICLES), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "same"
