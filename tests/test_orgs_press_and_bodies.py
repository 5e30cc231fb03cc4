"""ORG rules for non-sport wire copy (issue 11): the papers of a press review, legislatures named
by their head word alone, papers after a media noun whose names open with another language's
article, and reporting cues. Every sentence and name is invented for these tests; none is taken
from any corpus or benchmark. Each rule has texts it must find and texts it must leave alone."""

from __future__ import annotations

import pytest

from pipeline.orgs.press_review import is_paper_line, paper_lines
from tests.conftest import ents

PRESS_REVIEW = (
    "PRESS DIGEST - Vellmaria - May 3 .\n"
    "KESTRA 2031-05-03\n"
    "These are the leading stories in the Kestra press on Friday .\n"
    "GAZETA E DITES\n"
    "- Parliament debates the harbour budget .\n"
    "- Farmers protest over grain prices .\n"
    "ZERI I RI\n"
    "- Talks on the new bridge stall .\n"
    "ALBANIA\n"
    "- The coalition holds .\n"
)


def test_press_review_papers_are_named_on_their_lines(run) -> None:
    found = ents(run(PRESS_REVIEW), "ORG")
    assert "GAZETA E DITES" in found
    assert "ZERI I RI" in found


def test_press_review_line_that_is_a_place_stays_a_place(run) -> None:
    assert "ALBANIA" not in ents(run(PRESS_REVIEW), "ORG")


def test_capitals_line_before_bullets_needs_a_press_review(run) -> None:
    text = (
        "Tanker fixtures and enquiries .\n"
        "Brokers listed the day's business .\n"
        "LATEST FIXTURES\n"
        "- Two cargoes were booked .\n"
    )
    assert "LATEST FIXTURES" not in ents(run(text), "ORG")


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("GACETA DEL NORTE", True),
        ("DIARIO 24", True),
        ("KESTRA 2031-05-03", False),  # a dateline
        ("SHARES FELL ON FRIDAY .", False),  # a headline in capitals
        ("Gazeta e Dites", False),
        ("", False),
    ],
)
def test_is_paper_line(line: str, paper: bool) -> None:
    assert is_paper_line(line) is paper


