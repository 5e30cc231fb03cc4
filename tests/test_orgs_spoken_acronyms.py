"""A gazetteer acronym said as a word is also found in Title Case, as British and other house
styles write it ("Tarvqo" for "TARVQO"; issue 11, helper H121; ``spoken_acronyms`` in
pipeline/orgs/component.py). The pipeline here gets an invented acronym added to its
gazetteer; the sentences are invented too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.extraction import InputDoc, load_pipeline, make_docs
from pipeline.orgs.component import spoken_acronyms


@pytest.fixture(scope="module")
def tarvqo() -> Language:
    """The built pipeline with "TARVQO" and "KLQ" in its gazetteer."""
    nlp = load_pipeline()
    orgs = nlp.get_pipe("launchwatch_orgs")
    data = dict(orgs.require_data())
    data["gazetteer"] = sorted({*data["gazetteer"], "TARVQO", "KLQ"})
    orgs.initialize(data=data)
    return nlp


def orgs_in(nlp: Language, text: str) -> list[str]:
    (doc,) = make_docs(nlp, [InputDoc("t", text, None)])
    return [e.text for e in nlp(doc).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    "text",
    ["Prices rose after a report from Tarvqo on output.", "The plan was welcomed by Tarvqo."],
)
def test_a_spoken_acronym_in_title_case_is_the_gazetteer_body(tarvqo: Language, text: str) -> None:
    assert orgs_in(tarvqo, text) == ["Tarvqo"]


@pytest.mark.parametrize(
    "text",
    [
        # the article writes the word in lower case: an everyday word there, no body
        "The tarvqo harvest was poor, and Tarvqo prices rose.",
        # a Title Case form is only taken for acronyms of four letters or more
        "On Monday the Klq fell by a third.",
    ],
)
def test_no_body_where_the_article_says_otherwise(tarvqo: Language, text: str) -> None:
    assert orgs_in(tarvqo, text) == []


def test_spoken_forms_are_long_acronyms_and_no_first_names(nlp: Language) -> None:
    lex = nlp.get_pipe("launchwatch_orgs").lexicon
    forms = spoken_acronyms(["TARVQO", "KLU", "Ardmore Bank", "QZ-4", "ANNA"], lex)
    assert forms == ["Tarvqo"]
