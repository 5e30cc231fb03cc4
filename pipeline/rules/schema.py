"""One loader and one error format for every rule file and every component's saved data.

Rule data is strict: each file has a pydantic model that forbids unknown keys, so a misspelt
key fails where it is written instead of being silently ignored, and a missing key fails
with its name instead of a ``KeyError`` deep inside a component. Every problem is reported
in one shape, ``<file>: <entry>: <problem>``, one line per problem, for example::

    pipeline/rules/orgs.json: head_words[12]: expected a string
    pipeline/rules/money.json: multipliers.bilion: expected a number

The models of ``dates.json`` and ``launches.json`` live beside their grammars; this loader
takes any model, so all five rule files load the same way (``SHIPPED_RULE_FILES``, read
from the one list of components in ``pipeline.registry``).
Top-level keys starting with ``_`` ("_about") are documentation and are never loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.registry import COMPONENTS
from pipeline.rules import RULES_DIR, rule_file

ModelT = TypeVar("ModelT", bound=BaseModel)


class RuleDataError(ValueError):
    """Rule data that does not fit its model; the message has one line per problem."""


class StrictData(BaseModel):
    """Base of the rule models: unknown keys fail, values are never coerced, nothing mutates."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


WordList = list[str]
Number = Annotated[float, Field(gt=0)]
CapitalisedWords = list[Annotated[str, Field(pattern=r"^[A-Z][A-Za-z]*$")]]
"""Single capitalised words, compared with one token each: a space or a lower-case entry
would load and never match, so it fails."""
CapitalisedTitles = list[Annotated[str, Field(pattern=r"^[A-Z][A-Za-z]*(-[A-Z][A-Za-z]*)*$")]]
"""Single capitalised words that a hyphen may join ("Secretary-General"), one token each."""
LowerCaseWords = list[Annotated[str, Field(pattern=r"^[a-z][a-z-]*$")]]
"""Single lower-case words, compared with a token's lower-case form or a lower-case token:
a capitalised entry would load and never match, so it fails."""
LowerCasePhrases = list[Annotated[str, Field(pattern=r"^[a-z]+( [a-z]+)*$")]]
"""Lower-case words, one space between two, matched as written ("news agency"): a capital,
a doubled or an outer space, or an empty entry would load and never match, so it fails."""

# -- what the hand-curated files hold ---------------------------------------------------------


class OrgWords(StrictData):
    """The ORG word lists, shared by the curated file and the built data."""

    head_words: WordList
    leading_heads: WordList
    of_heads: WordList
    foreign_leading_heads: WordList
    name_connectors: WordList
    inner_connectors: WordList
    list_connectors: WordList
    government_heads: WordList
    demonyms: WordList
    not_name_words: WordList
    possessive_endings: WordList
    possessive_names: WordList
    hyphens: WordList
    not_canonical_heads: WordList
    gazetteer: WordList
    company_descriptors: WordList
    cues_before: WordList
    cues_after: WordList
    group_nouns: WordList
    sport_words: WordList
    result_verbs: WordList
    club_nouns: WordList
    sport_names: WordList
    club_cues: WordList
    country_aliases: WordList
    country_prefixes: WordList
    not_org_tails: WordList
    acronym_cues_after: WordList
    place_nouns_after: WordList
    press_review_words: WordList
    press_section_words: WordList
    standalone_bodies: WordList
    roles_after_names: WordList
    venue_words: WordList
    shop_nouns: WordList
    place_led_heads: WordList
    short_form_heads: WordList
    adjective_endings: WordList
    stock_exchanges: WordList
    compass_words: CapitalisedWords
    glued_participles: LowerCaseWords
    defined_term_tails: LowerCaseWords
    post_titles: CapitalisedTitles
    post_ranks: CapitalisedWords
    channel_words: CapitalisedWords
    channel_numbers: CapitalisedWords
    lower_case_legal_forms: LowerCaseWords
    staff_nouns_after_names: LowerCaseWords
    member_nouns_after_names: WordList
    member_posts_after_names: WordList
    registrant_head_words: CapitalisedWords
    outlet_nouns_after_names: LowerCasePhrases
    verbs_after_short_forms: LowerCaseWords
    prepositions_after_short_forms: LowerCaseWords
    possessive_cues_after: LowerCasePhrases
    merger_cues_before: LowerCasePhrases
    caps_job_words: LowerCaseWords
    caps_kind_nouns: LowerCaseWords
    caps_participles: LowerCaseWords
    caps_staff_words: LowerCaseWords
    caps_subject_modifiers: LowerCaseWords
    caps_subject_verbs: LowerCaseWords
    not_name_acronyms: list[Annotated[str, Field(pattern=r"^[A-Z]{2,6}$")]]

    @model_validator(mode="after")
    def _of_heads_are_no_other_heads(self) -> OrgWords:
        """A word is a head of one kind: an ``of_heads`` word that also ended names as a
        head word would end them after any name ("Harwick House")."""
        for word in self.of_heads:
            for key in ("head_words", "leading_heads"):
                if word in getattr(self, key):
                    raise ValueError(f"of_heads.{word}: also in {key}")
        return self

    @model_validator(mode="after")
    def _registrant_heads_are_no_other_heads(self) -> OrgWords:
        """``registrant_head_words`` are the company words the head-word lists lack: one that
        is also a head or an ``of_heads`` word would be read by two rules with two readings."""
        for word in self.registrant_head_words:
            for key in ("head_words", "leading_heads", "of_heads"):
                if word in getattr(self, key):
                    raise ValueError(f"registrant_head_words.{word}: also in {key}")
        return self


