"""First names that are weak evidence of a person: everyday words few locales list as names."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

MAX_LOCALES = 3
"""A first name listed by more locales is a name across languages ("Mark", "Anna")."""

TITLE_FIRST_NAMES = frozenset(
    {"Admiral", "Bishop", "Captain", "Colonel", "Commodore", "Deacon", "Doctor", "Elder"}
    | {"General", "Governor", "Imam", "Judge", "Justice", "King", "Lady", "Lawyer", "Major"}
    | {"Marshal", "Pastor", "Prince", "Princess", "Queen", "Saint", "Sister", "Squire"}
)
"""Titles that Faker also lists as first names: before a name they still say a person follows
("Justice Ana Lind", "General Tal Varro"), so they stay person evidence."""


@cache
def weak_first_names() -> frozenset[str]:
    """First names that a dictionary lists as lower-case words and at most ``MAX_LOCALES`` of
    Faker's locales list as names ("Chase", "Crystal", "Golden", "Mad", "Delta")."""
    import faker.providers.person as person

    from pipeline.name_sources import _FIRST_NAME_ATTRIBUTES, dictionary_words, first_names

    locales: dict[str, int] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        seen: set[str] = set()
        for attribute in _FIRST_NAME_ATTRIBUTES:
            value = getattr(provider, attribute, None)
            if isinstance(value, (dict, list, tuple, set, frozenset)):
                seen.update(value)
        for name in seen:
            locales[name] = locales.get(name, 0) + 1
    words = dictionary_words()
    # a short form of a name many locales list is a nickname ("Rob", "Art"), a person's name
    widespread = [name for name, count in locales.items() if count > MAX_LOCALES]
    nickname_heads = {name[:size] for name in widespread for size in range(2, len(name))}
    return frozenset(
        name
        for name in first_names()
        if name.lower() in words
        and locales.get(name, 0) <= MAX_LOCALES
        and name not in TITLE_FIRST_NAMES
        and name not in nickname_heads
    )
