"""A third paraphrase bank for LAUNCH events (issue 11), written before any code change it
prompted, in registers the first two banks (tests/test_launch_general_bank.py and
tests/test_launch_general_bank_2.py) do not use: encyclopaedic and obituary prose, official
and legislative language, science and university news, consumer-tech blogs, motor and trade
shows, first-person quotes, retail, charities and culture, markets, courts and police,
sport, and question, tag and bullet headlines. Every name is invented (places are real
ones, as a GPE must be found). The rows follow annotations/GUIDELINES.md section 7.

Rows are ``(text, [(trigger, modality, {role: text})])`` compared as in the first bank: agent
and object always, date and location when the row names them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import BankRow as Row
from tests.conftest import LaunchRow as Event
from tests.conftest import asserted as a
from tests.conftest import bank_params
from tests.conftest import launch_events as events
from tests.conftest import unasserted as u
from tests.test_launch_general_bank import comparable  # the same view of a row as bank 1

ENCYCLOPAEDIC: list[Row] = [
    (
        "Founded in 1887 by Amos Tarrant, Tarrant Mills became the largest employer in the valley.",
        [a("Founded", agent="Amos Tarrant", object="Tarrant Mills", date="1887")],
    ),
    (
        "The society, which was formed in 1904, publishes a quarterly journal.",
        [a("formed", object="society", date="1904")],
    ),
    (
        "In 1971 she founded Marrow & Finch Ltd, a small publishing house in Leeds.",
        [a("founded", object="Marrow & Finch Ltd", date="1971")],
    ),
    (
        "Harlan Dyce, who founded Dyce Instruments in 1958, died on Tuesday at 91.",
        [a("founded", agent="Harlan Dyce", object="Dyce Instruments", date="1958")],
    ),
    (
        "The museum opened to the public in 1923.",
        [a("opened", object="museum", date="1923")],
    ),
    (
        "Since its establishment in 1990, the Corvan Foundation has funded 300 schools.",
        [a("establishment", object="Corvan Foundation", date="1990")],
    ),
    (
        "The league was formed in 1888 with twelve clubs.",
        [a("formed", object="league", date="1888")],
    ),
    (
        "The festival was founded in 1995 by a group of local teachers.",
        [a("founded", object="festival", date="1995")],
    ),
]

OFFICIAL: list[Row] = [
    (
        "The Ministry of Rural Affairs has established a national seed bank.",
        [a("established", agent="Ministry of Rural Affairs", object="national seed bank")],
    ),
    (
        "A new agency for coastal protection will be established under the bill.",
        [u("established", object="new agency for coastal protection")],
    ),
    (
        "The council voted on Tuesday to set up a youth advisory panel.",
        [u("set up", object="youth advisory panel")],
    ),
    (
        "Manitoba launched a rural broadband programme on Monday.",
        [
            a(
                "launched",
                agent="Manitoba",
                object="rural broadband programme",
                date="Monday",
                location="Manitoba",
            )
        ],
    ),
    (
        "Officials unveiled a 10-year transport strategy for rural districts.",
        [a("unveiled", object="10-year transport strategy for rural districts")],
    ),
    (
        "Under the new law, the government will create a housing fund.",
        [u("create", object="housing fund")],
    ),
]

SCIENCE_AND_CAMPUS: list[Row] = [
    (
        "Calloway University has opened a laboratory for soil microbiology.",
        [a("opened", agent="Calloway University", object="laboratory for soil microbiology")],
    ),
    (
        "The observatory's new telescope was inaugurated last week.",
        [a("inaugurated", object="new telescope", date="last week")],
    ),
    (
        "A research consortium called NovaGrid was formed by six universities in 2021.",
        [a("formed", object="NovaGrid", date="2021")],
    ),
    (
        "The Brennick Institute released an open-source software library for climate modelling.",
        [
            a(
                "released",
                agent="Brennick Institute",
                object="open-source software library for climate modelling",
            )
        ],
    ),
]

CONSUMER_TECH: list[Row] = [
    (
        "Quorra Labs is rolling out dark mode to all users this week.",
        [a("rolling out", agent="Quorra Labs", object="dark mode", date="this week")],
    ),
    (
        "Orrel Electronics today introduced the Nimbus 7 tablet, priced at $399.",
        [a("introduced", agent="Orrel Electronics", object="Nimbus 7", date="today")],
    ),
    (
        "Pendry Games will release its next title, Ember Road, in October.",
        [u("release", agent="Pendry Games", object="Ember Road", date="October")],
    ),
    (
        "Version 3.2 of the Kettle browser was released on Friday.",
        [a("released", object="Version 3.2 of the Kettle browser", date="Friday")],
    ),
    ("Tavlo Mobile just dropped a budget phone.", []),
    ("Say hello to the Nimbus 7, the latest tablet from Orrel Electronics.", []),
    (
        "Kinvara Telecom rolled out 5G service in three more cities.",
        [a("rolled out", agent="Kinvara Telecom", object="5G service")],
    ),
]

SHOWS_AND_FAIRS: list[Row] = [
    (
        "The Varo GT made its world debut at the Geneva show.",
        [a("debut", object="Varo GT")],
    ),
    (
        "Halden Motors showcased a hydrogen concept car at the motor show.",
        [a("showcased", agent="Halden Motors", object="hydrogen concept car")],
    ),
    (
        "Brevik Trucks debuted an electric tractor unit at the fair in Hanover.",
        [
            a(
                "debuted",
                agent="Brevik Trucks",
                object="electric tractor unit",
                location="Hanover",
            )
        ],
    ),
]

FIRST_PERSON: list[Row] = [
    (
        '"Today we are launching a fund for young inventors," said Mara Quell, chief '
        "executive of Quell Ventures.",
        [a("launching", object="fund for young inventors")],
    ),
    (
        '"I\'m proud to announce the opening of our first store in Accra," the founder said.',
        [a("opening", object="first store", location="Accra")],
    ),
    (
        '"We will not be opening a branch in Cork," a spokesman said.',
        [u("opening", object="branch", location="Cork")],
    ),
]

RETAIL_AND_CULTURE: list[Row] = [
    (
        "Mellow Grocers opened 12 new stores in the quarter.",
        [a("opened", agent="Mellow Grocers", object="12 new stores")],
    ),
    (
        "The chain plans to open 30 more outlets next year.",
        [u("open", object="30 more outlets", date="next year")],
    ),
    (
        "Two new restaurants opened in the harbour district this month.",
        [a("opened", object="Two new restaurants", date="this month")],
    ),
    (
        "Pasta maker Voltti Foods introduced a gluten-free range in May.",
        [a("introduced", agent="Voltti Foods", object="gluten-free range", date="May")],
    ),
    (
        "The Halloway Trust has launched a bursary for first-generation students.",
        [a("launched", agent="Halloway Trust", object="bursary for first-generation students")],
    ),
    (
        "The band released its debut album, Glass Harbour, in 2019.",
        [a("released", object="Glass Harbour", date="2019")],
    ),
    (
        "The Lumen Arts Centre will open a second gallery in 2026.",
        [u("open", agent="Lumen Arts Centre", object="second gallery", date="2026")],
    ),
    ("Orla Brennan's debut at the Abbey Theatre drew praise.", []),
    ("The exhibition opens to the public on 3 May.", []),
    # a film is a product (sixteenth round): its opening in cinemas is its release
    ("The film opens in cinemas on Friday.", [u("opens", object="film", date="Friday")]),
]

MARKETS: list[Row] = [
    (
        "Carvell Asset Management launched two exchange-traded funds on Wednesday.",
        [
            a(
                "launched",
                agent="Carvell Asset Management",
                object="two exchange-traded funds",
                date="Wednesday",
            )
        ],
    ),
    (
        "Shares of Brisco Holdings jumped after the launch of its new credit card.",
        [a("launch", agent="Brisco Holdings", object="new credit card")],
    ),
    (
        "Mallen Bank set up a $50 million venture arm in 2022.",
        [a("set up", agent="Mallen Bank", object="$50 million venture arm", date="2022")],
    ),
    ("The Tarro Index opened 2% higher.", []),
    ("Trading in the new shares opened at 98 cents.", []),
    ("The company released its quarterly results on Thursday.", []),
]

COURTS_AND_POLICE: list[Row] = [
    ("The suspect was released on bail on Friday.", []),
    ("Police launched an investigation into the fire.", []),
    ("Prosecutors established that the money had been moved.", []),
    ("The court set up a hearing for March.", []),
    ("He established himself as a leading designer.", []),
]

SPORT: list[Row] = [
    (
        "Castlerock FC opened a new training ground last summer.",
        [
            a(
                "opened",
                agent="Castlerock FC",
                object="new training ground",
                date="last summer",
            )
        ],
    ),
    ("The striker made his debut for the club in 2015.", []),
]

MODALITY: list[Row] = [
    (
        "Velm Bank is poised to launch a digital-only lender.",
        [u("launch", agent="Velm Bank", object="digital-only lender")],
    ),
    (
        "Talks are under way to set up a regional airline.",
        [u("set up", object="regional airline")],
    ),
    (
        "If approved, the scheme would be rolled out nationwide in 2025.",
        [u("rolled out", object="scheme", date="2025")],
    ),
    (
        "Parrow Foods scrapped plans to open a factory in Ohio.",
        [u("open", agent="Parrow Foods", object="factory", location="Ohio")],
    ),
    (
        "Hesketh Group denied reports that it would launch a streaming service.",
        [u("launch", agent="Hesketh Group", object="streaming service")],
    ),
    (
        "Neither company has launched a product since the merger.",
        [u("launched", object="product")],
    ),
    (
        "Calder Bank was among the first lenders to introduce contactless cards.",
        [a("introduce", agent="Calder Bank", object="contactless cards")],
    ),
    (
        "The app, launched last year, now has a million users.",
        [a("launched", object="app", date="last year")],
    ),
]

OBJECT_SHAPES: list[Row] = [
    (
        "Tamsin Cosmetics unveiled a range of vegan lipsticks.",
        [a("unveiled", agent="Tamsin Cosmetics", object="range of vegan lipsticks")],
    ),
    (
        "Garrow Media has launched a Spanish-language news channel.",
        [a("launched", agent="Garrow Media", object="Spanish-language news channel")],
    ),
    (
        "Bellweather Insurance introduced what it calls a pay-per-mile policy.",
        [a("introduced", agent="Bellweather Insurance", object="pay-per-mile policy")],
    ),
    (
        "The startup launched its flagship product, an AI-powered tutor, in March.",
        [a("launched", object="flagship product", date="March")],
    ),
    (
        "Dorrit Pharma unveiled the Clarix 200 inhaler at a conference in Boston.",
        [a("unveiled", agent="Dorrit Pharma", object="Clarix 200", location="Boston")],
    ),
    (
        "Westcombe Bank launched a current account and a savings app.",
        [a("launched", agent="Westcombe Bank", object="current account and a savings app")],
    ),
]

NOMINAL: list[Row] = [
    (
        "The rollout of the new tram line has been delayed until spring.",
        [u("rollout", object="new tram line")],
    ),
    (
        "Orrin Capital's launch of a green bond fund surprised analysts.",
        [a("launch", agent="Orrin Capital", object="green bond fund")],
    ),
    (
        "News of the formation of a new opposition party spread quickly.",
        [a("formation", object="new opposition party")],
    ),
]

HEADLINE_SHAPES: list[Row] = [
    (
        "Will Vesta Mobile Launch A Foldable Phone This Year?",
        [u("Launch", agent="Vesta Mobile", object="Foldable Phone")],
    ),
    (
        "EXCLUSIVE: Brandt Group to form shipping alliance",
        [u("form", agent="Brandt Group", object="shipping alliance")],
    ),
    (
        "Kestrel Air launches Lisbon route",
        [a("launches", agent="Kestrel Air", object="Lisbon route")],
    ),
    (
        "- Launched a loyalty scheme for frequent flyers",
        [a("Launched", object="loyalty scheme for frequent flyers")],
    ),
]

ROWS: list[Row] = (
    ENCYCLOPAEDIC
    + OFFICIAL
    + SCIENCE_AND_CAMPUS
    + CONSUMER_TECH
    + SHOWS_AND_FAIRS
    + FIRST_PERSON
    + RETAIL_AND_CULTURE
    + MARKETS
    + COURTS_AND_POLICE
    + SPORT
    + MODALITY
    + OBJECT_SHAPES
    + NOMINAL
    + HEADLINE_SHAPES
)

CONVENTION = "a convention question for the report, not a rule: "
MISSED = "no event: the trigger is not read or the object fails the sense checks"
OBJECT = "the object differs (boundary, a name beside a description, or a wrong phrase)"
AGENT = "the agent differs (missing, generic, or another name)"
DATE = "the date differs (missing or another DATE)"
LOCATION = "the location differs (missing or another place)"
KNOWN_GAPS: dict[str, str] = {
    "The festival was founded in 1995 by a group of local teachers.": CONVENTION
    + "'festival' is a distractor object (events are not launched); founding a recurring "
    "festival may be founding an organisation",
    "Orrel Electronics today introduced the Nimbus 7 tablet, priced at $399.": DATE,
    "Pendry Games will release its next title, Ember Road, in October.": MISSED
    + " ('Ember' is a first name, so the release reads as a person's)",
    "Brevik Trucks debuted an electric tractor unit at the fair in Hanover.": LOCATION,
    "Shares of Brisco Holdings jumped after the launch of its new credit card.": AGENT,
    "Will Vesta Mobile Launch A Foldable Phone This Year?": MISSED,
}
"""Rows the pipeline does not pass yet, with the aspect that differs; they stay in the bank
as strict expected failures so that a fix shows up."""


@pytest.mark.parametrize(("text", "expected"), bank_params(ROWS, KNOWN_GAPS))
def test_paraphrase_bank_3(run: Callable[..., Doc], text: str, expected: list[Event]) -> None:
    assert comparable(events(run(text, "2024-05-01")), expected) == expected
