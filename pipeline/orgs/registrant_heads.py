"""Company names that end in a word listed companies end in: "Orvane Motor", "Kelvane Realty".

``registrant_head_words`` (``orgs.json``) are last words of many SEC registrants' names that
the head-word lists lack. They are company words only, so they end a company's name and not
a body's: in "the Ministry of Energy and Mines" the word ends an of-chain that the head-word
rule reads. A run of one to three capitalised words right before such a word is a company
when nothing joins it to a longer name: no "of", "and" or "&" before the run and no
name word after the head word ("the Orvane Motor Show" is an event's name), and no person's
title before it ("Orvane President Data Services": a title's words go on as a name).
Capitalised everyday words (``lexicon.common``) before the head word and a noun for a part
of a body or a course after it name a department or a field, not a company ("the Human
Resources department", "its Wealth Management arm"); everyday words alone are no evidence
either way ("Harbour Communications", "Northern Data Services" are companies). A run the article
also writes before an event's head word
("the Vellcor Motor Show") is that event's name, not a company, anywhere in the article.
"""

from __future__ import annotations

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import PERSON_TITLES
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches

REGISTRANT_HEAD = "REGISTRANT_HEAD"
"""The word-list name of ``registrant_head_words`` (matched case-sensitively)."""
EVENT_HEAD = "EVENT_HEAD"
"""The word-list name of ``EVENT_HEADS`` (matched case-sensitively)."""
MAX_NAME_WORDS = 3
"""Capitalised words before the head word at most."""
JOINING_WORDS = frozenset({"of", "and", "&"})
"""Words before the run that make it the end of a longer name ("Ministry of Energy and")."""
EVENT_HEADS = frozenset(
    {
        "Awards",
        "Championship",
        "Championships",
        "Conference",
        "Convention",
        "Cup",
        "Exhibition",
        "Expo",
        "Fair",
        "Festival",
        "Games",
        "Prize",
        "Rally",
        "Show",
        "Summit",
        "Trophy",
        "Week",
    }
)
"""Last words of events' names: a run the article writes before one names the event."""
PART_NOUNS = frozenset(
    {
        "arm",
        "course",
        "courses",
        "degree",
        "department",
        "departments",
        "desk",
        "division",
        "faculty",
        "programme",
        "section",
        "sector",
        "team",
        "unit",
    }
)
"""Lower-case nouns after a run of everyday words that make it a department, a business line
or a field of study ("the Human Resources department"), not a company."""


def registrant_head_names(
    tokens: DocView,
    matches: Matches,
    lexicon: OrgLexicon,
    unread_lines: UnreadLines,
    found: list[Span],
) -> list[Span]:
    """One ORG span per company name that ends in a registrant head word, unless a longer
    name found by the other rules holds it ("China Metaverse Technology" inside "China
    Metaverse Technology and Application Platform"): the short run would otherwise be
    taken for that name's short form elsewhere in the article."""
    words = tokens.words
    longer = [(span.start, span.end) for span in found]
    spans: list[Span] = []
    if not matches[REGISTRANT_HEAD]:
        return spans
    events = [i for i, _ in matches[EVENT_HEAD]]
    for head, end in matches[REGISTRANT_HEAD]:
        if head in unread_lines:
            continue  # headlines and lines in capitals: every word is capitalised there
        if end < len(words) and lexicon.is_name_word(words[end]):
            continue  # the name goes on ("Orvane Motor Show")
        sent_start = tokens.sentence_of(head)[0]
        left = head
        while left - 1 >= sent_start and head - left < MAX_NAME_WORDS:
            if not lexicon.is_name_word(words[left - 1]):
                break
            left -= 1
        before = words[left - 1].lower() if left > sent_start else ""
        if left == head or before in JOINING_WORDS or before in PERSON_TITLES:
            continue  # the end of a longer name, or words after a person's title
        while left < head and (
            words[left] in lexicon.demonyms
            or words[left] in lexicon.not_name
            or (left == sent_start and lexicon.is_sentence_opener(words, left))
        ):
            left += 1
        if (
            end < len(words)
            and words[end] in PART_NOUNS
            and all(word.lower() in lexicon.common for word in words[left:head])
        ):
            continue  # "the Human Resources department": a part of a body, not a company
        if _names_an_event(words, left, end, events):
            continue  # "the Vellcor Motor Show" elsewhere: the run is the event's
        if left < head and not any(a <= left and end <= b for a, b in longer):
            spans.append(Span(tokens.doc, left, end, label=ORG))
    return spans


def _names_an_event(words: list[str], left: int, end: int, events: list[int]) -> bool:
    """The words ``words[left:end]`` stand right before an event's head word somewhere in
    the article (``events``: where those head words are)."""
    run = words[left:end]
    size = end - left
    return any(i >= size and words[i - size : i] == run for i in events)
