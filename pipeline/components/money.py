"""MONEY: an amount with its currency, found by one compiled regex, then parsed and validated.

Candidates are matched over the raw text ("$19.13 billion", "one million yuan", "USD 40m",
"Rs 50 crore", "HK$3.2bn") and kept only when the amount parses and the currency resolves to
an ISO 4217 code (match, then validate). Modifiers such as "more than" are never part of
the pattern, so they stay outside the span; a bracketed conversion is a match of its own.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from decimal import MAX_PREC, Decimal, InvalidOperation, localcontext
from functools import lru_cache
from itertools import combinations

from spacy.language import Language
from spacy.symbols import MONEY  # a label ID: a string label is looked up per Span
from spacy.tokens import Doc, Span

from pipeline.components.attached_subunits import AttachedSubunits
from pipeline.components.base import RuleComponent, RuleData
from pipeline.docview import doc_view
from pipeline.extensions import CANDIDATES, SPAN_VALUE_KEY, doc_text
from pipeline.rules.schema import MoneyData, MoneyRules, load_rules
from pipeline.temporal.rules import DateRules
from pipeline.temporal.wrapping import soft_breaks_as_spaces

MAX_CACHED_AMOUNTS = 50_000
"""Figures whose parsed value ``MoneyRecognizer.amount_value`` keeps; it starts again when full."""
_AMOUNT = {i: (f"num{i}", f"mult{i}") for i in (1, 2, 3, 4)}
"""The number and multiplier group names of each of the pattern's four amount forms."""
_DIGITS = (
    # Indian lakh grouping ("1,20,000", "1,00,00,000"): at most five pairs, so that a long run
    # of two-digit groups costs each start a few steps (unbounded, it made the scan quadratic)
    r"\d{1,2}(?:,\d\d){1,5},\d{3}(?:\.\d+)?(?!\d|,\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
)
_DIGITS_GROUP = f"(?:{_DIGITS})"
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?:;\"“(]\s*|\n\s*|(?<![\w-])(?i:in|since|during|until|this|year)\s+)\s?$"
)
"""What stands before a year that is a sentence's subject: its start, or "in 1986" / "this
2024" (a figure after "paid" or "of" stays an amount: "paid 1990 marks a month")."""
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|its|his|her|their|our|another|one|this)\b")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
"""A number the pattern only takes before a multiplier ("12,5-billion"): a decimal comma."""


def _alternation(words: list[str], ignore_case: bool = False) -> str:
    """A regex alternation that prefers the longest word (so "US$" beats "$").

    Words are grouped by their first character into a prefix tree ("U(?:S(?:D|\\$)|AH)"):
    the regex engine then tries the one branch whose first character fits instead of
    every word in turn, which makes the MONEY regex about twice as fast. Matches are the
    same as the flat alternation's: within a branch the words keep their order, and words
    whose first characters differ (also under case folding) never match at the same place.
    """
    return _prefix_tree(sorted(set(words), key=lambda w: (-len(w), w)), ignore_case)


def _prefix_tree(words: list[str], ignore_case: bool) -> str:
    """The alternation of ``words`` (non-empty, in match order) with shared first characters
    factored out; an empty remainder (a word that is a prefix of others) is tried last."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[0], []).append(word[1:])
    if ignore_case and any(
        re.fullmatch(f"(?i:{re.escape(a)})", b) for a, b in combinations(branches, 2)
    ):
        return "|".join(map(re.escape, words))  # two branches could match the same character
    parts = []
    for first, rests in branches.items():
        longer = [rest for rest in rests if rest]
        if len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            shorter = "|" if len(longer) < len(rests) else ""
            parts.append(f"{re.escape(first)}(?:{_prefix_tree(longer, ignore_case)}{shorter})")
    return "|".join(parts)


def _standing_alone(words: list[str]) -> str:
    """The words as a pattern that matches where one stands alone: no letter or "$" before it,
    no letter after it (``(?<![A-Za-z$])(?:words)(?![A-Za-z])``).

    The test before a word follows its first character ("U(?<![A-Za-z$]U)S\\$"), so that every
    alternative opens with a character: ``re`` then scans for those first characters in C. A
    pattern that opens with the lookbehind is tried at every position of the article, which
    made the dollar markers' two searches about a tenth of the MONEY component's time."""
    branches: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        branches.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in branches.items():
        char = re.escape(first)
        longer = [rest for rest in rests if rest]
        tail = _prefix_tree(longer, False) if longer else ""
        if len(longer) < len(rests):
            tail += "|"  # the word is its first character alone: an empty rest, tried last
        parts.append(f"{char}(?<![A-Za-z$]{char})(?:{tail})")
    return f"(?:{'|'.join(parts)})(?![A-Za-z])"


@lru_cache(maxsize=4)
def _same_length_lower(text: str) -> str:
    """``text`` in lower case with its offsets kept ("İ" lowers to two characters).

    Asked for by ``MoneyRecognizer.article_currency`` for each bare unit word that a
    qualified name may settle ("francs" after "French francs"), and kept for the last
    articles: most articles have none, and their text is not lowered at all."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _name_key(name: str) -> str:
    """A currency word as the saved lists key it: lower case, one space between words."""
    return " ".join(name.lower().split())


