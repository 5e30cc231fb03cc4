"""The name before a stock ticker is a listed company: "Velmora Trading <VLM>", "Quenby
(TSX:QB)".

Wire copy and business pages write a listed company's trading symbol in brackets right after
its name (``tickers`` says which brackets hold one). Only a company has a symbol, so the
capitalised run just before such a bracket is an organisation even when nothing else in the
article says so: a one-word brand that is also an everyday word ("Saddle <SDL>"), a name
with no head word ("Club Marvane <CMV>"). ``tickers`` still drops the bracket itself.
Headlines and lines in capitals are left alone: there a run of capitals may hold a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.names import NameBounds
from pipeline.orgs.unread_lines import UnreadLines

CUT_BEFORE = frozenset({")", "'s", "’s"})
"""Tokens that stop the run of name words before a ticker inside a name: a bracket or a
possessive the name itself holds ("Tarn (Holdings) Ltd", "Tarn's Inc"). A legal form alone
after one is a piece of that name, no company of its own; the name rules read the rest."""


def ticker_names(
    tokens: DocView,
    pattern: re.Pattern[str],
    bounds: NameBounds,
    unread_lines: UnreadLines,
    places: set[str],
) -> list[Span]:
    """One ORG span for the capitalised run that ends right before each ticker bracket."""
    text = tokens.text
    if "(" not in text and "<" not in text:  # most articles: no bracket at all
        return []
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    spans: list[Span] = []
    for match in pattern.finditer(text):
        bracket = bisect_left(starts, match.start())
        if bracket >= len(words) or starts[bracket] != match.start() or bracket == 0:
            continue
        if ends[bracket - 1] + 1 < match.start() or bracket in unread_lines:
            continue  # the symbol is not right after a word, or the line is in capitals
        sent_start = tokens.sentence_of(bracket)[0]
        left = bounds.extend_left(words, bracket, sent_start, company=True)
        left = bounds.trim_left(words, left, bracket, sent_start)
        if left >= bracket or not bounds.lex.is_name_word(words[left]):
            continue
        if words[left - 1] in CUT_BEFORE and all(
            word.lower() in bounds.lex.legal_words for word in words[left:bracket]
        ):
            continue  # "Tarn (Holdings) Ltd <TRN.HK>", "Tarn's Inc <TRN>": a legal form cut off
        if tokens.char_text(left, bracket) in places:
            continue  # a place before a bracket is a dateline or a region, never a symbol's
        spans.append(Span(tokens.doc, left, bracket, label=ORG))
    return spans
