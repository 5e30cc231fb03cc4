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
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

ACRONYM = re.compile(r"[A-Z]{3,6}")
SEPARATORS = frozenset({",", "and"})
MIN_LIST_PARTS_FOR_ONE_WORD = 3


class ListSplitter:
    """Splits the lists of organisation names that other rules took for one name."""

    def __init__(self, lex: OrgLexicon) -> None:
        self.lex = lex

    def split(self, tokens: DocView, spans: list[Span], places: set[str]) -> list[Span]:
        """``spans`` with each list replaced by its names (other spans unchanged)."""
        result: list[Span] = []
        for span in spans:
            parts = self.parts(tokens, span, places)
            result.extend(parts if parts is not None else [span])
        return result

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
        return [Span(tokens.doc, start, end, label="ORG") for start, end in bounds]

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
