"""The trigger scan: one pass over the text that tells each date family where it may match.

Running every family regex over the whole text cost more than the tokenizer; every family
match starts with a word, a number or a quote its :class:`Trigger` names, so one scan for
those heads gives each family the few offsets where ``regex.match`` is worth trying.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.temporal.phrases import LOWER_HAZARDS, caseless_beyond_ascii


@dataclass(frozen=True)
class Trigger:
    """What every match of a family starts with, as one scan of the lower-cased text sees it.

    ``phrases`` are the phrases a match can start with (``"january"``, ``"the same"``), in
    lower case or not; a leading run of digits stands for any as many digits (``"9999"`` is a
    four-digit number, ``"1st"`` a digit and "st"). ``follow`` is a lower-case regex for what
    must come right after the phrase. A trigger may fire where the family then finds nothing,
    but must never miss a place where it matches: every family match starts after a non-word
    character (each family regex opens with a lookbehind that says so) with one of its
    phrases, followed by ``follow``. ``test_trigger_scan_*`` in ``tests/test_dates.py``
    compares the scan with running every regex over the whole text.
    """

    phrases: tuple[str, ...]
    follow: str = ""


_HEAD = re.compile(r"\d+|[^\W\d_]+|['’]")


class TriggerScan:
    """Where each family can match: found by one regex pass over the lower-cased text.

    Running all ~27 family regexes over the whole text cost more than the tokenizer. Every
    family match starts with a word, a number or a quote that its :class:`Trigger` names,
    so one scan for those heads (a trie, with what must follow as a lookahead) gives each
    family the few offsets where ``regex.match`` is worth trying.
    """

    def __init__(self, triggers: list[tuple[Trigger, ...]]) -> None:
        words: dict[str, dict[int, set[str]]] = {}  # head word -> family -> lookaheads
        groups: dict[str, dict[int, set[str]]] = {}  # "d4" (4 digits), "quote" -> the same
        # Rule data the scan cannot key exactly (a phrase that starts with neither a word nor
        # a quote, or a letter with case variants ``lower`` does not map, as in "σ"/"ς")
        # turns the scan off: every family regex then runs over the whole text.
        self.enabled = True
        for index, family_triggers in enumerate(triggers):
            for trigger in family_triggers:
                for phrase in trigger.phrases:
                    phrase = phrase.lower()
                    head = _HEAD.match(phrase)
                    if head is None or not caseless_beyond_ascii(phrase):
                        self.enabled = False
                        continue
                    rest = re.escape(phrase[head.end() :]).replace(r"\ ", r"\s+")
                    if head[0][0].isdigit():
                        table, key = groups, f"d{len(head[0])}"
                    elif head[0] in "'’":
                        table, key = groups, "quote"
                    else:
                        table, key = words, head[0]
                    table.setdefault(key, {}).setdefault(index, set()).add(rest + trigger.follow)
        # The trie finds the longest head whose lookahead holds, so a head also triggers the
        # families of the shorter heads it starts with ("march" those of "mar").
        self.word_families = {
            word: tuple(sorted({i for head in words if word.startswith(head) for i in words[head]}))
            for word in words
        }
        self.group_families = {key: tuple(sorted(groups[key])) for key in groups}
        # Each alternative starts after a non-word character (the scan runs over the text
        # with a space in front, so offsets come out unshifted); ``re`` jumps from one such
        # character to the next. Heads consume only word characters and the quote nothing,
        # so the non-word character before the next head is never used up.
        digits = "|".join(
            rf"(?P<d{n}>\d{{{n}}}(?!\d){_lookahead(groups[f'd{n}'])})"
            for n in sorted(int(key[1:]) for key in groups if key != "quote")
        )
        trie = _trie({word: _lookahead(follows) for word, follows in words.items()})
        alternatives = [f"(?P<word>{trie})"]
        if digits:
            alternatives.append(rf"(?=\d)(?:{digits})")
        if "quote" in groups:
            alternatives.append(rf"(?P<quote>(?=['’]{_lookahead(groups['quote'])}))")
        self.regex = re.compile(r"\W(?:" + "|".join(alternatives) + ")")
        self.count = len(triggers)

    def starts(self, text: str) -> list[list[int]] | None:
        """Per family, the ascending offsets where it may match; ``None`` to scan everything.

        Every other character lower-cases to one character, so offsets in the lower-cased
        text are offsets in ``text``; texts with one of the ``LOWER_HAZARDS`` are scanned in
        full.
        """
        if not self.enabled or (not text.isascii() and any(char in text for char in LOWER_HAZARDS)):
            return None
        lowered = (" " + text).lower()
        starts: list[list[int]] = [[] for _ in range(self.count)]
        word_families, group_families = self.word_families, self.group_families
        for found in self.regex.finditer(lowered):
            kind = found.lastgroup
            indices = word_families[found["word"]] if kind == "word" else group_families[kind]
            position = found.start()  # the head's offset in ``text``: one after, one less
            for index in indices:
                starts[index].append(position)
        return starts


_SPACES = r"\s+"


def _lookahead(follows: Mapping[int, set[str]]) -> str:
    """One lookahead for what may follow a head in any of its families ("" if anything).

    The options that open with spaces share one ``\\s+`` ("the" is followed by a dozen
    phrases): ``re`` tries a lookahead's options one by one, and "the" alone is thousands
    of offsets in a long text; with the spaces matched once, what follows them is told by
    its first letter. A lookahead only asks whether one option matches, so the answer is
    the same.
    """
    options = sorted({follow for family in follows.values() for follow in family})
    if "" in options:
        return ""
    spaced = [option[len(_SPACES) :] for option in options if option.startswith(_SPACES)]
    if len(spaced) > 1:
        options = [option for option in options if not option.startswith(_SPACES)]
        options.append(_SPACES + "(?:" + "|".join(spaced) + ")")
    return "(?=" + "|".join(options) + ")"


def _trie(words: Mapping[str, str]) -> str:
    """An alternation of ``words`` (each with its lookahead) as a trie, longest path first.

    ``re`` tries alternatives one by one; sharing prefixes makes a position that starts no
    head fail after one character instead of once per word.
    """
    tree: dict[str, Any] = {}
    for word, lookahead in words.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = lookahead

    def emit(node: dict[str, Any]) -> str:
        options = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if "" in node:
            options.append(node[""])
        return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"

    return emit(tree)
