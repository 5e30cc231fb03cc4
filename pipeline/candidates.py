"""The candidate span group that the rule components fill and the entity resolver reads.

A module of its own, outside ``pipeline.components``: importing anything in that package runs
its ``__init__``, which imports every component, so a rule module that reads candidates
(``pipeline.orgs.mentions``) could not be imported on its own while these helpers lived in
``components.base``. ``components.base`` re-exports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from pipeline.extensions import CANDIDATES

Range = tuple[int, int, int]
"""A candidate as (start, end, label ID): what the resolver and the ORG rules read of it."""

_ADDED: WeakKeyDictionary[Doc, dict[str, tuple[SpanGroup, list[Range]]]] = WeakKeyDictionary()
"""Doc -> group name -> (the group, the ranges of the spans ``add_candidates`` put in it).

Reading a ``SpanGroup`` builds a ``Span`` object per member, and each of those indexes the
Doc three times: the resolver read some thirty per article only to look at their offsets and
labels. The ranges are noted here as the spans go in instead (the values hold no reference to
the Doc: a ``SpanGroup`` refers to its Doc weakly, so the entry goes with the Doc)."""


def add_candidates(doc: Doc, spans: Iterable[Any], key: str = CANDIDATES) -> None:
    """Append spans to the candidate group that the entity resolver chooses from, noting their
    ranges for ``candidate_ranges``."""
    group = doc.spans[key] if key in doc.spans else None
    spans = list(spans)
    ranges = [(span.start, span.end, span.label) for span in spans]
    added = _ADDED.setdefault(doc, {})
    if group is None:
        doc.spans[key] = spans
        added[key] = (doc.spans[key], ranges)
        return
    group.extend(spans)
    noted = added.get(key)
    if noted is not None and noted[0] is group and len(noted[1]) + len(ranges) == len(group):
        noted[1].extend(ranges)
    else:  # the group was built or changed some other way: nothing noted is trusted
        added.pop(key, None)


def candidate_ranges(doc: Doc, key: str = CANDIDATES, *, trusted: bool = True) -> list[Range]:
    """(start, end, label ID) of each member of the candidate group, in the group's order.

    The ranges ``add_candidates`` noted, when every member came through it and the group is
    still the one it filled (same object, same size) and ``trusted`` (``notes_hold``: no
    component of another kind ran, which could have replaced a member in place); else read
    from the group's spans."""
    group = doc.spans[key] if key in doc.spans else None
    if group is None:
        return []
    noted = _ADDED.get(doc, {}).get(key) if trusted else None
    if noted is not None and noted[0] is group and len(noted[1]) == len(group):
        return noted[1]
    return [(span.start, span.end, span.label) for span in group]


SPAN_SAFE_FACTORIES = frozenset(
    {
        "tok2vec",
        "transformer",
        "tagger",
        "morphologizer",
        "parser",
        "ner",
        "senter",
        "sentencizer",
        "attribute_ruler",
        "lemmatizer",
        "trainable_lemmatizer",
    }
)
"""spaCy's components that never edit a span group (the statistical ones, the sentencizer and
the lemmatizers): beside ours, the noted candidate ranges still hold."""


def notes_hold(nlp: Language) -> bool:
    """Whether every component of ``nlp`` is ours (a ``launchwatch_`` factory) or one of
    ``SPAN_SAFE_FACTORIES``: only then can the candidate group have changed only through
    ``add_candidates``. A user's own component may replace a member in place (``group[0] =
    span``), which leaves the group's size and identity as they were.

    The factories are read from ``pipe_factories``, which also lists disabled components (a
    disabled user component only sends the readers to the group itself): ``pipe_names``
    formats two error messages on every access, and the ORG rules and the resolver ask once
    per Doc each (about 0.4 % of the pipeline's time)."""
    return _all_safe(tuple(nlp.pipe_factories.values()))


@lru_cache(maxsize=32)
def _all_safe(factories: tuple[str, ...]) -> bool:
    return all(f.startswith("launchwatch_") or f in SPAN_SAFE_FACTORIES for f in factories)
