"""Place names that are part of a person's name in this article, so not GPE.

Many surnames are also places ("Paris", "Salem", "Chu", "Lyon"), and a gazetteer match
cannot tell "Valeska Paris said" from "in Paris". A first name right before a one-word place
makes it a surname ("Valeska Paris", "Eddie Chu"), and the article then means the person by
that word alone too ("Paris said": one name, one sense per article).

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

from pipeline.docview import DocView

CALENDAR_WORDS = frozenset(
    word.lower() for word in (*calendar.month_name, *calendar.day_name) if word
)
"""Month and weekday names: capitalised, in the first-name lists, but dates."""


def person_places(
    view: DocView,
    places: Iterable[tuple[int, int]],
    first_names: frozenset[str],
    frequent: frozenset[str],
) -> set[tuple[int, int]]:
    """The (start, end) token ranges of ``places`` that name a person (see the module)."""
    places = list(places)
    words, spaced, lower_words = view.words, view.spaced, view.lower_words
    sentence_starts = view.sentence_start_set
    taken = {k for start, end in places for k in range(start, end)}

    def everyday(k: int) -> bool:
        low = words[k].lower()
        return low in lower_words or (low in frequent and k in sentence_starts)

    def first_name(k: int) -> bool:
        word = words[k]
        return (
            word in first_names
            and word.istitle()
            and word.lower() not in CALENDAR_WORDS
            and k not in taken
            and not everyday(k)
        )

    surnames: set[str] = set()
    people: set[tuple[int, int]] = set()
    for start, end in places:
        if end - start != 1:
            continue
        if start > 0 and spaced[start - 1] and first_name(start - 1):
            surnames.add(words[start])
            people.add((start, end))
    for start, end in places:
        if end - start == 1 and words[start] in surnames:
            people.add((start, end))
    return people

