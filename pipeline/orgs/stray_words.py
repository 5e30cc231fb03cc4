"""Words a found ORG span must not be or end with: a lone compass point ("East" of "the East
African nation") and a participle glued on with a hyphen ("Tarvin Group-owned").

- A compass point alone names a region ("the North", "East Africa"), never an organisation
  in any of the gold sets; a rule that cuts it from a longer run ("Vell Telecom and the East
  African ...": a coordination) or repeats it leaves a one-word span that is dropped here.
- "X-owned", "X-based", "X-led" describe the next noun by the organisation X ("a Tarvin
  Group-owned mine"): the participle and its hyphen are the description's, not the name's,
  and are cut off.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView

HYPHENS = frozenset({"-", "‑", "–"})
"""What joins the participle to the name ("Group-owned"; a spaced dash is ``extents``')."""


def without_stray_words(
    tokens: DocView,
    found: list[Span],
    compass_words: Collection[str],
    participles: Collection[str],
) -> list[Span]:
    """``found`` without lone compass points, and with glued participles cut off."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    kept: list[Span] = []
    for span in found:
        if span.end - span.start == 1 and words[span.start] in compass_words:
            continue
        end = span.end
        if (
            end - span.start >= 3
            and words[end - 1].lower() in participles
            and words[end - 2] in HYPHENS
            and starts[end - 2] == ends[end - 3]
            and starts[end - 1] == ends[end - 2]
        ):
            kept.append(Span(tokens.doc, span.start, end - 2, label=ORG))
            continue
        kept.append(span)
    return kept
