"""Place names that are part of a person's name in this article, so not GPE.

Many surnames are also places ("Paris", "Salem", "Lyon"), and a gazetteer match
cannot tell "Ilona Salem said" from "in Salem". A first name right before a one-word place
makes it a surname ("Ilona Salem", "Tomas Lyon"), and the article then means the person by
that word alone too ("Salem said": one name, one sense per article). Unless the article also
writes the word as a place, after "in", "near" or "outside" ("phones in Kenya", not "in
Salem's view"; "a statement from Salem" is the person's): then only the mentions after the
first name are the person's (or part of a company's name, "Aziz Kenya"), and a country is not
lost throughout an article for one first name before it.

A first name is one from the name lists (Faker's, as for ORG) that is neither a month nor a
weekday ("In June Paris voted"); one that is also a frequent English word ("Will", "May",
"Grant") counts only inside a sentence and when the article never writes it in lower case.

Not done: a place that is itself a first name before a capitalised word ("Florence Adams")
reads as often as a team or a company ("Dallas Falcons", "Austin Energy"); it stays a place
here, and the ORG rules decide the longer names.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from pipeline.docview import POSSESSIVE, DocView

CALENDAR_WORDS = frozenset(
    word.lower() for word in (*calendar.month_name, *calendar.day_name) if word
)
"""Month and weekday names: capitalised, in the first-name lists, but dates."""

PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
"""Words after which a name is where something is, so a place in this article
("phones in Kenya"), whatever a first name makes of it elsewhere."""


def person_places(
    view: DocView,
    places: Iterable[tuple[int, int]],
    first_names: frozenset[str],
    frequent: frozenset[str],
) -> set[tuple[int, int]]:
    """The (start, end) token ranges of ``places`` that name a person (see the module).

    A place with no first name before it costs one set lookup: the article-wide evidence
    (the words it writes in lower case, its sentence starts) is read only for the rest."""
    places = list(places)
    words = view.words
    candidates = [
        start
        for start, end in places
        if end - start == 1 and start > 0 and words[start - 1] in first_names
    ]
    if not candidates:
        return set()
    spaced, lower_words = view.spaced, view.lower_words
    sentence_starts = view.sentence_start_set
    taken = {k for start, end in places for k in range(start, end)}
    surnames: set[str] = set()
    after_first_name: set[int] = set()
    for start in candidates:
        k = start - 1
        word = words[k]
        low = word.lower()
        if (
            spaced[k]
            and word.istitle()
            and low not in CALENDAR_WORDS
            and k not in taken
            and low not in lower_words
            and not (low in frequent and k in sentence_starts)
        ):
            surnames.add(words[start])
            after_first_name.add(start)
    if not surnames:
        return set()
    placed = written_as_place(words, places, surnames)
    return {
        (start, end)
        for start, end in places
        if end - start == 1
        and words[start] in surnames
        and (start in after_first_name or words[start] not in placed)
    }


def written_as_place(
    words: list[str], places: list[tuple[int, int]], surnames: set[str]
) -> set[str]:
    """Those of ``surnames`` that the article writes after a place preposition, and not as
    a possessor ("in Kenya", not "in Salem's view")."""
    last = len(words) - 1
    return {
        words[start]
        for start, end in places
        if end - start == 1
        and words[start] in surnames
        and start > 0
        and words[start - 1].lower() in PLACE_PREPOSITIONS
        and (start == last or words[start + 1] not in POSSESSIVE)
    }
