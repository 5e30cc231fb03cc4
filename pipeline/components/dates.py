"""DATE recogniser: the date grammar of ``pipeline.temporal`` as a spaCy component.

The component only adapts: it runs :class:`~pipeline.temporal.DateGrammar` over ``doc.text``
with R (``doc._.ref_date``, a ``datetime.date``), turns each match into a ``DATE`` span with
``span._.value`` and adds the spans to the candidate group. The entity resolver chooses
``doc.ents`` later.
"""

from __future__ import annotations

import logging
from pathlib import Path

import orjson
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.candidates import add_candidates
from pipeline.components.base import RuleComponent, RuleData
from pipeline.docview import doc_view
from pipeline.extensions import SPAN_VALUE_KEY, doc_text
from pipeline.temporal import DateGrammar, DateMatch

logger = logging.getLogger(__name__)

RULES_PATH = Path(__file__).resolve().parent.parent / "rules" / "dates.json"
"""The packaged, human-editable rule file the default data comes from."""


def load_date_rules() -> RuleData:
    """Read ``pipeline/rules/dates.json`` (validated when the grammar compiles it)."""
    return orjson.loads(RULES_PATH.read_bytes())


class DateRecognizer(RuleComponent):
    """Finds DATE candidates and their ISO 8601 values; never raises on any input text."""

    data_file = "dates.json"

    def __init__(self, nlp: Language, name: str, *, label: str = "DATE") -> None:
        super().__init__(nlp, name)
        self.label = label
        self.grammar: DateGrammar | None = None

    def default_data(self) -> RuleData:
        return load_date_rules()

    def compile(self, data: RuleData) -> None:
        self.grammar = DateGrammar(data)

    def find(self, doc: Doc) -> list[DateMatch]:
        """The grammar's matches for this Doc (character offsets, values resolved)."""
        assert self.grammar is not None
        return self.grammar.find(doc_text(doc), doc._.ref_date)

    def process(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)  # ``span.text`` would rebuild the same slice from its tokens
        user_data = doc.user_data
        label = self.label
        # the span from the view's token offsets (a binary search each end), not
        # ``doc.char_span``, which builds a Token object per bound it checks
        span_at = doc_view(doc).span
        for match in self.find(doc):
            start, end = match.start, match.end
            span = span_at(start, end, label)
            if span is None:
                # The tokenizer did not split where the date starts or ends: a contracted
                # span would be a different expression with the wrong value, so drop it.
                logger.debug("date %r at %d has no token-aligned span", match.text, start)
                continue
            if not text[start:end].strip():
                continue
            # ``span._.value = match.value`` stores exactly this; the ``Underscore`` object
            # that assignment builds cost more than the span itself.
            user_data[SPAN_VALUE_KEY, "value", start, end] = match.value
            spans.append(span)
        add_candidates(doc, spans)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Run the component; a failure on odd input is logged and leaves the Doc unchanged."""
        try:
            return super().__call__(doc)
        except Exception:  # the guard the pipeline relies on: no input text may crash it
            if self.data is None or self.grammar is None:
                raise  # broken rule data is a configuration error, not odd input
            logger.exception("date recogniser failed on a %d-token document", len(doc))
            return doc


@Language.factory(
    "launchwatch_dates",
    default_config={"label": "DATE"},
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, *, label: str) -> DateRecognizer:
    """Factory for :class:`DateRecognizer` (``label`` is the span label it writes)."""
    return DateRecognizer(nlp, name, label=label)
