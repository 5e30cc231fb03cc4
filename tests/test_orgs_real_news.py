"""ORG rules for real news written by others (issue 11): sentences written for these tests,
none taken from any corpus or benchmark. Each rule has a sentence it must find and one it
must leave alone."""

from __future__ import annotations

import pytest

from tests.conftest import ents

FINDS = [
    # a nationality word stays when other words stand between it and a government head
    (
        "According to the Moldovan Transport Ministry, the bridge will reopen.",
        ["Moldovan Transport Ministry"],
    ),
    ("The Chilean Navy rescued 40 fishermen on Sunday.", ["Chilean Navy"]),
    ("Officers of the Nepalese People's Army crossed the river.", ["Nepalese People's Army"]),
    # ... and goes before a bare government head that an of-chain names
    (
        "The Peruvian Ministry of Energy and Mines approved the plan.",
        ["Ministry of Energy and Mines"],
    ),
    # a compound adjective before a name is not part of it
    ("Denver-based Halloran Mining Corp. said it would sell.", ["Halloran Mining Corp."]),
    ("Shares of State-owned Vestry Petroleum fell.", ["Vestry Petroleum"]),
    ("The Toledo Mo.-based Arden Bancshares Inc. grew.", ["Arden Bancshares Inc."]),
    # "and" before a two-word company lists two companies
    (
        "Talks between Maribel Foods and Crane Hollow Bancorp Inc. ended.",
        ["Maribel Foods", "Crane Hollow Bancorp Inc."],
    ),
    # "at <campus>" belongs to a university system's name
    (
        "She studied at the University of Oregon at Eugene last year.",
        ["University of Oregon at Eugene"],
    ),
    # "and <Name> University" after an of-chain starts a second organisation
    (
        "Teams from the Dakota Institute of Mining and Prairie State University met.",
        ["Dakota Institute of Mining", "Prairie State University"],
    ),
    # ... but an of-chain before a slash-joined company name is no part of this rule
    (
        "The acquisition of Harlan/Voss Entertainment Co. closed.",
        ["Harlan/Voss Entertainment Co."],
    ),
    # "the X organization": a group noun after a name
    (
        "A lawyer for the Verdantism organization denied it. Verdantism officials declined.",
        ["Verdantism", "Verdantism"],
    ),
]

