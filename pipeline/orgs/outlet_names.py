"""A paper or a broadcaster named right before the medium it is: "Velstrom paper said",
"speaking on KVRT-FM radio", "told Marrowby Post newspapers".

The group-noun cue (``cues.group_runs``) reads "the X newspaper" and "ruling X party": a name
between "the", a possessive or a lower-case word and its group noun. Outlets are written
more loosely: a paper named by its masthead opens a sentence ("Velstrom paper said"), a
station follows the verb or preposition of an interview ("told Quintar radio", "on Quintar
television"), and Arabic mastheads and channels open with their lower-case article
("al-Quds newspaper", "al-Tarnia television"). ``outlet_nouns_after_names`` (``orgs.json``,
lower case, matched as written) are the media a name names there; in a Title Case line every
word is capitalised and the noun may be part of the name itself ("Marrowby Radio"), so only
the lower-case noun counts and headlines and lines in capitals are not read.

A masthead with its translation in brackets names the paper twice ("Vell Thmei (New Dawn)
newspaper"): both runs are the outlet's names.

Evidence against is the cue rules' (``CueNames.rejected``: a place, a person, a sentence
opener, a head word alone), plus a nationality ("Tessan television" is the country's
broadcasting, not a station's name), a weekday or a month ("Sunday paper"), and a one-word
name that is an everyday word ("state radio" aside, "Evening paper"): a masthead that is a
word is named by "the" before it, which the group-noun cue reads.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import CueNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.names import WEEKDAYS
from pipeline.orgs.text import written_in_lower_case
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches

OUTLET = "OUTLET"
"""The word-list name of ``outlet_nouns_after_names`` (matched case-sensitively)."""

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "as", "ash", "at", "az", "ar"})
"""The article that opens Arabic names, written in lower case and joined by a hyphen
("al-Quds"): it belongs to the masthead."""

MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)


def outlet_names(
    tokens: DocView,
    lex: OrgLexicon,
    cues: CueNames,
    matches: Matches,
    sentences: list[tuple[int, int]],
    unread: UnreadLines,
    places: set[str],
) -> list[Span]:
    """One ORG span per name (and bracketed translation) right before a medium noun."""
    nouns = matches[OUTLET]
    if not nouns:
        return []
    words = tokens.words
    starts = [start for start, _ in sentences]
    skipped = set(unread)
    spans: list[Span] = []
    for noun, _ in nouns:
        sentence = sentences[bisect_right(starts, noun) - 1]
        if sentence in skipped:
            continue
        for left, right in runs_before(words, lex, cues, noun, sentence[0]):
            if accepted(tokens, lex, cues, left, right, sentence[0], places):
                spans.append(Span(tokens.doc, left, right, label=ORG))
    return spans


def runs_before(
    words: list[str], lex: OrgLexicon, cues: CueNames, noun: int, sent_start: int
) -> list[tuple[int, int]]:
    """The name run right before the noun, and the one before its bracketed translation
    ("Vell Thmei ( New Dawn ) newspaper")."""
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
    """``left`` moved back over an Arabic article and its hyphen ("al-Quds")."""
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
) -> bool:
    """No evidence against the run (see the module's docstring)."""
    words = tokens.words
    first = left + 2 if words[left].lower() in ARABIC_ARTICLES and left + 2 < right else left
    if words[first] in WEEKDAYS or words[first] in MONTHS:
        return False
    if cues.demonym_like(words[first]) or cues.demonym_like(tokens.char_text(first, right)):
        return False  # "Tessan television", "Costa Rican newspapers"
    if right - first == 1 and (
        words[first].lower() in lex.common or written_in_lower_case(tokens, words[first])
    ):
        return False
    return not cues.rejected(tokens, first, right, sent_start, places)
