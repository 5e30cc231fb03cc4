"""Names listed with an organisation: "Kelvo and Geely", "Marvane Bancorp, Tillwater and Orso".

News lists organisations of one kind together ("talks between X and Y", "only X and Y had
fewer sales", "X, Y and Z reported"), and usually only one of them carries a head word, a
legal form or a cue. A run of name words joined to a found organisation by "and", "or" or the
commas of a list that "and" or "or" closes names an organisation too (issue 11, item 7). The
list is read from the found name outwards; a comma alone ("Kelvo, Brontal said") is an
apposition or a place, not a list, so the members beyond a comma count only when an "and" or
"or" closes the list.

Counter-evidence rules a member out, as for the context cues (``CueNames.rejected``): a place,
a title or a grammar word, a person (a first name, "Mr.", a title before it, a word the
article writes after a first name), a head word alone, a nationality, a place noun after it
("Brenmoor airport"), and a one-word member that the article also writes in lower case (an
everyday word, not a name). Headlines and lines in capitals, where every word is capitalised,
are not read.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.cues import SURNAME_PARTICLES, CueNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import written_in_lower_case

CLOSERS = frozenset({"and", "or"})
"""Words that close a list of names ("X, Y and Z")."""
COMMA = ","
BOUNDARIES = frozenset({",", ":", ";", "(", '"', "“", "‘", "-", "–", "—"})
"""Punctuation that may stand before a list's first member."""
JOB_TITLES = frozenset(
    {"officer", "manager", "director", "head", "chief", "secretary", "president", "chairman"}
    | {"chairwoman", "spokesperson", "spokesman", "spokeswoman", "executive", "editor"}
    | {"correspondent", "analyst", "minister", "adviser", "advisor", "founder", "partner"}
)
"""Last words of a person's post ("Public Relations Officer"), listed beside a body's name."""


