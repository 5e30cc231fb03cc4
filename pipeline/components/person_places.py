"""Place names that are part of a person's name in this article, so not GPE.

Many surnames are also places ("Paris", "Salem", "Lyon"), and a gazetteer match
cannot tell "Ilona Salem said" from "in Salem". A first name right before a one-word place
makes it a surname ("Ilona Salem", "Tomas Lyon"), and the article then means the person by
that word alone too ("Salem said": one name, one sense per article).

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
    return {
        (start, end) for start, end in places if end - start == 1 and words[start] in surnames
    }