def _code_dollar_signs(
    currencies: dict[str, dict[str, list[str]]], excluded: list[str]
) -> dict[str, str]:
    """ "SGD$", "AUD$", "CAD$": the ISO code of a dollar glued to the dollar sign, as Asian
    and Pacific press releases write it; the code says which dollar. Only currencies CLDR
    names a dollar or writes with a "$" ("MXN$" is written, "EUR$" is not)."""
    return {
        f"{code}$": code
        for code, entry in currencies.items()
        if code not in excluded
        and (
            any("$" in symbol for symbol in entry["symbols"])
            or any(name.lower().endswith("dollar") for name in entry["names"])
        )
    }


def _plain_after_name(number: str, text: str, start: int) -> bool:
    """Whether a figure without a multiplier after a capitalised currency name is no amount:
    a whole number ("Euro 2024", "Real 2": a title or a score), or any figure when the name
    opens its line ("Swiss franc 412.30 398.15": a table row's label)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not re.search(r"[.,]\d", number) or not text[line_start:start].strip()


_WORD_BEFORE = re.compile(r"(?<![\w.$])[A-Za-z][A-Za-z.]*[^\S\r\n]+$")
"""The word before a position on its line ("US" before "Dollars 3bn")."""


class AmountMatch:
    """A match of the MONEY pattern read at the text's own offsets: the pattern ran over the
    text with one character in front and consumed the boundary before the amount, so every
    offset is one less and the match starts one later (group texts are unchanged)."""

    __slots__ = ("_match", "group")

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match
        self.group = match.group
        """A group's text (as ``match[name]``), a C call: the rules read ten groups a match."""

    def __getitem__(self, group: str) -> str | None:
        return self._match[group]

    def start(self) -> int:
        # the boundary character sits at the padded text's offset p; the amount starts
        # after it, at p + 1 there, which is p in the text
        return self._match.start()

    def end(self) -> int:
        return self._match.end() - 1

    def span(self, group: str | int = 0) -> tuple[int, int]:
        if group == 0:
            return self.start(), self.end()
        start, end = self._match.span(group)
        return (start - 1, end - 1) if start >= 0 else (start, end)


class LeadingMatch(AmountMatch):
    """A match of ``MoneyRecognizer.leading_pattern``: an amount whose currency's name comes
    first. The groups of the main pattern it lacks read as unmatched (None), as they would
    in a main-pattern match of another branch."""

    __slots__ = ()

    def __init__(self, match: re.Match[str]) -> None:
        super().__init__(match)
        groups = match.groupdict()
        self.group = lambda name=0: match.group(0) if name == 0 else groups.get(name)

    def __getitem__(self, group: str) -> str | None:
        return self.group(group)


def day_month_words(dates: RuleData) -> list[str]:
    """The month names after which one or two digits are a day ("ended October 30 to 64 mln
    dlrs"): ``dates.json``'s months and month abbreviations, each abbreviation with and
    without its full stop, so the two components know the same months."""
    abbreviations = list(dates["month_abbreviations"])
    return [*dates["months"], *(f"{word}." for word in abbreviations), *abbreviations]


