"""A paraphrase bank for LAUNCH events (issue 11): how news of any outlet and decade reports a
launch, written by us with every name invented, none taken from any annotated set.

Each row is ``(text, [(trigger, modality, {role: text})])``; an empty list is no event. The
agent and object are always compared (a missing role must be missing); date and location
only when the row names them. The rows follow annotations/GUIDELINES.md section 7, so verbs
the guidelines leave out of the trigger list ("began operations", "floated", "commissioned")
are rows with no event; "create" is a trigger only with a new institution, fund, programme or
platform as its object ("created the Brightleaf brand" is none), "start" only with a new
organisation or business, "go on sale" only with a new product.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import LaunchRow as Event
from tests.conftest import bank_params
from tests.conftest import launch_events as events

ASSERTED = "asserted"
UNASSERTED = "unasserted"

HEADLINES: list[tuple[str, list[Event]]] = [
    (
        "Halbrook Bank Launches Green Savings Account",
        [("Launches", ASSERTED, {"agent": "Halbrook Bank", "object": "Green Savings Account"})],
    ),
    (
        "HALBROOK BANK LAUNCHES GREEN SAVINGS ACCOUNT",
        [("LAUNCHES", ASSERTED, {"agent": "HALBROOK BANK", "object": "GREEN SAVINGS ACCOUNT"})],
    ),
    (
        "Kestrova Capital Launches $500 Million Climate Fund",
        [
            (
                "Launches",
                ASSERTED,
                {"agent": "Kestrova Capital", "object": "$500 Million Climate Fund"},
            )
        ],
    ),
    (
        "Orvex Systems rolls out AI assistant for small firms",
        [
            (
                "rolls out",
                ASSERTED,
                {"agent": "Orvex Systems", "object": "AI assistant for small firms"},
            )
        ],
    ),
    (
        "Delvin Motors debuts electric pickup",
        [("debuts", ASSERTED, {"agent": "Delvin Motors", "object": "electric pickup"})],
    ),
    (
        "Tesmar Group to open 40 stores in Poland",
        [
            (
                "open",
                UNASSERTED,
                {"agent": "Tesmar Group", "object": "40 stores", "location": "Poland"},
            )
        ],
    ),
    (
        "Marden Bank Opens First Branch In Ghana",
        [
            (
                "Opens",
                ASSERTED,
                {"agent": "Marden Bank", "object": "First Branch", "location": "Ghana"},
            )
        ],
    ),
    (
        "VELMORE INC INTRODUCES NEW SMARTWATCH",
        [("INTRODUCES", ASSERTED, {"agent": "VELMORE INC", "object": "NEW SMARTWATCH"})],
    ),
    (
        "Tarrant Motors Unveils Its First Electric Bus",
        [("Unveils", ASSERTED, {"agent": "Tarrant Motors", "object": "First Electric Bus"})],
    ),
    (
        "Bexley Council To Set Up Housing Company",
        [("Set Up", UNASSERTED, {"agent": "Bexley Council", "object": "Housing Company"})],
    ),
    (
        "Orland Telecom introduces 5G service in three cities",
        [("introduces", ASSERTED, {"agent": "Orland Telecom", "object": "5G service"})],
    ),
    (
        "Kallisto Bank Launches Credit Card for Students",
        [("Launches", ASSERTED, {"agent": "Kallisto Bank", "object": "Credit Card for Students"})],
    ),
    (
        "PELLUM FOODS OPENS NEW FACTORY IN KENYA",
        [("OPENS", ASSERTED, {"agent": "PELLUM FOODS", "object": "NEW FACTORY"})],
    ),
    (
        "Norvique Labs Debuts Folding Tablet",
        [("Debuts", ASSERTED, {"agent": "Norvique Labs", "object": "Folding Tablet"})],
    ),
]

PASSIVES: list[tuple[str, list[Event]]] = [
    (
        "The service was launched by Pelgrave Telecom in March.",
        [
            (
                "launched",
                ASSERTED,
                {"agent": "Pelgrave Telecom", "object": "service", "date": "March"},
            )
        ],
    ),
    (
        "A new range of frozen meals has been introduced by Brantley Foods.",
        [
            (
                "introduced",
                ASSERTED,
                {"agent": "Brantley Foods", "object": "new range of frozen meals"},
            )
        ],
    ),
    (
        "The fund, which was set up by Corlan Capital last year, invests in farms.",
        [
            (
                "set up",
                ASSERTED,
                {"agent": "Corlan Capital", "object": "fund", "date": "last year"},
            )
        ],
    ),
    (
        "The app was rolled out nationwide on Tuesday.",
        [("rolled out", ASSERTED, {"object": "app", "date": "Tuesday"})],
    ),
    (
        "Brightwater Analytics was founded in 2009 by Mervyn Hale, a former trader.",
        [
            (
                "founded",
                ASSERTED,
                {"agent": "Mervyn Hale", "object": "Brightwater Analytics", "date": "2009"},
            )
        ],
    ),
    (
        "Founded in 1952, Castell Tools makes hand saws.",
        [("Founded", ASSERTED, {"object": "Castell Tools", "date": "1952"})],
    ),
    (
        "Halvard Energy's new battery unit was unveiled on Monday.",
        [
            (
                "unveiled",
                ASSERTED,
                {"agent": "Halvard Energy", "object": "new battery unit", "date": "Monday"},
            )
        ],
    ),
    (
        "If approved, the fund would be launched in 2026.",
        [("launched", UNASSERTED, {"object": "fund", "date": "2026"})],
    ),
    (
        "The newly opened mall attracted 10,000 shoppers.",
        [("opened", ASSERTED, {"object": "mall"})],
    ),
]

NOMINALS: list[tuple[str, list[Event]]] = [
    (
        "Pemberly Bank celebrated the opening of its first branch in Lagos.",
        [
            (
                "opening",
                ASSERTED,
                {"agent": "Pemberly Bank", "object": "first branch", "location": "Lagos"},
            )
        ],
    ),
    (
        "The rollout of the new billing system was completed in June.",
        [("rollout", ASSERTED, {"object": "new billing system"})],
    ),
    (
        "Ardent Air announced the launch of a daily service to Tbilisi.",
        [("launch", ASSERTED, {"agent": "Ardent Air", "object": "daily service"})],
    ),
    (
        "The establishment of the Tarn Valley Trust was announced on Friday.",
        [("establishment", ASSERTED, {"object": "Tarn Valley Trust"})],
    ),
    (
        "Analysts praised Vossler Corp's introduction of a cheaper model.",
        [("introduction", ASSERTED, {"agent": "Vossler Corp", "object": "cheaper model"})],
    ),
    (
        "The launch of the fund is scheduled for March.",
        [("launch", UNASSERTED, {"object": "fund", "date": "March"})],
    ),
    (
        "Since its founding in 1998, Quarry Labs Inc. has grown to 400 staff.",
        [("founding", ASSERTED, {"object": "Quarry Labs Inc.", "date": "1998"})],
    ),
    (
        "The debut of the tablet drew long queues in Oslo.",
        [("debut", ASSERTED, {"object": "tablet"})],
    ),
    (
        "The launch of the Vega 3 was delayed until next spring.",
        [("launch", UNASSERTED, {"object": "Vega 3"})],
    ),
]

VERBS: list[tuple[str, list[Event]]] = [
    (
        "Brisco Foods rolled out a new range of vegan snacks across Europe.",
        [
            (
                "rolled out",
                ASSERTED,
                {"agent": "Brisco Foods", "object": "new range of vegan snacks"},
            )
        ],
    ),
    (
        "Halden Partners set up a $2bn infrastructure fund in Singapore.",
        [
            (
                "set up",
                ASSERTED,
                {
                    "agent": "Halden Partners",
                    "object": "$2bn infrastructure fund",
                    "location": "Singapore",
                },
            )
        ],
    ),
    (
        "The city inaugurated a new metro line on Saturday.",
        [("inaugurated", ASSERTED, {"object": "new metro line", "date": "Saturday"})],
    ),
    (
        "Kelton Labs introduced a subscription plan for students.",
        [
            (
                "introduced",
                ASSERTED,
                {"agent": "Kelton Labs", "object": "subscription plan for students"},
            )
        ],
    ),
    (
        "Pendle Bank opened 12 branches in Kenya last year.",
        [
            (
                "opened",
                ASSERTED,
                {
                    "agent": "Pendle Bank",
                    "object": "12 branches",
                    "location": "Kenya",
                    "date": "last year",
                },
            )
        ],
    ),
    (
        "The group formed a joint venture with Tarsis Mining to explore for lithium.",
        [("formed", ASSERTED, {"object": "joint venture"})],
    ),
    (
        "Velmont Inc. founded a research institute in Leeds in 2015.",
        [
            (
                "founded",
                ASSERTED,
                {
                    "agent": "Velmont Inc.",
                    "object": "research institute",
                    "location": "Leeds",
                    "date": "2015",
                },
            )
        ],
    ),
    (
        "Stelvio Pharma established a subsidiary in Brazil.",
        [
            (
                "established",
                ASSERTED,
                {"agent": "Stelvio Pharma", "object": "subsidiary", "location": "Brazil"},
            )
        ],
    ),
    (
        "Garnet Media unveiled a streaming service called Lumo.",
        [("unveiled", ASSERTED, {"agent": "Garnet Media", "object": "Lumo"})],
    ),
    (
        "Ferran Motors launched the E-Volt 4 in China on Thursday.",
        [
            (
                "launched",
                ASSERTED,
                {
                    "agent": "Ferran Motors",
                    "object": "E-Volt 4",
                    "location": "China",
                    "date": "Thursday",
                },
            )
        ],
    ),
    (
        "Drayton Bank has launched a mobile-only bank for young savers.",
        [
            (
                "launched",
                ASSERTED,
                {"agent": "Drayton Bank", "object": "mobile-only bank for young savers"},
            )
        ],
    ),
    (
        "Silvane Airlines launched flights between Perth and Bali.",
        [("launched", ASSERTED, {"agent": "Silvane Airlines", "object": "flights"})],
    ),
    (
        "Arden University opened a campus in Dubai.",
        [
            (
                "opened",
                ASSERTED,
                {"agent": "Arden University", "object": "campus", "location": "Dubai"},
            )
        ],
    ),
    (
        "Quillon Retail opened its first store in Madrid.",
        [
            (
                "opened",
                ASSERTED,
                {"agent": "Quillon Retail", "object": "first store", "location": "Madrid"},
            )
        ],
    ),
    (
        "Mervyn Hale founded Brightwater Analytics in 2009.",
        [
            (
                "founded",
                ASSERTED,
                {"agent": "Mervyn Hale", "object": "Brightwater Analytics", "date": "2009"},
            )
        ],
    ),
    (
        "Kalmar Steel formed a committee to review the deal.",
        [("formed", ASSERTED, {"agent": "Kalmar Steel", "object": "committee"})],
    ),
    (
        "Tamber Inc. on Wednesday unveiled a tablet aimed at students.",
        [("unveiled", ASSERTED, {"agent": "Tamber Inc.", "object": "tablet", "date": "Wednesday"})],
    ),
    (
        "Brandt Energy has opened a research centre dedicated to battery recycling.",
        [("opened", ASSERTED, {"agent": "Brandt Energy", "object": "research centre"})],
    ),
    (
        "In 2018, Orrell Bank set up a venture arm to back fintech firms.",
        [
            (
                "set up",
                ASSERTED,
                {"agent": "Orrell Bank", "object": "venture arm", "date": "2018"},
            )
        ],
    ),
    (
        "Calder Group has inaugurated its new headquarters in Nairobi.",
        [
            (
                "inaugurated",
                ASSERTED,
                {"agent": "Calder Group", "object": "new headquarters", "location": "Nairobi"},
            )
        ],
    ),
    (
        "Arlo Health introduced telemedicine services for rural patients.",
        [
            (
                "introduced",
                ASSERTED,
                {"agent": "Arlo Health", "object": "telemedicine services for rural patients"},
            )
        ],
    ),
    (
        "Pinnacle Mobile debuted three new handsets in Jakarta on Friday.",
        [
            (
                "debuted",
                ASSERTED,
                {
                    "agent": "Pinnacle Mobile",
                    "object": "three new handsets",
                    "location": "Jakarta",
                    "date": "Friday",
                },
            )
        ],
    ),
    (
        "Morrow Foods has released a limited edition of its chocolate bar.",
        [
            (
                "released",
                ASSERTED,
                {"agent": "Morrow Foods", "object": "limited edition of its chocolate bar"},
            )
        ],
    ),
    (
        "Trevian Capital established a $500 million fund focused on Africa.",
        [("established", ASSERTED, {"agent": "Trevian Capital", "object": "$500 million fund"})],
    ),
    (
        "Holloway Group launched the fund with $300 million from pension investors.",
        [("launched", ASSERTED, {"agent": "Holloway Group", "object": "fund"})],
    ),
    (
        "Zephyr Airways has introduced a new business class on its long-haul fleet.",
        [("introduced", ASSERTED, {"agent": "Zephyr Airways", "object": "new business class"})],
    ),
    (
        "Lorrin Cosmetics introduced a new range of skincare products in Japan.",
        [
            (
                "introduced",
                ASSERTED,
                {
                    "agent": "Lorrin Cosmetics",
                    "object": "new range of skincare products",
                    "location": "Japan",
                },
            )
        ],
    ),
    (
        "Starling Foods opened its first factory outside Europe.",
        [("opened", ASSERTED, {"agent": "Starling Foods", "object": "first factory"})],
    ),
    (
        "Falkner Games released Tide Runner 3 on Friday.",
        [
            (
                "released",
                ASSERTED,
                {"agent": "Falkner Games", "object": "Tide Runner 3", "date": "Friday"},
            )
        ],
    ),
    (
        "Cadence Bank launched a $2bn fund for clean energy projects.",
        [
            (
                "launched",
                ASSERTED,
                {"agent": "Cadence Bank", "object": "$2bn fund for clean energy projects"},
            )
        ],
    ),
    (
        "Corvex Audio introduced the Corvex One, a $299 smart speaker.",
        [("introduced", ASSERTED, {"agent": "Corvex Audio", "object": "Corvex One"})],
    ),
    (
        "Marrick Software released a new version of its design suite.",
        [
            (
                "released",
                ASSERTED,
                {"agent": "Marrick Software", "object": "new version of its design suite"},
            )
        ],
    ),
]

AGENTS: list[tuple[str, list[Event]]] = [
    (
        "Norrell Group, the Dutch retailer, opened a flagship store in Utrecht.",
        [
            (
                "opened",
                ASSERTED,
                {"agent": "Norrell Group", "object": "flagship store", "location": "Utrecht"},
            )
        ],
    ),
    (
        "Pavona Drinks, which makes sports drinks, launched a low-sugar cola.",
        [("launched", ASSERTED, {"agent": "Pavona Drinks", "object": "low-sugar cola"})],
    ),
    (
        "Ostrel Bank said it had launched a green bond fund.",
        [("launched", ASSERTED, {"agent": "Ostrel Bank", "object": "green bond fund"})],
    ),
    (
        "Ostrel Bank said on Tuesday that it would launch a green bond fund next year.",
        [
            (
                "launch",
                UNASSERTED,
                {"agent": "Ostrel Bank", "object": "green bond fund", "date": "next year"},
            )
        ],
    ),
    (
        "The company, founded by Lena Ortiz in 2011, opened an office in Toronto.",
        [
            ("founded", ASSERTED, {"agent": "Lena Ortiz", "object": "company", "date": "2011"}),
            ("opened", ASSERTED, {"object": "office", "location": "Toronto"}),
        ],
    ),
    (
        "Kerrigan Media and Solent Films formed a joint studio.",
        [("formed", ASSERTED, {"agent": "Kerrigan Media", "object": "joint studio"})],
    ),
    (
        "Its parent, Marrow Holdings, launched the brand in 2019.",
        [("launched", ASSERTED, {"agent": "Marrow Holdings", "object": "brand", "date": "2019"})],
    ),
    (
        "Yarrow Technologies, a chipmaker based in Austin, has introduced a new processor.",
        [("introduced", ASSERTED, {"agent": "Yarrow Technologies", "object": "new processor"})],
    ),
    (
        "Pellworth Bank said the lending arm it set up in May had made 300 loans.",
        [
            (
                "set up",
                ASSERTED,
                {"agent": "Pellworth Bank", "object": "lending arm", "date": "May"},
            )
        ],
    ),
    (
        "Sorrel Foods unveiled a vegan cheese and introduced a range of oat milks.",
        [
            ("unveiled", ASSERTED, {"agent": "Sorrel Foods", "object": "vegan cheese"}),
            ("introduced", ASSERTED, {"agent": "Sorrel Foods", "object": "range of oat milks"}),
        ],
    ),
    (
        "Garnet Media denied that it had launched a rival service.",
        [("launched", UNASSERTED, {"agent": "Garnet Media", "object": "rival service"})],
    ),
]

FUTURES: list[tuple[str, list[Event]]] = [
    (
        "Tovar Airlines has no plans to launch flights to Cairo.",
        [("launch", UNASSERTED, {"agent": "Tovar Airlines", "object": "flights"})],
    ),
    (
        "Marlin Bank plans to open 20 branches next year.",
        [
            (
                "open",
                UNASSERTED,
                {"agent": "Marlin Bank", "object": "20 branches", "date": "next year"},
            )
        ],
    ),
    (
        "Kestral Foods is expected to unveil a plant-based burger in May.",
        [
            (
                "unveil",
                UNASSERTED,
                {"agent": "Kestral Foods", "object": "plant-based burger", "date": "May"},
            )
        ],
    ),
    (
        "Pyron Energy will set up a hydrogen unit in Rotterdam.",
        [
            (
                "set up",
                UNASSERTED,
                {"agent": "Pyron Energy", "object": "hydrogen unit", "location": "Rotterdam"},
            )
        ],
    ),
    (
        "Halcyon Bank did not launch the card in Spain.",
        [("launch", UNASSERTED, {"agent": "Halcyon Bank", "object": "card", "location": "Spain"})],
    ),
    (
        "Corvina Trucks hopes to debut its first electric truck by 2027.",
        [("debut", UNASSERTED, {"agent": "Corvina Trucks", "object": "first electric truck"})],
    ),
    (
        "The new Corrib kettle goes on sale next week.",
        [("goes on sale", UNASSERTED, {"object": "new Corrib kettle", "date": "next week"})],
    ),
]

NEGATIVES: list[tuple[str, list[Event]]] = [
    ("Police launched an investigation into the fire.", []),
    ("The army launched an attack on the rebel base.", []),
    ("Rebels released three hostages on Sunday.", []),
    ("The rocket was launched from a pad in the desert.", []),
    ("Shares of Kalva Corp opened higher on Monday.", []),
    ("Kalva Corp released its quarterly results on Tuesday.", []),
    ("Dunmore Bank opened talks with regulators.", []),
    ("The minister opened the debate in parliament.", []),
    ("The singer released a statement denying the claims.", []),
    ("The lawyer introduced evidence that the contract was void.", []),
    ("Water formed pools on the factory floor.", []),
    ("The scientists established that the virus spreads by air.", []),
    ("The trial established a link between diet and disease.", []),
    ("Gunmen opened fire on the crowd.", []),
    ("The match opened with two quick goals.", []),
    ("Holm Bank unveiled a 10% rise in profit.", []),
    ("Holm Bank unveiled plans to cut 500 jobs.", []),
    ("The museum unveiled a statue of its founder.", []),
    ("The coach introduced a new striker to the fans.", []),
    ("Ossia Holdings floated its logistics arm on the stock exchange.", []),
    ("Tamsin Bell created the Brightleaf brand in 2004.", []),
    ("Brenner Logistics began operations at its hub in Leipzig.", []),
    ("Varnor Energy commissioned a study of the site.", []),
    ("The club set up a second goal in the final minute.", []),
    ("Prices formed a peak in March.", []),
    ("Engineers released water from the dam.", []),
    ("Opening the session, the chair welcomed delegates.", []),
]

REPORTING_SHAPES: list[tuple[str, list[Event]]] = [
    (
        "Zentrix unveiled a folding phone on Tuesday.",
        [
            (
                "unveiled",
                ASSERTED,
                {"agent": "Zentrix", "object": "folding phone", "date": "Tuesday"},
            )
        ],
    ),
    (
        "Japanese carmaker Tokiro unveiled an electric minivan.",
        [("unveiled", ASSERTED, {"agent": "Tokiro", "object": "electric minivan"})],
    ),
    (
        "Tech giant Vantix has launched a music streaming service.",
        [("launched", ASSERTED, {"agent": "Vantix", "object": "music streaming service"})],
    ),
    (
        "Orbina Corp. (ORB.N) launched a cloud gaming service on Monday.",
        [
            (
                "launched",
                ASSERTED,
                {"agent": "Orbina Corp.", "object": "cloud gaming service", "date": "Monday"},
            )
        ],
    ),
    (
        "Online retailer Shopwell on Thursday introduced a same-day delivery service in Chicago.",
        [
            (
                "introduced",
                ASSERTED,
                {
                    "agent": "Shopwell",
                    "object": "same-day delivery service",
                    "date": "Thursday",
                    "location": "Chicago",
                },
            )
        ],
    ),
    (
        "Launched in 2015, the app now has 3 million users.",
        [("Launched", ASSERTED, {"object": "app", "date": "2015"})],
    ),
    (
        "The app, launched in 2015, now has 3 million users.",
        [("launched", ASSERTED, {"object": "app", "date": "2015"})],
    ),
    (
        "Founded in 1952, the company makes hand saws.",
        [("Founded", ASSERTED, {"object": "company", "date": "1952"})],
    ),
    (
        "Set up in 2001, the fund invests in farms.",
        [("Set up", ASSERTED, {"object": "fund", "date": "2001"})],
    ),
    (
        "It is the third fund the firm has launched this year.",
        [("launched", ASSERTED, {"object": "third fund", "date": "this year"})],
    ),
    (
        "Kavlo expanded into Asia, launching a unit in Tokyo.",
        [("launching", ASSERTED, {"agent": "Kavlo", "object": "unit", "location": "Tokyo"})],
    ),
    (
        "Kavlo announced Tuesday that it has launched a budget airline.",
        [("launched", ASSERTED, {"agent": "Kavlo", "object": "budget airline"})],
    ),
    (
        "Kavlo on Monday announced the launch of a budget airline.",
        [("launch", ASSERTED, {"agent": "Kavlo", "object": "budget airline", "date": "Monday"})],
    ),
    (
        "The tablet, which Kavlo launched last year, sold poorly.",
        [("launched", ASSERTED, {"agent": "Kavlo", "object": "tablet", "date": "last year"})],
    ),
    (
        "Kavlo Announces Launch Of New Fund",
        [("Launch", ASSERTED, {"agent": "Kavlo", "object": "New Fund"})],
    ),
    (
        "Kavlo to launch budget phone in 2025",
        [("launch", UNASSERTED, {"agent": "Kavlo", "object": "budget phone", "date": "2025"})],
    ),
    (
        "Kavlo launching smartwatch next month",
        [("launching", UNASSERTED, {"agent": "Kavlo", "object": "smartwatch"})],
    ),
    (
        "Kavlo chief executive Ana Ruiz unveiled the phone in Madrid.",
        [("unveiled", ASSERTED, {"agent": "Ana Ruiz", "object": "phone", "location": "Madrid"})],
    ),
    (
        "Kavlo and Rellis formed an alliance to build chargers.",
        [("formed", ASSERTED, {"agent": "Kavlo", "object": "alliance"})],
    ),
    (
        "Kavlo Bank has opened a new branch in Dundee, its third in Scotland.",
        [
            (
                "opened",
                ASSERTED,
                {"agent": "Kavlo Bank", "object": "new branch", "location": "Dundee"},
            )
        ],
    ),
    (
        "Kavlo, whose shares rose 3%, launched a clothing line on Monday.",
        [("launched", ASSERTED, {"agent": "Kavlo", "object": "clothing line", "date": "Monday"})],
    ),
    (
        "Rellis Group set up Rellis Ventures, a $100 million fund, in 2020.",
        [
            (
                "set up",
                ASSERTED,
                {"agent": "Rellis Group", "object": "Rellis Ventures", "date": "2020"},
            )
        ],
    ),
    (
        "Kavlo introduced the Zeta, its first electric scooter.",
        [("introduced", ASSERTED, {"agent": "Kavlo", "object": "Zeta"})],
    ),
    (
        "Kavlo has launched an online store selling spare parts.",
        [("launched", ASSERTED, {"agent": "Kavlo", "object": "online store"})],
    ),
    (
        "A new airline, Skylark Air, was launched on Monday.",
        [("launched", ASSERTED, {"object": "Skylark Air", "date": "Monday"})],
    ),
    (
        "The new service, called Zoomly, was introduced in 20 cities.",
        [("introduced", ASSERTED, {"object": "Zoomly"})],
    ),
    (
        "Two new museums opened in the city last year.",
        [("opened", ASSERTED, {"object": "Two new museums", "date": "last year"})],
    ),
    (
        "The plant, which opened in 2019, employs 300 people.",
        [("opened", ASSERTED, {"object": "plant", "date": "2019"})],
    ),
    (
        "The app was developed and launched by Rellis Labs.",
        [("launched", ASSERTED, {"agent": "Rellis Labs", "object": "app"})],
    ),
    (
        "Rellis Labs designed and launched a fund in 2020.",
        [("launched", ASSERTED, {"agent": "Rellis Labs", "object": "fund", "date": "2020"})],
    ),
    (
        "The plant was built and opened in 2019.",
        [("opened", ASSERTED, {"object": "plant", "date": "2019"})],
    ),
    (
        "The fund was launched on Monday by Rellis Capital.",
        [("launched", ASSERTED, {"agent": "Rellis Capital", "object": "fund", "date": "Monday"})],
    ),
    (
        "The company said on Monday it had set up a unit in Dubai.",
        [("set up", ASSERTED, {"object": "unit", "location": "Dubai"})],
    ),
    (
        "Rellis Capital said it plans to launch a second fund in 2025.",
        [
            (
                "launch",
                UNASSERTED,
                {"agent": "Rellis Capital", "object": "second fund", "date": "2025"},
            )
        ],
    ),
    (
        "Rellis is set to launch a new phone on Friday.",
        [("launch", UNASSERTED, {"agent": "Rellis", "object": "new phone", "date": "Friday"})],
    ),
    (
        "Rellis Energy is to open a plant in Texas.",
        [
            (
                "open",
                UNASSERTED,
                {"agent": "Rellis Energy", "object": "plant", "location": "Texas"},
            )
        ],
    ),
    (
        "Kavlo readies launch of smartwatch",
        [("launch", UNASSERTED, {"agent": "Kavlo", "object": "smartwatch"})],
    ),
]

REPORTING_NEGATIVES: list[tuple[str, list[Event]]] = [
    ("Kavlo debuted on the Velmar Stock Exchange on Friday.", []),
    ("Kavlo shares opened on the stock exchange at 10.", []),
    ("Kavlo launched a takeover bid for Rellis.", []),
    ("Kavlo launched a legal challenge against the ruling.", []),
    ("Kavlo launched a review of its pay policy.", []),
    ("Kavlo opened an inquiry into the leak.", []),
    ("Kavlo established itself as a market leader.", []),
    ("Kavlo set up a meeting with investors.", []),
    ("Kavlo introduced a bill in the state senate.", []),
    ("The suspect was released on bail.", []),
    ("Kavlo released a video of the crash.", []),
    ("Rellis unveiled the results of its survey.", []),
    ("Rellis introduced a 5% fee on withdrawals.", []),
    ("Rellis on Monday took the wraps off a tablet.", []),
    ("Rellis said Monday it would begin selling a tablet.", []),
    ("The service goes live in May.", []),
    (
        "The Rellis Foundation was created in 1990 by Ann Lee.",
        [("created", "asserted", {"agent": "Ann Lee", "object": "Rellis Foundation"})],
    ),
    ("Rellis Foundation Inc. was incorporated in Delaware in 1990.", []),
    ("Rellis, which started operations in 2001, later sold its stake.", []),
]

ROUND_TWO: list[tuple[str, list[Event]]] = [
    # a participle after a launchable head opens a clause
    (
        "Velmora has opened a showroom selling vintage furniture.",
        [("opened", ASSERTED, {"agent": "Velmora", "object": "showroom"})],
    ),
    # a product that debuts on a shop's site is launched; a company on an exchange is listed
    (
        "The phone debuted on Amazon last week.",
        [("debuted", ASSERTED, {"object": "phone", "date": "last week"})],
    ),
    # "its" owned by a named subject gives the agent; by anyone else, none
    (
        "Analysts welcomed the launch of its new phone.",
        [("launch", ASSERTED, {"object": "new phone"})],
    ),
    # a clause of time after a future or hypothetical main clause
    (
        "The scooter will reach Spain in May, before being rolled out in Italy.",
        [("rolled out", UNASSERTED, {})],
    ),
    (
        "The college could win grants after the hub is set up.",
        [("set up", UNASSERTED, {"object": "hub"})],
    ),
    (
        "After it launched the fund in 2020, Kavlo said it would expand.",
        [("launched", ASSERTED, {"object": "fund", "date": "2020"})],
    ),
    (
        "Drivers can now pay by phone after the council launched its parking app on Tuesday.",
        [("launched", ASSERTED, {"object": "parking app", "date": "Tuesday"})],
    ),
    (
        "The firm will return to Oslo next year, long after its first scooters were unveiled"
        " there in 2015.",
        [("unveiled", ASSERTED, {"object": "first scooters", "date": "2015"})],
    ),
    # a maker's name opening a product's name
    (
        "Tech giant Vantix presented the Vantix Halo tablet on Monday.",
        [
            (
                "presented",
                ASSERTED,
                {"agent": "Vantix", "object": "Vantix Halo tablet", "date": "Monday"},
            )
        ],
    ),
    # a relaunch is a launch
    (
        "Corlan Bank relaunched its loyalty card in May.",
        [
            (
                "relaunched",
                ASSERTED,
                {"agent": "Corlan Bank", "object": "loyalty card", "date": "May"},
            )
        ],
    ),
    # "newly-" joined by a hyphen
    (
        "Newly-formed Velto Ventures invests in farms.",
        [("formed", ASSERTED, {"object": "Velto Ventures"})],
    ),
    ("The newly-opened mall drew large crowds.", [("opened", ASSERTED, {"object": "mall"})]),
    # openings placed somewhere, made by someone, of a kind; job openings are vacancies
    (
        "Crowds came to the opening in Leeds.",
        [("opening", ASSERTED, {"location": "Leeds"})],
    ),
    # a "by" phrase right after a launch noun names who launched (GUIDELINES 7.4 agent)
    (
        "Two openings by Velto Retail drew crowds.",
        [("openings", ASSERTED, {"agent": "Velto Retail"})],
    ),
    (
        "The chain said there will be new branch openings in Ohio next year.",
        [("openings", UNASSERTED, {"object": "new branch", "location": "Ohio"})],
    ),
    ("There are 300 job openings in Leeds.", []),
    # a title alone names no agent
    (
        "The Governor also inaugurated a new clinic.",
        [("inaugurated", ASSERTED, {"object": "new clinic"})],
    ),
    # a word after a clause-opening demonstrative is a verb
    (
        "This beats the $40 million fund launched in 2015 by a rival.",
        [("launched", ASSERTED, {"object": "$40 million fund", "date": "2015"})],
    ),
    # a long subject with a postmodifier before a passive
    (
        "A £50 million fund that will back young engineers in the north has been launched by"
        " Corlan Bank.",
        [("launched", ASSERTED, {"agent": "Corlan Bank", "object": "£50 million fund"})],
    ),
    (
        "A new marine institute studying reefs, tides and fish has been announced by Corlan"
        " University.",
        [
            (
                "announced",
                ASSERTED,
                {"agent": "Corlan University", "object": "new marine institute"},
            )
        ],
    ),
    # money granted for a launch: a purpose; praise for one: a fact
    (
        "The trust gave $2 million to Tarn College for setting up two labs.",
        [("setting up", UNASSERTED, {"object": "two labs"})],
    ),
    (
        "Velto was praised for launching a fund.",
        [("launching", ASSERTED, {"agent": "Velto", "object": "fund"})],
    ),
    # the ceremony itself
    (
        "Guests toured the halls during the inauguration.",
        [("inauguration", ASSERTED, {})],
    ),
    ("Shares rose 3% during the opening.", []),
    # "ahead of the launch" reports the launch as happening
    ("Traders bought the shares ahead of the launch.", [("launch", ASSERTED, {})]),
    ("The partners approved the launch agreement.", []),
    # a frequent word that opens a sentence is a name when the article writes it as one
    # inside a sentence and never in lower case
    (
        "Summit opened a store in Toronto.\n\nAnalysts said Summit would hire 300 people.",
        [("opened", ASSERTED, {"agent": "Summit", "object": "store", "location": "Toronto"})],
    ),
    (
        "Summit opened a store in Toronto.\n\nThe summit ended on Friday.",
        [("opened", ASSERTED, {"object": "store", "location": "Toronto"})],
    ),
    (
        "Italian officials set up a panel. The Italian goal is clear.",
        [("set up", ASSERTED, {"object": "panel"})],
    ),
    # a first name alone is a person, and people are released, not launched
    ("Elena was arrested in 2001 and released in 2004.", []),
    ("Protesters called for Dravic's release on Friday.", []),
    (
        "Arlen Corp's release of the phone was delayed.",
        [("release", UNASSERTED, {"agent": "Arlen Corp", "object": "phone"})],
    ),
    # a product's name between a determiner and the noun is the launched thing
    (
        "Critics compared it to their Korvo launch.",
        [("launch", ASSERTED, {"object": "Korvo"})],
    ),
    (
        "The Nexa Fold debut drew crowds in Tokyo.",
        [("debut", ASSERTED, {"object": "Nexa Fold", "location": "Tokyo"})],
    ),
    # a free relative that names the object
    (
        "Corlan Bank launched what it called the first green mortgage.",
        [("launched", ASSERTED, {"agent": "Corlan Bank", "object": "first green mortgage"})],
    ),
    (
        "Tarn Motors unveiled what the company describes as a cheaper electric van.",
        [("unveiled", ASSERTED, {"agent": "Tarn Motors", "object": "cheaper electric van"})],
    ),
    ("Tarn Motors unveiled what it had promised.", []),
    # a Title Case headline capitalises products that look like people's names
    (
        "Corlan Bank Debuts Green Mortgage In Wales",
        [
            (
                "Debuts",
                ASSERTED,
                {"agent": "Corlan Bank", "object": "Green Mortgage", "location": "Wales"},
            )
        ],
    ),
    # a date between commas after the verb
    (
        "Corlan Bank launched, on Monday, a green mortgage.",
        [
            (
                "launched",
                ASSERTED,
                {"agent": "Corlan Bank", "object": "green mortgage", "date": "Monday"},
            )
        ],
    ),
    # an appositive says what a vague phrase launched
    (
        "Corlan Bank introduced its latest offering, a savings account for children.",
        [
            (
                "introduced",
                ASSERTED,
                {"agent": "Corlan Bank", "object": "savings account for children"},
            )
        ],
    ),
    (
        "Tarn Energy today announced the launch of the Tarn Skills Initiative, a $5 million"
        " programme.",
        [("launch", ASSERTED, {"agent": "Tarn Energy", "object": "Tarn Skills Initiative"})],
    ),
    # a planned launch; the host verb's subject across a date
    (
        "Tarn Foods plans a launch in May.",
        [("launch", UNASSERTED, {"date": "May"})],
    ),
    (
        "Tarn Foods announced Monday the launch of a cereal.",
        [("launch", ASSERTED, {"agent": "Tarn Foods", "object": "cereal"})],
    ),
    # an object pronoun: what was launched is named elsewhere, not the subject
    (
        "Kavlo Motors launched it in March.",
        [("launched", ASSERTED, {"agent": "Kavlo Motors", "date": "March"})],
    ),
    ("The firm opened it in 2019.", []),
    # a market between the possessor and the noun says where, not what
    (
        "The tablet's UK launch drew crowds.",
        [("launch", ASSERTED, {"object": "tablet"})],
    ),
    # a relative clause that names the phrase
    (
        "Kavlo unveiled the scooter, which it calls the Nexa Glide, on Monday.",
        [("unveiled", ASSERTED, {"agent": "Kavlo", "object": "Nexa Glide"})],
    ),
    (
        "Kavlo unveiled a scooter that it hopes will sell well.",
        [("unveiled", ASSERTED, {"agent": "Kavlo", "object": "scooter"})],
    ),
    # product names with a capital inside a lower-case start
    (
        "The eSlate was launched in 2010.",
        [("launched", ASSERTED, {"object": "eSlate", "date": "2010"})],
    ),
    ("Kavlo's New eSlate Unveiled", [("Unveiled", ASSERTED, {"object": "New eSlate"})]),
    ("The Data Hub Opening Gala was held.", []),
    # a headline's base form between names is a present-tense verb
    (
        "Tarnet, Velcom Form Joint Venture",
        [("Form", ASSERTED, {"agent": "Tarnet", "object": "Joint Venture"})],
    ),
    ("Police Found Guilty Of Misconduct", []),
    # a titled appositive that holds commas after a person's name
    (
        "Ravi Menon, Minister of Trade, Ports and Shipping, inaugurated the park on Monday.",
        [("inaugurated", ASSERTED, {"agent": "Ravi Menon", "object": "park", "date": "Monday"})],
    ),
    (
        "Velto Bank, whose chief executive is Ann Lee, launched a fund.",
        [("launched", ASSERTED, {"agent": "Velto Bank", "object": "fund"})],
    ),
    # an announcement recalled is no new one
    ("The lender referred to an already announced savings scheme.", []),
]

ROWS = (
    HEADLINES
    + PASSIVES
    + NOMINALS
    + VERBS
    + AGENTS
    + FUTURES
    + NEGATIVES
    + REPORTING_SHAPES
    + REPORTING_NEGATIVES
    + ROUND_TWO
)


def comparable(found: list[Event], expected: list[Event]) -> list[Event]:
    """``found`` reduced to what ``expected`` checks: agent and object always, date and
    location where the expected event names them."""
    reduced: list[Event] = []
    for k, (trigger, modality, arguments) in enumerate(found):
        checked = {"agent", "object"}
        if k < len(expected):
            checked |= set(expected[k][2])
        reduced.append((trigger, modality, {r: t for r, t in arguments.items() if r in checked}))
    return reduced


ORG_MISSED = "the name is not found as an ORG (pipeline/orgs), so it cannot be the agent"
KNOWN_GAPS: dict[str, str] = {
    "Bexley Council To Set Up Housing Company": ORG_MISSED,
}
"""Rows the pipeline does not pass yet, with the reason; they stay in the bank as strict
expected failures so that a fix shows up."""


@pytest.mark.parametrize(("text", "expected"), bank_params(ROWS, KNOWN_GAPS))
def test_paraphrase_bank(run: Callable[..., Doc], text: str, expected: list[Event]) -> None:
    assert comparable(events(run(text, "2024-05-01")), expected) == expected
