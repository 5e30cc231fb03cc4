"""A company's first word as its short form when that word is an everyday one: "Anchor"
after "Anchor Airlines", "Northern" after "Northern Velmar Bank AG", where ``mentions``
takes only a distinctive first word ("Fjordcell" of "Fjordcell Energy").

News names a company in full once and then by its first word, and the first word of many
old companies is an everyday word, a compass point or a word of another language that the
lists hold as a name's leading head ("Banco"). Alone, such a word may be the word itself
("Northern Europe", "the Anchor festival", "Northern farmers"), so the article has to show
that it is the name, at each mention:

- the article gives a company's full name (a legal form, a head word at its end that is
  no government body's and none named for a person: "Anchor Council" names a place's
  council, "Anchor Hospital" a building; or a gazetteer's or an index's company, whatever
  its last word: "... Air Lines") that opens with the word, and every found name
  that opens with it goes on with the same second word ("Banco Velmar SA" and "Banco Velmar
  (Asia) SA" are one group; "Anchor Airlines" and "Anchor Foods Ltd" are two companies,
  and the word alone says neither);
- it never writes the word in lower case, and the word is no place, country, continent or
  world region, nationality, adjective of a kind ("-ic", "-ive": "Economic"), first name,
  title, month, weekday or grammar word;
- the mention stands where a name stands, not before a noun it modifies: before
  punctuation, a possessive, a subject's verb (``verbs_after_short_forms``: "has", "said",
  "bought", or a past tense in "-ed"), a staff or role noun of the company's ("Anchor
  employees"), "and"/"or" before another organisation, or, mid-sentence, a preposition
  ("sold to Anchor in May"); never right after "a"/"an", a title, another name word or
  "<Name> of" ("Secretary of State"), and never glued to a hyphen ("ex-Anchor",
  "Anchor-style").

Runs after ``stray_words``, which drops a lone compass word that other rules leave (a
region, "the North"): here the full name in the article says that it is the company. Its
canonical name is the full name.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable
from typing import NamedTuple

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import POSSESSIVE, DocView
from pipeline.orgs.company_short_forms import TITLES_AND_HONORIFICS
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.name_parts import NAMED_FOR_PEOPLE
from pipeline.orgs.text import find_names, written_in_lower_case

MIN_LENGTH = 3
ADJECTIVE_ENDINGS = ("ic", "ish", "ist", "ive")
"""Endings of adjectives that describe a body ("Economic", "Conservative", "Jewish"): alone
they qualify, they do not name. Not "-al" and "-an", which end as many nouns ("Signal",
"Caravan")."""
CLOSING_MARKS = frozenset({".", ",", ";", ":", "!", "?", ")", "]", '"', "”", "'", "’", "--", "—"})
"""Punctuation after a mention that ends the noun phrase: the word is no modifier there."""
COORDINATORS = frozenset({"and", "or"})
OPENING_MARKS = frozenset({'"', "“", "'", "‘", "("})
"""Marks that may touch a mention on its left: a quotation or a bracket opens before it."""
ARTICLES = frozenset({"a", "an"})
"""Before a capitalised everyday word, these make it a person or a thing ("a Texan")."""
MIN_PAST_LENGTH = 5
"""A lower-case word ending in "-ed" of this length is a past tense after a subject."""
CALENDAR_WORDS = frozenset(name for name in (*calendar.month_name, *calendar.day_name) if name)


class Followers(NamedTuple):
    """Lower-case words after which a mention stands where a name stands (``orgs.json``)."""

    always: frozenset[str]
    """Verbs after a subject and a company's staff and role nouns: anywhere."""
    mid_sentence: frozenset[str]
    """Prepositions: only mid-sentence ("Summit to summit" opens a sentence with a noun)."""


def company_like(tokens: DocView, lex: OrgLexicon, span: Span, company_texts: set[str]) -> bool:
    """A found name that is a company's or a body's: a legal form or a head word at its end."""
    words = tokens.words
    if tokens.text[span.start_char : span.end_char] in company_texts:
        return True
    end = lex.core_end(words, span.start, span.end)
    if end != span.end:
        return True
    head = words[end - 1]
    return head in lex.heads and head not in NAMED_FOR_PEOPLE and head not in lex.government_heads


