"""Agents: who launched when the subject next to the verb does not say. A passive's "by"
phrase, and the subject a coordinated verb, a gerund or an infinitive inherits
(``controller``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.subject import (
    generic_capitalised,
    possessor_before,
    sentence_subject,
    subject_at,
)
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Found, Subject, Trigger
from pipeline.launches.verbcomplex import chain_left, realis_to


def controller(
    d: LaunchDoc,
    subject: Subject,
    trigger: Trigger,
    walked: list[Token],
    stop: int,
    floor: int,
    headline: bool,
    found: list[Found],
) -> Subject:
    """The subject of a verb whose own subject is not next to it: a second coordinated
    verb takes the first one's named subject ("X set up A in 2021 and launched B"); a
    gerund after a preposition takes the possessor of the noun before it ("X's
    leadership in establishing Y") or else the sentence subject ("X took a stride by
    launching Y"); an infinitive after a prepositional phrase or "the first ... to" takes
    the sentence subject ("X signed an agreement with Y to establish Z")."""
    floor_found = [f for f in found if f.sentence_start == floor and f.trigger.end <= trigger.start]
    if subject.kind == "coord" and floor_found:
        inherited = floor_found[-1].subject
        if inherited is not None and d.is_named(inherited):
            return Subject("entity", inherited)
        return Subject("none")
    if subject.kind == "coord" or (subject.kind == "prep" and "gerund" in trigger.kinds):
        head = possessor_before(d, stop, floor, headline) or sentence_subject(d, floor, headline)
        return head if head.kind in ("entity", "name") else Subject("none")
    lows = [t.lower_ for t in walked]
    if (
        subject.kind not in ("entity", "name")
        and "to" in lows
        and lows[-1] in d.lex.purpose_nouns
        and stop >= floor
        and (
            d.tok[stop].lower_ in d.lex.reporting_verbs
            or d.tok[stop].lower_ in d.lex.host_verbs
            or d.tok[stop].lower_ in d.lex.forms
        )
    ):
        # "Acme announced plans to open 20 stores", "unveiled plans to": who made them public
        _, verb_stop, _ = chain_left(d, stop, floor)
        head = subject_at(d, verb_stop, floor, headline, 1)
        if head.kind in ("entity", "name"):
            return head
    if (
        "to" in lows
        and subject.kind not in ("entity", "name")
        and (subject.blocked or realis_to(d, walked, floor))
    ):
        head = sentence_subject(d, floor, headline)
        if head.kind in ("entity", "name"):
            return head
    return subject


def by_agent(d: LaunchDoc, end: int, sent_end: int, headline: bool) -> Span | None:
    """The agent of a passive: "by X" after the verb, past only PP material."""
    tok = d.tok
    k = end
    while k < min(sent_end, end + 14):
        token = tok[k]
        low = token.lower_
        ent = d.ent_at.get(k)
        if ent is not None:
            k = ent.end
            continue
        if low == "by":
            return _by_phrase(d, k + 1, sent_end, headline)
        if (
            low in d.lex.prepositions
            or low in ("the", "a", "an", "its", "their")
            or token.like_num
            or (token.is_lower and low.endswith("ly"))
            or d.is_cap(token)
        ):
            k += 1
            continue
        if (
            token.is_lower
            and token.is_alpha
            and k > end
            and tok[k - 1].lower_ in {"a", "an", "the", "its", "their"} | d.lex.prepositions
        ):
            k += 1
            continue
        if token.text in HYPHENS or token.text == ",":
            if token.text == "," and not (k + 1 < sent_end and tok[k + 1].lower_ == "by"):
                return None
            k += 1
            continue
        return None
    return None


def _by_phrase(d: LaunchDoc, k: int, sent_end: int, headline: bool) -> Span | None:
    """The name heading the noun phrase after "by" (not "former Acme engineers")."""
    tok = d.tok
    while k < sent_end and tok[k].lower_ in d.lex.determiners:
        k += 1
    last: Span | None = None
    last_is_head = False
    while k < sent_end:
        token = tok[k]
        ent = d.ent(k, ("ORG", "GPE"))
        if ent is not None:
            if ent.end < sent_end and tok[ent.end].text in POSSESSIVE:
                k = ent.end + 1
                continue
            if last is None or not last_is_head:
                last, last_is_head = ent, True
            k = ent.end
            if k < sent_end and tok[k].text == "(":
                while k < sent_end and tok[k].text != ")":
                    k += 1
                k += 1
            continue
        if d.ent(k) is not None:
            break
        if d.is_name_token(k, headline):
            m = d.name_run_end(k, sent_end, headline)
            if generic_capitalised(d, k, m - 1):
                return None  # "set up by the Government": a generic reference
            last, last_is_head = d.span(k, m), True
            k = m
            continue
        if last_is_head and _verb_after_name(d, k):
            break  # "founded by Jane Roe reported ...": the main clause goes on
        if d.is_plain_word(k, d.lex.prepositions):
            last_is_head = False
            k += 1
            continue
        if token.text in HYPHENS:
            k += 1
            continue
        break
    if last is None or not last_is_head:
        return None
    return last if last.label_ else d.without_title(last)


def _verb_after_name(d: LaunchDoc, k: int) -> bool:
    """Word k, right after a name in a "by" phrase, is a verb, so the name heads the phrase:
    an auxiliary, modal, reporting verb or clause stop ("by Jane Roe has ...", "by Acme
    said"), or a lower-case past form ("by Jane Roe reported ..."). Any other lower-case
    word makes the name a modifier ("by former Acme engineers")."""
    token = d.tok[k]
    low = token.lower_
    return (
        low in d.lex.right_scan_stops
        or low in d.lex.auxiliaries
        or (token.is_lower and token.is_alpha and low.endswith("ed"))
    )


def owner_before(d: LaunchDoc, obj: Span, floor: int) -> Span | None:
    """The organisation whose possessive opens the object ("Brixo Motors' new plant",
    "UT Harlow's new institute", "Acme's Nova 5 was unveiled"): whoever owns the new thing
    launched it. People and places are left out: a person's new novel, a town's new
    airport."""
    k = obj.start - 1
    if k > floor and d.tok[k].lower_ in d.lex.nominal_premodifiers:
        k -= 1  # "Acme's new Vega Lab": the name after "new"
    if k - 1 <= floor or d.tok[k].text not in POSSESSIVE:
        return None
    owner = d.ent_at.get(k - 1)
    if owner is None or owner.end != k:
        return None
    if d.ent_label[k - 1] != "ORG":
        return d.campus_name(owner)  # "the opening of UT Harlow's new institute"
    return owner
