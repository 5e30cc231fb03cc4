"""Rule 5: clubs in sports reports, which the press names by their town or sponsor.

"Kelso 3 Brackwell 2", a standings row "Kelso 3 1 0 6 1 10", "Arvon beat Delmere":
in a sports report the names in these positions are teams, and a team is an organisation
even when its name is a place. The rule only runs in an article that reads as a sports
report (several of the ``sport_words`` occur), and never takes a country (a national team
stands for its country: GPE, as the contract's metonymy rule has it) or a person ("Anna
Berg 69 70 71 72" in a golf table). In running text only a place in a result phrase
("Arvon beat Delmere") counts, since players are named bare too ("Agassi beat Sampras").
Every other mention of a team in the article follows through ``mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.word_lists import Matches

_NAME = r"[A-Z][\w.'&]*(?:[ -][A-Z][\w.'&]*){0,3}"
_SCORE_LINE = re.compile(rf"^({_NAME}) \d{{1,3}} ({_NAME}) \d{{1,3}}(?=\s|$)")
_TABLE_ROW = re.compile(rf"^({_NAME})(?: \d+(?:\.\d+)?){{4,}}\s*$")
MIN_SPORT_WORDS = 4
"""An article is a sports report when at least this many distinct ``sport_words`` occur."""


class TeamNames:
    """Teams named in results lines, standings tables and result phrases."""

    def __init__(
        self,
        lexicon: OrgLexicon,
        result_verbs: tuple[str, ...],
        countries: frozenset[str],
    ) -> None:
        self.lex = lexicon
        self.countries = countries
        verbs = "|".join(re.escape(v) for v in sorted(result_verbs, key=len, reverse=True))
        self.result_phrase = re.compile(rf"(?<![\w.'&-])({_NAME}) (?:{verbs}) ({_NAME})(?![\w'&])")

    def is_sports_report(self, tokens: DocView, matches: Matches) -> bool:
        """Several distinct ``sport_words`` (the "SPORT" list) occur in the article."""
        if len(matches["SPORT"]) < MIN_SPORT_WORDS:
            return False  # most articles: no need to read the LOWER array
        lowers = tokens.doc.to_array([LOWER])
        found = {int(lowers[start]) for start, _ in matches["SPORT"]}
        return len(found) >= MIN_SPORT_WORDS

    def find(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        places: set[str],
    ) -> Iterable[Span]:
        if not self.is_sports_report(tokens, matches):
            return
        for start, end in sentences:
            line_start = tokens.starts[start]
            line = tokens.char_text(start, end)
            for begin, finish, place_only in self.line_names(line):
                name = line[begin:finish]
                if name in self.countries or (place_only and name not in places):
                    continue
                found = tokens.token_range(line_start + begin, line_start + finish)
                if found is not None and not self.rejected(tokens.words, *found):
                    yield Span(tokens.doc, *found, label="ORG")

    def line_names(self, line: str) -> Iterable[tuple[int, int, bool]]:
        """(start, end, place only?) of each team name in one line of text."""
        for pattern in (_SCORE_LINE, _TABLE_ROW):
            match = pattern.match(line)
            if match:
                for group in range(1, (match.lastindex or 0) + 1):
                    yield match.start(group), match.end(group), False
        for match in self.result_phrase.finditer(line):
            yield match.start(1), match.end(1), True
            yield match.start(2), match.end(2), True

    def rejected(self, words: list[str], start: int, end: int) -> bool:
        first = words[start]
        return (
            first in self.lex.not_name
            or first.lower() in self.lex.stop_words
            or self.lex.starts_person(words, start)
            or (end - start == 1 and first in self.lex.first_names)
        )
