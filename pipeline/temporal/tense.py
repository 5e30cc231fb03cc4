"""Sentences and tense: whether a sentence puts a date without a year in the past or future.

The brief's rule ("a weekday or a month is the latest one on or before R unless its sentence
puts it in the future") needs the tense cues around each such date. :class:`TenseCues` holds
the regexes (built once per rule set); :class:`TextTense` applies them to one text and
remembers every window it has scanned, so a sentence with many dates is scanned once per
clause, not once per date, and each date then costs two binary searches: linear in the
sentence, where scanning it per date was quadratic (issue 12, item 10).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pipeline.datelines import DATELINE
from pipeline.temporal.phrases import phrase_alternation, phrase_trie
from pipeline.temporal.rules import DateRules
from pipeline.temporal.values import Relation

_CLOCK_CONTINUES_RE = re.compile(
    r"(?:(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)(?:\s+[A-Z][a-z]+day)?|[A-Z][a-z]+day)\b"
    r"(?!\s+[A-Z0-9])"
)
"""What may follow "a.m."/"p.m." in the same sentence: a time zone or a weekday ("9 a.m. EST
Tuesday"), unless a capitalised word or a number follows it too (a new sentence)."""

_NO_PARTICIPLE = r"(?<!\bbe\s)(?<!\bto\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"
"""A past form after "be", "to", "is", "are" or "being" is a participle, no past tense ("will
be paid", "to be held", "when the appeal is heard in June")."""

_NO_ADJECTIVE = (
    r"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)\s)(?<!\b[Tt]heir\s)"
)
"""An "-ed" word after a determiner is an adjective, no past tense: "object to the amended
scheme at a May 28 meeting", "a revised plan" (a hearing notice in a regional paper)."""


class TenseCues:
    """The sentence, clause and tense-cue regexes of one rule set."""

    def __init__(self, rules: DateRules) -> None:
        # Tense cues are matched case-sensitively: "may" is a cue, "May" is a month. One scan
        # finds the listed cues of the three tenses; where they overlap the future is tried
        # first, then the past, so "is to" is a future and "has been" a past, not the present
        # "is" and "has". A present verb ("says", "is", "has set") places a date without a
        # year nowhere in particular: the nearest occurrence (``Relation``). A participle after
        # "be", "is" or "to" is no past tense (``_NO_PARTICIPLE``). "next to" is a place.
        # (The cue lists are tries: the regex runs at every offset of a sentence, and a
        # flat alternation of 150 cues was the dearest part of placing a date by tense.)
        self.listed_re = re.compile(
            rf"(?<![\w'’-])(?:(?!next\s+to\b)(?P<future>{phrase_trie(rules.future_cues)})"
            rf"|{_NO_PARTICIPLE}(?P<past>{phrase_trie(rules.past_cues)})"
            rf"|(?P<present>{phrase_trie(rules.present_cues)}))(?!\w)"
        )
        # The weaker cues, in a second scan. Any "-ed" word is a past cue only where no listed
        # one is (in the date's clause): it is often a participle used as an adjective
        # ("preferred shares", "markets untouched by"). An infinitive between a past verb and
        # the date moves the date off the past verb's time ("agreed to purchase the line in
        # February", "asked it to reply by Nov. 14"): it is placed as in a present sentence.
        # A regular past is a whole lower-case word: two letters or more, the last of them
        # no "e", then "ed". The word is taken whole (``++``) and its end checked once,
        # where ``[a-z]{2,}(?<!e)ed`` backtracked through every shorter length of it. That
        # check comes first, so the participle and adjective lookbehinds run at "-ed" words only.
        # "to" before a determiner or a listed noun ("shot to death", "came to power") is a
        # preposition, no infinitive.
        not_verbs = phrase_alternation([*rules.determiners, *rules.nouns_after_to])
        self.weak_re = re.compile(
            rf"(?<![\w'’])(?:(?=[a-z]++(?<=[a-z][a-df-z]ed)(?!\w)){_NO_PARTICIPLE}{_NO_ADJECTIVE}"
            r"(?P<regular>[a-z]++)"
            rf"|(?P<infinitive>to\s+(?!(?:{not_verbs})\b)[a-z]{{2,}}\b))"
        )
        # A date right before a noun for an event with a time of its own ("the Jan. 14
        # deadline", "set June 1 as the deadline") is not placed by the sentence's verb: whether
        # the deadline was set, missed or awaited, it is the nearest such date.
        own_time = phrase_alternation(rules.own_time_nouns) if rules.own_time_nouns else "(?!)"
        self.own_time_re = re.compile(rf"\s+(?:as\s+(?:the|a|its|their)\s+)?{own_time}\b")
        # ... or a few words after one, in its clause ("extended its deadline until 9 a.m.
        # Tuesday", "the deadline is Friday")
        self.own_time_before_re = re.compile(rf"(?<![\w-]){own_time}\b[^,;:()\n]{{0,30}}$")
        # Goods traded now for a later delivery ("sold three cargoes for June/July shipment",
        # "for October 3-18 delivery", "for delivery between August 2 and November 9"):
        # the date after "for" is the coming one, whatever the tense of the sale. A date before
        # the noun (after "for", or in a list of ranges that "for" opens) or after "for <noun> in"
        # (or the end of a "between ... and" after it). "November shipments were" is a past
        # statistic: no "for".
        forward = phrase_alternation(rules.forward_nouns) if rules.forward_nouns else "(?!)"
        range_start = r"(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\d{1,2})"
        joiner = r"(?:\s*[-–/]\s*|\s+(?:to|and|through)\s+)"
        self.forward_after_re = re.compile(rf"(?:{joiner}{range_start}){{0,3}}\s+(?i:{forward})\b")
        self.forward_for_re = re.compile(
            rf"(?<![\w-])(?i:for)\s+(?:the\s+)?(?:{range_start}{joiner}){{0,3}}$"
        )
        self.forward_noun_before_re = re.compile(
            rf"(?<![\w-])(?i:for)\s+(?i:{forward})\s+(?:in|between|from|during|by|before|on"
            rf"|after|until)\s+(?:(?:early|late|mid)[\s-]+|[^,;:()\n]{{1,24}}?\s+(?:and|to"
            rf"|through|until)\s+)?$"
        )
        # A date between a determiner and a lower-case word is that noun's time ("respond to
        # the June 4 floods", "review its May 3 report"), as a possessive date is.
        self.attributive_before_re = re.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(rules.determiners)})\s+$"
        )
        self.lower_word_after_re = re.compile(r"\s+[a-z]{2,}\b")
        # A regular past tense right before the date: "ruled Wednesday", "issued on July 1";
        # after "be" a participle ("will be completed Nov. 1"), as in the scans.
        self.adjacent_past_re = re.compile(
            rf"(?<![\w'’]){_NO_PARTICIPLE}[a-z]{{2,}}(?<!e)ed\s+(?:on\s+)?$"
        )
        self.clause_break_re = re.compile(
            rf"[,;:()\[\]—–]|(?<![\w-]){phrase_alternation(rules.clause_words)}(?![\w-])"
        )
        # ``[.!?]+ … | \n``, written to start with one character class so that ``re`` can
        # skip ahead to the next candidate character instead of trying every offset.
        self.sentence_end_re = re.compile(
            r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’')\]]*\s+(?=[\"“‘'`(\[]*[A-Z0-9]))"
        )
        self.abbreviation_re = re.compile(
            rf"(?:^|(?<![\w.])){phrase_alternation(rules.abbreviations)}$|(?<!\w)[A-Z]$"
        )
        # What a window the abbreviation regex matches must end with (before a final "\n"):
        # a cheap test that skips the search after most full stops.
        self.abbreviation_ends: tuple[str, ...] | None = (
            None
            if any(not word or any(char.isspace() for char in word) for word in rules.abbreviations)
            else (*rules.abbreviations, *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        )

    def sentence_starts(self, text: str) -> list[int]:
        """Sentence start offsets: a rough split that ignores "Mr." and initials ("P."), and
        "a.m."/"p.m." before a time zone or a weekday ("at 4 a.m. EDT Thursday")."""
        starts = [0]
        for found in self.sentence_end_re.finditer(text):
            stop = found.start()
            if text[stop] == "." and self._abbreviation_before(text[max(0, stop - 12) : stop]):
                continue
            if (
                text[stop] == "."
                and text.endswith(("a.m", "p.m"), max(0, stop - 3), stop)
                and _CLOCK_CONTINUES_RE.match(text, found.end())
            ):
                continue
            starts.append(found.end())
        return starts

    def _abbreviation_before(self, window: str) -> bool:
        """Whether ``window`` ends with an abbreviation or an initial ("Mr", "U.S", "P")."""
        ends = self.abbreviation_ends
        if ends is not None and not (
            window.endswith(ends) or (window.endswith("\n") and window[:-1].endswith(ends))
        ):
            return False
        return self.abbreviation_re.search(window) is not None


@dataclass(frozen=True)
class _Found:
    """The matches of one regex in one window, as sorted start and end offsets."""

    starts: list[int]
    ends: list[int]

    def nearest(self, start: int, end: int, side: str = "either") -> int | None:
        """Character distance from ``[start, end)`` to the nearest match outside it
        (``side``: "before" it, "after" it, or "either").

        Matches of one ``finditer`` do not overlap, so ends are sorted like starts: the
        nearest match before the span is the last to end by ``start``, the nearest after it
        the first to start from ``end``.
        """
        best: int | None = None
        before = bisect_right(self.ends, start) - 1
        if before >= 0 and side != "after":
            best = start - self.ends[before]
        after = bisect_left(self.starts, end)
        if after < len(self.starts) and side != "before":
            distance = self.starts[after] - end
            if best is None or distance < best:
                best = distance
        return best


class TextTense:
    """Sentences and tense for one text, with every scanned window remembered."""

    def __init__(self, cues: TenseCues, text: str) -> None:
        self.cues = cues
        self.text = text
        self._starts: list[int] | None = None
        self._found: dict[tuple[int, int, int], dict[str | None, _Found]] = {}
        self.scanned = 0
        """Characters scanned for cues so far (tests check it grows linearly)."""

    def sentence(self, position: int) -> tuple[int, int]:
        """The start and end of the sentence ``position`` is in."""
        if self._starts is None:
            self._starts = self.cues.sentence_starts(self.text)
        starts = self._starts
        index = bisect_right(starts, position) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def _scan(
        self, kind: int, regex: re.Pattern[str], lo: int, hi: int
    ) -> dict[str | None, _Found]:
        """The matches of ``regex`` in ``text[lo:hi]`` by the named group that matched (``None``
        for a regex without groups), scanned once per window."""
        key = (kind, lo, hi)
        found = self._found.get(key)
        if found is None:
            self.scanned += hi - lo
            spans: dict[str | None, list[tuple[int, int]]] = {}
            for match in regex.finditer(self.text, lo, hi):
                spans.setdefault(match.lastgroup, []).append(match.span())
            found = self._found[key] = {
                group: _Found([s for s, _ in items], [e for _, e in items])
                for group, items in spans.items()
            }
        return found

    def _in_dateline(self, start: int, end: int) -> bool:
        """The date is in a dateline ("CHICAGO, March 22 (Wirex) --"): a story is filed on or
        before it is published, whatever the sentence after the dash says ("... plans to")."""
        line = self.text.rfind("\n", 0, start) + 1
        if start - line > 48:
            return False
        found = DATELINE.match(self.text, line)
        return found is not None and end <= found.end()

    @staticmethod
    def _clause(breaks: _Found, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """The clause around ``[start, end)``: from the last break before it to the next one
        after it, within the sentence ``[lo, hi)``."""
        last = bisect_right(breaks.ends, start) - 1
        following = bisect_left(breaks.starts, end)
        return (
            breaks.ends[last] if last >= 0 else lo,
            breaks.starts[following] if following < len(breaks.starts) else hi,
        )

    def relation(self, sentence: tuple[int, int], start: int, end: int) -> Relation:
        """The sentence's tense for the date at ``[start, end)`` (see ``_relation``), but a
        possessive or attributive date in a future sentence is the nearest: it names the time
        of the noun after it, which is often done already ("will appeal Monday's ruling",
        "would study Tuesday's offer", "will respond to the June 4 floods"). In a past
        sentence the past still decides
        ("shares fell around Friday's close")."""
        relation = self._relation(sentence, start, end)
        if relation == "future" and (
            self.text.startswith(("'s", "’s"), end) or self._attributive(start, end)
        ):
            return "nearest"
        return relation

    def _attributive(self, start: int, end: int) -> bool:
        """Whether a day stands between a determiner and a lower-case word, as a noun's time
        ("respond to the June 4 floods"): a possessive date without its "'s". A month alone
        there keeps the sentence's tense ("the October edition will be printed" is next October)."""
        cues = self.cues
        return (
            any(character.isdigit() for character in self.text[start:end])
            and cues.attributive_before_re.search(self.text, max(0, start - 8), start) is not None
            and cues.lower_word_after_re.match(self.text, end) is not None
        )

    def _forward(self, start: int, end: int) -> bool:
        """Whether the date is when goods traded now are delivered ("for June shipment",
        "for delivery between August 2 and November 9"): a coming date."""
        cues, text = self.cues, self.text
        window = text[max(0, start - 64) : start]
        if "for" not in window.lower():
            return False  # the cheap test: both forms have "for" before the date
        if cues.forward_for_re.search(window) is not None:
            return cues.forward_after_re.match(text, end) is not None
        return cues.forward_noun_before_re.search(window) is not None

    def _relation(self, sentence: tuple[int, int], start: int, end: int) -> Relation:
        """Whether the sentence puts a date in the past or the future, or neither (``nearest``).

        The brief's "will", "next", "is due to" rule, read as "the verb that governs the date
        wins": in the date's own clause (between commas, or before "that") the nearest cue
        before the date decides ("will double its flights … by August in the search for new
        markets untouched by …": "will", not the participle after); with none before it, the
        nearest after it ("Sales in May rose"); then the same across the sentence, before the
        date first, so in "X will begin on Sept. 3, officials said" and "X has agreed to sell
        A, B and C in March, officials said" the reporting verb does not decide. A date before
        a noun with a time of its own ("the Jan. 14 deadline") is placed nearest. On a
        tie the future wins, then the past. A sentence with only present cues ("the council
        reconvenes Feb. 12", "says", "is calling for … on Dec. 7"), or none, gives
        ``nearest``.
        """
        cues, text = self.cues, self.text
        lo, hi = sentence
        if self._in_dateline(start, end):
            return "past"
        if self._forward(start, end):
            return "future"
        if (
            cues.own_time_re.match(text, end) is not None
            or cues.own_time_before_re.search(text, max(lo, start - 48), start) is not None
        ):
            return "nearest"
        # A regular past right before the date counts as a past cue at distance 0 ("ruled
        # Wednesday", "issued on July 1"); a future cue ending there too still wins a tie
        # ("scheduled Monday").
        adjacent = cues.adjacent_past_re.search(text[max(lo, start - 32) : start]) is not None
        breaks = self._scan(0, cues.clause_break_re, lo, hi).get(None, _NONE)
        clause_lo, clause_hi = self._clause(breaks, start, end, lo, hi)
        if text[clause_lo - 1 : clause_lo] in "([" and text[clause_hi : clause_hi + 1] in ")]":
            # a bracketed gloss ("will leave at dawn (4 a.m. Thursday)") is read in the
            # clause it glosses
            clause_lo, clause_hi = self._clause(breaks, clause_lo - 1, clause_hi + 1, lo, hi)
        for whole, (window_lo, window_hi) in enumerate(((clause_lo, clause_hi), (lo, hi))):
            found = self._scan(1, cues.listed_re, window_lo, window_hi)
            listed = [found.get(tense, _NONE) for tense in ("future", "past", "present")]
            weak = self._scan(2, cues.weak_re, window_lo, window_hi)
            regular, infinitive = weak.get("regular", _NONE), weak.get("infinitive", _NONE)
            for side in ("before", "after"):
                distances = [found.nearest(start, end, side) for found in listed]
                if adjacent and side != "after":
                    distances[1] = 0
                if whole or all(distance is None for distance in distances):
                    # in the clause an "-ed" word counts only where no listed cue does;
                    # across the sentence it counts like one ("On Wednesday, X published …")
                    distances[1] = _closer(distances[1], regular.nearest(start, end, side))
                known = [(d, i) for i, d in enumerate(distances) if d is not None]
                to_verb = infinitive.nearest(start, end, "before") if side == "before" else None
                if known:
                    distance, kind = min(known)
                    if kind == 1 and to_verb is not None and to_verb < distance:
                        return "nearest"
                    return _TENSES[kind]
                if to_verb is not None:
                    return "nearest"
        return "nearest"


_TENSES: tuple[Relation, ...] = ("future", "past", "nearest")
_NONE = _Found([], [])


def _closer(first: int | None, second: int | None) -> int | None:
    """The smaller of two distances, either of which may be missing."""
    if first is None or second is None:
        return second if first is None else first
    return min(first, second)
