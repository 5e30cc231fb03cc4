"""Agents: who launched when the subject next to the verb does not say. A passive's "by"
phrase, and the subject a coordinated verb, a gerund or an infinitive inherits
(``controller``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.subject import possessor_before, sentence_subject
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Found, Subject, Trigger
from pipeline.launches.verbcomplex import realis_to


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
    if (
        "to" in [t.lower_ for t in walked]
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
    return last if last is not None and last_is_head else None


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
