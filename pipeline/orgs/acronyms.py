"""Acronyms and initialisms: does a short form abbreviate a long name?

Two tests, for two levels of evidence:

- ``abbreviates`` (Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation
  definitions in biomedical text"): every letter or digit of the short form occurs in the long
  name in order, scanning from the right, and the first one starts the name (the name is given: the
  acronym must cover all of it). This is for a
  *definition*, where the text itself pairs the two ("Vellmar Airlines (VAL)", "Institut National
  de Recherche Technique (INRT)"), so letters from inside words count ("VAL" takes
  "A" and "L" from "Airlines").
- ``initialisms`` lists the forms an organisation's bare initialism takes ("University of
  Southern Indiana" → "USI", "Bank of Japan" → "BOJ"/"BJ"): with no brackets to pair them,
  only exact word initials are safe enough to trust.
"""

from __future__ import annotations

import re
from functools import lru_cache

FUNCTION_WORDS = frozenset(
    {"of", "and", "the", "for", "in", "on", "at", "to", "&", "de", "du", "des", "la", "le", "di"}
)
"""Words an initialism may skip ("BJ" for "Bank of Japan") or keep ("BOJ")."""

_WORD = re.compile(r"[^\s\-/]+")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _long_form_too_long(short: str, long_name: str) -> bool:
    """Schwartz & Hearst's bound: a long form has at most min(|S| + 5, 2|S|) words."""
    letters = len(_ALNUM.findall(short))
    return len(_WORD.findall(long_name)) > min(letters + 5, 2 * letters)


def abbreviates(short: str, long_name: str) -> bool:
    """True when ``short`` can abbreviate ``long_name`` (the text pairs them as a definition).

    >>> abbreviates("VAL", "Vellmar Airlines")
    True
    >>> abbreviates("NTR", "Nordic Tidal Research")
    True
    >>> abbreviates("XYZ", "Nordic Tidal Research")
    False
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if len(chars) < 2 or not chars[0].isalpha() or _long_form_too_long(short, long_name):
        return False
    text = long_name.lower()
    position = len(text) - 1
    for index in range(len(chars) - 1, -1, -1):
        char = chars[index]
        while position >= 0:
            candidate = text[position]
            if candidate == char and (index > 0 or position == 0):
                break
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


@lru_cache(maxsize=65536)
def initialisms(name: str) -> frozenset[str]:
    """Upper-case initialisms of a name: of its capitalised words, with and without the
    function words ("Bank of Japan" → {"BOJ", "BJ"}). Empty for names of fewer than two
    capitalised words: one initial names nothing."""
    words = [w.strip("'’.,") for w in _WORD.findall(name)]
    words = [w for w in words if w and w not in {"'s", "’s"}]
    content = [w for w in words if w[0].isupper() or w[0].isdigit()]
    if len(content) < 2:
        return frozenset()
    without = "".join(w[0] for w in content).upper()
    kept = "".join(w[0] for w in words if w[0].isupper() or w.lower() in FUNCTION_WORDS).upper()
    return frozenset(form for form in (without, kept) if len(form) >= 2 and form.isalnum())


def acronym_fits(acronym: str, name: str) -> bool:
    """True when the acronym's letters are, in order, initials of the name's words."""
    initials = [w[0].upper() for w in re.split(r"[\s\-&]+", name) if w]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True
