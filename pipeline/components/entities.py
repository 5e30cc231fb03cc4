"""Choose the final entities once, deliberately, from every recogniser's candidates.

Recognisers never drop each other's spans; they all add to one span group (the ``spans_key``
setting, ``"lw_candidates"`` by default). This component keeps the longest candidate where
candidates overlap, breaks ties by label priority (the ``label_priority`` setting: MONEY,
DATE, ORG, GPE by default), then by position, and writes ``doc.ents``. Both settings live in
``config.cfg``. Its scorer (``launchwatch.entity_scorer.v1``) gives ``nlp.evaluate`` the
entity precision, recall and F1, overall and per label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from pipeline.extensions import CANDIDATES

DEFAULT_PRIORITY = ["MONEY", "DATE", "ORG", "GPE"]

Scorer = Callable[..., dict[str, Any]]


class EntityResolver(Pipe):
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        spans_key: str,
        label_priority: list[str],
        overwrite_ents: bool,
        scorer: Scorer | None,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.label_priority = list(label_priority)
        self.rank = {label: rank for rank, label in enumerate(label_priority)}
        self.overwrite_ents = overwrite_ents
        self.scorer = scorer

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.label_priority)

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Any = None
    ) -> None:
        """Nothing to build: the settings are all in the config."""

    def __call__(self, doc: Doc) -> Doc:
        key = self.spans_key
        candidates = list(doc.spans[key]) if key in doc.spans else []
        kept = [] if self.overwrite_ents else list(doc.ents)
        taken = bytearray(len(doc))
        for span in kept:
            taken[span.start : span.end] = b"\x01" * len(span)
        worst = len(self.rank)
        candidates.sort(key=lambda s: (s.start - s.end, self.rank.get(s.label_, worst), s.start))
        for span in candidates:
            if span.start < span.end and not any(taken[span.start : span.end]):
                taken[span.start : span.end] = b"\x01" * len(span)
                kept.append(span)
        kept.sort(key=lambda s: s.start)
        doc.set_ents(kept, default="outside" if self.overwrite_ents else "unmodified")
        return doc


def score_entities(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Strict entity P/R/F (``ents_p``, ``ents_r``, ``ents_f``) and ``ents_per_type``.

    spaCy's own NER figures: a predicted entity counts when label, start and end all match.
    """
    return get_ner_prf(examples)


@registry.scorers("launchwatch.entity_scorer.v1")
def make_entity_scorer() -> Scorer:
    return score_entities


@Language.factory(
    "launchwatch_entities",
    default_config={
        "spans_key": CANDIDATES,
        "label_priority": DEFAULT_PRIORITY,
        "overwrite_ents": True,
        "scorer": {"@scorers": "launchwatch.entity_scorer.v1"},
    },
    assigns=["doc.ents"],
    requires=["doc.spans"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entities(
    nlp: Language,
    name: str,
    spans_key: str,
    label_priority: list[str],
    overwrite_ents: bool,
    scorer: Scorer | None,
) -> EntityResolver:
    return EntityResolver(
        nlp,
        name,
        spans_key=spans_key,
        label_priority=label_priority,
        overwrite_ents=overwrite_ents,
        scorer=scorer,
    )
