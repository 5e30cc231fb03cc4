"""``candidate_ranges``: the ranges ``add_candidates`` noted, or the group's own when the group
was changed some other way."""

import spacy
from spacy.tokens import Span

from pipeline.components.base import add_candidates, candidate_ranges


def test_noted_ranges_follow_the_group() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Kelvo Corp said Orvel Bank paid $5 million")
    org = nlp.vocab.strings.add("ORG")
    add_candidates(doc, [Span(doc, 0, 2, label="ORG")])
    add_candidates(doc, [Span(doc, 3, 5, label="ORG")])
    assert candidate_ranges(doc) == [(0, 2, org), (3, 5, org)]
    # a span appended without add_candidates: the group itself is read
    doc.spans["lw_candidates"].append(Span(doc, 7, 9, label="MONEY"))
    money = nlp.vocab.strings["MONEY"]
    assert candidate_ranges(doc) == [(0, 2, org), (3, 5, org), (7, 9, money)]
    add_candidates(doc, [Span(doc, 6, 7, label="MONEY")])
    assert candidate_ranges(doc)[-1] == (6, 7, money)
    # a group set directly
    doc.spans["lw_candidates"] = [Span(doc, 0, 1, label="ORG")]
    assert candidate_ranges(doc) == [(0, 1, org)]
    assert candidate_ranges(nlp("nothing here")) == []
