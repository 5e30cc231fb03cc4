"""Rule 5: clubs in sports reports, which the press names by their town or sponsor.

"Kelso 3 Brackwell 2", a standings row "Kelso 3 1 0 6 1 10", "Arvon beat Delmere":
in a sports report the names in these positions are teams, and a team is an organisation
even when its name is a place. The rule only runs in an article that reads as a sports
report (several of the ``sport_words``, a sport named in the headline, lines of results),
and never takes a country (a national team stands for its country: GPE, as the contract's
metonymy rule has it) or a person ("Anna Berg 69 70 71 72" in a golf table, a table of
players, a tennis result with its set scores).

Names are found by the shape of the lines that list them (``team_lines``: results with
their scorers, scorecards, standings, squad and riders' lists, fixtures) and by the words
of a match report around them: a result phrase ("Arvon beat Delmere 2-0"), a word for a
club before one ("leaders Kelso", the ``club_nouns``), a player's career or a fixture
("played for Kelso", "the match against Arvon": the ``club_cues``), a team role or the
club's possessive before a player ("Kelso captain Tom Reid", "Kelso 's Tom Reid"), a town
and a plural nickname after "the" ("the Austin Comets"), a list with a club in it. A name
in running text must not be a player: one the article writes after a first name once
("Varga beat Lindqvist"), or a lone first name ("Anna beat Delmere") unless a word for a
club stands before it ("rivals Chelsea"). Every other mention of a team in the article
follows: its nickname and its town here (``nicknames``), the rest through ``mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

import numpy
from spacy.strings import get_string_id
from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.team_lines import (
    COMPASS,
    COUNTRY_CODE,
    DESCRIBING,
    DIGIT,
    FIXTURE,
    FROM,
    MODIFIERS,
    NAME,
    ONE_SCORE_AFTER,
    PLACED,
    PLAYER_CLUB,
    PREPOSITIONS,
    RESULT_NOUN,
    RIDER_TEAM,
    SCORE,
    SCORE_LABELS,
    SCORE_LINE,
    SCORECARD,
    SCORERS_LINE,
    SCORING_SIDE,
    SET_SCORE_BEFORE,
    SETS_AFTER,
    SIDE_TAKEN_TO,
    SIDES_SCORE,
    SIDES_TOTAL,
    TABLE_ROW,
    has_scorecard,
    in_brackets,
    line_around,
    opens_dateline,
)
from pipeline.orgs.text import find_names, is_all_caps, written_in_lower_case
from pipeline.orgs.word_lists import Matches

TEAM_ROLES = frozenset(
    {
        "captain",
        "coach",
        "manager",
        "skipper",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "keeper",
        "winger",
        "playmaker",
        "batsman",
        "bowler",
        "pitcher",
        "shortstop",
        "catcher",
        "outfielder",
        "quarterback",
        "hooker",
        "fly-half",
        "owner",
        "fans",
        "supporters",
        "player",
        "players",
        "substitute",
        "fullback",
        "full-back",
        "left-back",
        "right-back",
        "centre-back",
        "sweeper",
        "libero",
        "forward",
        "scrum-half",
        "wicketkeeper",
        "opener",
        "all-rounder",
        "paceman",
        "spinner",
        "off-spinner",
        "leg-spinner",
        "seamer",
        "starter",
        "reliever",
        "fielder",
        "infielder",
        "trainer",
        "chairman",
        "president",
        "side",
        "pair",
        "trio",
        "duo",
    }
)
"""Roles a club has people in: before one, a name is the club ("Kelso captain Tom Reid")."""
_THE = get_string_id("the")
LISTED, PROSE, CUED = 0, 1, 2
"""How a name was found: in a results line or table (no player check: those are structured),
in a result phrase of prose (not a player the article names, nor a lone first name), or after
a word for a club (not a player, but a lone first name is a club: "rivals Chelsea")."""
_LIST_JOINS = frozenset({",", "and", "or"})
POSSESSIVES = frozenset({"'s", "’s"})
"""A club's possessive before a player: "Kelso 's Tom Reid" (the tokenizer splits it off)."""

