"""LAUNCH objects before a passive trigger whose subject phrase carries a part of its own:
a sum joined by "of"/"worth" ("a fund of $50 million was launched"), a long capitalised
name with an on/with/to/against part, a name opening the sentence with a prepositional
phrase, a count opening the sentence, and an office's holder ("the Minister for Ports"),
who is a person and never launched. Invented sentences (every company, town and person made
up), one general rule per test, each with sentences the rule must leave alone. Each test
fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, Row, events, rows


def _rows(run: Callable[..., Doc], text: str) -> list[Row]:
    return rows(run(text, R))


def test_a_sum_after_its_noun_leads_back_to_the_noun(run: Callable[..., Doc]) -> None:
    """The walk from a passive that ends in a sum joined to a noun by an amount word goes on
    to the noun; a sum joined to a distractor still gives no event."""
    assert _rows(run, "A fund of $50 million was launched on Monday.") == [
        ("launched", "asserted", "fund")
    ]
    assert _rows(run, "A relief scheme worth €3m has been set up in Vell.") == [
        ("set up", "asserted", "relief scheme")
    ]
    assert _rows(run, "A new fund totalling $2 billion was unveiled by Kelp Energy.") == [
        ("unveiled", "asserted", "new fund")
    ]
    assert _rows(run, "Kelp Energy's profits of $5 million were unveiled on Monday.") == []


def test_a_long_name_keeps_its_on_with_to_against_part(run: Callable[..., Doc]) -> None:
    """A capitalised name word before on/with/to/against and a capitalised part after it
    make one name; a lower-case head before the word does not take the part."""
    assert _rows(run, "Tarnvale Council on Rural Affairs was set up in 1998.") == [
        ("set up", "asserted", "Tarnvale Council on Rural Affairs")
    ]
    assert _rows(run, "The Orrin Alliance against Coastal Erosion was founded in 2004.") == [
        ("founded", "asserted", "Orrin Alliance against Coastal Erosion")
    ]
    assert _rows(run, "The Campaign to Save Tarn Woods was launched on Monday.") == [
        ("launched", "asserted", "Campaign to Save Tarn Woods")
    ]
    long_name = "Vell Youth Forum on Rural Work with Tarn Partners for a Greener Vell"
    assert _rows(run, f"{long_name} was founded.") == [("founded", "asserted", long_name)]
    assert _rows(run, "A new service to Vell was launched on Monday.") == [
        ("launched", "asserted", "new service")
    ]


def test_a_name_opening_the_sentence_keeps_its_phrase(run: Callable[..., Doc]) -> None:
    """A name that opens the sentence, then a prepositional phrase, then the passive: the
    name with its phrase was launched; a name inside another noun's phrase is not."""
    assert _rows(run, "Tarncom on rural health was set up in May.") == [
        ("set up", "asserted", "Tarncom on rural health")
    ]
    assert _rows(run, "The plan of Tarncom on rural health was launched in May.") == [
        ("launched", "asserted", "plan of Tarncom")
    ]


def test_a_count_opens_the_subject_phrase(run: Callable[..., Doc]) -> None:
    """A number word opening the sentence opens the phrase a long postmodifier follows; a
    span of time before a comma does not."""
    assert _rows(run, "Three new funds with $400m in assets were launched in May.") == [
        ("launched", "asserted", "Three new funds")
    ]
    assert _rows(run, "Ten years after the war, a museum was opened.") == [
        ("opened", "asserted", "museum")
    ]


def test_an_office_holder_is_a_person(run: Callable[..., Doc]) -> None:
    """A phrase headed by a person's title names the holder of an office, a person, and a
    title before an of/for part is not joined to it as a name; an office as a place keeps
    its event."""
    assert _rows(run, "The Minister was inaugurated on Monday.") == []
    assert _rows(run, "The Chancellor of Tarnvale University was inaugurated in May.") == [
        ("inaugurated", "asserted", None)
    ]
    assert _rows(run, "The Head Office of Kelp Energy was opened in May.") == [
        ("opened", "asserted", "Office of Kelp Energy")
    ]


def test_a_phrase_after_an_owner_inside_a_pp_is_not_the_subject(run: Callable[..., Doc]) -> None:
    """A noun after a named owner's possessive that itself stands after a preposition is
    inside a PP ("on Kelp Energy's network"): the noun the PP describes was launched; an
    owner opening the subject still owns it."""
    assert _rows(run, "A new service on Kelp Energy's network was launched in 2010.") == [
        ("launched", "asserted", "new service on Kelp Energy's network")
    ]
    assert _rows(run, "A help desk for Tarn Valley's farmers was opened in 2010.") == [
        ("opened", "asserted", "help desk for Tarn Valley's farmers")
    ]
    assert _rows(run, "Kelp Energy's new service was launched in 2010.") == [
        ("launched", "asserted", "new service")
    ]