class EverydayFronts:
    """Finds the everyday first words of the article's company names where they stand alone
    as names. The word tests depend on the word alone and are worked out once per word form
    (most first words are distinctive, ``mentions``' to take, and fail the first test)."""

    def __init__(self, lex: OrgLexicon, regions: Collection[str], followers: Followers) -> None:
        self.lex = lex
        self.regions = regions
        """Countries and the continents and world regions ("Europe") the place rules leave."""
        self.followers = followers
        self._fronts: dict[str, bool] = {}

    def usable(self, word: str) -> bool:
        """``word_usable``, remembered per word form."""
        known = self._fronts.get(word)
        if known is None:
            known = self._fronts[word] = self.word_usable(word)
        return known

    def word_usable(self, word: str) -> bool:
        """A first word that may stand for its name: an everyday word or a leading head (a
        distinctive one is ``mentions``'), in Title Case, and no grammar word, person's word,
        nationality, adjective, region or calendar word."""
        lex = self.lex
        return (
            (not lex.distinctive(word, set()) or word in lex.leading_heads)
            and len(word) >= MIN_LENGTH
            and word.isalpha()
            and word[0].isupper()
            and word[1:].islower()
            and word.lower() not in lex.stop_words
            and word not in lex.not_name
            and word not in lex.first_names
            and word not in lex.demonyms
            and not word.endswith(ADJECTIVE_ENDINGS)
            and word not in TITLES_AND_HONORIFICS
            and word not in CALENDAR_WORDS
            and word not in self.regions
        )

    def find(
        self,
        tokens: DocView,
        found: list[Span],
        companies: list[Span],
        places: set[str],
        canonical: dict[str, str],
        listed: Iterable[tuple[int, int]] = (),
    ) -> list[Span]:
        """The mentions, alone and in a name's place, of the usable first words of the
        company names in ``found``; each gets its full name as canonical. ``listed`` are the
        token ranges of names from the gazetteers (listed companies): companies whatever
        their last word ("... Air Lines")."""
        lex, text, words = self.lex, tokens.text, tokens.words
        candidates: list[Span] = []
        seconds: dict[str, str] = {}
        shared: set[str] = set()
        for span in found:
            if span.end - span.start < 2:
                continue
            first, second = words[span.start], words[span.start + 1]
            if seconds.setdefault(first, second) != second:
                shared.add(first)  # two names open with it: alone it says neither
            elif self.usable(first):
                candidates.append(span)
        if not candidates:
            return []  # most articles: every first word is distinctive or a person's
        company_texts = {text[s.start_char : s.end_char] for s in companies}
        listed_names = {(start, end) for start, end in listed if end - start > 1}
        fronts: dict[str, str] = {}
        for span in candidates:
            first, second = words[span.start], words[span.start + 1]
            if (
                first in fronts
                or first in shared
                or not lex.is_name_word(second)
                or second in lex.apostrophe_s
                or first in places
                or not (
                    (span.start, span.end) in listed_names
                    or company_like(tokens, lex, span, company_texts)
                )
                or written_in_lower_case(tokens, first)
            ):
                continue
            fronts[first] = text[span.start_char : span.end_char]
        if not fronts:
            return []
        covered = {i for span in found for i in range(span.start, span.end)}
        starts = {span.start for span in found}
        spans: list[Span] = []
        for start_char, end_char in find_names(text, fronts):
            found_range = tokens.token_range(start_char, end_char)
            if found_range is None:
                continue
            i, end = found_range
            if end - i != 1 or i in covered:
                continue
            if not stands_as_name(tokens, lex, i, fronts, starts, self.followers):
                continue
            spans.append(Span(tokens.doc, i, end, label=ORG))
            canonical.setdefault(words[i], fronts[words[i]])
        return spans


def stands_as_name(
    tokens: DocView,
    lex: OrgLexicon,
    i: int,
    fronts: Collection[str],
    starts: Collection[int],
    followers: Followers,
) -> bool:
    """Word ``i`` stands where a name stands: see the module's docstring."""
    words, starts_at, ends_at = tokens.words, tokens.starts, tokens.ends
    size = len(words)
    if i > 0:
        before = words[i - 1]
        if starts_at[i] == ends_at[i - 1] and not before.isspace() and before not in OPENING_MARKS:
            return False  # glued: "ex-Anchor", "pro-Summit"
        if before == "of" and i > 1 and words[i - 2][:1].isupper():
            return False  # the end of an of-name: "Secretary of State"
        if (
            (before[:1].isupper() and before not in lex.not_name)
            or before in TITLES_AND_HONORIFICS
            or before.lower() in ARTICLES
        ):
            return False
    if i + 1 >= size:
        return True
    after = words[i + 1]
    if starts_at[i + 1] == ends_at[i] and after not in POSSESSIVE and after not in CLOSING_MARKS:
        return False  # glued: "Anchor-style", "Anchor/Summit"
    if after in POSSESSIVE or after in CLOSING_MARKS or after.isspace():
        return True
    lower = after.lower()
    if after != lower:
        return False
    if lower in COORDINATORS:
        nxt = words[i + 2] if i + 2 < size else ""
        return i + 2 in starts or nxt in fronts
    if lower in followers.always or (len(lower) >= MIN_PAST_LENGTH and lower.endswith("ed")):
        return True
    return lower in followers.mid_sentence and i not in tokens.sentence_start_set
