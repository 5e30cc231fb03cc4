"""ORG edges from a fresh blind tune set of real news about public bodies (issue 11,
eighteenth tune set, helper H82): sentences written for these tests with invented names,
none taken from any corpus or benchmark; each rule with a text it must change and one it
must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents


# defined_term_tails: a capitalised term for a document, a fuel or a service defines no body
@pytest.mark.parametrize(
    "text",
    [
        "Cuts were set out in the Medium-Term Spending Statement (MTSS) on Friday.",
        "Bus fleets in Marrowby will run on Liquefied Biomethane Fuel (LBF) from May.",
        "Viewers moved to Streamed Film on Demand (SFOD) services as prices rose.",
    ],
)
def test_a_defined_document_fuel_or_service_is_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_defined_body_keeps_its_acronym(run) -> None:
    text = "The Marrowby Roads Agency (MRA) will repair bridges, and the MRA hired 40 staff."
    assert ents(run(text), "ORG") == ["Marrowby Roads Agency", "MRA", "MRA"]


# defined_term_tails holds no word that ends a company's name ("Gas", "Review", "Games")
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tarnby Gas (TG) raised prices on Monday. TG said demand was weak.",
            ["Tarnby Gas", "TG", "TG"],
        ),
        (
            "The Kelvo Review (KR) printed the letter. KR said it would not apologise.",
            ["Kelvo Review", "KR", "KR"],
        ),
        ("Vellmar Games (VG) cut 40 jobs, and VG shares fell.", ["Vellmar Games", "VG", "VG"]),
    ],
)
def test_a_company_named_for_a_fuel_or_a_paper_keeps_its_acronym(
    run, text: str, names: list[str]
) -> None:
    assert ents(run(text), "ORG") == names


# channels: a broadcaster's channel or station is one name with its number or town
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor told Vellvision Radio 3 on Monday fares would rise.", "Vellvision Radio 3"),
        ("Asked by KVT News 24, the minister declined to comment.", "KVT News 24"),
        (
            "KVT said it would air the debate. She told KVT Two's breakfast show she would run.",
            "KVT Two",
        ),
        (
            "Bus fares rose in Marrowby, Ontario. The mayor told KVT Radio Marrowby they would.",
            "KVT Radio Marrowby",
        ),
    ],
)
def test_a_channel_is_one_name_with_its_broadcaster(run, text: str, name: str) -> None:
    doc = run(text)
    start = text.rindex(name)
    end = start + len(name)
    spans = [(e.start_char, e.end_char) for e in doc.ents]
    assert (start, end) in spans  # and so nothing else overlaps it (entities never overlap)


@pytest.mark.parametrize(
    "text",
    [
        "He told Vellvision Radio 24 hours later that he would stay.",
        "She said on Vellvision Radio 4 listeners had called.",
        "He said on Vellvision Radio 3 million people listened.",
        "Figures showed Vellvision Radio 30% of adults tuned in weekly.",
    ],
)
def test_a_number_that_counts_what_follows_is_no_channel(run, text: str) -> None:
    """ "24 hours", "4 listeners", "3 million" and "30%" count: the span stops before them."""
    assert ents(run(text), "ORG") == ["Vellvision Radio"]


# acronym_posts: an acronym before a (ranked) post and a person's name is the body
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks failed, KUVF General Secretary Ana Lindqvist told reporters.", "KUVF"),
        ("Fees will rise, said DMVR Secretary Taro Ishiguro on Monday.", "DMVR"),
        ("TWAL Deputy Director Rui Avelar said the plan was ready.", "TWAL"),
    ],
)
def test_an_acronym_before_a_post_and_a_person_is_a_body(run, text: str, name: str) -> None:
    assert ents(run(text), "ORG") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed, MEP Secretary Ana Lindqvist told reporters.",
        "Fees will rise, said PNG Secretary Taro Ishiguro on Monday.",
        "The KUVF Secretary Office opened in May.",
    ],
)
def test_a_job_a_country_or_no_person_after_the_post_gives_no_body(run, text: str) -> None:
    assert "MEP" not in ents(run(text), "ORG") and "PNG" not in ents(run(text), "ORG")
    assert "KUVF" not in ents(run(text), "ORG")


def test_an_acronym_after_a_name_word_is_no_body_on_its_own(run) -> None:
    """ "Tarnby KUVF Secretary ...": the acronym ends a longer capitalised name."""
    text = "Fees will rise, said Tarnby KUVF Secretary Taro Ishiguro on Monday."
    assert "KUVF" not in ents(run(text), "ORG")


def test_an_acronym_before_a_post_in_a_headline_is_not_read(run) -> None:
    text = "Kuvf Secretary Taro Ishiguro Quits Over DMVR Secretary Ana Lind Row\n\nFees will rise."
    assert "DMVR" not in ents(run(text), "ORG")


def test_a_rank_word_before_a_post_is_no_part_of_the_name(run) -> None:
    text = "The union rejected it. Tarvel Workers Union National President Ana Lindqvist said so."
    assert "Tarvel Workers Union" in ents(run(text), "ORG")
    assert "Tarvel Workers Union National" not in ents(run(text), "ORG")


def test_a_rank_word_stays_when_the_article_writes_the_name_without_a_post(run) -> None:
    text = "Kelvo Regional President Ann Berg resigned. Kelvo Regional is a Tarnby lender."
    assert ents(run(text), "ORG") == ["Kelvo Regional", "Kelvo Regional"]


def test_a_rank_word_stays_when_no_person_follows_the_post(run) -> None:
    text = "A Kelvo Regional Spokesman said the Kelvo Regional Director post was vacant."
    assert ents(run(text), "ORG") == ["Kelvo Regional", "Kelvo Regional"]


# the_acronyms: a job's abbreviation after "the" is a person, not a body
@pytest.mark.parametrize(
    "text",
    [
        "Ms Orla Tarn won the seat in May. The MSP said she would fight the closure.",
        "Mr Vell quit the party on Friday. The MEP said he had been misled.",
    ],
)
def test_a_job_abbreviation_after_the_is_no_body(run, text: str) -> None:
    assert ents(run(text), "ORG") == []
