"""LAUNCH events in real-news style: wire, tech press, business and policy sentences of our
own (every name invented), one per trigger rule and per everyday sense that is not a launch.

The real-news sets we tune on have no event gold, so these rows are the measurable
behaviour of the launch rules on news written by others: product launches with the verbs
the tech press uses (unveil, introduce, roll out, debut, release a version, announce a
product), and the other senses of the same verbs (launching an attack or a search,
releasing hostages or a statement, a person's debut, establishing a fact, setting up a
play, a rocket's lift-off, a trigger word inside a hyphenated word). Each row is a
sentence and its events as ``(trigger, modality, object)``; ``None`` is no object.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from pipeline.extraction import doc_to_record
from tests.launch_cases import Row, rows

LAUNCHES: list[tuple[str, list[Row]]] = [
    # "media"/"news"/"press" block a noun compound ("press release"), not a name's last word
    (
        "Kelvia Media launched a TV channel for children on Monday.",
        [("launched", "asserted", "TV channel for children")],
    ),
    ("Tarnow News launched a new app on Monday.", [("launched", "asserted", "new app")]),
    # doors opened to a place's public open the place
    (
        "The clinic opened its doors to local residents on Monday.",
        [("opened", "asserted", "clinic")],
    ),
    # a space word that only modifies the head keeps the business sense of "launch"
    (
        "Orlo Space Agency will launch a new satellite programme next year.",
        [("launch", "unasserted", "new satellite programme")],
    ),
    (
        "Brixo Group launched a satellite TV channel for children on Monday.",
        [("launched", "asserted", "satellite TV channel for children")],
    ),
    # products as objects
    (
        "Korvex unveiled the Galaxy Slate 9 at a trade show in Berlin on Wednesday.",
        [("unveiled", "asserted", "Galaxy Slate 9")],
    ),
    (
        "Velomotion introduced a new line of electric scooters in March.",
        [("introduced", "asserted", "new line of electric scooters")],
    ),
    (
        "Brightfield Mobile rolled out the Pixel Nova 8 to carriers in Europe.",
        [("rolled out", "asserted", "Pixel Nova 8")],
    ),
    (
        "Orchard Computer announced the iPad Quill on Tuesday, its first pen tablet.",
        [("announced", "asserted", "iPad Quill")],
    ),
    (
        "Halvard Motors debuted its Model Y crossover at the Geneva show.",
        [("debuted", "asserted", "Model Y crossover")],
    ),
    (
        "Tessaro released a new version of its accounting software on Monday.",
        [("released", "asserted", "new version of its accounting software")],
    ),
    (
        "Lunaris Corp. launched a new range of ThinkBook laptops aimed at students.",
        [("launched", "asserted", "new range of ThinkBook laptops")],
    ),
    (
        "The company unveiled a smartwatch with a two-week battery.",
        [("unveiled", "asserted", "smartwatch")],
    ),
    (
        "Norvale Bank launched a mobile payments app for small businesses.",
        [("launched", "asserted", "mobile payments app for small businesses")],
    ),
    (
        "Saltmarsh Games released Tidebreaker, its first console title, in October.",
        [("released", "asserted", "Tidebreaker")],
    ),
    (
        "Kestrel Air plans to launch a budget airline next year.",
        [("launch", "unasserted", "budget airline")],
    ),
    (
        "Quintara Systems said it would not release a consumer version of the chip.",
        [("release", "unasserted", "consumer version of the chip")],
    ),
    (
        "Korvex revealed a folding smartphone at the show.",
        [("revealed", "asserted", "folding smartphone")],
    ),
    # organisations, offices and programmes
    (
        "Former banker Ida Morrow founded the brokerage in 1998.",
        [("founded", "asserted", "brokerage")],
    ),
    (
        "The ministry set up a task force to review the rules.",
        [("set up", "asserted", "task force")],
    ),
    (
        "Delmont Insurance established a venture capital arm in Singapore last year.",
        [("established", "asserted", "venture capital arm")],
    ),
    (
        "The two utilities formed a joint venture to build wind farms.",
        [("formed", "asserted", "joint venture")],
    ),
    (
        "Arbor Retail opened its first store in Lagos on Saturday.",
        [("opened", "asserted", "first store")],
    ),
    (
        "The mayor inaugurated a new cancer hospital on Friday.",
        [("inaugurated", "asserted", "new cancer hospital")],
    ),
    (
        "The regulator launched a pilot programme on Monday.",
        [("launched", "asserted", "pilot programme")],
    ),
    (
        "The Harbour Finance Authority (HFA), set up in 2019, licenses the lenders.",
        [("set up", "asserted", "Harbour Finance Authority")],
    ),
    (
        "The government set up a commission to investigate the crash.",
        [("set up", "asserted", "commission")],
    ),
    # airline routes, parties and unions, a verb with a number after the object
    (
        "Halvik Airways will launch flights to Lisbon in June, the carrier said.",
        [("launch", "unasserted", "flights")],
    ),
    (
        "Kestrel Air launched daily flights between Oslo and Riga on Monday.",
        [("launched", "asserted", "daily flights")],
    ),
    (
        "A new political party was formed by dissident lawmakers on Sunday.",
        [("formed", "asserted", "new political party")],
    ),
    (
        "The two dockers' unions formed a federation in 1955.",
        [("formed", "asserted", "federation")],
    ),
    ("Shares of the newly launched fund rose 3 percent.", [("launched", "asserted", "fund")]),
    # two coordinated verbs share the phrase after the second one
    (
        "Tarrow launched and later sold a chain of coffee shops.",
        [("launched", "asserted", "chain of coffee shops")],
    ),
    (
        "Tarrow founded and ran the agency for a decade.",
        [("founded", "asserted", "agency")],
    ),
    # ... but a determiner after "and" opens a clause of its own
    ("The app launched and the shares rose.", [("launched", "asserted", "app")]),
    ("The fund launched and has since grown to $2 billion.", [("launched", "asserted", "fund")]),
    # a date between the verb and its object
    (
        "Tarrow unveiled on Monday a new smartphone aimed at teenagers.",
        [("unveiled", "asserted", "new smartphone")],
    ),
    (
        "Tarrow launched Tuesday a fund for small firms.",
        [("launched", "asserted", "fund for small firms")],
    ),
    # "which it launched": the noun "which" stands for, also inside a prepositional phrase
    (
        "Tarrow's new tablet, which it unveiled on Monday, costs $499.",
        [("unveiled", "asserted", "new tablet")],
    ),
    (
        "Tarrow cut the price of the tablet, which it launched in May.",
        [("launched", "asserted", "tablet")],
    ),
    # ... but a word of another sense inside the phrase does not decide it
    (
        "The city launched an action plan for cleaner air.",
        [("launched", "asserted", "action plan for cleaner air")],
    ),
    # ... but a product with a determiner, or a one-word name no first name goes with, is launched
    ("Korvex unveiled the Kia Sorento at the show.", [("unveiled", "asserted", "Kia Sorento")]),
    ("Tarrow released Lindqvist, a photo app, in May.", [("released", "asserted", "Lindqvist")]),
    # "opened its doors" is the subject's own opening
    ("The new museum opened its doors in 1998.", [("opened", "asserted", "new museum")]),
    (
        "Tarrow's flagship store will open its doors in Milan next month.",
        [("open", "unasserted", "flagship store")],
    ),
    # shops, kitchens, faculties and other premises
    (
        "In Corlan, the Royal Polytechnic opened a robotics faculty in 2022.",
        [("opened", "asserted", "robotics faculty")],
    ),
    (
        "Rival Halden Dairy opened a test kitchen in Antwerp on March 11.",
        [("opened", "asserted", "test kitchen")],
    ),
    # transport and industrial facilities
    (
        "The opening of the new terminal has been delayed until 2026.",
        [("opening", "unasserted", "new terminal")],
    ),
    (
        "The city opened a new metro line on Saturday.",
        [("opened", "asserted", "new metro line")],
    ),
    (
        "Tarrow Logistics opened its third warehouse near Antwerp in May.",
        [("opened", "asserted", "third warehouse")],
    ),
    # a space word beside a trigger without a lift-off sense: the trigger keeps its sense
    (
        "Orbitek, the rocket company founded by Ilse Marner, makes small engines.",
        [("founded", "asserted", "Orbitek")],
    ),
    (
        "The state plans to establish a drone flight testing centre by 2027.",
        [("establish", "unasserted", "drone flight testing centre")],
    ),
    (
        "Skyward Labs set up a satellite imaging unit in Toulouse last year.",
        [("set up", "asserted", "satellite imaging unit")],
    ),
]

NOT_LAUNCHES: list[str] = [
    # doors opened to anyone but a place's public are a figure of speech
    "Dalton Group opened its doors to foreign investors in May.",
    # a space word heading or ending the object, or naming the vehicle: a lift-off
    "Vantor launched a fleet of satellites in March.",
    "Space Shuttle Kestrel, which will launch on a mission at the end of the month, is ready.",
    # a launch noun that modifies another noun names no event of its own
    "A teaser clip for the digital unveiling invitation shows a falling drop of water.",
    "The launch trailer drew two million views in a day.",
    "Fans waited for the launch livestream to begin.",
    # launch: attacks, searches, inquiries, missiles, lift-off
    "Rebel forces launched a surprise attack on the garrison at dawn.",
    "The army was ordered to launch surprise operations along the border.",
    "Police launched a nationwide search for the missing teenager on Thursday.",
    "The regulator launched an investigation into the bank's lending.",
    "The navy launched two missiles into the sea.",
    "The shuttle's final flight, which launches June 28, will carry a crew of four.",
    "Hedge funds launched a hostile bid for the retailer.",
    "The agency launched a weather satellite from the coastal site on Friday.",
    "The rocket launched from the island base on Tuesday.",
    "Orbitek launched two satellites for a mapping company.",
    "The final flight launched from the coast on Tuesday.",
    "Organisers opened the party conference on Monday.",
    "Protesters formed a human shield around the statue.",
    "Workers opened the station doors at dawn.",
    "He opened the doors of his house to refugees.",
    "Exiles practised forming a human chain outside the embassy on Monday.",
    # people are released, introduced and unveiled, not launched
    "Police released Tom Hale on Friday.",
    "The rebels released Marta Lind, a Swedish aid worker, on Sunday.",
    "Marta Lind was seized in May. The group demanded Lind's release.",
    "The coach introduced Marco Verdi in the second half.",
    # lawsuits, consultations, buybacks and memorials are other senses
    "Tarrow launched legal action against its former chief executive.",
    "The government launched a public consultation on the plan.",
    "Tarrow launched a share buyback worth $1 billion.",
    "The minister unveiled a memorial to the victims.",
    "A consultancy put the global launch market at $9 billion last year.",
    # release: prisoners, statements, substances, results
    "The militants released three hostages on Sunday.",
    "The journalist was released from prison after serving a week.",
    "Mercury released from the old mine has polluted the river.",
    "The ministry released a statement on Monday.",
    "Carvell Industries released its quarterly results on Wednesday.",
    # announce: results, decisions
    "Varden Oil announced a 12 percent rise in profit.",
    "The club announced the signing of a new goalkeeper.",
    "The audit revealed a loss of $3 million at the unit.",
    "The INS decision was announced on Wednesday.",
    "In May, the alliance announced it would admit three new members.",
    "Agency chief Dana Pruitt announces where the retired shuttles will go.",
    # open: fire, talks
    "Soldiers opened fire on the crowd.",
    "The two countries opened talks on a trade deal.",
    # establish: facts; set up: plays, displays; found: "founding father"
    "Tests established a high probability that the hair was his.",
    "Investigators could not establish the identities of the men.",
    "As far as could be established, no staff were hurt.",
    "All the ruling has established is that the two sides agreed on a price.",
    "The striker set up the second goal for his captain.",
    "Exhibitors had large areas set up for visitors to try the games.",
    "He is regarded as a founding father of the republic.",
    # debut: a person's first appearance
    "The 20-year-old shot 67 in his professional debut.",
    "The defender makes his international debut on Saturday.",
    # hyphenated words and adjectives
    "Anti-establishment candidates won a majority of the seats.",
    "The robbers took no money from the establishment, police said.",
]


@pytest.mark.parametrize(("text", "expected"), LAUNCHES)
def test_real_news_launches(run: Callable[..., Doc], text: str, expected: list[Row]) -> None:
    assert rows(run(text, "2024-05-01")) == expected


@pytest.mark.parametrize("text", NOT_LAUNCHES)
def test_real_news_non_launches(run: Callable[..., Doc], text: str) -> None:
    assert rows(run(text, "2024-05-01")) == []


def test_date_inside_a_person_name_is_not_the_launch_date(run: Callable[..., Doc]) -> None:
    """A holiday word that is a surname ("Johnnie Christmas") does not date the launch."""
    doc = run("Ms Atwood launched her novel with illustrator Johnnie Christmas.", "2024-05-01")
    (event,) = doc_to_record(doc, "t")["events"]
    assert "date" not in {a["role"] for a in event["arguments"]}


BY_AGENTS: list[tuple[str, str | None]] = [
    # the name after "by" ends where the main clause's verb starts
    ("The maker founded by Ilse Marner reported record sales last year.", "Ilse Marner"),
    ("The lender set up by Tollund Capital has 40 branches.", "Tollund Capital"),
    ("The fund launched by Halden Partners will invest in start-ups.", "Halden Partners"),
    ("The bank founded by Ilse Marner said profits rose.", "Ilse Marner"),
    ("The studio founded by Ilse Marner in 2004 employs 30 people.", "Ilse Marner"),
    # a name that modifies a noun is not the agent
    ("The lab was set up by Tollund engineers in 2019.", None),
    ("The lab was set up by former Tollund staff.", None),
]


@pytest.mark.parametrize(("text", "agent"), BY_AGENTS)
def test_by_agent_before_the_main_verb(
    run: Callable[..., Doc], text: str, agent: str | None
) -> None:
    (event,) = doc_to_record(run(text, "2024-05-01"), "t")["events"]
    agents = [a["text"] for a in event["arguments"] if a["role"] == "agent"]
    assert agents == ([agent] if agent else [])


DATES_OF_OTHER_NOUNS: list[tuple[str, str | None]] = [
    # a date between a determiner and a noun dates that noun, not the launch
    ("A panel was set up to police violations of an April 25 truce.", None),
    ("The agency, established under a 2019 law, began work in March.", None),
    ("Tarrow unveiled its March 3 roadmap in Oslo.", None),
    # a date after the object, or after a preposition, dates the launch
    ("Tarrow launched the fund on Monday.", "Monday"),
    ("The fund was launched in 2019 by Tarrow.", "2019"),
]


@pytest.mark.parametrize(("text", "date"), DATES_OF_OTHER_NOUNS)
def test_a_date_that_modifies_a_noun_is_not_the_launch_date(
    run: Callable[..., Doc], text: str, date: str | None
) -> None:
    (event,) = doc_to_record(run(text, "2024-05-01"), "t")["events"]
    dates = [a["text"] for a in event["arguments"] if a["role"] == "date"]
    assert dates == ([date] if date else [])


ATTENDED_OPENINGS: list[tuple[str, dict[str, str], str]] = [
    # "had to" is past necessity: what the speaker had to say, they said at the opening
    (
        "That is what the mayor had to say on Monday at the opening of Brixo Motors' new "
        "plant in Tarnow.",
        {"agent": "Brixo Motors", "object": "new plant", "date": "Monday", "location": "Tarnow"},
        "asserted",
    ),
    # the organisation owning the new thing is the agent; the day attended dates the event
    (
        "The minister spoke Tuesday at the opening of Kelvane Bank's new branch.",
        {"agent": "Kelvane Bank", "object": "new branch", "date": "Tuesday"},
        "asserted",
    ),
    (
        "Investors gathered on Friday during the launch of Orlo Capital's new fund.",
        {"agent": "Orlo Capital", "object": "new fund", "date": "Friday"},
        "asserted",
    ),
    # negatives: a host verb's subject keeps the agent; a person or a town owning the new
    # thing is no agent; a date not right before "at"/"during" is not the event's
    (
        "Zendra Group announced the launch of Brixo Motors' new fund.",
        {"agent": "Zendra Group", "object": "new fund"},
        "asserted",
    ),
    (
        "Crowds gathered for the launch of Kemi Adeyemi's new novel.",
        {"object": "new novel"},
        "asserted",
    ),
    (
        "Officials attended the opening of Tarnow's new airport.",
        {"object": "new airport"},
        "asserted",
    ),
    (
        "On Monday, ministers met at the launch of the Kelvo fund.",
        {"object": "Kelvo fund"},
        "asserted",
    ),
    # what will happen is not asserted, and "had to" does not hide a cue ("postpone", "approve")
    (
        "The regulator had to approve the opening of the new plant.",
        {"object": "new plant"},
        "unasserted",
    ),
    (
        "The minister will speak at the opening of Brixo Motors' new plant.",
        {"agent": "Brixo Motors", "object": "new plant"},
        "unasserted",
    ),
    (
        "The company had to postpone the opening of its new plant.",
        {"object": "new plant"},
        "unasserted",
    ),
]


@pytest.mark.parametrize(("text", "arguments", "modality"), ATTENDED_OPENINGS)
def test_an_opening_attended_dates_and_owns_its_event(
    run: Callable[..., Doc], text: str, arguments: dict[str, str], modality: str
) -> None:
    (event,) = doc_to_record(run(text, "2024-05-01"), "t")["events"]
    assert {a["role"]: a["text"] for a in event["arguments"]} == arguments
    assert event["modality"] == modality