class OrgRules(OrgWords):
    """``orgs.json``: the words the ORG rules are built from (see ``pipeline/orgs/``)."""

    extra_legal_forms: WordList
    legal_form_exclusions: WordList


class PlaceRules(StrictData):
    """``places.json``: names the libraries lack or get wrong, and place designators."""

    aliases: WordList
    exclude: WordList
    designators: WordList
    designator_only: WordList
    place_nouns: WordList
    site_words: WordList
    feature_words: CapitalisedWords
    feature_of_words: CapitalisedWords
    titled_place_nouns: CapitalisedWords


class YenRule(StrictData):
    """Which currency the shared yen/yuan symbol means: whichever country's words win."""

    symbol: str
    china_signals: WordList
    japan_signals: WordList


class LocalDollarRule(StrictData):
    """Which dollar a bare dollar sign means in an article that marks US dollars apart
    ("$US4.2 million ($6.1 million)"): that of the dollar country the article names most."""

    symbol: str
    us_markers: WordList
    local_markers: WordList
    countries: dict[str, WordList]


class SignalledSymbol(StrictData):
    """A currency sign several countries share: which unit word's table settles it, and which
    of that table's currencies the sign can be ("Sh": shillings, KES, UGX or TZS)."""

    unit: str
    codes: WordList


class MoneyWords(StrictData):
    """The words that make an amount, shared by the curated file and the built data."""

    multipliers: dict[str, Number]
    attached_multipliers: WordList
    unspaced_multipliers: WordList
    number_words: dict[str, Number]
    tens: WordList
    units: WordList
    articles: WordList
    scale_words: WordList
    yen_or_yuan: YenRule
    local_dollar: LocalDollarRule
    rank_like_symbols: WordList
    signalled_units: dict[str, dict[str, WordList]]
    signalled_symbols: dict[str, SignalledSymbol]
    weight_units: WordList
    weight_words: WordList
    weighing_words: WordList
    superseded_codes: dict[str, dict[str, str]]
    attached_subunits: dict[str, str]
    """ "412p", "9c": a letter glued to a figure that names a hundredth of a currency
    ("USD" is the article's dollar, as for "$"), MONEY only near ``attached_subunit_cues``."""
    attached_subunit_cues: WordList
    verb_units: WordList
    """Unit words that are also verbs ("marks", "won"): after a bare year and before a
    determiner they are the verb ("output in 1994 marks a new chapter"), no amount."""

    @model_validator(mode="after")
    def _symbols_name_a_signalled_unit(self) -> MoneyWords:
        """A shared sign is settled through its unit word's table: a sign naming no such word
        would match amounts that never get a currency."""
        for symbol, rule in self.signalled_symbols.items():
            table = self.signalled_units.get(rule.unit)
            if table is None:
                raise ValueError(
                    f"signalled_symbols.{symbol}: {rule.unit!r} is not a key of signalled_units"
                )
            for code in rule.codes:
                if code not in table:
                    where = f"signalled_units.{rule.unit}"
                    raise ValueError(f"signalled_symbols.{symbol}: {code!r} is not in {where}")
        return self


class MoneyRules(MoneyWords):
    """``money.json``: what CLDR leaves open, and the words and multipliers of an amount."""

    signalled_unit_singulars: dict[str, str]
    """A singular unit word -> the plural in ``signalled_units`` whose table it shares ("franc":
    "francs"); the built data lists both (``MoneyRecognizer.default_data``)."""
    unit_words: dict[str, str]
    subunit_words: dict[str, str]
    symbols: dict[str, str]
    iso_excluded: WordList
    historic_codes: WordList

    @model_validator(mode="after")
    def _singulars_name_a_plural(self) -> MoneyRules:
        """A singular shares a listed plural's table and has none of its own."""
        for singular, plural in self.signalled_unit_singulars.items():
            if plural not in self.signalled_units:
                raise ValueError(
                    f"signalled_unit_singulars.{singular}: {plural!r} is not a key of "
                    "signalled_units"
                )
            if singular in self.signalled_units:
                raise ValueError(
                    f"signalled_unit_singulars.{singular}: already a key of signalled_units"
                )
        return self


