"""Where the ORG names the rules found begin and end: a last pass over the found spans.

The rules find a name by its words; some edges they leave are set right here, on the found
spans only (no pass over the document):

* **A dash between spaces** ends a name: it joins a source tag ("Vellmark Research Centre -
  KNW"), a line's label ("Memo - Tarn Bank") or a clause ("the Institute - covering ...")
  to it. Each side that is a name stays; a lone everyday word ("Memo", "Institute") does
  not, an acronym does ("KNW"). Wire copy writes a hyphen apart inside a name too ("Tarn -
  Vella Co"), so a hyphen between two names is kept unless an acronym follows it.
* **A company's legal-form chain** belongs to its name ("Vellmor Brisk & Co", "Tarn Cos.
  Ltd.", "Kestrel (QX) Holdings": a bracketed region between the name and its legal form).
  The rules cut such a chain at "&", "and", a detached full stop or a bracket, and a list of
  such names then also loses its next member's first word to the cut-off "Co" ("Co, Tarn
  Oskar & Co"). The chain is added to the name before it and taken from the span after it.
* **A legal form right after the name** ("Ostravel a.s." in its own lower case) too.
* **A nation's initials before its government body** ("the US Vellmar Agency") open the
  body's name when a rule read the body without them (the gold sets write them inside).
* **One "and" that lists two names** ("Kelvo and Tarnwell Motors") splits the span in two
  when one side is a name the article writes on its own elsewhere.

Not done here (the sources disagree): a nationality before a government body ("the Tessan
Interior Ministry") is outside the name in some gold sets and inside in others.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from itertools import pairwise

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.spacing import splits_hyphenated_words

COMPANY_WORDS = frozenset({"Co", "Co.", "Cos", "Cos.", "Company", "Companies"})
"""The "company" word of an "& Co" chain: after "&" or "and" it continues the name before."""

CHAIN_JOINERS = frozenset({"&", "and"})
"""Words that join a name to its "Co" ("Vellmor Brisk & Co", "Tarn Quillon and Co Inc")."""

SPACED_DASHES = frozenset({"-", "–", "—", "--"})
"""Dashes that, with a space on either side, end a name ("Tarn Bank - KNW")."""

CHAIN_OPENERS = CHAIN_JOINERS | {"("}
"""Words after a name that may open its chain (with a stop or a legal form)."""

PAIRING_NOUNS = frozenset(
    {
        "talks",
        "deal",
        "pact",
        "summit",
        "ties",
        "agreement",
        "accord",
        "dispute",
        "relations",
        "row",
        "war",
        "match",
        "game",
        "merger",
        "negotiations",
        "meeting",
        "contract",
    }
)
"""Nouns after "X-Y" that make it a pairing of two parties ("the UAW-Kelvo talks", "the
IBM-Tarn deal"), not one name ("venture" and "consortium" may name the pair's own body)."""

NATIONAL_INITIALS = frozenset({"US", "U.S.", "USA", "UK", "U.K."})
"""A nation's initials that open the name of its own government body ("the US Tarn and
Vell Trading Commission", "the UK Vellmar Agency"), as news and the gold sets write them."""

NATIONAL_OPENERS = frozenset({"Federal", "National"})
"""First words of a nation's own institutions with no government head ("the US Federal
Grain Reserve")."""

MAX_BRACKET_WORDS = 3
"""A region in brackets is short: "(QX)", "( East Vell )"."""


class OrgExtents:
    """Sets the edges of found ORG spans (see the module docstring)."""

    def __init__(self, lexicon: OrgLexicon, regions: Collection[str]) -> None:
        self.lex = lexicon
        self.regions = frozenset(regions)
        """Countries and their initials: what a bracket inside a company's name holds."""

    def adjust(
        self,
        tokens: DocView,
        found: list[Span],
        places: Collection[str],
        legal: Mapping[int, int],
    ) -> list[Span]:
        """The found spans with their edges set; spans a longer one now covers are dropped.
        ``legal`` is the document's legal forms, start token -> end token (``legal_forms``)."""
        if not found:
            return found
        found = self.cut_at_spaced_dashes(tokens, found)
        found = self.join_hyphenated_acronyms(tokens, found, places)
        found = self.join_national_initials(tokens, found)
        found = self.split_listed_pairs(tokens, found)
        words = tokens.words
        ends: dict[tuple[int, int], int] = {}
        size = len(words)
        for span in found:
            after = span.end
            if after >= size:
                continue
            word = words[after]
            if word not in CHAIN_OPENERS and word != "." and after not in legal:
                continue  # most names: the next word opens no chain
            end = self.legal_chain_end(tokens, after, places, legal)
            if end > after:
                ends[(span.start, after)] = end
        if not ends:
            return found
        chains = sorted((start, end) for (start, _), end in ends.items())
        adjusted: list[Span] = []
        for span in found:
            key = (span.start, span.end)
            end = ends.get(key, span.end)
            start = self.after_chains(words, chains, span.start, end)
            if start is None:
                continue  # the chain of the name before: "Co Inc" of "Tarn Quillon and Co Inc"
            if (start, end) == key:
                adjusted.append(span)
            else:
                adjusted.append(Span(tokens.doc, start, end, label=ORG))
        return adjusted

    def join_hyphenated_acronyms(
        self, tokens: DocView, found: list[Span], places: Collection[str]
    ) -> list[Span]:
        """The spans with an acronym joined by a hyphen, no space either side, taken in.

        A faction or a joint venture is named by an acronym and a capitalised part ("the
        KDRP-N", "the QMV-Bellac consortium"); the tokenizer splits the word at its hyphen,
        and a rule that found one half ("KDRP", "Bellac") leaves the other out. An acronym
        span goes on across "-" and a capitalised word; a span goes back across an acronym
        and "-". A place or a nationality on the other side makes the word a pairing of
        two parties ("EU-Tessaly talks"), and a lower-case word a description ("KDRP-led"):
        neither is taken; nor is a pair before a pairing noun ("the UAW-Kelvo talks"). Spans
        the longer one now covers are dropped."""
        words = tokens.words
        size = len(words)
        joined: dict[tuple[int, int], tuple[int, int]] = {}
        for span in found:
            start, end = span.start, span.end
            if self.names_a_pairing(words, start, end):
                continue
            if (
                end - start == 1
                and end + 1 < size
                and self.hyphen_acronym_part(words[start], places)
                and self.hyphen_joins(tokens, end - 1)
                and self.capitalised_part(words[end + 1], places)
                and not self.word_goes_on(tokens, end + 1)
            ):
                end += 2
            if (
                start >= 2
                and self.hyphen_acronym_part(words[start - 2], places)
                and self.hyphen_joins(tokens, start - 2)
                and self.capitalised_part(words[start], places)
                and not self.word_goes_on(tokens, start - 2, backwards=True)
            ):
                start -= 2
            if (start, end) != (span.start, span.end):
                joined[(span.start, span.end)] = (start, end)
        if not joined:
            return found
        adjusted: list[Span] = []
        for span in found:
            start, end = joined.get((span.start, span.end), (span.start, span.end))
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in joined.values()):
                continue  # one half of a name a joined span now covers
            if (start, end) == (span.start, span.end):
                adjusted.append(span)
            else:
                adjusted.append(Span(tokens.doc, start, end, label=ORG))
        return adjusted

    def split_listed_pairs(self, tokens: DocView, found: list[Span]) -> list[Span]:
        """The spans that list two names with one "and" split into the two ("Kelvo and
        Tarnwell Motors", "Vellco Systems and Brisk Foods"): a side that the article names on
        its own elsewhere (a found span of the same text outside this one and inside no
        longer found span) is a name of its own, so the "and" lists, it does not join words
        of one name ("Tarn and Vell Farmers Union" keeps its "and" unless "Tarn" stands alone
        as a name too). Each side must open and end with a name word; a side with "of" is an
        of-chain's field ("Department of Ports and Shipping") and is not split."""
        words = tokens.words
        pairs: dict[int, int] = {}
        for n, span in enumerate(found):
            if span.end - span.start < 3:
                continue
            inner = words[span.start + 1 : span.end - 1]
            if inner.count("and") == 1:
                pairs[n] = span.start + 1 + inner.index("and")
        if not pairs:
            return found
        text = tokens.text
        elsewhere: dict[str, list[tuple[int, int]]] = {}
        for span in found:
            elsewhere.setdefault(text[span.start_char : span.end_char], []).append(
                (span.start, span.end)
            )
        adjusted: list[Span] = []
        for n, span in enumerate(found):
            join = pairs.get(n)
            if join is None or not self.lists_two(tokens, span, join, elsewhere):
                adjusted.append(span)
                continue
            adjusted.append(Span(tokens.doc, span.start, join, label=ORG))
            adjusted.append(Span(tokens.doc, join + 1, span.end, label=ORG))
        return adjusted

    def lists_two(
        self,
        tokens: DocView,
        span: Span,
        join: int,
        elsewhere: Mapping[str, list[tuple[int, int]]],
    ) -> bool:
        """Whether the "and" at ``join`` lists two names (see ``split_listed_pairs``)."""
        words = tokens.words
        sides = ((span.start, join), (join + 1, span.end))
        for start, end in sides:
            if any(w.lower() in self.lex.connectors for w in words[start:end]):
                return False
            if not (self.lex.is_name_word(words[start]) and self.lex.is_name_word(words[end - 1])):
                return False
        for start, end in sides:
            side = tokens.char_text(start, end)
            for s, e in elsewhere.get(side, ()):
                if (e <= span.start or s >= span.end) and not self.inside_another(s, e, elsewhere):
                    return True
        return False

    @staticmethod
    def inside_another(start: int, end: int, spans: Mapping[str, list[tuple[int, int]]]) -> bool:
        """A found span lies inside a longer one: a part of that name another rule read
        (a word before "and" in a repeat of the same long name), no name standing alone."""
        return any(
            s <= start and end <= e and (s, e) != (start, end)
            for bounds in spans.values()
            for s, e in bounds
        )

    def join_national_initials(self, tokens: DocView, found: list[Span]) -> list[Span]:
        """The spans of a nation's government bodies with the nation's initials before them
        taken in ("the US Tarn and Vell Trading Commission", "the UK Vellmar Agency"):
        the name rules read the body from its head word and stop at a head word
        before "and", or a gazetteer holds the body without the initials, and the place
        recogniser takes the initials as a GPE. A body is a span ending in a government head
        word or opening with "Federal" or "National"; the initials must stand one space
        before it and open the name (no name word before them: "Tarn US Agency" is some
        other name)."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        adjusted: list[Span] | None = None
        for n, span in enumerate(found):
            start = span.start
            if (
                start == 0
                or words[start - 1] not in NATIONAL_INITIALS
                or starts[start] != ends[start - 1] + 1
                or span.end - start < 2
                or not (
                    words[span.end - 1] in self.lex.government_heads
                    or words[start] in NATIONAL_OPENERS
                )
                or (start > 1 and self.lex.is_name_word(words[start - 2]))
            ):
                continue
            if adjusted is None:
                adjusted = list(found)
            adjusted[n] = Span(tokens.doc, start - 1, span.end, label=ORG)
        return found if adjusted is None else adjusted

    @staticmethod
    def names_a_pairing(words: list[str], start: int, end: int) -> bool:
        """A pairing noun follows the one-word span at ``start`` and the word across a hyphen
        from it ("the UAW-Kelvo talks"). Two names each found alone may still name their joint
        venture ("the Tarn-Vellco venture"), as the CoNLL-2003 gold reads it."""
        if end - start != 1:
            return False
        for last in (start + 3, start + 1):
            if last < len(words) and words[last].lower() in PAIRING_NOUNS:
                return True
        return False

    def hyphen_acronym_part(self, word: str, places: Collection[str]) -> bool:
        """Two to six capitals, and no country or place ("UK", "EU-" stays a pairing)."""
        return (
            2 <= len(word) <= 6
            and word.isalpha()
            and word.isupper()
            and word not in self.regions
            and word not in places
        )

    def capitalised_part(self, word: str, places: Collection[str]) -> bool:
        """A capitalised word that is no place, country or nationality."""
        return (
            word[:1].isupper()
            and word.isalpha()
            and word not in self.regions
            and word not in places
            and word not in self.lex.demonyms
        )

    @staticmethod
    def hyphen_joins(tokens: DocView, left: int) -> bool:
        """Token ``left`` + 1 is a hyphen touching the tokens on both sides."""
        starts, ends = tokens.starts, tokens.ends
        return (
            left + 2 < len(starts)
            and tokens.words[left + 1] == "-"
            and ends[left] == starts[left + 1]
            and ends[left + 1] == starts[left + 2]
        )

    @staticmethod
    def word_goes_on(tokens: DocView, i: int, backwards: bool = False) -> bool:
        """Token ``i`` touches a hyphen or a word after it (before it, ``backwards``): part
        of a longer hyphenated word ("A-B-C"), not a name of two parts."""
        j = i - 1 if backwards else i + 1
        if not 0 <= j < len(tokens.starts):
            return False
        touching = (
            tokens.ends[j] == tokens.starts[i] if backwards else tokens.ends[i] == tokens.starts[j]
        )
        word = tokens.words[j]
        return touching and (word == "-" or word[:1].isalnum())

    def cut_at_spaced_dashes(self, tokens: DocView, found: list[Span]) -> list[Span]:
        """The spans with each dash between spaces cut out, and the sides that are no name
        (see ``is_name_part``) dropped; ``found`` itself when no span holds such a dash."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        parts: list[Span] = []
        changed = False
        for span in found:
            if span.end - span.start < 3:
                parts.append(span)  # a dash needs a word on either side
                continue
            cuts = [
                i
                for i in range(span.start + 1, span.end - 1)
                if words[i] in SPACED_DASHES
                and starts[i] > ends[i - 1]
                and starts[i + 1] > ends[i]
                and self.ends_a_name(tokens, span.start, i, span.end)
            ]
            if not cuts:
                parts.append(span)
                continue
            changed = True
            bounds = [span.start - 1, *cuts, span.end]
            for left, right in pairwise(bounds):
                if self.is_name_part(words, left + 1, right):
                    parts.append(Span(tokens.doc, left + 1, right, label=ORG))
        return parts if changed else found

    def ends_a_name(self, tokens: DocView, start: int, dash: int, end: int) -> bool:
        """Whether the dash at ``dash`` ends a name. A long dash always does; a hyphen
        written apart is also how wire copy spells a hyphenated name ("Tarn - Vella Co"),
        so it ends one only before a side that is no name or is one acronym (a source's
        tag: "Vellmark Centre - KNW"), or after a line's opening label ("Memo - Tarn Bank").
        In token-spaced copy that splits every hyphenated word (``pipeline/spacing.py``) the
        side after it may be an everyday word ("Coca - Cola"), unless the side before it is a
        whole name already, ending in a head word ("Orvel Bank - Update on results")."""
        words = tokens.words
        if words[dash] != "-":
            return True
        if not self.is_name_part(words, dash + 1, end) and (
            words[dash - 1] in self.lex.heads or not splits_hyphenated_words(tokens.text)
        ):
            return True
        if end - dash == 2 and words[dash + 1].isupper():
            return True
        return start in tokens.sentence_start_set and not self.is_name_part(words, start, dash)

    def is_name_part(self, words: list[str], start: int, end: int) -> bool:
        """A side of a cut name that is a name on its own: it opens and ends with a name
        word, and is not one everyday word ("Memo", "Institute"; an acronym is a name)."""
        if end <= start or not (
            self.lex.is_name_word(words[start]) and self.lex.is_name_word(words[end - 1])
        ):
            return False
        word = words[start]
        return not (end - start == 1 and word.lower() in self.lex.common and not word.isupper())

    def legal_chain_end(
        self, tokens: DocView, end: int, places: Collection[str], legal: Mapping[int, int]
    ) -> int:
        """Where a name's legal-form chain ends, from the name's end ("& Co", ". Ltd.",
        "(QX) Holdings"); ``end`` itself when none follows."""
        words = tokens.words
        size = len(words)
        if end + 1 < size and words[end] in CHAIN_JOINERS and words[end + 1] in COMPANY_WORDS:
            end += 2
        elif end < size and words[end] == "(":
            close = self.region_bracket_end(tokens, end, places, legal)
            if close is None:
                return end
            end = close
        elif end + 1 in legal and words[end] == "." and tokens.starts[end] == tokens.ends[end - 1]:
            end += 1  # "Tarn Cos. Ltd.": the rules cut the name at the first form's stop
        elif end not in legal:
            return end
        while end in legal:
            end = legal[end]
        return end

    def region_bracket_end(
        self, tokens: DocView, open_at: int, places: Collection[str], legal: Mapping[int, int]
    ) -> int | None:
        """The end of "(Region) Holdings" from its bracket: a country, a country's
        initials, a place of the article or a short upper-case code inside, a legal form or
        head word after it."""
        words = tokens.words
        for close in range(open_at + 2, min(open_at + 2 + MAX_BRACKET_WORDS, len(words))):
            if words[close] == ")":
                break
        else:
            return None
        after = close + 1
        if after >= len(words) or not (after in legal or words[after] in self.lex.heads):
            return None  # most brackets after a name: an acronym, a ticker, an aside
        inside = tokens.char_text(open_at + 1, close)
        code = inside.isupper() and inside.isalpha() and len(inside) <= MAX_BRACKET_WORDS
        if not (code or inside in self.regions or inside in places):
            return None
        return after + 1

    @staticmethod
    def after_chains(
        words: list[str], chains: list[tuple[int, int]], start: int, end: int
    ) -> int | None:
        """A span's start after the legal chain of the name before it ("Co, Tarn Oskar &
        Co" from "Co"); None when the chain covers it all."""
        for chain_start, chain_end in chains:
            if chain_start < start < chain_end:
                if end <= chain_end:
                    return None
                start = chain_end
                while start < end and words[start] in {",", "and", "&"}:
                    start += 1
                if start >= end:
                    return None
        return start
