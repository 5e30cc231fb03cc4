"""Guards of the ORG rules, each with an invented text that the guard decides: every test
here fails when its guard is taken out (checked by removing each one in turn). The country check of
``acronym_posts`` is tested in ``test_orgs_fresh18``."""

from __future__ import annotations

from tests.conftest import ents


# comma_appositions: a place after the noun and a comma is the place, not a name
def test_a_place_after_a_company_noun_and_a_comma_is_no_organisation(run) -> None:
    text = (
        "Rents rose in Quillford, Ontario. Its biggest employer is a utility, Quillford, he said."
    )
    assert ents(run(text), "ORG") == []
    assert ents(run("Its biggest employer is a utility, Quillford, he said."), "ORG") == [
        "Quillford"
    ]


# comma_appositions: a headline's capitals say nothing about names
def test_a_company_noun_and_a_comma_in_a_headline_give_no_name(run) -> None:
    text = "Tessary Shares Jump After carmaker, Quorran Vesti, Wins Order\n\nShares rose on Monday."
    assert "Quorran Vesti" not in ents(run(text), "ORG")
    text = "Tessary shares jumped after a carmaker, Quorran Vesti, won an order."
    assert "Quorran Vesti" in ents(run(text), "ORG")


# registrant_heads: a run inside a longer name found by another rule is not a company alone
def test_a_company_word_inside_a_longer_name_gives_no_short_company(run) -> None:
    text = (
        "The Tarnby Ocean Technology and Research Platform opened in May. "
        "Exports of Tarnby Ocean Technology rose."
    )
    assert ents(run(text), "ORG") == ["Tarnby Ocean Technology and Research Platform"]


# staff_cues: a staff noun before people's names may start a list of people, not a cue
def test_a_staff_noun_before_people_s_names_is_no_cue(run) -> None:
    text = "A visit by Dorrance engineers Ann Vell and Tom Berg was set, but Dorrance cancelled it."
    assert ents(run(text), "ORG") == []
    text = "A visit by Dorrance engineers was set, but Dorrance cancelled it."
    assert ents(run(text), "ORG") == ["Dorrance", "Dorrance"]
