"""What one article says once, it knows everywhere: repeats, short forms, acronyms, headlines.

These rules read the names the other rules found in the same article and find their other
mentions: every repeat of a name, a company's distinctive first word ("Fjordcell" after
"Fjordcell Energy, a start-up"), an acronym defined in brackets and its bare uses, names in
Title Case headlines, and the fullest name for ``canonical``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.candidates import candidate_ranges
from pipeline.docview import DocView
from pipeline.extensions import CANDIDATES, SPAN_VALUE_KEY
from pipeline.orgs.acronyms import abbreviates, acronym_fits, initialisms
from pipeline.orgs.cues import HEAD_TITLES, PERSON_TITLES, SECOND_TITLES
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import find_all, find_names, positions, written_in_lower_case

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]$")
TITLE_SHORT = re.compile(r"^[A-Z][a-z]{2,9}$")
"""A short form written as a word ("Antam", "Pemex"): defined only when it abbreviates."""
_BRACKETS = {("(", ")"), ("[", "]")}
PLACE_TAIL_WORDS = ("in", "for", "of", "on")
"""Words that join a place to a name when a bracketed acronym spells both ("... in Vellmaria
(CTSV)")."""
_OPENING_BRACKETS = frozenset(opening for opening, _ in _BRACKETS)
_BEFORE_DEFINITION = _OPENING_BRACKETS | frozenset(PLACE_TAIL_WORDS)
"""What follows a name that a bracketed acronym after it may define (``acronyms``)."""
TITLES_AFTER_A_NAME = HEAD_TITLES | {title.split()[0] for title in SECOND_TITLES} | {"Chair"}
"""The first word of a head's title, which follows the organisation's name and opens no longer
name: "Tarnwell Chairman Ana Lind", "TM Chair and CEO Ana Lind", "Kelvo Chief Executive"."""

MAX_CACHED_NAMES = 50_000
"""Names whose own forms ``Mentions`` keeps; the cache starts again when full."""
NameForms = tuple[int, tuple[str, ...], bool, int, bool]
"""What a name alone says of its short forms (``Mentions.name_forms``)."""


class Mentions:
    """Finds the other mentions of the names found in one article."""

    def __init__(
        self,
        lexicon: OrgLexicon,
        spans_key: str = CANDIDATES,
        not_org_tails: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lexicon
        self.spans_key = spans_key
        self.not_org_tails = not_org_tails
        """Last words (lower case) of capitalised names that are not organisations, however
        the text abbreviates them ("Gross Harbour Product (GHP)", "Free Trade Act (FTA)")."""
        self._name_forms: dict[tuple[str, tuple[str, ...], bool], NameForms] = {}
        """Name text, words and company flag -> what ``derived_forms`` reads from the name
        alone: the lexicon is fixed once the rules are compiled, and names recur across
        articles."""

    def place_ranges(self, tokens: DocView, trusted: bool = True) -> list[tuple[int, int]]:
        """The (start, end) of the place recogniser's candidates, once per article: the
        ranges ``add_candidates`` noted (no Span object per member of the group), when
        ``trusted`` (``base.notes_hold``)."""
        gpe = tokens.doc.vocab.strings["GPE"]  # a label hash: no string lookup per span
        ranges = candidate_ranges(tokens.doc, self.spans_key, trusted=trusted)
        return [(start, end) for start, end, label in ranges if label == gpe]

    @staticmethod
    def places(tokens: DocView, place_ranges: list[tuple[int, int]]) -> set[str]:
        """The texts of the places found: a place name is never an ORG's short form."""
        return {tokens.span_text(start, end) for start, end in place_ranges}

    def short_forms(
        self,
        tokens: DocView,
        names: list[Span],
        companies: list[Span],
        canonical: dict[str, str],
        places: set[str],
    ) -> list[Span]:
        """Every other mention of a found name, its short forms and its initialisms.

        One name keeps one sense within an article: once "Fjordcell Energy, a start-up" is
        found, a later bare "Fjordcell" is the same organisation; after "Northern Pacific
        Institute of Technology", a bare "NPIT" is too; after "Church of Kelvinism", a bare
        "Kelvinism" is. A short form that the article also writes in lower case is a common
        noun there ("Metaverse Department"), and one written next to another name word is
        part of that name ("Ann Fjordcell"), so neither counts. A mention that one of
        ``names`` already covers is not a new candidate (most of them are: three in four).
        """
        text = tokens.text
        # the token range of each name's character range: most mentions found are these
        # names again, and a dict lookup saves them the two binary searches of token_range
        known = {(span.start_char, span.end_char): (span.start, span.end) for span in names}
        known_ranges = set(known.values())
        company_texts = {text[s.start_char : s.end_char] for s in companies}
        forms: dict[str, str] = {}
        derived: set[str] = set()
        for span in names:
            name = text[span.start_char : span.end_char]
            if name in places or name in forms:
                continue
            forms[name] = name
            if span.end - span.start < 2:
                continue
            for form in self.derived_forms(tokens, span, name in company_texts, places):
                if form not in forms:
                    forms[form] = name
                    derived.add(form)
                elif forms[form] == form:  # found bare ("GM spokesman"), short for this name
                    forms[form] = name
        if not forms:
            return []
        spans: list[Span] = []
        for start, end in find_names(text, forms):
            found = known.get((start, end)) or tokens.token_range(start, end)
            if found is None:
                continue
            form = text[start:end]
            if form in derived and self.inside_longer_name(tokens, *found):
                continue
            if found not in known_ranges:
                spans.append(Span(tokens.doc, *found, label=ORG))
            if forms[form] != form:
                canonical.setdefault(form, forms[form])
        return spans

    def derived_forms(
        self, tokens: DocView, span: Span, is_company: bool, places: set[str]
    ) -> list[str]:
        """A name's initialisms, the name of two or more words without its legal form (news
        drops "Inc" after the first mention and in headlines), its distinctive first word
        (companies and names ending in a head word; a party's everyday word, "Harvest") and
        what follows a leading head's "of" ("Church of Kelvinism"). What the name alone
        decides is worked out once per name (``name_forms``); the article's places and
        lower-case words are checked here."""
        name_words = tuple(tokens.words[span.start : span.end])
        key = (tokens.text[span.start_char : span.end_char], name_words, is_company)
        known = self._name_forms.get(key)
        if known is None:
            if len(self._name_forms) >= MAX_CACHED_NAMES:
                self._name_forms.clear()
            known = self._name_forms[key] = self.name_forms(tokens, span, name_words, is_company)
        core_size, initials, core_form, short_at, third_form = known
        forms = [form for form in initials if form not in places]
        if core_form:
            core = tokens.char_text(span.start, span.start + core_size)
            if core not in places:
                forms.append(core)  # "Vellby Apparel" after "Vellby Apparel Inc"
        if short_at >= 0:  # the distinctive first word, or a party's everyday word
            first = name_words[short_at]
            if first not in places and not written_in_lower_case(tokens, first):
                forms.append(first)
        if third_form:
            third = name_words[2]
            if third not in places and not written_in_lower_case(tokens, third):
                forms.append(third)
        return forms

    def name_forms(
        self, tokens: DocView, span: Span, name_words: tuple[str, ...], is_company: bool
    ) -> NameForms:
        """What ``derived_forms`` takes from the name itself: the number of words before its
        legal form, its initialisms that are no grammar word, and whether the name without
        its legal form, its first word and the word after a leading head's "of" qualify
        (each still subject to the article's places and lower-case words)."""
        lex, words, text = self.lex, tokens.words, tokens.text
        # "Grand Motors Corp." abbreviates as "GM": no legal form
        core_end = lex.core_end(words, span.start, span.end)
        core = tokens.char_text(span.start, core_end)
        initials = initialisms(core)
        if core_end != span.end:
            initials |= initialisms(text[span.start_char : span.end_char])
        kept = tuple(form for form in initials if form.lower() not in lex.stop_words)  # "IT"
        core_form = (
            core_end != span.end
            and core_end - span.start > 1
            and name_words[0].lower() not in PERSON_TITLES  # "Miss Vellmar Inc" runs a title
        )
        first = name_words[0]
        company_like = is_company or name_words[-1] in lex.heads
        no_places: set[str] = set()
        first_form = (
            company_like
            and first not in lex.leading_heads
            and name_words[1] not in lex.apostrophe_s
            and lex.distinctive(first, no_places)
        )
        short_at = 0 if first_form else self.everyday_short_form(name_words)
        third_form = (
            len(name_words) == 3
            and first in lex.leading_heads
            and name_words[1].lower() == "of"
            and lex.distinctive(name_words[2], no_places)
        )
        return core_end - span.start, kept, core_form, short_at, third_form

    def everyday_short_form(self, name_words: tuple[str, ...]) -> int:
        """Where the short form of a name ending in a ``short_form_heads`` word stands (-1:
        none). "Harvest Party" is called by its first word alone, though that word is an
        everyday one: parties are named for ideas and classes ("Harvest", "Reform"), and news
        drops "Party" after naming it; so is a nationality's branch of it ("Welsh Harvest
        Party": "Harvest"). A word ending like an adjective ("Progressive Party") only
        describes the party: "Progressive" alone is the adjective ("a Progressive senator"),
        so it is no short form.
        """
        lex = self.lex
        at = len(name_words) - 2
        if (
            at not in (0, 1)
            or name_words[-1] not in lex.short_form_heads
            or (at == 1 and name_words[0] not in lex.demonyms)
        ):
            return -1
        first = name_words[at]
        usable = (
            len(first) > 2
            and first.isalpha()
            and first[0].isupper()
            and not first.lower().endswith(lex.adjective_endings)
            and first not in lex.demonyms
            and first not in lex.not_name
            and first not in lex.all_heads
        )
        return at if usable else -1

    def inside_longer_name(self, tokens: DocView, start: int, end: int) -> bool:
        """A short form next to another capitalised word is part of some other name, unless
        that word opens a head's title ("GM Chairman Ana Lind": the company, then its head)."""
        words = tokens.words
        before = words[start - 1] if start > 0 else ""
        after = words[end] if end < len(words) else ""
        return (before[:1].isupper() and before not in self.lex.not_name) or (
            after[:1].isupper()
            and tokens.starts[end] == tokens.ends[end - 1] + 1
            and after not in TITLES_AFTER_A_NAME
        )

    def acronyms(
        self,
        tokens: DocView,
        names: list[Span],
        canonical: dict[str, str],
        places: set[str] | frozenset[str] = frozenset(),
    ) -> list[Span]:
        """Acronyms defined in brackets beside a name, and every bare use of them.

        "Long Name (ACR)", "Long Name [ACR]" and "ACR (Long Name)" define an acronym when its
        letters abbreviate the name (``acronyms.abbreviates``: "Vellmar Airlines (VAL)").
        The acronym also settles a nationality word before a government body: "Australian
        Renewable Energy Agency (ARENA)" keeps "Australian" because the acronym spells it.
        """
        found: list[Span] = []
        if "(" not in tokens.text and "[" not in tokens.text:
            return found  # no brackets, no definitions (most articles)
        words = tokens.words
        defined: dict[str, str] = {}
        size = len(words)
        for name_start, name_end in dict.fromkeys((span.start, span.end) for span in names):
            if (name_end >= size or words[name_end] not in _BEFORE_DEFINITION) and (
                name_start < 2 or words[name_start - 1] not in _OPENING_BRACKETS
            ):
                continue  # no bracket beside the name, nor "in"/"of" ... before one
            start, end = name_start, self.place_tail(words, name_end)
            acronym = self.bracketed_after(words, end) or self.bracketed_before(words, start, end)
            if acronym is None:
                continue
            name_text = tokens.char_text(start, end)
            # whether the acronym fits the name as found: asked once, for both tests below
            fits = acronym_fits(acronym, name_text)
            longer = None if fits else self.spelled_start(tokens, acronym, start, end)
            if longer is not None:  # "Kivu Post and Telegraph Office (KPTO)"
                start, name_text = longer, tokens.char_text(longer, end)
                found.append(Span(tokens.doc, start, end, label=ORG))
            fitted_text = name_text if longer is None else None
            if end != name_end:  # "... Shipping in Vellmaria (CTSV)": the acronym spells it
                if not abbreviates(acronym, name_text):
                    continue
                found.append(Span(tokens.doc, start, end, label=ORG))
            before = words[start - 1] if start > 0 else None
            if before is not None and before in self.lex.demonyms:
                longer = tokens.char_text(start - 1, end)
                if acronym[0] == before[0] and acronym_fits(acronym, longer):
                    found.append(Span(tokens.doc, start - 1, end, label=ORG))
                    name_text = longer
            if TITLE_SHORT.match(acronym):  # "PT Aneka Tambang Tbk (Antam)"
                if acronym.lower() not in self.lex.common and self.spelled_tail(
                    tokens, acronym, start - 1, end, abbreviates
                ):
                    defined.setdefault(acronym, name_text)
            elif (
                fits if name_text == fitted_text else acronym_fits(acronym, name_text)
            ) or abbreviates(acronym, name_text):
                defined.setdefault(acronym, name_text)
            elif self.spelled_tail(tokens, acronym, start, end, acronym_fits):
                defined.setdefault(acronym, name_text)  # "Thailand Board of Investment (BOI)"
            elif self.plain_acronym(acronym, places):
                # "Vellmar Workers Party (PKZ)": an organisation's acronym in its own language
                # need not spell the English name, but capitals in brackets right after a name
                # the rules found are its short form
                defined.setdefault(acronym, name_text)
        for start, end, acronym in self.initialled_names(tokens, defined, places):
            found.append(Span(tokens.doc, start, end, label=ORG))
            defined.setdefault(acronym, tokens.char_text(start, end))
        if not defined:
            return found
        canonical.update(defined)
        for start, end in find_names(tokens.text, defined):
            span = tokens.span(start, end)
            if span is not None:
                found.append(span)
        return found

    def plain_acronym(self, acronym: str, places: set[str] | frozenset[str]) -> bool:
        """Two to six capitals that are not a place ("(UK)") nor a grammar word ("(IT)")."""
        return (
            2 <= len(acronym) <= 6
            and acronym.isalpha()
            and acronym.isupper()
            and acronym not in places
            and acronym.lower() not in self.lex.stop_words
        )

    def initialled_names(
        self, tokens: DocView, defined: dict[str, str], places: set[str] | frozenset[str]
    ) -> list[tuple[int, int, str]]:
        """Capitalised names that no other rule found, defined by their initials in brackets.

        "Blue Horizon (BH)", "Tarvik Rights Project (TRP)": when the capitals in brackets are
        exactly the initials of the name words before them (``initialisms``), the text itself
        names a body and its acronym. The shortest such run wins ("Conservative Blue Horizon
        (BH)" is "Blue Horizon"). Not a place, not a person (a first name leading), and not a
        name whose last word says it is a measure, a law or a product (``not_org_tails``).
        """
        words = tokens.words
        openers = tokens.sentence_start_set
        found: list[tuple[int, int, str]] = []
        # the opening brackets found by ``list.index`` in C, in text order (a kind the text
        # lacks is not searched for: the search ends in an exception)
        text = tokens.text
        brackets = positions(words, "(") if "(" in text else []
        if "[" in text:
            brackets = sorted(brackets + positions(words, "["))
        for i in brackets:
            word = words[i]
            if i + 2 >= len(words) or i == 0:
                continue
            acronym = words[i + 1]
            if (word, words[i + 2]) not in _BRACKETS or acronym in defined:
                continue
            if not self.plain_acronym(acronym, places):
                continue
            start = self.initialled_start(tokens, acronym, i, openers)
            if start is None:
                continue
            name = tokens.char_text(start, i)
            if (
                name in places
                or words[start] in self.lex.first_names
                or words[i - 1].lower() in self.not_org_tails
                or all(w in self.lex.demonyms for w in words[start:i] if w[:1].isupper())
            ):
                continue
            found.append((start, i, acronym))
        return found

    def initialled_start(
        self, tokens: DocView, acronym: str, end: int, openers: frozenset[int]
    ) -> int | None:
        """Start of the shortest run of name words ending at ``end`` whose initials are the
        acronym ("of", "and", "for" and hyphens may stand inside), or None."""
        words = tokens.words
        start = end
        while start > 0 and end - start < 2 * len(acronym) + 2:
            word = words[start - 1]
            inside = word.lower() in self.lex.inner or word in self.lex.connectors
            if not (self.lex.is_name_word(word) or (inside and start < end)):
                break
            start -= 1
            if self.lex.is_name_word(word) and acronym in initialisms(tokens.char_text(start, end)):
                return start
            if start in openers:
                break
        return None

    def spelled_start(self, tokens: DocView, acronym: str, start: int, end: int) -> int | None:
        """Where a name cut short on its left starts, when the acronym after it says so.

        The head-word rule stops at an "and" after another head word ("... Post and
        Telegraph Office"); when the bracketed acronym's initials do not fit the name found
        but fit it with up to three more name words (and one "and" or "&") on its left, those
        words belong to it: the text itself pairs the acronym with the longer name.
        """
        words = tokens.words
        if acronym_fits(acronym, tokens.char_text(start, end)):
            return None
        left, added = start, 0
        while left > 0 and added < 3:
            word = words[left - 1]
            if self.lex.is_name_word(word) and word not in self.lex.demonyms:
                added += 1
            elif not (word.lower() in self.lex.list_connectors and left - 1 < start):
                break
            left -= 1
            if self.lex.is_name_word(words[left]) and acronym_fits(
                acronym, tokens.char_text(left, end)
            ):
                return left
        return None

    def spelled_tail(
        self,
        tokens: DocView,
        acronym: str,
        start: int,
        end: int,
        spells: Callable[[str, str], bool],
    ) -> bool:
        """The short form spells the name without its first words: "BOI" for "Thailand
        Board of Investment", "LEO" for "Michigan Department of Labor and Economic
        Opportunity", "Antam" for "PT Aneka Tambang Tbk". The long name stays the whole
        name; it keeps two words at least, after the ``start`` + 1 where the search begins."""
        words = tokens.words
        for cut in range(start + 1, end - 1):
            if self.lex.is_name_word(words[cut]) and spells(acronym, tokens.char_text(cut, end)):
                return True
        return False

    def place_tail(self, words: list[str], end: int) -> int:
        """End of "in Europe" after a name when a bracketed acronym follows it, else ``end``.

        A name does not take "in <place>" in general ("the Ministry of Finance in Lagos"), but
        when an acronym right after it spells that part too, the words belong to the name.
        """
        if end + 1 >= len(words) or words[end] not in PLACE_TAIL_WORDS:
            return end
        k = end + 1
        while k < len(words) and k - end <= 3 and self.lex.is_name_word(words[k]):
            k += 1
        if k > end + 1 and self.bracketed_after(words, k):
            return k
        return end

    @staticmethod
    def bracketed_after(words: list[str], end: int) -> str | None:
        """The acronym in "Name (ACR)" or "Name [ACR]", if the name ends at ``end``; also a
        short form in Title Case ("PT Aneka Tambang Tbk (Antam)"), which ``acronyms`` takes
        only when its letters abbreviate the name."""
        if end + 2 < len(words) and (words[end], words[end + 2]) in _BRACKETS:
            acronym = words[end + 1]
            return acronym if ACRONYM.match(acronym) or TITLE_SHORT.match(acronym) else None
        return None

    @staticmethod
    def bracketed_before(words: list[str], start: int, end: int) -> str | None:
        """The acronym in "ACR (Name)", if the bracketed name spans ``start``-``end``."""
        if start >= 2 and end < len(words) and (words[start - 1], words[end]) in _BRACKETS:
            acronym = words[start - 2]
            return acronym if ACRONYM.match(acronym) and acronym.isupper() else None
        return None

    def in_headlines(
        self, tokens: DocView, names: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """Names found elsewhere in the article, where they occur in Title Case lines."""
        if not headlines:
            return []
        full_text = tokens.text
        # in the article's order (a set's order follows the per-process string hashing)
        texts = dict.fromkeys(full_text[s.start_char : s.end_char] for s in names if len(s) > 1)
        spans: list[Span] = []
        for start, end in headlines:
            line_start = tokens.starts[start]
            line_text = tokens.char_text(start, end)
            for text in texts:
                for offset in find_all(line_text, text):
                    span = tokens.span(line_start + offset, line_start + offset + len(text))
                    if span is not None:
                        spans.append(span)
        return spans

    def set_canonical(self, tokens: DocView, spans: list[Span], canonical: dict[str, str]) -> None:
        """The fullest name the article uses: acronym expansions and longer forms.

        spaCy keeps a span's extension values in ``doc.user_data`` under the key
        ``(SPAN_VALUE_KEY, name, start_char, end_char)`` (``extensions``), so one write per
        range serves every candidate over it (half the candidates repeat another's range).
        The values are written under that key directly: ``span._`` builds an accessor object
        per span, a fifth of this function's time.
        """
        full_text = tokens.text
        ranges = list(dict.fromkeys((s.start_char, s.end_char) for s in spans))
        span_texts = [full_text[start:end] for start, end in ranges]
        # first-seen order before the (stable) sort: names of one length tie in the article's
        # order, not in a set's, which follows Python's per-process string hashing
        by_length = sorted(dict.fromkeys(span_texts), key=len, reverse=True)
        # Longer names by the shorter names they end in ("... Fjordcell Energy" under
        # "Fjordcell Energy" and "Energy"), in by_length order; only endings that are names
        # themselves are looked up, so the others (most of them) get no list
        named = frozenset(by_length)
        ending_in: dict[str, list[str]] = {}
        for longer in by_length:
            space = longer.find(" ")
            while space != -1:
                ending = longer[space + 1 :]
                if ending in named:
                    ending_in.setdefault(ending, []).append(longer)
                space = longer.find(" ", space + 1)
        fullest: dict[str, str] = {}
        for text in by_length:
            full = canonical.get(text)
            if full is None and text not in ending_in:
                full = text  # most names: no longer name ends in them
            elif full is None:
                full = next(
                    (
                        longer
                        for longer in ending_in.get(text, ())
                        if len(longer) > len(text)
                        and " of " not in longer[: -len(text)]
                        and not longer.startswith(self.lex.not_canonical_heads)
                    ),
                    text,
                )
            fullest[text] = full
        user_data = tokens.doc.user_data
        for (start, end), text in zip(ranges, span_texts, strict=True):
            user_data[SPAN_VALUE_KEY, "canonical", start, end] = fullest[text]

    def in_capitals(
        self, tokens: DocView, names: list[Span], lines: list[tuple[int, int]]
    ) -> list[Span]:
        """Names found elsewhere in the article, written in an ALL-CAPS line ("KESTREL TO
        CUT JOBS" after "Kestrel Optics said"): matched without case, whole words only."""
        if not lines:
            return []
        text, words = tokens.text, tokens.words
        by_upper: set[str] = set()
        for span in names:
            by_upper.add(text[span.start_char : span.end_char].upper())
            last = span.end - 1
            if (
                span.end - span.start > 1
                and words[last].lower().rstrip(".") in self.lex.legal_words
            ):
                by_upper.add(tokens.char_text(span.start, last).rstrip(" ,").upper())
        by_upper.discard("")
        spans: list[Span] = []
        for start, end in lines:
            line_start = tokens.starts[start]
            line = tokens.char_text(start, end)
            for begin, finish in find_names(line, by_upper):
                span = tokens.span(line_start + begin, line_start + finish)
                if span is not None:
                    spans.append(span)
        return spans