NOT_ORGS = [
    # a nationality before a bare body is whose body it is, not a name
    "The Peruvian Government denied the report.",
    # a compound adjective alone names nothing
    "The Ohio-based and Texas-based teams met.",
    # a church building is not the organisation
    "Refugees slept in the Saint-Clement church for a week.",
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_finds_organisations_in_real_news_shapes(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize("text", NOT_ORGS)
def test_leaves_non_names_alone(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


def test_a_listed_name_written_as_a_surname_is_a_person_throughout(run) -> None:
    text = (
        "The novelist Marta Elena Ferrari died on Friday. Ferrari wrote eleven books. "
        "Critics said Ferrari changed the genre."
    )
    assert ents(run(text), "ORG") == []


def test_a_listed_name_never_written_after_a_first_name_stays_a_company(run) -> None:
    assert ents(run("Ferrari said deliveries rose in July."), "ORG") == ["Ferrari"]


def test_an_apposition_naming_its_own_group_does_not_describe_the_person(run) -> None:
    text = (
        "Police detained the activist Liang Weiming, the Boston-based rights group "
        "Open Harbor Watch said on Monday."
    )
    assert "Liang Weiming" not in ents(run(text), "ORG")


def test_an_apposition_still_describes_the_name_before_it(run) -> None:
    assert ents(run("Brisco, a Chilean lithium miner, raised prices."), "ORG") == ["Brisco"]


def test_a_capitalised_group_noun_is_the_names_own_word(run) -> None:
    text = (
        "Lam Ka-ho of the Harbour Party won. Chan Wing-yee of Harbour Voices lost. "
        "Both the Harbour Party and the Tidewater group campaigned."
    )
    found = ents(run(text), "ORG")
    assert "Harbour" not in found
    assert found == ["Harbour Party", "Harbour Voices", "Harbour Party", "Tidewater"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chan Wing-yee of HVP kept her seat.", ["HVP"]),
        ("HVP's Chan Wing-yee kept her seat.", ["HVP"]),
        ("Tidewater's Anna Berg kept her seat.", ["Tidewater"]),
    ],
)
def test_a_persons_organisation_around_their_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg's Tom Lund agreed.",  # a person's possessive, not an organisation
        "Chan Wing-yee of Kowloon kept her seat.",  # a place after "of"
        "Lee's sister-in-law arrived.",  # a hyphenated noun is no given name
    ],
)
def test_no_organisation_around_a_person_without_one(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line that opens with a dash signs the report off: its capitals are names
        (
            "Rates rose on Friday .\n-- Ana Popa , Constanta Newsroom 40-1 555",
            ["Constanta Newsroom"],
        ),
        # a descriptor before a name in capitals or with inner capitals
        ("It will merge with the Lisbon-based group TAGUS Pacific next year.", ["TAGUS Pacific"]),
        ("Shares of the security firm NetWarden.io rose.", ["NetWarden.io"]),
        # an ALL-CAPS tag and a dash opening a line are not part of the name
        ("NOTE - Orvane Kasei Corp is the full company name .", ["Orvane Kasei Corp"]),
        # a capitalised grammar word between hyphens stays inside the name
        ("Proceeds go to the Lend-A-Hand Foundation.", ["Lend-A-Hand Foundation"]),
        # the bracketed acronym spells the part of the name cut at "and"
        (
            "The order came from the Kivu Post and Telegraph Administration (KPTA).",
            ["Kivu Post and Telegraph Administration", "KPTA"],
        ),
        ("The film was released by Tolland Bros . on Friday .", ["Tolland Bros"]),
    ],
)
def test_names_in_wire_copy_shapes(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a Title Case headline is still not read for names
        "Kivu Traders Newsroom Rally Ends Early",
        # a bracketed acronym that spells nothing on the left adds nothing
        "Sales of Global Positioning System (GPS) units rose.",
    ],
)
def test_wire_copy_shapes_without_organisations(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


BASEBALL_REPORT = (
    "BASEBALL - NORTHERN LEAGUE STANDINGS AFTER FRIDAY 'S GAMES\n"
    "Standings after games played on Friday ( tabulate under won , lost , winning percentage "
    "and games behind ) :\n"
    "W L PCT GB\n"
    "KELSO 74 59 .556 -\n"
    "Greta 70 63 .526 4\n"
    "ARVON 69 65 .515 5 1/2\n"
    "SATURDAY 'S SCHEDULE\n"
    "GRETA AT KELSO\n"
    "Coach Tom Reid said the inning and the pitcher decided the game .\n"
)


def test_standings_cells_as_the_press_writes_them(run) -> None:
    orgs = ents(run(BASEBALL_REPORT), "ORG")
    assert orgs[:3] == ["KELSO", "Greta", "ARVON"]  # ".556", "-", "5 1/2"; a first name too


def test_a_team_after_at_is_the_venue(run) -> None:
    orgs = ents(run(BASEBALL_REPORT), "ORG")
    assert orgs[3:] == ["GRETA"]  # "GRETA AT KELSO": Kelso is where the game is played


def test_a_lone_first_name_in_prose_stays_a_person(run) -> None:
    text = BASEBALL_REPORT.replace("Greta", "Lomond").replace("GRETA", "LOMOND")
    text += "Greta beat Lomond in straight sets .\n"
    assert "Greta" not in ents(run(text), "ORG")


RESULTS_LIST = (
    "Results of Northern league matches on Saturday :\n"
    "Kelso 1 Brackwell 0\n"
    "Arvon 2 Delmere 2\n"
    "Tolland 0 Greymouth 3\n"
)


def test_a_list_of_results_is_a_sports_report(run) -> None:
    assert ents(run(RESULTS_LIST), "ORG") == [
        "Kelso",
        "Brackwell",
        "Arvon",
        "Delmere",
        "Tolland",
        "Greymouth",
    ]


def test_one_results_line_in_a_business_story_is_not(run) -> None:
    assert ents(run("Figures for Friday :\nKelso 1 Brackwell 0\nProfit rose .\n"), "ORG") == []


CRICKET_REPORT = (
    "CRICKET - WESTSHIRE WIN BY AN INNINGS .\n"
    "Pace bowler Tom Reid took five wickets as Westshire beat Eastmoor by an innings "
    "in the county championship .\n"
    "Eastmoor captain Anna Berg said the batting had let the team down .\n"
    "Andre Halloran beat Petr Volk in the tennis final , and Halloran beat Volk again .\n"
)


def test_clubs_in_a_result_phrase_need_no_place(run) -> None:
    orgs = ents(run(CRICKET_REPORT), "ORG")
    assert orgs.count("Westshire") == 1 and orgs.count("Eastmoor") == 2


def test_players_named_once_in_full_are_not_clubs(run) -> None:
    orgs = ents(run(CRICKET_REPORT), "ORG")
    assert "Halloran" not in orgs and "Volk" not in orgs


def test_a_country_in_capitals_is_its_national_team(run) -> None:
    text = (
        "SOCCER - BELGIUM BEAT TURKEY 2-1 .\n"
        "Belgium beat Turkey in the cup match and scored twice .\n"
    )
    assert ents(run(text), "ORG") == []


BASEBALL_GAME = (
    "BASEBALL - HALLORAN HOMERS AS FALCONS BEAT CRANES .\n"
    "Tom Halloran homered twice as the Dallas Falcons defeated the Boston Cranes 5-3 "
    "in the opening game of the season .\n"
    "The Falcons have won seven of their last 10 games , and the Cranes lost the inning "
    "and the pitcher .\n"
)


def test_a_result_phrase_with_the_and_the_clubs_nicknames(run) -> None:
    orgs = ents(run(BASEBALL_GAME), "ORG")
    assert orgs == ["FALCONS", "CRANES", "Dallas Falcons", "Boston Cranes", "Falcons", "Cranes"]


def test_a_nickname_inside_a_longer_name_is_not_taken(run) -> None:
    text = BASEBALL_GAME + "Fans of the Bay Falcons Supporters Association cheered .\n"
    assert ents(run(text), "ORG")[6:] == ["Bay Falcons Supporters Association"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carmakers such as Velora, Brisco and Kestrel Motors cut prices.",
            ["Velora", "Brisco", "Kestrel Motors"],
        ),
        (
            "Banks including Orvane , Tidewater and Lomar rallied .",
            ["Orvane", "Tidewater", "Lomar"],
        ),
        # a party named with "of" and its own acronym
        (
            "The Party of Civic Renewal (PCR) won. The PCR said so.",
            ["Party of Civic Renewal", "PCR", "PCR"],
        ),
        ("The Maltese Authority said it would meet.", ["Maltese Authority"]),
    ],
)
def test_lists_parties_and_named_bodies(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_list_cue_does_not_run_past_the_list(run) -> None:
    text = "Firms such as Velora and Brisco said on Monday that Paris would decide."
    assert ents(run(text), "ORG") == ["Velora", "Brisco"]


def test_a_job_and_a_person_before_at_name_their_employer(run) -> None:
    text = '"Margins are thin," said analyst Anna Berg at Lomar Tidewell.'
    assert ents(run(text), "ORG") == ["Lomar Tidewell"]


def test_a_person_at_a_place_without_a_job_word_is_not(run) -> None:
    assert ents(run("Fans cheered Anna Berg at Kelso on Monday."), "ORG") == []


def test_a_persons_newspaper_does_not_make_the_person_an_organisation(run) -> None:
    text = "A court let Sok Vanna , the editor , reopen Sok Vanna 's newspaper ."
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coastwire reporters attended the opening.", ["Coastwire"]),
        ("Coastwire has learned that the plant will close.", ["Coastwire"]),
        ("A Tidepost correspondent saw the convoy.", ["Tidepost"]),
    ],
)
def test_a_news_organisation_by_its_reporters(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese reporters attended the opening.",  # a nationality
        "A Moscow correspondent saw the convoy.",  # a place
        "Anna Berg has learned that the plant will close.",  # a person
    ],
)
def test_reporters_of_a_place_or_nation_are_not_an_organisation(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The official newspaper Santiago reported the death.", ["Santiago"]),  # also a place
        ("The secularist magazine NovaLuce called it historic.", ["NovaLuce"]),
        ("The study appeared in the journal Ocean Floor Letters.", ["Ocean Floor Letters"]),
        ("A report in the news weekly Der Wanderer said so.", ["Der Wanderer"]),
    ],
)
def test_a_publication_named_after_a_media_noun(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_place_after_a_company_noun_stays_a_place(run) -> None:
    assert ents(run("The company Lisbon announced nothing."), "GPE") == ["Lisbon"]


SOCCER_REPORT = (
    "SOCCER - KELSO HOLD ARVON .\n"
    "Kelso captain Tom Reid scored twice as the Falcons held Arvon 2-2 in the league match .\n"
    "Former Delmere striker Petr Volk missed a penalty for the Falcons , the coach said .\n"
    "The Olympics and the war in the Hebrides were far from the players' minds .\n"
    "Fans of the Daughters of the Coast cheered the game .\n"
)


def test_a_club_before_a_team_role_and_a_nickname_in_a_result(run) -> None:
    orgs = ents(run(SOCCER_REPORT), "ORG")
    assert orgs[:5] == ["KELSO", "ARVON", "Kelso", "Falcons", "Arvon"]
    assert "Delmere" in orgs


def test_events_regions_and_of_names_are_not_nicknames(run) -> None:
    orgs = ents(run(SOCCER_REPORT), "ORG")
    assert not {"Olympics", "Hebrides", "Daughters"} & set(orgs)


def test_team_roles_outside_a_sports_report_say_nothing(run) -> None:
    text = "Kelso captain Tom Reid docked the ferry as the Falcons flew over the harbour .\n"
    assert ents(run(text), "ORG") == []


def test_an_apposition_with_a_hyphenated_descriptor(run) -> None:
    text = "Norvolt, a battery start-up founded in Lyon in 2020, will borrow first."
    assert ents(run(text), "ORG") == ["Norvolt"]


def test_an_apposition_without_a_descriptor_names_nothing(run) -> None:
    assert ents(run("Norvolt, a town founded in 1820, will vote first."), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant is run by Minera del Valle S.A. near Tarija.", ["Minera del Valle S.A."]),
        # not one name: two, the second a list member beside the first (``coordinated``)
        ("Banco Veridiano and BNVX agreed to lend.", ["Banco Veridiano", "BNVX"]),
        (
            "The Banco do Sertao and Caixa Rural de Minas SA agreed.",
            ["Banco do Sertao", "Caixa Rural de Minas SA"],
        ),
        (
            "The Ministerio de Industria y Turismo approved it.",
            ["Ministerio de Industria y Turismo"],
        ),
        ("The start-up was acquired by Quillfin in 2020.", ["Quillfin"]),
        ("It is in competition with Tallyo.", ["Tallyo"]),
    ],
)
def test_particles_coordination_and_ownership_cues(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The house was bought by Anna Berg in 2020.",  # a person
        "The island was owned by Portugal until 1975.",  # a place
    ],
)
def test_ownership_cues_before_a_person_or_place(run, text: str) -> None:
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kivu Board of Investment (BOI) approved it. The BOI expects a plant.",
            ["Kivu Board of Investment", "BOI", "BOI"],
        ),
        (
            "It invests beside PT Sarana Tambang Tbk (Satam). Satam agreed.",
            ["PT Sarana Tambang Tbk", "Satam", "Satam"],
        ),
    ],
)
def test_short_forms_that_spell_the_name_without_its_first_words(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "ORG") == expected


