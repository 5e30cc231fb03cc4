"""General LAUNCH rules for news of any outlet (issue 11): sentences of our own, every name
invented, each rule with negatives. Rows are ``(text, [(trigger, modality, {role: text})])``;
an empty list is no event."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import LaunchRow as Event
from tests.conftest import launch_events as events

ROWS: list[tuple[str, list[Event]]] = [
    # a capitalised generic head noun after "the" is a reference, not a name: no agent
    (
        "The University has opened a new dental clinic.",
        [("opened", "asserted", {"object": "new dental clinic"})],
    ),
    (
        "The Agency set up a task force in Varnholm.",
        [("set up", "asserted", {"object": "task force"})],
    ),
    (
        "Corvane University has opened a new dental clinic.",
        [("opened", "asserted", {"agent": "Corvane University", "object": "new dental clinic"})],
    ),
    # a pledge or commitment of money is a promise, not a new thing
    ("Telvara unveiled a $3 million commitment to local schools.", []),
    ("Telvara unveiled a pledge to cut emissions by half.", []),
    # mines and destinations open like plants and routes
    (
        "Zamco opened two copper mines last year.",
        [
            (
                "opened",
                "asserted",
                {"agent": "Zamco", "object": "two copper mines", "date": "last year"},
            )
        ],
    ),
    (
        "Skyvane opened two new destinations in the Baltics.",
        [("opened", "asserted", {"agent": "Skyvane", "object": "two new destinations"})],
    ),
    ("The mine opened fire on protesters.", []),
    # an airline announcing routes, also "the addition of" routes
    (
        "Following strong demand, Skyvane announced the addition of four routes to its "
        "winter schedule.",
        [
            (
                "announced",
                "asserted",
                {"agent": "Skyvane", "object": "addition of four routes"},
            )
        ],
    ),
    (
        "Skyvane announced two new routes to the islands.",
        [("announced", "asserted", {"agent": "Skyvane", "object": "two new routes"})],
    ),
    ("Skyvane announced the addition of a fuel surcharge.", []),
    # the noun "announcement" with a new thing after "of"; announcing a planned thing happened
    (
        "Staff cheered the announcement of a proposed nursing school.",
        [("announcement", "asserted", {"object": "proposed nursing school"})],
    ),
    (
        "Tarrow's announcement of a new fund came on Monday.",
        [("announcement", "asserted", {"agent": "Tarrow", "object": "new fund", "date": "Monday"})],
    ),
    (
        "The announcement of a new fund was delayed.",
        [("announcement", "unasserted", {"object": "new fund"})],
    ),
    ("The announcement of the results lifted the shares.", []),
    ("Tuesday's announcement surprised analysts.", []),
    (
        "The announcement of the formation of a task force came late.",
        [("formation", "asserted", {"object": "task force"})],
    ),
    # a phrase before a modal or a finite "be"/"have" is a reported clause's subject
    ("Corvex announced the fund would close in June.", []),
    ("Corvex revealed the institute has hired 40 chemists.", []),
    (
        "Corvex announced a new design school in Lyon.",
        [
            (
                "announced",
                "asserted",
                {"agent": "Corvex", "object": "new design school", "location": "Lyon"},
            )
        ],
    ),
]


ROWS += [
    # a gerund right before "of" is a noun
    (
        "Opening of the Marlo Science Hall drew large crowds.",
        [("Opening", "asserted", {"object": "Marlo Science Hall"})],
    ),
    ("Opening the meeting, the chair thanked the donors.", []),
    # a marked base form after a subject pronoun is present tense; "found" stays "find"
    (
        "Today they open a bakery school in Lyon.",
        [
            (
                "open",
                "asserted",
                {"object": "bakery school", "date": "Today", "location": "Lyon"},
            )
        ],
    ),
    ("We found the company in good shape.", []),
    ("Together they form the backbone of the network.", []),
    # "grand" or "official" makes a bare "opening" the ceremony of a new thing
    (
        "Hundreds queued for the grand opening on Saturday.",
        [("opening", "asserted", {"date": "Saturday"})],
    ),
    ("The opening was marked by protests.", []),
    ("The opening ceremony drew crowds.", []),
    # a speaker's feeling before "to" performs the act; a modal still governs it
    (
        "We are proud to present the new Corva store to shoppers.",
        [("present", "asserted", {"object": "new Corva store"})],
    ),
    (
        "Tollan is pleased to announce the launch of the Verra fund.",
        [("launch", "asserted", {"agent": "Tollan", "object": "Verra fund"})],
    ),
    (
        "We would be delighted to open a store in Lyon.",
        [("open", "unasserted", {"object": "store", "location": "Lyon"})],
    ),
    # a third-person form before a determiner or "new" is the verb of a headline
    (
        "Danish brewer launches new alcohol-free lager",
        [("launches", "asserted", {"object": "new alcohol-free lager"})],
    ),
    ("Rocket launches slowed last year.", []),
    # a bracketed date after "today" dates the launch and the walk reaches the subject
    (
        "Corvane has today (4 March) opened its second bakery in Lyon.",
        [
            (
                "opened",
                "asserted",
                {
                    "agent": "Corvane",
                    "object": "second bakery",
                    "date": "4 March",
                    "location": "Lyon",
                },
            )
        ],
    ),
    # "will take place" after the noun puts the launch ahead; "would help" does not
    ("The launch will happen in Oslo in the spring.", [("launch", "unasserted", {})]),
    (
        "The launch of the fund would help farmers.",
        [("launch", "asserted", {"object": "fund"})],
    ),
    # a headline's comma coordinates its agents: the first is the agent
    (
        "Corvane, Tollan Launch Joint Payments App",
        [("Launch", "asserted", {"agent": "Corvane", "object": "Joint Payments App"})],
    ),
    # a quantity and its "of" phrase are one subject; "by the Government" is generic
    (
        "Last month a raft of budget tablets were announced in Chile.",
        [("announced", "asserted", {"object": "raft of budget tablets", "location": "Chile"})],
    ),
    (
        "The fund was set up by the Government in May.",
        [("set up", "asserted", {"object": "fund", "date": "May"})],
    ),
]

ROWS += [
    # a date opening the sentence right before a subject pronoun, also inside a quotation
    (
        "“This week we launch a seed fund for farmers,” the minister said.",
        [("launch", "asserted", {"object": "seed fund for farmers", "date": "This week"})],
    ),
    # the bracketed calendar date after a relative one is the same day, said precisely
    (
        "A new loan scheme was unveiled by the minister today (Monday 4 March), aides said.",
        [("unveiled", "asserted", {"object": "new loan scheme", "date": "Monday 4 March"})],
    ),
    # a fronted participle clause can hold a comma before a preposition
    (
        "Launched with $12 million, including money from two banks, the new fund will run "
        "for eight years.",
        [("Launched", "asserted", {"object": "new fund"})],
    ),
    # the agent of another participle is not the subject; "has" makes a full clause
    (
        "A paper mill owned by a Swiss group has officially opened in the Mexican state of Sonora.",
        [("opened", "asserted", {"object": "paper mill", "location": "Sonora"})],
    ),
    (
        "A paper mill owned by a Swiss group opened in May.",
        [("opened", "asserted", {"object": "paper mill", "date": "May"})],
    ),
    (
        "Many people work for the organization founded by Tom Hale.",
        [("founded", "asserted", {"agent": "Tom Hale", "object": "organization"})],
    ),
    # "the city of X" after "in" places the launch; "of X" after another noun does not
    (
        "Corvane opened an office in the city of Kobe.",
        [("opened", "asserted", {"agent": "Corvane", "object": "office", "location": "Kobe"})],
    ),
    (
        "Corvane opened an office for the people of Kobe.",
        [("opened", "asserted", {"agent": "Corvane", "object": "office"})],
    ),
]

ROWS += [
    # an acronym before a town is a campus's name, the agent, and the town is no place
    (
        "UT Dayton unveils new robotics lab",
        [
            (
                "unveils",
                "asserted",
                {"agent": "UT Dayton", "object": "new robotics lab"},
            )
        ],
    ),
    (
        "Alumni gathered on Friday at the opening of NMU Leeds's new Robotics Centre.",
        [
            (
                "opening",
                "asserted",
                {"agent": "NMU Leeds", "object": "Robotics Centre", "date": "Friday"},
            )
        ],
    ),
    (
        "Alumni gathered on Friday at the opening of Leeds's new Robotics Centre.",
        [("opening", "asserted", {"object": "Robotics Centre", "date": "Friday"})],
    ),
    (
        "Nanjing launched a new platform.",
        [
            (
                "launched",
                "asserted",
                {"agent": "Nanjing", "object": "new platform", "location": "Nanjing"},
            )
        ],
    ),
    # marking or celebrating "the opening" is its occasion; a purpose clause leaves it a fact
    (
        "To celebrate the opening, the bakery handed out free bread.",
        [("opening", "asserted", {})],
    ),
    ("They plan to mark the opening with a concert.", [("opening", "unasserted", {})]),
    ("They celebrated the opening goal.", []),
    # information released to the media is let out, a product released to the public is not
    ("Photos of the suspect released to local reporters helped the inquiry.", []),
    (
        "Corvane released the app to the public in May.",
        [("released", "asserted", {"agent": "Corvane", "object": "app", "date": "May"})],
    ),
    # "consider" governs a launch through "help"
    (
        "Chile will consider helping set up a flood relief office in Peru.",
        [
            (
                "set up",
                "unasserted",
                {"agent": "Chile", "object": "flood relief office", "location": "Peru"},
            )
        ],
    ),
    (
        "The agency helped set up a fund in 2019.",
        [("set up", "asserted", {"object": "fund", "date": "2019"})],
    ),
]

ROWS += [
    # "X-based" describes the agent; a title before a name is no part of it
    (
        "U.S.-based Kirovan launched a digital wallet.",
        [("launched", "asserted", {"agent": "Kirovan", "object": "digital wallet"})],
    ),
    (
        "The wallet was officially opened by Finance Minister Anna Berg.",
        [("opened", "asserted", {"agent": "Anna Berg", "object": "wallet"})],
    ),
    (
        "Prime Minister Tarun Vel inaugurated the new ferry terminal.",
        [("inaugurated", "asserted", {"agent": "Tarun Vel", "object": "new ferry terminal"})],
    ),
    (
        "The fund was launched by JP Morgan Chase in May.",
        [("launched", "asserted", {"agent": "JP Morgan Chase", "object": "fund", "date": "May"})],
    ),
    # other senses: accounts and credit lines opened, takeovers and airstrikes launched,
    # a chart position
    ("Velora Motors opened a bank account in Zurich.", []),
    ("The bank opened a credit line for exporters.", []),
    ("Kirovan launched a takeover of Telmar.", []),
    ("The army launched airstrikes on the city.", []),
    ("The album debuted at number one.", []),
    (
        "The phone launched at $499 in May.",
        [("launched", "asserted", {"object": "phone", "date": "May"})],
    ),
    # an adverb of reach after the noun ends the phrase, before it is part of it
    (
        "Kirovan will roll out the service nationwide next year.",
        [
            (
                "roll out",
                "unasserted",
                {"agent": "Kirovan", "object": "service", "date": "next year"},
            )
        ],
    ),
    (
        "Kirovan rolled out a nationwide service.",
        [("rolled out", "asserted", {"agent": "Kirovan", "object": "nationwide service"})],
    ),
]

ROWS += [
    # who announced or unveiled the plans is the agent of the launch planned
    (
        "Kirovan announced plans to open 20 stores.",
        [("open", "unasserted", {"agent": "Kirovan", "object": "20 stores"})],
    ),
    (
        "Kirovan unveiled plans to open 20 stores.",
        [("open", "unasserted", {"agent": "Kirovan", "object": "20 stores"})],
    ),
    (
        "The plans to open 20 stores were dropped.",
        [("open", "unasserted", {"object": "20 stores"})],
    ),
    # "ahead of" ends the object
    (
        "Kirovan launched the phone ahead of the holiday season.",
        [("launched", "asserted", {"agent": "Kirovan", "object": "phone"})],
    ),
]

ROWS += [
    # a comma that closes a relative clause is followed by the main verb
    (
        "The plant, which cost $200 million, opened in March.",
        [("opened", "asserted", {"object": "plant", "date": "March"})],
    ),
    (
        "The cloud unit, launched in 2006, is growing.",
        [("launched", "asserted", {"object": "cloud unit", "date": "2006"})],
    ),
    # a first name opening a sentence before a surname is a name
    (
        "Anna Berg, who founded Kirovan in 1998, stepped down.",
        [("founded", "asserted", {"agent": "Anna Berg", "object": "Kirovan", "date": "1998"})],
    ),
    (
        "Will Kirovan launch the fund?",
        [("launch", "unasserted", {"agent": "Kirovan", "object": "fund"})],
    ),
    # a name after the comma, also after "the" or "dubbed", beats the description
    (
        "Kirovan introduced its latest smartphone, the Nova 5, in Berlin.",
        [
            (
                "introduced",
                "asserted",
                {"agent": "Kirovan", "object": "Nova 5", "location": "Berlin"},
            )
        ],
    ),
    (
        "Kirovan unveiled the electric SUV, dubbed the Velo X, on Monday.",
        [("unveiled", "asserted", {"agent": "Kirovan", "object": "Velo X", "date": "Monday"})],
    ),
    (
        "Kirovan launched a fund, the Government said.",
        [("launched", "asserted", {"agent": "Kirovan", "object": "fund"})],
    ),
    # operations set up are a business's presence; operations launched are not
    (
        "Kirovan is setting up its operations in Leeds.",
        [
            (
                "setting up",
                "asserted",
                {"agent": "Kirovan", "object": "operations", "location": "Leeds"},
            )
        ],
    ),
    ("The army launched operations against the rebels.", []),
    ("Police set up an operation to catch the gang.", []),
]

ROWS += [
    # a capitalised form after a lower-case word is part of a name, not a verb
    ("Sara Lind needed five Opens to win a title.", []),
    (
        "Kirovan said on Monday it had opened a store in Lyon.",
        [("opened", "asserted", {"agent": "Kirovan", "object": "store", "location": "Lyon"})],
    ),
    # people released, celebrations launched, "opening" before a match or phase
    ("The rebels released 40 people on Tuesday.", []),
    ("Organisers launched a celebration of local food.", []),
    ("Two drivers crashed in the opening practice laps.", []),
    ("The side drew its opening cup tie.", []),
    ("Officials said the formation phase would take a year.", []),
]

ROWS += [
    # a headline's everyday words before a generic head describe the launcher, not name it
    (
        "Dutch Carmaker Opens Largest Paint Plant",
        [("Opens", "asserted", {"object": "Largest Paint Plant"})],
    ),
    (
        "Ministry Launches New Export Agency",
        [("Launches", "asserted", {"object": "New Export Agency"})],
    ),
    (
        "Kirovan Bank Launches New Savings App",
        [("Launches", "asserted", {"agent": "Kirovan Bank", "object": "New Savings App"})],
    ),
]

ROWS += [
    # describing what already exists is no launch for announce, present, outline
    ("Presenting its existing products, the bank's chief praised the staff.", []),
    ("The minister presented the existing programme to MPs.", []),
    (
        "Kirovan unveiled its other new phone.",
        [("unveiled", "asserted", {"agent": "Kirovan", "object": "other new phone"})],
    ),
]

ROWS += [
    # a passive subject's "from"/"of" phrase is not the subject; the noun before it is
    (
        "The new app from Kirovan was released on Tuesday.",
        [("released", "asserted", {"object": "new app", "date": "Tuesday"})],
    ),
    (
        "The first phone of its kind was launched in May.",
        [("launched", "asserted", {"object": "first phone of its kind", "date": "May"})],
    ),
    ("The prisoners from the camp were released on Tuesday.", []),
    # a name with a number is a subject; the organisation owning the object is the agent
    (
        "The Nova 5, Kirovan's first foldable phone, was launched in March.",
        [("launched", "asserted", {"object": "Nova 5", "date": "March"})],
    ),
    (
        "Velora Motors' new fund was launched in May.",
        [("launched", "asserted", {"agent": "Velora Motors", "object": "new fund", "date": "May"})],
    ),
    (
        "Velora Motors' Nova 5 was unveiled in Seoul.",
        [
            (
                "unveiled",
                "asserted",
                {"agent": "Velora Motors", "object": "Nova 5", "location": "Seoul"},
            )
        ],
    ),
    (
        "Anna Berg's new novel was launched in May.",
        [("launched", "asserted", {"object": "new novel", "date": "May"})],
    ),
    (
        "Tarnow's new airport was opened in May.",
        [("opened", "asserted", {"object": "new airport", "date": "May"})],
    ),
]

ROWS += [
    # a fronted participle clause can hold a list of names after a preposition
    (
        "Established with $40 million, including grants from Corvane Bank, Tollan Bank and "
        "Velora Bank, the institute will hire 30 staff.",
        [("Established", "asserted", {"object": "institute"})],
    ),
    (
        "Founded in 1921 by Anna Berg, Bellmont Motors and its unit make cars.",
        [
            (
                "Founded",
                "asserted",
                {"agent": "Anna Berg", "object": "Bellmont Motors", "date": "1921"},
            )
        ],
    ),
    (
        "Launched in 2019, the fund, which invests in farms, has grown.",
        [("Launched", "asserted", {"object": "fund", "date": "2019"})],
    ),
]

ROWS += [
    # a debut before album or season is a person's first work; shares debut on a market;
    # a bare "formation" is a shape
    ("The band's debut album sold well.", []),
    ("Kirovan's stock debuted on the Nasdaq on Friday.", []),
    ("The team played in a 4-4-2 formation.", []),
    (
        "Kirovan announced the formation of a task force.",
        [("formation", "asserted", {"agent": "Kirovan", "object": "task force"})],
    ),
    (
        "Kirovan debuted its new album-streaming app in May.",
        [
            (
                "debuted",
                "asserted",
                {"agent": "Kirovan", "object": "new album-streaming app", "date": "May"},
            )
        ],
    ),
]

ROWS += [
    # an intransitive gerund after an opening "since"/"after": the main subject opened
    (
        "Since opening in 2015, the museum has drawn a million visitors.",
        [("opening", "asserted", {"object": "museum", "date": "2015"})],
    ),
    (
        "After launching in May, the app drew a million users.",
        [("launching", "asserted", {"object": "app", "date": "May"})],
    ),
    ("While opening the meeting, the chair thanked donors.", []),
    # a verb after the object ends it: an "-s" verb before a determiner, "drew", "sold"
    (
        "Kirovan's launch of a digital currency marks a first for the region.",
        [("launch", "asserted", {"agent": "Kirovan", "object": "digital currency"})],
    ),
    (
        "Kirovan launched new funds the bank manages.",
        [("launched", "asserted", {"agent": "Kirovan", "object": "new funds"})],
    ),
    # plans announced or unveiled are intentions
    ("Velora Motors unveiled plans for a battery plant.", []),
    ("Velora Motors announced plans for a new head office.", []),
    # a passive's subject is the opening phrase when the walk stopped inside its PP or
    # infinitive postmodifier; a clause of its own in between keeps the nearer phrase
    (
        "A new clinic near the old harbour in Tarsby was opened by Velora Health.",
        [("opened", "asserted", {"agent": "Velora Health", "object": "new clinic"})],
    ),
    (
        "A scheme to help tenants has been set up by Velora Council.",
        [("set up", "asserted", {"agent": "Velora Council", "object": "scheme"})],
    ),
    (
        "A report by the bank said the new fund was launched in May.",
        [("launched", "asserted", {"object": "new fund", "date": "May"})],
    ),
    # a name inside a fronted participle or PP clause is no appositive of the subject
    (
        "Designed by engineers at Velora Labs, the app was launched in June.",
        [("launched", "asserted", {"object": "app", "date": "June"})],
    ),
    (
        "Over in Tarsby, the regional council unveiled a housing strategy.",
        [("unveiled", "asserted", {"object": "housing strategy"})],
    ),
    (
        "Velora Labs, the device maker, unveiled a tablet.",
        [("unveiled", "asserted", {"agent": "Velora Labs", "object": "tablet"})],
    ),
    # a passive's "by" agent after a parenthetical PP
    (
        "The fund was set up in 2019, with money from local councils, by Velora Capital.",
        [
            (
                "set up",
                "asserted",
                {"agent": "Velora Capital", "object": "fund", "date": "2019"},
            )
        ],
    ),
    (
        "The fund was launched in May for customers served by Velora Bank.",
        [("launched", "asserted", {"object": "fund", "date": "May"})],
    ),
    # a model name that opens with the maker's ORG, also after a description's comma
    (
        "Velora Mobile unveiled its new phone, the Velora 7 Pro.",
        [("unveiled", "asserted", {"agent": "Velora Mobile", "object": "Velora 7 Pro"})],
    ),
    # the named subject governs an infinitive or gerund through its own verb complex,
    # not across another clause
    (
        "Velora Rail is understood to be getting ready to launch a night train.",
        [("launch", "unasserted", {"agent": "Velora Rail", "object": "night train"})],
    ),
    (
        "Velora Foods dismissed reports that it would open a plant in Ohio.",
        [
            (
                "open",
                "unasserted",
                {"agent": "Velora Foods", "object": "plant", "location": "Ohio"},
            )
        ],
    ),
    (
        "Premier names banker Tom Velor to board after failing to establish a finance council.",
        [("establish", "unasserted", {"object": "finance council"})],
    ),
    # a quoted name before its noun is a product's, a quoted name alone may be a nickname
    (
        "Velora unveils 'Atlas' AI model, shares jump",
        [("unveils", "asserted", {"agent": "Velora", "object": "Atlas"})],
    ),
    ("The coach introduced 'Atlas' to the fans.", []),
    # "what it says is X" names the object like "what it calls X"
    (
        "Velora Energy opened what it says is the largest battery plant in Wales.",
        [("opened", "asserted", {"agent": "Velora Energy", "object": "largest battery plant"})],
    ),
    (
        "Velora Energy opened what it said would be the first hydrogen depot in Tarsby.",
        [("opened", "asserted", {"agent": "Velora Energy", "object": "first hydrogen depot"})],
    ),
    ("Velora Energy opened what it said.", []),
    # the head after "of" can show what was introduced; details and images are disclosures
    (
        "Velora Media introduced an ad-supported tier of its streaming service.",
        [
            (
                "introduced",
                "asserted",
                {"agent": "Velora Media", "object": "ad-supported tier of its streaming service"},
            )
        ],
    ),
    ("Velora Mobile released details of its new phone.", []),
    ("Velora Mobile released images of its new phone.", []),
    ("The latest Velora poll, released last week, found support rising.", []),
    # a launch noun in a "with" phrase is the named subject's act; a "by" phrase right
    # after the noun is its agent
    (
        "Velora Stores Inc. is growing fast, with new branch openings in Ohio.",
        [
            (
                "openings",
                "asserted",
                {"agent": "Velora Stores Inc.", "object": "new branch", "location": "Ohio"},
            )
        ],
    ),
    (
        "Analysts were impressed with the launch of the phone.",
        [("launch", "asserted", {"object": "phone"})],
    ),
    # a number's approximator opens the object, it is no PP after an intransitive verb
    (
        "Velora Bank released about 200 new cards.",
        [("released", "asserted", {"agent": "Velora Bank", "object": "200 new cards"})],
    ),
    ("Rebels released between 20 and 30 passengers on Monday.", []),
    (
        "The store opened about 2 miles from the station.",
        [("opened", "asserted", {"object": "store"})],
    ),
    # a date or place between a launch noun and its "of" phrase
    (
        "The opening in May of the new bridge drew crowds.",
        [("opening", "asserted", {"object": "new bridge", "date": "May"})],
    ),
    ("Crowds gathered for the unveiling in Leeds last week of a memorial.", []),
    # "to V1 ... and V2": V2 shares the intention of V1's verb complex
    (
        "Velora plans to buy a plant and open a store in Leeds.",
        [("open", "unasserted", {"agent": "Velora", "object": "store", "location": "Leeds"})],
    ),
    (
        "The group acted in a bid to oust the board and set up a rival union.",
        [("set up", "unasserted", {"object": "rival union"})],
    ),
    # people are never launched: "he"/"she" as a passive's subject
    ("She was inaugurated as governor on Monday.", []),
    # an active clause with "she" keeps its event, and its zero relative's noun is the object
    (
        "The charity she founded in 1950 now runs 300 homes.",
        [("founded", "asserted", {"object": "charity", "date": "1950"})],
    ),
    # a comma inside quotation marks does not end a passive subject's postmodifier
    (
        'A new fund to back "fast, cheap" housing will be launched by Velora Council on Friday.',
        [
            (
                "launched",
                "unasserted",
                {"agent": "Velora Council", "object": "new fund", "date": "Friday"},
            )
        ],
    ),
    # "its"/"their" after a subject whose name sits in a PP stands for the subject noun
    ("Shares in Velora Air opened at 310 pence on their debut.", []),
    (
        "The card from Velora Bank has grown since its launch.",
        [("launch", "asserted", {"object": "card"})],
    ),
    # a marked base form after an inverted auxiliary and its named subject is a verb
    (
        "Could Velora Group open a store in Leeds?",
        [
            (
                "open",
                "unasserted",
                {"agent": "Velora Group", "object": "store", "location": "Leeds"},
            )
        ],
    ),
    # a base form after "and" shares the modal of the verb before it, and its subject
    (
        "Velora Group will buy a plant and open a store in Leeds.",
        [
            (
                "open",
                "unasserted",
                {"agent": "Velora Group", "object": "store", "location": "Leeds"},
            )
        ],
    ),
    # ... also when a determiner stands before the name in the PP
    (
        "The new card from the Velora Bank has grown since its launch.",
        [("launch", "asserted", {"object": "new card"})],
    ),
    # a person named or meant right before the preposition of a gerund is who does it, not
    # the sentence's subject ("praised the mayor for deciding to open": the mayor decided)
    (
        "Velora Group praised the mayor for deciding to open a library.",
        [("open", "unasserted", {"object": "library"})],
    ),
    (
        "Velora Group praised the mayor for opening a library.",
        [("opening", "asserted", {"object": "library"})],
    ),
    (
        "Velora Group thanked Tom Berry for helping to open a library.",
        [("open", "unasserted", {"agent": "Tom Berry", "object": "library"})],
    ),
    (
        "Velora Group took a big step by opening a library.",
        [("opening", "asserted", {"agent": "Velora Group", "object": "library"})],
    ),
    ("Velora will decide after an announcement in May of gross domestic product.", []),
    (
        "Two openings by Velora Stores Inc. this year drew crowds.",
        [("openings", "asserted", {"agent": "Velora Stores Inc.", "date": "this year"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_general_launch_rules(run: Callable[..., Doc], text: str, expected: list[Event]) -> None:
    assert events(run(text, "2024-05-01")) == expected


OBJECT_ENDS: list[tuple[str, str]] = [
    # an everyday verb that is never a noun ends the object phrase
    ("Tarrow's launch of a new fund came as a surprise.", "new fund"),
    ("The unveiling of the Orla phone took place in a hangar.", "Orla phone"),
    ("The opening of the new terminal gave travellers more room.", "new terminal"),
    ("The launch of its lending platform began a busy year.", "lending platform"),
]


@pytest.mark.parametrize(("text", "obj"), OBJECT_ENDS)
def test_everyday_verb_ends_the_object(run: Callable[..., Doc], text: str, obj: str) -> None:
    ((_, _, arguments),) = events(run(text, "2024-05-01"))
    assert arguments["object"] == obj
