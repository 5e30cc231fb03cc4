"""Staff written after a one-word name: "Vexora executives", "Tarnel officials said".

``repeated`` takes a capitalised word the article keeps writing when one of its mentions sits
where only an organisation stands. Its role nouns ("Vexora's president", "Vexora sales manager
Ann Lee") need a possessive or a person's name after them, because a singular role after a
name may be a person's campaign or office. A plural noun for a body's people right after the
name ("Vexora bosses have said", "a visit by Tarnel officials") says the same with neither:
those people belong to the name, so it employs or has members. A town has officials and
workers too: a word the article also writes after a preposition of place ("in Tarnby") is
left to the other rules. The nouns are
``staff_nouns_after_names`` in ``orgs.json``, written in lower case: in a Title Case line
("Vexora Officials Meet") every word is capitalised and the noun may be part of a title.
"""

from __future__ import annotations

from pipeline.docview import DocView
from pipeline.orgs.repeated import RepeatedNames
from pipeline.orgs.word_lists import Matches

STAFF = "STAFF"
"""The word-list name of the staff nouns (matched case-sensitively, in lower case)."""
LOCATIVE = "LOCATIVE"
"""The word-list name of ``LOCATIVES`` (matched in any case)."""
LOCATIVES = frozenset({"in", "near", "outside", "around", "across", "throughout"})
"""Prepositions of place: a name written after one in the article may be a town, and a
town has officials and workers too ("schools in Tarnby ... Tarnby officials said")."""


class StaffCuedNames(RepeatedNames):
    """``RepeatedNames`` that also counts a mention before a plural staff noun as cued."""

    def cued_tokens(self, tokens: DocView, matches: Matches) -> set[int]:
        """``RepeatedNames.cued_tokens`` and each capitalised word right before a staff
        noun that no name word follows ("Vexora officials said", not "Vexora officials
        Ann Lee and ...", where the noun may start a list of people)."""
        cued = super().cued_tokens(tokens, matches)
        if not matches[STAFF]:
            return cued
        words = tokens.words
        towns = self.after_locatives(words, matches)
        for start, end in matches[STAFF]:
            if start == 0 or not words[start - 1][:1].isupper() or words[start - 1] in towns:
                continue
            if end < len(words) and self.lex.is_name_word(words[end]):
                continue
            cued.add(start - 1)
        return cued

    @staticmethod
    def after_locatives(words: list[str], matches: Matches) -> set[str]:
        """Words the article writes right after a preposition of place, unless the
        preposition ends a cue phrase ("shares in Vexora", "a stake in Vexora"); the
        prepositions are the word lists' ``LOCATIVE`` matches, not a walk over every word."""
        cue_ends = {end for _, end in matches["BEFORE"]}
        last = len(words) - 1
        return {words[i + 1] for i, _ in matches[LOCATIVE] if i < last and i + 1 not in cue_ends}
