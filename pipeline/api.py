"""The Python API: load the pipeline once, stream texts through it, get typed records back.

    from pipeline.api import Launchwatch

    lw = Launchwatch()                       # the installed pipeline (or Launchwatch(model=…))
    record = lw.extract("Huawei launched …", reference_date="2024-05-03")
    for record in lw.pipe([("a1", text1, "2024-05-03"), ("a2", text2, None)]):
        print(record.doc_id, [e.trigger.text for e in record.events])

Records are the contract's pydantic models (``pipeline.records.OutputRecord``), the same lines
``launchwatch extract`` writes. For spaCy work, ``lw.docs(…)`` yields the ``Doc`` objects, whose
``doc._.events`` are typed ``LaunchEvent`` objects and which survive a ``DocBin`` round trip
(``DocBin(store_user_data=True)``; see ``pipeline.extensions``). ``combine`` adds a statistical
``ner`` to the rules (the resolver then treats its entities as candidates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.extraction import InputDoc, doc_to_record, load_pipeline, process
from pipeline.records import OutputRecord

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

TextItem = str | tuple[str, str] | tuple[str, str, str | dt.date | None] | InputDoc
"""What ``pipe`` accepts: a text, ``(id, text)``, ``(id, text, reference_date)`` or InputDoc."""

RESOLVER = "launchwatch_entities"


def _as_input(item: TextItem, index: int) -> InputDoc:
    if isinstance(item, InputDoc):
        return item
    if isinstance(item, str):
        return InputDoc(f"doc{index}", item, None, "api")
    doc_id, text, *rest = item
    return InputDoc(str(doc_id), text, rest[0] if rest else None, "api")


class Launchwatch:
    """A loaded pipeline and the calls that run it. Loading takes about a second: keep one."""

    def __init__(self, model: str | Path | None = None, *, nlp: Language | None = None) -> None:
        self.nlp: Language = nlp if nlp is not None else load_pipeline(model)

    def docs(self, items: Iterable[TextItem], *, batch_size: int = 64) -> Iterator[Doc]:
        """Processed Docs, lazily and in input order."""
        inputs = (_as_input(item, i) for i, item in enumerate(items, start=1))
        for _, doc in process(self.nlp, inputs, batch_size=batch_size):
            yield doc

    def pipe(self, items: Iterable[TextItem], *, batch_size: int = 64) -> Iterator[OutputRecord]:
        """One validated record per item, lazily and in input order."""
        inputs = (_as_input(item, i) for i, item in enumerate(items, start=1))
        for item, doc in process(self.nlp, inputs, batch_size=batch_size):
            record = doc_to_record(doc, item.doc_id, item.source or "api")
            yield OutputRecord.model_validate(record)

    def extract(
        self, text: str, *, doc_id: str = "doc1", reference_date: str | dt.date | None = None
    ) -> OutputRecord:
        """The record of one text."""
        return next(self.pipe([(doc_id, text, reference_date)]))


def combine(rules: Language, statistical: Language, *, name: str = "ner") -> Language:
    """Add ``statistical``'s ``ner`` to the rule pipeline ``rules``, just before the resolver.

    The rule pipeline keeps its own tokenizer and sentence splitter; the statistical entities
    arrive on ``doc.ents`` and the resolver takes them as candidates (see
    ``pipeline.components.entities``). Only ``ner`` is added: it carries its own token-to-vector
    layer in en_core_web_sm, and the launch rules then read the rules' sentences and entities.
    """
    rules.add_pipe(name, source=statistical, before=RESOLVER)
    return rules