def test_a_bracketed_word_that_spells_nothing_is_no_short_form(run) -> None:
    doc = run("It invests beside PT Sarana Tambang Tbk (Jakarta). Jakarta agreed.")
    assert ents(doc, "ORG") == ["PT Sarana Tambang Tbk"]


def test_scorecards_fixtures_and_riders_teams(run) -> None:
    text = (
        "CRICKET - COUNTY SCORES .\n"
        "Close of play scores in the county championship matches on Friday :\n"
        "At Kelso : Westshire 259 and 207 ( T. Reid 69 ) , Eastmoor 114 and 81-3 .\n"
        "Tour itinerary :\n"
        "May 17 v Northmoor ( three days )\n"
        "CYCLING - STAGE RESULTS .\n"
        "1. Anna Berg ( Germany ) Velotec 4 hours 48 mins\n"
        "2. Tom Reid ( France ) , Ridgeway Cycles , 54.483\n"
        "Halftime 1-0 .\n"
    )
    orgs = ents(run(text), "ORG")
    assert orgs == ["Westshire", "Eastmoor", "Northmoor", "Velotec", "Ridgeway Cycles"]


def test_a_descriptor_in_a_capitals_headline_describes_nothing(run) -> None:
    text = "KIVU CENTRAL BANK HOLDS REPO OPERATION .\nThe bank held rates on Friday .\n"
    assert ents(run(text), "ORG") == []