def test_paper_lines_offsets() -> None:
    text = "Stories in the Orvane press .\nDITA\n- A story .\n"
    assert [text[s:e] for s, e in paper_lines(text, frozenset({"press"}))] == ["DITA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted 61-39 on Tuesday to pass the harbour bill .", ["Senate"]),
        ("Officials said the Senate vote removed the last hurdle.", ["Senate"]),
        ("Commission spokesman Lior Vantan said talks would go on.", ["Commission"]),
        (
            "He was elected to the Assembly in 2019 and to Congress in 2023.",
            ["Assembly", "Congress"],
        ),
    ],
)
def test_a_legislature_named_by_its_head_word_alone(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senate of the club met on Tuesday .",  # lower case: a generic noun
        "He read Commission Regulation 44/2031 on Tuesday .",  # a document's title
        "SENATE VOTES ON HARBOUR BILL",  # a line in capitals
        "The Court ruled on Tuesday and the Church agreed .",  # not listed: generic here
    ],
)
def test_head_words_that_are_not_a_body_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_body_word_inside_a_longer_name_is_not_cut_out(run) -> None:
    found = ents(run("The Vellmar Senate met on Tuesday ."), "ORG")
    assert "Senate" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is a farce , said the pro-government daily Le Vornet in an editorial .",
            ["Le Vornet"],
        ),
        ("The weekly La Tarvena said on Wednesday that the money was found .", ["La Tarvena"]),
        ("Troops entered the village , El Correo Brenal reported .", ["El Correo Brenal"]),
        ("Tarskaya quoted the ministry as saying the talks were over .", ["Tarskaya"]),
    ],
)
def test_papers_and_agencies_from_their_context(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Partner Le Van Thanh joined the board in May .",  # a person after a non-media noun
        "Newspapers quoted witnesses as saying the bridge fell .",  # an everyday word
        "Spokesman Ravindran said so . Ravindran quoted the minister as saying no .",
        "Anna Berg reported the theft to the police .",
    ],
)
def test_reporting_cues_leave_people_and_words_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with the KLU in Vellmar broke down on Friday .", ["KLU"]),
        ("Rebels of the VNF said they would fight on .", ["VNF"]),
        ("Market makers waited for the ZMX , which was closed on Monday .", ["ZMX"]),
    ],
)
def test_acronym_ending_a_noun_phrase_after_the(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Engineers tested the ICI system on Friday .",  # modifies the noun after it
        "The bank cut the cash reserve ratio ( CRR ) . Dealers watched the CRR closely .",
        "India would not sign the Vellmar Test Ban Treaty ( VTBT ) and rejected the VTBT .",
        "Scientists studied the AIDS virus in May .",  # an everyday word
        "Exports to the UK rose in May .",  # a place
        "SALES TO THE KLU , NOT ONLY THE ZMX , ROSE",  # a line in capitals
    ],
)
def test_acronyms_after_the_that_name_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose .\n-- Ana Lind , Tallinn Commodities +372 555 0100", ["Tallinn Commodities"]),
        ("Sales rose .\n-- Oslo News Room ( 47 ) 2231 5566", ["Oslo News Room"]),
        ("Sales rose .\n-- Ravi Menon , Harbour Bonds 212-555-0199", ["Harbour Bonds"]),
    ],
)
def test_the_desk_on_a_sign_off_line(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose .\n-- Ana Lind 555 0100 22",  # the reporter alone
        "Sales rose .\n-- Oslo +47 2231 5566",  # the city alone
        "Bonds were sold .\n-- Vell Creek District No 7 , Ark .",  # no telephone number
    ],
)
def test_sign_off_lines_without_a_desk(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_company_without_its_legal_form_is_its_short_form(run) -> None:
    text = "Vellby Apparel files plan .\nVellby Apparel Inc said it filed a plan on Monday ."
    assert ents(run(text), "ORG") == ["Vellby Apparel", "Vellby Apparel Inc"]


def test_a_short_form_that_opens_with_a_title_is_not_taken(run) -> None:
    text = "Miss Orvania Inc runs the contest . She won the Miss Orvania title ."
    assert ents(run(text), "ORG") == ["Miss Orvania Inc"]


@pytest.mark.parametrize(
    "text",
    [
        "He was nominated as the Democratic party candidate on Wednesday .",
        "Delegates of the Socialist group walked out .",
    ],
)
def test_an_adjective_before_a_group_noun_names_no_party(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_noun_before_a_group_noun_names_the_party(run) -> None:
    assert ents(run("Voters backed the Labour party in May ."), "ORG") == ["Labour"]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Premier Tal Varro , a long-time rival of the king , said no .",
        "The farm , owned by Dutchman Richard Vellen , was raided .",
    ],
)
def test_cued_runs_that_are_people(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_place_before_a_body_word_is_part_of_the_body(run) -> None:
    doc = run("The Ohio Senate voted on Tuesday .")
    assert ents(doc, "ORG") == ["Ohio Senate"]
    assert ents(doc, "GPE") == []


def test_a_body_word_found_alone_is_not_repeated_inside_a_longer_name(run) -> None:
    text = "The September Treasury bond fell .\nThe Vell Treasury sold bills on Friday ."
    assert ents(run(text), "ORG") == ["Treasury"]


def test_unions_of_countries_come_from_cldr() -> None:
    from pipeline.name_sources import unions_of_countries

    unions = unions_of_countries()
    assert {"EU", "European Union", "UN", "United Nations"} <= unions
    assert "Eurozone" not in unions and "EZ" not in unions  # a region, not a union


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers in Vellmar and their 14 EU partners agreed .", ["EU"]),
        ("A plan by EU Fisheries Commissioner Ana Lind was dropped .", ["EU"]),
    ],
)
def test_a_union_of_countries_by_its_code(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


def test_an_acronym_inside_a_longer_name_that_is_no_title(run) -> None:
    assert "EU" not in ents(run("He read the EU Vell Farm Review on Friday ."), "ORG")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vell Farmers' Union met on Monday .", ["Vell Farmers' Union"]),
        ("The Tarn Bond Traders ' Association said so .", ["Tarn Bond Traders ' Association"]),
        ("The Sunday Telegraph quoted her as saying so .", ["Sunday Telegraph"]),
        ("Dealers at Boston-based Vellcom Systems said so .", ["Vellcom Systems"]),
        ("The Lagos - based Tarnfield Logistics said profits rose .", ["Tarnfield Logistics"]),
        ("Dealers said brokerage Tarn American Vellcorp fell .", ["Tarn American Vellcorp"]),
    ],
)
def test_name_boundaries_in_wire_copy(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union met on Monday .",  # lower case: no name
        "She spoke on Sunday to the board .",  # a weekday before no paper
        "Ana Lind , a London-based analyst , said so .",  # a job word after "-based"
    ],
)
def test_wire_boundaries_leave_these_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_press_review_paper_after_a_separator_line(run) -> None:
    text = (
        "PRESS DIGEST - Vellmarian newspapers - May 3 .\n"
        "Following is a summary of stories in leading newspapers .\n"
        "- - - -\n"
        "SUARA VELL\n"
        "The president asked businessmen to share their experience .\n"
    )
    assert "SUARA VELL" in ents(run(text), "ORG")


