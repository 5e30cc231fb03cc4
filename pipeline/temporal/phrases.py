"""Regex pieces built from word lists: alternations, and "one of these words just before".

The date grammar reads short windows left of a match ("the", "last", "early", "in"); the
word lists come from the rule data, so the regexes are built here from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def phrase_alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


def phrase_trie(words: Iterable[str]) -> str:
    """``phrase_alternation(words)`` written as a trie, for a regex that matches case-sensitively.

    At every offset ``re`` tries a flat alternation's phrases one by one (150 tense cues
    each time); sharing prefixes makes an offset that starts no phrase fail after a
    character or two. The matches are the same: single spaces between the words, and case
    kept, the phrases that match at one offset are prefixes of one another, so trying
    each node's continuations before ending there (deepest first) is the flat
    alternation's longest-first order. Phrases with other whitespace fall back to it.
    """
    unique = set(words)
    if not all(_single_spaced(word) for word in unique):
        return phrase_alternation(unique)
    tree: dict[str, Any] = {}
    for word in unique:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        options = [
            (r"\s+" if char == " " else re.escape(char)) + emit(node[char])
            for char in sorted(node)
            if char
        ]
        if "" in node:
            options.append("")  # ending here comes last: longer phrases first
        if len(options) == 1:
            return options[0]
        return "(?:" + "|".join(options) + ")"

    return "(?:" + emit(tree) + ")"


def _single_spaced(word: str) -> bool:
    """Whether ``word`` is words without whitespace joined by single spaces ("is due to")."""
    return all(part and not any(char.isspace() for char in part) for part in word.split(" "))


def before_pattern(words: Iterable[str]) -> str:
    """A regex for "one of ``words`` right before this point" (hyphenated words touch it)."""
    parts = []
    for word in sorted(set(words), key=lambda item: (-len(item), item)):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        lead = r"(?:^|(?<=[^\w]))" if word[:1].isalnum() else ""
        tail = "" if word.endswith(("-", "$", "#", "€", "£", "¥")) else r"\s+"
        parts.append(f"{lead}{escaped}{tail}")
    return "(?:" + "|".join(parts) + ")$"


LOWER_HAZARDS = ("ſ", "ı", "İ")
"""Letters ``lower`` cannot key: regexes ignoring case match "ſ" and "ı" as "s" and "i",
which ``lower`` leaves alone, and "İ" lower-cases to two characters (shifting offsets)."""


def caseless_beyond_ascii(word: str) -> bool:
    """Whether matching ``word`` ignoring case is comparing it with lower-cased text.

    True when its only letters with case are ASCII ("new year’s day", "€"): an ASCII letter
    matches just what lower-cases to it, bar the ``LOWER_HAZARDS``.
    """
    return word.isascii() or all(char.isascii() or char.lower() == char.upper() for char in word)


class PhrasesBefore:
    """``before_pattern(words)`` compiled for speed: one of ``words`` right before the window's end.

    The one ``$``-anchored alternation makes ``search`` try every start in the 48-character
    window with every phrase (up to 0.1 ms a call). A match ends with the phrase's last word,
    so that word must end the window's text, trailing spaces aside: the last characters pick
    the few phrases that can match, and only those are searched, from where a one-word phrase
    would have to start. The answer is the full regex's, which still serves the odd window.
    """

    def __init__(self, words: Iterable[str], *, ignore_case: bool) -> None:
        phrases = sorted(set(words), key=lambda item: (-len(item), item))
        wrap = "(?i:{})" if ignore_case else "{}"
        self.full = re.compile(wrap.format(before_pattern(phrases)))
        last = {phrase: (phrase.split() or [""])[-1].lower() for phrase in phrases}
        keys = set(last.values())
        self.lengths = sorted({len(key) for key in keys}, reverse=True) or [0]
        # per last character, the lengths of the keys that end with it, longest first: a
        # window whose last character ends no key is answered without a lookup
        self.lengths_by_end: dict[str, tuple[int, ...]] = {
            end: tuple(sorted({len(key) for key in keys if key.endswith(end)}, reverse=True))
            for end in {key[-1] for key in keys if key}
        }
        # Keys are compared lower-cased, exact only for letters without case variants
        # beyond what ``lower`` maps (any ASCII, or no case at all: "€").
        self.keyed = bool(keys) and all(key and caseless_beyond_ascii(key) for key in keys)
        # The ASCII characters that lower-case to a key's last character: an ASCII window end
        # outside them is answered by one set lookup.
        self.ascii_ends = _ascii_lowering_to(self.lengths_by_end)
        # per key: the phrases whose last word it ends with (a text that ends with the key
        # ends with each of those words too), whether all are single words (a match then
        # starts where the key does, or later), and the most words one of them has (a match
        # covers that many whitespace-separated runs at the end of the window at most)
        self.by_key: dict[str, tuple[re.Pattern[str], bool, int]] = {}
        for key in keys:
            subset = [phrase for phrase in phrases if key.endswith(last[phrase])]
            single = all(phrase.split() == [phrase] for phrase in subset)
            words = max(len(phrase.split()) for phrase in subset)
            self.by_key[key] = (re.compile(wrap.format(before_pattern(subset))), single, words)

    def search(self, window: str) -> re.Match[str] | None:
        """What ``search`` of the full regex finds in ``window``."""
        stripped = window.rstrip()
        last = stripped[-1:]
        if (
            self.keyed
            and last not in self.ascii_ends
            and (
                last.isascii()
                or (last.lower() not in self.lengths_by_end and last not in LOWER_HAZARDS)
            )
        ):
            # Most windows: the character a match would end with ends no phrase (ignoring
            # case, a letter matches only what lower-cases to it, bar the hazards).
            return None
        tail = stripped[-self.lengths[0] :]
        if not self.keyed or (not tail.isascii() and any(c in tail for c in LOWER_HAZARDS)):
            return self.full.search(window)
        tail = tail.lower()
        # A tail shorter than a key's length is compared whole, as ``tail[-length:]`` is, so
        # the lengths tried for its last character find the key the full loop would find.
        for length in self.lengths_by_end.get(tail[-1:], ()):
            found = self.by_key.get(tail[-length:])
            if found is not None:
                regex, single, words = found
                if single:
                    return regex.search(window, len(stripped) - length)
                # "the end of the": a match starts no earlier than the last ``words`` runs of
                # non-space characters, so the search skips the window before them (``^``
                # still means the window's start, and lookbehinds still see before ``pos``)
                runs = stripped.rsplit(None, words)
                return regex.search(window, len(runs[0]) if len(runs) > words else 0)
        return None


class EndsWithPhrase:
    """A ``$``-anchored regex whose matches end with one of ``words`` (then spaces), searched
    only in windows whose last character before the spaces can end one of them.

    ``_rel_before_re`` ("last", "this", "the coming" before a month or weekday) runs for most
    month, weekday and holiday matches, trying every start in the 48-character window; the
    word before them is rarely one of these, which its last character tells. As in
    :class:`PhrasesBefore`, case is ignored by lower-casing that character, exact for
    ASCII letters bar the ``LOWER_HAZARDS``; other words turn the shortcut off.

    ``max_words``, when given, is the most whitespace-separated words a match holds: a
    window whose last character passes is then searched only from the start of its last
    ``max_words`` runs of non-space characters, where any match must start (as in
    :class:`LastWordBefore`). After "at", "is", "its" or "was", the last character of
    "last" and "this", the search no longer tries all 48 starts.
    """

    def __init__(
        self, regex: re.Pattern[str], words: Iterable[str], *, max_words: int | None = None
    ) -> None:
        self.regex = regex
        self.max_words = max_words
        ends = [word[-1:] for word in words]
        usable = all(end and not end.isspace() and caseless_beyond_ascii(end) for end in ends)
        self.ends: frozenset[str] | None = (
            frozenset(end.lower() for end in ends) if usable and ends else None
        )
        self.ascii_ends = _ascii_lowering_to(self.ends or ())

    def search(self, window: str) -> re.Match[str] | None:
        """What ``regex.search(window)`` finds."""
        if self.ends is not None:
            last = window.rstrip()[-1:]
            if last not in self.ascii_ends and (
                last.isascii() or (last.lower() not in self.ends and last not in LOWER_HAZARDS)
            ):
                return None
        if self.max_words is not None:
            runs = window.rstrip().rsplit(None, self.max_words)
            return self.regex.search(window, len(runs[0]) if len(runs) > self.max_words else 0)
        return self.regex.search(window)


def _ascii_lowering_to(ends: Iterable[str]) -> frozenset[str]:
    """The ASCII characters whose ``lower()`` is one of ``ends``: for an ASCII character,
    membership here is the test ``char.lower() in ends`` (the hazards are not ASCII)."""
    targets = set(ends)
    return frozenset(chr(code) for code in range(128) if chr(code).lower() in targets)


class LastWordBefore:
    """A ``$``-anchored regex whose matches are one word without whitespace, then spaces
    (``[A-Z][\\w&-]*\\s+$``), searched only from the last run of non-space characters.

    Searching the whole 48-character window tries every start in it; a match cannot start
    before that run, so the search begins there (``^`` still means the window's start, and a
    lookbehind still sees the character before the run).
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    def search(self, window: str) -> re.Match[str] | None:
        """What ``regex.search(window)`` finds."""
        runs = window.rstrip().rsplit(None, 1)
        return self.regex.search(window, len(runs[0]) if len(runs) > 1 else 0)
