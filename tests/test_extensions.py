"""The span values the recognisers write straight into ``doc.user_data`` are the ones
``span._`` reads: the key layout is spaCy's (``spacy.tokens.underscore``), held here."""

from __future__ import annotations

import spacy

import pipeline.extensions  # noqa: F401  (registers the extensions)
from pipeline.extensions import SPAN_VALUE_KEY


def test_a_value_written_under_the_key_is_read_by_the_span() -> None:
    doc = spacy.blank("en")("Kelvo raised $5 million on Monday.")
    span = doc[2:5]
    doc.user_data[SPAN_VALUE_KEY, "amount", span.start_char, span.end_char] = 5_000_000
    assert span._.amount == 5_000_000
    assert doc[2:4]._.amount is None  # another range: no value