def test_bond_notice_parties_on_labelled_lines(run) -> None:
    text = (
        "Vellgas sets terms on 7-year straight .\n"
        "TOKYO 2031-08-30\n"
        "BORROWER - Vellbishi Gas Chemical Co Ltd\n"
        "LEAD MGR - Nomvell Securities Co Ltd\n"
        "Underwriters .\n"
        "Banc Vell Capital Corporation\n"
    )
    found = ents(run(text), "ORG")
    assert "Vellbishi Gas Chemical Co Ltd" in found
    assert "Nomvell Securities Co Ltd" in found
    assert "Banc Vell Capital Corporation" in found


@pytest.mark.parametrize(
    "text",
    [
        "Vellgas Posts Record Profit At Tarn Co Ltd Plant\nSales rose .",  # a headline
        "Sales rose .\nLead Underwriter Tarnvell & Co Inc",  # a label of unknown length
    ],
)
def test_title_case_lines_that_are_not_a_listed_party(run, text: str) -> None:
    found = ents(run(text), "ORG")
    assert "Tarn Co Ltd" not in found
    assert "Lead Underwriter Tarnvell & Co Inc" not in found


def test_rating_agencies_before_a_rating(run) -> None:
    found = ents(run("VELL COUNTY BONDS\nMOODY 'S : A1 S&P : AA- VELLRATE : AA-"), "ORG")
    assert found == ["MOODY 'S", "S&P", "VELLRATE"]


@pytest.mark.parametrize("text", ["RATING : AA", "Paper size : A3 , grade : B1"])
def test_a_label_before_a_rating_is_no_agency(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Underwriters include A.G. Vellards & Sons , Inc . and others .",
            ["A.G. Vellards & Sons , Inc"],
        ),
        ("Ana Berg , an analyst for Kalf , Voorhis & Co . , said so .", ["Kalf , Voorhis & Co"]),
    ],
)
def test_firms_whose_names_hold_a_comma_or_an_ampersand(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_place_before_a_comma_is_no_partner_of_the_firm(run) -> None:
    assert ents(run("Shares fell in Oslo , Vorhees & Co said ."), "ORG") == ["Vorhees & Co"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters returned the Vell League of Prime Minister Ana Lind to power .", ["Vell League"]),
        ("The Tarn Front of General Tal Varro walked out .", ["Tarn Front"]),
        ("He will appeal to the African Court of Vell Rights .", ["African Court of Vell Rights"]),
    ],
)
def test_of_chains_stop_at_a_title_and_keep_a_continent(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_nationality_before_a_government_body_still_stays_out(run) -> None:
    assert ents(run("The Chinese Ministry of Commerce said so ."), "ORG") == [
        "Ministry of Commerce"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vellgate Data Sciences Q2 net rises .\nPHOENIX 2031-08-22\n", ["Vellgate Data Sciences"]),
        ("Tarn Bahn H1 pre-tax profit up 17.5 pct .\nSales rose .", ["Tarn Bahn"]),
        ("Orvane Marble posts 1st final result .\nSales rose .", ["Orvane Marble"]),
        ("Vellco - 6mth parent forecast .\nSales rose .", ["Vellco"]),
    ],
)
def test_the_company_a_digest_headline_opens_with(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind sets world record .\nShe ran fast .",  # a person
        "Australia posts trade surplus .\nExports rose .",  # a place
        "Vell Corp results .\nNet profit 9.1 vs 6.0\nShr loss 0.2 vs 0.1",  # table rows
        "VELLCO Q2 NET RISES\nSales rose .",  # a line in capitals
    ],
)
def test_digest_headlines_that_open_with_no_company(run, text: str) -> None:
    found = ents(run(text), "ORG")
    assert not {"Ana Lind", "Australia", "Net", "Shr", "VELLCO"} & set(found)


def test_a_firm_before_its_analyst(run) -> None:
    text = "It is no surprise , said Vellbank analyst Steven Tarn ."
    assert ents(run(text), "ORG") == ["Vellbank"]


