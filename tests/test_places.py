"""GPE rules on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import ents

CASES = [
    ("Factories in Guangdong and Sichuan expanded.", ["Guangdong", "Sichuan"]),
    ("Officials in Chengdu City met.", ["Chengdu City"]),
    (
        "The Xianlin District office opened in Jiangsu Province.",
        ["Xianlin District", "Jiangsu Province"],
    ),
    ("Exports from Brazil and South Korea rose.", ["Brazil", "South Korea"]),
    ("A plant near Munich, Bavaria, and one in Ontario.", ["Munich", "Bavaria", "Ontario"]),
    ("Firms across mainland China and Hong Kong listed.", ["China", "Hong Kong"]),
    ("Startups in São Paulo and Sao Paulo alike.", ["São Paulo", "Sao Paulo"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_finds_places(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "GPE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Korean firms agreed.",
        "The mobile app had a nice split screen for reading.",
        "The province and the city and the country agreed.",
        "Reading the report, analysts were surprised.",
    ],
)
def test_no_place(run, text: str) -> None:
    assert ents(run(text), "GPE") == []


def test_lower_case_designator_stays_out(run) -> None:
    assert ents(run("Output in Hebei province grew."), "GPE") == ["Hebei"]


def test_place_inside_an_organisation_name_is_not_separate(run) -> None:
    doc = run("Students at Lisbon Polytechnic University protested.")
    assert ents(doc, "GPE") == [] and ents(doc, "ORG") == ["Lisbon Polytechnic University"]


def test_the_dateline_place_and_its_other_mentions_are_places(run) -> None:
    doc = run("TARNWICK, Feb. 24 (Coast Wire) -- Jobs came back to Tarnwick on Monday.")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["TARNWICK", "Tarnwick"]


def test_a_place_noun_names_an_unlisted_place(run) -> None:
    doc = run("The province of Garrow set a target. Garrow wants hydrogen.")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Garrow", "Garrow"]
    assert [e.text for e in run("The city of knowledge grew.").ents] == []


def test_a_wire_dateline_with_one_hyphen_after_the_agency(run) -> None:
    doc = run("TARNWICK, Oct. 3 (Coast Wire) - Kestrel Optics GmbH opened a lab in Tarnwick.")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["TARNWICK", "Tarnwick"]
    launches = doc._.events
    assert launches and all(a.span.text != "TARNWICK" for e in launches for a in e.arguments)
    assert [e.text for e in run("SOCCER - RESULTS OF THE NORTHERN LEAGUE").ents] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a wire dateline with a date and one hyphen, no agency: its place and its state
        (
            "OLDVALE CROSSING, Calif, March 9 - Kelvo Inc said it bought a mill.",
            ["OLDVALE CROSSING", "Calif"],
        ),
        ("TARNBY, Mass., Oct 2 - Kelvo Inc said it bought a mill.", ["TARNBY", "Mass."]),
        ("TARNBY, March 9 - Kelvo Inc said it bought a mill in Tarnby.", ["TARNBY", "Tarnby"]),
    ],
)
def test_a_dated_wire_dateline_with_one_hyphen(run, text: str, places: list[str]) -> None:
    assert ents(run(text), "GPE") == places


@pytest.mark.parametrize(
    "text",
    [
        "ROUND 3 - RESULTS OF THE NORTHERN LEAGUE",  # no comma and date: a headline
        "SOCCER, ROUND 3 - RESULTS OF THE NORTHERN LEAGUE",  # a number, but no month
        "KELVO INC, Q3 - Net profit rose to 4 mln dlrs.",  # a quarter is no day of a month
        "TARNBY, Mass - Kelvo Inc said it bought a mill.",  # no day of the month before the hyphen
        "Kelvo, Ill, said on March 9 - a Monday - it bought a mill.",  # not capitals: no dateline
    ],
)
def test_no_dateline_without_its_date_before_one_hyphen(run, text: str) -> None:
    assert not {"TARNBY", "Ill", "Mass", "ROUND", "SOCCER", "KELVO INC"} & set(
        ents(run(text), "GPE")
    )


PEOPLE_NAMED_LIKE_PLACES = [
    # a first name before a place name makes it a surname, throughout the article
    (
        "Ilona Salem, a former crew member, spoke on Monday. Salem was born in Norway.",
        ["Norway"],
    ),
    ("The studio was founded by Tomas Lyon and two partners.", []),
    # Japanese given names come from Faker's romanised lists (no Latin-script list of its own)
    ("Naoki Salem, the plant manager, said output would double.", []),
    ("Satomi Lyon told reporters the line was ready.", []),
    # ... but not after a month, a title or a frequent word opening the sentence
    ("Paris Mayor Lina Orsay opened the bridge.", ["Paris"]),
    ("In June Paris voted for the plan.", ["Paris"]),
    ("Will Paris host the Games again?", ["Paris"]),
    ("Sales rose in Florence and Lyon last year.", ["Florence", "Lyon"]),
    ("The Jordan River flooded the valley.", ["Jordan"]),
    # ... and not where the article also writes the word as a place: there it is one, and only
    # the mention after the first name is the person's or part of a company's name
    (
        "Carriers such as Aziz Kenya sell airtime. Phone use in Kenya is rising, and Kenya "
        "wants more masts.",
        ["Kenya", "Kenya"],
    ),
    ("Tomas Salem runs the mill, which has stood in Salem since 1990.", ["Salem"]),
    # a possessor after "in" is the person's view, and what comes "from" a person is theirs
    ("Tomas Salem runs the mill. In Salem's view the mill is small.", []),
    ('Tomas Salem runs the mill. "We grow," Salem said. A statement from Salem followed.', []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_NAMED_LIKE_PLACES)
def test_a_place_name_inside_a_persons_name_is_not_a_place(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "GPE") == expected


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a town no list knows, before a comma and its country or US state
        ("The plant opened near Tarnby, Michigan, last week.", ["Tarnby"]),
        ("Kelvo built a depot in Oldvale, Kenya.", ["Oldvale"]),
        ("Talks begin in St. Tarnby, Kenya, on Monday.", ["St. Tarnby"]),
        ("The firm moved to Vellby Dunmore, Germany.\nIt grew.", ["Vellby Dunmore"]),
    ],
)
def test_a_town_before_its_region(nlp, text: str, towns: list[str]) -> None:
    gpe = [e.text for e in nlp(text).ents if e.label_ == "GPE"]
    for town in towns:
        assert town in gpe


@pytest.mark.parametrize(
    ("text", "not_towns"),
    [
        ("Meanwhile, Kenya raised rates.", ["Meanwhile"]),  # an everyday word
        ("said Ann Lee, Britain's envoy.", ["Lee", "Ann Lee"]),  # the region runs on
        ("The Kelvo Group, Germany-based, said.", ["Kelvo Group", "The Kelvo Group"]),
        ("Kelvo Holdings, Kenya, said.", ["Kelvo Holdings"]),  # a name with an everyday word
        ("Kelvo, Ohio, makes pumps. Kelvo said sales rose.", ["Kelvo"]),  # firm and home town
        ("He met Ann Tarnby Vellmar, Kenya's envoy.", ["Tarnby Vellmar"]),
    ],
)
def test_no_town_without_the_evidence(nlp, text: str, not_towns: list[str]) -> None:
    gpe = [e.text for e in nlp(text).ents if e.label_ == "GPE"]
    assert not set(gpe) & set(not_towns)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a state's AP abbreviation after a town: both are places, everyday words allowed
        ("The chain opened near Oak Tarnby, Tenn., last week.", ["Oak Tarnby", "Tenn."]),
        ("Kelvo (Upper Tarnby, Minn.) will open a depot.", ["Upper Tarnby", "Minn."]),
        ("A mill opened in Lower Tarnby, Kan. Its owners cheered.", ["Lower Tarnby", "Kan."]),
        ("It opened in Mount Tarnby, Ore.", ["Mount Tarnby", "Ore."]),
    ],
)
def test_a_town_before_a_state_abbreviation(nlp, text: str, places: list[str]) -> None:
    gpe = [e.text for e in nlp(text).ents if e.label_ == "GPE"]
    assert all(place in gpe for place in places)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, Calif.",  # a person
        "Miss. Tarnby arrived.",  # an abbreviation that is no state after a town
    ],
)
def test_no_state_abbreviation_without_a_town(nlp, text: str) -> None:
    gpe = [e.text for e in nlp(text).ents if e.label_ == "GPE"]
    assert not any(g.endswith(".") for g in gpe) and "Ann Lee" not in gpe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # official names, and ISO's inverted names turned round
        (
            "Aid reached the Democratic Republic of the Congo in May.",
            ["Democratic Republic of the Congo"],
        ),
        ("Aid reached the Democratic Republic of Congo in May.", ["Democratic Republic of Congo"]),
        (
            "Envoys of the Islamic Republic of Iran met in Oslo.",
            ["Islamic Republic of Iran", "Oslo"],
        ),
        ("The Republic of Korea signed the accord.", ["Republic of Korea"]),
        # countries that no longer exist, as news of their time names them
        (
            "Exports to Yugoslavia and Czechoslovakia fell in 1988.",
            ["Yugoslavia", "Czechoslovakia"],
        ),
        ("Cotton from Dahomey and Upper Volta sold well.", ["Dahomey", "Upper Volta"]),
        ("Teak from Burma reached the port.", ["Burma"]),
        # the article stays out
        ("The Netherlands raised its forecast.", ["Netherlands"]),
    ],
)
def test_countries_by_their_other_names(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "GPE") == expected


def test_an_official_country_name_gives_no_place_initialism() -> None:
    """The ORG rules take countries' initialisms for places; the long official names stay out of
    that list, so a two-letter acronym that happens to spell one ("ET") is still an acronym."""
    from pipeline.library_data import country_name_variants, country_names
    from pipeline.name_sources import countries

    assert "East Timor" in country_name_variants()
    assert "East Timor" not in countries() | country_names()


def test_inverted_names_without_an_of_phrase_are_not_turned() -> None:
    from pipeline.library_data import _turned_round

    assert _turned_round("Korea, Republic of") == "Republic of Korea"
    assert _turned_round("Congo, The Democratic Republic of the") == (
        "Democratic Republic of the Congo"
    )
    assert _turned_round("Taiwan, Province of China") == "Taiwan, Province of China"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # frequent in case-folded counts, but no dictionary writes them in lower case
        ("The chain will open its first store in Baltimore in April.", ["Baltimore"]),
        ("The board met in Pittsburgh and then in Cincinnati.", ["Pittsburgh", "Cincinnati"]),
        ("A studio in Nashville signed the band.", ["Nashville"]),
        # a US state, whatever else the name is
        ("The retiree moved to Florida and then to Ohio.", ["Florida", "Ohio"]),
    ],
)
def test_cities_frequent_only_as_names(run, text: str, expected: list[str]) -> None:
    assert ents(run(text), "GPE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reading the memo, the clerk frowned.",  # a word in lower case in the dictionary
        "Charlotte Brenner said the plan was sound.",  # a first name
        "Austin Verlow joined the board in March.",
        "Hitachi said on Monday that profit rose.",  # a listed company before a small city
        "Salzgitter raised its forecast for steel.",
    ],
)
def test_frequent_words_names_and_companies_are_not_cities(run, text: str) -> None:
    assert ents(run(text), "GPE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's capitalised "The" is no part of a longer name before the town
        ("The Tarnby, Mass., company said it would hire.", ["Tarnby", "Mass."]),
        # a state's abbreviation opening a compound: only an address abbreviates a state
        ("Profit rose at the Vellmoor Oaks, Fla.-based chain.", ["Vellmoor Oaks", "Fla."]),
        ("The Vellmoor Oaks, Fla.-based chain grew.", ["Vellmoor Oaks", "Fla."]),
        ("A U.S.-based fund and a U.K.-led group.", ["U.S.", "U.K."]),
        ("Shares of Tarnby, Calif.-based Kelvo rose.", ["Tarnby", "Calif."]),
        # a sentence that opens with the name before "-based" opens with a company
        ("Kelvo, Calif.-based maker of pumps, said profit rose.", []),
        ("Tarnby, Mich.-based Kelvo Corp. said profit rose.", ["Tarnby", "Mich."]),
        # only a determiner opening the sentence is left out of the town: "Front" is no
        # determiner, and a run with it is not read as a shorter town
        ("Front Tarnby, Va., officials said.", []),
        # a state written in full before "-based" follows a company, not a town
        ("Kelvo, Germany-based maker of pumps, said.", ["Germany"]),
        ("Talks with Ann Lee, Mass., went on.", []),
    ],
)
def test_a_town_before_an_abbreviated_state_in_a_compound(
    run, text: str, expected: list[str]
) -> None:
    assert ents(run(text), "GPE") == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a listed place inside the name of a lake, a sea or a region is no GPE there
        ("Kelvo sells pumps in Latin America and in Mexico.", ["Mexico"]),
        ("The rigs in the Gulf of Mexico were shut; Mexico said little.", ["Mexico"]),
        ("Kelvo's resort on Lake Geneva opened. Geneva cheered.", ["Geneva"]),
        ("Tankers crossed the Sea of Japan and the Strait of Gibraltar.", []),
        ("Ferries cross the Bay of Naples; Naples is busy.", ["Naples"]),
        # ... not after an ordinary word or a preposition
        ("The lake near Geneva and the sea off Japan were calm.", ["Geneva", "Japan"]),
        ("The bay of Naples and the strait near Gibraltar were calm.", ["Naples", "Gibraltar"]),
    ],
)
def test_a_place_in_a_lake_sea_or_region_name(run, text: str, places: list[str]) -> None:
    assert ents(run(text), "GPE") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a capitalised place noun and "of" name one place, the noun included
        ("Kelvo sued the State of Ohio on Monday.", ["State of Ohio"]),
        ("The Village of Oldvale will host the plant.", ["Village of Oldvale"]),
        (
            "The Municipality of Tarnby taxed it; Tarnby wants more.",
            ["Municipality of Tarnby", "Tarnby"],
        ),
        # ... not before an everyday word, not inside a longer name, not an ORG's start
        ("A State of Emergency was declared in Ohio.", ["Ohio"]),
        ("Kelvo opened in Tarn District of Oldvale.", ["Tarn District"]),
        ("The Town of Tarnby Council voted against it.", []),
        ("The County of Tarnby Ltd makes pumps.", []),
        ("Capital of Tarnby, a fund, bought the mill.", []),
    ],
)
def test_a_place_named_with_its_place_noun(run, text: str, places: list[str]) -> None:
    assert ents(run(text), "GPE") == places
