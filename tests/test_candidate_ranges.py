"""``candidate_ranges``: the ranges ``add_candidates`` noted, or the group's own when the group
was changed some other way."""

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.candidates import add_candidates, candidate_ranges, notes_hold


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


def test_an_in_place_edit_is_read_when_other_components_run() -> None:
    """A member replaced in place leaves the group's size and identity: the notes are trusted
    only when every component is ours or spaCy's own (``notes_hold``)."""
    nlp = spacy.blank("en")
    doc = nlp("Kelvo Corp said Orvel Bank paid")
    add_candidates(doc, [Span(doc, 0, 2, label="ORG")])
    doc.spans["lw_candidates"][0] = Span(doc, 3, 5, label="GPE")
    gpe = nlp.vocab.strings["GPE"]
    assert candidate_ranges(doc, trusted=False) == [(3, 5, gpe)]


def test_the_notes_hold_only_beside_known_components() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert notes_hold(nlp)

    @Language.component("user_span_editor")
    def editor(doc: Doc) -> Doc:
        return doc

    nlp.add_pipe("user_span_editor")
    assert not notes_hold(nlp)
    # a disabled one counts too (the factories are read with it): the group is read
    nlp.disable_pipe("user_span_editor")
    assert not notes_hold(nlp)
    nlp.remove_pipe("user_span_editor")
    assert notes_hold(nlp)


def test_a_users_in_place_edit_reaches_the_entities() -> None:
    """A user's component between the recognisers and the resolver that replaces a candidate
    in place: the resolver reads the group, not the notes."""
    from pipeline.extraction import load_pipeline

    pipeline = load_pipeline()

    @Language.component("swap_first_candidate")
    def swap(doc: Doc) -> Doc:
        group = doc.spans["lw_candidates"]
        first = group[0]
        group[0] = Span(doc, first.start, first.end, label="ORG")
        return doc

    pipeline.add_pipe("swap_first_candidate", before="launchwatch_entities")
    doc = pipeline("Kenya said prices rose.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Kenya", "ORG")]
