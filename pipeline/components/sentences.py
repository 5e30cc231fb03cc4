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

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.components.batched import BatchedPipe
from pipeline.docview import doc_view, sentence_bounds

__all__ = ["LineSentencizer", "make_sentences", "sentence_bounds"]

_LINE_BREAK = re.compile(r"\n\s*")


class LineSentencizer(BatchedPipe):
    """Marks sentence starts after sentence-final punctuation and after every line break."""

    hide_labels = True  # it sets no labels: the pipeline's meta lists none for it

    def __init__(self, nlp: Language, name: str, punct_chars: list[str] | None) -> None:
        self.name = name
        chars = punct_chars if punct_chars is not None else Sentencizer.default_punct_chars
        self.punct_chars = list(chars)
        self.punct_ids = numpy.array(
            sorted(nlp.vocab.strings.add(c) for c in self.punct_chars), dtype="uint64"
        )
        self._punct: dict[int, bool] = {}
        """Word form (ORTH) -> ``is_punct``, read once per form: a lexical attribute, fixed
        for a form once the language is loaded (``docview.LexicalToken`` relies on it too)."""

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if length == 0:
            return doc
        # ``has_annotation`` answers from the token structs without building an array; only
        # when it sees sentence starts (or a one-token Doc) is the exact array test needed
        if doc.has_annotation(SENT_START) and doc.to_array(SENT_START)[1:].any():
            return doc  # a parser or another segmenter already decided
        view = doc_view(doc)
        # Sentence-final tokens: a binary search in the sorted punctuation ids (cheaper than
        # ``numpy.isin``, which sorts the whole array on every call).
        ends = self._final_punctuation(view.orth_array)
        starts = numpy.full(length, -1, dtype="int32")
        starts[0] = 1
        if len(ends):
            # each sentence starts at the first token after its final punctuation that is
            # not punctuation itself (closing quotes and brackets stay in the sentence): a
            # short walk from each end, with IS_PUNCT read per word form, costs less than
            # reading the IS_PUNCT array of every token; a run of final punctuation ("?!",
            # "...") is walked once
            orths = view.orth_array
            punct = self._punct
            k = 0
            for end in ends.tolist():
                if end < k:
                    continue  # inside the run the previous walk crossed
                k = end + 1
                while k < length:
                    orth = int(orths[k])
                    is_punct = punct.get(orth)
                    if is_punct is None:
                        is_punct = punct[orth] = doc.vocab[orth].is_punct
                    if not is_punct:
                        starts[k] = 1
                        break
                    k += 1
        if "\n" in view.text:
            # the token that starts where each line break's whitespace ends
            breaks = [match.end() for match in _LINE_BREAK.finditer(view.text)]
            found = numpy.searchsorted(view.offset_array, breaks)
            starts[found[found < length]] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        # the starts just written, as ``view.sentence_starts`` would read them back
        view.set_sentence_starts(numpy.flatnonzero(starts == 1).tolist())
        return doc

    def _final_punctuation(self, orths: numpy.ndarray) -> numpy.ndarray:
        """Indices of the tokens that are one of the sentence-final characters.

        A token past the last id gets the last id (``take`` with ``mode="clip"``), which it
        differs from, without a separate pass over the positions to set them aside."""
        if not len(self.punct_ids):
            return numpy.empty(0, dtype="int64")
        found = numpy.searchsorted(self.punct_ids, orths)
        return numpy.flatnonzero(self.punct_ids.take(found, mode="clip") == orths)


@Language.factory(
    "launchwatch_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> LineSentencizer:
    return LineSentencizer(nlp, name, punct_chars)
