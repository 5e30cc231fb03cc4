"""The ``launchwatch_orgs`` component: runs the ORG rules and adds their candidates.

Rules, in order (each module says why it does what it does):
1. ``names``: a capitalised name around a head word or a legal form;
2. the gazetteer of well-known organisations (a phrase list);
3. ``described``: a name the text calls a company;
4. ``mentions``: every other mention of what rules 1-3 found (repeats, short forms, acronyms,
   headlines), and the canonical name.
Beside them: ``cues`` (context), ``bodies`` (a legislature named by its head word alone),
``the_acronyms`` ("talks with the KLU"), ``press_review`` (the papers a press digest quotes,
each on a line of its own), ``sign_offs`` (the desk on a report's sign-off line),
``ratings`` (the agencies of a bond notice) and ``digests`` (the company a digest line opens
with: "Vellgate Q2 net rises").
Exclusions follow the contract: no leading "the" or possessive, no sentence-initial everyday
words, no nationality adjective before a government body ("the Chinese Ministry of ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from spacy.language import Language
from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Doc, Span

from pipeline.candidates import notes_hold
from pipeline.components.base import RuleComponent, RuleData
from pipeline.docview import DocView, doc_view, is_headline, sentence_bounds
from pipeline.extensions import CANDIDATES
from pipeline.orgs.acronym_posts import acronyms_before_posts, without_post_ranks
from pipeline.orgs.acronyms import initialisms
from pipeline.orgs.agency_credits import agency_credits
from pipeline.orgs.bodies import standalone_bodies
from pipeline.orgs.bracket_definitions import defined_names
from pipeline.orgs.bracketed_names import bracketed_names, with_bracketed_names
from pipeline.orgs.called_names import called_names
from pipeline.orgs.caps_slots import CapsSlots
from pipeline.orgs.channels import channel_names
from pipeline.orgs.closing_credits import closing_credits
from pipeline.orgs.comma_appositions import comma_appositions
from pipeline.orgs.company_short_forms import company_short_forms
from pipeline.orgs.compound_heads import COMPOUND_ENDINGS, compound_head_names
from pipeline.orgs.coordinated import CoordinatedNames
from pipeline.orgs.core_forms import core_forms
from pipeline.orgs.country_suffixed import country_suffixed_names, head_country_names
from pipeline.orgs.cues import HEAD_TITLES, PERSON_TITLES, CueNames
from pipeline.orgs.described import DescribedNames
from pipeline.orgs.digests import digest_companies, source_code
from pipeline.orgs.everyday_fronts import EverydayFronts, Followers
from pipeline.orgs.extents import OrgExtents
from pipeline.orgs.facilities import without_facilities
from pipeline.orgs.late_coordination import late_members
from pipeline.orgs.legal_forms import legal_form_ends
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.lists import ListSplitter
from pipeline.orgs.lower_case_forms import with_lower_case_forms
from pipeline.orgs.makers import MakerNames
from pipeline.orgs.member_cues import MEMBERS, POSTS, MemberCuedNames
from pipeline.orgs.mentions import Mentions
from pipeline.orgs.name_parts import name_parts
from pipeline.orgs.names import NameBounds
from pipeline.orgs.of_place_forms import joined_over_of_place
from pipeline.orgs.outlet_names import OUTLET, outlet_names
from pipeline.orgs.place_led import place_led_names
from pipeline.orgs.place_names import PlaceNames
from pipeline.orgs.possessive_cuts import without_possessive_cuts
from pipeline.orgs.possessive_names import possessive_names
from pipeline.orgs.press_review import press_review_papers
from pipeline.orgs.ratings import rating_agencies
from pipeline.orgs.registrant_heads import (
    EVENT_HEAD,
    EVENT_HEADS,
    REGISTRANT_HEAD,
    registrant_head_names,
)
from pipeline.orgs.sign_offs import sign_off_desks
from pipeline.orgs.source_lines import source_lines
from pipeline.orgs.staff_cues import LOCATIVE, LOCATIVES, STAFF
from pipeline.orgs.stray_words import without_stray_words
from pipeline.orgs.teams import TeamNames
from pipeline.orgs.text import is_all_caps, written_in_lower_case
from pipeline.orgs.the_acronyms import the_acronyms
from pipeline.orgs.ticker_names import ticker_names
from pipeline.orgs.tickers import ticker_pattern, without_tickers
from pipeline.orgs.told_acronyms import told_acronyms
from pipeline.orgs.union_prefix import without_union_prefix
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches, WordLists
from pipeline.rules.schema import OrgData, OrgRules, load_rules

SIGN_OFF_DASHES = ("--", "—", "–")
"""A line that opens with a dash signs a report off ("-- Eva Lind, Tallinn Newsroom",
"— Kestrel Herald, May 2"): its capitals are names, not Title Case. Nor is a line that the
next goes on from in lower case a headline: it is a sentence broken across lines."""


def continues_in_lower_case(line: str) -> bool:
    """The line goes on with the sentence before it ("refrained from ..."): it opens in lower
    case, and not with a byline's "by"."""
    return line[:1].islower() and not line.startswith("by ")


ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")

