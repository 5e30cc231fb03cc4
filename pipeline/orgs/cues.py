"""Rule 4: context that says a name with no head word is an organisation.

News names most companies and bodies bare ("Kestrel said", "shares of Brightwater"), so the
words around a name carry the evidence:

- a cue before it: "shares of X", "a spokesman for X", "analysts at X", "a unit of X";
- a cue after it: "X's chief executive", "X spokesman", "X shareholders";
- a group noun after it, with "the" before: "the X group", "the X party";
- a person's affiliation: "<First Last> of X" or "X's <First Last>", where the person is a
  first name from the name lists followed by a capitalised word, or a surname and a
  hyphenated given name ("Chan Wai-keung").

Evidence against wins: a place, a nationality, a person ("Mr. X", a first name leading the
run), a grammar word at the start of a sentence, a Title Case headline.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import compress, islice

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon, line_tag_before
from pipeline.orgs.names import WEEKDAYS
from pipeline.orgs.text import positions
from pipeline.orgs.word_lists import Matches

LIST_OPENERS = frozenset({"including", "as", "like"})
"""Last words of the cues that open a list of names ("companies such as A, B and C")."""

SELF_NAMING_GROUPS = frozenset(
    {"party", "movement", "militia", "newspaper", "daily", "weekly", "tabloid", "magazine"}
)
"""Group nouns whose name before them needs no "the": a party or a paper is named by what
stands before it ("the opposition Blue Horizon party", "ruling Civic party")."""

FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Los", "Las", "Die", "Der", "Het"})
"""Articles of other languages that open the names of papers and firms ("Le Vellin
newspaper"); some are first names too ("Le"), but not before another name word with a cue."""

EMPLOYER_CUE_ENDS = frozenset({"at"})
"""Last words of the cues that name a workplace ("analysts at X", "an economist at X"):
what follows is an organisation even when it reads like a person's name."""

EMPLOYER_AFTER_FOR = frozenset({"at", "with"})
"""Words after "<job> for X" that name the employer next: X is the region or the sector the
person covers ("an analyst for Emerging Europe at Kelvo Capital")."""

EMPLOYER_CUE_STARTS = frozenset({"shares", "stock"})
"""First words of the cues that name a company's stock ("shares of X", "shares in X")."""

SOURCE_CUE_STARTS = frozenset({"according", "quoted", "reported", "as"})
"""First words of the cues that name a source ("according to X", "as reported by X",
"quoted by X"): a person is quoted as often as an outlet or a firm, so a one-word source
that the article also writes after another name word ("Ana Komar ... according to Komar")
is that person's surname, even when the first name is in no list."""

HEAD_TITLES = frozenset({"President", "Chairman", "Chairwoman", "Founder", "Chancellor", "Provost"})
"""Titles of the person at the head of an organisation, written in Title Case between the
organisation's name and the person's: "said Kelvo President Ana Lind". ("Director", "Head"
and "Chief" are left out: "Programme Director Ana Lind" names a post, not a body.)"""

SECOND_TITLES = frozenset(
    {"CEO", "Chief Executive", "Chief Executive Officer", "Managing Director"}
)
"""Titles a head of an organisation holds beside the first, joined to it by "and": "Kelvo
President and CEO Ana Lind" (the person's name follows the second title)."""

SECOND_TITLE_WORDS = 3
"""The longest of ``SECOND_TITLES`` in words."""

NAME_ENDS = frozenset({"said", "says", "told", "added", ",", ".", ":"})
"""Words that end a person's name after a head's title: "Kelvo Chairman Taro Ise said",
"..., said Kelvo President Taro Ise." The name is then whole (two words), not the start of a
longer name."""

DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i", "ish")
"""Endings that make a nationality word of a country's name."""

POSSESSIVE_MARKS = frozenset({"'s", "’s"})

REPORTING_VERBS = frozenset({"said", "says", "announced"})
SURNAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "dos", "wa", "bin", "al"}
)
"""Lower-case particles inside a person's name ("Rui de Avelar", "Moko wa Tende")."""
"""Verbs after a reporting subject: "Kelvo said", "Kelvo announced"."""

