"""A list of organisations that the name rules read as one name: split it into its names.

Banks and companies are often listed with commas and "and" ("Tarn Bank of Trade, Vesk Bank
and KLMB"), and a name's rule that grows a name leftwards or rightwards over name words and
connectors can take in the whole list, or cut it at a legal-form word that starts the next
name ("Tarn Bank, Incorporated" before "Bank"). A span is split at its commas and "and"s only
when every part is a whole name on its own:

- two or more words with a head word or legal form among them ("Vesk Bank", "Tarn Bank of
  Trade");
- or an acronym of three or more capitals ("KLMB");
- or, as the last of three or more parts, one distinctive word: the list has shown what it
  lists.

A last part that is one word before a head word outside the span joins that head word
("Incorporated" + "Bank"). Names with "and" inside ("Ministry of Trade and Industry",
"Dorn and Partners") have a part without a head word, so they stay whole.

The other way round, two names joined by "and" are one company when an acronym in brackets
spells the initials of both: "Harlow and Pine (H&P)" (``joined_by_acronym``); the acronym's
other mentions then follow from ``mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions

ACRONYM = re.compile(r"[A-Z]{3,6}")
SEPARATORS = frozenset({",", "and"})
JOINERS = frozenset({"and", "&"})
MAX_JOINED_WORDS = 4
"""Capitalised words in a name joined by "and" that a bracketed acronym spells."""
MIN_LIST_PARTS_FOR_ONE_WORD = 3


class ListSplitter:
    """Splits the lists of organisation names that other rules took for one name."""

    def __init__(self, lex: OrgLexicon) -> None:
        self.lex = lex

    def split(
        self, tokens: DocView, groups: Iterable[list[Span]], places: set[str]
    ) -> list[list[Span]]:
        """Each list of ``groups`` with each list of names replaced by its names (other spans
        unchanged).

        The groups share spans (the recogniser splits all its names, and again the subsets
        it keeps apart: companies, described and cued names), so each range with a separator
        is split once per article and its parts reused by every group that holds it."""
        words = tokens.words
        split_ranges: dict[tuple[int, int], list[Span] | None] = {}
        results: list[list[Span]] = []
        for spans in groups:
            result: list[Span] = []
            for span in spans:
                if SEPARATORS.isdisjoint(words[span.start : span.end]):
                    result.append(span)  # no separator: not a list (most spans; a test in C)
                    continue
                key = (span.start, span.end)
                if key in split_ranges:
                    parts = split_ranges[key]
                else:
                    parts = split_ranges[key] = self.parts(tokens, span, places)
                result.extend(parts if parts is not None else [span])
            results.append(result)
        return results

    def parts(self, tokens: DocView, span: Span, places: set[str]) -> list[Span] | None:
        words = tokens.words
        bounds: list[tuple[int, int]] = []
        start = span.start
        for i in range(span.start, span.end):
            if words[i] in SEPARATORS:
                bounds.append((start, i))
                start = i + 1
        if not bounds:
            return None
        bounds.append((start, span.end))
        last_start, last_end = bounds[-1]
        if (
            last_end - last_start == 1
            and last_end < len(words)
            and words[last_end] in self.lex.heads
            and words[last_start].lower() in self.lex.legal_words
        ):
            bounds[-1] = (last_start, last_end + 1)
        if any(end <= start for start, end in bounds):
            return None
        for index, (start, end) in enumerate(bounds):
            if not self.whole_name(words, start, end, places):
                last = index == len(bounds) - 1
                if not (
                    last
                    and len(bounds) >= MIN_LIST_PARTS_FOR_ONE_WORD
                    and end - start == 1
                    and self.lex.distinctive(words[start], places)
                ):
                    return None
        return [Span(tokens.doc, start, end, label=ORG) for start, end in bounds]

    def whole_name(self, words: list[str], start: int, end: int, places: set[str]) -> bool:
        """A part that names an organisation on its own (see the module's docstring)."""
        part = words[start:end]
        if len(part) == 1:
            return ACRONYM.fullmatch(part[0]) is not None and part[0] not in places
        if not all(self.lex.is_name_word(w) or w in self.lex.connectors for w in part):
            return False
        if part[-1] in self.lex.connectors:
            return False
        return any(w in self.lex.all_heads or w.lower() in self.lex.legal_words for w in part)

    def joined_by_acronym(self, tokens: DocView) -> list[Span]:
        """ "Harlow and Pine (H&P)": the capitalised words before the bracket, joined by "and"
        or "&", whose initials the bracketed acronym spells letter by letter."""
        spans: list[Span] = []
        if "(" not in tokens.text:
            return spans
        words = tokens.words
        for i in positions(words, "("):  # the brackets found by ``list.index``, in C
            if i + 2 >= len(words) or words[i + 2] != ")":
                continue
            letters = words[i + 1].replace("&", "")
            if not (2 <= len(letters) <= MAX_JOINED_WORDS and letters.isalpha()):
                continue
            if not letters.isupper():
                continue
            start, capitals, joined = i, 0, False
            while start > 0 and capitals < len(letters):
                before = words[start - 1]
                if self.lex.is_name_word(before):
                    capitals += 1
                elif before in JOINERS and capitals:
                    joined = True
                else:
                    break
                start -= 1
            if not joined or words[start] in JOINERS:
                continue
            initials = "".join(w[0] for w in words[start:i] if w not in JOINERS)
            if initials == letters and (start == 0 or not self.lex.is_name_word(words[start - 1])):
                spans.append(Span(tokens.doc, start, i, label=ORG))
        return spans
