"""ORG rules from the ninth fresh blind tune set (general news from outlets n-z, issue 11):
sentences written for these tests, none taken from any corpus or benchmark; each rule has a
text it must find and one it must leave alone."""

from __future__ import annotations

from tests.conftest import ents


# publication cues in orgs.json: "published by", "published in", "publisher of", "wrote in"
def test_the_outlet_that_published_a_report_is_an_organisation(run) -> None:
    text = "The claims first appeared in reports published by the Kestrow-Ledger last week."
    assert "Kestrow-Ledger" in ents(run(text), "ORG")


def test_the_journal_a_study_was_published_in_is_an_organisation(run) -> None:
    text = "Her findings were published in Brannock Quarterly in May."
    assert "Brannock Quarterly" in ents(run(text), "ORG")


def test_the_journal_a_team_wrote_in_is_an_organisation(run) -> None:
    text = "The researchers wrote in the Quellan Review that the trial had failed."
    assert "Quellan Review" in ents(run(text), "ORG")


def test_a_place_or_a_language_after_published_in_is_not_an_organisation(run) -> None:
    doc = run("The memoir was published in Paris and later published in German.")
    assert ents(doc, "ORG") == []


def test_a_person_after_published_by_is_not_an_organisation(run) -> None:
    doc = run("The atlas was first published by Edward Tannock in 1871.")
    assert ents(doc, "ORG") == []