THING_PRONOUNS = frozenset({"it", "its"})
PRONOUN_LEAD_INS = frozenset({"on", "in", "a", "statement", "that", ",", "late", "earlier"})
"""Words between a reporting verb and the pronoun of what it reports ("said on Tuesday that
it", "said in a statement it"): any other word first, and the pronoun may be another's."""
PRONOUN_WINDOW = 6

EXPLETIVE_VERBS = frozenset({"was", "is", "'s", "’s"})
"""Verbs after an "it" that may stand for no one ("it was too early"); a modal before "be"
does too ("it would be hard"), a modal before another verb refers back ("it would cut")."""
MODALS = frozenset({"would", "will", "could", "may", "might", "should"})

MAX_NAME_WORDS = 5
"""A bare name found by its context is at most this many words long."""

PARTY_ADJECTIVE_ENDINGS = ("ic", "ist", "an", "ive")
"""Endings of the everyday adjectives that say which kind of party or group ("Democratic",
"Socialist", "Republican", "Conservative"). Only everyday words are tested, so "-an" and
"-ive" are safe here; ``name_parts.NAME_ADJECTIVE_ENDINGS`` tests any name word."""

PERSON_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "president", "minister", "premier", "senator"}
    | {"governor", "mayor", "chairman", "chairwoman", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs"}
    | {"ms", "dr", "miss", "commissioner", "secretary", "secretary-general", "ambassador"}
)
"""Words (lower case) before a person's name: a word right after one in the article is that
person ("spokesman Ravindra said"), whatever cue stands beside it elsewhere."""

TITLE_FORMS = frozenset(
    form
    for title in PERSON_TITLES
    for form in (title, title.capitalize(), title.title(), title.upper())
)
"""``PERSON_TITLES`` as the press writes them ("spokesman", "Spokesman", "SPOKESMAN"): looked
up per word in C (``map``), not lower-cased word by word in Python."""


def in_lower_case(tokens: DocView, word: str) -> bool:
    """The article writes ``word`` in lower case as a token of its own: its lower-case form
    is one of the article's token texts (whether or not that form ``islower()``: "3m")."""
    return word.lower() in tokens.word_set


