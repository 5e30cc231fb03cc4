"""A company's name that goes on with "of <place>" and a legal form: "Tarvin Motor Co of
Norland Ltd", "Brisk Quarries of South Vellmar Ltd".

Wire copy names a national subsidiary so: the parent's name, "of", the country and the
subsidiary's own legal form. The legal-form rule reads the name from the form backwards and
stops at "of", so it finds "Norland Ltd" (a place and a legal form, which names no company
on its own) and leaves the parent's words before "of" as another name or as nothing. Here
the place and its legal form take the capitalised run before "of" back into one name. A
place with a legal form that no "of" and name word precede ("Vellmar Ltd said") is left as
it is.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import PERSON_TITLES
from pipeline.orgs.lexicon import OrgLexicon

MAX_RUN = 6
"""Name words the parent's name runs to before "of"."""


def name_word(lex: OrgLexicon, word: str) -> bool:
    """A word of the parent's name: a name word and no person's title ("Chairman of Norland
    Ltd" is a person's post at the subsidiary)."""
    return lex.is_name_word(word) and word.lower() not in PERSON_TITLES


def place_with_legal_form(
    tokens: DocView,
    lex: OrgLexicon,
    span: Span,
    places: Collection[str],
    countries: Collection[str],
) -> bool:
    """The span is a place (the article's or a country) followed by one or more legal-form
    words and nothing else."""
    words = tokens.words
    end = span.end
    while end > span.start and words[end - 1].lower().rstrip(".") in lex.legal_words:
        end -= 1
    if not span.start < end < span.end:
        return False
    place = tokens.char_text(span.start, end)
    return place in places or place in countries


def joined_over_of_place(
    tokens: DocView,
    lex: OrgLexicon,
    found: list[Span],
    places: Collection[str],
    countries: Collection[str],
) -> list[Span]:
    """``found`` with each "<name> of <place> <legal form>" as one span: the place-and-form
    span grows back over "of" and the capitalised run before it, and the spans inside that
    run are dropped (they were the parent's name cut off)."""
    words = tokens.words
    joined: list[Span] = []
    for span in found:
        start = span.start
        if start < 2 or words[start - 1] != "of" or not name_word(lex, words[start - 2]):
            continue
        if not place_with_legal_form(tokens, lex, span, places, countries):
            continue
        left = start - 2
        while left > 0 and start - 1 - left < MAX_RUN and name_word(lex, words[left - 1]):
            left -= 1
        joined.append(Span(tokens.doc, left, span.end, label=ORG))
    if not joined:
        return found
    covered = [(span.start, span.end) for span in joined]
    kept = [
        span for span in found if not any(a <= span.start and span.end <= b for a, b in covered)
    ]
    return kept + joined
