"""A one-word name that ends in an organisation's head word joined to it: "Vellenbank",
"Tarnbanken", "Quorcorp", "Ostrigroup".

German, Dutch and Scandinavian banks write their head word into the name ("-bank",
"-banken"), and many companies do the same with "-corp" and "-group". The joined head word
says what the name is, as "Vellen Bank" would, even where nothing else in the article does:
a central bank is written alone dozens of times with no cue at all. The word must be
capitalised, start with at least three letters of its own, and stand alone (no name word
right before or after it: "Swiss Vellenbank", "Vellenbank Nederland" are the name rules'
longer names). Evidence against: a place ("Tarnbank" the town, or a word the article joins
to a place by "and", "or", "to": "from Tarnby to Tarnbank"), a surname (written after a
first name or a title anywhere in the article), an everyday compound (one a dictionary lists:
"sandbank", "subgroup"; Webster's Second through english-words, listed by the build, or one
the article also writes in lower case), headlines and lines in capitals.

Speed: each head word is found in the text by ``str.find``; most articles have no such word
and cost nothing more.
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions, written_in_lower_case
from pipeline.orgs.unread_lines import UnreadLines

COMPOUND_HEADS = ("bank", "corp", "group")
"""Head words written joined to the end of a name, in lower case ("bank" also as "banken")."""
COMPOUND_ENDINGS = (*COMPOUND_HEADS, "banken")
"""The word endings those make: the build lists the dictionary's words with one."""
COMPOUND = re.compile(rf"[A-Z][a-z]{{2,}}(?:{'|'.join(COMPOUND_ENDINGS)})")
"""A capitalised word with three letters or more before a joined head word."""
LETTERS_BEFORE = re.compile(r"[A-Za-z]+\Z")
MAX_WORD = 40
"""Characters read back from a head word for the start of its word."""
PLACE_JOINERS = frozenset({"and", "or", "to"})
"""Words that join a town to another place in a list or a route."""


def compound_head_names(
    tokens: DocView,
    lex: OrgLexicon,
    places: set[str],
    dictionary: frozenset[str],
    unread_lines: UnreadLines,
    found: list[Span],
) -> list[Span]:
    """One ORG span per standing-alone mention of each such word (see the module);
    ``dictionary`` holds the everyday compounds a dictionary lists ("sandbank")."""
    words_found = compound_words(tokens.text)
    if not words_found:
        return []
    words = tokens.words
    is_name_word = lex.is_name_word
    taken = {i for span in found for i in range(span.start, span.end)}
    last = len(words) - 1
    spans: list[Span] = []
    for word in words_found:
        if (
            word in places
            or word in lex.first_names
            or word.lower() in lex.frequent
            or word.lower() in dictionary
            or written_in_lower_case(tokens, word)
        ):
            continue
        at = positions(words, word)
        if any(lex.after_first_name(words, i) or lex.after_title(words, i) for i in at):
            continue  # a surname: "Ana Vellenbank", "Mr Vellenbank"
        if any(beside_a_place(words, i, places) for i in at):
            continue  # a town: "the line from Tarnby to Vellenbank"
        for i in at:
            if i in unread_lines or i in taken:
                continue
            if (i > 0 and is_name_word(words[i - 1])) or (i < last and is_name_word(words[i + 1])):
                continue
            spans.append(Span(tokens.doc, i, i + 1, label=ORG))
    return spans


def compound_words(text: str) -> set[str]:
    """The article's words that end in a joined head word. Each head word is found by
    ``str.find`` and its word read back from there: a regular expression over the whole
    text tried each capital as a start and cost twenty times as much."""
    found: set[str] = set()
    for head in COMPOUND_HEADS:
        i = text.find(head)
        while i != -1:
            if i >= 3 and text[i - 1].islower():
                start = LETTERS_BEFORE.search(text, max(0, i - MAX_WORD), i)
                end = i + len(head)
                if text.startswith("en", end):
                    end += 2
                if (
                    start is not None
                    and not text[end : end + 1].isalpha()
                    and not text[start.start() - 1 : start.start()].isalpha()
                ):
                    word = text[start.start() : end]
                    if COMPOUND.fullmatch(word):
                        found.add(word)
            i = text.find(head, i + 1)
    return found


def beside_a_place(words: list[str], i: int, places: set[str]) -> bool:
    """Word ``i`` is joined to a place by "and", "or" or "to" ("Tarnby and Vellenbank",
    "from Vellenbank to Tarnby"): a route or a list of towns."""
    if i >= 2 and words[i - 1] in PLACE_JOINERS and words[i - 2] in places:
        return True
    return i + 2 < len(words) and words[i + 1] in PLACE_JOINERS and words[i + 2] in places