class CueNames:
    """Names found by the words around them."""

    def __init__(
        self,
        lexicon: OrgLexicon,
        group_nouns: frozenset[str],
        first_names: frozenset[str],
        country_prefixes: frozenset[str] = frozenset(),
        countries: frozenset[str] = frozenset(),
        roles: frozenset[str] = frozenset(),
        place_nouns: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lexicon
        self.place_nouns = place_nouns
        """Nouns after a name that make it a place or a site ("Brenmoor airport")."""
        self.roles = roles
        """Job words that place a person at an organisation ("analyst", "economist")."""
        self.group_nouns = group_nouns
        self.first_names = first_names
        self.name_openers = first_names | TITLE_FORMS
        """First names and titles: the word after one is a surname (``find_surnames``)."""
        self.country_prefixes = country_prefixes
        self.countries = countries
        self._surnames_of: list[str] | None = None
        self._surnames: set[str] = set()

    def find(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        starts: list[int],
        headline: list[bool],
        places: set[str],
    ) -> Iterable[Span]:
        words = tokens.words
        runs: list[tuple[int, int]] = []
        employers: set[int] = set()  # run starts after a cue no person can follow
        sources: set[int] = set()  # run starts after a cue that names a source
        for cue_start, end in matches["BEFORE"]:
            listing = words[end - 1].lower() in LIST_OPENERS
            employer = words[end - 1].lower() in EMPLOYER_CUE_ENDS or (
                words[cue_start].lower() in EMPLOYER_CUE_STARTS
            )
            if end < len(words) and words[end] == "the":
                end += 1  # "joined the Sea Guild", "a spokesman for the Tide Union"
            if self.lex.before_descriptive_part(words, end):
                end += 3  # "shares of State-owned Vestry Petroleum"
            right = self.run_right(words, end, len(words))
            if right < len(words) and words[right] in self.lex.not_name and words[right].istitle():
                continue  # "a spokesman for Prime Minister ...": a title, not a name
            if (
                words[end - 1].lower() == "for"
                and right < len(words)
                and words[right] in EMPLOYER_AFTER_FOR
            ):
                continue  # "an analyst for Emerging Europe at Kelvo": the beat, then the firm
            if right < len(words) and words[right] in POSSESSIVE_MARKS:
                owner = tokens.char_text(end, right)
                if owner in places or owner in self.countries:
                    # "firms such as Norland's Kelvo": the country whose firm it is
                    end = right + 1
                    right = self.run_right(words, end, len(words))
            runs.append((end, right))
            if employer:
                employers.add(end)
            if words[cue_start].lower() in SOURCE_CUE_STARTS:
                sources.add(end)
            if listing:
                runs += self.listed_after(words, runs[-1][1])
        for start, end in matches["AFTER"]:
            left = self.run_left(words, start)
            if left >= 2 and words[left - 1] in ("of", "&") and self.is_name_word(words[left - 2]):
                continue  # "Museum of Flight CEO": the tail of a longer name
            if words[end - 1].lower() in self.lex.shop_nouns and self.names_a_shop(
                words, left, start
            ):
                continue
            runs.append((left, start))
        # Rules 4c-4h start from group nouns, "of", possessives, "at", "&" and country prefixes.
        runs += self.group_runs(words, [start for start, _ in matches["GROUP"]])
        runs += self.affiliation_runs(words, [start for start, _ in matches["OF"]])
        runs += self.possessor_runs(words, [start for start, _ in matches["POSS"]])
        runs += self.workplace_runs(words, [start for start, _ in matches["AT"]])
        runs += self.ampersand_runs(words, [start for start, _ in matches["AMP"]])
        runs += self.country_body_runs(words, [start for start, _ in matches["PREFIX"]])
        runs += self.head_title_runs(words, [start for start, _ in matches["HEAD_TITLE"]])
        for left, right in self.reporting_subjects(tokens, matches["ACRONYM_CUE"]):
            runs.append((left, right))
            sources.add(left)  # a surname alone says as much: the source tests apply
        for left, right in self.listed_subjects(tokens, matches):
            runs.append((left, right))
            employers.add(left)  # "Ford said it would ...": a company, whatever else it names
        people: set[str] | None = None
        for left, right in runs:
            if right <= left:
                continue
            index = bisect_right(starts, left) - 1
            sent_start, sent_end = sentences[index]
            if headline[index] or right > sent_end:
                continue
            if self.rejected(tokens, left, right, sent_start, places, left in employers):
                continue
            if right - left == 1:
                if people is None:
                    people = self.surnames(words)
                if words[left] in people:
                    continue  # "backed by Marlow" after "President Edwin Marlow"
                if left in sources and self.after_a_name_word(words, words[left]):
                    continue  # "according to Komar" after "Ana Komar"
            yield Span(tokens.doc, left, right, label="ORG")

    def names_a_shop(self, words: list[str], left: int, end: int) -> bool:
        """The words before a shop cue (``shop_nouns``) name the shop, not its company (a shop
        is also named by its street or by what it sells): one everyday word ("Rival dealers",
        "Premium outlet malls"), a street ("the Harwick Street store"), or any name after
        "new": a shop being opened is called after its town,
        mall or street as often as after its chain ("the new Harwick store"), and the launch
        rules read "the new ... store" as the thing opened."""
        if left >= end:
            return False
        if left > 0 and words[left - 1].lower() == "new":
            return True
        if end - left == 1 and words[left].lower() in self.lex.common:
            return True
        return words[end - 1].lower() in self.place_nouns

    def surnames(self, words: list[str]) -> set[str]:
        """Words the article writes right after a first name ("Edwin Marlow"): one of them
        alone is that person, whatever cue stands before it. The words after a first name
        are picked out in C (``compress``), then tested once per distinct word; the answer
        for the last article is kept, for the rules after this one that ask again."""
        if self._surnames_of is words:
            return self._surnames
        self._surnames_of, self._surnames = words, self.find_surnames(words)
        return self._surnames

    def find_surnames(self, words: list[str]) -> set[str]:
        """``surnames`` worked out: each pass over the words is a ``map`` in C, so the words
        after a first name and those after a title are picked out in one pass (over the
        union of the two sets), and the middle words of three-word names in another."""
        after_first_name = compress(
            islice(words, 1, None), map(self.name_openers.__contains__, words)
        )
        found = {word for word in set(after_first_name) if self.is_name_word(word)}
        # the last word of a three-word name after a first name is the surname as well
        # ("Ahmad Shah Velloor"): the middle word is one of those just found (a word after a
        # title that follows a first name is one of them too, so the union changes nothing)
        middle = list(map(found.__contains__, islice(words, 1, None)))
        third = compress(islice(words, 2, None), middle)
        starts = compress(words, middle)
        found |= {
            word
            for word, first in zip(third, starts, strict=False)
            if first in self.first_names and self.is_name_word(word)
        }
        return found

    def is_name_word(self, word: str) -> bool:
        return self.lex.is_cue_name_word(word)

    def after_a_name_word(self, words: list[str], word: str) -> bool:
        """The article writes ``word`` right after another name word that is neither a head
        word nor a title ("Ana Komar"), or after a surname's particle ("Tomas da Komar"): the
        end of a person's name (or of a longer name)."""
        return any(
            i > 0
            and (
                (self.lex.is_name_word(words[i - 1]) and words[i - 1] not in self.lex.all_heads)
                or words[i - 1] in SURNAME_PARTICLES
            )
            for i in positions(words, word)
        )

    def plural_noun(self, word: str) -> bool:
        """The plural of a frequent noun ("Newspapers", "Analysts"): people or things in
        general, not one organisation's name."""
        lower = word.lower()
        return (
            lower.endswith("s") and lower in self.lex.frequent and lower[:-1] in self.lex.frequent
        )

    def run_right(self, words: list[str], start: int, ceiling: int) -> int:
        """End of a run of name words from ``start`` ("&" and hyphens join them)."""
        end = start
        is_name_word, joiners = self.lex.is_cue_name_word, self.lex.name_joiners
        while end < ceiling and end - start < MAX_NAME_WORDS:
            word = words[end]
            if is_name_word(word):
                end += 1
            elif (
                word in joiners
                and end + 1 < ceiling
                and is_name_word(words[end + 1])
                and end > start
            ):
                end += 2
            else:
                break
        return end

    def listed_after(self, words: list[str], end: int) -> list[tuple[int, int]]:
        """The other names of a list that a cue opens: "firms including Kestrel, Orvane and
        Brightwater" names three. The list goes on over ", Name" and "and Name" only."""
        runs = []
        while end + 1 < len(words) and (
            words[end] == "," or words[end].lower() in self.lex.list_connectors
        ):
            start = end + 1
            if words[end] == "," and words[start].lower() in self.lex.list_connectors:
                start += 1  # "A, B, and C"
            right = self.run_right(words, start, len(words))
            if right == start:
                break
            runs.append((start, right))
            end = right
        return runs

    def run_left(self, words: list[str], end: int) -> int:
        """Start of the run of name words that ends just before ``end``."""
        start = end
        is_name_word, joiners = self.lex.is_cue_name_word, self.lex.name_joiners
        while start > 0 and end - start < MAX_NAME_WORDS:
            word = words[start - 1]
            if is_name_word(word):
                start -= 1
            elif (
                word in joiners
                and start > 1
                and is_name_word(words[start - 2])
                and start < end
                and not (word in self.lex.hyphens and line_tag_before(words, start - 2))
            ):
                start -= 2  # "Arlen & Sons", but not "NOTE - Arlen & Sons"
            else:
                break
        return start

    def group_runs(self, words: list[str], nouns: list[int]) -> list[tuple[int, int]]:
        """ "the X group", "the X party": a name between "the" (or a possessive: "Halvik's
        X party") and a group noun.

        The noun is written in lower case: in "the Harbour Party" it is the name's own last
        word (the head-word rule's), and "Civic" alone names nothing."""
        runs = []
        for i in nouns:
            if i > 1 and words[i].islower():
                left = self.run_left(words, i)
                if (
                    left < i
                    and left > 0
                    and words[left - 1].lower() == "the"
                    and not self.adjective_before_noun(words, left, i)
                ):
                    runs.append((left, i))
                elif (
                    left < i
                    and left > 0
                    and words[left - 1] in ("'s", "’s")
                    and not self.adjective_alone(words, left, i)
                ):
                    runs.append((left, i))  # "Halvik's Blue Wave party"
                elif (
                    left < i
                    and left > 0
                    and words[i] in SELF_NAMING_GROUPS
                    and words[left - 1].isalpha()
                    and words[left - 1].islower()
                    and not self.adjective_alone(words, left, i)
                ):
                    runs.append((left, i))  # "conservative Blue Horizon party", "its Vell daily"
        return runs

    def adjective_alone(self, words: list[str], left: int, right: int) -> bool:
        """One everyday word ("a mostly Kurdish militia", "the biggest Protestant party"):
        without "the" before it, it says what kind of group, it does not name one."""
        return right - left == 1 and words[left].lower() in self.lex.common

    def adjective_before_noun(self, words: list[str], left: int, right: int) -> bool:
        """One everyday adjective before the group noun ("the Democratic party", "the
        Socialist group"): it says which kind, even after "the"; a noun names the party ("the
        Labour party", "the Green party")."""
        word = words[left].lower()
        return (
            right - left == 1 and word in self.lex.common and word.endswith(PARTY_ADJECTIVE_ENDINGS)
        )

    def affiliation_runs(self, words: list[str], ofs: list[int]) -> list[tuple[int, int]]:
        """ "<First Last> of X": a person's organisation."""
        runs = []
        is_name_word = self.lex.is_cue_name_word
        for i in ofs:
            if words[i] != "of" or i < 2 or i + 1 >= len(words):
                continue
            # the run of name words before "of" is only read when the word before it is
            # one (most are not: "one of", "part of"); otherwise the run is empty
            person = self.run_left(words, i) if is_name_word(words[i - 1]) else i
            if (
                i - person >= 2 and words[person] in self.first_names
            ) or self.romanised_name_before(words, i):
                runs.append((i + 1, self.run_right(words, i + 1, len(words))))
        return runs

    def workplace_runs(self, words: list[str], ats: list[int]) -> list[tuple[int, int]]:
        """ "analyst Paula Buratti at X": a person named between their job and "at" works
        at an organisation (without the job word, "Anna Berg at Kelso" may be a place)."""
        runs = []
        for i in ats:
            person = self.run_left(words, i)
            if (
                i - person >= 2
                and person > 0
                and words[person] in self.first_names
                and words[person - 1].lower() in self.roles
            ):
                runs.append((i + 1, self.run_right(words, i + 1, len(words))))
        return runs

    def romanised_name_before(self, words: list[str], end: int) -> bool:
        """A surname and a hyphenated given name end at ``end``: "Chan Wai-keung", "Kim
        Dae-jung" (Cantonese, Korean and Wade-Giles romanisation write people so)."""
        return (
            end >= 4
            and words[end - 1].isalpha()
            and words[end - 1].islower()
            and words[end - 2] in self.lex.hyphens
            and self.is_name_word(words[end - 3])
            and self.is_name_word(words[end - 4])
        )

    def person_after(self, words: list[str], start: int) -> bool:
        """A person's name starts at ``start``: a first name and a surname, or a surname and a
        romanised given name ("Lau Siu-ming")."""
        if start + 1 >= len(words):
            return False
        if self.lex.starts_person(words, start):
            return True
        return start + 4 <= len(words) and self.romanised_name_before(words, start + 4)

    def possessor_runs(self, words: list[str], marks: list[int]) -> list[tuple[int, int]]:
        """ "X's <First Last>": the organisation a person belongs to, named before them
        ("Tidewater's Anna Berg", "HVP's Chan Wing-yee"); not a person's own name before
        the possessive ("Anna Berg's Tom Lund")."""
        runs = []
        for i in marks:
            if i > 0 and self.person_after(words, i + 1):
                left = self.run_left(words, i)
                if left < i and not self.lex.after_first_name(words, i - 1):
                    runs.append((left, i))
        return runs

    def head_title_runs(self, words: list[str], titles: list[int]) -> list[tuple[int, int]]:
        """ "Kelvo President Ana Lind": the name before the title of a person named after it
        (a first name from the lists) is the organisation that person heads. A run of
        everyday words only ("Student Council", "Research") names a post or a group in
        general, and a nationality or a place before the title is a country's head ("US
        President ...", rejected as a place)."""
        runs = []
        for i in titles:
            if i < 1 or not self.person_after_title(words, self.after_second_title(words, i + 1)):
                continue
            left = self.run_left(words, i)
            if left < i and self.demonym_like(words[left]):
                left += 1  # "Tessan President ...": a nationality the lists lack
            if left < i and not all(w.lower() in self.lex.common for w in words[left:i]):
                runs.append((left, i))
        return runs

    @staticmethod
    def after_second_title(words: list[str], i: int) -> int:
        """Where the person's name starts after "and" and a second title ("President and CEO
        Ana Lind"); ``i`` itself when no second title follows."""
        if i >= len(words) or words[i] != "and":
            return i
        for size in range(SECOND_TITLE_WORDS, 0, -1):
            if " ".join(words[i + 1 : i + 1 + size]) in SECOND_TITLES:
                return i + 1 + size
        return i

    def person_after_title(self, words: list[str], i: int) -> bool:
        """A person's name starts at ``i``: a first name from the lists and a surname, or, for
        the many given names no list holds ("Taro Ise"), exactly two words that are name
        words, neither a head word, an everyday word nor in capitals, with the sentence
        going on with a reporting verb or a punctuation mark (``NAME_ENDS``). An
        organisation's name after the title reads as a post ("Kelvo President Data
        Services") and fails the everyday-word test."""
        if self.lex.starts_person(words, i):
            return True
        if i + 2 >= len(words) or words[i + 2] not in NAME_ENDS:
            return False
        lex = self.lex
        return all(
            lex.is_name_word(word)
            and word not in lex.all_heads
            and word.lower() not in lex.common
            and not word.isupper()
            for word in words[i : i + 2]
        )

    def reporting_subjects(
        self, tokens: DocView, cues: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """ "Kelvo said ...": one name word alone before a reporting verb, that is no
        everyday word, no first name, no acronym (acronyms have ``cued_acronyms``), not after
        a surname's particle and never written before another name word ("Mei Tan ... Mei
        said"). The rest of the evidence against a person is the source cues' (``find``): a
        word the article writes after a first name, a title or another name word is a
        surname."""
        words, lex = tokens.words, self.lex
        runs = []
        for start, _ in cues:
            i = start - 1
            if i < 0 or words[start].lower() not in REPORTING_VERBS:
                continue
            left = self.run_left(words, start)
            if start - left >= 2:
                if self.several_word_subject(tokens, left, start):
                    runs.append((left, start))
                continue
            word = words[i]
            if (
                not self.is_name_word(word)
                or word.isupper()
                or word.lower() in lex.common
                or word in self.first_names
                or (i > 0 and (self.is_name_word(words[i - 1]) or words[i - 1] in lex.hyphens))
                or (i > 0 and words[i - 1] in SURNAME_PARTICLES)
                or in_lower_case(tokens, word)
                or self.before_a_name_word(words, word)
            ):
                continue
            runs.append((i, start))
        return runs

    def listed_subjects(self, tokens: DocView, matches: Matches) -> list[tuple[int, int]]:
        """ "Ford said on Monday it would ...", "Apple says its sales rose": a one-word name
        of the listed companies (``name_sources``) before a reporting verb that goes on with
        the subject's own "it" or "its". The listed-companies rule leaves such a name alone
        when it is also an everyday word or a first name ("Apple", "Ford"); the pronoun says
        it is no person and no fruit. The article must never write the word in lower case,
        nor with another name word beside it ("Gerald Ford said it was time": a person,
        found by ``surnames`` and ``before_a_name_word``). An "it" that opens "it was" or "it
        is" is anyone's ("Lind said it was a mistake"), and a lower-case word before the name
        other than a grammar word is a person's title ("Fed chief Lind said")."""
        words = tokens.words
        verbs = {start for start, _ in matches["ACRONYM_CUE"]}
        runs = []
        for start, end in matches["LISTED"]:
            if end - start != 1 or end not in verbs:
                continue
            word = words[start]
            if words[end].lower() not in REPORTING_VERBS or not self.refers_as_it(words, end):
                continue
            before = words[start - 1] if start > 0 else ""
            if (
                self.expletive_it(words, end)
                or (before.isalpha() and before.islower() and before not in self.lex.stop_words)
                or word.isupper()
                or (
                    start > 0
                    and (
                        self.is_name_word(words[start - 1]) or words[start - 1] in self.lex.hyphens
                    )
                )
                or in_lower_case(tokens, word)
                or self.before_a_name_word(words, word)
                or self.after_a_name_word(words, word)
            ):
                continue
            runs.append((start, end))
        return runs

    @staticmethod
    def expletive_it(words: list[str], verb: int) -> bool:
        """The first "it" after the reporting verb opens "it was", "it is", "it's" or "it
        would be": a sentence about a state of things, which anyone may say."""
        for i in range(verb + 1, min(verb + 1 + PRONOUN_WINDOW, len(words) - 1)):
            if words[i].lower() == "it":
                after = words[i + 1].lower()
                be_next = i + 2 < len(words) and words[i + 2].lower() == "be"
                return after in EXPLETIVE_VERBS or (after in MODALS and be_next)
            if words[i].lower() == "its":
                return False
        return False

    def several_word_subject(self, tokens: DocView, left: int, end: int) -> bool:
        """ "the Corvane Brightlow Mutual said", "Corvane Brightlow Mutual said it ...": a run
        of two to five name words with no head word, before a reporting verb, after "the" or
        followed by "it" as its pronoun, is an organisation unless something says it is a
        person.
        A person named without a first name from the lists ("Oskan Velimir said") is named
        again by one of the two words alone ("Velimir added", "Oskan told"), or that word
        follows a first name or a title elsewhere; an organisation's name keeps its words
        together. Runs with a head word are the head-word rule's, runs after "of" or "&"
        the tail of a longer name, and a nationality first says whose official it is."""
        words, lex = tokens.words, self.lex
        if not ((left > 0 and words[left - 1].lower() == "the") or self.refers_as_it(words, end)):
            return False  # the evidence first: it is rare, the person tests read the article
        if left > 0 and words[left - 1] in ("of", "&"):
            return False  # the tail of a longer name, or a person's ("the party of Ana Vell")
        first, last = words[left], words[end - 1]
        before = words[left - 1] if left > 0 else ""
        if before in lex.demonyms or self.demonym_like(before) or first in self.first_names:
            return False  # "Kenyan Velko Tarrin said it": the run starts after the nationality
        if any(word in lex.all_heads or word in lex.not_name for word in words[left:end]):
            return False
        people = self.surnames(words)
        return not (
            first in people
            or last in people
            or self.written_alone(words, first)
            or self.written_alone(words, last)
        )

    @staticmethod
    def refers_as_it(words: list[str], verb: int) -> bool:
        """The reporting verb goes on with "it" or "its" ("Corvane Data said on Monday it
        would ...", "... said its profit rose"): the subject's own pronoun, so the subject is
        no person. Only a few words may stand between ("on Monday", "in a statement",
        "that"); "said the board approved its plan" may be anyone's."""
        for word in words[verb + 1 : verb + 1 + PRONOUN_WINDOW]:
            if word in WEEKDAYS or word.lower() in PRONOUN_LEAD_INS:
                continue
            return word.lower() in THING_PRONOUNS
        return False

    def written_alone(self, words: list[str], word: str) -> bool:
        """The article writes ``word`` with no name word on either side: a person's surname
        (or given name) used alone, as news refers to a person after naming them in full."""
        for i in positions(words, word):
            before = i > 0 and (self.is_name_word(words[i - 1]) or words[i - 1] in ("&", "of"))
            after = i + 1 < len(words) and (
                self.is_name_word(words[i + 1]) or words[i + 1] in ("&", "of")
            )
            if not before and not after:
                return True
        return False

    def before_a_name_word(self, words: list[str], word: str) -> bool:
        """The article writes ``word`` right before another name word that is no head word
        ("Mei Tan", "Daoud Vellani"): a person's given or family name, named alone later."""
        return any(
            i + 1 < len(words)
            and self.lex.is_name_word(words[i + 1])
            and words[i + 1] not in self.lex.all_heads
            for i in positions(words, word)
        )

    def demonym_like(self, word: str) -> bool:
        """A nationality word formed from a country's name ("Tessan" from "Tessa", "Vellian"
        from "Vell"), which the demonym list may lack."""
        return any(
            word.endswith(suffix) and word[: -len(suffix)] in self.countries
            for suffix in DEMONYM_SUFFIXES
        )

    def ampersand_runs(self, words: list[str], amps: list[int]) -> list[tuple[int, int]]:
        """ "Lomar & Kett", "Procter & Gamble": names joined by "&" name a firm."""
        runs = []
        for i in amps:
            if 0 < i < len(words) - 1:
                left, right = self.run_left(words, i), self.run_right(words, i + 1, len(words))
                if left < i and right > i + 1:
                    runs.append((left, right))
        return runs

    def country_body_runs(self, words: list[str], prefixes: list[int]) -> list[tuple[int, int]]:
        """ "Environment Vellmaria", "Air Vellmaria": a portfolio or service word before a
        country's name is that country's agency or carrier (``country_prefixes``)."""
        runs = []
        for i in prefixes:
            if words[i] not in self.country_prefixes:
                continue
            for size in (3, 2, 1):
                if " ".join(words[i + 1 : i + 1 + size]) in self.countries:
                    runs.append((i, i + 1 + size))
                    break
        return runs

    def rejected(
        self,
        tokens: DocView,
        left: int,
        right: int,
        sent_start: int,
        places: set[str],
        employer: bool = False,
    ) -> bool:
        """Evidence against a cued run: a place, a title word, a sentence opener, a person
        ("Anna Berg"; not after an employer cue: "analysts at Merrow Lynley" work at a
        firm whatever its name looks like), "Mr." before it, a place noun after it."""
        words = tokens.words
        name = tokens.char_text(left, right)
        first = words[left]
        if name in places or first in self.lex.not_name or first.lower() in self.lex.stop_words:
            return True
        if right - left == 1 and first in self.lex.all_heads:
            return True  # "the Church's website": a head word alone is a generic reference
        if left == sent_start and self.lex.is_sentence_opener(words, left):
            return True
        if right - left == 1 and left == sent_start and self.plural_noun(first):
            return True  # "Newspapers quoted witnesses": an everyday plural opening a sentence
        # "shares of Anna Berg's firm": a possessive makes the person the firm's owner
        possessed = right < len(words) and words[right] in ("'s", "’s")
        if (
            (not employer or possessed)
            and first in self.first_names
            and not (first in FOREIGN_ARTICLES and right - left > 1)
            and (right - left == 1 or self.lex.starts_person(words, left))
        ):
            return True  # "Anna Berg", or a bare first name ("Le Vellin newspaper" is a paper)
        if left > 0 and words[left - 1] in self.lex.not_name and words[left - 1].endswith("."):
            return True  # "Mr. Berg"
        if left > 0 and words[left - 1].lower() in PERSON_TITLES:
            return True  # "a spokesman for Prime Minister Tal Varro"
        if not employer and any(
            self.lex.starts_person(words, k) and words[k - 1] not in self.lex.hyphens
            for k in range(left + 1, right)
        ):
            return True  # "owned by Dutchman Anton Vell": a person inside the run (not after
            # a hyphen: "Tarn-Mart Stores" is one name)
        if right < len(words):
            after = words[right]
            if after.lower() in self.place_nouns or self.lex.before_descriptive_part(
                words, right - 1
            ):
                return True  # "Brenmoor airport", "the Zorni-dominated army"
        return False
