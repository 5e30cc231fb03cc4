"""A well-known company's name before its product's: "the Kelvo Nimbus Note", "Kelvo Orbit-style".

The curated gazetteer leaves a one-word name alone when another capitalised
word stands beside it: "Ana Kelvo" is a person, "Kelvo Street" a place, "Kelvo Energy" a
longer name the other rules know. After the name, though, news most often writes a product
of that company ("the Kelvo Nimbus tablet", "Kelvo Orbit-style covers", "at the Kelvo
Unpacked event"), and the maker is named there (issue 11: a product after its maker is no
part of the maker's name). Its other mentions ("Kelvo's forward march", a sentence opening
with it) then follow from ``mentions``.

A maker is read only when the evidence against a longer name is there: it opens the run of
capitalised words after a lower-case word or at a sentence's start, no word of the run is a
head word or a legal form ("Kelvo Life Insurance" is a company of its own) or a place noun
("Kelvo Field" is a site), the next word is no company name ("Kelvo Orso" names a merged
firm), place, nationality, title, market index or model number ("Kelvo 310", kept apart as
the maker's product), the article never writes the name in lower case, the name is no
everyday word of the listed companies ("News", "Shell"), and a very frequent word does not
open a sentence. An acronym is not read: it opens the name of a product or a publication
whole ("the EU Farm Review", "the KLM Velvet phone"). Only the curated gazetteer's
well-known names are read: the thousands of listed companies' names open longer names too
often ("Kelvo Logistics" beside a listed "Kelvo"). Headlines and lines in capitals, where every
word is capitalised, are not read.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import written_in_lower_case

MODEL_NUMBER = re.compile(r"[A-Z]?\d{2,4}[A-Z]?")
"""A model number after a maker's name ("310", "A320"): the maker's product, which the
component keeps apart as a unit or a model."""

INDEX_WORDS = frozenset({"index", "indices", "average", "composite", "futures"})
"""Words after a name that make it a market index ("the Kelvo Index"), not a product."""

MAX_RUN = 4
"""Capitalised words after the maker that are read for head words and legal forms."""


class MakerNames:
    """Finds well-known one-word company names written before a product's name."""

    def __init__(
        self, lex: OrgLexicon, everyday_names: frozenset[str], place_nouns: frozenset[str]
    ) -> None:
        self.lex = lex
        self.everyday_names = everyday_names
        """Listed names that are everyday words ("News", "Shell"): left to the context cues."""
        self.place_nouns = place_nouns
        """Nouns that make the run a site ("Kelvo Field", "Kelvo Borough"), not a product."""

    def find(
        self,
        tokens: DocView,
        names: list[tuple[int, int]],
        found: list[Span],
        skipped: set[int],
        places: set[str],
    ) -> list[Span]:
        """One ORG span per one-word name in ``names`` (the gazetteer's matches) that opens
        a run of capitalised words with the evidence above."""
        words, lex = tokens.words, self.lex
        taken = {i for span in found for i in range(span.start, span.end)}
        known = {words[start] for start, end in names if end - start == 1}
        known |= {words[span.start] for span in found}  # "Orso" of "Orso Corp." too
        spans: list[Span] = []
        seen: set[int] = set()
        for start, end in names:
            if end - start != 1 or start in seen or start in taken or start in skipped:
                continue
            seen.add(start)
            if end >= len(words) or tokens.starts[end] != tokens.ends[start] + 1:
                continue  # nothing after it, or not a word of its own after a space
            word, after = words[start], words[end]
            if word.isupper():
                continue  # "the EU Farm Review", "KLM Nimbus": an acronym opens the name
            if not self.product_word(after, places) or after in known:
                continue  # "Kelvo Orso": two company names make one
            if start not in tokens.sentence_start_set and not words[start - 1].islower():
                continue  # "Ana Kelvo", a longer name, or a table's cell ("( Norland ) Kelvo")
            if start in tokens.sentence_start_set and word.lower() in lex.frequent:
                continue
            if word in self.everyday_names or word in places or word in lex.first_names:
                continue
            if self.names_a_company(words, end) or written_in_lower_case(tokens, word):
                continue
            spans.append(Span(tokens.doc, start, end, label="ORG"))
        return spans

    def product_word(self, word: str, places: set[str]) -> bool:
        """A capitalised word that may name a product: no head word, title, nationality,
        place or model number."""
        lex = self.lex
        return (
            lex.is_name_word(word)
            and word not in lex.all_heads
            and word not in lex.demonyms
            and word not in places
            and word.lower().rstrip(".") not in lex.legal_words
            and not MODEL_NUMBER.fullmatch(word)
            and word.lower() not in INDEX_WORDS
        )

    def names_a_company(self, words: list[str], start: int) -> bool:
        """A head word or a legal form among the next capitalised words: "Kelvo Life
        Insurance", "Kelvo Nimbus Ltd" name a company, not a product."""
        for word in words[start : start + MAX_RUN]:
            if not self.lex.is_name_word(word):
                return False
            if (
                word in self.lex.all_heads
                or word.lower().rstrip(".") in self.lex.legal_words
                or word.lower() in self.place_nouns
            ):
                return True
        return False