MODEL_NUMBER = re.compile(r"[A-Z]?\d{2,4}[A-Z]?")
"""A model number after a maker's name: "310", "A320", "747"."""
YEAR = re.compile(r"(?:19|20)\d\d")
SIGNED_NUMBER = re.compile(r"[+-]\d[\d.,]*|\d+\.\d+")
"""A change or a rate ("+20", "1.5") before a unit, not a count ("14 Vell partners")."""
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})

UNIT_ENDS = frozenset({"said", "says", "has", "had", "is", "was", "will", "would", "and", "in"})
"""Words after "VOL Germany" that end the unit's name."""

INDEX_WORDS = frozenset({"index", "indices", "average", "composite", "futures"})
"""Words after a market index's name ("the Nikkei average")."""

LABEL_SEPARATORS = ("-", ":", "–", "—")
"""What separates a label from the name it introduces in a notice ("LEAD MGR - ...")."""

MAX_CAPS_NAME_WORDS = 5
"""A name in capitals before a cue word ("KESTREL EVENING POST said") is at most this long."""


def in_capitals(word: str) -> bool:
    """A word of two or more capitals, hyphens allowed ("AL-MASRI")."""
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def job_words(cues_before: list[str]) -> frozenset[str]:
    """The job words of the "<job> at X" cues ("analyst at", "economists at"): before a
    person's name they still place that person at an organisation."""
    return frozenset(
        cue.split()[-2] for cue in cues_before if cue.endswith(" at") and len(cue.split()) >= 2
    )


MAX_TITLE_WORDS = 3
"""A portfolio before a title is short: "Farm Commissioner", "Foreign Policy Chief"."""


def before_a_title(words: list[str], end: int) -> bool:
    """A person's title ends within a few capitalised words from ``end``: "Farm
    Commissioner", "Secretary-General"."""
    for word in words[end : end + MAX_TITLE_WORDS]:
        if word.lower() in PERSON_TITLES:
            return True
        if not word[:1].isupper():
            return False
    return False


def dotted_acronyms(names: list[str]) -> list[str]:
    """ "U.N." for "UN": the press writes short acronyms with full stops too."""
    return [".".join(n) + "." for n in names if n.isalpha() and n.isupper() and len(n) <= 3]


MIN_SPOKEN_ACRONYM = 4
"""Letters of a gazetteer acronym that house styles write as a word ("Tarvo" for "TARVO"):
shorter ones are spelt out, letter by letter."""


def spoken_acronyms(gazetteer: list[str], lex: OrgLexicon) -> list[str]:
    """The gazetteer's acronyms of four letters or more in Title Case, as British and some
    other house styles write the ones said as a word ("Tarvo" for "TARVO"), unless that form
    is a first name. One that is also an everyday word gets the gazetteer's own test for one
    (``well_known``: never in lower case in the article, not beside another name word).
    Worked out once, at load."""
    return [
        name.title()
        for name in gazetteer
        if len(name) >= MIN_SPOKEN_ACRONYM
        and name.isalpha()
        and name.isupper()
        and name.title() not in lex.first_names
    ]