def test_of_its_kind_never_heads_the_phrase(run: Callable[..., Doc]) -> None:
    """ "of its kind" / "of this kind" after a noun says how rare the noun is: the noun
    heads the phrase; "kind" after an adjective is a head of its own phrase part."""
    assert _rows(run, "The first fund of this kind was launched by Orrin Bank.") == [
        ("launched", "asserted", "first fund of this kind")
    ]
    assert _rows(run, "Kelp launched the first fund of its kind in May.") == [
        ("launched", "asserted", "first fund of its kind")
    ]
    assert _rows(run, "Kelp launched a fund of a new kind in May.") == [
        ("launched", "asserted", "fund of a new kind")
    ]


def test_a_name_before_a_copula_is_the_thing_a_participle_describes(
    run: Callable[..., Doc],
) -> None:
    """ "X was the first fund launched by Y": the name before the copula is that fund, so
    it is what was launched; a description or a pronoun before the copula is not a name,
    and the described phrase stays the object."""
    assert _rows(
        run, "Tarn Valley Fund was the first fund of its kind launched by Orrin Bank."
    ) == [("launched", "asserted", "Tarn Valley Fund")]
    assert _rows(run, "Kelp Phone is the latest device unveiled by Kelp.") == [
        ("unveiled", "asserted", "Kelp Phone")
    ]
    assert _rows(run, "The plant was the first factory opened in Vell.") == [
        ("opened", "asserted", "first factory")
    ]
    assert _rows(run, "Orrin said it was the first fund launched by a bank.") == [
        ("launched", "asserted", "first fund")
    ]


def test_flights_with_their_places_are_a_route(run: Callable[..., Doc]) -> None:
    """A chain of phrases after the subject's noun stays with it ("flights from Oslo to
    Riga"), and flights from or to a place are an airline's route, not a lift-off; a rocket
    flight still is one."""
    assert _rows(run, "New flights from Oslo to Riga were launched on Monday.") == [
        ("launched", "asserted", "New flights from Oslo to Riga")
    ]
    assert _rows(run, "A grant from the Tarn Fund for farmers was launched.") == [
        ("launched", "asserted", "grant from the Tarn Fund for farmers")
    ]
    assert _rows(run, "The rocket flight from Kourou was launched on Monday.") == []


def test_an_appositive_participle_describes_the_name(run: Callable[..., Doc]) -> None:
    """ "Tarn Air, the newly founded airline, ...": the appositive's participle describes
    the name before the comma, so the name is what was founded; a place opening the
    sentence is not described by it."""
    assert _rows(run, "Tarn Air, the newly founded airline, said it would fly to Riga.") == [
        ("founded", "asserted", "Tarn Air")
    ]
    assert _rows(run, "Kelp bought Vellcom, a newly launched start-up.") == [
        ("launched", "asserted", "Vellcom")
    ]
    assert _rows(
        run, "Tarn Seed Scheme (TSS), the newly launched arm of Orrin Bank, said it would grow."
    ) == [("launched", "asserted", "Tarn Seed Scheme")]
    assert _rows(run, "In Riga, the newly opened museum drew crowds.") == [
        ("opened", "asserted", "museum")
    ]


def test_an_intransitive_launch_keeps_a_subject_with_its_phrase(
    run: Callable[..., Doc],
) -> None:
    """ "A new service on Kelp's network launched in Riga": the walk that ends inside the
    subject's phrase gives the noun with its phrase, as a passive's does."""
    assert _rows(
        run, "A new service on Kelp Energy's mobile network officially launched on Monday."
    ) == [("launched", "asserted", "new service on Kelp Energy's mobile network")]


def test_an_adverb_after_the_verb_is_not_its_object(run: Callable[..., Doc]) -> None:
    """An adverb of reach or an "-ly" adverb right after the verb, with no noun after it or
    before a determiner or an auxiliary, modifies the verb: the object is read after it or,
    for a reduced participle, before the verb; a capitalised name ending in "-ly" and an
    adjective before a noun stay in the phrase."""
    assert _rows(run, "Most new funds launched worldwide are small.") == [
        ("launched", "asserted", "Most new funds")
    ]
    assert _rows(run, "Many new stores opened recently are profitable.") == [
        ("opened", "asserted", "Many new stores")
    ]
    assert _rows(run, "Kelp launched globally a new phone.") == [
        ("launched", "asserted", "new phone")
    ]
    assert _rows(run, "Kelp released a nationwide service.") == [
        ("released", "asserted", "nationwide service")
    ]
    assert _rows(run, "Tarnly Bank Launches Tarnly Youth Fund\n\nTarnly Bank launched a fund.")[
        0
    ] == ("Launches", "asserted", "Tarnly Youth Fund")


def test_a_date_owning_the_thing_is_neither_object_nor_launch_date(
    run: Callable[..., Doc],
) -> None:
    """ "this year's new phone": a date before a possessive owns the phrase, so the object is
    read past it and the launch's date is the next one; a date that is no possessor stays
    the launch's date."""
    assert _rows(run, "Kelp unveiled this year's new phone on Monday.") == [
        ("unveiled", "asserted", "new phone")
    ]
    (event,) = events(run("Kelp unveiled this year's new phone on Monday.", R))
    assert event[2]["date"] == "Monday"
    (event,) = events(run("Kelp launched its new phone this year.", R))
    assert event[2] == {"agent": "Kelp", "object": "new phone", "date": "this year"}
