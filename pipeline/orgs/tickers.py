"""A stock ticker in brackets after a company's name is no organisation: "Vellco Inc.
(VLC-T)", "Tarvin Bank (TSX:TBK)", "Orsk Corp <ORK>".

Business pages give a listed company's trading symbol after its name: with the exchange
before a colon ("TSX:BOT", "NYSE:VLC"), with a one- or two-letter market code after a hyphen
or a full stop ("VLC-T", "ORK.N"), or, in wire copy, in angle brackets, alone or with the
market code after a full stop as wire services write an instrument code ("<ORK>", "<ORK.N>",
"<ORK.VI>"). The symbol
often spells the name's initials, so the acronym rules read it as the company again. The
bracket's form says it is a symbol: these candidates are dropped. A bare acronym in round
brackets ("(VLC)") stays: it defines one as often as it gives a ticker.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span

from pipeline.docview import DocView

SYMBOL = r"[A-Z][A-Z0-9]{0,5}"
MARKET_CODE = r"[A-Z]{1,2}"
MAX_BRACKET = 24
"""Characters a ticker's bracket holds at most ("(NASDAQ:VELLX)")."""


def ticker_pattern(exchanges: Collection[str]) -> re.Pattern[str]:
    """A whole bracket that holds a ticker: "(EXCH:SYM)", "(SYM-X)", "(SYM.X)", "<SYM>",
    "<SYM.X>"."""
    names = "|".join(re.escape(e) for e in sorted(exchanges, key=len, reverse=True))
    return re.compile(
        rf"\((?:(?:{names}) ?: ?{SYMBOL}(?:[.-]{MARKET_CODE})?|{SYMBOL}[.-]{MARKET_CODE})\)"
        rf"|<{SYMBOL}(?:\.{MARKET_CODE})?>"
    )


def in_ticker(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """The characters [start, end) lie inside a ticker bracket."""
    opening = max(
        text.rfind("(", max(0, start - MAX_BRACKET), start),
        text.rfind("<", max(0, start - MAX_BRACKET), start),
    )
    if opening < 0:
        return False
    match = pattern.match(text, opening)
    return match is not None and match.end() >= end


def without_tickers(tokens: DocView, found: list[Span], pattern: re.Pattern[str]) -> list[Span]:
    """``found`` less the candidates inside a ticker bracket (an article with no bracket has
    none: one character test)."""
    text = tokens.text
    if "(" not in text and "<" not in text:
        return found
    return [s for s in found if not in_ticker(text, s.start_char, s.end_char, pattern)]