SPORT_EVENTS = frozenset(
    {
        "games",
        "olympics",
        "championships",
        "finals",
        "playoffs",
        "series",
        "masters",
        "nationals",
        "prix",
    }
)
"""Plural names of events, not clubs: "the Olympics", "the Masters", "the Kelso Grand Prix"."""

MIN_SPORT_WORDS = 4
"""An article is a sports report when at least this many distinct ``sport_words`` occur."""
HEADLINE_SPORT = 3
"""A sport named in the headline ("CRICKET - ..." , "Soccer: ...") counts as this many sport
words: with one more word or results line the article is a sports report."""

SPACED_FIGURE = re.compile(r" \d")
"""What a results line and a scorecard line both hold: a figure after a space."""


def _ends_in_cell(line: str) -> bool:
    r"""The line's last character before trailing whitespace ends a standings cell (a digit or
    "-"), as ``TABLE_ROW`` requires: most lines of prose end otherwise, and the row pattern
    is not tried on them. (``rstrip`` strips what ``\s`` matches; ``isdecimal`` is ``\d``.)"""
    last = line.rstrip()[-1:]
    return last == "-" or last.isdecimal()


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first; one that never matches when there
    are none (an empty alternation would match everywhere)."""
    escaped = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    return "|".join(escaped) if escaped else "(?!)"


class TeamNames:
    """Teams named in results lines, standings tables and result phrases."""

    def __init__(
        self,
        lexicon: OrgLexicon,
        result_verbs: tuple[str, ...],
        countries: frozenset[str],
        club_nouns: tuple[str, ...] = (),
        sport_names: frozenset[str] = frozenset(),
        club_cues: tuple[str, ...] = (),
    ) -> None:
        self.lex = lexicon
        self.sport_names = frozenset(sport_names)
        """Names of sports ("sport_names"): one in the headline says what the report is."""
        self.countries_upper = frozenset(c.upper() for c in countries)
        """Countries as ALL-CAPS headlines and tables write them too ("BELGIUM BEAT TURKEY")."""
        verbs = alternatives(result_verbs)
        self.result_verb = re.compile(rf"\b(?:{verbs})\b")
        self.result_phrase = re.compile(
            rf"(?<![\w.'&-])({NAME}){FROM} (?:{verbs}) (?:the )?({NAME})(?![\w'&])"
        )
        forms = {form for noun in club_nouns for form in (noun, noun[:1].upper() + noun[1:])}
        nouns = alternatives(forms)
        self.after_club_noun = re.compile(
            rf"(?<![\w-])(?:{nouns}) ({NAME})(?: and ({NAME}))?(?![\w'&])"
        )
        """A name after a word for a club ("club_nouns"): "leaders Kelso", "second division
        side Arvon", "Cup holders Delmere". Persons are "champion", singular."""
        self.scored_against = re.compile(
            rf"\b\d{{1,3}}-\d{{1,3}} {RESULT_NOUN}(?:{PREPOSITIONS}) (?:the )?{MODIFIERS}"
            rf"({NAME})(?![\w'&])"
        )
        """A side named after a score: "lost 2-1 at home to Kelso", "a 2-2 draw against
        Arvon", "won 2-0 at Delmere", "a 10-8 victory over the surging Austin Comets"."""
        self.beaten_by_score = re.compile(
            rf"\b(?:{verbs}) (?:the )?{MODIFIERS}({NAME}) \d{{1,3}}-\d{{1,3}}\b"
        )
        """A side beaten by a score: "Kelso easily beat Arvon 3-1", "shut out the Comets 3-0"."""
        cues = alternatives(club_cues)
        self.after_club_cue = re.compile(
            rf"(?<![\w-])(?:{cues}) {DESCRIBING}({NAME})(?: and ({NAME}))?(?![\w'&])"
        )
        """A club after the words of a player's career or a fixture ("club_cues"): "played
        for Kelso and Arvon", "coached Delmere", "the match against Ostby"."""

    def is_sports_report(
        self, tokens: DocView, matches: Matches, sentences: list[tuple[int, int]]
    ) -> bool:
        """Several distinct ``sport_words`` (the "SPORT" list; a sport named in the headline
        counts ``HEADLINE_SPORT`` times); each line of results counts as one too (a score
        line "Kelso 3 Brackwell 1", a scorecard "Kelso 259 ( T. Reid 69 )", a standings row,
        a rider's team), since a list of results has few words besides the figures."""
        if not matches["SPORT"]:
            return False  # most articles: no sport word
        tok = tokens.tok  # the words' lower-case forms, shared per word form
        found = {tok[start].lower_ for start, _ in matches["SPORT"]}
        headline_end = tokens.text.find("\n")
        named = any(
            tok[start].lower_ in self.sport_names
            for start, _ in matches["SPORT"]
            if headline_end < 0 or tokens.starts[start] < headline_end
        )
        evidence = len(found) + (HEADLINE_SPORT - 1 if named else 0)
        if evidence >= MIN_SPORT_WORDS:
            return True
        result_lines = 0
        text, starts, ends = tokens.text, tokens.starts, tokens.ends
        for start, end in sentences:
            # only a line with a figure can be a results line: one C-level search in the
            # text tells, before the line is sliced and its patterns are tried
            if DIGIT.search(text, starts[start], ends[end - 1]) is None:
                continue
            if self.is_results_line(text[starts[start] : ends[end - 1]]):
                result_lines += 1
                if evidence + result_lines >= MIN_SPORT_WORDS:
                    return True
        return False

    def is_results_line(self, line: str) -> bool:
        """A line of a results list, a scorecard, a standings table or a riders' list."""
        if not DIGIT.search(line):
            return False
        if (_ends_in_cell(line) and TABLE_ROW.search(line)) or (
            # a side's score or total follows its name after a space: without a figure so
            # placed the unanchored scorecard pattern, tried at every position, cannot match
            SPACED_FIGURE.search(line) and (SCORE_LINE.search(line) or has_scorecard(line))
        ):
            return True
        # a rider's country stands in spaced brackets: a substring test before the pattern
        rider = RIDER_TEAM.match(line) if " ( " in line else None
        return bool(rider and rider.group(1).upper() in self.countries_upper)

    def find(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        places: set[str],
    ) -> list[Span]:
        """The clubs of a sports report, and the names listed with one of them."""
        if not self.is_sports_report(tokens, matches, sentences):
            return []
        people = self.people_words(tokens.words, places)
        found = list(self.named(tokens, matches, sentences, places, people))
        found += [
            Span(tokens.doc, start, end, label=ORG)
            for start, end in self.coordinated(tokens, found, places, people)
        ]
        return found

    def coordinated(
        self, tokens: DocView, teams: list[Span], places: set[str], people: set[str]
    ) -> Iterable[tuple[int, int]]:
        """Names listed with a club ("Kelso , Arvon and Delmere all won", "v Kelso or
        Arvon"): one list names one kind of thing. A country or a person in the list stays
        what it is."""
        words, is_name_word = tokens.words, self.lex.is_name_word
        known = {(t.start, t.end) for t in teams}
        found: set[tuple[int, int]] = set()
        for team in teams:
            listed: list[tuple[int, int]] = []
            joined = False
            end = team.end  # the names after the club
            while end + 1 < len(words) and words[end] in _LIST_JOINS:
                after = end + 1
                while after < len(words) and after - end <= 3 and is_name_word(words[after]):
                    after += 1
                if after == end + 1:
                    break
                joined = joined or words[end] != ","
                listed.append((end + 1, after))
                end = after
            start = team.start  # and before it
            while start > 1 and words[start - 1] in _LIST_JOINS:
                before = start - 1
                while before > 0 and start - before <= 3 and is_name_word(words[before - 1]):
                    before -= 1
                if before == start - 1:
                    break
                joined = joined or words[start - 1] != ","
                listed.append((before, start - 1))
                start = before
            if joined:
                found.update(listed)
        for start, end in sorted(found - known):
            if self.team_like(tokens, start, end, places, people):
                yield start, end

    def named(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        places: set[str],
        people: set[str],
    ) -> Iterable[Span]:
        """Clubs named by the structure of results lines, tables and result phrases."""
        makers = {start for start, end in (*matches["ORG"], *matches["LISTED"]) if end - start == 1}
        sport_words = {start for start, end in matches["SPORT"] if end - start == 1}
        players_tables = self.players_tables(tokens, sentences, people, places)
        for index, (start, end) in enumerate(sentences):
            line_start = tokens.starts[start]
            line = tokens.char_text(start, end)
            tables = index not in players_tables
            for begin, finish, kind in self.line_names(line, tables):
                in_prose = kind != LISTED
                name = line[begin:finish]
                if (
                    len(name) < 2
                    or name.upper() in self.countries_upper
                    or name in self.lex.demonyms  # "playing for his Kelvian club"
                    or name.lower() in SCORE_LABELS
                    or (
                        in_prose
                        and name not in places
                        and (name.split()[-1] in people or written_in_lower_case(tokens, name))
                    )
                ):
                    continue  # a player, or a word the article also writes in lower case
                found = tokens.token_range(line_start + begin, line_start + finish)
                if found is not None and found[1] - found[0] > 1 and found[0] in sport_words:
                    found = (found[0] + 1, found[1])  # a heading: "Final Kelso v Arvon"
                if found is None or (found[1] - found[0] == 1 and found[0] in sport_words):
                    continue  # "the Champions Cup": a competition
                # a fixture "Kelso v Anna", a standings row: a first name is a club there
                fixture = line.startswith(" v ", finish) or line.endswith(" v ", 0, begin)
                in_standings = begin == 0 and tables and TABLE_ROW.match(line) is not None
                if self.rejected(
                    tokens.words, *found, kind == PROSE and not fixture, places, in_standings
                ):
                    continue
                if found[0] in makers and found[1] - found[0] > 1 and line[:begin].endswith(") "):
                    continue  # after a driver, a maker and its model is a car: "Arvon Celica"
                yield Span(tokens.doc, *found, label=ORG)
        for start, end in self.prose_names(tokens, places, people):
            yield Span(tokens.doc, start, end, label=ORG)
        for start, end in self.town_nicknames(tokens, places):
            yield Span(tokens.doc, start, end, label=ORG)

    def town_nicknames(self, tokens: DocView, places: set[str]) -> Iterable[tuple[int, int]]:
        """Clubs named by their town and a plural nickname in a sports report: "the Austin
        Comets", "the surging Kelso Red Sox". Such a club is found after "the" (with one
        lower-case word between at most), as no person's name is ("Austin Rhodes"), and its
        other mentions follow. Its town is a place the article names, or the sentence is a
        result ("the Kelso Comets beat ..."). A nickname is one or two capitalised words
        that the article never writes in lower case ("Austin Times" reports "three times"),
        no organisation head ("Kelso Industries") and no event ("the Kelso Games"). A
        country or nationality before one is left alone: a national side is its country."""
        words, lex = tokens.words, self.lex
        is_name_word = lex.is_name_word
        clubs: set[str] = set()
        for i in self.after_the(words):
            end = i
            while end < len(words) and end - i < 4 and is_name_word(words[end]):
                end += 1
            last = words[end - 1]
            if (
                end - i < 2
                or last[-1:] not in ("s", "x")
                or written_in_lower_case(tokens, last)
                or last.lower() in SPORT_EVENTS
                or any(w in lex.heads for w in words[i:end])
                or words[i] in lex.not_name
                or words[i] in lex.demonyms
                or (last[:-1] in lex.demonyms and words[i] in COMPASS)  # "the North Africans"
            ):
                continue
            towns = [tokens.char_text(i, cut) for cut in range(i + 1, end + 1)]
            if any(town.upper() in self.countries_upper for town in towns):
                continue
            if any(town in places for town in towns) or self.in_a_result(tokens, i):
                clubs.add(tokens.char_text(i, end))
        for begin, finish in find_names(tokens.text, clubs):
            found = tokens.token_range(begin, finish)
            if found is not None and not (
                (found[0] > 0 and is_name_word(words[found[0] - 1]))
                or (found[1] < len(words) and is_name_word(words[found[1]]))
            ):
                yield found

    @staticmethod
    def after_the(words: list[str]) -> Iterable[int]:
        """Each word after "the", or after "the" and one lower-case word ("the surging")."""
        for k, word in enumerate(words[:-2]):
            if word.lower() == "the":
                yield k + 1
                if words[k + 1].islower():
                    yield k + 2

    def prose_names(
        self, tokens: DocView, places: set[str], people: set[str]
    ) -> Iterable[tuple[int, int]]:
        """Clubs named in the prose of a sports report by the words around them:
        "Kelso captain Tom Reid", "the Arvon coach" (a club before a team role), and
        "the Falcons" (a plural name after "the", as nicknames are written)."""
        words = tokens.words
        lex = self.lex
        for i in self.prose_positions(tokens):
            word = words[i]
            if word in TEAM_ROLES and i > 0 and lex.is_name_word(words[i - 1]):
                start = i
                while start > 0 and i - start < 3 and lex.is_name_word(words[start - 1]):
                    start -= 1
                if self.team_like(tokens, start, i, places, people, in_prose=False):
                    yield start, i
            elif word in POSSESSIVES and i > 0 and lex.is_name_word(words[i - 1]):
                start = i - 1
                while start > 0 and i - start < 3 and lex.is_name_word(words[start - 1]):
                    start -= 1
                if self.before_a_player(words, i + 1) and self.team_like(
                    tokens, start, i, places, people, in_prose=False
                ):
                    yield start, i
            elif (
                i > 0
                and words[i - 1] == "the"
                and len(word) > 3
                and word.endswith("s")
                and lex.is_name_word(word)
                and not (
                    i + 1 < len(words)
                    and (lex.is_name_word(words[i + 1]) or words[i + 1] in lex.connectors)
                )
                and word.lower() not in SPORT_EVENTS
                and word[:-1] not in lex.demonyms
                and self.in_a_result(tokens, i)
                and self.team_like(tokens, i, i + 1, places, people)
            ):
                yield i, i + 1

    def before_a_player(self, words: list[str], i: int) -> bool:
        """Words from ``i`` name a player or a team role, after up to two describing words:
        "Tom Reid", "new Kelvian striker", "player of the year"."""
        lex = self.lex
        for k in range(i, min(i + 3, len(words))):
            word = words[k]
            if word in TEAM_ROLES:
                return True
            if word in lex.first_names and k + 1 < len(words) and lex.is_name_word(words[k + 1]):
                return k == i or words[k - 1] not in lex.first_names
            if not ((word.replace("-", "").isalpha() and word.islower()) or word in lex.demonyms):
                return False
        return False

    @staticmethod
    def prose_positions(tokens: DocView) -> list[int]:
        """The only tokens ``prose_names`` can take: a team role, a possessive, or a word
        after "the".
        Found in the ORTH array (a sports report runs to a thousand tokens), so the rule's
        tests run on these few tokens only."""
        orths = tokens.orth_array
        taken = numpy.zeros(len(orths), dtype=bool)
        taken[1:] = orths[:-1] == _THE
        for role in (TEAM_ROLES | POSSESSIVES).intersection(tokens.words):
            taken |= orths == get_string_id(role)
        return numpy.flatnonzero(taken).tolist()

    def in_a_result(self, tokens: DocView, i: int) -> bool:
        """Token ``i`` is in a sentence with a score ("6-2") or a result verb."""
        doc = tokens.doc
        sentence = doc[i].sent.text
        return bool(SCORE.search(sentence) or self.result_verb.search(sentence))

    def team_like(
        self,
        tokens: DocView,
        start: int,
        end: int,
        places: set[str],
        people: set[str],
        in_prose: bool = True,
    ) -> bool:
        """A name that may be a club: not a country, a nationality, a person or grammar.
        Before a team role or a club's possessive ("Kelso defender Tom Reid", "Kelso 's
        Tom Reid") a lone first name is a club too (``in_prose`` false): no one names a
        player "Anna defender"."""
        words = tokens.words
        name = tokens.char_text(start, end)
        return not (
            name.isupper()  # a headline in capitals: "MORLAND NAMED AS WALES CAPTAIN"
            or (  # "before Kelso hooker", but "Former Delmere striker" opens a sentence
                start > 0
                and words[start - 1][:1].isupper()
                and not tokens.doc[start - 1].is_sent_start
            )
            or name.upper() in self.countries_upper
            or words[start] in self.lex.demonyms
            or name in self.lex.demonyms  # "Sri Lankan opener"
            or written_in_lower_case(tokens, name)  # "Men 's discus", "the club"
            or (  # an everyday word opening a sentence: "Right fielder Tom Reid"
                tokens.doc[start].is_sent_start
                and end - start == 1
                and name.lower() in self.lex.frequent
                and name not in places
            )
            or name[0].isdigit()  # "the 11th player"
            or words[end - 1] in people
            or self.rejected(words, start, end, in_prose, places)
            or self.lex.is_sentence_opener(words, start)
        )

    def nicknames(self, tokens: DocView, teams: list[Span], places: set[str]) -> list[Span]:
        """Other mentions of a club by its nickname or its town: "the Comets" and "Austin
        has won five straight" after "the Austin Comets" beat someone. The nickname is what
        follows the town in a team's name (any tail of a plural name: "the Kelso Red Sox",
        "the Red Sox"), one or two capitalised words, and is taken where
        the article writes it on its own; the town too, but not in a dateline, nor as a
        venue ("in Austin": ``without_venues``), nor in another name ("Austin Rhodes")."""
        if not teams:
            return []  # most articles: no club, so no nickname to look for
        text, words = tokens.text, tokens.words
        is_name_word = self.lex.is_name_word
        forms: set[str] = set()
        towns: set[str] = set()
        for team in teams:
            whole = tokens.char_text(team.start, team.end)
            if whole in places and whole.upper() not in self.countries_upper:
                towns.add(whole)  # a club named by its town alone: "Kelso drew 1-1"
            plural = words[team.end - 1][-1:] in ("s", "x")
            for cut in range(team.start + 1, team.end):
                town = tokens.char_text(team.start, cut)
                if town in places or plural:
                    nickname = tokens.char_text(cut, team.end)
                    if all(is_name_word(w) for w in words[cut : team.end]):
                        forms.add(nickname)  # "the Comets", "the Red Sox"
                        if town in places and town.upper() not in self.countries_upper:
                            towns.add(town)  # "Kelvia Telekom": its country, not a club
        spans = []
        # in a headline in capitals: "COMETS BEAT LANCERS" (whole names first: "AUSTIN
        # COMETS" is one)
        names = forms | towns | {tokens.char_text(team.start, team.end) for team in teams}
        for start, end in find_names(text, {name.upper() for name in names} - names):
            found = tokens.token_range(start, end)
            if (
                found is not None
                and is_all_caps(line_around(text, start, end))
                and not opens_dateline(tokens, *found)
            ):
                spans.append(Span(tokens.doc, *found, label=ORG))
        for start, end in find_names(text, forms | towns):
            found = tokens.token_range(start, end)
            if found is None or (found[0] > 0 and is_name_word(words[found[0] - 1])):
                continue
            if text[start:end] in towns and (
                opens_dateline(tokens, *found)
                or (found[1] < len(words) and is_name_word(words[found[1]]))
            ):
                continue
            spans.append(Span(tokens.doc, *found, label=ORG))
        return spans

    def people_words(self, words: list[str], places: set[str]) -> set[str]:
        """Words the article writes as a person's surname: after a first name or an initial
        ("Marta Varga", "K. Lindqvist"). Players are named so at least once; clubs never are
        ("Austin Comets": a town that is also a first name is still a town). The words
        before a surname are found among the article's distinct words first: one set
        lookup per token then, in C (``compress``)."""
        distinct = set(words)
        before_surname = {w for w in distinct & self.lex.first_names if w not in places}
        before_surname.update(w for w in distinct if len(w) == 2 and w[1] == "." and w[0].isupper())
        people = set(compress(words[1:], map(before_surname.__contains__, words)))
        if "(" in distinct:
            people.update(self.before_country(words))
        return people

    def before_country(self, words: list[str]) -> Iterable[str]:
        """Surnames of two-word names before a country in brackets, as results lists name
        athletes: "Anna Berg ( Kelvia )" (a club or a sponsor follows the bracket)."""
        is_name_word = self.lex.is_name_word
        for i in range(2, len(words) - 2):
            if (
                words[i] == "("
                and words[i + 2] == ")"
                and words[i + 1].upper() in self.countries_upper
                and is_name_word(words[i - 1])
                and is_name_word(words[i - 2])
            ):
                yield words[i - 1]

    @staticmethod
    def without_venues(tokens: DocView, spans: list[Span], teams: list[Span]) -> list[Span]:
        """``spans`` less the mentions of a team's name right after "at" or "in", or opening
        a dateline: "Kelso at Arvon", "in Arvon, Tom Reid hit", "ARVON 1996-08-22" name the
        town the game is played in or the report filed from, not the club."""
        words = tokens.words
        team_names = {tokens.char_text(t.start, t.end).lower() for t in teams}
        return [
            span
            for span in spans
            if not (
                (
                    (span.start > 0 and words[span.start - 1].lower() in ("at", "in"))
                    or opens_dateline(tokens, span.start, span.end)
                )
                and tokens.char_text(span.start, span.end).lower() in team_names
            )
        ]

    def players_tables(
        self,
        tokens: DocView,
        sentences: list[tuple[int, int]],
        people: set[str],
        places: set[str],
    ) -> set[int]:
        """The sentences that are rows of a table of players ("Tom Reid 3 5 0 162 64 32.40",
        then "Reid 7 1 20 1 20.00" among the bowlers): a run of table rows at least half of
        whose names are people's, by a first name or a surname the article gives one. A
        table lists one kind of thing, so its other rows are players too."""
        words, lex = tokens.words, self.lex
        runs: list[list[tuple[int, bool]]] = [[]]
        for index, (start, end) in enumerate(sentences):
            match = TABLE_ROW.match(tokens.char_text(start, end))
            found = match and tokens.token_range(
                tokens.starts[start] + match.start(1), tokens.starts[start] + match.end(1)
            )
            if not found:
                if runs[-1]:
                    runs.append([])
                continue
            first, last = found
            person = (
                words[last - 1] in people or lex.starts_person(words, first)
            ) and tokens.char_text(first, last) not in places
            runs[-1].append((index, person))
        return {
            index
            for run in runs
            if 2 * sum(person for _, person in run) >= len(run) > 0
            for index, _ in run
        }

    def line_names(self, line: str, tables: bool = True) -> Iterable[tuple[int, int, int]]:
        """(start, end, how found: ``LISTED``, ``PROSE`` or ``CUED``) of each team name in
        one line of text; a standings row only with ``tables``."""
        for pattern in (SCORE_LINE, TABLE_ROW) if tables else (SCORE_LINE,):
            match = pattern.match(line)
            if match:
                for group in range(1, (match.lastindex or 0) + 1):
                    yield match.start(group), match.end(group), LISTED
        if self.result_verb.search(line):  # a result phrase has one: a quicker search first
            for match in self.result_phrase.finditer(line):
                if not SETS_AFTER.match(line, match.end()):  # tennis players
                    # one score after the result: a match of two sides ("Chelsea beat Arvon
                    # 2-0"), first names or not
                    kind = CUED if ONE_SCORE_AFTER.match(line, match.end()) else PROSE
                    yield match.start(1), match.end(1), kind
                    yield match.start(2), match.end(2), kind
            for match in self.beaten_by_score.finditer(line):
                yield match.start(1), match.end(1), PROSE
        for match in (*self.after_club_noun.finditer(line), *self.after_club_cue.finditer(line)):
            yield match.start(1), match.end(1), CUED
            if match.group(2):  # "hopefuls Kelso and Arvon"
                yield match.start(2), match.end(2), CUED
        if "-placed " in line:
            for match in PLACED.finditer(line):
                yield match.start(1), match.end(1), CUED
        if "-" in line:
            for match in self.scored_against.finditer(line):
                if not SET_SCORE_BEFORE.search(line, 0, match.start()):
                    yield match.start(1), match.end(1), CUED
            for match in SCORING_SIDE.finditer(line):
                yield match.start(1), match.end(1), CUED
        if " for " in line or " to " in line:
            # cricket: "Kelso had reached 108 for three", "took Arvon to 471"
            for pattern in (SIDES_SCORE, SIDE_TAKEN_TO):
                for match in pattern.finditer(line):
                    yield match.start(1), match.end(1), CUED
        # players are listed so too: checked as prose. A scorecard has figures, a fixture
        # "v " (tested first: most lines of prose have neither)
        if DIGIT.search(line):
            for match in SCORECARD.finditer(line):
                if not in_brackets(line, match.start(), match.end()):  # a scorer "( Reid 24 )"
                    # a total with its wickets or batsmen is a side's, first name or not
                    listed = SIDES_TOTAL.match(line, match.end(1))
                    yield match.start(1), match.end(1), LISTED if listed else PROSE
        if "v " in line:
            for match in FIXTURE.finditer(line):
                yield match.start(1), match.end(1), CUED
        scorers = SCORERS_LINE.match(line)
        if scorers:
            yield scorers.start(1), scorers.end(1), CUED
        rider = RIDER_TEAM.match(line)
        if rider and rider.group(1).upper() in self.countries_upper:
            yield rider.start(2), rider.end(2), LISTED
        if "( " in line:
            for match in PLAYER_CLUB.finditer(line):
                club = match.group(2)
                # a letter tells two clubs of one town apart: "Kelso ( N )"; a venue's town
                # follows the ground: "At Kelso Park ( Kelso )"
                if (
                    len(club) > 1
                    and not COUNTRY_CODE.fullmatch(club)
                    and match.group("who").split()[0].lower() not in self.lex.stop_words
                ):
                    yield match.start(2), match.end(2), CUED

    def rejected(
        self,
        words: list[str],
        start: int,
        end: int,
        in_prose: bool = True,
        places: frozenset[str] | set[str] = frozenset(),
        in_standings: bool = False,
    ) -> bool:
        """A grammar word or a person's name. A lone first name is a person in prose ("Anna
        beat Delmere"), but a team in a score line or standings row ("Lotte 6 Kelso 2"),
        where players are listed with their surnames. A town that is also a first name
        starts a club's name, not a person's ("the Austin Comets"); so does any first name
        ``in_standings``, a row of a table that is no table of players ("Crystal Rovers 4 1
        2 1 4 3 5": see ``players_tables``)."""
        first = words[start]
        return (
            first in self.lex.not_name
            or first.lower() in self.lex.stop_words
            or (
                not in_standings
                and self.lex.starts_person(words, start)
                and first not in places
                and " ".join(words[start:end]) not in places  # "Le Havre": a town, no person
            )
            or (
                in_prose
                and end - start == 1
                and first in self.lex.first_names
                and first not in places
            )
        )
