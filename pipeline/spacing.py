"""Token-spaced copy: text written one token at a time, as PTB-, OntoNotes- and CoNLL-style
corpora and other tools' outputs store it ("Shares of Coca - Cola rose 2 % , he said .").

Such copy is recognised by its punctuation: nearly every comma has a space before it, which
ordinary prose never has. Copy of that kind that also splits every hyphenated word ("third -
quarter", "Coca - Cola"; PTB's later and OntoNotes' convention) writes a hyphen between spaces
inside words; copy that keeps hyphenated words whole (CoNLL-2003's) writes " - " only as a
dash. The date grammar (``temporal/spacing.py``) and the ORG extents (``orgs/extents.py``) ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SPACED_COMMA_RE = re.compile(r"\w ,(?= )")
_COMMA_RE = re.compile(r"\w,(?= )")
MIN_SPACED_COMMAS = 3
"""Commas with a space before them needed to call a text token-spaced."""
_INTACT_HYPHEN_RE = re.compile(r"[^\W\d_]-[^\W\d_]")
"""A hyphenated word written whole."""


@lru_cache(maxsize=8)
def is_token_spaced(text: str) -> bool:
    """Whether ``text`` is token-spaced copy: at least three commas with a space before them,
    and more of them than commas written against their word."""
    if text.count(" , ") < MIN_SPACED_COMMAS:  # a cheap first look: prose has none
        return False
    spaced = len(_SPACED_COMMA_RE.findall(text))
    return spaced >= MIN_SPACED_COMMAS and spaced > len(_COMMA_RE.findall(text))


@lru_cache(maxsize=8)
def splits_hyphenated_words(text: str) -> bool:
    """Whether ``text`` is token-spaced copy that writes no hyphenated word whole, so that a
    hyphen between spaces in it may be a word's own."""
    return is_token_spaced(text) and not _INTACT_HYPHEN_RE.search(text)
