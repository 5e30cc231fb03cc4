"""Object heads that give a weak, checked, conditional or restricted verb its launch sense,
class by class (session 23): products of many industries (drinks and foods, cars, computers,
medicines), media (singles, memoirs, musicals), financial products (futures, mortgages),
places of business (pubs, motels, wind farms) and bodies (bands, factions, courts,
co-operatives). Invented sentences; the negatives keep each verb's other senses (a band
introduced on stage, board seats, a duty or a toll, a gift)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.launch_cases import R, Row, rows

LAUNCHES: list[tuple[str, list[Row]]] = [
    # weak verbs (introduce, release, open, form): products
    (
        "Brackwater Brewing introduced a cherry lager in June.",
        [("introduced", "asserted", "cherry lager")],
    ),
    (
        "Tollan Foods released a breakfast cereal on Monday.",
        [("released", "asserted", "breakfast cereal")],
    ),
    (
        "Varnholt Motors introduced a hybrid hatchback in March.",
        [("introduced", "asserted", "hybrid hatchback")],
    ),
    (
        "Quillon Systems introduced a graphics workstation on Tuesday.",
        [("introduced", "asserted", "graphics workstation")],
    ),
    (
        "Ostrava Micro released a laser printer in May.",
        [("released", "asserted", "laser printer")],
    ),
    # media
    (
        "The Fennick Five released their debut single in April.",
        [("released", "asserted", "debut single")],
    ),
    ("Ria Mondel released a memoir last week.", [("released", "asserted", "memoir")]),
    (
        "The Carrow Players opened a musical in Lentbury on Friday.",
        [("opened", "asserted", "musical")],
    ),
    # financial products
    (
        "The Pellham Exchange introduced soybean futures on Monday.",
        [("introduced", "asserted", "soybean futures")],
    ),
    (
        "Marrow Bank introduced a fixed-rate mortgage in May.",
        [("introduced", "asserted", "fixed-rate mortgage")],
    ),
    (
        "The ministry introduced incentives for electric cars in May.",
        [("introduced", "asserted", "incentives for electric cars")],
    ),
    # places of business and facilities
    ("Ferrin Group opened a motel near Alsby in June.", [("opened", "asserted", "motel")]),
    ("Keel Energy opened a wind farm off Brask in May.", [("opened", "asserted", "wind farm")]),
    ("Corvin Inns opened a pub in Tarnby on Saturday.", [("opened", "asserted", "pub")]),
    # bodies, with the weak "form" and the checked "set up"
    ("Five Alsby students formed a band in 2001.", [("formed", "asserted", "band")]),
    (
        "Rebel councillors formed a breakaway faction in May.",
        [("formed", "asserted", "breakaway faction")],
    ),
    ("The ministry set up a special court in March.", [("set up", "asserted", "special court")]),
    ("Farmers in Brask set up a cooperative in 1998.", [("set up", "asserted", "cooperative")]),
    # conditional verbs (announce, reveal, showcase): a new product made public
    (
        "Varnholt Motors revealed a hybrid sedan on Tuesday.",
        [("revealed", "asserted", "hybrid sedan")],
    ),
    (
        "Brackwater Brewing announced a cherry cider on Monday.",
        [("announced", "asserted", "cherry cider")],
    ),
    (
        "Quillon showcased a graphics workstation at the fair in May.",
        [("showcased", "asserted", "graphics workstation")],
    ),
    ("The Fennick Five announced an album on Friday.", [("announced", "asserted", "album")]),
    # the restricted "create": a body, a collection, a park
    (
        "The ministry created a national database of donors in May.",
        [("created", "asserted", "national database of donors")],
    ),
    (
        "Lentbury Council created a country park in 2010.",
        [("created", "asserted", "country park")],
    ),
    (
        "Two carriers created a low-cost airline in March.",
        [("created", "asserted", "low-cost airline")],
    ),
    # more industries: energy, publishing, services, bodies
    (
        "Vantor Energy introduced an offshore turbine in May.",
        [("introduced", "asserted", "offshore turbine")],
    ),
    ("Ria Mondel released a paperback in June.", [("released", "asserted", "paperback")]),
    (
        "Tarn Ferries introduced a ferry to Brask on Monday.",
        [("introduced", "asserted", "ferry")],
    ),
    (
        "Two former bankers set up a consultancy in Alsby in 2015.",
        [("set up", "asserted", "consultancy")],
    ),
    (
        "Ostrava Micro introduced a recordable disc in May.",
        [("introduced", "asserted", "recordable disc")],
    ),
    (
        "Tollan Foods introduced a vegan breakfast in March.",
        [("introduced", "asserted", "vegan breakfast")],
    ),
    # irregular plurals of listed heads
    (
        "Six mobile operators formed two consortia in June.",
        [("formed", "asserted", "two consortia")],
    ),
    (
        "Kelp revealed a solid-state battery on Tuesday.",
        [("revealed", "asserted", "solid-state battery")],
    ),
    ("Varnholt announced a handheld on Monday.", [("announced", "asserted", "handheld")]),
    (
        "Kelp Mobile showcased a wireless charger at the fair.",
        [("showcased", "asserted", "wireless charger")],
    ),
]

OTHER_SENSES: list[str] = [
    # introduce: a band presented on stage
    "Senator Pell introduced the band at the concert on Friday.",
    # open: seats that fall vacant on a board
    "A dividend delay would open two board seats for preferred holders.",
    # introduce: a duty or a toll is a tax
    "The government introduced a stamp duty on shares in May.",
    "The province introduced motorway tolls in 2003.",
    # open: a quiz is an event held
    "The band opened a pub quiz on Friday.",
    # reveal, present (conditional): a figure about a product, a product given as a gift
    "Varnholt revealed its sedan's price on Monday.",
    "Keel presented a bottle of wine to the mayor on Friday.",
    # create: a rift is no body, whatever the phrase names after it
    "The dispute created a rift within the union in May.",
    # release, introduce: a listed word before a person noun ("car drivers", "bus driver")
    "The union introduced car drivers to the new rota.",
    # release: people and documents
    "The police released a bus driver without charge on Friday.",
    "The bank released the mortgage documents on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), LAUNCHES)
def test_new_heads_make_launches(run: Callable[..., Doc], text: str, expected: list[Row]) -> None:
    """A listed head gives the verb its launch sense."""
    assert rows(run(text, R)) == expected


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_other_senses_stay_out(run: Callable[..., Doc], text: str) -> None:
    """The verb's other senses, and a listed word that only modifies another head, give no
    event."""
    assert rows(run(text, R)) == []
