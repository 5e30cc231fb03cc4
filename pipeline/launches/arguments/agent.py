"""Agents: who launched when the subject next to the verb does not say. A passive's "by"
phrase, and the subject a coordinated verb, a gerund or an infinitive inherits
(``controller``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.object import CALENDAR_WORDS, listed
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
    lows = [t.lower_ for t in walked]
    if subject.kind == "prep" or "to" in lows:
        doer = _praised_for(d, stop, floor, headline)
        if doer is not None:
            return doer
    if subject.kind == "coord" or (subject.kind == "prep" and "gerund" in trigger.kinds):
        head = possessor_before(d, stop, floor, headline) or sentence_subject(d, floor, headline)
        return head if head.kind in ("entity", "name") else Subject("none")
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
    if (
        subject.kind not in ("entity", "name")
        and ("to" in lows or "gerund" in trigger.kinds)
        and stop >= floor
        and _governing_verb(d, stop)
    ):
        # "X is understood to be getting ready to launch", "X scrapped plans to launch", "X
        # has not decided whether to launch", "X is considering setting up": the walk
        # stopped at the verb that governs the infinitive or gerund, not at a noun that
        # could be its subject, so the sentence's named subject is the agent
        head = sentence_subject(d, floor, headline)
        if head.kind in ("entity", "name") and _verbs_reach(d, stop, head, floor):
            return head
    return subject


def _praised_for(d: LaunchDoc, stop: int, floor: int, headline: bool) -> Subject | None:
    """ "X praised the mayor for deciding to open a library", "X thanked Tom Berry for
    opening it": a person's noun or a name right before the preposition that governs the
    gerund (at ``stop``, or the "-ing" verb at ``stop`` that governs the infinitive) is
    the verb's object, and the one who does what the gerund says, so the sentence's
    subject is not the agent; the name is, a generic person is no one. None when no such
    phrase is there ("X took a step by opening": "step" is no person)."""
    tok = d.tok
    k = stop
    if k >= floor and tok[k].is_lower and tok[k].lower_.endswith("ing"):
        k -= 1
    if k - 1 < floor or tok[k].lower_ not in d.lex.prepositions:
        return None
    before = subject_at(d, k - 1, floor, headline, 2)
    if before.kind in ("entity", "name") and before.span is not None:
        head = sentence_subject(d, floor, headline)
        if head.span is not None and head.span.start == before.span.start:
            return None  # "Acme, with its partners, ...": the subject itself
        return before
    prev = tok[k - 1]
    people = d.lex.person_nouns | d.lex.person_titles
    if prev.is_lower and listed(prev.lower_, people):
        return Subject("none")
    return None


def _verbs_reach(d: LaunchDoc, stop: int, head: Subject, floor: int) -> bool:
    """The governing verb at ``stop`` is the head's own verb: the walk left over its verb
    complex (and over one more governing verb, "decided whether") ends at the head, so no
    other clause ("names X to staff after failing to ...") comes between."""
    assert head.span is not None
    k = stop
    for _ in range(3):
        _, k, _ = chain_left(d, k, floor)
        if k == head.span.end - 1:
            return True
        if k < floor or not _governing_verb(d, k):
            return False
    return False


def _governing_verb(d: LaunchDoc, k: int) -> bool:
    """Token k is a verb or clause word from words alone: a lower-case "-ed"/"-ing" word,
    a word of intention ("plans", "hopes") or a clause cue ("whether")."""
    token = d.tok[k]
    low = token.lower_
    if not (token.is_alpha and token.is_lower):
        return False
    return (
        low.endswith(("ed", "ing"))
        or low in d.lex.irregular_participles
        or low in d.lex.irrealis_words
        or low in d.lex.clause_cues
        or low in d.lex.after_cues
    )


def by_agent(d: LaunchDoc, end: int, sent_end: int, headline: bool) -> Span | None:
    """The agent of a passive: "by X" after the verb, past only PP material."""
    tok = d.tok
    k = end
    in_pp = False  # a preposition since the last comma: its noun phrase may run on
    while k < min(sent_end, end + 14):
        token = tok[k]
        low = token.lower_
        ent = d.ent_at.get(k)
        if ent is not None:
            k = ent.end
            continue
        if low == "by":
            return _by_phrase(d, k + 1, sent_end, headline)
        in_pp = in_pp or low in d.lex.prepositions
        if (
            low in d.lex.prepositions
            or low in ("the", "a", "an", "its", "their")
            or token.like_num
            or (token.is_lower and low.endswith("ly"))
            or d.is_cap(token)
            or low in CALENDAR_WORDS  # "announced this morning by X": a time of day
            or (
                low in ("this", "that", "last")
                and k + 1 < sent_end
                and tok[k + 1].lower_ in CALENDAR_WORDS
            )
        ):
            k += 1
            continue
        if (
            token.is_lower
            and token.is_alpha
            and k > end
            and (
                tok[k - 1].lower_ in {"a", "an", "the", "its", "their"} | d.lex.prepositions
                or (in_pp and not low.endswith(("ed", "ing")))
            )
        ):
            k += 1
            continue
        if token.text in HYPHENS or token.text == ",":
            # a comma before "by" or before a parenthetical PP ("in 2017, with backing
            # from pension funds, by X") keeps the walk on
            in_pp = False
            if token.text == "," and not (
                k + 1 < sent_end
                and (tok[k + 1].lower_ == "by" or tok[k + 1].lower_ in d.lex.prepositions)
            ):
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
                if m < sent_end and tok[m].is_lower and tok[m].is_alpha:
                    k = m  # "by the State health minister Ana Lind": a modifier of the title
                    continue
                return None  # "set up by the Government": a generic reference
            if m < sent_end and tok[m].text in POSSESSIVE:
                k = m + 1  # "by Queen Mara's son Prince Edo": the possessor is no agent
                continue
            m = _joined_title(d, m, sent_end, headline)
            last, last_is_head = d.span(k, m), True
            k = m
            continue
        if last_is_head and _verb_after_name(d, k):
            break  # "founded by Jane Roe reported ...": the main clause goes on
        if (
            token.lower_ == "and"
            and last is None
            and k + 1 < sent_end
            and tok[k + 1].is_lower
            and tok[k + 1].is_alpha
        ):
            k += 1  # "by old friends and bakers Tom Hale and Ana Lind": two descriptions
            continue
        if d.is_plain_word(k, d.lex.prepositions):
            last_is_head = False
            k += 1
            continue
        if token.text in HYPHENS:
            if k + 1 < sent_end and d.tok[k + 1].is_lower and d.tok[k + 1].is_alpha:
                # "by Vellmar-based banker Ana Lind": the name before the hyphen describes
                # the head ("based" is no verb after a name), so the phrase goes on
                last_is_head = False
                k += 2
                continue
            k += 1
            continue
        break
    if last is None or not last_is_head:
        return None
    return last if last.label_ else d.without_title(last)


def _joined_title(d: LaunchDoc, m: int, sent_end: int, headline: bool) -> int:
    """ "by Housing and Urban Affairs Minister Ana Lind": a name run that "and" joins to a
    run holding a title and then a name is one title of one person, so the run goes on to
    the name's end (the caller cuts the title off); "by Acme and Beta" stays two names."""
    if not (m + 1 < sent_end and d.tok[m].lower_ == "and" and d.is_name_token(m + 1, headline)):
        return m
    end = d.name_run_end(m + 1, sent_end, headline)
    titles = [k for k in range(m + 1, end - 1) if d.tok[k].lower_ in d.lex.person_titles]
    return end if titles else m


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
