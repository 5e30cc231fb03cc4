"""Organisation and person names from maintained libraries, read when rule data is built.

- pytickersymbols (MIT): the members of twenty stock indices (S&P 500 and 600, NASDAQ 100,
  DAX, CAC 40, FTSE 100, NIKKEI 225, IBEX 35, …), about 1,800 listed companies with their
  names as the press writes them ("Adobe Inc.", "AB InBev").
- Faker (MIT): first names of about 80 locales, the evidence that a capitalised pair of
  words is a person ("Otis Brawley said") rather than an organisation.

- english-words (MIT; Webster's Second International, public domain): which one-word names
  are also everyday words.

Names are reduced to the forms news uses: the legal form stripped by cleanco ("Adobe Inc." →
"Adobe"). A one-word name that is also an everyday English word ("Oracle", "Shell", "Target")
is *ambiguous*: the organisation rules take it only with evidence from the article (see
``pipeline.orgs``). None of these lists is written by hand, and none comes from
the gold files of any development set.
"""

from __future__ import annotations

import importlib
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
    words = dictionary_words()

    def everyday(name: str) -> bool:
        lower = name.lower()  # "Waters": the dictionary lists "water"
        return lower in words or (lower.endswith("s") and lower[:-1] in words)

    return sorted(n for n in names if " " not in n and not n.isupper() and everyday(n))


@cache
def listed_companies() -> frozenset[str]:
    """Names of index-listed companies, in full and without their legal form."""
    from pytickersymbols import PyTickerSymbols

    names: set[str] = set()
    for stock in PyTickerSymbols().get_all_stocks():
        full = _SPACES.sub(" ", stock["name"]).strip()
        if _NOT_A_NAME.search(full):
            continue
        for form in {full, _strip_legal_form(full)}:
            if len(form) >= 2 and form[0].isalnum() and any(c.isupper() for c in form):
                names.add(form)
    return frozenset(names)


@cache
def first_names() -> frozenset[str]:
    """Latin-script first names from Faker's person providers, every locale."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
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
