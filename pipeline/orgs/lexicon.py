"""The ORG rule data as a typed, frozen lexicon, and the word tests built on it.

The component builds one ``OrgLexicon`` from its validated data when the data changes; every
rule reads words through it (``lexicon.heads``), never through string keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

DESCRIPTIVE_PARTS = frozenset(
    {
        "based",
        "headquartered",
        "owned",
        "run",
        "led",
        "backed",
        "controlled",
        "funded",
        "listed",
        "registered",
        "affiliated",
        "dominated",
        "sponsored",
        "supported",
        "allied",
        "aligned",
        "linked",
        "operated",
        "managed",
        "financed",
    }
)
"""Second parts of compound adjectives before a name ("Ohio-based KeyCorp"): such a compound,
one token or three, says where a name is from or who runs it and is never part of it."""
_DESCRIPTIVE_SUFFIXES = tuple("-" + part for part in sorted(DESCRIPTIVE_PARTS))

CAMEL_CASE_NAME = re.compile(r"[a-z]{1,2}[A-Z][a-z]+[A-Za-z0-9]*")
"""A name written in camel case with a lower-case first letter ("eKelvo", "iTarn"): a brand
or company, never a common word ("mRNA" and "pH" have no lower-case letter after the capital)."""

REPORTING_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d{0,4})")
"""A quarter, a half or a fiscal year after a company's name ("Ulvar Petroleums Ltd Q2 net
profit"): wire headlines put the period there, and it is no word of the name."""


def line_tag_before(words: list[str], i: int) -> bool:
    """Words up to ``i`` are an ALL-CAPS tag that opens its line before a dash: "NOTE -",
    "IPO FILING -", "PRESS DIGEST -", as wire copy labels an item (up to three words)."""
    j = i
    while j >= 0 and i - j < 3 and len(words[j]) > 1 and words[j].isalpha() and words[j].isupper():
        j -= 1
    return j < i and (j < 0 or words[j].isspace() or words[j] in (".", "|"))