# -- what the components save in models/ (curated rules enriched with library data) ----------


class OrgData(OrgWords):
    """The ORG component's saved data: ``orgs.json`` plus legal forms and word frequencies."""

    legal_forms: WordList
    common_words: WordList
    frequent_words: WordList
    first_names: WordList
    weak_first_names: WordList
    listed_companies: WordList
    everyday_names: WordList
    countries: WordList
    language_names: WordList
    world_regions: WordList
    compound_words: WordList


class PlaceData(StrictData):
    """The GPE component's saved data: every place name, designators, everyday words, and first
    names (evidence that a place name is part of a person's name)."""

    names: WordList
    designators: WordList
    designator_only: WordList
    common_words: WordList
    place_nouns: WordList
    first_names: WordList
    frequent_words: WordList
    region_names: WordList
    state_abbreviations: WordList
    not_town_words: WordList
    feature_words: CapitalisedWords
    feature_of_words: CapitalisedWords
    titled_place_nouns: CapitalisedWords


class MoneyData(MoneyWords):
    """The MONEY component's saved data: CLDR's currencies settled by ``money.json``."""

    day_month_words: WordList
    """Month names after which one or two digits are a day of the month, never an amount
    nor a range's lower end ("the quarter ended October 30 to 64 mln dlrs"); built from the
    months of ``dates.json`` (``money.day_month_words``)."""
    currency_names: dict[str, str]
    subunit_names: dict[str, str]
    symbols: dict[str, str]
    iso_codes: WordList


SHIPPED_RULE_FILES: dict[str, str] = {
    spec.rule_file: spec.rule_model
    for spec in COMPONENTS
    if spec.rule_file is not None and spec.rule_model is not None
}
"""Every packaged rule file and the model (``module:Class``) that checks it."""


def shipped_model(file_name: str) -> type[BaseModel]:
    """The model of a packaged rule file, imported on demand (its module may be heavy)."""
    module, _, name = SHIPPED_RULE_FILES[file_name].partition(":")
    model: type[BaseModel] = getattr(importlib.import_module(module), name)
    return model


# -- the loader -------------------------------------------------------------------------------


def read_rule_file(path: Path) -> dict[str, Any]:
    """The JSON object in ``path`` without its documentation keys; bad JSON names the file."""
    try:
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as error:
        raise RuleDataError(f"{display_path(path)}: not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise RuleDataError(f"{display_path(path)}: expected a JSON object")
    return without_comments(data)


def without_comments(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` without the top-level keys that start with ``_`` ("_about", "_keys")."""
    return {key: value for key, value in data.items() if not key.startswith("_")}


def load_rules(model: type[ModelT], file: str | Path) -> tuple[ModelT, dict[str, Any]]:
    """Read and check a rule file: its model and its plain data.

    ``file`` is the name of a packaged rule file ("orgs.json") or the path of any other.
    """
    path = rule_file(file) if isinstance(file, str) else file
    data = read_rule_file(path)
    return validate(model, data, display_path(path)), data


def validate(model: type[ModelT], data: Mapping[str, Any], source: str) -> ModelT:
    """Check ``data`` against ``model``; raise RuleDataError naming source, entry and field."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        lines = [f"{source}: {location(item['loc'])}: {problem(item)}" for item in error.errors()]
        raise RuleDataError("\n".join(lines)) from None


def location(loc: tuple[int | str, ...]) -> str:
    """pydantic's error location as a path: ``head_words[12]``, ``multipliers.bilion``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in ("[key]",):
            continue  # pydantic's marker for "the key itself" in a dict
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


_PROBLEMS = {
    "extra_forbidden": "unknown field",
    "missing": "missing field",
    "string_type": "expected a string",
    "list_type": "expected a list",
    "dict_type": "expected an object",
    "model_type": "expected an object",
    "model_attributes_type": "expected an object",
    "int_type": "expected an integer",
    "float_type": "expected a number",
    "bool_type": "expected true or false",
}


def problem(item: Mapping[str, Any]) -> str:
    """A short, plain description of one validation error."""
    return _PROBLEMS.get(item["type"], item["msg"])


def display_path(path: Path) -> str:
    """A rule file's path as people see it in the repository: ``pipeline/rules/orgs.json``."""
    try:
        return str(path.resolve().relative_to(RULES_DIR.parent.parent))
    except ValueError:
        return str(path)
