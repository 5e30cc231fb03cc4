"""The same article gives the same candidates in the same order in every process.

Python salts string hashes per process, so anything that iterates a set of strings can come
out in another order in the next run or on another Dask worker. The entities would not
change, but ``doc.spans`` (which spaCy users read) and the tie-breaks that depend on order
would. Each run below is a fresh interpreter with its own PYTHONHASHSEED."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
from pipeline.extraction import load_pipeline
nlp = load_pipeline()
text = (
    "Kelvo Nimbus Group And Tarn Vell Bank Agree Deal With Orsk Mining Holdings\\n"
    "Kelvo Nimbus Group and Tarn Vell Bank said on Monday they would buy Orsk Mining "
    "Holdings, which Kelvo Nimbus Group and Orsk Mining Holdings confirmed."
)
doc = nlp(text)
print([(s.start, s.end, s.label_, s._.canonical) for s in doc.spans["lw_candidates"]])
"""


def _candidates(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def test_candidate_order_does_not_follow_string_hashing() -> None:
    # names found in the article and again in its Title Case headline (``in_headlines``)
    outputs = {_candidates(seed) for seed in (1, 2, 3, 4)}
    assert len(outputs) == 1