class OrgRecognizer(RuleComponent):
    data_model = OrgData

    @property
    def labels(self) -> tuple[str, ...]:
        return ("ORG",)

    def default_data(self) -> RuleData:
        from pipeline import library_data, name_sources
        from pipeline.orgs.weak_first_names import weak_first_names

        _, curated = load_rules(OrgRules, "orgs.json")
        excluded = set(curated.pop("legal_form_exclusions"))
        forms = library_data.legal_forms(excluded)
        curated["legal_forms"] = forms + curated.pop("extra_legal_forms")
        curated["common_words"] = sorted(library_data.common_words())
        curated["frequent_words"] = sorted(library_data.common_words(library_data.PLACE_WORD_LIMIT))
        # a name opening with an everyday word is no person without more evidence ("Chase
        # Tarrow"); the word alone still is no one-word firm (``repeated``)
        curated["weak_first_names"] = sorted(weak_first_names())
        curated["first_names"] = sorted(name_sources.first_names() - weak_first_names())
        listed = name_sources.listed_companies()
        cue_only = name_sources.cue_only_companies() - listed
        curated["listed_companies"] = sorted(listed | cue_only)
        curated["everyday_names"] = sorted(
            {*name_sources.everyday_names([*listed, *curated["gazetteer"]]), *cue_only}
        )
        curated["countries"] = sorted(name_sources.countries())
        # everyday compounds a dictionary lists ("sandbank", "subgroup"): ``compound_heads``
        curated["compound_words"] = sorted(
            w for w in name_sources.dictionary_words() if w.endswith(COMPOUND_ENDINGS)
        )
        curated["language_names"] = library_data.language_names()
        curated["world_regions"] = library_data.world_regions()
        curated["gazetteer"] += sorted(name_sources.unions_of_countries())
        curated["gazetteer"] = curated["gazetteer"] + dotted_acronyms(curated["gazetteer"])
        return {key: sorted(set(value)) for key, value in curated.items()}

    def compile(self, data: RuleData) -> None:
        lex = OrgLexicon.from_data(data, self.nlp.Defaults.stop_words)
        self.lexicon = lex
        # "Tarvqo" for a gazetteer's "TARVQO": ``spoken_acronyms``, read by the word lists
        self.spoken_acronyms = frozenset(spoken_acronyms(data["gazetteer"], lex))
        self.word_lists = self.compile_word_lists(data, lex)
        self.everyday_names = frozenset(data["everyday_names"])
        self.press_review_words = frozenset(data["press_review_words"])
        self.press_section_words = frozenset(data["press_section_words"])
        self.bodies = frozenset(data["standalone_bodies"])
        self.compound_words = frozenset(data["compound_words"])
        self.languages = frozenset(data["language_names"])
        """ "Swahili", "Urdu": a language before a medium is no outlet's name."""
        self.countries = frozenset(data["countries"]) | frozenset(data["country_aliases"])
        self.country_initials = frozenset(
            form for country in self.countries for form in initialisms(country)
        )
        """ "UK", "HK", "UAE": a country's initials are a place, not an acronym's body."""
        self.country_forms = self.countries | self.country_initials
        """Countries by name or by initials, as the line rules look them up (built once)."""
        self.country_openings = frozenset(
            country[:size] for country in self.countries for size in range(1, len(country) + 1)
        )
        """Every leading part of a country's name: a word that opens none cannot open one."""
        self.bounds = NameBounds(lex)
        self.described = DescribedNames(lex, self.bounds)
        # a defined term's last word ("... Policy Statement (MTBPS)") joins the measures'
        not_org_tails = frozenset(data["not_org_tails"]) | frozenset(data["defined_term_tails"])
        self.mentions = Mentions(lex, self.spans_key, not_org_tails)
        self.teams = TeamNames(
            lex,
            tuple(data["result_verbs"]),
            self.countries,
            tuple(data["club_nouns"]),
            frozenset(data["sport_names"]),
            tuple(data["club_cues"]),
        )
        self.place_names = PlaceNames(lex, self.countries)
        self.place_led_heads = frozenset(data["place_led_heads"])
        self.lists = ListSplitter(lex)
        # ``repeated``, with plural staff nouns after a name as one more cue (``staff_cues``)
        # and a party's members and posts (``member_cues``)
        self.repeated = MemberCuedNames(
            lex, frozenset(data["place_nouns_after"]), frozenset(data["roles_after_names"])
        )
        self.cues = CueNames(
            lex,
            frozenset(data["group_nouns"]),
            frozenset(data["first_names"]),
            frozenset(data["country_prefixes"]),
            self.countries,
            roles=job_words(data["cues_before"]),
            place_nouns=frozenset(data["place_nouns_after"]),
        )
        self.coordinated = CoordinatedNames(lex, self.cues)
        self.makers = MakerNames(lex, self.everyday_names, frozenset(data["place_nouns_after"]))
        self.extents = OrgExtents(lex, self.country_forms)
        self.tickers = ticker_pattern(data["stock_exchanges"])
        self.compass_words = frozenset(data["compass_words"])
        # after a company's everyday first word: a subject's verb, a preposition, or a staff
        # or role noun of the company's ("Anchor employees"): ``everyday_fronts``
        self.everyday_fronts = EverydayFronts(
            lex,
            self.countries | frozenset(data["world_regions"]),
            Followers(
                frozenset(data["verbs_after_short_forms"])
                | frozenset(data["staff_nouns_after_names"])
                | frozenset(data["roles_after_names"]),
                frozenset(data["prepositions_after_short_forms"]),
            ),
        )
        self.glued_participles = frozenset(data["glued_participles"])
        self.post_titles = frozenset(data["post_titles"])
        self.post_ranks = frozenset(data["post_ranks"])
        self.channel_words = frozenset(data["channel_words"])
        self.channel_numbers = frozenset(data["channel_numbers"])
        self.lower_case_forms = frozenset(data["lower_case_legal_forms"])
        self.caps_slots = CapsSlots(
            lex,
            data["not_name_acronyms"],
            data["caps_job_words"],
            data["caps_kind_nouns"],
            data["caps_participles"],
            data["caps_staff_words"],
            data["caps_subject_modifiers"],
            data["caps_subject_verbs"],
        )

    def compile_word_lists(self, data: RuleData, lex: OrgLexicon) -> WordLists:
        """Every list the rules look up, for one ORTH and one LOWER pass per Doc.

        Single-word sets are phrase lists too: a Matcher "IN" predicate is Python per token.
        Cue phrases also come with curly apostrophes; "GROUP", "OF", "AMP", "PREFIX", "AT"
        and "POSS" are the words the cue rules start from; "ROLE" the staff nouns of
        ``repeated`` (a one-token match is a token ``in`` that set); "EVENT_HEAD" and
        "LOCATIVE" the words ``registrant_heads`` and ``staff_cues`` look for in the article.
        """
        lists = WordLists(self.nlp)
        lists.add("HEAD", lex.matched_heads)
        lists.add("ORG", [*data["gazetteer"], *self.spoken_acronyms])
        lists.add("LISTED", data["listed_companies"])
        lists.add("DESCRIPTOR", lex.descriptors, "LOWER")
        forms = {v for f in data["legal_forms"] for v in (f, f.title(), f.upper())}
        lists.add("LEGAL", forms, "LOWER")
        lists.add("SPORT", data["sport_words"], "LOWER")
        cues_before = data["cues_before"] + data["merger_cues_before"]
        # "Vexora's debt": the possessive nouns are cues after the name with its possessive
        cues_after = data["cues_after"] + [f"'s {noun}" for noun in data["possessive_cues_after"]]
        for name, phrases in (("BEFORE", cues_before), ("AFTER", cues_after)):
            lists.add(name, {v for p in phrases for v in (p, p.replace("'", "’"))}, "LOWER")
        lists.add("GROUP", data["group_nouns"], "LOWER")
        lists.add("OF", ["of"], "LOWER")
        lists.add("AMP", ["&"], "LOWER")
        lists.add("PREFIX", {p.lower() for p in data["country_prefixes"]}, "LOWER")
        lists.add("AT", ["at"], "LOWER")
        lists.add("POSS", data["possessive_endings"], "LOWER")
        lists.add("ACRONYM_CUE", data["acronym_cues_after"], "LOWER")
        lists.add(STAFF, data["staff_nouns_after_names"])
        lists.add(MEMBERS, data["member_nouns_after_names"])
        lists.add(POSTS, data["member_posts_after_names"])
        lists.add(REGISTRANT_HEAD, data["registrant_head_words"])
        lists.add(OUTLET, data["outlet_nouns_after_names"])
        lists.add(EVENT_HEAD, EVENT_HEADS)
        lists.add(LOCATIVE, LOCATIVES, "LOWER")
        lists.add("BODY", data["standalone_bodies"])
        lists.add("THE", ["the"], "LOWER")
        lists.add("HEAD_TITLE", HEAD_TITLES)
        lists.add("ROLE", data["roles_after_names"])
        return lists

    def cued_acronyms(
        self, tokens: DocView, matches: Matches, caps_lines: list[tuple[int, int]], places: set[str]
    ) -> list[Span]:
        """A bare acronym followed by a word only an organisation takes: "KLU said", "ZTV
        television", "PKZ guerrillas", "the TRF officials"; also a run of words in capitals, as
        press reviews print a paper's name in a mixed-case sentence ("DAILY VELLMAR said").

        Two to six capitals, not a place, not a grammar word or an everyday abbreviation ("IT",
        "CEO", ``not_name_acronyms``), not after "a" or "an" (a person's title: "an MEP
        said"), and not in an ALL-CAPS line, where every word is in capitals. Two capitals
        right after a name word are a title or a legal form ("Ana Lind TD said", "Tarnby
        Savings FA said"), as units, grades and initials are what else two capitals write;
        before a cue, alone, they are a body ("QZ said"). Its other mentions follow from
        ``mentions`` (one name, one sense per article).
        """
        words, lex = tokens.words, self.lexicon
        spans: list[Span] = []
        for cue, _ in matches["ACRONYM_CUE"]:
            i = cue - 1
            if i < 0 or (caps_lines and any(a <= i < b for a, b in caps_lines)):
                continue
            start = i
            while start > 0 and i - start < MAX_CAPS_NAME_WORDS and in_capitals(words[start - 1]):
                start -= 1
            word = words[i]
            if start == i and not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
                continue
            if start == i and ROMAN_NUMERAL.fullmatch(word):
                continue  # "James Baker III said": a person's ordinal
            if len(word) == 2 and i > 0 and lex.is_name_word(words[i - 1]):
                continue  # "Ana Lind TD said", "Tarnby Savings FA said": a title, a form
            if start < i and not in_capitals(word):
                continue
            if (
                tokens.char_text(start, cue) in places
                or tokens.char_text(start, cue) in self.country_initials
                or not lex.is_name_word(words[start])
                or word.lower() in lex.stop_words
                or (start == i and word in self.caps_slots.not_name_acronyms)
                or (start > 0 and words[start - 1].lower() in ("a", "an"))
            ):
                continue
            spans.append(Span(tokens.doc, start, cue, label=ORG))
        return spans

    def well_known(
        self, tokens: DocView, matches: Matches, sentence_starts: frozenset[int]
    ) -> list[Span]:
        """The curated gazetteer's names. A one-word name that is also an everyday word
        ("Apple", "Shell", "Unity") needs the article's support: never in lower case in the
        article, not beside another name word, and written mid-sentence when it is one of the
        most frequent words (a rarer word such as a wire service's name opens a sentence as a
        name: "Kestrelwire has not verified ..."); its other mentions, sentence-initial ones
        too, are then found as repeats (``mentions``). An acronym before a person's title is
        the title's body, not part of a longer name ("EU Trade Commissioner Ana Lind"). A
        title listed with its "The" is matched with it and found without it, as the contract
        leaves a leading "the" out of every name."""
        words = tokens.words
        spans = []
        for start, end in matches["ORG"]:
            word = words[start]
            if (
                end - start == 1
                and word.lower() in self.lexicon.common
                and (
                    (start in sentence_starts and word.lower() in self.lexicon.frequent)
                    or written_in_lower_case(tokens, word)
                    or (
                        self.mentions.inside_longer_name(tokens, start, end)
                        and not (word.isupper() and before_a_title(words, end))
                    )
                )
            ):
                continue
            if end - start == 1 and (
                self.names_an_index(words, end) or self.names_a_model_or_unit(words, start, end)
            ):
                continue
            if word in self.spoken_acronyms and written_in_lower_case(tokens, word):
                continue  # a Title Case acronym the article also writes as a word
            if end - start > 1 and word.lower() == "the":
                start += 1  # a title listed with its "The": the span leaves it out (CONTRACT)
            spans.append(Span(tokens.doc, start, end, label=ORG))
        return spans

    def national_units(self, tokens: DocView, found: list[Span]) -> list[Span]:
        """An organisation's unit in a country, named by the two together: "VOL Germany
        said", "head of Tarn Motors Italy ," (the country is part of the unit's name, no GPE
        inside). The name ends there: punctuation or a grammar or reporting word follows. A
        noun after the country makes it a modifier ("the NATO Vellmar summit"), and a name
        word after it a longer name for the other rules; a city is where something happens
        ("the NATO Washington summit"), not a unit."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        units: list[Span] = []
        for span in found:
            end = span.end
            if end >= len(words) or starts[end] != ends[end - 1] + 1:
                continue  # one space between the name and the place
            if words[end] not in self.country_openings:
                continue  # most names: the next word opens no country's name
            for size in (2, 1):
                stop = end + size
                if stop > len(words):
                    continue
                if tokens.char_text(end, stop) not in self.countries:
                    continue
                after = words[stop] if stop < len(words) else ""
                if not after.isalnum() or after.lower() in UNIT_ENDS:
                    units.append(Span(tokens.doc, span.start, stop, label=ORG))
                break
        return units

    @staticmethod
    def names_an_index(words: list[str], end: int) -> bool:
        """A one-word name before an index word is a market index, whatever else it names:
        "the Vell composite index", "the Nikkei average", "Nikkei futures"."""
        return end < len(words) and words[end].lower() in INDEX_WORDS

    @staticmethod
    def names_a_model_or_unit(words: list[str], start: int, end: int) -> bool:
        """A one-word name before a model number is the maker's product ("the Vellbus 310
        was hijacked"), and one after a number is a unit ("a spread of +20 BP"). A year
        beside a name is a date of its own ("Vellco 1996 profit"), and an amount of money
        before one is what a table row pays it."""
        after = words[end] if end < len(words) else ""
        if MODEL_NUMBER.fullmatch(after) and not YEAR.fullmatch(after):
            return True
        before = words[start - 1] if start > 0 else ""
        return (
            SIGNED_NUMBER.fullmatch(before) is not None
            and not YEAR.fullmatch(before)
            and not (start > 1 and words[start - 2] in CURRENCY_SIGNS)  # "$ 875,000 Vellco"
        )

    def dateline_agencies(self, tokens: DocView, places: set[str]) -> list[Span]:
        """The news agency a dateline names in brackets: "OSLO, May 2 (Coast Wire) --".
        Without a bracket in the text there is none, and the datelines are not searched."""
        spans: list[Span] = []
        if "(" not in tokens.text:
            return spans
        for start, end in tokens.dateline_agencies:
            name = tokens.text[start:end]
            found = tokens.token_range(start, end)
            if found is None or name in places or not self.lexicon.is_name_word(name):
                continue
            if any(not self.lexicon.is_name_word(w) for w in tokens.words[found[0] : found[1]]):
                continue  # "(Coast Wire)" yes, "(updated 2 p.m.)" no
            spans.append(Span(tokens.doc, *found, label=ORG))
        return spans

    def listed_companies(self, tokens: DocView, matches: Matches, found: list[Span]) -> list[Span]:
        """Index-listed companies (``name_sources``), where the article supports the name.

        A one-word name must not sit beside another name word ("Ian Pearson"), nor be written
        anywhere in the article after a first name ("Ana Ruiz Vidal ... Vidal said": a person
        keeps that sense throughout). One that is
        also an everyday word ("Oracle", "Shell", "News") is left to the context cues
        ("shares of Oracle"): in a feed about technology, "Unity" and "News" are words first.
        After a number a one-word name is a unit ("4.0 Celsius"), not a company.
        """
        taken = {i for span in found for i in range(span.start, span.end)}
        spans = []
        surnames: set[int] = set()
        for start, end in matches["LISTED"]:
            if end - start == 1 and self.lexicon.after_first_name(tokens.words, start):
                surnames.add(tokens.doc[start].orth)
        for start, end in matches["LISTED"]:
            if start in taken or end - 1 in taken:
                continue
            if end - start == 1 and (
                self.names_an_index(tokens.words, end)
                or self.names_a_model_or_unit(tokens.words, start, end)
                or tokens.words[start] in self.everyday_names
                or self.mentions.inside_longer_name(tokens, start, end)
                or tokens.doc[start].orth in surnames
                or (start > 0 and tokens.doc[start - 1].like_num)
            ):
                continue
            if end - start > 1 and self.in_a_longer_name(tokens, start, end):
                continue
            spans.append(Span(tokens.doc, start, end, label=ORG))
        return spans

    def body_in_a_longer_name(self, tokens: DocView, span: Span) -> bool:
        """A repeat of a body named by its head word alone ("the Treasury") inside a longer
        name ("the Vell Treasury"), which is another body: ``bodies`` takes the word alone."""
        return (
            span.end - span.start == 1
            and tokens.words[span.start] in self.bodies
            and self.mentions.inside_longer_name(tokens, span.start, span.end)
        )

    def in_a_longer_name(self, tokens: DocView, start: int, end: int) -> bool:
        """A listed name of several words after a capitalised word, or before "of" and one,
        ends or starts another organisation ("Norvale National Bank", "Tarrow Fields of
        Vessany") whose boundaries the other rules know better. A capitalised word after it
        is often a product ("McDonald's Big Mac") and does not count."""
        words = tokens.words
        before = words[start - 1] if start > 0 else ""
        if before[:1].isupper() and before not in self.lexicon.not_name:
            return True
        return end + 1 < len(words) and words[end] == "of" and words[end + 1][:1].isupper()

    def labelled_line(self, words: list[str], name: tuple[int, int], sent: tuple[int, int]) -> bool:
        """A Title Case line that is a company's name with its legal form and nothing else,
        or after a label and a dash or colon ("BORROWER - Vell Gas Co Ltd", "Source : Vell
        Services Corporation"): bond notices and tables list the parties so. In any other
        Title Case line the capitals say nothing. A whole line that opens with an everyday
        word may open with a label ("Lead Manager Vell & Co Inc"), whose end is unknown."""
        start, end = name
        line_start, line_end = sent
        if any(word.strip() not in ("", ".", ",") for word in words[end:line_end]):
            return False  # more words after the name
        if start == line_start:
            return words[start].lower() not in self.lexicon.common
        return words[start - 1] in LABEL_SEPARATORS

    def country_tail(
        self, tokens: DocView, name: tuple[int, int], head: int, places: set[str]
    ) -> int:
        """End of a name that says "of the <country>" after it is complete: "Tarn State
        University of the US" is Tarn State University and "University of Vellfield of the
        UK" is University of Vellfield, the country saying where they are; "University of
        the Vell Islands" names itself so (nothing named before its "of")."""
        start, end = name
        words = tokens.words
        for k in range(head + 1, end - 2):
            if words[k] != "of" or words[k + 1] != "the" or (start == head and k == head + 1):
                continue
            tail = tokens.char_text(k + 2, end)
            if tail in places or tail in self.countries:
                return k
        return end

    def partner_before_comma(
        self, tokens: DocView, name: tuple[int, int], floor: int, places: set[str]
    ) -> int:
        """Start of a firm's name that lists its partners with a comma before the "&": "Kalf,
        Vorhees & Co" (one partner's name, alone after a non-name word, and no place: "in
        Oslo, Vorhees & Co said" names two things)."""
        words = tokens.words
        start, end = name
        if "&" not in words[start:end] or start - 2 < floor or words[start - 1] != ",":
            return start
        partner = start - 2
        if (
            not self.lexicon.is_name_word(words[partner])
            or words[partner] in places
            or words[partner] in self.lexicon.first_names
            or (partner > floor and (self.lexicon.is_name_word(words[partner - 1])))
            or (partner > floor and words[partner - 1] == ",")
        ):
            return start
        return partner

    def head_names(
        self,
        tokens: DocView,
        matches: Matches,
        sentences: list[tuple[int, int]],
        headline: list[bool],
        legal: dict[int, int],
        places: set[str],
        companies: list[Span],
    ) -> list[Span]:
        """Rule 1 at every head word and legal form outside headlines; names with a legal
        form (and a company coordinated with one) are also added to ``companies``."""
        doc, words = tokens.doc, tokens.words
        sentence_starts = [start for start, _ in sentences]
        heads = [(start, False) for start, _ in matches["HEAD"]]
        heads += [(start, True) for start in legal]
        found: list[Span] = []
        for head, is_legal in heads:
            index = bisect_right(sentence_starts, head) - 1
            if headline[index] and not is_legal:
                continue
            sent = sentences[index]
            if is_legal:
                name = self.bounds.legal_name(words, head, sent, legal)
                if headline[index] and not (name and self.labelled_line(words, name, sent)):
                    continue
                if name is not None:
                    name = (self.partner_before_comma(tokens, name, sent[0], places), name[1])
            else:
                name = self.bounds.head_name(words, head, sent, legal)
                if name is not None:
                    name = (name[0], self.country_tail(tokens, name, head, places))
            if name is None:
                continue
            text = tokens.char_text(*name)
            if text in places or text in self.countries:
                continue  # "the Soviet Union": a country named with a head word
            span = Span(doc, *name, label=ORG)
            found.append(span)
            if is_legal:
                companies.append(span)
                partner = self.bounds.coordinated_before(words, name[0], sent[0])
                if partner is not None:
                    found.append(Span(doc, *partner, label=ORG))
                    companies.append(found[-1])
        return found

    def process(self, doc: Doc) -> Doc:
        tokens = doc_view(doc)
        sentences = sentence_bounds(doc)
        sentence_starts = [start for start, _ in sentences]
        matches = self.word_lists(doc)
        found = self.well_known(tokens, matches, tokens.sentence_start_set)
        text, starts, ends = tokens.text, tokens.starts, tokens.ends
        lines = [text[starts[start] : ends[end - 1]] for start, end in sentences]
        headline = [
            # a line ending in a full stop is a sentence (``is_headline``'s first test, here
            # without a call for the many lines it settles)
            not line.endswith(".")
            and is_headline(line, closing_quote_ends=False)
            and not line.startswith(SIGN_OFF_DASHES)
            and not (index + 1 < len(lines) and continues_in_lower_case(lines[index + 1]))
            for index, line in enumerate(lines)
        ]
        caps = [s for s, line in zip(sentences, lines, strict=True) if is_all_caps(line)]
        legal = legal_form_ends(tokens, matches["LEGAL"], self.lexicon, caps)  # ``legal_forms``
        legal = with_lower_case_forms(tokens, legal, self.lower_case_forms, self.lexicon)
        place_ranges = self.mentions.place_ranges(tokens, trusted=notes_hold(self.nlp))
        places = self.mentions.places(tokens, place_ranges)
        companies: list[Span] = []
        found += self.head_names(tokens, matches, sentences, headline, legal, places, companies)
        described = [
            span
            for span in self.described.described_names(
                tokens, matches, sentences, sentence_starts, headline
            )
            if tokens.char_text(span.start, span.end) not in places
            or self.described.after_media_noun(tokens.words, span.start)
        ]
        found.extend(described)
        found.extend(self.dateline_agencies(tokens, places))
        found.extend(self.listed_companies(tokens, matches, found))
        cued = [
            span
            for span in self.cues.find(
                tokens, matches, sentences, sentence_starts, headline, places
            )
            if tokens.char_text(span.start, span.end) not in self.country_initials
        ]
        teams = list(self.teams.find(tokens, matches, sentences, places))
        teams += self.teams.nicknames(tokens, teams, places)
        cued += teams
        cued += self.cued_acronyms(tokens, matches, caps, places)
        headline_sentences = [s for s, is_head in zip(sentences, headline, strict=True) if is_head]
        # lines where every word is capitalised: capitals and headlines say nothing of names
        unread_lines = UnreadLines(caps + headline_sentences)
        cued += standalone_bodies(tokens, self.lexicon, matches["BODY"], unread_lines, places)
        cued += press_review_papers(
            tokens, self.press_review_words, places, self.countries, self.press_section_words
        )
        cued += sign_off_desks(tokens, self.lexicon, places)
        cued += source_lines(tokens, self.lexicon, places, self.country_forms)
        cued += rating_agencies(tokens, self.lexicon, places)
        # agencies credited in mixed-case or bare datelines and at a story's end
        cued += agency_credits(tokens, self.lexicon, places, self.country_forms)
        # an agency after a dash at the story's end ("... it said. — KNW"): ``closing_credits``
        cued += closing_credits(tokens, self.lexicon, places, self.country_forms)
        # an acronym spoken to or reporting ("told KNW in Tarnby"): ``told_acronyms``
        cued += told_acronyms(tokens, self.lexicon, places, self.country_forms)
        cued += digest_companies(tokens, self.lexicon, sentences, caps, places)
        cued += source_code(tokens, self.lexicon, places, self.country_forms)
        cued += defined_names(tokens, self.lexicon, caps, places, self.mentions.not_org_tails)
        # "said KUV General Secretary Ana Lind": ``acronym_posts``
        cued += acronyms_before_posts(
            tokens,
            self.lexicon,
            self.post_titles,
            self.post_ranks,
            unread_lines,
            places,
            self.country_forms,
        )
        # an acronym before a job and a person, after a kind of body, before "-owned":
        # ``caps_slots``
        cued += self.caps_slots.find(tokens, unread_lines, places, self.country_forms)
        cued += the_acronyms(
            tokens,
            self.lexicon,
            matches["THE"],
            unread_lines,
            places,
            self.country_forms,
            self.mentions.not_org_tails,
        )
        # a company name ending in a registrant's last word: ``registrant_heads``
        cued += registrant_head_names(tokens, matches, self.lexicon, unread_lines, found)
        # a name set off by commas after a company noun: ``comma_appositions``
        cued += comma_appositions(
            tokens, matches, self.described, self.lexicon, unread_lines, places
        )
        # a name a company or group noun introduces with "called": ``called_names``
        cued += called_names(tokens, matches, self.described, self.lexicon, unread_lines, places)
        # a masthead or call sign right before its medium: ``outlet_names``
        cued += outlet_names(
            tokens,
            self.lexicon,
            self.cues,
            matches,
            sentences,
            unread_lines,
            places,
            self.languages,
        )
        # the name before a ticker bracket is a listed company: ``ticker_names``
        cued += ticker_names(tokens, self.tickers, self.bounds, unread_lines, places)
        found.extend(cued)
        found, companies, described, cued = self.lists.split(
            tokens, (found, companies, described, cued), places
        )
        found.extend(self.lists.joined_by_acronym(tokens))
        # a company named in angle brackets ("<Kelvo Milbank and Co>"): ``bracketed_names``
        bracketed = bracketed_names(tokens, self.lexicon, places)
        found = with_bracketed_names(found, bracketed)
        found.extend(self.place_names.find(tokens, found, places, caps, place_ranges))
        found.extend(
            place_led_names(tokens, self.lexicon, place_ranges, self.place_led_heads, unread_lines)
        )
        # a saint or an office before a possessive in a name: ``possessive_names``
        found.extend(
            possessive_names(tokens, self.lexicon, self.bounds, matches["POSS"], unread_lines)
        )
        # a name that ends with a country ("Tessel Research UK"): ``country_suffixed``
        found.extend(
            country_suffixed_names(
                tokens,
                self.lexicon,
                place_ranges,
                self.countries,
                self.country_initials,
                places,
                found,
                unread_lines,
            )
        )
        found.extend(
            head_country_names(
                tokens,
                self.lexicon,
                self.bounds,
                matches["HEAD"],
                self.countries,
                self.country_initials,
                places,
                unread_lines,
            )
        )
        skipped = {i for a, b in unread_lines for i in range(a, b)}
        found.extend(self.repeated.find(tokens, matches, skipped, places, found))
        # a head word joined to a one-word name ("Vellenbank"): ``compound_heads``
        found.extend(
            compound_head_names(
                tokens, self.lexicon, places, self.compound_words, unread_lines, found
            )
        )
        # a maker before its product ("the Kelvo Nimbus"): ``makers``
        found.extend(self.makers.find(tokens, matches["ORG"], found, skipped, places))
        # list members beside a found name ("Kelvo and Geely"): ``coordinated``
        unread_set = set(unread_lines)
        unread = [s in unread_set for s in sentences]
        found.extend(self.coordinated.find(tokens, found, sentences, unread, places))
        read_for_lists = {(span.start, span.end) for span in found}
        # "Drovers" cut from "Drovers' Union" is no short form: ``possessive_cuts``
        found = without_possessive_cuts(tokens, found)
        canonical: dict[str, str] = {}
        mentions = self.mentions
        found.extend(
            span
            for span in mentions.short_forms(
                tokens, found, companies + described + cued, canonical, places
            )
            if not self.body_in_a_longer_name(tokens, span)
        )
        # the head-less and last-word short forms of found names: ``name_parts``
        found.extend(name_parts(tokens, self.lexicon, found, places, canonical))
        # a company's name less its business word or subsidiary's place: ``core_forms``
        found.extend(
            core_forms(tokens, self.lexicon, found, companies, places, self.countries, canonical)
        )
        # a legal name's front written alone once ("Velder Tarn"): ``company_short_forms``
        found.extend(
            company_short_forms(
                tokens,
                self.lexicon,
                found,
                places,
                self.countries,
                canonical,
                self.cues.place_nouns,
            )
        )
        found.extend(mentions.acronyms(tokens, found, canonical, places))
        found.extend(mentions.in_headlines(tokens, found, headline_sentences))
        found.extend(mentions.in_capitals(tokens, found, caps))
        found.extend(self.national_units(tokens, found))
        # lists beside names only the article-level passes found: ``late_coordination``
        found.extend(
            late_members(
                tokens,
                self.coordinated,
                mentions,
                found,
                read_for_lists,
                sentences,
                unread,
                places,
                canonical,
            )
        )
        # a broadcaster's channel or station ("VTV Radio 3", "VTV One"): ``channels``
        found.extend(channel_names(tokens, found, places, self.channel_words, self.channel_numbers))
        if teams:
            found = self.teams.without_venues(tokens, found, teams)
        # a company's named site ("its Orsk Assembly plant"): ``facilities``
        found = without_facilities(tokens, found)
        # India's "Union" before a ministry or a minister's title: ``union_prefix``
        found = without_union_prefix(tokens, self.lexicon, found)
        # legal-form chains, spaced dashes: ``extents``
        found = self.extents.adjust(tokens, found, places, legal)
        # "<name> of <country> Ltd" is one company: ``of_place_forms``
        found = joined_over_of_place(tokens, self.lexicon, found, places, self.countries)
        # tickers, compass points, counted abbreviations, glued participles: ``tickers``,
        # ``stray_words``
        found = without_post_ranks(tokens, found, self.post_titles, self.post_ranks, self.lexicon)
        found = without_tickers(tokens, found, self.tickers)
        found = without_stray_words(
            tokens, found, self.compass_words, self.glued_participles, self.lexicon.stop_words
        )
        # a company's everyday first word where a name stands ("Anchor said"): after the
        # stray-word filter, which drops a lone compass word: ``everyday_fronts``
        listed = chain(matches["ORG"], matches["LISTED"])  # read only when a word qualifies
        found.extend(self.everyday_fronts.find(tokens, found, companies, places, canonical, listed))
        found = with_bracketed_names(found, bracketed)
        mentions.set_canonical(tokens, found, canonical)
        self.add_candidates(doc, found)
        return doc


@Language.factory(
    "launchwatch_orgs",
    default_config={"spans_key": CANDIDATES},
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
)
def make_orgs(nlp: Language, name: str, spans_key: str) -> OrgRecognizer:
    return OrgRecognizer(nlp, name, spans_key=spans_key)