def test_of_the_country_after_a_complete_name_is_where_it_is(run) -> None:
    text = (
        "Teams from Tarn State University of the US and the University of Vellfield of the UK met ."
    )
    doc = run(text)
    assert ents(doc, "ORG") == ["Tarn State University", "University of Vellfield"]
    assert ents(doc, "GPE") == ["US", "UK"]


def test_of_the_country_that_names_the_body_stays(run) -> None:
    assert ents(run("She studied at the University of the Philippines ."), "ORG") == [
        "University of the Philippines"
    ]


def test_a_country_named_with_a_head_word_is_no_organisation(run) -> None:
    assert ents(run("Gas came from the former Soviet Union on Monday ."), "ORG") == []


def test_a_listed_name_before_an_index_word_is_an_index(run) -> None:
    assert ents(run("The Nasdaq composite index closed lower on Friday ."), "ORG") == []
    assert ents(run("Market makers on Nasdaq must show quotes ."), "ORG") == ["Nasdaq"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hijackers held the Airbus 310 for a day .", "Airbus"),  # a maker's model
        ("FULL FEES 1.875 SPREAD +20 BP", "BP"),  # basis points after a number
        ("Rating Announcement As of 08/21/96 .", "Rating Announcement As"),  # "As of"
        ("PRESS DIGEST - HK newspaper editorials - Aug 28 .", "HK"),  # a country's initials
    ],
)
def test_names_that_are_products_units_words_or_places(run, text: str, absent: str) -> None:
    assert absent not in ents(run(text), "ORG")


def test_a_name_after_an_amount_or_before_a_year_stays(run) -> None:
    assert ents(run("Vessel chartered at $ 875,000 by BP ."), "ORG") == ["BP"]
    assert "Vellnor AS" in ents(run("Vellnor AS said 1996 profit rose ."), "ORG")


def test_press_review_with_double_dash_bullets_and_section_headings(run) -> None:
    text = (
        "PRESS DIGEST - Vellmaria - May 3 .\n"
        "Leading stories in the Vellmarian financial press :\n"
        "KERVOS\n"
        "-- Debate heats up on economic issues .\n"
        "FRONT PAGE\n"
        "-- Strike enters its 49th day .\n"
    )
    found = ents(run(text), "ORG")
    assert "KERVOS" in found
    assert "FRONT PAGE" not in found


def test_a_wire_source_code_opening_the_headline(run) -> None:
    assert ents(run("VWIR - Vellmar budget cuts to boost savings .\nSYDNEY 2031-08-22"), "ORG") == [
        "VWIR"
    ]


@pytest.mark.parametrize(
    "text",
    ["SOCCER - Vell beat Tarn .\nLONDON 2031-08-22", "USA - Exports rose .\nWASHINGTON 2031-08-22"],
)
def test_a_topic_or_a_place_opening_the_headline_is_no_source(run, text: str) -> None:
    assert "SOCCER" not in ents(run(text), "ORG") and "USA" not in ents(run(text), "ORG")


def test_a_name_defined_by_its_bracketed_acronym(run) -> None:
    text = "The venture between Vellmar Online ( VOL ) and Tarn AG grew . VOL is big ."
    assert ents(run(text), "ORG") == ["Vellmar Online", "VOL", "Tarn AG", "VOL"]


@pytest.mark.parametrize(
    "text",
    [
        "India vetoed the Vell Test Ban Treaty ( VTBT ) on Friday .",  # a treaty
        "Ana Lind ( Vellmar ) said so .",  # no acronym in the brackets
    ],
)
def test_bracketed_definitions_of_no_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_an_organisation_and_a_country_name_its_national_unit(run) -> None:
    text = "Vellmar Online ( VOL ) grew . Jan Lind , head of VOL Germany , said so ."
    doc = run(text)
    assert "VOL Germany" in ents(doc, "ORG")
    assert ents(doc, "GPE") == []


def test_the_italian_legal_form_written_spa(run) -> None:
    text = '" Yes , " said Vellini SpA chairman Marco Tarni .'
    assert ents(run(text), "ORG") == ["Vellini SpA"]


def test_a_city_or_a_modifier_after_an_organisation_is_no_unit(run) -> None:
    doc = run("Talks will be held at the NATO Washington summit . NATO said so .")
    assert ents(doc, "ORG") == ["NATO", "NATO"]
    assert ents(doc, "GPE") == ["Washington"]