class _Remembered(dict[str, bool]):
    """Answers of a word test, worked out once per word form (``__missing__``)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, word: str) -> bool:
        answer = self[word] = self.test(word)
        return answer


@dataclass(frozen=True)
class OrgLexicon:
    heads: frozenset[str]
    """Words that end an organisation name ("University", "Ministry", "Airlines")."""
    leading_heads: frozenset[str]
    """Words that may start one and continue with an of-chain ("Ministry of ...")."""
    of_heads: frozenset[str]
    """Words that name a body only before their of- or for-chain ("House of Delegates",
    "Centers for Coastal Research"): alone or after a name they are buildings and sites
    ("Windsor House", "Product Centers"), not organisations."""
    foreign_heads: frozenset[str]
    """Heads that start a name in other languages ("Universiti Sains Malaysia")."""
    descriptors: frozenset[str]
    """Nouns that call the next or previous name a company ("start-up", "chipmaker")."""
    government_heads: frozenset[str]
    connectors: frozenset[str]
    inner: frozenset[str]
    demonyms: frozenset[str]
    not_name: frozenset[str]
    list_connectors: frozenset[str]
    apostrophe_s: frozenset[str]
    possessive_names: frozenset[str]
    hyphens: frozenset[str]
    not_canonical_heads: tuple[str, ...]
    common: frozenset[str]
    """The most frequent English words (case-folded): everyday words, not names."""
    frequent: frozenset[str]
    single_names: frozenset[str]
    stop_words: frozenset[str]
    legal_words: frozenset[str]
    first_names: frozenset[str]
    """First names (Faker, every locale): "Anna Berg" is a person, not a name's last words."""
    weak_first_names: frozenset[str] = frozenset()
    """First names that are everyday words few locales list ("Chase", "Golden"): left out of
    ``first_names``, as they open company names as often as people's, but still no one-word
    organisation on their own (``repeated``)."""
    venue_words: frozenset[str] = frozenset()
    """What a building is named for before "Centre" ("Convention", "Tennis"): a venue."""
    shop_nouns: frozenset[str] = frozenset()
    """Last words of the ``cues_after`` that say where a chain or a maker sells ("store")."""
    short_form_heads: frozenset[str] = frozenset()
    """Heads whose one-word name is called by that word alone even when it is an everyday
    word: "Harvest" for "Harvest Party" (``Mentions.name_forms``)."""
    adjective_endings: tuple[str, ...] = ()
    """Endings of adjectives ("Progressive", "Liberal"): such a word before a
    ``short_form_heads`` word describes, it is not the name's short form."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any], stop_words: Iterable[str]) -> OrgLexicon:
        def words(key: str) -> frozenset[str]:
            return frozenset(data[key])

        return cls(
            heads=words("head_words"),
            leading_heads=words("leading_heads"),
            of_heads=words("of_heads"),
            foreign_heads=words("foreign_leading_heads"),
            descriptors=words("company_descriptors"),
            government_heads=words("government_heads"),
            connectors=words("name_connectors"),
            inner=words("inner_connectors"),
            demonyms=words("demonyms"),
            not_name=words("not_name_words"),
            list_connectors=words("list_connectors"),
            apostrophe_s=words("possessive_endings"),
            possessive_names=words("possessive_names"),
            hyphens=words("hyphens"),
            not_canonical_heads=tuple(data["not_canonical_heads"]),
            common=words("common_words"),
            frequent=words("frequent_words"),
            single_names=frozenset(n for n in data["gazetteer"] if " " not in n),
            stop_words=frozenset(stop_words),
            legal_words=frozenset(f.lower() for f in data["legal_forms"] if " " not in f),
            first_names=words("first_names"),
            weak_first_names=words("weak_first_names"),
            venue_words=frozenset(w.lower() for w in data["venue_words"]),
            shop_nouns=frozenset(w.lower() for w in data["shop_nouns"]),
            short_form_heads=words("short_form_heads"),
            adjective_endings=tuple(data["adjective_endings"]),
        )

    # Cached: the rules ask per word, and a union of the head sets per question was a tenth of
    # rule 1's time (a frozen dataclass allows ``cached_property``, which bypasses __setattr__).
    @cached_property
    def all_heads(self) -> frozenset[str]:
        return self.heads | self.leading_heads | self.foreign_heads

    @cached_property
    def matched_heads(self) -> frozenset[str]:
        """The words the head-word rule starts from: every head, and the ``of_heads``, which
        only that rule reads (elsewhere "House" is an everyday word: "Clearing House")."""
        return self.all_heads | self.of_heads

    @cached_property
    def starting_heads(self) -> frozenset[str]:
        return self.leading_heads | self.of_heads | self.foreign_heads

    @cached_property
    def is_name_word(self) -> Callable[[str], bool]:
        """Capitalised, or a digit-led word with letters ("3M"), and not a listed non-name.

        Every rule asks this of the words around each candidate, some fifty times per
        article; the answer depends on the word alone, so it is remembered per word form
        (a dict lookup in C instead of a Python call with string tests)."""
        return _Remembered(self.tests_as_name_word).__getitem__

    @cached_property
    def is_cue_name_word(self) -> Callable[[str], bool]:
        """``is_name_word`` and no nationality ("German" is one, but says whose): the word
        test of the cue rules' name runs (``CueNames.run_left``/``run_right``), which ask it
        at every step; remembered per word form like ``is_name_word``."""
        demonyms = self.demonyms
        is_name_word = self.is_name_word
        return _Remembered(lambda word: is_name_word(word) and word not in demonyms).__getitem__

    @cached_property
    def name_joiners(self) -> frozenset[str]:
        """ "&" and the hyphens: they join two name words into one run ("Arlen & Sons"). A
        set built once; the runs built the tuple ``("&", *hyphens)`` at every word."""
        return frozenset({"&"} | self.hyphens)

    def tests_as_name_word(self, word: str) -> bool:
        """``is_name_word`` worked out. A capitalised compound adjective ("Ohio-based",
        "State-owned", "Communist-led") says where a name is from or who runs it; it is never
        the name's first word."""
        if not word or word in self.not_name or REPORTING_PERIOD.fullmatch(word):
            return False
        if "-" in word and word.lower().endswith(_DESCRIPTIVE_SUFFIXES):
            return False
        first = word[0]
        return (
            first.isupper()
            or (first.isdigit() and any(c.isalpha() for c in word))
            or CAMEL_CASE_NAME.fullmatch(word) is not None
        )

    def is_sentence_opener(self, words: list[str], i: int) -> bool:
        """A capitalised first word that is grammar, not a name ("Despite", "Leveraging")."""
        word = words[i]
        lower = word.lower()
        return (
            lower in self.stop_words
            or word in self.not_name
            or (
                lower.endswith(("ly", "ing"))
                and lower in self.common
                and not (i + 1 < len(words) and self.is_name_word(words[i + 1]))
            )
        )

    def starts_person(self, words: list[str], i: int) -> bool:
        """A first name followed by another name word that is not a head: "Anna Berg"."""
        return (
            words[i] in self.first_names
            and i + 1 < len(words)
            and self.is_name_word(words[i + 1])
            and words[i + 1] not in self.heads
        )

    def before_descriptive_part(self, words: list[str], i: int) -> bool:
        """Word ``i`` starts a compound adjective written in three tokens: "State - owned"."""
        return (
            i + 2 < len(words)
            and words[i + 1] in self.hyphens
            and words[i + 2].lower() in DESCRIPTIVE_PARTS
        )

    def after_first_name(self, words: list[str], i: int) -> bool:
        """Word ``i`` ends a run of up to three name words that starts with a first name: the
        surname in "Ana Ruiz Vidal" or "Ian Pearson"."""
        start = i
        while start > 0 and i - start < 3 and self.is_name_word(words[start - 1]):
            start -= 1
            if words[start] in self.first_names:
                return True
        return False

    def after_title(self, words: list[str], i: int) -> bool:
        """Word ``i`` follows a title or another listed non-name word that is no grammar
        word ("Mr Vexora", "President Vexora"; not "The Vexora"): a person's surname."""
        if i == 0:
            return False
        before = words[i - 1]
        return before in self.not_name and before.lower() not in self.stop_words

    def core_end(self, words: list[str], start: int, end: int) -> int:
        """End of the name at [start, end) without its legal form and the commas and full
        stops in it ("Grand Motors Corp." -> "Grand Motors"); a name keeps one word."""
        while end - start > 1 and (
            words[end - 1].lower().rstrip(".") in self.legal_words or words[end - 1] in (",", ".")
        ):
            end -= 1
        return end

    def distinctive(self, word: str, places: set[str]) -> bool:
        """A first word that names the organisation on its own ("Fjordcell" for "Fjordcell
        Energy"): not a frequent English word, a place, a nationality or a head word."""
        return (
            word[:1].isupper()
            and word.lower() not in self.frequent
            and word not in places
            and word not in self.demonyms
            and word not in self.heads
            and word not in self.not_name
            and len(word) > 2
        )
