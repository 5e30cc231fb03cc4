"""Press reviews: the papers a digest of the day's press quotes, each named on a line of its own.

A review of the press ("These are the leading stories in the Vellmar press on Monday") lists
each paper's stories under its name: the name alone on a line in capitals, the stories below it
as bulleted items, or the name after a separator line ("- - - -"). Such a line names no person
and no place (the place recogniser has those), and the layout alone would also fit a table's
section header ("LATEST FIXTURES"), so the rule needs both: an article whose opening lines say
it reviews the press, and a capitals line that bullets follow or a separator precedes. The name
is often in a foreign language and in no list ("GAZETA E RE"), which is why the layout, not the
words, is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span

from pipeline.docview import DocView

OPENING_LINES = 5
"""A press review says what it is in its headline or its first sentences."""

MAX_PAPER_WORDS = 6
"""A paper's name on its own line is short ("GACETA DE LOS NEGOCIOS")."""

BULLETS = ("- ", "-- ", "* ", "• ", "– ")
"""How a digest opens each story under a paper's name."""

_DATE_LIKE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}")
"""A dateline ("BEIRUT 1996-08-22") is a place and a date, not a paper."""

_WORDS = re.compile(r"[^\W\d_]+")


def reviews_the_press(opening: str, review_words: frozenset[str]) -> bool:
    """The opening lines (``opening_lines``) call the article a review of the press ("PRESS
    DIGEST", "stories in the Vellmar press", "what the newspapers say")."""
    folded = opening.casefold()  # a substring test first: the case-blind scan is slower
    if not any(word in folded for word in _folded(review_words)):
        return False
    return _review_pattern(review_words).search(opening) is not None


def opening_lines(text: str) -> str:
    """The text's first ``OPENING_LINES`` lines, sliced at the last one's line break (a
    split would copy the whole rest of the article)."""
    end = -1
    for _ in range(OPENING_LINES):
        end = text.find("\n", end + 1)
        if end == -1:
            return text
    return text[:end]


@lru_cache(maxsize=4)
def _folded(review_words: frozenset[str]) -> tuple[str, ...]:
    """The review words case-folded once, not once per article."""
    return tuple(word.casefold() for word in review_words)


@lru_cache(maxsize=4)
def _review_pattern(review_words: frozenset[str]) -> re.Pattern[str]:
    """The review words as one case-blind whole-word pattern (one scan, not a word loop)."""
    words = "|".join(re.escape(word) for word in sorted(review_words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def is_paper_line(line: str) -> bool:
    """A short line in capitals with letters, no sentence end and no date."""
    line = line.strip()
    return (
        bool(line)
        and line == line.upper()
        and sum(c.isalpha() for c in line) >= 2
        and len(line.split()) <= MAX_PAPER_WORDS
        and not line.endswith((".", ":", "?", "!"))
        and _DATE_LIKE.search(line) is None
    )


def is_separator(line: str) -> bool:
    """A line of dashes or stars between one paper's stories and the next ("- - - -")."""
    stripped = line.strip()
    return len(stripped) >= 3 and not stripped.strip("-*=_– ")


def paper_lines(
    text: str, review_words: frozenset[str], section_words: frozenset[str] = frozenset()
) -> Iterable[tuple[int, int]]:
    """(start, end) offsets of each paper's name line in a press review; a line with a
    section word heads a section of one paper ("FRONT PAGE", "BUSINESS PAGES")."""
    # the opening lines alone decide; most articles are no review, so the rest stays unsplit
    if not reviews_the_press(opening_lines(text), review_words):
        return
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            index >= 1
            and is_paper_line(line)
            and not any(word.lower() in section_words for word in _WORDS.findall(line))
            and (following.lstrip().startswith(BULLETS) or is_separator(lines[index - 1]))
        ):
            start = offset + len(line) - len(line.lstrip())
            yield start, offset + len(line.rstrip())
        offset += len(line) + 1


def press_review_papers(
    tokens: DocView,
    review_words: frozenset[str],
    places: set[str],
    countries: frozenset[str],
    section_words: frozenset[str] = frozenset(),
) -> list[Span]:
    """The papers' names in a press review, unless a name is a place's ("IRAQ" heads the
    stories of a paper so named, but the place reading is the one other readers share)."""
    spans: list[Span] = []
    text = tokens.text
    if "\n" not in text:
        return spans
    folded_places: set[str] | None = None  # folded once a paper line is found (rarely)
    for start, end in paper_lines(text, review_words, section_words):
        if folded_places is None:
            folded_places = {place.lower() for place in (*places, *countries)}
        if text[start:end].lower() in folded_places:
            continue
        span = tokens.span(start, end)
        if span is not None:
            spans.append(span)
    return spans
