"""LAUNCH rules added from the error analysis on the real development sets
(``bench/events/``): sentences of our own (every name invented), each rule with the
negatives it must not catch. Each row is a sentence and its events as
``(trigger, modality, object)`` (``rows`` of ``test_launch_real_news``); a bare sentence has
no events."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from test_launch_real_news import Row, rows

CASES: list[tuple[str, list[Row]]] = [
    # a noun ending in "-ly" heads its phrase; an adverb still ends it
    (
        "Orvane Systems introduced a new family of laptops in May.",
        [("introduced", "asserted", "new family of laptops")],
    ),
    (
        "Problems followed the introduction of a major new family of laptops.",
        [("introduction", "asserted", "major new family of laptops")],
    ),
    (
        "Tessaro will release the chip commercially next year.",
        [("release", "unasserted", "chip")],
    ),
    # a reduced participle describes the noun right before it, also inside a PP
    (
        "Many volunteers work for the charity founded by the engineer Pia Roan.",
        [("founded", "asserted", "charity")],
    ),
    ("She invested in the lab opened by Kestrel Labs in Oslo.", [("opened", "asserted", "lab")]),
    "The judge postponed a ruling on the lawsuit launched by the union.",
    "The board rejected the offer launched by a rival last week.",
    # "who" stands for a person: people released or introduced are not launches
    "Mr Olsen, who was released after serving a month in jail, thanked his lawyers.",
    "The striker, who was introduced after the break, scored twice.",
    (
        "Ms Hale, who founded the charity in 1990, spoke at the dinner.",
        [("founded", "asserted", "charity")],
    ),
    # "as" + a name after a passive launch verb is the object
    (
        "The registry was unveiled in 2004 as the Northern Patient Index.",
        [("unveiled", "asserted", "Northern Patient Index")],
    ),
    ("The firm was founded in 1921 as a bakery.", [("founded", "asserted", "firm")]),
    # a comma between premodifiers does not end the phrase
    (
        "Corvel unveiled a new, cheaper tablet on Monday.",
        [("unveiled", "asserted", "new, cheaper tablet")],
    ),
    "Dravo Partners launched a new, $12-a-share offer for the retailer.",
    (
        "Corvel launched its first fund in 2019, and it raised $5 million.",
        [("launched", "asserted", "first fund")],
    ),
    # "its" after a noun trigger: the organisation named before it when there is no subject
    (
        "There were nine original members of the Harbour Trade Council at the time of its"
        " founding.",
        [("founding", "asserted", "Harbour Trade Council")],
    ),
    (
        "Since its launch in 2021, Orbis Pay has signed up a million users.",
        [("launch", "asserted", "Orbis Pay")],
    ),
    # a bracketed gloss between the subject and a passive verb is passed over
    (
        "The Orbis League (Open Robotics Building In Schools) was founded by Dana Kerr in 1992.",
        [("founded", "asserted", "Orbis League")],
    ),
    (
        "The Harbour Fund (HF) was launched in 2019.",
        [("launched", "asserted", "Harbour Fund")],
    ),
    # "to" before a determiner is a preposition, not an infinitive
    (
        "Losses were tied to the introduction of a new tablet in April.",
        [("introduction", "asserted", "new tablet")],
    ),
    (
        "Velor plans to complete the launch of the fund next year.",
        [("launch", "unasserted", "fund")],
    ),
    # a name followed by ", who" is a person
    "The win marked the tour debut of Mia Lund, who turned professional in May.",
    "The police released Tom Hale, who had been held for a week.",
    ("Orvane released Pulse 2, which sold well.", [("released", "asserted", "Pulse 2")]),
    # "more than" ends a phrase: the revolution is a distractor again
    "Crowds honoured the men who launched the Orange Revolution more than a decade ago.",
    ("Velor launched a fund worth more than $5 million.", [("launched", "asserted", "fund")]),
    # "help" before a bare infinitive is part of the verb complex
    (
        "The bank will help set up a fund for farmers.",
        [("set up", "unasserted", "fund for farmers")],
    ),
    (
        "The bank helped set up a fund for farmers in 2019.",
        [("set up", "asserted", "fund for farmers")],
    ),
    # a weak trigger before "at" and an amount is a price
    "The shares opened at 5,200 forints, down 600 from Thursday.",
    "The stock opened at $12 on Friday.",
    # a date that opens a phrase and modifies its noun stays in it
    "Bonds fell after the release of its first half results this morning.",
    (
        "Velor launched its 2025 savings plan.",
        [("launched", "asserted", "2025 savings plan")],
    ),
    # two coordinated past verbs between commas share the phrase after them
    (
        "Rival banks have established, and heavily promoted, wealth-advice businesses.",
        [("established", "asserted", "wealth-advice businesses")],
    ),
    (
        "The fund, which Velor launched, and later expanded, grew quickly.",
        [("launched", "asserted", "fund")],
    ),
    # "established" before a noun without "newly" is the adjective "long-standing"
    "Velor is an established lender in the region.",
    "Newcomers compete with established brands.",
    "The agency followed established practice in the case.",
    (
        "The newly established lender hired 50 people.",
        [("established", "asserted", "lender")],
    ),
    ("Velor established branches in Asia.", [("established", "asserted", "branches")]),
    (
        "The lender then established offices in Asia.",
        [("established", "asserted", "offices")],
    ),
    # a session is an occasion, not a new thing (rule data: distractor_objects)
    "The president opened the parliament session on Monday.",
    ("The firm opened a new plant in Ohio.", [("opened", "asserted", "new plant")]),
]


@pytest.mark.parametrize("case", CASES)
def test_real_news_event_rules(run: Callable[..., Doc], case: str | tuple[str, list[Row]]) -> None:
    text, expected = (case, []) if isinstance(case, str) else case
    assert rows(run(text, "2024-05-01")) == expected
