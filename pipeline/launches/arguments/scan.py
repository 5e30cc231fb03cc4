"""The clause around a trigger, read once for its date and place arguments: the first DATE
and the first "in"/"at" GPE to the right of the trigger (``scan_right``) and the
introductory phrase that opens the trigger's clause ("In May 2019," / "In Peru,")."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from pipeline.docview import POSSESSIVE
from pipeline.launches.arguments.object import APPOSITION_DASHES, MAX_DASHED_NAME
from pipeline.launches.clauses import introduction, new_clause, purpose_infinitive
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Trigger

MAX_RIGHT = 40
"""Tokens after a trigger that the right scan reads."""


class Setting(NamedTuple):
    """What the trigger's clause offers as date and place (a named tuple: immutable like a
    frozen dataclass, and built in a fifth of its time, once per verb trigger)."""

    right_date: Span | None
    right_place: Span | None
    scoped: bool
    """the right place only frames a superlative ("the first lab in China")"""
    intro_date: Span | None
    intro_place: Span | None
    intro_end: int
    """where the introductory phrase ends (read only with ``intro_date``)"""


def read_setting(
    d: LaunchDoc,
    trigger: Trigger,
    args: dict[str, Span],
    floor: int,
    sent_end: int,
    *,
    stop_at_comma: bool,
) -> Setting:
    """Scan right of the trigger, then read the introduction of the trigger's own clause
    ("..., and in 2021 it set up ...": the clause after "and")."""
    right_date, right_place, scoped = scan_right(
        d, trigger, args, sent_end, stop_at_comma=stop_at_comma
    )
    if d.setting_end(floor, trigger.start) == floor:
        # no DATE or GPE before the trigger: no introduction can name a date or place
        return Setting(right_date, right_place, scoped, None, None, floor)
    clause_start = floor
    tok = d.tok
    # the trigger's clause opens after the last clause start before it: the walk goes from
    # the trigger leftwards and stops at the first (``new_clause`` reads only the words)
    for m in range(trigger.start - 1, floor - 1, -1):
        # only "and" and "," can open a clause: the test runs on those alone
        token = tok[m]
        if (token.lower_ == "and" or token.text == ",") and new_clause(d, m, sent_end):
            clause_start = m + (2 if token.text == "," else 1)
            break
    intro_date, intro_place, intro_end = introduction(d, clause_start, trigger.start)
    return Setting(right_date, right_place, scoped, intro_date, intro_place, intro_end)


def scan_right(
    d: LaunchDoc, trigger: Trigger, args: dict[str, Span], sent_end: int, *, stop_at_comma: bool
) -> tuple[Span | None, Span | None, bool]:
    """The first DATE and the first "in"/"at" GPE after the trigger, in its clause.

    The clause ends at a modal, a clause break, a reporting verb, a new subject (",
    and the government ..."), and, for nouns and participle clauses, a comma. A "by"
    date after a target word or a purpose infinitive is that target's deadline, not the
    launch's ("revenue of ... by 2025", "a programme to train engineers by 2028"). A place
    after another participant ("commitments from funds in Japan") is that participant's,
    and one after a scope word ("the first lab in China") only frames the superlative,
    so it is returned with ``scoped`` set."""
    # the loop reads every token of the clause: the lookups are bound once and the
    # clause-end test (``_ends_clause``) is inlined, as a call per token cost a fifth of it
    tok = d.tok
    lex = d.lex
    ent_at, ent_label, glued = d.ent_at, d.ent_label, d.view.glued_tokens
    target_words, participants = lex.target_words, lex.participant_prepositions
    stops, stops_unless_date = lex.right_scan_stops, lex.right_stops_unless_date
    date: Span | None = None
    place: Span | None = None
    scoped = False
    target_seen = False
    other_participant = False
    obj = args.get("object")
    k = trigger.end
    limit = min(sent_end, trigger.end + MAX_RIGHT)
    # past the last DATE or GPE of the window nothing more can be found (the clause tests
    # still look ahead to ``limit``)
    scan_end = min(limit, d.setting_end(k, limit))
    while k < scan_end and (date is None or place is None):
        ent = ent_at.get(k)
        if ent is not None:
            label = ent_label[k]
            if label == "DATE" and date is None:
                prep = tok[ent.start - 1].lower_ if ent.start > 0 else ""
                possessor = ent.end < limit and tok[ent.end].text in POSSESSIVE
                if not (prep == "by" and target_seen) and not possessor:
                    date = ent  # not "this year's new phone": that date owns the thing
            elif label == "GPE" and place is None and ent.start > 0:
                if not other_participant and _launch_place(d, ent, obj):
                    place = ent
                    window = set(d.lowers(trigger.end, ent.start))
                    scoped = bool(window & lex.scope_words)
            k = ent.end
            continue
        if k in glued:
            k += 1  # inside a hyphenated word ("pay-as-you-go"), not a clause word
            continue
        token = tok[k]
        if token.text in APPOSITION_DASHES:
            if _dashed_object(d, k, obj, limit):
                k = obj.end + 1  # the clause goes on after the apposition's closing dash
                continue
            close = _aside_after_object(d, k, obj, limit)
            if close is not None:
                k = close + 1  # "a new plant – its largest so far – on Monday"
                continue
        low = token.lower_
        if low in target_words or (low == "to" and purpose_infinitive(d, k, limit)):
            target_seen = True
        if low in participants:
            other_participant = True
        # the clause ends at a modal, a clause break, a reporting verb, a right stop, a new
        # clause, a comma (``stop_at_comma``), or "since"/"after"... that no DATE follows
        # ("since March" dates the launch; "since the fund ..." is a new clause)
        text = token.text
        if obj is not None and obj.start == k + 1 and low == "that":
            k += 1  # "formed that company in 1997": the object's determiner, no clause
            continue
        if (
            low in stops
            or (stop_at_comma and text == ",")
            or ((low == "and" or text == ",") and new_clause(d, k, limit))
            or (low in stops_unless_date and d.ent(k + 1, ("DATE",)) is None)
        ):
            break
        k += 1
    return date, place, scoped


def _dashed_object(d: LaunchDoc, k: int, obj: Span | None, limit: int) -> bool:
    """The dash at k opens an apposition that is the object, closed by the same dash ("a
    fund – the Kelvo Income fund – on Monday")."""
    if obj is None or not (k < obj.start and obj.end < limit):
        return False
    tok = d.tok
    return tok[obj.end].text == tok[k].text and all(
        t.lower_ in ("the", "a", "an") for t in tok[k + 1 : obj.start]
    )


def _aside_after_object(d: LaunchDoc, k: int, obj: Span | None, limit: int) -> int | None:
    """The closing dash of an aside set off by dashes right after the object ("opened a
    new plant – its largest so far – on Monday"), or None: the aside describes the object,
    its own dates and places are not the launch's, and the clause goes on after it."""
    if obj is None or k != obj.end:
        return None
    tok = d.tok
    dash = tok[k].text
    close = k + 1
    while close < limit and close - k <= MAX_DASHED_NAME and tok[close].text != dash:
        close += 1
    if close >= limit or tok[close].text != dash or close == k + 1:
        return None
    return close


def _launch_place(d: LaunchDoc, ent: Span, obj: Span | None) -> bool:
    """A GPE after "in"/"at" (or "in the", or "in the Mexican state of"), outside the
    object phrase."""
    tok = d.tok
    prep = tok[ent.start - 1].lower_
    if prep == "the" and ent.start > 1:
        prep = tok[ent.start - 2].lower_
    elif prep == "of" and ent.start > 2 and tok[ent.start - 2].lower_ in d.lex.name_designators:
        # "in the (Mexican) state of Sonora", "at the city of Lyon": the place itself
        k = ent.start - 3
        while k > ent.start - 6 and k > 0 and tok[k].is_alpha and tok[k].lower_ != "the":
            k -= 1
        if tok[k].lower_ == "the" and k > 0:
            prep = tok[k - 1].lower_
    inside_object = obj is not None and obj.start <= ent.start < obj.end
    return prep in d.lex.location_prepositions and not inside_object
