"""A company's everyday first word as its short form (``everyday_fronts``, issue 11, session 19,
helper H98): sentences written for these tests with invented companies, none taken from any
corpus or benchmark; each case with texts the rule must change and texts it must leave
alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# the word alone where a name stands: a subject's verb, a possessive, punctuation, a
# preposition mid-sentence, a staff noun, "and" before another organisation
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Anchor Airlines said on Monday that it would cut 300 jobs. Anchor has flown the "
            "route since 1982, and Anchor's pilots are unionised.",
            ["Anchor Airlines", "Anchor", "Anchor"],
        ),
        (
            "Summit Bank Ltd opened a branch in Dorvale. The lender said in a statement that "
            "it had sold the building to Summit, which moved in on Friday.",
            ["Summit Bank Ltd", "Summit"],
        ),
        (
            "Northern Velmar Bank AG raised its dividend. Analysts said Northern had gained "
            "market share.",
            ["Northern Velmar Bank AG", "Northern"],
        ),
        (
            "Harbor Airlines and Summit Airlines agreed to merge. Harbor and Summit announced "
            "the deal on Tuesday.",
            ["Harbor Airlines", "Summit Airlines", "Harbor", "Summit"],
        ),
        (
            "Anchor Airlines will move its base next year. Union leaders said Anchor employees "
            "would vote on the plan.",
            ["Anchor Airlines", "Anchor"],
        ),
    ],
)
def test_an_everyday_first_word_names_the_company(run, text: str, names: list[str]) -> None:
    assert ents(run(text), "ORG") == names


def test_the_short_form_gets_the_full_name_as_canonical(run) -> None:
    doc = run("Anchor Airlines cut fares in May. Anchor said demand had recovered.")
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    assert [(e.text, e._.canonical) for e in orgs] == [
        ("Anchor Airlines", "Anchor Airlines"),
        ("Anchor", "Anchor Airlines"),
    ]


def test_the_first_word_of_a_group_names_it(run) -> None:
    """Two found names that share their first two words are one group ("Summit Bank Ltd" and
    its unit "Summit Bank (Asia) Ltd"): the first word alone is the group."""
    text = (
        "Summit Bank Ltd sold a stake in Summit Bank (Asia) Ltd last year. "
        "The unit said Summit had taken part in the sale."
    )
    assert ents(run(text), "ORG")[-1] == "Summit"


@pytest.mark.parametrize(
    "text",
    [
        # modifying a noun after it, or part of a longer name
        "Anchor Airlines flies to Dorvale. Anchor fares rose and Northern Europe grew.",
        "Northern Velmar Bank AG lends in the region. Northern farmers had a poor harvest.",
        # two companies open with the word: alone it names neither
        "Anchor Airlines and Anchor Foods Ltd reported profits. Anchor said sales rose.",
        # the article writes the word in lower case: an everyday word here
        "Anchor Airlines grew. The ship dropped anchor off Dorvale and Anchor said so.",
        # a person's name, a title, an article, a hyphen
        "Anchor Airlines hired Mr Anchor, who said so. A Anchor was seen.",
        "Anchor Airlines grew. Its ex-Anchor staff said Anchor-style fares had gone.",
        # an of-name's end
        "Summit Bank Ltd lends. The Secretary of Summit, a charity, said it had no comment.",
        # a preposition at a sentence's start: the word is a noun there
        "Summit Bank Ltd lends. Summit to summit, the climbers took a week.",
        # a government body's field, a building named for a place, a continent
        "Harbor Department staff met. Harbor said nothing.",
        "Europe Airlines Ltd flies. Europe has grown.",
    ],
)
def test_no_short_form_where_the_word_is_no_name(run, text: str) -> None:
    assert not any(
        name in {"Anchor", "Northern", "Summit", "Harbor", "Europe"}
        for name in ents(run(text), "ORG")
    )


def test_a_listed_name_is_a_company_whatever_its_last_word(nlp, run) -> None:
    """A gazetteer's company name ending in no head word ("... Air Lines") gives its first word
    as a short form too; a name no list or head word calls a company does not."""
    from spacy.tokens import Span

    from pipeline.docview import doc_view

    doc = run("Harbor Air Lines cut fares. Analysts said Harbor had lost market share.")
    fronts = nlp.get_pipe("launchwatch_orgs").everyday_fronts
    host = [Span(doc, 0, 3, label="ORG")]
    listed = fronts.find(doc_view(doc), host, [], set(), {}, {(0, 3)})
    assert [span.text for span in listed] == ["Harbor"]
    assert fronts.find(doc_view(doc), host, [], set(), {}, ()) == []
