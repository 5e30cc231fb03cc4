"""The LAUNCH rule file as typed, frozen word lists: validated once, then read by attribute.

``LaunchRules`` is the rule file's shape (pydantic, ``extra="forbid"``, so a misspelt key
fails with its name); ``Lexicon`` is what the rules read: every word list a ``frozenset``,
the trigger forms indexed by their lower-case text, and the unions the left walk and the
noun-phrase scan use, computed once. Every word list that is rule knowledge lives in
``pipeline/rules/launches.json``; the code keeps only the punctuation and the few function
words its grammar is written in ("to", "of", "the", "and").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from itertools import chain
from types import MappingProxyType
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pipeline.rules.schema import LowerCaseWords, RuleDataError, validate

RuleData = dict[str, Any]
FORM_KINDS = ("base", "third", "past", "participle", "gerund")
"""The five inflected forms every trigger lemma lists; "noun" is the sixth kind of form."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VerbEntry(_Strict):
    """One trigger lemma and all five of its forms (phrasal forms are written with a space)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    class_: Literal["strong", "checked", "weak", "conditional", "restricted"] = Field(alias="class")
    base: str
    third: str
    past: str
    participle: str
    gerund: str
    marked_base: bool = False
    objects: list[str] = []
    other_senses: list[str] = []
    not_before: list[str] = []
    needs_modifier: bool = False
    aspectual: bool = False


class OccasionNouns(_Strict):
    """The occasion rule's words (``triggers.occasion_of``): a launch noun right before an
    occasion noun is a trigger when the launched thing is stated ("the launch ceremony of
    X", "the X Fund's launch event"), not when that thing is an event or a season itself."""

    occasions: LowerCaseWords
    """Nouns of an occasion held for a launch ("ceremony", "event", "gala")."""
    triggers: LowerCaseWords
    """Launch noun forms that name the launch in front of an occasion noun; "debut"
    ("debut album") and "release" ("release date") are left out: before a noun they
    mostly name a first work or a schedule."""
    not_launched: LowerCaseWords
    """Heads of gatherings and seasons that an "opening ceremony" starts ("the opening
    ceremony of the games"), besides ``distractor_objects`` and the occasions."""
    possessed: LowerCaseWords = []
    """Launch noun forms whose possessor is the launched thing ("the firm's founding
    ceremony"), so that a launchable common noun before them states it; a possessor of
    "launch" is as often the launcher ("the company's launch event")."""


class LaunchRules(_Strict):
    """The rule file's shape; a typo in a key fails with the field's name."""

    verbs: dict[str, VerbEntry]
    nouns: dict[str, list[str]]
    noun_only_with_of: list[str]
    modifier_nouns: list[str]
    premodifier_blockers: list[str]
    object_heads: list[str]
    new_thing_heads: list[str]
    distractor_objects: list[str]
    evaluative_premodifiers: list[str]
    space_words: list[str]
    lift_off_premodifiers: list[str]
    lift_off_lemmas: list[str]
    launch_craft: list[str]
    route_words: list[str]
    own_doors: list[str]
    door_audiences: list[str]
    modals: list[str]
    negations: list[str]
    auxiliaries: list[str]
    chain_words: list[str]
    irrealis_words: list[str]
    realis_before_to: list[str]
    realis_to_phrases: list[str]
    presence_words: list[str]
    helping_verbs: list[str]
    clause_cues: list[str]
    negative_subject_words: list[str]
    inversion_words: list[str]
    complement_cues: list[str]
    adjacent_complement_cues: list[str]
    after_cues: list[str]
    reporting_verbs: list[str]
    pronouns: list[str]
    determiners: list[str]
    nominal_premodifiers: list[str]
    superlative_stems: list[str]
    clause_breaks: list[str]
    right_stops: list[str]
    prepositions: list[str]
    location_prepositions: list[str]
    date_prepositions: list[str]
    attendance_prepositions: list[str]
    target_words: list[str]
    scope_words: list[str]
    sequence_words: list[str]
    quantity_heads: list[str]
    name_designators: list[str]
    naming_words: list[str]
    np_breaks: list[str]
    participant_prepositions: list[str]
    subordinators: list[str]
    right_stops_unless_date: list[str]
    purpose_nouns: list[str]
    host_verbs: list[str]
    verb_prefixes: list[str]
    verbal_negations: list[str]
    do_support: list[str]
    be_forms: list[str]
    copulas: list[str]
    relative_pronouns: list[str]
    possessive_determiners: list[str]
    subject_pronouns: list[str]
    attributive_adverbs: list[str]
    person_possessives: list[str]
    separation_words: list[str]
    disclosure_recipients: list[str]
    person_sense_lemmas: list[str]
    present_subjects: list[str]
    other_pasts: list[str]
    ceremonial_premodifiers: list[str]
    ceremony_verbs: list[str]
    not_new_words: list[str]
    generic_agent_heads: list[str]
    business_plurals: list[str]
    rank_words: list[str]
    descriptor_suffixes: list[str]
    person_titles: list[str]
    extent_adverbs: list[str]
    date_comparatives: list[str]
    realis_adjectives: list[str]
    happening_verbs: list[str]
    happening_passives: list[str]
    effect_cues: list[str]
    listing_venues: list[str]
    listing_lemmas: list[str]
    share_words: list[str]
    temporal_subordinators: list[str]
    future_modals: list[str]
    aspectual_verbs: list[str]
    present_be: list[str]
    future_date_openers: list[str]
    future_adverbs: list[str]
    gerund_cues: list[str]
    prevention_verbs: list[str]
    plan_verbs: list[str]
    merger_verbs: list[str]
    merger_result_lemmas: list[str]
    means_prepositions: list[str]
    ceremony_nouns: list[str]
    occasion_nouns: OccasionNouns
    not_new_adverbs: list[str]
    what_naming_verbs: list[str]
    object_pronouns: list[str]
    funding_purpose_words: list[str]
    irregular_participles: list[str]
    quantity_approximators: list[str]
    amount_links: list[str]
    not_served_nouns: list[str]
    light_verbs: list[str]
    novelty_words: list[str]
    figurative_new_heads: list[str]
    person_nouns: list[str]
    device_person_nouns: list[str]
    common_words: list[str] = []
    first_names: list[str] = []
    demonyms: list[str] = []


def validate_rules(data: RuleData, source: str = "launches rule data") -> LaunchRules:
    """Check the rule data; raise ``RuleDataError`` (a ValueError) with one line per problem
    in the format of ``pipeline.rules.schema`` (source, entry, field)."""
    body = {key: value for key, value in data.items() if not key.startswith("_")}
    rules = validate(LaunchRules, body, source)
    unknown = [lemma for lemma in rules.nouns if lemma not in rules.verbs]
    if unknown:
        raise RuleDataError(
            "\n".join(f"{source}: nouns.{lemma}: no such verb lemma" for lemma in unknown)
        )
    problems = _occasion_problems(rules)
    if problems:
        raise RuleDataError("\n".join(f"{source}: occasion_nouns.{p}" for p in problems))
    return rules


def _occasion_problems(rules: LaunchRules) -> list[str]:
    """An occasion trigger must be a noun or gerund form of a trigger lemma (anything else
    would never be read as one), and an occasion noun must not be a trigger form itself."""
    nominal: set[str] = {noun for nouns in rules.nouns.values() for noun in nouns}
    nominal |= {entry.gerund for entry in rules.verbs.values()}
    forms = nominal | {getattr(e, kind) for e in rules.verbs.values() for kind in FORM_KINDS}
    occasion = rules.occasion_nouns
    problems = [
        f"triggers: {word!r} is no noun or gerund form of a trigger lemma"
        for word in occasion.triggers
        if word not in nominal
    ]
    problems += [
        f"occasions: {word!r} is a trigger form" for word in occasion.occasions if word in forms
    ]
    problems += [
        f"possessed: {word!r} is not one of the triggers"
        for word in occasion.possessed
        if word not in occasion.triggers
    ]
    return problems


@dataclass(frozen=True)
class Verb:
    """A trigger lemma as the rules read it."""

    lemma: str
    klass: str  # strong | checked | weak | conditional | restricted
    base: str
    marked_base: bool
    objects: frozenset[str]
    other_senses: frozenset[str]
    """Object heads that give this verb another sense ("open" an account is a customer's act)."""
    not_before: frozenset[str] = frozenset()
    """Words right after a form that give it another sense ("launched into a speech")."""
    needs_modifier: bool = False
    """The object must hold a word before its head that is no evaluative_premodifiers word
    ("set new standards", not "set standards" or "set high standards")."""
    aspectual: bool = False
    """The verb also means "begin doing": right before "to" or an -ing word it says what
    begins ("started to sell", "started offering loans"), not what was made."""


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the rule file as a frozenset, plus the indexes built from them."""

    verbs: Mapping[str, Verb]
    forms: Mapping[str, Mapping[str, frozenset[str]]]
    """lower-case form -> lemma -> its kinds ("past", "noun", ...), in rule-file order"""
    readings: Mapping[str, tuple[str, frozenset[str], str]]
    """lower-case form -> how a trigger reads it: the first lemma of its ``forms`` entry, that
    lemma's kinds of the form and its trigger class (one look-up per trigger candidate)."""
    clause_cues: tuple[str, ...]
    complement_cues: tuple[str, ...]
    adjacent_complement_cues: tuple[str, ...]
    noun_only_with_of: frozenset[str]
    modifier_nouns: frozenset[str]
    premodifier_blockers: frozenset[str]
    object_heads: frozenset[str]
    new_thing_heads: frozenset[str]
    distractor_objects: frozenset[str]
    evaluative_premodifiers: frozenset[str]
    space_words: frozenset[str]
    lift_off_premodifiers: frozenset[str]
    lift_off_lemmas: frozenset[str]
    launch_craft: frozenset[str]
    route_words: frozenset[str]
    own_doors: frozenset[str]
    door_audiences: frozenset[str]
    modals: frozenset[str]
    negations: frozenset[str]
    auxiliaries: frozenset[str]
    chain_words: frozenset[str]
    irrealis_words: frozenset[str]
    realis_before_to: frozenset[str]
    realis_to_phrases: frozenset[str]
    presence_words: frozenset[str]
    helping_verbs: frozenset[str]
    negative_subject_words: frozenset[str]
    inversion_words: frozenset[str]
    after_cues: frozenset[str]
    reporting_verbs: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    nominal_premodifiers: frozenset[str]
    superlative_stems: frozenset[str]
    clause_breaks: frozenset[str]
    right_stops: frozenset[str]
    prepositions: frozenset[str]
    location_prepositions: frozenset[str]
    date_prepositions: frozenset[str]
    attendance_prepositions: frozenset[str]
    target_words: frozenset[str]
    scope_words: frozenset[str]
    sequence_words: frozenset[str]
    quantity_heads: frozenset[str]
    name_designators: frozenset[str]
    naming_words: frozenset[str]
    np_breaks: frozenset[str]
    participant_prepositions: frozenset[str]
    subordinators: frozenset[str]
    right_stops_unless_date: frozenset[str]
    purpose_nouns: frozenset[str]
    host_verbs: frozenset[str]
    verb_prefixes: frozenset[str]
    verbal_negations: frozenset[str]
    do_support: frozenset[str]
    be_forms: frozenset[str]
    copulas: frozenset[str]
    relative_pronouns: frozenset[str]
    possessive_determiners: frozenset[str]
    subject_pronouns: frozenset[str]
    attributive_adverbs: frozenset[str]
    person_possessives: frozenset[str]
    separation_words: frozenset[str]
    disclosure_recipients: frozenset[str]
    person_sense_lemmas: frozenset[str]
    present_subjects: frozenset[str]
    other_pasts: frozenset[str]
    ceremonial_premodifiers: frozenset[str]
    ceremony_verbs: frozenset[str]
    not_new_words: frozenset[str]
    generic_agent_heads: frozenset[str]
    business_plurals: frozenset[str]
    rank_words: frozenset[str]
    descriptor_suffixes: frozenset[str]
    person_titles: frozenset[str]
    extent_adverbs: frozenset[str]
    date_comparatives: frozenset[str]
    realis_adjectives: frozenset[str]
    happening_verbs: frozenset[str]
    happening_passives: frozenset[str]
    effect_cues: frozenset[str]
    listing_venues: frozenset[str]
    listing_lemmas: frozenset[str]
    share_words: frozenset[str]
    temporal_subordinators: frozenset[str]
    future_modals: frozenset[str]
    aspectual_verbs: frozenset[str]
    present_be: frozenset[str]
    future_date_openers: frozenset[str]
    future_adverbs: frozenset[str]
    gerund_cues: frozenset[str]
    prevention_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    merger_verbs: frozenset[str]
    merger_result_lemmas: frozenset[str]
    means_prepositions: frozenset[str]
    ceremony_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    """``occasion_nouns.occasions``: "ceremony", "event", "gala" after a launch noun."""
    occasion_triggers: frozenset[str]
    """``occasion_nouns.triggers``: the launch noun forms the occasion rule reads."""
    occasion_possessed: frozenset[str]
    """``occasion_nouns.possessed``: those whose possessor is what was launched."""
    not_occasion_objects: frozenset[str]
    """What an occasion of a launch cannot be the launch of: ``occasion_nouns.not_launched``,
    the occasions themselves and ``distractor_objects``, with their plurals."""
    not_new_adverbs: frozenset[str]
    what_naming_verbs: frozenset[str]
    object_pronouns: frozenset[str]
    funding_purpose_words: frozenset[str]
    irregular_participles: frozenset[str]
    quantity_approximators: frozenset[str]
    amount_links: frozenset[str]
    not_served_nouns: frozenset[str]
    light_verbs: frozenset[str]
    novelty_words: frozenset[str]
    figurative_new_heads: frozenset[str]
    person_nouns: frozenset[str]
    device_person_nouns: frozenset[str]
    common_words: frozenset[str]
    first_names: frozenset[str]
    demonyms: frozenset[str]
    """Nationality and region adjectives ("british", "european"), lower-cased, from the
    ORG rules' list: before a launch noun they say where, not what ("its European launch")."""
    skippable: frozenset[str]
    """What the left walk over a verb complex passes: modals, negations, auxiliaries,
    chain words and words of intention."""
    np_break: frozenset[str]
    """What ends a noun phrase: its breaks, prepositions, modals, auxiliaries, negations."""
    irrealis_markers: frozenset[str]
    """Modals, negations and words of intention: any of them in a verb complex makes the
    launch unasserted (a union the modality rules test on every trigger)."""
    launchable_heads: frozenset[str]
    """Head nouns of new things, for weak triggers or announce-type ones (a union the
    noun-phrase scan tests)."""
    sense_nouns: frozenset[str]
    """``launchable_heads`` and ``distractor_objects`` with their plurals: the nouns the
    sense checks know, which head a phrase after an ORG that modifies them ("the Kelp
    Institute survey")."""
    lift_off_words: frozenset[str]
    """``space_words`` less ``route_words``: the words that name a rocket's or satellite's
    lift-off wherever they stand in a sentence (an airline's flights are a route)."""
    right_scan_stops: frozenset[str]
    """Words that end the right scan for a date and place: modals, clause breaks, reporting
    verbs and right stops (one set test per token instead of four)."""
    time_clause_marks: frozenset[str]
    """Temporal subordinators, clause breaks, reporting verbs, ";" and ":": the words that
    end the modality rules' walk left for a clause of time (one set test per word, for
    every verb trigger; the others are told apart only where the walk stops)."""
    descriptor_endings: tuple[str, ...]
    """``descriptor_suffixes`` sorted, as the tuple ``str.endswith`` takes (built once here,
    not per document: the name test reads it for most articles)."""

    @classmethod
    def from_data(cls, data: RuleData) -> Lexicon:
        """Validate ``data`` and build the lexicon (ValueError names the faulty entry)."""
        rules = validate_rules(data)
        entries = rules.verbs
        forms: dict[str, dict[str, set[str]]] = {}
        for lemma, entry in entries.items():
            for kind in FORM_KINDS:
                forms.setdefault(getattr(entry, kind).lower(), {}).setdefault(lemma, set()).add(
                    kind
                )
        for lemma, nouns in rules.nouns.items():
            for noun in nouns:
                forms.setdefault(noun.lower(), {}).setdefault(lemma, set()).add("noun")
        verbs = {
            lemma: Verb(
                lemma,
                e.class_,
                e.base,
                e.marked_base,
                frozenset(e.objects),
                frozenset(e.other_senses),
                frozenset(e.not_before),
                e.needs_modifier,
                e.aspectual,
            )
            for lemma, e in entries.items()
        }
        lists = {
            f.name: frozenset(getattr(rules, f.name))
            for f in fields(cls)
            if f.name in LaunchRules.model_fields and f.name not in _NOT_SETS
        }
        frozen_forms = {
            form: MappingProxyType({k: frozenset(v) for k, v in lemmas.items()})
            for form, lemmas in forms.items()
        }
        readings: dict[str, tuple[str, frozenset[str], str]] = {}
        for form, lemmas in frozen_forms.items():
            lemma, kinds = next(iter(lemmas.items()))
            readings[form] = (lemma, kinds, verbs[lemma].klass)
        return cls(
            verbs=MappingProxyType(verbs),
            forms=MappingProxyType(frozen_forms),
            readings=MappingProxyType(readings),
            clause_cues=tuple(rules.clause_cues),
            complement_cues=tuple(rules.complement_cues),
            adjacent_complement_cues=tuple(rules.adjacent_complement_cues),
            skippable=lists["modals"]
            | lists["negations"]
            | lists["auxiliaries"]
            | lists["chain_words"]
            | lists["aspectual_verbs"]
            | lists["irrealis_words"],
            np_break=lists["np_breaks"]
            | lists["prepositions"]
            | lists["modals"]
            | lists["auxiliaries"]
            | lists["negations"],
            irrealis_markers=lists["modals"] | lists["negations"] | lists["irrealis_words"],
            launchable_heads=lists["object_heads"] | lists["new_thing_heads"],
            sense_nouns=with_plurals(
                lists["object_heads"] | lists["new_thing_heads"] | lists["distractor_objects"]
            ),
            lift_off_words=lists["space_words"] - lists["route_words"],
            right_scan_stops=lists["modals"]
            | lists["clause_breaks"]
            | lists["reporting_verbs"]
            | lists["right_stops"],
            time_clause_marks=lists["temporal_subordinators"]
            | lists["clause_breaks"]
            | lists["reporting_verbs"]
            | {";", ":"},
            descriptor_endings=tuple(sorted(lists["descriptor_suffixes"])),
            occasion_nouns=frozenset(rules.occasion_nouns.occasions),
            occasion_triggers=frozenset(rules.occasion_nouns.triggers),
            occasion_possessed=frozenset(rules.occasion_nouns.possessed),
            not_occasion_objects=frozenset(rules.occasion_nouns.not_launched)
            | frozenset(rules.occasion_nouns.occasions)
            | lists["distractor_objects"],
            **lists,
        )


_NOT_SETS = frozenset(
    {
        "verbs",
        "nouns",
        "clause_cues",
        "complement_cues",
        "adjacent_complement_cues",
        "occasion_nouns",
    }
)


def with_plurals(words: frozenset[str]) -> frozenset[str]:
    """Each word, its "-s" and "-es" forms and, for a word in "-y", its "-ies" form: the
    forms a listed noun takes (``object.plural_closure`` caches it per rule list)."""
    return frozenset(
        chain(
            words,
            (word + "s" for word in words),
            (word + "es" for word in words),
            (word[:-1] + "ies" for word in words if word.endswith("y")),
        )
    )
