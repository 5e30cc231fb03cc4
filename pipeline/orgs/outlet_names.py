"""A paper or a broadcaster named right before the medium it is: "Velstrom paper said",
"speaking on KVRT-FM radio", "told Marrowby Post newspapers".

The group-noun cue (``cues.group_runs``) reads "the X newspaper" and "ruling X party": a name
between "the", a possessive or a lower-case word and its group noun. Outlets are written
more loosely, and the rule reads a name only in the places the press writes one: at a
sentence's start or after its opening quote ("Velstrom paper said"); right after an
interview's verb or preposition, a comma or an owner's possessive (``LEAD_WORDS``: "told
Quintar radio", "on Quintar television", "..., Velstrom paper said"); or opening with an
Arabic article and its hyphen ("al-Tarnia television"). Elsewhere ("The Brannock paper on
...", "He said Harwell newspapers ...") the name before the noun is left to the group-noun
cue or to no rule. ``outlet_nouns_after_names`` (``orgs.json``, lower case, matched as
written) are the media a name names there; in a Title Case line every word is capitalised
and the noun may be part of the name itself ("Marrowby Radio"), so only the lower-case noun
counts and headlines and lines in capitals are not read. The noun must head its phrase: the
word after it is a stop word, a reporting verb ("paper said") or no word; another word
makes the noun a modifier ("Harwell radio show", "Farsi radio broadcasts") and the name
before it no outlet's.

A masthead with its translation in brackets names the paper twice ("Vosk Tarnel (Morning Harbour)
newspaper"): both runs are the outlet's names, wherever they stand.

Evidence against is the cue rules' (``CueNames.rejected``: a place, a person, a sentence
opener, a head word alone), plus a nationality ("Tessan television" is the country's
broadcasting, not a station's name), a language (Babel's names: "Swahili radio"), a weekday
or a month ("Sunday paper"), and a one-word name that is an everyday word ("state radio"
aside, "Evening paper"): a masthead that is a word is named by "the" before it, which the
group-noun cue reads.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import CueNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.names import WEEKDAYS
from pipeline.orgs.stray_words import MONTHS
from pipeline.orgs.text import written_in_lower_case
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches

OUTLET = "OUTLET"
"""The word-list name of ``outlet_nouns_after_names`` (matched case-sensitively)."""

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ar"})
"""The article that opens Arabic names, written in lower case and joined by a hyphen
("al-Tarnia"): it belongs to the masthead."""

LEAD_WORDS = frozenset(
    {"to", "on", "at", "by", "in", "from", "with", "for", "via", "told", ",", "'s", "\u2019s"}
)
"""The words before a masthead that an interview or a report puts there ("told Quintar
radio", "on Quintar television"), a comma that opens the report's clause ("..., Velstrom
paper said") and an owner's possessive ("Tessa's Kelvo television said"): a reporting verb
that takes a clause ("said Harwell newspapers ...") or a determiner ("The Brannock paper on
...") is no such place."""

STOP_NOUNS = frozenset({"show", "part", "side", "front", "back", "top", "bottom", "name", "call"})
"""spaCy's stop words that are nouns a medium modifies ("Harwell radio show")."""

OPENING_QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "``", "`"})

REPORTING_VERBS = frozenset(
    {"said", "says", "say", "reported", "reports", "quoted", "quotes", "quoting", "showed"}
    | {"shows", "carried", "carries", "aired", "airs", "broadcast", "cited", "published"}
    | {"printed", "wrote", "added", "claimed", "announced", "described", "called"}
)
"""Verbs the medium is the subject of ("Velstrom paper said"): the noun heads its phrase."""


