"""Sentence boundaries without a parser: sentence-final punctuation, plus every line break.

News text puts headlines, bullets and datelines on lines of their own with no final full
stop; a punctuation-only splitter would glue a headline onto the first sentence, and LAUNCH
arguments must stay inside the trigger's sentence. The rule is spaCy's sentencizer rule
(a sentence ends after a punctuation token such as "." and any closing punctuation that
follows it), computed on token arrays instead of token objects so that it stays cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.extensions import doc_text

_LINE_BREAK = re.compile(r"\n\s*")


class LineSentencizer:
    """Marks sentence starts after sentence-final punctuation and after every line break."""

    def __init__(self, nlp: Language, name: str, punct_chars: list[str] | None) -> None:
        self.name = name
        chars = punct_chars if punct_chars is not None else Sentencizer.default_punct_chars
        self.punct_chars = list(chars)
        self.punct_ids = numpy.array(
            sorted(nlp.vocab.strings.add(c) for c in self.punct_chars), dtype="uint64"
        )

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if length == 0:
            return doc
        arrays = doc.to_array([ORTH, IS_PUNCT, IDX, SENT_START])
        if (arrays[1:, 3] != 0).any():
            return doc  # a parser or another segmenter already decided
        ends = numpy.flatnonzero(numpy.isin(arrays[:, 0], self.punct_ids))
        is_punct = arrays[:, 1]
        starts = numpy.full(length, -1, dtype="int32")
        starts[0] = 1
        for end in ends.tolist():
            index = end + 1
            while index < length and is_punct[index]:
                index += 1
            if index < length:
                starts[index] = 1
        text = doc_text(doc)
        if "\n" in text:
            offsets = arrays[:, 2].tolist()
            for match in _LINE_BREAK.finditer(text):
                index = bisect_left(offsets, match.end())
                if index < length:
                    starts[index] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc


@Language.factory(
    "launchwatch_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> LineSentencizer:
    return LineSentencizer(nlp, name, punct_chars)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence, read from the SENT_START array.

    ``Doc.sents`` first checks for sentence annotation with a Python loop over every token;
    the components need the boundaries often, so they read the array once instead.
    """
    if len(doc) == 0:
        return []
    starts = numpy.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))
