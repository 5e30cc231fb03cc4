"""Rule 3: names the text itself calls a company ("start-up Fjordcell", "Brisco, a maker of").

A descriptor noun just before a Title Case run, or an apposition ", a/an/the ..." with a
descriptor within six words after a Title Case word, makes that run a candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.coordinated import JOB_TITLES
from pipeline.orgs.cues import FOREIGN_ARTICLES, PERSON_TITLES
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.names import NameBounds
from pipeline.orgs.word_lists import Matches

_ATTRIBUTION_VERBS = frozenset(
    {"said", "says", "announced", "added", "stated", "reported", "confirmed", "told", "noted"}
)
"""Verbs after ", the company" that make the clause an attribution, not an apposition."""

MEDIA_NOUNS = frozenset(
    {"newspaper", "magazine", "journal", "weekly", "daily", "tabloid", "broadcaster"}
)
"""Descriptors that name a title: right after one, even a place's name is the publication
("the official newspaper Tribuna Nova", "the daily Kuwait Times")."""

BASED = "based"
"""The end of "Ohio-based"."""

_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)\b")
APPOSITION_REACH = 6
"""Words after the article within which the apposition's descriptor must stand."""
_PARTICIPLE_ENDINGS = ("ed", "ing")
_IRREGULAR_PARTICIPLES = frozenset({"held", "run", "known", "built", "made", "led", "set"})
"""Participles that a company's description opens with ("privately held", "state run")."""
_HEAD_FOLLOWERS = frozenset({"worth", "majority", "minority"})
"""Words after a head noun that go on describing it (", a start-up worth $2 billion")."""
_PLURAL_POSSESSIVES = frozenset({"'", "’"})
"""The possessive of a plural ("the firms' founders") is a token of its own."""
_PART_OF = re.compile(r",[ \t]+(?:now[ \t]+)?part[ \t]+of[ \t]+(?:the[ \t]+)?(?P<group>)")
"""", part of the Orso Group": the group's name starts where ``group`` (empty) matches."""


