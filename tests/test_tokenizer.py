"""The tokenizer: spaCy's English rules plus splits where a DATE or MONEY span must end."""

from __future__ import annotations

import pytest

from pipeline.extensions import doc_text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("in 2019–20 alone", ["in", "2019", "–", "20", "alone"]),
        ("OSLO, May 3(Kyodo)-- Rates", ["OSLO", ",", "May", "3", "(", "Kyodo", ")", "--", "Rates"]),
        ("a post-1945 order", ["a", "post", "-", "1945", "order"]),
        ("mid-2024 and well-known", ["mid-2024", "and", "well", "-", "known"]),
    ],
)
def test_extra_splits(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_the_doc_keeps_its_text(nlp) -> None:
    text = "Zero\u200bwidth  and\r\nCRLF stay."
    doc = nlp.make_doc(text)
    assert doc_text(doc) == text == doc.text
