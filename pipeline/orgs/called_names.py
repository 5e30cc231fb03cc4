"""A name after a company or group noun and "called" or "named": "a start-up called Quenby",
"a new political party named Vellmar Forward".

``described`` reads a company noun right before a name ("start-up Quenby") and
``comma_appositions`` one set off by a comma; news also introduces a body it has not named
before with "called", "named" or "known as" between the noun and the name, in a noun phrase
that "a" or "an" opens ("the firm named Quenbrook as its chief" is a verb). The noun says
what the name is, as the descriptor does, so the same evidence against applies: a person (a
first name or a title opening the run), everyday words only ("a group called Friends of the
Earth" is read by the name rules), a place, a headline or a line in capitals.
"""

from __future__ import annotations

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.described import DescribedNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches

NAMING_WORDS = frozenset({"called", "named"})
"""Words between the noun and the name it introduces ("known as" is read as two words)."""

INDEFINITE = frozenset({"a", "an"})
"""The article that opens the noun phrase: "a firm named Quenbrook" introduces a body, while
"the firm named Quenbrook as its chief" is a verb with an object, whoever it names."""
MAX_MODIFIERS = 3
"""Lower-case words that may stand between the article and the noun ("a new political")."""

NOUN_LISTS = ("DESCRIPTOR", "GROUP")
"""The word lists whose lower-case nouns say what kind of body the name is: company nouns
("start-up", "firm") and group nouns ("party", "charity")."""


def named_after(words: list[str], end: int) -> int:
    """Where the name starts after the noun ending at ``end``: after "called", "named" or
    "known as"; -1 when none follows."""
    if end < len(words) and words[end] in NAMING_WORDS:
        return end + 1
    if end + 1 < len(words) and words[end] == "known" and words[end + 1] == "as":
        return end + 2
    return -1


def indefinite_before(words: list[str], start: int) -> bool:
    """An indefinite article opens the noun phrase that ends with the noun at ``start``,
    perhaps with a few lower-case modifiers between ("a small firm", "a new political party")."""
    i = start - 1
    while i >= 0 and start - i <= MAX_MODIFIERS + 1:
        word = words[i]
        if word.lower() in INDEFINITE:
            return True
        if not (word.islower() and word.replace("-", "").isalpha()):
            return False
        i -= 1
    return False


def called_names(
    tokens: DocView,
    matches: Matches,
    described: DescribedNames,
    lexicon: OrgLexicon,
    unread_lines: UnreadLines,
    places: set[str],
) -> list[Span]:
    """One ORG span for each name that a lower-case company or group noun introduces with
    "called", "named" or "known as"."""
    words = tokens.words
    spans: list[Span] = []
    seen: set[int] = set()
    for key in NOUN_LISTS:
        for start, end in matches[key]:
            if not words[start].islower() or start in unread_lines:
                continue
            if not indefinite_before(words, start):
                continue  # "the firm named Quenbrook as its chief": a verb
            name = named_after(words, end)
            if name < 0 or name >= len(words) or name in seen:
                continue
            if not described.starts_name(words[name]):
                continue
            _, sent_end = tokens.sentence_of(start)
            right = described.title_run(words, name, sent_end)
            if right <= name:
                continue
            run = words[name:right]
            if run[0] in lexicon.first_names or run[0] in lexicon.not_name:
                continue  # "a firm named Anna Berg's": a person
            if all(w.lower() in lexicon.common for w in run):
                continue  # everyday words, not a distinctive name
            if tokens.char_text(name, right) in places:
                continue
            seen.add(name)
            spans.append(Span(tokens.doc, name, right, label=ORG))
    return spans
