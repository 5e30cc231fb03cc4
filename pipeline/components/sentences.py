"""Sentence boundaries without a parser: sentence-final punctuation, plus every line break.

News text puts headlines, bullets and datelines on lines of their own with no final full
stop; a punctuation-only splitter would glue a headline onto the first sentence, and LAUNCH
arguments must stay inside the trigger's sentence. The rule is spaCy's sentencizer rule
(a sentence ends after a punctuation token such as "." and any closing punctuation that
follows it), computed on the shared document view's token arrays instead of token objects so
that it stays cheap. Sentence bounds are read back through ``pipeline.docview`` (re-exported
here as ``sentence_bounds`` for the components that import it from this module).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IS_PUNCT, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.docview import doc_view, sentence_bounds

__all__ = ["LineSentencizer", "make_sentences", "sentence_bounds"]

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
        arrays = doc.to_array([IS_PUNCT, SENT_START])
        if (arrays[1:, 1] != 0).any():
            return doc  # a parser or another segmenter already decided
        view = doc_view(doc)
        ends = numpy.flatnonzero(numpy.isin(view.orth_array, self.punct_ids))
        is_punct = arrays[:, 0]
        starts = numpy.full(length, -1, dtype="int32")
        starts[0] = 1
        for end in ends.tolist():
            index = end + 1
            while index < length and is_punct[index]:
                index += 1
            if index < length:
                starts[index] = 1
        if "\n" in view.text:
            offsets = view.offsets
            for match in _LINE_BREAK.finditer(view.text):
                index = bisect_left(offsets, match.end())
                if index < length:
                    starts[index] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        view.forget_sentences()
        return doc


@Language.factory(
    "launchwatch_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> LineSentencizer:
    return LineSentencizer(nlp, name, punct_chars)
