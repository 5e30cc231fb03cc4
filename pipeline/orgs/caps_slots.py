"""An acronym in a slot where news writes an organisation's name, with no definition needed:
"KVT chief economist Ana Lind", "the music channel KVT", "a KVT-owned mine".

Most acronyms an article uses are never spelt out: the reader is expected to know the body. A
capitals word alone says little (it may be a unit, a product, a job or a grade), but some
slots are an organisation's:

- before a job in lower case and the person who holds it ("KVT chief economist Ana Lind",
  "KVT political editor Taro Ise"), or right before a word for the body's own people ("a
  former KVT agent", "the KVT board"): a post is held at a body (``acronym_posts`` reads
  the same slot with a post in Title Case);
- after a noun that says what kind of body it is ("the cable network KVT", "the union KVT
  said"), or after a job and "of" ("Ana Lind, head of KVT, said"), ending its noun phrase;
- before a participle of ownership or control joined by a hyphen ("a KVT-owned mine",
  "the KVT-led coalition"): who owns, leads or backs something is a body or a state;
- the subject of a reporting or corporate verb after a modifier ("KVT also said", "KVT
  earlier announced"; the verb right after the acronym is ``cued_acronyms``'s).

Evidence against: a place or a country's initials ("UK-based", "US-led"), a job's or an
everyday abbreviation (``not_name_acronyms``: "TV presenter Ana Lind", "an IT manager"), a
grammar word, an acronym the article also writes after another name word (the tail of a
longer name there), and lines in capitals and headlines, where every word is in capitals.
The name's other mentions follow from ``mentions``.

Speed: the article's few capitals words are picked out of its set of token texts; tokens are
read only around their mentions.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.acronym_posts import person_follows
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions
from pipeline.orgs.unread_lines import UnreadLines

ACRONYM = re.compile(r"[A-Z]{2,6}")
"""Two to six capitals, letters only: digits make a model or a grade ("A320", "PS2")."""

MAX_JOB_WORDS = 3
"""Lower-case words between the acronym and the person ("chief economic adviser")."""

PERSON_PREFIXES = frozenset({"Sir", "Dame", "Dr", "Dr.", "Professor", "Prof", "Prof."})
"""Honorifics that may open the person's name after a job ("director general Sir ...")."""

PHRASE_ENDS = frozenset({",", ".", ")", ";", ":", "'s", "’s", "'", '"', "?", "!", "”"})
"""Tokens after the acronym that end its noun phrase."""


