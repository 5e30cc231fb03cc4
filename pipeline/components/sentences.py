"""Sentence boundaries without a parser: punctuation, plus every line break.

News text puts headlines, bullets and datelines on lines of their own with no final full
stop; spaCy's sentencizer alone would glue a headline onto the first sentence, and LAUNCH
arguments must stay inside the trigger's sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_LINE_BREAK = re.compile(r"\n\s*")


class LineSentencizer:
    """spaCy's rule sentencizer, then a new sentence after every token that holds a newline."""

    def __init__(self, nlp: Language, name: str, punct_chars: list[str] | None) -> None:
        self.name = name
        self.sentencizer = Sentencizer(name=name, punct_chars=punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("SENT_START"):
            return doc  # a parser or another segmenter already decided
        doc = self.sentencizer(doc)
        text = doc.text
        if "\n" not in text:
            return doc
        starts = doc.to_array(IDX).tolist()
        for match in _LINE_BREAK.finditer(text):
            index = bisect_left(starts, match.end())
            if 0 < index < len(doc):
                doc[index].is_sent_start = True
        return doc

@Language.factory(
    "launchwatch_sentences",
    default_config={"punct_chars": None},
    assigns=["token.is_sent_start"],
)
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> LineSentencizer:
    return LineSentencizer(nlp, name, punct_chars)
