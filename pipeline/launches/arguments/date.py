"""The date argument: a DATE inside the verb complex ("on Monday launched"), else the first
DATE of the clause to the right (not a "by" deadline of a target), else, for verbs, an
introductory "In May 2019," unless "subsequently" or a clause break comes between."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.launches.arguments.scan import Setting
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Trigger


def launch_date(
    d: LaunchDoc, trigger: Trigger, setting: Setting, left_date: Span | None, *, nominal: bool
) -> Span | None:
    """The launch's date, or None; a date in a dateline is never one."""
    date = left_date or setting.right_date
    if date is None and setting.intro_date is not None and not nominal:
        between = set(d.lowers(setting.intro_end, trigger.start))
        if not between & d.lex.sequence_words and not between & d.lex.clause_breaks:
            date = setting.intro_date
    if date is not None:
        date = _bracketed_date(d, date)
    if date is not None and (
        d.in_dateline(date) or _inside_person_name(d, date) or _modifies_noun(d, date)
    ):
        return None
    return date


def _bracketed_date(d: LaunchDoc, date: Span) -> Span:
    """ "today (Tuesday 4 June)": the calendar date the writer put in brackets after
    a relative one is the same day, said more precisely."""
    k = date.end
    tok = d.tok
    if k + 1 < len(tok) and tok[k].text == "(":
        inner = d.ent(k + 1, ("DATE",))
        if inner is not None and inner.end < len(tok) and tok[inner.end].text == ")":
            return inner
    return date


def _modifies_noun(d: LaunchDoc, date: Span) -> bool:
    """A date between a determiner and a noun dates that noun, not the launch ("violations
    of an April 25 ceasefire", "the 2019 law", "its March 3 deadline")."""
    k = date.start - 1
    if k < 0 or d.tok[k].lower_ not in d.lex.determiners or date.end >= len(d.tok):
        return False
    noun = d.tok[date.end]
    return noun.is_alpha and noun.is_lower and noun.lower_ not in d.lex.np_break


def _inside_person_name(d: LaunchDoc, date: Span) -> bool:
    """A one-word holiday or month right after a capitalised name word is a surname
    ("illustrator Holly Christmas", "singer Tom May"), not when anything happened."""
    k = date.start - 1
    if len(date) != 1 or k < 0:
        return False
    prev = d.tok[k]
    # the word tests first: the sentence is looked up only for a capitalised word
    return (
        prev.is_alpha
        and prev.is_title
        and prev.lower_ not in d.lex.prepositions
        and d.ent(k, ("DATE", "GPE", "ORG")) is None
        and d.sentence(k)[0] != k
    )
