"""The tokenizer survives pickling, as a pipeline sent to a spawned process must
(``nlp.pipe(..., n_process=2)`` on macOS and Windows)."""

from __future__ import annotations

import pickle

from spacy.language import Language

from pipeline.extensions import doc_text
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
