"""Members written after a one-word name: "Tarnlow MPs", "Tarnlow leader Ana Lind".

A party, a union or a movement is named by one word far more often than by its full name
("Tarnlow said", "voted Tarnlow"), and what shows that the word names one is the people it
has: its members and the posts they hold, written right after the name. ``repeated`` takes a
capitalised word the article keeps writing when one mention sits where only an organisation
stands; this adds two such places, with the nouns in ``member_nouns_after_names`` and
``member_posts_after_names``:

- a plural noun for members or representatives right after the name, with no name word
  after it ("Tarnlow MPs voted", "Tarnlow activists"): they belong to the name;
- a singular one before a person's name, or after the name's possessive ("Tarnlow leader
  Ana Lind", "Tarnlow's candidate"): a post in it.

Some mention must also stand as a noun phrase of its own (before punctuation, a possessive
or a subject's verb, or after a preposition: "Tarnlow said", "voted for Tarnlow"): a word
the article writes only before other nouns ("the Tessen leader", "Tessen-led") says which
kind of people, as a nationality or a religion does.

A word that ends like an adjective ("-an", "-ic", "-al", "-ive", "-ist", "-ish") or a
nationality ("-en", "-ese", "-i") says which kind of member, not whose: "Republican
senators", "Socialist deputies" are left alone, as are the words ``repeated`` turns away
(places, nationalities, first names, surnames after a first name or a title anywhere in the
article, words it writes in lower case). The nouns are written as news writes them ("MPs",
"leader"): matched case-sensitively, so a Title Case line ("Tarnlow Leader Quits") gives
nothing.
"""

from __future__ import annotations

from pipeline.docview import POSSESSIVE, DocView
from pipeline.orgs.everyday_fronts import CLOSING_MARKS
from pipeline.orgs.staff_cues import StaffCuedNames
from pipeline.orgs.text import positions
from pipeline.orgs.word_lists import Matches

MEMBERS = "MEMBERS"
"""The word-list name of the plural member nouns."""
POSTS = "POSTS"
"""The word-list name of the singular member nouns (a post: "leader", "MP")."""
ADJECTIVE_ENDINGS = ("an", "ic", "al", "ive", "ist", "ish", "en", "ese", "i")
"""Endings of the words that say which kind of member ("Republican", "Democratic",
"Liberal", "Conservative", "Socialist") or of which people ("Tessen", "Vellese", "Tarni":
nationalities the demonym list lacks) rather than whose."""
SUBJECT_VERBS = frozenset(
    {"is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "can"}
    | {"may", "might", "should", "must", "does", "did", "said", "says", "won", "lost"}
)
"""Verbs right after a subject: a mention before one is the name itself, not a modifier."""
PREPOSITIONS = frozenset({"to", "for", "with", "by", "against", "between", "from", "behind"})
"""Prepositions whose object a mention after them is ("voted for Tarnlow")."""


class MemberCuedNames(StaffCuedNames):
    """``StaffCuedNames`` that also counts a mention before a member noun as cued."""

    def cued_tokens(self, tokens: DocView, matches: Matches) -> set[int]:
        """``StaffCuedNames.cued_tokens`` and each capitalised word right before a member
        noun: a plural one that no name word follows, a singular one that a name word
        follows (a person holding the post); a singular one after the word's possessive
        too. The nouns come from the word lists' one pass, not a walk over every word."""
        cued = super().cued_tokens(tokens, matches)
        if not matches[MEMBERS] and not matches[POSTS]:
            return cued
        words, is_name_word = tokens.words, self.lex.is_name_word
        last = len(words)
        owners: set[int] = set()
        for start, end in matches[MEMBERS]:
            if not (end < last and is_name_word(words[end])):
                owners.add(start - 1)
        for start, end in matches[POSTS]:
            if start >= 2 and words[start - 1] in POSSESSIVE:
                owners.add(start - 2)
            elif end < last and is_name_word(words[end]):
                owners.add(start - 1)
        named: dict[str, bool] = {}
        for i in owners:
            word = words[i] if i >= 0 else ""
            if not word[:1].isupper() or word.endswith(ADJECTIVE_ENDINGS):
                continue
            if word not in named:
                named[word] = self.written_as_a_noun(words, word)
            if named[word]:
                cued.add(i)
        return cued

    @staticmethod
    def written_as_a_noun(words: list[str], word: str) -> bool:
        """Some mention of ``word`` is a noun phrase of its own: before punctuation, a
        possessive or a subject's verb, or after a preposition ("Tarnlow said", "voted for
        Tarnlow"). A word the article only writes before other nouns ("the Tessen leader",
        "Tessen-led") says which kind of thing, as a nationality or a religion does."""
        last = len(words) - 1
        for j in positions(words, word):
            after = words[j + 1] if j < last else "."
            if after in CLOSING_MARKS or after in POSSESSIVE or after in SUBJECT_VERBS:
                return True
            if j > 0 and words[j - 1] in PREPOSITIONS:
                return True
        return False
