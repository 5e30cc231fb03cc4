"""A second paraphrase bank for LAUNCH events (issue 11), written before looking at any tune
error, in phrasings the first bank (tests/test_launch_general_bank.py) does not use: wire and
trade-press copy, local news, press releases, 1990s business prose, Indian, African and
Australian English; object shapes (numbers, versions, quoted names, long descriptors,
coordinations, "a network of", "called"/"dubbed"); agent shapes (apposition, relative
clauses, possessives, units of a group, partners); nominal launches and fronted or far
by-agents; and negatives (other senses, modality, denials, attacks, probes and appeals).
Every name is invented. The rows follow annotations/GUIDELINES.md section 7.

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

WIRE: list[Row] = [
    (
        "Brannock Industries on Tuesday launched a $1.2 billion infrastructure fund, the company "
        "said.",
        [
            a(
                "launched",
                agent="Brannock Industries",
                object="$1.2 billion infrastructure fund",
                date="Tuesday",
            )
        ],
    ),
    (
        "Quorvant Pharma said on Wednesday it had opened a research hub in Basel.",
        [a("opened", agent="Quorvant Pharma", object="research hub", location="Basel")],
    ),
    (
        "Telvara, a unit of Dunmere Holdings, introduced a prepaid mobile plan in Nigeria on "
        "Monday.",
        [
            a(
                "introduced",
                agent="Telvara",
                object="prepaid mobile plan",
                location="Nigeria",
                date="Monday",
            )
        ],
    ),
    (
        "Kelmor Bank unveiled a digital wallet, named KelPay, aimed at migrant workers.",
        [a("unveiled", agent="Kelmor Bank", object="KelPay")],
    ),
    (
        "Varrow Networks and Pellion Telecom jointly launched a 5G network covering 40 towns.",
        [a("launched", agent="Varrow Networks", object="5G network")],
    ),
    (
        "The bank's asset management arm, Corvane Investors, launched the fund in London.",
        [a("launched", agent="Corvane Investors", object="fund", location="London")],
    ),
    (
        "Sandrel Motor Co. debuted the Arrow X7 sport utility vehicle on Thursday.",
        [a("debuted", agent="Sandrel Motor Co.", object="Arrow X7", date="Thursday")],
    ),
    (
        "Ondrea Capital, which manages $40 billion, has set up a private credit unit in Singapore, "
        "two people familiar with the matter said.",
        [a("set up", agent="Ondrea Capital", object="private credit unit", location="Singapore")],
    ),
    (
        "Ferrocar launched the compact hatchback in India in 2019, according to a filing.",
        [
            a(
                "launched",
                agent="Ferrocar",
                object="compact hatchback",
                location="India",
                date="2019",
            )
        ],
    ),
    (
        "Grellan Foods (GRF.L) opened a bakery in Leeds, its first in the north.",
        [a("opened", agent="Grellan Foods", object="bakery", location="Leeds")],
    ),
    (
        "Last month Tessary Bank launched an instant loan app.",
        [a("launched", agent="Tessary Bank", object="instant loan app", date="Last month")],
    ),
    (
        "Vantrel Inc rolled out the feature to users in Brazil and Mexico this week.",
        [a("rolled out", agent="Vantrel Inc", object="feature", date="this week")],
    ),
    (
        "Shares of Halvick Group rose 4% after it launched a budget carrier, Halvick Air, on "
        "Friday.",
        [a("launched", agent="Halvick Group", object="Halvick Air", date="Friday")],
    ),
]

TRADE_PRESS: list[Row] = [
    (
        "Meridane Software has released Ledgerly 4.2, the latest version of its accounting suite.",
        [a("released", agent="Meridane Software", object="Ledgerly 4.2")],
    ),
    (
        "Drevant Labs today introduced the DL-900X, a handheld spectrometer for field geologists.",
        [a("introduced", agent="Drevant Labs", object="DL-900X")],
    ),
    (
        "Palisade Robotics has unveiled its second-generation warehouse robot, the Stacker II.",
        [a("unveiled", agent="Palisade Robotics", object="Stacker II")],
    ),
    (
        "Bellmark Instruments released the BX-12 and BX-14 oscilloscopes in June.",
        [a("released", agent="Bellmark Instruments", object="BX-12 and BX-14", date="June")],
    ),
    (
        "Corbel Systems rolled out version 3.0 of its fleet-tracking platform.",
        [
            a(
                "rolled out",
                agent="Corbel Systems",
                object="version 3.0 of its fleet-tracking platform",
            )
        ],
    ),
    (
        "Harwick Semiconductor has launched a 3-nanometre server chip.",
        [a("launched", agent="Harwick Semiconductor", object="3-nanometre server chip")],
    ),
    (
        "Lumetra Inc. introduced a line of LED grow lights aimed at vertical farms.",
        [a("introduced", agent="Lumetra Inc.", object="line of LED grow lights")],
    ),
    (
        "Oakvale Dairy has launched 'Morning Gold', a lactose-free milk.",
        [a("launched", agent="Oakvale Dairy", object="Morning Gold")],
    ),
    (
        "Sentrix Security rolled out a network of 200 smart cameras across the port.",
        [a("rolled out", agent="Sentrix Security", object="network of 200 smart cameras")],
    ),
    (
        "Norwend Analytics has introduced a pay-as-you-go pricing option for small retailers.",
        [
            a(
                "introduced",
                agent="Norwend Analytics",
                object="pay-as-you-go pricing option for small retailers",
            )
        ],
    ),
    (
        "Fallow Mills debuted a ready-to-drink oat latte at a trade show in Chicago.",
        [a("debuted", agent="Fallow Mills", object="ready-to-drink oat latte", location="Chicago")],
    ),
    (
        "Kestwick Tools unveiled the ProDrive 20V Max cordless drill.",
        [a("unveiled", agent="Kestwick Tools", object="ProDrive 20V Max")],
    ),
    (
        "Gorvan Software released Plato 11.0.2 to fix a security flaw.",
        [a("released", agent="Gorvan Software", object="Plato 11.0.2")],
    ),
    (
        "Colbert Media introduced an ad-supported tier of its streaming service.",
        [
            a(
                "introduced",
                agent="Colbert Media",
                object="ad-supported tier of its streaming service",
            )
        ],
    ),
]

LOCAL_NEWS: list[Row] = [
    (
        "A new food bank has opened in the old library on Main Street.",
        [a("opened", object="new food bank")],
    ),
    (
        "The Pinecrest Rotary Club has launched a scholarship for local nurses.",
        [a("launched", agent="Pinecrest Rotary Club", object="scholarship for local nurses")],
    ),
    (
        "Greenfield Council has set up a hardship fund for tenants hit by the floods.",
        [a("set up", agent="Greenfield Council", object="hardship fund for tenants")],
    ),
    ("A volunteer group in Ashby has started a repair cafe.", [a("started", object="repair cafe")]),
    (
        "The library will open a maker space in the basement next spring.",
        [u("open", object="maker space", date="next spring")],
    ),
    (
        "Two sisters from Marlow opened a vegan cafe on the high street last week.",
        [a("opened", object="vegan cafe", date="last week")],
    ),
    (
        "The new bus route, launched by Ridgeway Transit in January, links the hospital to the "
        "station.",
        [a("launched", agent="Ridgeway Transit", object="new bus route", date="January")],
    ),
    (
        "Officials inaugurated the Harlan Creek footbridge on Sunday.",
        [a("inaugurated", object="Harlan Creek footbridge", date="Sunday")],
    ),
    (
        "Bramley Parish Council formed a working party to look at parking.",
        [a("formed", agent="Bramley Parish Council", object="working party")],
    ),
    (
        "The Hollins Street bakery opened its doors on Saturday.",
        [a("opened", object="Hollins Street bakery", date="Saturday")],
    ),
    (
        "Thornbury Market opened to the public in 1884.",
        [a("opened", object="Thornbury Market", date="1884")],
    ),
    (
        "A new chapter of the Kelso Writers Guild was formed in Ayr.",
        [a("formed", object="new chapter of the Kelso Writers Guild", location="Ayr")],
    ),
]

PRESS_RELEASES: list[Row] = [
    (
        "Halloran Systems, a leading provider of payroll software, today announced the launch of "
        "PayFlow Cloud.",
        [a("launch", agent="Halloran Systems", object="PayFlow Cloud")],
    ),
    (
        "Trinley Bank today unveiled Trinley Rewards, a loyalty programme for small businesses.",
        [a("unveiled", agent="Trinley Bank", object="Trinley Rewards")],
    ),
    (
        "Corwen Labs Inc. announced today that it has launched CorwenCare, a remote monitoring "
        "service.",
        [a("launched", agent="Corwen Labs Inc.", object="CorwenCare")],
    ),
    (
        "Pallas Energy Solutions has established Pallas Grid Services, a wholly owned subsidiary.",
        [a("established", agent="Pallas Energy Solutions", object="Pallas Grid Services")],
    ),
    (
        "With the launch of AquaTrack, Dunlow Water now offers real-time leak alerts.",
        [a("launch", agent="Dunlow Water", object="AquaTrack")],
    ),
    (
        "Ardmore Foods expands its portfolio with the release of three new sauces.",
        [a("release", agent="Ardmore Foods", object="three new sauces")],
    ),
    (
        "Vexo Mobility is proud to introduce the Vexo Glide, its lightest e-scooter to date.",
        [a("introduce", agent="Vexo Mobility", object="Vexo Glide")],
    ),
    (
        "Ostler Group is pleased to announce the opening of its new distribution centre in Derby.",
        [a("opening", agent="Ostler Group", object="new distribution centre", location="Derby")],
    ),
]

NINETIES_PROSE: list[Row] = [
    (
        "In 1994 Harrowgate Savings and Loan introduced a no-fee checking account for retirees.",
        [
            a(
                "introduced",
                agent="Harrowgate Savings and Loan",
                object="no-fee checking account for retirees",
                date="1994",
            )
        ],
    ),
    (
        "Dynatel Corp. unveiled the PowerStation 486, a desktop computer priced at $2,499.",
        [a("unveiled", agent="Dynatel Corp.", object="PowerStation 486")],
    ),
    (
        "The company, which went public in 1992, introduced a line of pagers last fall.",
        [a("introduced", object="line of pagers", date="last fall")],
    ),
    (
        "Meridian Cellular Inc. said yesterday that it had formed a partnership with Orion "
        "Paging Co. "
        "to offer service in Ohio.",
        [a("formed", agent="Meridian Cellular Inc.", object="partnership")],
    ),
    (
        "Boxwell Stores Inc. will open 30 discount outlets next year, executives said.",
        [u("open", agent="Boxwell Stores Inc.", object="30 discount outlets", date="next year")],
    ),
    ("Calvert Software shipped version 2.0 of its spreadsheet in March.", []),
    (
        "Hartsfield Mutual established a venture capital unit, Hartsfield Partners, in 1989.",
        [a("established", agent="Hartsfield Mutual", object="Hartsfield Partners", date="1989")],
    ),
    (
        "Kendrick Airlines inaugurated nonstop service between Denver and Boise on Monday.",
        [a("inaugurated", agent="Kendrick Airlines", object="nonstop service", date="Monday")],
    ),
    (
        "Tolliver Brewing Co. rolled out a light beer in 11 Western states.",
        [a("rolled out", agent="Tolliver Brewing Co.", object="light beer")],
    ),
    (
        "It was in 2003 that Lanner Foods launched its first organic range.",
        [a("launched", agent="Lanner Foods", object="first organic range", date="2003")],
    ),
    (
        "Not until 2015 did Garrick Bank open a branch in Wales.",
        [a("open", agent="Garrick Bank", object="branch", location="Wales", date="2015")],
    ),
]

WORLD_ENGLISH: list[Row] = [
    (
        "Chief Minister Arvind Rao on Monday inaugurated a 50-bed hospital at Nandipur.",
        [a("inaugurated", agent="Arvind Rao", object="50-bed hospital", date="Monday")],
    ),
    (
        "Sarvan Finserv has launched a gold loan scheme for farmers in Telangana.",
        [a("launched", agent="Sarvan Finserv", object="gold loan scheme for farmers")],
    ),
    (
        "The State government has set up a ₹500 crore corpus to support small industries.",
        [a("set up", object="₹500 crore corpus")],
    ),
    (
        "Union Minister Kavita Joshi launched the 'Digital Gram' portal in New Delhi on Friday.",
        [
            a(
                "launched",
                agent="Kavita Joshi",
                object="Digital Gram",
                date="Friday",
                location="New Delhi",
            )
        ],
    ),
    ("Ekwueme Holdings has commissioned a new cement plant in Enugu State.", []),
    (
        "Kopano Telecoms unveiled a mobile money service dubbed KopaCash in Johannesburg.",
        [a("unveiled", agent="Kopano Telecoms", object="KopaCash", location="Johannesburg")],
    ),
    (
        "Nairobi-based Zawadi Bank opened three branches in Mombasa last quarter.",
        [
            a(
                "opened",
                agent="Zawadi Bank",
                object="three branches",
                location="Mombasa",
                date="last quarter",
            )
        ],
    ),
    ("Wattle Bay Council has kicked off a recycling program.", []),
    (
        "Perth miner Bandicoot Resources has launched a $40 million exploration fund.",
        [a("launched", agent="Bandicoot Resources", object="$40 million exploration fund")],
    ),
    (
        "Tallowood Homes has opened a display village at Springfield.",
        [a("opened", agent="Tallowood Homes", object="display village")],
    ),
    (
        "The Federal Government on Thursday launched the National Youth Skills Fund in Abuja.",
        [a("launched", object="National Youth Skills Fund", location="Abuja", date="Thursday")],
    ),
    (
        "Ghana's Asante Cocoa Board introduced a new pricing scheme for smallholders.",
        [a("introduced", agent="Asante Cocoa Board", object="new pricing scheme for smallholders")],
    ),
    (
        "Lagos-based fintech Ndidi Pay has rolled out a savings product for market traders.",
        [a("rolled out", agent="Ndidi Pay", object="savings product for market traders")],
    ),
    ("Telvico Australia has switched on its 5G network in Darwin.", []),
]

OBJECT_SHAPES: list[Row] = [
    (
        "Corvell Bank launched a new credit card called the Aurora Card.",
        [a("launched", agent="Corvell Bank", object="Aurora Card")],
    ),
    (
        "Pettigrew Motors unveiled the 2025 Pettigrew Ranger.",
        [a("unveiled", agent="Pettigrew Motors", object="2025 Pettigrew Ranger")],
    ),
    (
        'Dallin Games released "Sky Harbor 2: Night Shift" on Friday.',
        [a("released", agent="Dallin Games", object="Sky Harbor 2: Night Shift", date="Friday")],
    ),
    (
        "Sorrento Bank introduced its first Islamic banking window in Kenya.",
        [
            a(
                "introduced",
                agent="Sorrento Bank",
                object="first Islamic banking window",
                location="Kenya",
            )
        ],
    ),
    (
        "Marlowe Tech launched a network of 120 charging stations along the M4.",
        [a("launched", agent="Marlowe Tech", object="network of 120 charging stations")],
    ),
    (
        "Ruskin Labs has released an updated version of its Quill app with offline maps.",
        [a("released", agent="Ruskin Labs", object="updated version of its Quill app")],
    ),
    (
        "Halden Air launched its first flights to Accra in May.",
        [a("launched", agent="Halden Air", object="first flights", date="May")],
    ),
    (
        "Jessop Group opened offices in Lisbon, Porto and Faro.",
        [a("opened", agent="Jessop Group", object="offices")],
    ),
    (
        "Westmore Media launched a podcast network, a news app and a weekly magazine.",
        [
            a(
                "launched",
                agent="Westmore Media",
                object="podcast network, a news app and a weekly magazine",
            )
        ],
    ),
    (
        "Varley Foods unveiled plant-based sausages and burgers.",
        [a("unveiled", agent="Varley Foods", object="plant-based sausages and burgers")],
    ),
    (
        "Kinross Capital set up a 300 million euro ($330 million) fund for African farms.",
        [
            a(
                "set up",
                agent="Kinross Capital",
                object="300 million euro ($330 million) fund for African farms",
            )
        ],
    ),
    (
        "Tamsin Motors launched the TM-4 in three trims.",
        [a("launched", agent="Tamsin Motors", object="TM-4")],
    ),
    (
        "Brekke Retail opened a 40,000-square-foot store in Austin.",
        [a("opened", agent="Brekke Retail", object="40,000-square-foot store", location="Austin")],
    ),
    (
        "Parrish Bank launched Parrish Go, Parrish Pro and Parrish Max, three savings accounts.",
        [a("launched", agent="Parrish Bank", object="Parrish Go, Parrish Pro and Parrish Max")],
    ),
    (
        "Amberley Robotics unveiled a robot arm that can fold laundry.",
        [a("unveiled", agent="Amberley Robotics", object="robot arm")],
    ),
    (
        "Crowe Energy opened what it says is Europe's largest battery plant.",
        [a("opened", agent="Crowe Energy", object="largest battery plant")],
    ),
    (
        "Nesbit Labs has launched the Nesbit AI Studio (NAS) for developers.",
        [a("launched", agent="Nesbit Labs", object="Nesbit AI Studio")],
    ),
    (
        "Redfern Telecom unveiled its new flagship phone, the Redfern 9 Pro Max.",
        [a("unveiled", agent="Redfern Telecom", object="Redfern 9 Pro Max")],
    ),
    (
        "Halstead Bank rolled out a series of low-cost index funds last year.",
        [
            a(
                "rolled out",
                agent="Halstead Bank",
                object="series of low-cost index funds",
                date="last year",
            )
        ],
    ),
    (
        "Corrigan Foods introduced two new flavours, lemon and ginger.",
        [a("introduced", agent="Corrigan Foods", object="two new flavours")],
    ),
]

AGENT_SHAPES: list[Row] = [
    (
        "Dovetail Capital, the investment arm of Rowan Group, launched a climate fund.",
        [a("launched", agent="Dovetail Capital", object="climate fund")],
    ),
    (
        "Kessler Bank, which was bought by Orlin Holdings last year, opened a branch in Cork.",
        [a("opened", agent="Kessler Bank", object="branch", location="Cork")],
    ),
    (
        "Lumen Fields, a joint venture of Asper Energy and Corra Power, opened a wind farm off "
        "Wales.",
        [a("opened", agent="Lumen Fields", object="wind farm")],
    ),
    (
        "Pendry Foods' parent company, Alcott Brands, launched the snack in 2021.",
        [a("launched", agent="Alcott Brands", object="snack", date="2021")],
    ),
    (
        "Sorvino Group and Tallis Bank set up a joint lending platform.",
        [a("set up", agent="Sorvino Group", object="joint lending platform")],
    ),
    (
        "Developed by engineers at Halberd Labs, the app was launched by Halberd Health in June.",
        [a("launched", agent="Halberd Health", object="app", date="June")],
    ),
    (
        "Osprey Logistics, a unit of Belmont Holdings, has opened a warehouse near Leipzig.",
        [a("opened", agent="Osprey Logistics", object="warehouse")],
    ),
    (
        "A new terminal near the old docks was unveiled on Monday by the Harwick Port Authority, "
        "which manages the docks.",
        [a("unveiled", agent="Harwick Port Authority", object="new terminal", date="Monday")],
    ),
    (
        "The fund was set up in 2017, with backing from pension funds, by Dorrance Capital.",
        [a("set up", agent="Dorrance Capital", object="fund", date="2017")],
    ),
    (
        "The helpline was launched last year, after months of pressure from patient groups, by the "
        "Harlow Health Trust.",
        [a("launched", agent="Harlow Health Trust", object="helpline", date="last year")],
    ),
    (
        "The Crane Institute was founded by physicist Elena Vosk in 1962.",
        [a("founded", agent="Elena Vosk", object="Crane Institute", date="1962")],
    ),
    (
        "Founded by two brothers in a garage, Quillfire Software now employs 900 people.",
        [a("Founded", object="Quillfire Software")],
    ),
    (
        "Harlan Bank, together with Pell Insurance, launched a home-buyer scheme.",
        [a("launched", agent="Harlan Bank", object="home-buyer scheme")],
    ),
    (
        "The Kestrel Line, unveiled by Calloway Rail in 2019, carries 40,000 passengers a day.",
        [a("unveiled", agent="Calloway Rail", object="Kestrel Line", date="2019")],
    ),
    (
        "The app, first released by Tamm Games in 2012, is still popular.",
        [a("released", agent="Tamm Games", object="app", date="2012")],
    ),
    (
        "Raskin Foods, having launched a snack brand in 2020, is now eyeing drinks.",
        [a("launched", agent="Raskin Foods", object="snack brand", date="2020")],
    ),
    (
        "Pelton Bank said its new savings account, launched in March, had drawn 10,000 customers.",
        [a("launched", agent="Pelton Bank", object="new savings account", date="March")],
    ),
]

NOMINAL_AND_OTHER_SHAPES: list[Row] = [
    (
        "Following the introduction of contactless fares by Tarrow Transit last year, ridership "
        "rose.",
        [a("introduction", agent="Tarrow Transit", object="contactless fares", date="last year")],
    ),
    (
        "Kovar Pharma's opening of a plant in Cork created 400 jobs.",
        [a("opening", agent="Kovar Pharma", object="plant", location="Cork")],
    ),
    (
        "Investors cheered Delmont Motors' unveiling of a cheaper electric sedan.",
        [a("unveiling", agent="Delmont Motors", object="cheaper electric sedan")],
    ),
    (
        "Since the formation of the Cairnlee Growers Cooperative in 1987, farm incomes have "
        "doubled.",
        [a("formation", object="Cairnlee Growers Cooperative", date="1987")],
    ),
    (
        "Haverford Bank's new branch opened its doors in Derby on Monday.",
        [a("opened", agent="Haverford Bank", object="new branch", location="Derby", date="Monday")],
    ),
    (
        "Introduced in 2008, the Brellin card now has 2 million holders.",
        [a("Introduced", object="Brellin card", date="2008")],
    ),
    (
        "First launched in 1999, the magazine sold 80,000 copies.",
        [a("launched", object="magazine", date="1999")],
    ),
    (
        "Quarrow Bank's long-awaited mobile app finally launched on Monday.",
        [a("launched", agent="Quarrow Bank", object="long-awaited mobile app", date="Monday")],
    ),
    (
        "The Penrose Clinic, which opened in 1996 with six beds, now has 200.",
        [a("opened", object="Penrose Clinic", date="1996")],
    ),
    (
        "Arbor Mobile has quietly launched a budget phone in Vietnam.",
        [a("launched", agent="Arbor Mobile", object="budget phone", location="Vietnam")],
    ),
    ("Orrin Motors has pulled the wraps off its first electric van.", []),
]

HEADLINE_FORMS: list[Row] = [
    (
        "Velden Bank Unveils Mobile App For Farmers",
        [a("Unveils", agent="Velden Bank", object="Mobile App For Farmers")],
    ),
    (
        "Kyra Foods launches plant-based range in UK supermarkets",
        [a("launches", agent="Kyra Foods", object="plant-based range")],
    ),
    (
        "Stratos Air Launches Flights To Nairobi",
        [a("Launches", agent="Stratos Air", object="Flights")],
    ),
    (
        "Deltra Opens Second Plant in Mexico",
        [a("Opens", agent="Deltra", object="Second Plant", location="Mexico")],
    ),
    (
        "EXCLUSIVE-Marrow Bank set to launch crypto custody unit",
        [u("launch", agent="Marrow Bank", object="crypto custody unit")],
    ),
    (
        "Corland unveils 'Atlas' AI model, shares jump",
        [a("unveils", agent="Corland", object="Atlas")],
    ),
    (
        "Bexford University sets up centre for quantum research",
        [a("sets up", agent="Bexford University", object="centre for quantum research")],
    ),
    (
        "UPDATE 2-Tollan Energy forms hydrogen venture with Marra Gas",
        [a("forms", agent="Tollan Energy", object="hydrogen venture")],
    ),
    (
        "New Halvor Foundation Launched To Support Young Artists",
        [a("Launched", object="Halvor Foundation")],
    ),
    (
        "Renwick Telecom Debuts $15 Prepaid Plan",
        [a("Debuts", agent="Renwick Telecom", object="$15 Prepaid Plan")],
    ),
]

MODALITY_ROWS: list[Row] = [
    (
        "Galloway Rail is understood to be preparing to launch a sleeper service.",
        [u("launch", agent="Galloway Rail", object="sleeper service")],
    ),
    (
        "Halvern Bank may set up a digital-only lender next year.",
        [u("set up", agent="Halvern Bank", object="digital-only lender", date="next year")],
    ),
    (
        "Marigold Foods denied reports that it would open a plant in Ohio.",
        [u("open", agent="Marigold Foods", object="plant", location="Ohio")],
    ),
    (
        "Brisk Mobile has postponed the launch of its folding phone until 2026.",
        [u("launch", agent="Brisk Mobile", object="folding phone")],
    ),
    (
        "Tessaly Group scrapped plans to launch a budget airline.",
        [u("launch", agent="Tessaly Group", object="budget airline")],
    ),
    (
        "Ventry Motors never launched the electric coupe it showed in 2019.",
        [u("launched", agent="Ventry Motors", object="electric coupe")],
    ),
    (
        "Regulators have yet to approve the fund, which Ardley Capital hopes to launch in June.",
        [u("launch", agent="Ardley Capital", object="fund", date="June")],
    ),
    (
        "Lowick Energy is in talks to set up a joint venture in Chile.",
        [u("set up", agent="Lowick Energy", object="joint venture", location="Chile")],
    ),
    (
        "Marlin Corp has not yet decided whether to launch the service.",
        [u("launch", agent="Marlin Corp", object="service")],
    ),
    (
        "Sefton Water is considering setting up a desalination unit.",
        [u("setting up", agent="Sefton Water", object="desalination unit")],
    ),
    (
        "Only last year did Castell Labs launch a consumer product.",
        [a("launch", agent="Castell Labs", object="consumer product", date="last year")],
    ),
]

OTHER_SENSES: list[Row] = [
    ("The rebels launched a fresh offensive in the north.", []),
    ("Prosecutors launched a probe into Hanley Bank.", []),
    ("Hanley Bank launched an appeal against the fine.", []),
    ("Kellet Corp launched a hostile bid for Marrin Foods.", []),
    ("Vela Pharma launched a lawsuit against Corran Labs.", []),
    ("Hanley Bank released 200 staff from their contracts.", []),
    ("The dam released floodwater into the valley.", []),
    ("The singer debuted at number one.", []),
    ("Tarrow Mining opened a new front in its legal battle.", []),
    ("Marrin Foods formed part of the index.", []),
    ("The book introduced readers to the history of the valley.", []),
    ("The rally opened the way for further gains.", []),
    ("Analysts said the launch window for the rocket had closed.", []),
    ("The satellite was launched aboard a Kestrel 9 rocket on Tuesday.", []),
    ("Police released the names of the victims.", []),
    ("The agency released figures showing inflation fell.", []),
    ("Orlan Bank unveiled a 12% drop in first-half profit.", []),
    ("The minister established the facts of the case.", []),
    ("Markets opened lower in Tokyo.", []),
    ("The exhibition opened a window on Roman life.", []),
    ("Opening the batting, Reid scored 40.", []),
    ("The firm's founding partner, Ann Berg, retired.", []),
    ("The club's launch party was held in a barn.", []),
    ("Shares in Kelvin Air opened at 310 pence on their debut.", []),
    ("The court released its ruling on Friday.", []),
    ("Tollan Energy launched legal action against the regulator.", []),
    ("The striker opened the scoring in the fifth minute.", []),
    ("The talks opened in Geneva on Monday.", []),
    ("The governor released funds for flood relief.", []),
    ("Corran Labs introduced a motion at the shareholder meeting.", []),
]

ROWS: list[Row] = (
    WIRE
    + TRADE_PRESS
    + LOCAL_NEWS
    + PRESS_RELEASES
    + NINETIES_PROSE
    + WORLD_ENGLISH
    + OBJECT_SHAPES
    + AGENT_SHAPES
    + NOMINAL_AND_OTHER_SHAPES
    + HEADLINE_FORMS
    + MODALITY_ROWS
    + OTHER_SENSES
)


MISSED = "no event: the trigger is not read or the object fails the sense checks"
FALSE_EVENT = "an event where the row has none (another sense of the word)"
MODALITY = "the modality differs"
OBJECT = "the object differs (boundary, a name beside a description, or a wrong phrase)"
AGENT = "the agent differs (missing, generic, or another name)"
DATE = "the date differs (missing or another DATE)"
LOCATION = "the location differs (missing or another place)"
KNOWN_GAPS: dict[str, str] = {
    (
        "Shares of Halvick Group rose 4% after it launched a budget carrier, Halvick Air, on "
        "Friday."
    ): AGENT,
    "The library will open a maker space in the basement next spring.": MISSED,
    "A new chapter of the Kelso Writers Guild was formed in Ayr.": MISSED,
    "With the launch of AquaTrack, Dunlow Water now offers real-time leak alerts.": AGENT,
    (
        "Ostler Group is pleased to announce the opening of its new distribution centre in Derby."
    ): LOCATION,
    (
        "In 1994 Harrowgate Savings and Loan introduced a no-fee checking account for retirees."
    ): OBJECT + AGENT + DATE,
    "It was in 2003 that Lanner Foods launched its first organic range.": DATE,
    "The State government has set up a ₹500 crore corpus to support small industries.": MISSED,
    (
        "Union Minister Kavita Joshi launched the 'Digital Gram' portal in New Delhi on Friday."
    ): OBJECT,
    "Tallowood Homes has opened a display village at Springfield.": MISSED,
    "The Federal Government on Thursday launched the National Youth Skills Fund in Abuja.": AGENT,
    "Pettigrew Motors unveiled the 2025 Pettigrew Ranger.": "; ".join((MODALITY, OBJECT, AGENT)),
    'Dallin Games released "Sky Harbor 2: Night Shift" on Friday.': DATE,
    "Brekke Retail opened a 40,000-square-foot store in Austin.": LOCATION,
    (
        "Pelton Bank said its new savings account, launched in March, had drawn 10,000 customers."
    ): AGENT,
    (
        "Following the introduction of contactless fares by Tarrow Transit last year, ridership "
        "rose."
    ): MISSED,
    "Haverford Bank's new branch opened its doors in Derby on Monday.": LOCATION,
    "Brisk Mobile has postponed the launch of its folding phone until 2026.": AGENT,
    "The governor released funds for flood relief.": FALSE_EVENT,
}
"""Rows the pipeline does not pass yet, with the aspect that differs; they stay in the bank
as strict expected failures so that a fix shows up."""


@pytest.mark.parametrize(("text", "expected"), bank_params(ROWS, KNOWN_GAPS))
def test_paraphrase_bank_2(run: Callable[..., Doc], text: str, expected: list[Event]) -> None:
    assert comparable(events(run(text, "2024-05-01")), expected) == expected
