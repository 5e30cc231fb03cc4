"""Choose the final entities once, deliberately, from every recogniser's candidates.

Recognisers never drop each other's spans; they all add to ``doc.spans["lw_candidates"]``.
This component keeps the longest candidate where candidates overlap, breaks ties by label
priority (MONEY, DATE, ORG, GPE by default), then by position, and writes ``doc.ents``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extensions import CANDIDATES

DEFAULT_PRIORITY = ["MONEY", "DATE", "ORG", "GPE"]


class EntityResolver:
    def __init__(self, nlp: Language, name: str, priority: list[str], overwrite_ents: bool) -> None:
        self.name = name
        self.rank = {label: rank for rank, label in enumerate(priority)}
        self.overwrite_ents = overwrite_ents

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []
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


def resolve(spans: list[Span]) -> list[Span]:
    """The same choice for a plain list of spans (longest first, then earliest)."""
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if not taken.intersection(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@Language.factory(
    "launchwatch_entities",
    default_config={"priority": DEFAULT_PRIORITY, "overwrite_ents": True},
    assigns=["doc.ents"],
    requires=["doc.spans"],
)
def make_entities(
    nlp: Language, name: str, priority: list[str], overwrite_ents: bool
) -> EntityResolver:
    return EntityResolver(nlp, name, priority, overwrite_ents)