class DescribedNames:
    """Finds names next to a company descriptor."""

    def __init__(self, lexicon: OrgLexicon, bounds: NameBounds) -> None:
        self.lex = lexicon
        self.bounds = bounds

    @staticmethod
    def after_media_noun(words: list[str], start: int) -> bool:
        """The name at ``start`` follows a media descriptor ("newspaper Tribuna Nova")."""
        return start > 0 and words[start - 1].lower() in MEDIA_NOUNS

    @staticmethod
    def based_words(tokens: DocView) -> list[int]:
        """Tokens such as "Ohio-based" (or "Ohio - based"): a name in Title Case after one is
        a firm's or a group's ("Boston-based Vell Communications"); a person is written with a
        job word between ("London-based analyst Ana Lind").

        The tokens ending in "based" are found from the word's occurrences in the text (a
        binary search each), not by testing every token."""
        words, starts, ends, text = tokens.words, tokens.starts, tokens.ends, tokens.text
        found: list[int] = []
        at = text.find(BASED)
        while at != -1:
            stop = at + len(BASED)
            i = bisect_left(ends, stop)
            if i < len(ends) and ends[i] == stop and starts[i] <= at:
                word = words[i]
                if len(word) > len(BASED) or (i > 0 and words[i - 1] == "-"):
                    found.append(i)
            at = text.find(BASED, stop)
        return found

    def apposition_head(
        self, words: list[str], start: int, stop: int, descriptor_end: dict[int, int]
    ) -> int | None:
        """The index after the apposition's first descriptor if that descriptor heads it
        (its words start at ``start``, after the comma and its article), else None: ", a
        company founder who left the firm," is a person's, whatever follows."""
        for i in range(start, min(start + APPOSITION_REACH, stop)):
            end = descriptor_end.get(i)
            if end is not None:
                return end if self.heads_apposition(words, end) else None
        return None

    def heads_apposition(self, words: list[str], after: int) -> bool:
        """The descriptor ending before ``after`` is the apposition's head noun, not a word
        that describes another noun: ", a Chilean miner based in ...", ", a company wholly
        owned by ...", ", a start-up worth ..." and ", the company." describe the name, ", the
        company's founder", ", a firm believer" and ", a bank lending officer" a person."""
        if after >= len(words):
            return True
        word = words[after]
        if word in self.lex.apostrophe_s or word in _PLURAL_POSSESSIVES:
            return False
        lower = word.lower()
        if lower.endswith("ing") and after + 1 < len(words) and words[after + 1] in JOB_TITLES:
            return False  # a gerund in a post's name: ", a bank lending officer," is a person
        return (
            not lower.isalpha()
            or not word.islower()
            or lower in self.lex.stop_words
            or lower in _HEAD_FOLLOWERS
            or _participle(lower)
            or (after + 1 < len(words) and _participle(words[after + 1].lower()))
        )

    def starts_name(self, word: str) -> bool:
        """A name's shape, not only Title Case: "CITIC", "MicroMega", "Cloud9" too."""
        return self.lex.is_name_word(word) and any(c.isalpha() for c in word)

    def title_run(
        self,
        words: list[str],
        start: int,
        ceiling: int,
        step: int = 1,
        glued: frozenset[int] = frozenset(),
    ) -> int:
        """Index one past (or, with step -1, one before) a run of up to 4 name words.

        Rightwards from a descriptor, the run may open with a nationality that the next name
        word continues ("lender Irish Vellbank", "carrier British Skyways") and go over a
        particle of another language ("conglomerate Vale do Norte"). In either direction it
        goes over a hyphen that joins two name words with no space ("Tarl-Mart"): ``glued``
        holds the tokens of hyphenated words (``DocView.glued_tokens``)."""
        i, words_taken, joined = start, 0, False
        while 0 <= i < ceiling and (words_taken < 4 or joined):
            word = words[i]
            if step == 1 and i > start and self.bounds.particle_inside(words, i, start):
                i, words_taken = i + 1, words_taken + 1
                continue
            if (
                i != start
                and word in self.lex.hyphens
                and i + 1 in glued
                and 0 <= i + step < ceiling
                and self.lex.is_name_word(words[i + step])
            ):
                i, joined = i + step, True
                continue
            if not self.lex.is_name_word(word):
                break
            if word in self.lex.demonyms and not (
                step == 1 and i + 1 < ceiling and self.starts_name(words[i + 1])
            ):
                break  # "firm North American Vell Services" goes on, "Vell American" ends
            if not joined:  # a hyphenated word counts once, and is never cut
                words_taken += 1
            i, joined = i + step, False
        return i

    def described_names(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        starts: list[int],
        headline: list[bool],
    ) -> Iterable[Span]:
        """Names that the text calls a company: "start-up Fjordcell", "Brisco, a maker of"."""
        words, glued = tokens.words, tokens.glued_tokens
        descriptors = matches["DESCRIPTOR"]
        descriptor_end = dict(descriptors)
        """Start -> end of each descriptor: "start-up" is three tokens, "miner" one."""
        candidates: list[tuple[int, int, bool]] = [
            (end, end, True)
            for start, end in descriptors
            if end < len(words) and self.starts_name(words[end]) and not words[start].isupper()
        ]
        if BASED in tokens.text:  # the token pass only where the word occurs at all
            candidates += [
                (i + 1, i + 1, True)
                for i in self.based_words(tokens)
                if i + 1 < len(words) and self.starts_name(words[i + 1])
            ]
        if "part of" in tokens.text:  # the token pass only where the words occur at all
            spans = list(self.parts_of_groups(tokens, sentences, starts, headline))
        else:
            spans = []
        for match in _APPOSITION.finditer(tokens.text):
            comma = tokens.token_range(match.start(), match.start() + 1)
            if comma is not None and comma[0] > 0 and self.starts_name(words[comma[0] - 1]):
                candidates.append((comma[0] - 1, comma[1] + 1, False))
        for start, end, before in candidates:
            index = bisect_right(starts, start) - 1
            sent_start, sent_end = sentences[index]
            if headline[index]:
                continue
            if before:  # "start-up Fjordcell"
                left, right = start, self.title_run(words, start, sent_end, glued=glued)
            else:  # "Brisco, a Chilean lithium miner"
                named = self.apposition_head(words, end, sent_end, descriptor_end)
                if named is None:  # named: the word after the descriptor
                    continue
                if named < sent_end and words[named].lower() in _ATTRIBUTION_VERBS:
                    continue  # "... in Eindhoven, the company said": an attribution, no apposition
                if named < sent_end and self.lex.is_name_word(words[named]):
                    continue  # "Li Ming, the pressure group Rights Watch Asia said"
                right = start + 1
                left = self.title_run(words, start, len(words), step=-1, glued=glued) + 1
                left = max(left, sent_start)
                left = self.bounds.trim_left(words, left, start, sent_start)
                if left > 0 and words[left - 1].lower() in PERSON_TITLES:
                    continue  # "Premier Tal Varro, a rival of ...": a person
            if right <= left:
                continue
            name = words[left:right]
            if before and name[-1] in self.lex.connectors:
                right -= 1
                name = name[:-1]
            if (
                name[0] in self.lex.first_names
                and len(name) > 1
                and not (name[0] in FOREIGN_ARTICLES and self.after_media_noun(words, left))
            ):
                continue  # "partner Ana Ruiz": a person; "the daily Le Vellin" is a paper
            if name[0] in self.lex.not_name or (
                all(w.lower() in self.lex.common for w in name)
                and not (before and self.after_media_noun(words, left))
            ):
                continue  # "journal Coastal Ecology Letters" is a title all the same
            yield Span(tokens.doc, left, right, label="ORG")
        yield from spans

    def parts_of_groups(
        self,
        tokens: DocView,
        sentences: list[tuple[int, int]],
        starts: list[int],
        headline: list[bool],
    ) -> Iterable[Span]:
        """ "Trevane, part of the Orso Group, flies ...": a name set apart by a comma as part
        of an organisation named with a head word is a unit of that organisation. Not a
        person (a first name leading) nor a place."""
        words = tokens.words
        for match in _PART_OF.finditer(tokens.text):
            comma = tokens.token_range(match.start(), match.start() + 1)
            if comma is None or comma[0] == 0:
                continue
            index = bisect_right(starts, comma[0]) - 1
            sent_start, sent_end = sentences[index]
            if headline[index]:
                continue
            group = bisect_left(tokens.starts, match.end("group"))
            owner_end = self.title_run(words, group, sent_end)
            if not any(w in self.lex.heads for w in words[group:owner_end]):
                continue  # "Ana Lind, part of the team"
            right = comma[0]
            left = max(self.title_run(words, right - 1, len(words), step=-1) + 1, sent_start)
            left = self.bounds.trim_left(words, left, right, sent_start)
            if left >= right or words[left] in self.lex.first_names:
                continue
            if words[left] in self.lex.not_name or words[left] in self.lex.demonyms:
                continue
            yield Span(tokens.doc, left, right, label="ORG")


def _participle(word: str) -> bool:
    """A past or present participle, regular ("owned", "operating") or common irregular."""
    return word.endswith(_PARTICIPLE_ENDINGS) or word in _IRREGULAR_PARTICIPLES
