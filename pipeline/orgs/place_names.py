"""A place written inside an organisation's name: one ORG, not an ORG and a GPE.

News from many countries names campuses, subsidiaries and brands by a place: an institute's
acronym before its city ("KIT Dorvale"), a company before the country it trades in ("Vexo
Norland"), an airline brand before its country ("Skyjet Norland"). The place recogniser finds
the place; this rule joins it to the name before it, but only with evidence that the pair is
one name, because "the deal gave ZTC Norland's market" is rare and "told Vexo Norland would
act" is not:

- an acronym before a place: the acronym is an organisation elsewhere in the article (or
  spelt out in brackets, "(KIT)") and no lower-case word follows (in "the KIT Dorvale summit"
  the place says where KIT's event is), or the pair is written twice, or a head word follows
  ("KIT Dorvale University"), or the sentence lists two such pairs ("KIT Dorvale and KIM
  Selby"), or the place is a country and a possessive or title follows. Never an acronym that
  is itself a place ("US", "UK" are GPE candidates: a country before a place or an agency
  stays apart);
- a found organisation before a country: the pair is written twice, or a possessive or a
  capitalised word (a title: "Vexo Norland President ...") follows;
- an unknown distinctive word before a country, the pair written at least twice and the word
  never in lower case ("Skyjet Norland launches ... Skyjet Norland's ..."); before another
  place, the word must also never be written without it (a legislature or a brand whose last
  word is also a town's name: "Vel Tarsa ... the Vel Tarsa member").

The place must be written as a word, not an abbreviation ("FOB U.S. Gulf" is a price term), and
follow on the same line after one space; the word before the name must not be
another name word (the pair would be the end of a longer name the other rules know better).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import POSSESSIVE, DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import written_in_lower_case

ACRONYM = re.compile(r"[A-Z]{2,6}")
"""Two to six capitals: "KVT", "NIRT"; mixed-case short forms are left to other rules."""

MAX_NAME_WORDS = 5
"""The longest found name looked for again before a country."""

MIN_PAIR_MENTIONS = 2
"""A pair written this often is one name (a place after a word is otherwise a location)."""


class PlaceNames:
    """Joins a place to the acronym, company or brand before it when the article shows that
    the two words are one organisation's name."""

    def __init__(self, lex: OrgLexicon, countries: frozenset[str]) -> None:
        self.lex = lex
        self.countries = countries

    def find(
        self,
        tokens: DocView,
        found: list[Span],
        places: set[str],
        caps: list[tuple[int, int]],
        all_places: list[tuple[int, int]],
    ) -> list[Span]:
        """The joined names: each an ORG span from the name's first token to the place's end
        (``all_places``: the (start, end) of the place recogniser's candidates)."""
        if not all_places:
            return []  # no place, no pair (a fifth of the articles)
        words, text, tok = tokens.words, tokens.text, tokens.tok
        # a pair opens with a capitalised word or a found name's last word; "in Lyon" never
        org_last_words = {words[s.end - 1] for s in found}
        starts, ends = tokens.starts, tokens.ends
        place_ranges = [
            (start, end)
            for start, end in all_places
            if start > 0
            and (tok[start - 1].upper_initial or words[start - 1] in org_last_words)
            and starts[start] == ends[start - 1] + 1
            and text[ends[start - 1]] == " "
            and any(c.islower() for c in tokens.span_text(start, end))
            and not (caps and any(a <= start < b for a, b in caps))
        ]
        if not place_ranges:
            return []
        org_texts = {text[s.start_char : s.end_char] for s in found}
        ends_of_orgs = {s.end: s for s in found}
        pairs = Counter(text[starts[start - 1] : ends[end - 1]] for start, end in place_ranges)
        acronym_pairs_by_sentence = Counter(
            tokens.sentence_of(start)
            for start, _ in place_ranges
            if self.is_acronym(words[start - 1], places)
        )
        spans: list[Span] = []
        for place_start, place_end in place_ranges:
            before = place_start - 1
            word = words[before]
            pair = text[starts[before] : ends[place_end - 1]]
            place_text = tokens.span_text(place_start, place_end)
            if pair in places or pair in self.countries:
                continue
            repeated = pairs[pair] >= MIN_PAIR_MENTIONS
            after = words[place_end] if place_end < len(words) else ""
            org = ends_of_orgs.get(place_start) or self.mention_before(
                tokens, place_start, org_texts
            )
            if self.is_acronym(word, places):
                if not self.starts_alone(words, before):
                    continue
                known = word in org_texts or f"({word})" in text
                if (
                    (known and not after[:1].islower())
                    or repeated
                    or (place_text in self.countries and self.titled(after))
                    or after in self.lex.heads
                    or acronym_pairs_by_sentence[tokens.sentence_of(place_start)] >= 2
                ):
                    spans.append(Span(tokens.doc, before, place_end, label=ORG))
                continue
            country = place_text in self.countries
            if country and org is not None and not self.is_acronym(words[org.start], places):
                if not self.starts_alone(words, org.start):
                    continue
                if repeated or self.titled(after):
                    spans.append(Span(tokens.doc, org.start, place_end, label=ORG))
                continue
            if (
                repeated
                and self.starts_alone(words, before)
                and self.lex.distinctive(word, places)
                and word not in self.lex.first_names
                and word not in self.countries
                and not self.lex.after_first_name(words, before)
                and not written_in_lower_case(tokens, word)
                and (country or words.count(word) == pairs[pair])
            ):
                spans.append(Span(tokens.doc, before, place_end, label=ORG))
        return spans

    def is_acronym(self, word: str, places: set[str]) -> bool:
        """An acronym that is no place, grammar or job word ("US", "IT", "CEO" are not)."""
        return (
            ACRONYM.fullmatch(word) is not None
            and word not in places
            and word not in self.countries
            and word.lower() not in self.lex.stop_words
            and word not in self.lex.not_name
        )

    def mention_before(self, tokens: DocView, end: int, org_texts: set[str]) -> Span | None:
        """A found organisation's name written again just before token ``end`` (the name rules
        find a name once; its other mentions are found later, by ``mentions``)."""
        for start in range(end - 1, max(end - MAX_NAME_WORDS, 0) - 1, -1):
            if tokens.char_text(start, end) in org_texts:
                return Span(tokens.doc, start, end, label=ORG)
        return None

    def titled(self, after: str) -> bool:
        """A possessive or a capitalised word (a title, a unit) after a company and a country
        makes the pair the subject of a name phrase: "Vexo Norland's", "Vexo Norland President"."""
        return after in POSSESSIVE or self.lex.is_name_word(after)

    def starts_alone(self, words: list[str], i: int) -> bool:
        """No name word before ``i`` (else the pair ends a longer name)."""
        return i == 0 or not self.lex.is_name_word(words[i - 1])
