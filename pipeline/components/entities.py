"""Choose the final entities once, deliberately, from every recogniser's candidates.

Recognisers never drop each other's spans; they all add to one span group (the ``spans_key``
setting, ``"lw_candidates"`` by default). This component keeps the longest candidate where
candidates overlap, breaks ties by label priority (the ``label_priority`` setting: MONEY,
DATE, ORG, GPE by default), then by position, and writes ``doc.ents``. Both settings live in
``config.cfg``. Its scorer (``launchwatch.entity_scorer.v1``) gives ``nlp.evaluate`` the
entity precision, recall and F1, overall and per label.

Behind a statistical ``ner`` (``pipeline.api.combine``), the entities already on ``doc.ents``
are candidates of the same choice, not winners or losers by position: the rules' candidates
are placed first (they carry values, and the rule reading is the more specific one), then a
statistical ORG or GPE fills tokens no rule candidate took, with a leading "the" and a
possessive cut off as the contract says, unless it cannot be a name (``plausible_name``). A
statistical ORG that overlaps a rule candidate of
another label is contradicted by the rules and dropped. A statistical MONEY or DATE that no
rule reads has no amount, currency or value to give, so it is dropped; one the rules read is
kept as the rules' span, with its value. Other statistical labels (PERSON, PRODUCT, …) are
outside the contract and dropped. With ``overwrite_ents = false`` the existing entities are
kept unchanged instead.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from pipeline.candidates import Range, candidate_ranges, notes_hold
from pipeline.components.batched import BatchedPipe
from pipeline.extensions import CANDIDATES

DEFAULT_PRIORITY = ["MONEY", "DATE", "ORG", "GPE"]

INSIDE, OUTSIDE, BEGIN = 1, 2, 3
"""``Token.ent_iob`` values (spaCy's ``Token.iob_strings()``: "", "I", "O", "B")."""

Scorer = Callable[..., dict[str, Any]]


class EntityResolver(BatchedPipe):
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
        self.nlp = nlp
        self.spans_key = spans_key
        self.label_priority = list(label_priority)
        self.rank = {label: rank for rank, label in enumerate(label_priority)}
        # the same ranks keyed by label hash: ``Span.label_`` looks the string up on each call
        self.rank_by_id = {nlp.vocab.strings.add(label): rank for label, rank in self.rank.items()}
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
        statistical = list(doc.ents) if self.overwrite_ents else []
        if self.overwrite_ents and not statistical:
            # the rules' candidates alone (the pipeline as built): chosen and written as
            # ranges, with no Span object for any of them
            ranges = candidate_ranges(doc, key, trusted=notes_hold(self.nlp))
            write_entities(doc, self._choose(ranges, bytearray(len(doc))))
            return doc
        candidates = list(doc.spans[key]) if key in doc.spans else []
        kept = [] if self.overwrite_ents else list(doc.ents)
        taken = bytearray(len(doc))
        for span in kept:
            taken[span.start : span.end] = b"\x01" * len(span)
        self._place(candidates, kept, taken)
        if statistical:
            self._place(statistical_candidates(statistical, candidates), kept, taken)
        kept.sort(key=lambda s: s.start)
        doc.set_ents(kept, default="outside" if self.overwrite_ents else "unmodified")
        return doc

    def _place(self, candidates: list[Span], kept: list[Span], taken: bytearray) -> None:
        """Add to ``kept`` the candidates ``_choose`` keeps, in the order it keeps them."""
        ranges = [(span.start, span.end, span.label) for span in candidates]
        kept.extend(candidates[index] for index in self._chosen(ranges, taken))

    def _choose(self, candidates: list[Range], taken: bytearray) -> list[Range]:
        """The candidates ``_chosen`` keeps, in the text's order."""
        return sorted(candidates[index] for index in self._chosen(candidates, taken))

    def _chosen(self, candidates: list[Range], taken: bytearray) -> list[int]:
        """Keep the longest candidates on free tokens, ties by label priority, then position:
        the indices of the kept ones, in the order they were kept.

        ``taken.find(1, start, end)`` looks for a taken token without copying the slice."""
        worst, rank = len(self.rank), self.rank_by_id
        # the index last: equal keys stay in the group's order, as a stable sort keeps them
        order = sorted(
            (start - end, rank.get(label, worst), start, index, end)
            for index, (start, end, label) in enumerate(candidates)
        )
        chosen = []
        for _, _, start, index, end in order:
            if start < end and taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                chosen.append(index)
        return chosen


def write_entities(doc: Doc, entities: list[Range]) -> None:
    """``doc.set_ents(spans, default="outside")`` for non-overlapping (start, end, label ID)
    ranges, written as the token arrays that method writes (B at a start, I inside, O
    elsewhere, the label on each of the entity's tokens) without a Span per entity."""
    iob = [OUTSIDE] * len(doc)
    types = [0] * len(doc)
    for start, end, label in entities:
        iob[start] = BEGIN
        iob[start + 1 : end] = [INSIDE] * (end - start - 1)
        types[start:end] = [label] * (end - start)
    # the two rows as one buffer of unsigned 64-bit integers (``array`` converts the list
    # in C, in about half the time ``numpy.array`` takes over a list of lists); its
    # transpose is the (tokens, 2) array ``from_array`` reads, without a copy
    rows = numpy.frombuffer(array("Q", iob + types), dtype=numpy.uint64).reshape(2, len(doc))
    doc.from_array([ENT_IOB, ENT_TYPE], rows.T)


STATISTICAL_LABELS = frozenset({"ORG", "GPE"})
"""Statistical labels that may fill gaps: the ones whose records need no value."""


def statistical_candidates(ents: Iterable[Span], rules: list[Span]) -> list[Span]:
    """A statistical ``ner``'s ORG and GPE spans in the contract's shape, minus the ORGs the
    rules contradict (a rule candidate of another label overlaps them)."""
    owner = {}
    for span in rules:
        for i in range(span.start, span.end):
            owner.setdefault(i, set()).add(span.label_)
    found = []
    for ent in ents:
        if ent.label_ not in STATISTICAL_LABELS:
            continue
        doc, start, end = ent.doc, ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end - start > 1 and doc[start].lower_ == "the":
            start += 1
        if end - start > 1 and doc[end - 1].lower_ in ("'s", "’s", "'"):
            end -= 1
        if start >= end or not plausible_name(doc[start:end]):
            continue
        labels = set().union(*(owner.get(i, set()) for i in range(start, end)))
        if ent.label_ == "ORG" and (labels - {"ORG"} or not acronym(doc[start:end])):
            continue
        found.append(Span(doc, start, end, label=ent.label_))
    return found


_NAME_PUNCT = frozenset({".", "&", "'", "-"})


def plausible_name(span: Span) -> bool:
    """Whether a statistical span can be a name at all: on one line, no number on its own,
    no punctuation but a name's (``.``, ``&``, apostrophe, hyphen), and not several words of
    an ALL-CAPS line (a headline or a table heading, where the statistical model guesses)."""
    if any("\n" in token.text or token.is_digit for token in span):
        return False
    if any(token.is_punct and token.text not in _NAME_PUNCT for token in span):
        return False
    return not (len(span) > 1 and span.text.isupper())


def acronym(span: Span) -> bool:
    """One ALL-CAPS word of two or more letters (``NYMEX``, ``UNHCR``): the statistical ORGs
    worth taking. On the development sets its other ORGs (mostly surnames, events, products,
    title words) were wrong more often than the rules' recall could gain from them."""
    return len(span) == 1 and len(span.text) >= 2 and span.text.isupper() and span.text.isalpha()


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
