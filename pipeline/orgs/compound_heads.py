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
first name or a title anywhere in the article), a word the article also writes in lower case
(an everyday compound: "interbank", "databank"), headlines and lines in capitals.

Speed: one regular-expression search of the text is the pre-test; most articles have no such
word and cost nothing more.
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions, written_in_lower_case
from pipeline.orgs.unread_lines import UnreadLines

COMPOUND_HEADS = ("bank", "banken", "corp", "group")
"""Head words written joined to the end of a name, in lower case."""
COMPOUND = re.compile(rf"\b[A-Z][a-z]{{2,}}(?:{'|'.join(COMPOUND_HEADS)})\b")
"""A capitalised word with three letters or more before a joined head word."""
PLACE_JOINERS = frozenset({"and", "or", "to"})
"""Words that join a town to another place in a list or a route."""


def compound_head_names(
    tokens: DocView,
    lex: OrgLexicon,
    places: set[str],
    unread_lines: UnreadLines,
    found: list[Span],
) -> list[Span]:
    """One ORG span per standing-alone mention of each such word (see the module)."""
    words_found = {m.group(0) for m in COMPOUND.finditer(tokens.text)}
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
            or written_in_lower_case(tokens, word)
        ):
            continue
        at = positions(words, word)
        if any(lex.after_first_name(words, i) or after_title(lex, words, i) for i in at):
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


def beside_a_place(words: list[str], i: int, places: set[str]) -> bool:
    """Word ``i`` is joined to a place by "and", "or" or "to" ("Tarnby and Vellenbank",
    "from Vellenbank to Tarnby"): a route or a list of towns."""
    if i >= 2 and words[i - 1] in PLACE_JOINERS and words[i - 2] in places:
        return True
    return i + 2 < len(words) and words[i + 1] in PLACE_JOINERS and words[i + 2] in places


def after_title(lex: OrgLexicon, words: list[str], i: int) -> bool:
    """Word ``i`` follows a title or another listed non-name word that is no grammar word
    ("Mr", "President"; not "The")."""
    if i == 0:
        return False
    before = words[i - 1]
    return before in lex.not_name and before.lower() not in lex.stop_words