def outlet_names(
    tokens: DocView,
    lex: OrgLexicon,
    cues: CueNames,
    matches: Matches,
    sentences: list[tuple[int, int]],
    unread_lines: UnreadLines,
    places: set[str],
    languages: frozenset[str],
) -> list[Span]:
    """One ORG span per name (and bracketed translation) right before a medium noun."""
    nouns = matches[OUTLET]
    if not nouns:
        return []
    words = tokens.words
    starts = [start for start, _ in sentences]
    spans: list[Span] = []
    for noun, noun_end in nouns:
        if noun in unread_lines or not heads_its_phrase(words, lex, noun_end):
            continue
        sent_start = sentences[bisect_right(starts, noun) - 1][0]
        runs = runs_before(words, cues, noun, sent_start)
        if not runs or (len(runs) == 1 and not in_place(words, lex, runs[0][0], sent_start)):
            continue
        for left, right in runs:
            if accepted(tokens, lex, cues, left, right, sent_start, places, languages):
                spans.append(Span(tokens.doc, left, right, label=ORG))
    return spans


def heads_its_phrase(words: list[str], lex: OrgLexicon, after: int) -> bool:
    """The medium noun is its phrase's last word: no word but a stop word or a reporting
    verb follows it ("Velstrom paper said", but "Harwell radio show", "Farsi radio
    broadcasts")."""
    if after >= len(words):
        return True
    word = words[after]
    lower = word.lower()
    return (
        not word.isalpha()
        or (lower in lex.stop_words and lower not in STOP_NOUNS)
        or word in REPORTING_VERBS
    )


def in_place(words: list[str], lex: OrgLexicon, left: int, sent_start: int) -> bool:
    """The run stands where the press names an outlet by its masthead: at the sentence's
    start, after an interview's verb or preposition, or opening with an Arabic article."""
    if left == sent_start or words[left - 1] in OPENING_QUOTES:
        return True
    if words[left].lower() in ARABIC_ARTICLES and words[left + 1] in lex.hyphens:
        return True
    return words[left - 1].lower() in LEAD_WORDS  # "At Quintar radio, staff ..."


def runs_before(
    words: list[str], cues: CueNames, noun: int, sent_start: int
) -> list[tuple[int, int]]:
    """The name run right before the noun, and the one before its bracketed translation
    ("Vosk Tarnel (Morning Harbour) newspaper")."""
    runs: list[tuple[int, int]] = []
    end = noun
    if end - 1 > sent_start and words[end - 1] == ")":
        inner = with_article(words, cues.run_left(words, end - 1), sent_start)
        if inner < end - 1 and inner - 1 > sent_start and words[inner - 1] == "(":
            runs.append((inner, end - 1))
            end = inner - 1
        else:
            return []
    left = max(with_article(words, cues.run_left(words, end), sent_start), sent_start)
    if left < end:
        runs.append((left, end))
    return runs


def with_article(words: list[str], left: int, sent_start: int) -> int:
    """``left`` moved back over an Arabic article and its hyphen ("al-Tarnia")."""
    if (
        left - 2 >= sent_start
        and words[left - 1] == "-"
        and words[left - 2].lower() in ARABIC_ARTICLES
    ):
        return left - 2
    return left


def accepted(
    tokens: DocView,
    lex: OrgLexicon,
    cues: CueNames,
    left: int,
    right: int,
    sent_start: int,
    places: set[str],
    languages: frozenset[str],
) -> bool:
    """No evidence against the run (see the module's docstring)."""
    words = tokens.words
    first = left
    if words[left].lower() in ARABIC_ARTICLES and words[left + 1] in lex.hyphens:
        first = left + 2 if left + 2 < right else left
    if words[first] in WEEKDAYS or words[first] in MONTHS:
        return False
    if right - first == 1 and words[first] in languages:
        return False  # "Swahili radio": the language it broadcasts in
    if cues.demonym_like(words[first]) or cues.demonym_like(tokens.char_text(first, right)):
        return False  # "Tessan television", "Costa Rican newspapers"
    if right - first == 1 and (
        words[first].lower() in lex.common or written_in_lower_case(tokens, words[first])
    ):
        return False
    return not cues.rejected(tokens, first, right, sent_start, places)