class CoordinatedNames:
    """Finds the other members of a list that a found organisation belongs to."""

    def __init__(self, lex: OrgLexicon, cues: CueNames) -> None:
        self.lex = lex
        self.cues = cues

    def find(
        self,
        tokens: DocView,
        found: list[Span],
        sentences: list[tuple[int, int]],
        skipped: list[bool],
        places: set[str],
        anchors_from: list[Span] | None = None,
    ) -> list[Span]:
        """One ORG span per list member next to a found name; ``skipped`` flags the
        sentences not read (headlines and lines in capitals). With ``anchors_from`` only
        its names are read for lists; every name in ``found`` still counts as taken."""
        words = tokens.words
        anchors = [
            span
            for span in (found if anchors_from is None else anchors_from)
            if (span.end < len(words) and (words[span.end] in CLOSERS or words[span.end] == COMMA))
            or (span.start > 0 and words[span.start - 1] in CLOSERS)
            or (span.start > 1 and words[span.start - 1] == COMMA)
        ]
        if not anchors:
            return []
        starts = [start for start, _ in sentences]
        # the found names' tokens, gathered at the first candidate member: most anchors
        # have none (the word after the comma or "and" is no name), and then no article
        # pays for the set
        taken: set[int] | None = None
        people: set[str] | None = None
        spans: list[Span] = []
        for anchor in anchors:
            index = bisect_right(starts, anchor.start) - 1
            if index < 0 or skipped[index]:
                continue
            sent_start, sent_end = sentences[index]
            members = self.members(words, anchor.start, anchor.end, sent_start, sent_end)
            if any(w in self.lex.connectors for w in words[anchor.start : anchor.end]):
                # "Institute for Structural and ...": an of-chain may go on after "and"
                members = (members[0], [])
            for side in members:
                for left, right in side:
                    if taken is None:
                        taken = {i for span in found for i in range(span.start, span.end)}
                    if not self.member(tokens, left, right, sent_start, places, taken):
                        break  # the list is read outwards from the name, up to a non-name
                    if right - left == 1:
                        if people is None:
                            people = self.cues.surnames(words)
                        if words[left] in people:
                            break  # "Kelvo and Marlow" after "Edwin Marlow"
                    taken.update(range(left, right))
                    spans.append(Span(tokens.doc, left, right, label="ORG"))
        return spans

    def member(
        self,
        tokens: DocView,
        left: int,
        right: int,
        sent_start: int,
        places: set[str],
        taken: set[int],
    ) -> bool:
        """The run at ``left:right`` is a new organisation's name: no token of a name found
        already, no evidence against it (see the module's docstring)."""
        words = tokens.words
        if any(i in taken for i in range(left, right)):
            return False
        if left > 0 and (
            words[left - 1] in self.lex.connectors or words[left - 1] in SURNAME_PARTICLES
        ):
            return False  # "de Vries", "van Dijk": a particle opens a person's surname
        before = words[left - 1] if left > sent_start else ","
        if not (before.isalpha() or before in BOUNDARIES):
            return False  # "Shop 'n Save": a piece of a name written with a contraction
        if words[right - 1].endswith(".") and words[right - 1].lower() not in self.lex.legal_words:
            return False  # "Kelvo." with its sentence's full stop: the tokens say no more
        if words[right - 1].lower() in JOB_TITLES:
            return False  # "Public Relations Officer, Kelvo Department": a person's post
        # a first name alone in a list of organisations is a brand ("Kelvo, Marta and
        # Quillan"); a surname the article gives after a first name is still a person
        after = words[right] if right < len(words) else ""
        if after in self.lex.hyphens and right + 1 < len(words) and words[right + 1].islower():
            return False  # "Tsang Wai-lun": a name written on with a hyphen is a person's
        alone = (
            right - left == 1 and words[left] in self.lex.first_names and not after[:1].isupper()
        )  # "Marta To": a capitalised word after a first name makes a person
        if self.cues.rejected(tokens, left, right, sent_start, places, employer=alone):
            return False
        return not (
            right - left == 1 and written_in_lower_case(tokens, words[left])
        )  # an everyday word the article writes in lower case

    def members(
        self, words: list[str], start: int, end: int, sent_start: int, sent_end: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Token bounds of the other members of the list around the name at ``start:end``,
        before it and after it, each side from the nearest outwards."""
        right, closed = self.rightwards(words, end, sent_end)
        return self.leftwards(words, start, sent_start, closed), right

    def rightwards(
        self, words: list[str], end: int, sent_end: int
    ) -> tuple[list[tuple[int, int]], bool]:
        """Members after the name, and whether an "and" or "or" joined one of them. Members
        after commas only count up to the last one that a closer joined."""
        members: list[tuple[int, int]] = []
        kept = 0
        closed = False
        while end + 1 < sent_end:
            sep = words[end]
            start = end + 1
            if sep == COMMA and words[start] in CLOSERS:
                start += 1  # "X, Y, and Z"
                sep = words[start - 1]
            if sep != COMMA and sep not in CLOSERS:
                break
            if start < sent_end and words[start] == "the":
                start += 1  # "Kelvo and the Brontal Group"
            right = self.cues.run_right(words, start, sent_end)
            if right == start or (right < sent_end and words[right] in ("of", "for")):
                break  # no name, or the first words of an of-chain the name rules read
            members.append((start, right))
            if sep in CLOSERS:
                kept = len(members)
                closed = True
                break  # the list ends with its closer
            end = right
        return members[:kept], closed

    def leftwards(
        self, words: list[str], start: int, sent_start: int, closed: bool
    ) -> list[tuple[int, int]]:
        """Members before the name: one joined by a closer, then any before it joined by
        commas ("X, Y and <name>"); after a comma only when a closer follows the name."""
        members: list[tuple[int, int]] = []
        first = True
        while start - 1 > sent_start:
            sep = words[start - 1]
            if sep in CLOSERS and first:
                closed = True
            elif sep != COMMA or not closed:
                break
            end = start - 1
            if sep in CLOSERS and words[end - 1] == COMMA:
                end -= 1  # "X, Y, and <name>"
            left = self.cues.run_left(words, end)
            if left == sent_start and left < end and self.lex.is_sentence_opener(words, left):
                left += 1  # "Only Kelvo and Geely": a grammar word opens the sentence
            if left == end or (left > 0 and words[left - 1] in ("of", "for")):
                break
            members.append((left, end))
            start = left
            first = False
        return members