class MoneyRecognizer(RuleComponent):
    data_model = MoneyData

    @property
    def labels(self) -> tuple[str, ...]:
        return ("MONEY",)

    def default_data(self) -> RuleData:
        from pipeline import library_data

        _, curated = load_rules(MoneyRules, "money.json")
        names: dict[str, str] = {}
        symbols: dict[str, str] = {}
        codes: list[str] = []
        for code, entry in library_data.currency_data().items():
            if code not in curated["iso_excluded"]:
                codes.append(code)
            for name in entry["names"]:
                names[name.lower()] = code
            for symbol in entry["symbols"]:
                # a symbol that CLDR gives to several currencies is settled by money.json
                symbols[symbol] = code if symbols.get(symbol, code) == code else ""
        for word, code in curated["unit_words"].items():
            names[word.lower()] = code
        subunits = {word.lower(): code for word, code in curated["subunit_words"].items()}
        symbols = {s: c for s, c in symbols.items() if c and not s.isalpha()}
        symbols.update(_code_dollar_signs(library_data.currency_data(), curated["iso_excluded"]))
        symbols.update(curated["symbols"])
        codes.extend(c for c in curated["historic_codes"] if c not in codes)
        words = {key: curated[key] for key in MoneyData.model_fields if key in curated}
        units = curated["signalled_units"]
        singulars = curated["signalled_unit_singulars"]
        words["signalled_units"] = {**units, **{s: units[p] for s, p in singulars.items()}}
        _, dates = load_rules(DateRules, "dates.json")
        return {
            **words,
            "day_month_words": day_month_words(dates),
            "currency_names": dict(sorted(names.items())),
            "subunit_names": dict(sorted(subunits.items())),
            "symbols": dict(sorted(symbols.items())),
            "iso_codes": sorted(codes),
        }

    def compile(self, data: RuleData) -> None:
        self._values: dict[tuple[str, str | None], Decimal | None] = {}
        """(number, multiplier) -> ``parse_amount``: the value depends on the rule data alone,
        and news repeats its figures ("$1 million", "2.5 billion yuan")."""
        self.names = data["currency_names"]
        self.subunits = data["subunit_names"]
        self.signalled: dict[str, dict[str, list[str]]] = data["signalled_units"]
        self.qualified: dict[str, list[tuple[str, str | None]]] = {}
        for table in (self.names, self.subunits):
            for name, code in table.items():
                *qualifier, word = name.split()
                if qualifier and (word in table or word in self.signalled):
                    self.qualified.setdefault(word, []).append((name, code))
        # a qualified word several countries share ("CFA francs": West or Central African)
        # qualifies the bare word too; its currency is read from the article when used
        for name in self.signalled:
            *qualifier, word = name.split()
            if qualifier and (word in self.names or word in self.signalled):
                self.qualified.setdefault(word, []).append((name, None))
        self.rank_like = set(data["rank_like_symbols"])
        self.superseded = {
            code: (dt.date.fromisoformat(rule["until"]), rule["code"])
            for code, rule in data["superseded_codes"].items()
        }
        self.attached = AttachedSubunits(data["attached_subunits"], data["attached_subunit_cues"])
        self.verb_units = {word.lower() for word in data["verb_units"]}
        self.weight_units = set(data["weight_units"])
        weights = _alternation(data["weight_words"], ignore_case=True)
        # a metric weight in brackets right before or after: "40 kg ( 88 pounds )"
        self.weight_before = re.compile(rf"\d[\d.,]*\s*(?:{weights})\s*[(\[]\s*$", re.IGNORECASE)
        self.weight_after = re.compile(
            rf"\s*[(\[]\s*\d[\d.,]*\s*(?:{weights})(?![\w])", re.IGNORECASE
        )
        # a weighing verb at most two words before the number: "weighs 150 to 175 pounds"
        self.weighing = re.compile(
            rf"(?<![\w])(?:{_alternation(data['weighing_words'], ignore_case=True)})"
            r"\s+(?:\S+\s+){0,2}$",
            re.IGNORECASE,
        )
        self.symbols = data["symbols"]
        self.signalled_symbols: dict[str, dict[str, str | list[str]]] = data["signalled_symbols"]
        self.codes = set(data["iso_codes"])
        self.multipliers = {k: Decimal(str(v)) for k, v in data["multipliers"].items()}
        self.number_words = {k: Decimal(str(v)) for k, v in data["number_words"].items()}
        self.yen = data["yen_or_yuan"]
        self.local_dollar = data["local_dollar"]
        # a marker is a sign or code of its own: "S$" inside "US$" is no Singapore dollar
        self.dollar_markers = tuple(
            re.compile(_standing_alone(self.local_dollar[key]))
            for key in ("us_markers", "local_markers")
        )
        self.articles = set(data["articles"])
        word_numbers = _alternation(
            [w for w in self.number_words if " " not in w and w not in self.articles],
            ignore_case=True,
        )
        # prefix trees, like every word list here: the engine tries the one branch whose first
        # letter fits (no word of these lists is a prefix of another, so matches are the same)
        tens, units = _alternation(data["tens"]), _alternation(data["units"])
        scale = _alternation(data["scale_words"])
        gap = r"[^\S\r\n]+"
        # spoken figures, as broadcast transcripts write them: "a hundred thirty (million)",
        # "one point six (billion)"; "two hundred" alone stays a number and a multiplier
        spoken = (
            rf"(?:an?|{units}){gap}hundred(?:{gap}|-)(?:and{gap})?"
            rf"(?:(?:{tens})-(?:{units})|{word_numbers})(?![\w-])"
            rf"|(?:{word_numbers}|zero){gap}point(?:{gap}(?:{units}|zero|oh))+(?![\w-])"
        )
        unspaced = set(data["unspaced_multipliers"])
        spaced = [w for w in self.multipliers if len(w) > 1 and w not in unspaced]
        attached = _alternation(data["attached_multipliers"])
        spaced_words = _alternation(spaced, ignore_case=True)
        # [^\S\r\n] is a space that is not a line break: an amount never runs across lines
        multiplier = (
            rf"(?:(?:{attached})(?![\w])|(?:(?:[^\S\r\n]+|-)(?i:{spaced_words})(?![\w])){{1,2}})"
        )
        # a decimal comma, as much of the world writes it, only before a multiplier ("12,5-billion",
        # "1,5 billion"): thousands come in groups of three, so "1,500 billion" stays 1,500
        decimal_comma = rf"\d{{1,3}},\d{{1,2}}(?=(?:[^\S\r\n]+|-)(?i:{spaced_words})(?![\w]))"
        # A figure is taken whole, never given back digit by digit (an atomic group): a
        # shorter reading of "2025" or "1,500.5" leaves a digit, comma or full stop next, and
        # nothing that may follow a number (a range's dash, a space, a multiplier, code or
        # currency name: each opens with a letter) starts with one; so the matches are the
        # same, and a year that is no amount ("in 2025 the") fails once instead of once per
        # digit. Rule data with a word that does not open with a letter keeps the plain group.
        followers = [*self.multipliers, *self.codes, *self.names, *self.subunits, *self.signalled]
        figure = f"(?>{_DIGITS})" if all(w[:1].isalpha() for w in followers) else _DIGITS_GROUP
        number = (
            rf"(?:{decimal_comma}|{figure}"
            rf"|(?i:{spoken}|half\s+an?|an?\s+half|(?:{tens})-(?:{units})"
            rf"|{word_numbers}|an?(?=\s+(?:{scale})\b)))"
        )
        symbol = _alternation([*self.symbols, *self.signalled_symbols])
        iso = _alternation(sorted(self.codes))
        names = _alternation([*self.names, *self.subunits, *self.signalled], ignore_case=True)
        # a currency's name written before the figure, capitalised as a sign is ("Euro 4.5
        # million", "Rupees 20 crore", "US Dollars 3bn"); the words several countries share
        # (``signalled_units``) are left out, as their capitalised form is often a name.
        # Rare, so the pattern below only finds a capitalised word right before a figure
        # (its "lead" group; a names test at every capital letter cost it a sixth of its
        # time), and the amount is matched there when that word ends a currency's name
        # ("Swiss franc 2bn", whose last word is in lower case, is not read).
        leading = [name for name in self.names if name not in self.signalled]
        self.leading_last_words = {name.split()[-1] for name in leading}
        lead_word = r"[A-Z](?=[a-zA-Z]* \d)"  # the cheapest test found (a twentieth of its time)

        # a range whose first number has no multiplier of its own is one amount, valued at its
        # lower end: "$7-8 million" is 7,000,000, "Rs 2.5-Rs 3 crore" 25,000,000; with "to"
        # only when a multiplier follows ("$25 to 30 million"), so "$5 to $6" stays two
        space = r"[^\S\r\n]"
        upper = rf"(?:{symbol}){space}?{_DIGITS_GROUP}"
        # (a year is no lower end: "Orlby's output rose in 1991 to 6.47 billion dlrs" is
        # a date and the amount "6.47 billion dlrs")
        range_tail = (
            rf"(?:[-–](?:{_DIGITS_GROUP}|{upper})"
            rf"|(?<!\b(?:19|20)\d\d){space}+to{space}+(?:{_DIGITS_GROUP}|{upper})(?={multiplier}))"
        )

        # a day after a month name is no figure of an unsigned amount: "ended October 30 to
        # 64 mln dlrs" is the amount "64 mln dlrs" (each lookbehind has a fixed width); a
        # day never has a multiplier, so "In October 30 million dollars" stays an amount
        after_month = "|".join(
            rf"(?<={re.escape(word)}{space})" for word in data["day_month_words"]
        )
        not_a_day = (
            rf"(?!(?:{after_month})\d{{1,2}}(?!\d|[.,]\d|{multiplier}))" if after_month else ""
        )

        def amount(i: int, guard: str = "") -> str:
            return rf"{guard}(?P<num{i}>{number}){range_tail}?(?P<mult{i}>{multiplier})?"

        # The lookahead after the boundary lets the regex engine skip most positions cheaply:
        # an amount starts with a digit, a currency symbol or code, "a"/"an" and a space, or a
        # number word, each tried as a prefix tree (a first-letter test alone let nearly every
        # capitalised or a-, t-, s-word through to the three alternatives). The boundary is a
        # consumed character (not a lookbehind) so that the pattern opens with a character
        # class, which ``re`` scans for in C instead of trying every position: ``finditer``
        # below runs it over the text with a space in front (see ``amounts``).
        starters = sorted(
            {w for w in self.number_words if " " not in w and w not in self.articles}
            | set(data["tens"])
            | set(data["units"])
            | {"half", "zero"}
        )
        number_starts = _alternation(starters, ignore_case=True)
        articles = _alternation(sorted(self.articles), ignore_case=True)
        # Before the prefix trees, one character class: the first character of a symbol or
        # code (as written), or of a number word or article (in any case). It turns away most
        # positions (a space, a lower-case word) in a single test. Every code is three capitals,
        # so the codes' test is "three capitals" (the amount's own alternatives check the code).
        # Both tests only let through more than the prefix trees would, and the lookahead is
        # a filter the alternatives imply: the matches are the same, in 85 % of the time.
        signs = [*self.symbols, *self.signalled_symbols]
        cased = "".join(sorted({w[0] for w in signs} | {c[0] for c in self.codes}))
        caseless = "".join(sorted({w[0] for w in [*starters, *self.articles]}))
        first = rf"[0-9.{re.escape(cased)}]" + (
            rf"|(?i:[{re.escape(caseless)}])" if caseless else ""
        )
        codes = "[A-Z]{3}" if all(re.fullmatch("[A-Z]{3}", c) for c in self.codes) else iso
        # A sign or code opens an amount only before its number (``\d`` as the number's own
        # pattern has it), and "a" or "an" only before "half", "hundred" or a scale word
        # ("a million"): words such as "Nanjing" (the naira's "N") or "MIIT" (three capitals)
        # and every article ("a new line") fail here, not in the three alternatives.
        number_first = r"[\d.]" + (rf"|(?i:[{re.escape(caseless)}])" if caseless else "")
        # The sign-or-code branch first tests the character with the class of the signs' and
        # codes' first characters: a lower-case word then fails in one test instead of a walk
        # through the prefix tree of every sign (about a tenth of the regex's time)
        opening = (
            rf"(?={first})(?=[0-9.]"
            rf"|(?=[{re.escape(cased)}])(?:(?:{symbol}|{codes})[^\S\r\n]?(?:{number_first})"
            rf"|{lead_word})"
            rf"|(?i:(?:{articles})\s+(?:half|hundred|{scale})|{number_starts}))"
        )
        # after a figure with no sign the code or currency name is tried at up to three
        # places (after the spaces, right after the figure, after a hyphen): a class of their
        # first characters turns most places away in one test, not one per branch of the trees
        # (a case-blind class matches what the case-blind words' first letters match)
        code_first = "".join(sorted({code[0] for code in self.codes}))
        currency_words = [*self.names, *self.subunits, *self.signalled]
        name_first = "".join(sorted({word[0] for word in currency_words}))
        code_guard = rf"(?=[{re.escape(code_first)}])" if code_first else ""
        name_guard = rf"(?=(?i:[{re.escape(name_first)}]))" if name_first else ""
        # The boundary is no comma or point right after a digit: inside a figure
        # ("1,111,111") an amount never starts, and trying one at every group of a long run
        # made the scan quadratic (a table or a broken feed of 80,000 digits took a minute).
        # The lookbehind comes after the first-character test, which turns most places away.
        self.pattern = re.compile(
            r"[^\w$]"
            rf"(?={first})(?<!\d[,.])"
            rf"{opening}(?:"
            rf"(?P<sym>{symbol})[^\S\r\n]?{amount(1)}"
            rf"|(?P<iso1>{iso})[^\S\r\n]?{amount(2)}"
            rf"|(?P<lead>[A-Z][a-zA-Z]*)(?= \d)"
            rf"|{amount(3, not_a_day)}(?:(?<=\d)[^\S\r\n]*|[^\S\r\n]+|(?P<hyphen>-))"
            rf"(?:{code_guard}(?P<iso2>{iso})(?![\w])"
            rf"|{name_guard}(?P<name>(?i:{names}))(?![\w]))"
            r")"
        )
        self.leading_pattern = re.compile(
            rf"[^\w$](?P<pname>(?=[A-Z])(?i:{_alternation(leading, ignore_case=True)}))"
            rf"[^\S\r\n]+{amount(4)}"
        )

    def amounts(self, text: str) -> Iterator[AmountMatch]:
        r"""Every amount with its currency in ``text``, in order, as ``finditer`` would give a
        pattern that opens with the lookbehinds ``(?<![\w$])(?<!\d[,.])``: the pattern consumes that
        boundary character instead, over the text with a space in front, and each match is
        read back at the text's own offsets. (A match could only be lost where an amount
        starts right after another one ends on a non-word character, which no currency name,
        code or multiplier does.)"""
        padded = " " + text
        end = 0  # where the last amount given ends (an amount never overlaps it)
        for match in self.pattern.finditer(padded):
            found: AmountMatch | None
            if match.group("lead") is None:
                found = AmountMatch(match)
            elif match.group("lead").lower() in self.leading_last_words:
                found = self.leading_amount(padded, match.start("lead"))
            else:
                continue  # a capitalised word before a figure that ends no currency name
            if found is not None and found.start() >= end:
                end = found.end()
                yield found

    def leading_amount(self, padded: str, word_start: int) -> LeadingMatch | None:
        """The amount whose currency's name ends with the word at ``word_start`` and comes
        before its figure ("Euro 4.5 million", "US Dollars 3bn"), if any; the name may hold
        up to two words before that one, and the longest reading wins (``padded``: the text
        with a space in front, as ``amounts`` reads it)."""
        starts = [word_start]
        for _ in range(2):
            word = _WORD_BEFORE.search(padded, max(0, starts[0] - 20), starts[0])
            if word is None:
                break
            starts.insert(0, word.start())
        for at in starts:
            match = self.leading_pattern.match(padded, at - 1)
            if match is not None:
                return LeadingMatch(match)
        return None

    def spoken_number(self, key: str) -> Decimal | None:
        """ "a hundred thirty" is 130, "one point six" 1.6: words add up, "hundred" multiplies
        what precedes it, and the digits after "point" are read one by one."""
        whole, _, decimals = key.replace("-", " ").partition(" point ")
        value = Decimal(0)
        for word in whole.split():
            if word == "hundred":
                value = max(value, Decimal(1)) * 100
            elif word in self.number_words:
                value += self.number_words[word]
            elif word not in ("and", "zero"):
                return None
        digits = {"zero": "0", "oh": "0"}
        for word in decimals.split():
            digit = digits.get(word) or str(self.number_words.get(word, ""))
            if not digit.isdigit() or len(digit) != 1:
                return None
            digits.setdefault(word, digit)
        fraction = "".join(digits.get(w, "") for w in decimals.split())
        return value + Decimal(f"0.{fraction}") if fraction else value

    def amount_value(self, number: str, multiplier: str | None) -> Decimal | None:
        """``parse_amount``, worked out once per figure and multiplier (``_values``)."""
        key = (number, multiplier)
        if key in self._values:
            return self._values[key]
        if len(self._values) >= MAX_CACHED_AMOUNTS:
            self._values.clear()
        value = self._values[key] = self.parse_amount(number, multiplier)
        return value

    def parse_amount(self, number: str, multiplier: str | None) -> Decimal | None:
        text = number.strip()
        key = " ".join(text.lower().split())
        if key in self.number_words:
            value = self.number_words[key]
        elif "-" in key and all(p in self.number_words for p in key.split("-")):
            value = sum((self.number_words[p] for p in key.split("-")), Decimal(0))
        elif " hundred" in key or " point " in key:
            spoken = self.spoken_number(key)
            if spoken is None:
                return None
            value = spoken
        elif _DECIMAL_COMMA.fullmatch(text):
            value = Decimal(text.replace(",", "."))  # "12,5" before a multiplier
        else:
            try:
                value = Decimal(text.replace(",", ""))
            except InvalidOperation:
                return None
        for word in (multiplier or "").replace("-", " ").split():
            factor = self.multipliers.get(word) or self.multipliers.get(word.lower())
            if factor is None:
                return None
            with localcontext() as exact:  # the default 28 digits would round 10**30 trillion
                exact.prec = MAX_PREC
                value *= factor
        return value

    def currency_for(self, match: AmountMatch, doc_text: str) -> str | None:
        if match.group("sym"):
            symbol = match.group("sym")
            if symbol in self.signalled_symbols:  # "Sh": the shilling of the country named most
                rule = self.signalled_symbols[symbol]
                unit, codes = str(rule["unit"]), list(rule["codes"])
                return self.signalled_currency(unit, doc_text, codes)
            code = self.symbols.get(symbol)
            if symbol == self.local_dollar["symbol"]:
                return self.dollar_of(doc_text)
            if symbol == self.yen["symbol"]:
                china = sum(doc_text.count(s) for s in self.yen["china_signals"])
                japan = sum(doc_text.count(s) for s in self.yen["japan_signals"])
                code = "CNY" if china > japan else "JPY"
            return code
        if match.group("iso1") or match.group("iso2"):
            return match.group("iso1") or match.group("iso2")
        name = _name_key(match.group("name") or match.group("pname"))
        named = self.article_currency(name, doc_text, match.start())
        if named is None and name in self.signalled:
            if match.group("name").istitle():
                return None  # "67 Mark Calcavecchia": a shared unit word capitalised is a name
            named = self.signalled_currency(name, doc_text)
        return named or self.names.get(name) or self.subunits.get(name)

    @lru_cache(maxsize=8)  # noqa: B019 (one component per pipeline; keyed by the article's text)
    def dollar_of(self, doc_text: str) -> str:
        """What a bare "$" means in this article: USD, unless the article marks US dollars
        apart ("$US4.2 million ($6.1 million)", "US$5 million, or $6.9 million") and names
        no other dollar ("A$", "C$"): then the local dollar of the dollar country it names
        most (AUD, CAD, ...), or USD when no single one leads. Wire copy that writes "C$"
        for the local dollar keeps "$" as USD."""
        us_marked, local_marked = self.dollar_markers
        if us_marked.search(doc_text) is None or local_marked.search(doc_text) is not None:
            return "USD"
        rule = self.local_dollar
        counts = {
            code: sum(doc_text.count(signal) for signal in signals)
            for code, signals in rule["countries"].items()
        }
        best = max(counts.values(), default=0)
        winners = [code for code, count in counts.items() if count == best]
        return winners[0] if best and len(winners) == 1 else "USD"

    def signalled_currency(
        self, word: str, doc_text: str, codes: list[str] | None = None
    ) -> str | None:
        """The currency a unit word shared by several countries ("marks", "francs", "dinars",
        "crowns") has in an article that never qualifies it: that of the country the article
        names most ("Tunisian", "Tunis" → TND), or none (then the word's default, if any).
        ``codes``: the currencies to choose among (a sign's: "Sh" is KES, UGX or TZS)."""
        counts = {
            code: sum(doc_text.count(signal) for signal in signals)
            for code, signals in self.signalled[word].items()
            if codes is None or code in codes
        }
        best = max(counts.values(), default=0)
        winners = [code for code, count in counts.items() if count == best]
        return winners[0] if best and len(winners) == 1 else None

    def code_in_force(self, currency: str, reference: dt.date | None) -> str:
        """The ISO code a currency word had when the article was written: "lei" in 1996 is ROL,
        the code before Romania's 2005 redenomination; undated articles get today's code."""
        rule = self.superseded.get(currency)
        if rule is None or reference is None or reference >= rule[0]:
            return currency
        return rule[1]

    def is_weight(self, match: AmountMatch, text: str, multiplier: str | None) -> bool:
        """Whether "pounds" here weighs rather than pays: "500-pound bomb", "1,300 pounds (600
        kg)", "12 kg (26 pounds)", "weighs 150 to 175 pounds"."""
        name = match.group("name")
        if not name or _name_key(name) not in self.weight_units:
            return False
        if match.group("hyphen") and not multiplier:
            return True
        start, end = match.span()
        before = text[max(0, start - 40) : start]
        bracketed = self.weight_before.search(before) or self.weight_after.match(text, end)
        return bool(bracketed or self.weighing.search(before))

    def article_currency(self, word: str, doc_text: str, end: int) -> str | None:
        """The currency a bare unit word ("francs", "cents") has in this article: that of the
        nearest earlier qualified name ending in it ("1,850 French francs ... 528 million
        francs" is FRF throughout), as a reader carries the qualifier forward."""
        qualified = self.qualified.get(word)
        if not qualified:
            return None
        lowered = _same_length_lower(doc_text)
        best, found = -1, None
        for name, name_code in qualified:
            at = lowered.rfind(name, 0, end)
            if at > best:
                best, found = at, (name, name_code)
        if found is None:
            return None
        name, code = found
        return code if code is not None else self.signalled_currency(name, doc_text)

    def process(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans: list[Span] = []
        user_data = doc.user_data
        span_at = doc_view(doc).span
        # hard-wrapped copy is read with its soft line breaks as spaces ("$44\nbillion"), as
        # dates are (same length, so offsets still point into the text)
        for match in self.amounts(soft_breaks_as_spaces(text)):
            # which of the three amount groups matched (group names prebuilt in _AMOUNT)
            group = match.group
            if isinstance(match, LeadingMatch):
                index = 4
            else:
                index = 1 if group("num1") is not None else 2 if group("num2") is not None else 3
            number_group, multiplier_group = _AMOUNT[index]
            number, multiplier = group(number_group), group(multiplier_group)
            if index == 4 and not multiplier and _plain_after_name(number, text, match.start()):
                continue
            if index == 3 and number.lower() in self.articles and not multiplier:
                continue  # "a dollar" is a unit, not an amount worth a span
            value = self.amount_value(number, multiplier)
            currency = self.currency_for(match, text)
            if value is None or currency is None:
                continue
            if group("sym") in self.rank_like and not (
                multiplier or re.fullmatch(r"\d+\.\d\d", number)
            ):
                continue  # "#2 browser" is a rank; "#89.7 million" and "#10.86" are pounds
            if self.is_weight(match, text, multiplier):
                continue
            if self._verb_after_year(match, text, number, multiplier):
                continue
            named = group("pname") if index == 4 else group("name")
            if named and currency in self.superseded:  # the date only when it counts
                currency = self.code_in_force(currency, doc._.ref_date)
            if group("name") and _name_key(group("name")) in self.subunits:
                value = value / 100  # "51 cents" is 0.51 of the currency
            # A match that ends inside a token ("$5m" in "b>$5m</b") keeps the whole tokens
            # inside it; growing the span would pull stray characters into MONEY.
            # a token-aligned amount from the view's offsets; ``char_span`` (which builds a
            # Token object per bound it checks) only to contract one that is not
            span = span_at(match.start(), match.end(), MONEY) or doc.char_span(
                match.start(), match.end(), MONEY, alignment_mode="contract"
            )
            number_start, number_end = match.span(number_group)
            if span is None or not span.start_char <= number_start < number_end <= span.end_char:
                continue
            amount = int(value) if value == value.to_integral_value() else float(value)
            if isinstance(amount, float) and not math.isfinite(amount):
                continue  # decimals beyond the float range: no amount can be written, no span
            # the values under the keys ``span._`` reads (``extensions.SPAN_VALUE_KEY``)
            user_data[SPAN_VALUE_KEY, "amount", span.start_char, span.end_char] = amount
            user_data[SPAN_VALUE_KEY, "currency", span.start_char, span.end_char] = currency
            spans.append(span)
        spans.extend(self._attached_subunits(doc, text, spans))
        self.add_candidates(doc, spans)
        return doc

    def _verb_after_year(
        self, match: AmountMatch, text: str, number: str, multiplier: str | None
    ) -> bool:
        """ "output in 1994 marks a new chapter", "2031 marks the 60th year": a bare year before
        a unit word that is also a verb (``verb_units``) and a determiner is that verb."""
        name = match.group("name")
        return (
            name is not None
            and name.lower() in self.verb_units
            and not multiplier
            and _YEAR_LIKE.fullmatch(number) is not None
            and _DETERMINER_AFTER.match(text, match.end()) is not None
            and _YEAR_SUBJECT_BEFORE.search(text, max(0, match.start() - 24), match.start())
            is not None
        )

    def _attached_subunits(self, doc: Doc, text: str, taken: list[Span]) -> Iterator[Span]:
        """ "to 412p", "fell 9c" in a sentence about shares or prices (``AttachedSubunits``),
        where no other amount already stands."""
        for start, end, value, code in self.attached.find(text):
            if any(span.start_char < end and start < span.end_char for span in taken):
                continue
            span = doc_view(doc).span(start, end, MONEY)  # ``doc.char_span``, strict
            if span is None:
                continue
            currency = self.dollar_of(text) if code == "USD" else code
            amount = int(value) if value == value.to_integral_value() else float(value)
            doc.user_data[SPAN_VALUE_KEY, "amount", start, end] = amount
            doc.user_data[SPAN_VALUE_KEY, "currency", start, end] = currency
            yield span


@Language.factory(
    "launchwatch_money", default_config={"spans_key": CANDIDATES}, assigns=["doc.spans"]
)
def make_money(nlp: Language, name: str, spans_key: str) -> MoneyRecognizer:
    return MoneyRecognizer(nlp, name, spans_key=spans_key)