def test_a_sentence_broken_across_lines_is_not_a_headline(run) -> None:
    text = "The National Bank of Kivu\nrefrained from staging a repo operation on Friday .\n"
    assert ents(run(text), "ORG") == ["National Bank of Kivu"]


def test_a_title_case_headline_is_still_one(run) -> None:
    text = "National Bank of Kivu Holds Rates\nThe bank held rates on Friday .\n"
    assert ents(run(text), "ORG") == []


def test_a_cue_before_a_persons_surname_names_no_organisation(run) -> None:
    text = "President Tomas Varela spoke. The plan, backed by Varela, was approved."
    assert ents(run(text), "ORG") == []


def test_a_cue_before_a_company_still_names_it(run) -> None:
    text = "Tomas Varela spoke. The plan, backed by Quillfin, was approved."
    assert ents(run(text), "ORG") == ["Quillfin"]


def test_a_headline_followed_by_a_byline_is_still_a_headline(run) -> None:
    text = "Kivu Partners with Tech Giants, Forms Working Group\n\nby Anna Berg\n\nIt began.\n"
    assert ents(run(text), "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a workplace or a stock cue: the name after it is a firm even if it reads as a person
        ("Analysts at Merrow Lynley said the move was overdue.", ["Merrow Lynley"]),
        ("Shares of Dana Holcombe rose 4 percent.", ["Dana Holcombe"]),
        ('"It is late," said Ida Brun, an economist at Otto Vandt.', ["Otto Vandt"]),
        # other cues keep the person evidence: people have spokesmen too
        ("A spokesman for Dana Holcombe declined to comment.", []),
    ],
)
def test_a_workplace_cue_outweighs_a_persons_name(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more workplace cues; a common noun or a date after them is no name
        ("Researchers at Halden Polytechnic found a link.", ["Halden Polytechnic"]),
        ("Officials at Merrow Lynley declined to comment.", ["Merrow Lynley"]),
        ("Officials at the scene said two people had died.", []),
        ("Engineers at Monday's briefing said the bridge was safe.", []),
    ],
)
def test_more_workplace_cues(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive before a name and its group noun, as "the" is
        ("Infighting within Halvik's Blue Wave party has raised doubts.", ["Blue Wave"]),
        ("The minister's Liberal Reform party split.", ["Liberal Reform"]),
        # ... but one everyday adjective names no group
        ("Mr. Halvik's Social party lost.", []),
        ("Halvik's party won.", []),
    ],
)
def test_a_group_named_after_a_possessive(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name whose subject owns something with "its" after a reporting or business verb
        ("Nordvik said its profit rose 5 percent.", ["Nordvik"]),
        ("Shares fell after Halvorsen reported its results.", ["Halvorsen"]),
        ("Nordvik said on Tuesday its sales fell.", ["Nordvik"]),
        # ... not a person, a place or a common noun
        ("Jane Roe said its design was flawed.", []),
        ("Mr. Brun said its design was flawed.", []),
        ("The company said its profit rose.", []),
    ],
)
def test_a_reporting_verb_with_its(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "ORG") == expected
