"""A LAUNCH event mention with the evidence the tracker compares, read from one record.

The tracker never sees whole records again: each event becomes a small ``Mention`` holding
its object name (with the ORG canonical name when the object is an organisation), its agent
(text, canonical name, label), its resolved date and the article's reference date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CACHE_SIZE = 1 << 16
"""Phrases whose words are kept: the same names are compared again and again."""
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[$€£¥₹₦]|\d[\d.,]*", re.UNICODE)
LEADING_FILLER = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "new",
        "newly",
        "planned",
        "first",
        "initial",
        "this",
        "that",
        "these",
        "those",
    }
)
"""Words in front of an object that say nothing about which thing it is."""
CONNECTORS = frozenset({"of", "for", "on", "in", "to", "with", "and", "&", "at", "by", "the", "a"})
"""Function words inside names: ignored when comparing names word by word."""


ANOTHER = frozenset({"separate", "another", "second", "other", "additional", "sister", "rival"})
"""First words that say the thing is not the one already talked about."""


def marks_another(text: str) -> bool:
    """Whether an object phrase begins by setting itself apart ("a separate fund")."""
    tokens = words(text)
    while tokens and tokens[0] in {"a", "an", "the", "its", "their"}:
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in ANOTHER


_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


@lru_cache(maxsize=CACHE_SIZE)
def words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens of ``text``; a hyphenated compound is one word, written
    without its hyphen, so "start-up" and "startup" compare equal."""
    return tuple(token.lower() for token in _WORD.findall(_INNER_HYPHEN.sub("", text)))


@lru_cache(maxsize=CACHE_SIZE)
def name_words(text: str) -> frozenset[str]:
    """Capitalised words inside a phrase, lower-cased: the name part of a description
    ("$40m Quellbrook vehicle": "quellbrook"). The first word is left out (it may be
    capitalised only because it starts a sentence)."""
    tokens = re.findall(r"[^\W\d_][\w'’]*", _INNER_HYPHEN.sub("", text))
    found = {token.lower() for token in tokens[1:] if token[0].isupper()}
    if len(tokens) == 1 and tokens[0][0].isupper():
        found.add(tokens[0].lower())
    return frozenset(found)


@lru_cache(maxsize=CACHE_SIZE)
def content_words(text: str) -> tuple[str, ...]:
    """The words of a name that identify it: no fillers in front, no function words."""
    tokens = words(text)
    while tokens and tokens[0] in LEADING_FILLER:
        tokens = tokens[1:]
    return tuple(token for token in tokens if token not in CONNECTORS)


@lru_cache(maxsize=CACHE_SIZE)
def head_word(text: str) -> str | None:
    """The noun the object phrase is about: the last word before "of"/"for"/… or the end.

    "fund for AI chip start-ups" and "collection of 20 use cases" have heads "fund" and
    "collection"; a name's head is its last word ("Innovation Platform": "platform").
    """
    tokens = words(text)
    for index, token in enumerate(tokens):
        if index and token in {"of", "for", "on", "to", "with", "at", "in", "by"}:
            return tokens[index - 1]
    return tokens[-1] if tokens else None


@lru_cache(maxsize=CACHE_SIZE)
def is_named(text: str, canonical: str | None) -> bool:
    """Whether an object is a name (capitalised words or an ORG), not a description.

    A description is lower-case after its first word ("state-backed tidal platform");
    a headline's Title Case is taken as a name only when another mention confirms it, which
    ``evidence`` does by comparing words, so Title Case counts as named here.
    """
    if canonical:
        return True
    tokens = [
        token for token in re.findall(r"[^\W\d_][\w'’-]*", text) if token.lower() not in CONNECTORS
    ]
    if not tokens:
        return False
    capitalised = sum(1 for token in tokens if token[0].isupper())
    return capitalised * 2 > len(tokens)


@dataclass(frozen=True)
class Mention:
    """One LAUNCH event mention and the evidence it brings to grouping."""

    doc_id: str
    event_id: str
    order: int
    """Position of the event in its article, for nearest-antecedent choices."""
    modality: str
    trigger: str
    object: str | None
    object_canonical: str | None
    agent: str | None
    agent_canonical: str | None
    agent_label: str | None
    """ORG, GPE, or None for a person or an unlabelled agent."""
    date: str | None
    location: str | None
    reference_date: str | None

    @property
    def in_title_case(self) -> bool:
        """A capitalised trigger ("Launches") marks a headline, whose capitals name nothing."""
        return self.trigger[:1].isupper()

    @property
    def named(self) -> bool:
        if self.object is None:
            return False
        if self.in_title_case:
            return bool(self.object_canonical)
        return is_named(self.object, self.object_canonical)

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"


def _entity_at(
    entities: Mapping[tuple[int, int], Mapping[str, Any]], arg: Mapping[str, Any]
) -> Mapping[str, Any] | None:
    return entities.get((arg["start"], arg["end"]))


def mentions_from_record(record: Mapping[str, Any]) -> Iterator[Mention]:
    """The record's LAUNCH events as mentions, in the record's order."""
    entities = {(e["start"], e["end"]): e for e in record.get("entities") or []}
    reference_date = record.get("reference_date")
    for order, event in enumerate(record.get("events") or []):
        if event.get("type", "LAUNCH") != "LAUNCH":
            continue
        args = {arg["role"]: arg for arg in event.get("arguments") or []}
        obj, agent, date, location = (args.get(r) for r in ("object", "agent", "date", "location"))
        obj_entity = _entity_at(entities, obj) if obj else None
        agent_entity = _entity_at(entities, agent) if agent else None
        date_entity = _entity_at(entities, date) if date else None
        yield Mention(
            doc_id=record["doc_id"],
            event_id=event["id"],
            order=order,
            modality=event.get("modality", "asserted"),
            trigger=event["trigger"]["text"],
            object=obj["text"] if obj else None,
            object_canonical=(obj_entity or {}).get("canonical"),
            agent=agent["text"] if agent else None,
            agent_canonical=(agent_entity or {}).get("canonical"),
            agent_label=(agent_entity or {}).get("label"),
            date=(date_entity or {}).get("value"),
            location=location["text"] if location else None,
            reference_date=reference_date,
        )