class CapsSlots:
    """Acronyms in an organisation's slot, as the module says."""

    def __init__(
        self,
        lexicon: OrgLexicon,
        not_name_acronyms: Collection[str],
        job_words: Collection[str],
        kind_nouns: Collection[str],
        participles: Collection[str],
        staff_words: Collection[str],
        subject_modifiers: Collection[str],
        subject_verbs: Collection[str],
    ) -> None:
        self.lex = lexicon
        self.not_name_acronyms = frozenset(not_name_acronyms)
        self.job_words = frozenset(job_words)
        self.kind_nouns = frozenset(kind_nouns)
        self.participles = frozenset(participles)
        self.staff_words = frozenset(staff_words)
        self.subject_modifiers = frozenset(subject_modifiers)
        self.subject_verbs = frozenset(subject_verbs)

    def find(
        self,
        tokens: DocView,
        unread: UnreadLines,
        places: Collection[str],
        country_forms: Collection[str],
    ) -> list[Span]:
        """A span for each acronym in one of the slots. The article's distinct capitals
        words are picked out of its set of token texts in C (``filter(str.isupper, ...)``),
        their mentions found by ``list.index``; no pass over every token or character."""
        words = tokens.words
        spans: list[Span] = []
        for word in filter(str.isupper, tokens.word_set):
            if not ACRONYM.fullmatch(word) or not self.may_name(word):
                continue
            if word in places or word in country_forms:
                continue
            found = positions(words, word)
            at = [i for i in found if i not in unread and self.in_slot(words, i)]
            if at and not self.after_a_name_word(words, found):
                spans.extend(Span(tokens.doc, i, i + 1, label=ORG) for i in at)
        return spans

    def after_a_name_word(self, words: list[str], found: list[int]) -> bool:
        """The article writes the acronym (at ``found``) after a name word somewhere
        ("Vellish KVT", "Tarn KVT Foundry"): it is the tail of a longer name there, and
        which name it stands for alone is the other rules' question."""
        return any(k > 0 and self.lex.is_name_word(words[k - 1]) for k in found)

    def may_name(self, word: str) -> bool:
        """Nothing about the word itself says it is no organisation."""
        lex = self.lex
        return (
            word not in self.not_name_acronyms
            and word.lower() not in lex.stop_words
            and lex.is_name_word(word)
        )

    def in_slot(self, words: list[str], i: int) -> bool:
        """Word ``i`` stands in one of the slots, and is not the tail of a longer name
        (a name word before it)."""
        if i > 0 and self.lex.is_name_word(words[i - 1]):
            return False
        return (
            self.before_job_and_person(words, i)
            or self.after_kind_noun(words, i)
            or self.after_job_of(words, i)
            or self.before_participle(words, i)
            or self.subject_of_verb(words, i)
        )

    def before_job_and_person(self, words: list[str], i: int) -> bool:
        """ "KVT chief economist Ana Lind": one to three lower-case words, one a job word,
        then a person's name; or a word for the body's own people right after the acronym,
        with no name needed ("a former KVT agent", "KVT staff", "the KVT board")."""
        if i + 1 < len(words) and words[i + 1] in self.staff_words:
            return True
        k = i + 1
        has_job = False
        while k < len(words) and k - i <= MAX_JOB_WORDS and words[k].isalpha():
            word = words[k]
            if not word.islower() or word in self.lex.stop_words:
                break
            has_job = has_job or word in self.job_words
            k += 1
        if not has_job or k == i + 1 or k >= len(words):
            return False
        if words[i + 1] in self.lex.descriptors or words[i + 1] in self.kind_nouns:
            return False  # "KVT bank economist Ana Lind": the name is "KVT bank"
        if words[k] in PERSON_PREFIXES:
            k += 1
        return self.lex.starts_person(words, k) or person_follows(self.lex, words, k)

    def after_kind_noun(self, words: list[str], i: int) -> bool:
        """ "the cable network KVT said": a kind of body in lower case, then the acronym
        ending its noun phrase."""
        return i > 0 and words[i - 1] in self.kind_nouns and self.ends_phrase(words, i)

    def after_job_of(self, words: list[str], i: int) -> bool:
        """ "Ana Lind, head of KVT, said": a job in lower case and "of" (and "the"), then the
        acronym ending its noun phrase ("the head of the KVT inquiry" names an inquiry)."""
        k = i - 1
        if k > 0 and words[k] == "the":
            k -= 1
        return (
            k > 0
            and words[k] == "of"
            and words[k - 1] in self.job_words
            and self.ends_phrase(words, i)
        )

    def subject_of_verb(self, words: list[str], i: int) -> bool:
        """ "KVT also said", "KVT earlier announced": the acronym, one or two modifiers and
        a reporting or corporate verb (the verb right after the acronym is
        ``cued_acronyms``'s)."""
        k = i + 1
        while k < len(words) and k - i <= 2 and words[k] in self.subject_modifiers:
            k += 1
        return k > i + 1 and k < len(words) and words[k] in self.subject_verbs

    def ends_phrase(self, words: list[str], i: int) -> bool:
        """The acronym ends its noun phrase: punctuation, a grammar word or a reporting or
        corporate verb after it ("KVT said", "KVT in", "KVT,"), not a noun it modifies."""
        if i + 1 >= len(words):
            return True
        after = words[i + 1]
        return (
            after in PHRASE_ENDS
            or after in self.lex.stop_words
            or after in self.subject_verbs
            or after in self.subject_modifiers
        )

    def before_participle(self, words: list[str], i: int) -> bool:
        """ "a KVT-owned mine": the acronym, a hyphen glued to it and a participle of
        ownership or control."""
        return i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in self.participles
