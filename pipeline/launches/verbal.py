"""Arguments of a verb or participle trigger. Its voice decides where the roles are:

- attributive participle ("the newly established platform"): the noun after it is the
  object (``_attributive``);
- fronted participle clause ("Founded in 1921, Bellucci ..."): the phrase after the comma
  is the object, a "by" phrase the agent (``_fronted_participle``);
- passive ("was set up by METI") and reduced participle clause ("Acme Cloud, launched in
  2006,", "a start-up founded in Paris"): the phrase it describes is the object, a "by"
  phrase the agent (``_passive``);
- relative clause with its own subject ("a scheme that Acme introduced", "the network it
  launched"): the modified noun is the object, the subject the agent (``_relative``);
- active: the subject is the agent and the noun phrase after the verb the object
  (``_active``); with no such phrase a copula after the clause can name the object ("What
  Acme unveiled was X"), or the verb is intransitive ("the centre, which opened in March")
  (``_copular_or_intransitive``).

Subjects a verb inherits (coordination, gerunds, infinitives) come from
``arguments.agent.controller``; date, place, parse attachments, sense checks and modality
are shared with nouns (``_finish``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from pipeline.docview import POSSESSIVE, QUOTES_CLOSE, QUOTES_OPEN
from pipeline.launches.arguments.agent import by_agent, controller, owner_before
from pipeline.launches.arguments.object import (
    CALENDAR_WORDS,
    TIMES_OF_DAY,
    after_comma,
    completed,
    copular_object,
    listed,
    named_object,
    object_ok,
    plural_closure,
)
from pipeline.launches.arguments.parse import apply_dependencies
from pipeline.launches.arguments.persons import names_person
from pipeline.launches.arguments.phrases import (
    adverb_alone,
    heads_and_core,
    np_left,
    np_right,
    past_form,
)
from pipeline.launches.arguments.setting import attach_date_location
from pipeline.launches.arguments.subject import described_phrase, subject_at
from pipeline.launches.context import LaunchDoc
from pipeline.launches.modality import verbal_modality
from pipeline.launches.model import Found, Subject, Trigger, overlaps
from pipeline.launches.verbcomplex import chain_left, coordinated_infinitive

_NAMED = ("entity", "name")
_PERFECT_KINDS = frozenset({"past", "participle"})
"""The forms that can be perfect or passive ("has launched", "was launched")."""


@dataclass
class _Verb:
    """A verb trigger's clause as the left walk and the right scan read it, and the roles
    filled so far."""

    trigger: Trigger
    floor: int
    sent_end: int
    headline: bool
    walked: list[Token]
    stop: int
    """where the left walk over the verb complex stopped"""
    left_date: Span | None
    perfect: bool
    passive: bool
    participle: bool
    np_after: Span | None
    """the noun phrase right after the verb, when it is its object"""
    args: dict[str, Span] = field(default_factory=dict)
    location: Span | None = None
    subject_span: Span | None = None
    enclosed: bool = False
    """the clause ends at the next comma (participle or comma relative clause)"""
    person: bool = False
    """what the clause launched is a person ("Chan, who was released ..."): not a launch"""


def verbal(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool, found: list[Found]
) -> Found | None:
    """The event of a verb or participle trigger, or None when its object fails the sense
    checks (see the module docstring)."""
    if _figurative_doors(d, trigger.end, sent_end):
        return None
    v = _read_verb(d, trigger, floor, sent_end, headline)
    if v.participle and v.np_after is not None and not v.passive:
        _attributive(d, v)
    elif v.perfect and not v.passive and v.np_after is None and v.stop < floor:
        _fronted_participle(d, v)
    else:
        _clause(d, v, found)
    return _finish(d, v)


def _read_verb(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool) -> _Verb:
    """Walk left over the verb complex and read the voice and the phrase after the verb."""
    tok = d.tok
    end = trigger.end
    walked, stop, left_date = chain_left(d, trigger.start, floor)
    perfect = not trigger.kinds.isdisjoint(_PERFECT_KINDS)
    if perfect and not walked:
        walked, stop, left_date = _past_coordinated_verb(d, stop, floor, walked, left_date)
    if not walked and "base" in trigger.kinds:
        first = coordinated_infinitive(d, trigger.start, floor)
        if first is not None:
            # "in a bid to oust the board and set up a union": V2 takes
            # V1's verb complex when a word of intention or a modal governs it
            more, more_stop, more_date = chain_left(d, first, floor)
            if not d.lex.irrealis_markers.isdisjoint(t.lower_ for t in more):
                walked, stop, left_date = more, more_stop, left_date or more_date
    # the walked words' tests are set tests on their lower-case forms (``isdisjoint`` runs
    # in C, where a generator per test runs a Python frame per word)
    lows = [t.lower_ for t in walked]
    passive = perfect and not d.lex.be_forms.isdisjoint(lows)
    # "the newly established platform": an adjective after a determiner, not a clause
    participle = trigger.use == "participle" or (
        perfect
        and not d.lex.attributive_adverbs.isdisjoint(lows)
        and d.lex.auxiliaries.isdisjoint(lows)
        and (stop < floor or tok[stop].lower_ in d.lex.determiners or tok[stop].is_punct)
    )
    np_after = None
    if (
        end < sent_end
        and tok[end].text in QUOTES_CLOSE
        and trigger.start - 1 >= floor
        and tok[trigger.start - 1].text in QUOTES_OPEN
    ):
        end += 1  # 'officially "rolled out" the new jet': the object follows the quote
    # "unveiled on Monday a new phone", "launched Tuesday a fund": a date between the verb
    # and its object phrase is passed over (the date itself is found by the right scan)
    end = _past_date(d, end, sent_end)
    # a preposition, comma or full stop right after the verb means no object phrase: the
    # phrase is only read (and its Span built) when the word after the verb allows one
    if end < sent_end and tok[end].lower_ in d.lex.quantity_approximators:
        end = _past_approximator(d, end, sent_end)
    if end + 1 < sent_end and tok[end].is_lower:
        alone = adverb_alone(d, end, sent_end)
        after = tok[end + 1].lower_
        if alone or (alone is False and (after in d.lex.determiners or after in d.lex.auxiliaries)):
            end += 1  # "launched worldwide", "opened quietly in May": the verb's adverb
    if (
        end < sent_end
        and tok[end].lower_ not in d.lex.prepositions
        and tok[end].text not in (",", ".")
    ):
        np_after = _what_it_called(d, end, sent_end, headline) or np_right(
            d, end, sent_end, headline
        )
        if (
            np_after is not None
            and np_after.start > end + 3
            and tok[end].lower_ != "what"
            and not _possessor_gap(d, end, np_after.start)
        ):
            np_after = None
        if np_after is None and tok[end].lower_ in ("and", "or"):
            np_after = _shared_after_and(d, end + 1, sent_end, headline, tok[trigger.end - 1])
        if np_after is not None and _own_doors(d, np_after):
            np_after = None  # "the museum opened its doors": the museum's own opening
        if (
            np_after is not None
            and len(np_after) == 1
            and np_after.start > end
            and np_after[0].lower_ in TIMES_OF_DAY
        ):
            # "the store opened this morning": after a determiner, when, not what; a day
            # or a period ("opens Tuesday to Friday", "open every day") stays the phrase
            # the sense check rejects, so opening hours are no launch
            np_after = None
    else:
        np_after = _shared_object(d, end, sent_end, headline)
    return _Verb(
        trigger,
        floor,
        sent_end,
        headline,
        walked,
        stop,
        left_date,
        perfect,
        passive,
        participle,
        np_after,
    )


def _possessor_gap(d: LaunchDoc, end: int, start: int) -> bool:
    """Tokens [end, start) are the object's possessor ("introduced a new children's
    savings fund", "unveiled the coming season's most hotly tipped handset"): they end in a
    possessive and hold no preposition outside a name ("announced the launch of Brixo's
    fund" is another phrase; "the Board for Tarn Roads' scheme" is one). A phrase far
    from the verb is otherwise not its object; here, without it, the verb would read as
    intransitive and its subject as what was launched."""
    tok = d.tok
    return tok[start - 1].text in POSSESSIVE and not any(
        tok[m].lower_ in d.lex.prepositions and d.ent(m) is None for m in range(end, start - 1)
    )


def _past_approximator(d: LaunchDoc, end: int, sent_end: int) -> int:
    """Where the object starts after a number's approximator ("released about 200
    cards", "between 20 and 30 passengers"): at the (last) number, so the phrase is read as
    the object, not as a PP after an intransitive verb."""
    tok = d.tok
    if not (end + 1 < sent_end and tok[end].lower_ in d.lex.quantity_approximators):
        return end
    k = end + 1
    if not tok[k].like_num:
        return end
    if tok[end].lower_ == "between" and k + 2 < sent_end and tok[k + 1].lower_ == "and":
        k += 2  # "between 20 and 30 passengers": the phrase of the second number
    np = np_right(d, k, sent_end, False)
    if np is None:
        return end
    heads, _ = heads_and_core(d, np)
    lex = d.lex
    known = any(listed(h, lex.launchable_heads) or listed(h, lex.distractor_objects) for h in heads)
    return k if known else end  # "opened about 2 miles from here": a measure, not an object


def _pronoun_object(d: LaunchDoc, v: _Verb) -> bool:
    """ "Acme launched it in March": an object pronoun right after the verb, so the verb is
    transitive and what it launched is named elsewhere (no object), not its subject; and
    finite ("the rebels, or TRF, released them"), never a participle describing the phrase
    before it."""
    end = v.trigger.end
    return (
        end < v.sent_end
        and d.tok[end].lower_ in d.lex.object_pronouns
        and d.ent(end, ("DATE",)) is None  # "launched this week": a date, not "this"
        # "opened this morning": a time of day the date reader leaves alone
        and not (end + 1 < v.sent_end and d.tok[end + 1].lower_ in CALENDAR_WORDS)
    )


def _what_it_called(d: LaunchDoc, end: int, sent_end: int, headline: bool) -> Span | None:
    """ "launched what it called the first green mortgage", "unveiled what the company
    describes as a cheaper phone": the phrase the free relative names is the object."""
    tok = d.tok
    if not (end + 2 < sent_end and tok[end].lower_ == "what"):
        return None
    for k in range(end + 2, min(sent_end - 1, end + 6)):
        if tok[k].lower_ in d.lex.what_naming_verbs:
            m = k + 1
            if tok[m].lower_ == "as":
                m += 1
            return np_right(d, m, sent_end, headline)
        if tok[k].lower_ in d.lex.reporting_verbs:
            # "opened what it says is the largest plant", "what it said would be the first"
            m = k + 1
            if m + 1 < sent_end and tok[m].lower_ in d.lex.modals and tok[m + 1].lower_ == "be":
                m += 1  # "would be"
            elif tok[m].lower_ not in d.lex.copulas:
                return None
            return np_right(d, m + 1, sent_end, headline)
        if tok[k].is_punct:
            return None
    return None


def _past_coordinated_verb(
    d: LaunchDoc, stop: int, floor: int, walked: list[Token], date: Span | None
) -> tuple[list[Token], int, Span | None]:
    """ "was developed and launched by X", "Acme designed and launched a fund": a past
    form coordinated right before the trigger shares its verb complex and subject, so the
    walk goes on from it (a passive stays passive, the subject is the first verb's)."""
    tok = d.tok
    if not (
        stop - 1 > floor
        and tok[stop].lower_ in ("and", "or")
        and tok[stop - 1].is_lower
        and tok[stop - 1].is_alpha
        and (
            tok[stop - 1].lower_.endswith("ed")
            or tok[stop - 1].lower_ in d.lex.irregular_participles
        )
    ):
        return walked, stop, date
    more, new_stop, new_date = chain_left(d, stop - 1, floor)
    return more, new_stop, date or new_date


def _figurative_doors(d: LaunchDoc, end: int, sent_end: int) -> bool:
    """ "opened its doors to investors": doors opened to anyone but a place's public
    (``door_audiences``: "to the public", "to visitors") are a figure of speech."""
    tok = d.tok
    k = end
    if not (
        k + 3 < sent_end
        and tok[k].lower_ in d.lex.possessive_determiners
        and tok[k + 1].lower_ in d.lex.own_doors
        and tok[k + 2].lower_ == "to"
    ):
        return False
    # the audience may carry a determiner and adjectives: "to the general public"
    return d.lex.door_audiences.isdisjoint(d.lowers(k + 3, min(sent_end, k + 7)))


def _own_doors(d: LaunchDoc, np: Span) -> bool:
    """The phrase is "its doors" (an ``own_doors`` word after a possessive determiner)."""
    start = np.start
    return (
        len(np) == 1
        and d.tok[start].lower_ in d.lex.own_doors
        and start > 0
        and d.tok[start - 1].lower_ in d.lex.possessive_determiners
    )


def _past_date(d: LaunchDoc, end: int, sent_end: int) -> int:
    """Where the object phrase may start after a verb ending at ``end``: past a DATE right
    after it, with or without a preposition ("on Monday", "Tuesday"), when a determiner or
    possessive follows the date; otherwise ``end``."""
    tok = d.tok
    k = end
    commas = k < sent_end and tok[k].text == ","
    if commas:
        k += 1  # "launched, on Monday, a fund": the date between commas
    if k < sent_end and tok[k].lower_ in d.lex.date_prepositions:
        k += 1
    date = d.ent(k, ("DATE",)) if k < sent_end else None
    if date is None or date.start != k or date.end + 1 >= sent_end:
        return end
    after = date.end
    if commas:
        if tok[after].text != ",":
            return end
        after += 1
    if tok[after].lower_ not in d.lex.determiners:
        return end
    return after


def _shared_object(d: LaunchDoc, end: int, sent_end: int, headline: bool) -> Span | None:
    """ "groups that have founded, and widely marketed, wealth-advice units":
    two coordinated past verbs between commas share the phrase after the second comma."""
    tok = d.tok
    if not (end + 1 < sent_end and tok[end].text == "," and tok[end + 1].lower_ in ("and", "or")):
        return None
    k = end + 2
    while k < min(sent_end, end + 6) and tok[k].is_alpha and tok[k].is_lower:
        k += 1
    if k == end + 2 or k >= sent_end or tok[k].text != "," or not tok[k - 1].lower_.endswith("ed"):
        return None
    np = np_right(d, k + 1, sent_end, headline)
    if np is None or (len(np) == 1 and np[0].lower_ not in d.lex.object_heads):
        return None  # "which Acme launched, and later expanded, grew": no shared phrase
    return np


def _past_adverbs(d: LaunchDoc, k: int, sent_end: int) -> int:
    """Where the second of two coordinated verbs starts: past at most two adverbs after
    "and" ("launched and later sold", "opened and quickly closed")."""
    tok = d.tok
    end = min(sent_end, k + 2)
    while k < end and (tok[k].lower_ in d.lex.sequence_words or tok[k].lower_.endswith("ly")):
        k += 1
    return k


def _shared_after_and(
    d: LaunchDoc, k: int, sent_end: int, headline: bool, trigger: Token
) -> Span | None:
    """ "launched and later sold a chain of shops": after "and", at most two adverbs
    ("later", "quickly") and a lower-case verb, the phrase the verb takes, opened by a
    determiner, a possessive or a count ("two shops"), is both verbs' object. A
    determiner right after "and" starts a new subject instead ("launched and the shares
    rose"), and so does anything else."""
    tok = d.tok
    k = _past_adverbs(d, k, sent_end)
    verb = tok[k] if k < sent_end else None
    if verb is None or not (verb.is_alpha and verb.is_lower) or verb.lower_ in d.lex.np_break:
        return None
    if verb.lower_ in d.lex.determiners or verb.lower_ in d.lex.prepositions:
        return None
    if k + 1 >= sent_end:
        return None
    opener = tok[k + 1]
    counted = (  # "opened and later sold two shops", not "opened and employs 300 people"
        opener.like_num
        and d.ent(k + 1, ("DATE", "MONEY")) is None
        and _same_form(d, trigger.lower_, verb.lower_)
    )
    if opener.lower_ not in d.lex.determiners and not counted:
        return None
    return np_right(d, k + 1, sent_end, headline)


def _attributive(d: LaunchDoc, v: _Verb) -> None:
    """ "the newly established platform": the noun after the participle, without the
    sentence's past verb that the phrase ran into ("the newly formed team met ..."); in an
    appositive after a name ("Tarn Air, the newly founded airline,") the name, the thing's
    name when named."""
    assert v.np_after is not None
    named = _appositive_name(d, v)
    if named is not None:
        v.args["object"] = named
        return
    obj = named_object(d, v.np_after, v.sent_end, v.headline)
    last = obj[-1]
    if (
        len(obj) > 1
        and last.is_lower
        and past_form(d, last.lower_)
        and not last.lower_.endswith("eed")  # "feed", "speed": nouns
    ):
        obj = d.span(obj.start, obj.end - 1)
    v.args["object"] = obj


def _appositive_name(d: LaunchDoc, v: _Verb) -> Span | None:
    """The name (an ORG or a capitalised name, not a place) that the appositive opened by
    "the"/"a" right before the participle describes: "Tarn Air, the newly founded airline"."""
    stop = v.stop
    tok = d.tok
    if stop - 2 < v.floor or tok[stop - 1].text != ",":
        return None
    if tok[stop].lower_ not in ("the", "a", "an"):
        return None
    named = subject_at(d, stop - 2, v.floor, v.headline, 1)
    if named.kind not in ("entity", "name") or named.span is None or named.span.label_ == "GPE":
        return None
    return named.span


def _fronted_participle(d: LaunchDoc, v: _Verb) -> None:
    """ "Founded in 1921, Bellucci Motors makes cars": the phrase after the comma; in an
    inversion ("Also launched on Monday was a fund for farmers") the phrase after the
    copula."""
    v.enclosed = True
    described = copular_object(
        d, v.trigger.end, v.sent_end, v.headline, any_phrase=True
    ) or after_comma(d, v.trigger.end, v.sent_end, v.headline)
    if described is not None:
        v.args["object"] = v.subject_span = described
    _by_agent(d, v)


def _by_agent(d: LaunchDoc, v: _Verb) -> None:
    """A "by" phrase after the verb is the agent ("was set up by METI")."""
    agent = by_agent(d, v.trigger.end, v.sent_end, v.headline)
    if agent is not None:
        v.args["agent"] = agent


def _clause_follows(d: LaunchDoc, v: _Verb) -> bool:
    """A subject pronoun right after the verb opens its complement clause ("the alliance
    announced it would admit ..."), so the verb is finite, not a reduced participle."""
    end = v.trigger.end
    return end < v.sent_end and d.tok[end].lower_ in d.lex.subject_pronouns


def _opening_comma(d: LaunchDoc, stop: int, floor: int) -> int | None:
    """When ``stop`` is a comma, the comma before it after ``floor`` that opens the phrase it
    closes (", which cost $200 million,"), if there is one."""
    tok = d.tok
    if tok[stop].text != ",":
        return None
    k = stop - 1
    while k > floor and tok[k].text != ",":
        k -= 1
    return k if k > floor and tok[k].text == "," else None


def _closes_relative_clause(d: LaunchDoc, stop: int, floor: int) -> bool:
    """The comma at ``stop`` closes a relative clause (", which cost $200 million,"): the
    verb after it is the clause's main verb ("The plant, which cost ..., opened in March"),
    not a participle describing the phrase before the comma."""
    k = _opening_comma(d, stop, floor)
    return k is not None and d.tok[k + 1].lower_ in ("which", "who")


def _closes_subject_appositive(d: LaunchDoc, stop: int, floor: int, headline: bool) -> bool:
    """The comma at ``stop`` closes an appositive after the sentence's opening name
    ("Vellmar Cider Works, the valley's only cidery, opened on Friday"): the verb after it is
    the main verb, whose subject is the name, not a participle describing the appositive
    (as in "Acme Cloud, launched in 2006, ...")."""
    k = _opening_comma(d, stop, floor)
    if k is None or d.tok[k + 1].lower_ not in d.lex.determiners:
        return False
    ent = d.ent(k - 1, ("ORG", "GPE"))
    if ent is not None and ent.end == k:
        return ent.start == floor
    return all(d.is_name_token(m, headline) for m in range(floor, k))


def _aspectual_main_verb(d: LaunchDoc, v: _Verb, stop: int) -> bool:
    """ "The talks started on Monday": after a bare noun an aspectual verb ("start") is
    the main verb, its subject began; only after a comma ("the fund, started in 2001,")
    or before a "by" agent ("a bank started by farmers") is it a participle that says
    what was started."""
    if not d.lex.verbs[v.trigger.lemma].aspectual or d.tok[stop].text == ",":
        return False
    end = v.trigger.end
    return not (end < v.sent_end and d.tok[end].lower_ == "by")


def _clause(d: LaunchDoc, v: _Verb, found: list[Found]) -> None:
    """A verb with a subject to its left: find the subject (or the one it inherits), then
    fill the roles by voice."""
    tok = d.tok
    stop, floor = v.stop, v.floor
    reduced = (
        not v.passive
        and v.np_after is None
        and v.perfect
        and stop >= floor
        and stop == v.trigger.start - 1 - len(v.walked)
        and (tok[stop].text == "," or tok[stop].is_lower)
        and tok[stop].lower_ not in ("which", "that", "who", "it", "they")
        and not _aspectual_main_verb(d, v, stop)
        and not any(t.lower_ in ("has", "have", "had") for t in v.walked)
        and not _clause_follows(d, v)
        and not _pronoun_object(d, v)
        and not _object_phrase_next(d, v)  # "the council released about 300 trout"
        and not _coordinated_verb_next(d, v)  # "the firm opened and later sold two shops"
        and not _closes_relative_clause(d, stop, floor)
        and not _closes_subject_appositive(d, stop, floor, v.headline)
    )
    if reduced and tok[stop].text == ",":
        # "Acme Cloud, launched in 2006, ...": the phrase before the comma
        subject = described_phrase(d, stop - 1, floor, v.headline, 1, participle=True)
    else:
        subject = subject_at(d, stop, floor, v.headline)
        if subject.object_relative is not None:
            reduced = False  # "Zeta, which the central bank opened": a full clause
        if reduced and tok[stop].is_lower:
            subject = _noun_in_pp(d, stop, floor) or subject
        if reduced:
            subject = _predicate_name(d, subject, floor, v.headline) or subject
        subject = _gerund_subject(d, v, subject)
    # "Chan, who was released": "who" stands for a person, and people are not launched
    # also "she was inaugurated as governor": a personal pronoun subject
    v.person = (
        (v.passive or v.np_after is None)
        and stop >= floor
        and (
            tok[stop].lower_ in ("who", "whom") or (v.passive and tok[stop].lower_ in ("he", "she"))
        )
    )
    subject = controller(d, subject, v.trigger, v.walked, stop, floor, v.headline, found)
    v.location = subject.location
    # a participle clause, or a relative clause after a comma, ends at the next comma
    v.enclosed = reduced or (
        stop - 1 >= floor and tok[stop].lower_ in ("which", "who") and tok[stop - 1].text == ","
    )
    if v.passive or reduced:
        _passive(d, v, subject)
    elif subject.object_relative is not None and (
        v.np_after is None or _main_verb_next(d, v.np_after)
    ):
        _relative(d, v, subject)
    elif v.np_after is not None:
        _active(d, v, subject)
    else:
        relative = stop >= floor and tok[stop].lower_ in ("which", "that", "who")
        _copular_or_intransitive(d, v, subject, relative=relative)


def _gerund_subject(d: LaunchDoc, v: _Verb, subject: Subject) -> Subject:
    """ "a prelude to Kelvo releasing a phone": a name right before a gerund is its
    subject, also inside a prepositional phrase, where a finite verb's subject never is."""
    stop = v.stop
    if (
        subject.span is not None
        or not subject.blocked
        or stop != v.trigger.start - 1
        or not d.tok[v.trigger.start].lower_.endswith("ing")
    ):
        return subject
    named = described_phrase(d, stop, v.floor, v.headline, 1)
    return named if named.kind in ("entity", "name") else subject


def _main_verb_next(d: LaunchDoc, np: Span) -> bool:
    """The "phrase" after a relative clause's verb is the main clause's past verb ("the
    bank which Acme founded collapsed", "the fund he launched returned 8%"): the relative
    noun is the object, and the clause ends at the trigger."""
    token = d.tok[np.start]
    low = token.lower_
    return token.is_lower and token.is_alpha and low not in d.lex.determiners and past_form(d, low)


def _predicate_name(d: LaunchDoc, subject: Subject, floor: int, headline: bool) -> Subject | None:
    """ "Tarn Fund was the first fund of its kind launched by Kelp": the phrase a reduced
    participle describes follows a copula, and the name before the copula is that thing,
    so the name is what was launched ("its name when named"); None otherwise."""
    span = subject.span
    if subject.kind != "np" or span is None:
        return None
    k = span.start - 1
    while k >= floor and d.tok[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k == span.start - 1 or k - 1 < floor or d.tok[k].lower_ not in d.lex.copulas:
        return None
    named = subject_at(d, k - 1, floor, headline, 2)
    return named if named.kind in ("entity", "name") else None


def _noun_in_pp(d: LaunchDoc, stop: int, floor: int) -> Subject | None:
    """ "work for the organization founded by X", "invested in the lab opened in Oslo": a
    reduced participle describes the noun right before it, also when that noun is inside a
    prepositional phrase (where a finite verb's subject never is)."""
    tok = d.tok
    np = np_left(d, stop, floor)
    if np is None or np.end != stop + 1:
        return None
    k = np.start - 1
    while k >= floor and tok[k].lower_ in d.lex.determiners:
        k -= 1
    if k < floor or tok[k].lower_ not in d.lex.prepositions:
        return None
    if any(t.lower_ in ("and", "or") for t in np):
        return None
    if tok[k].lower_ == "by" and k - 1 >= floor and tok[k - 1].lower_.endswith("ed"):
        return None  # "a mill owned by a Swiss group opened": another participle's agent
    return Subject("np", np)


def _passive(d: LaunchDoc, v: _Verb, subject: Subject) -> None:
    """ "was set up by METI", "Acme Cloud, launched in 2006,": the subject is the object;
    "the new app from Acme was released": the noun a "from"/"of" phrase modifies."""
    opening = _postmodified_opening(d, v) if v.passive else None
    if opening is not None and (subject.span is None or subject.span.start > opening.end):
        v.args["object"] = v.subject_span = opening  # the walk ended in its postmodifier
        v.location = v.location or _place_in_postmodifier(d, opening.end, v.stop)
    elif subject.span is not None:
        v.args["object"] = v.subject_span = subject.span
    elif subject.modified is not None:
        v.args["object"] = subject.modified
    named = _as_name(d, v) or _called_after(d, v.args.get("object"), v)
    if named is not None:
        v.args["object"] = named
    _by_agent(d, v)
    obj = v.args.get("object")
    if "agent" not in v.args and obj is not None and obj.end <= v.trigger.start:
        owner = owner_before(d, obj, v.floor - 1)
        if owner is not None:
            v.args["agent"] = owner  # "Acme's new fund was launched in May"


def _postmodified_opening(d: LaunchDoc, v: _Verb) -> Span | None:
    """ "A new marine institute studying reefs and tides has been announced", "A £50 million
    fund that will back engineers in the north has been launched": when the walk
    from a passive ends inside a long subject, the sentence's opening phrase is the
    subject if a relative pronoun or an "-ing" word starts its postmodifier and its head
    is a launchable thing; the clause a reporting verb opens first ("officials said a fund
    that helps farmers was launched")."""
    reported = _reported_clause(d, v)
    if reported is not None:
        opening = _opening_phrase(d, v, reported, reported=True)
        if opening is not None:
            return opening
    return _opening_phrase(d, v, v.floor, reported=False)


def _opening_phrase(d: LaunchDoc, v: _Verb, floor: int, *, reported: bool) -> Span | None:
    """The launchable phrase opening the clause at ``floor`` whose postmodifier the walk
    from the passive ended in (see ``_postmodified_opening``), or None. In a ``reported``
    clause only a relative clause or a participle makes the postmodifier (a preposition
    there may start the reporting verb's own adjunct)."""
    tok = d.tok
    start = _opening_start(d, floor, v.trigger.start, v.headline)
    if start is None:
        return None
    np = np_right(d, start, v.trigger.start, v.headline)
    if np is None or np.end >= v.trigger.start - 2:
        return None
    nxt = tok[np.end].lower_
    if not (
        nxt in ("that", "which")
        or (tok[np.end].is_lower and nxt.endswith("ing"))
        or (
            not reported
            and (nxt in d.lex.prepositions or nxt == "to")
            and _no_verb_between(d, np.end, v.stop)
        )
        or _participle_postmodifier(d, np.end, v.stop)
    ):
        return None
    heads, _ = heads_and_core(d, np)
    # a launchable head, or a distractor the sense checks then reject ("A fresh crackdown on
    # truants in Vell has been launched": no launch, rather than one with no object)
    if not any(h in d.lex.sense_nouns for h in heads):
        return None
    return np


ADDRESSEE_VERBS = frozenset({"told", "tells"})
"""Reporting verbs whose next phrase is the person told, not the reported clause."""

MAX_REPORTED = 25
"""Tokens back from a passive to the reporting verb whose clause it is in."""


def _reported_clause(d: LaunchDoc, v: _Verb) -> int | None:
    """Where the clause reported by the nearest reporting verb before the trigger starts
    ("officials said [on Monday] [that] a fund that helps farmers was launched"), past a
    date and "that"; None when no reporting verb stands between the sentence start and the
    trigger."""
    tok = d.tok
    low_end = max(v.floor, v.trigger.start - MAX_REPORTED)
    for r in range(v.trigger.start - 1, low_end, -1):
        if tok[r].lower_ in d.lex.reporting_verbs and tok[r].lower_ not in ADDRESSEE_VERBS:
            k = r + 1
            if tok[k].lower_ in d.lex.date_prepositions:
                k += 1
            date = d.ent(k, ("DATE",)) if k < v.trigger.start else None
            k = date.end if date is not None and date.start == k else r + 1
            if k < v.trigger.start and tok[k].lower_ == "that":
                k += 1
            return k if k < v.trigger.start else None
    return None


OPENING_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
"""Words that open a sentence's subject noun phrase ("A new fund ...", "Its new plant ...")."""

MAX_OWNER = 6
"""Tokens a named owner before its possessive may have ("Vornhall Air's new route")."""


def _opening_start(d: LaunchDoc, floor: int, limit: int, headline: bool) -> int | None:
    """Where the sentence's opening noun phrase starts: at a determiner or possessive
    determiner, or after a named owner and its possessive ("Vornhall's new fund for
    farmers was launched"); None when the sentence opens otherwise."""
    tok = d.tok
    if tok[floor].lower_ in OPENING_DETERMINERS:
        return floor
    if tok[floor].like_num and tok[floor].is_alpha and d.ent(floor) is None:
        return floor  # "Three new funds with $400m in assets were launched"
    ent = d.ent(floor, ("ORG", "GPE"))
    k = ent.end if ent is not None and ent.start == floor else floor
    while k < limit and k - floor < MAX_OWNER and d.is_name_token(k, headline):
        k += 1
    if floor < k < limit - 1 and tok[k].text in POSSESSIVE:
        return k + 1
    return None


def _participle_postmodifier(d: LaunchDoc, k: int, stop: int) -> bool:
    """ "A new lab devoted to quantum physics has been opened": a past participle and its
    preposition after the head noun start a postmodifier, when no verb of its own follows
    (the walk from the passive ended inside it)."""
    tok = d.tok
    token = tok[k]
    if not (token.is_lower and token.is_alpha) or k + 1 > stop:
        return False
    low = token.lower_
    participle = low.endswith("ed") or low in d.lex.irregular_participles
    after = tok[k + 1].lower_
    return (
        participle
        and (after in d.lex.prepositions or after == "to")
        and _no_verb_between(d, k + 1, stop)
    )


def _no_verb_between(d: LaunchDoc, start: int, stop: int) -> bool:
    """Tokens [start, stop] hold a postmodifier ("to widen the canal", "for farmers in the
    north", "near the port"), not a clause of their own: no comma, auxiliary, modal or
    reporting verb ("A plan by the city said the fund was launched" has one)."""
    lex = d.lex
    quoted = False  # a comma inside quotation marks ('"fast, cheap"') is kept
    for i, token in enumerate(d.tok[start : stop + 1], start):
        low = token.lower_
        if token.text in QUOTES_OPEN or token.text in QUOTES_CLOSE:
            quoted = not quoted
        if (
            (token.text == "," and not quoted and not _place_comma(d, i))
            or low in lex.auxiliaries
            or low in lex.modals
            or low in lex.reporting_verbs
            or low in lex.clause_breaks
        ):
            return False
    return True


def _place_in_postmodifier(d: LaunchDoc, start: int, stop: int) -> Span | None:
    """The first GPE after "in" in a subject's postmodifier ("A depot to serve 12 routes in
    Tarnby, Westmark, was opened"): where the thing is, so where it was launched."""
    for k in range(start, stop):
        if d.ent_label.get(k) == "GPE" and k - 1 >= start and d.tok[k - 1].lower_ == "in":
            return d.ent_at[k]
    return None


def _place_comma(d: LaunchDoc, i: int) -> bool:
    """The comma at i belongs to a place written with its region ("in Tarnby, Westmark,"):
    between two GPEs, or closing the second of them."""
    label = d.ent_label
    if label.get(i - 1) != "GPE":
        return False
    if label.get(i + 1) == "GPE":
        return True
    before = d.ent_at[i - 1].start - 1
    return before - 1 >= 0 and d.tok[before].text == "," and label.get(before - 1) == "GPE"


def _called_after(d: LaunchDoc, obj: Span | None, v: _Verb) -> Span | None:
    """ "The new service, called Zoomly, was introduced": the name a naming word gives the
    subject phrase between commas beats the description."""
    if obj is None or obj.end + 2 >= v.trigger.start:
        return None
    tok = d.tok
    k = obj.end
    if tok[k].text != "," or tok[k + 1].lower_ not in d.lex.naming_words:
        return None
    m = k + 2
    while m < v.trigger.start and tok[m].lower_ in ("the", "a", "an"):
        m += 1
    name = d.name_at(m, v.trigger.start, v.headline)
    if name is None or tok[name.end].text != ",":
        return None
    return name


def _as_name(d: LaunchDoc, v: _Verb) -> Span | None:
    """ "The database was unveiled in 1999 as the Records Tracking System": a name after
    "as" (past dates and places) is what was launched; "founded in 1990 as a bank" keeps
    the subject."""
    tok = d.tok
    k = v.trigger.end
    while k < v.sent_end:
        ent = d.ent(k, ("DATE", "GPE"))
        if ent is not None:
            k = ent.end
        elif tok[k].lower_ in d.lex.date_prepositions:
            k += 1
        else:
            break
    if k + 1 >= v.sent_end or tok[k].lower_ != "as":
        return None
    k += 1
    if tok[k].lower_ == "the":
        k += 1
    return d.name_at(k, v.sent_end, v.headline)


def _relative(d: LaunchDoc, v: _Verb, subject: Subject) -> None:
    """ "a scheme that Acme introduced in 2019", "the network it launched"; "the first
    product Acme released was the Pulse headset" (a copula names the object)."""
    assert subject.object_relative is not None
    v.args["object"] = copular_object(
        d, v.trigger.end, v.sent_end, v.headline, any_phrase=False
    ) or named_object(d, subject.object_relative, v.trigger.start, v.headline)
    if subject.kind in _NAMED and subject.span is not None:
        v.args["agent"] = v.subject_span = subject.span


def _active(d: LaunchDoc, v: _Verb, subject: Subject) -> None:
    """ "Acme launched a fund": the named subject is the agent, the phrase the object."""
    assert v.np_after is not None
    v.args["object"] = named_object(d, v.np_after, v.sent_end, v.headline)
    if subject.kind in _NAMED and subject.span is not None:
        v.args["agent"] = subject.span
    v.subject_span = subject.span


def _complement_clause(d: LaunchDoc, v: _Verb) -> bool:
    """A complement clause follows the verb ("established that the money had been moved",
    "could not establish whether it was sold"): the verb reports a finding, so its subject
    is not something that opened or was launched. "that" opens a clause when a determiner,
    pronoun or name follows it ("opened that store" keeps its object phrase)."""
    tok = d.tok
    k = v.trigger.end
    if k + 1 >= v.sent_end:
        return False
    low = tok[k].lower_
    if low in ("whether", "how", "why"):
        return True
    if low != "that":
        return False
    nxt = tok[k + 1]
    return (
        nxt.lower_ in d.lex.determiners
        or nxt.lower_ in d.lex.subject_pronouns
        or d.ent(k + 1) is not None
        or d.is_name_token(k + 1, v.headline)
    )


def _copular_or_intransitive(d: LaunchDoc, v: _Verb, subject: Subject, *, relative: bool) -> None:
    """No phrase after the verb: "the one project that has launched is Acme Lab"; "what
    Acme unveiled was a cheese range" (the subject of a free relative is the agent); else
    intransitive, the subject is the object ("the centre, which opened in March", "the app
    could debut"), except for announce-type verbs, which are never intransitive ("the
    alliance announced it would admit three members": nothing new is named), and aspectual
    ones ("the fund started with $5m": it began)."""
    tok = d.tok
    free = (
        subject.span is not None
        and subject.span.start - 1 >= v.floor
        and tok[subject.span.start - 1].lower_ == "what"
    )
    named = (
        copular_object(d, v.trigger.end, v.sent_end, v.headline, any_phrase=free)
        if free or relative
        else None
    )
    if named is not None:
        v.args["object"] = named
        if free and subject.span is not None and subject.kind in _NAMED:
            v.args["agent"] = v.subject_span = subject.span
    elif _pronoun_object(d, v):
        if subject.kind in _NAMED and subject.span is not None:
            v.args["agent"] = v.subject_span = subject.span  # "Acme launched it in March"
    elif _complement_clause(d, v):
        pass  # "Prosecutors established that the money had moved": a fact, nothing launched
    elif (
        (subject.span is not None or subject.modified is not None)
        and v.trigger.klass != "conditional"
        and not d.lex.verbs[v.trigger.lemma].aspectual
        and not _object_phrase_next(d, v)
        and not _coordinated_verb_next(d, v)
    ):
        # an aspectual verb used intransitively says its subject began ("the venture
        # starts with $5m"), not that someone made it; a walk blocked inside a place's
        # phrase keeps the noun it modifies ("the first supermarket in the Kelp district
        # of Vell opened on Monday")
        if subject.span is not None:
            v.args["object"] = v.subject_span = subject.span
        else:
            v.args["object"] = subject.modified
    elif (
        "gerund" in v.trigger.kinds
        and v.stop == v.floor
        and d.tok[v.stop].lower_ in d.lex.subordinators
        and v.trigger.klass != "conditional"
    ):
        # "Since opening in 2015, the museum has ...": what opened is the main subject
        v.enclosed = True
        described = after_comma(d, v.trigger.end, v.sent_end, v.headline)
        if described is not None:
            v.args["object"] = described


def _coordinated_verb_next(d: LaunchDoc, v: _Verb) -> bool:
    """ "Kelp Foods creates and sells pies", "opened and later closed two shops": a
    second verb of the same form after "and"/"or" (at most two adverbs between) that
    takes a phrase shares the object the phrase reader could not read, so the first verb
    is transitive too, and its subject is not what was launched."""
    tok = d.tok
    k = v.trigger.end
    if k >= v.sent_end or tok[k].lower_ not in ("and", "or"):
        return False
    k = _past_adverbs(d, k + 1, v.sent_end)
    if k + 1 >= v.sent_end:
        return False
    verb, after = tok[k], tok[k + 1]
    if not (verb.is_alpha and verb.is_lower) or verb.lower_ in d.lex.determiners:
        return False
    # the second verb takes a phrase: a word or a number follows it, not a preposition,
    # a comma or the sentence's end ("opened and closed at 9", "launched and failed.")
    return (
        _same_form(d, tok[v.trigger.end - 1].lower_, verb.lower_)
        and (after.is_alpha or after.like_num)
        and after.lower_ not in d.lex.prepositions
        and d.ent(k + 1, ("DATE",)) is None
    )


def _same_form(d: LaunchDoc, trigger: str, verb: str) -> bool:
    """Two coordinated verbs share a form: both past ("opened and sold"), both gerunds or
    present participles ("was creating and selling"), or both in the third person present
    ("creates and sells")."""
    if trigger.endswith("ed"):
        return past_form(d, verb)
    if trigger.endswith("ing"):
        return verb.endswith("ing") and len(verb) > 4
    if trigger.endswith("s") and not trigger.endswith("ss"):
        return verb.endswith("s") and not verb.endswith("ss")
    return False


def _object_phrase_next(d: LaunchDoc, v: _Verb) -> bool:
    """An article, or an approximate count ("over 1,000", "about 40"), right after the
    verb opens its object phrase ("launched an in-depth inquiry", "rolled out over 1,000
    sites"), even one the phrase reader could not read: the verb is transitive, and its
    subject is not what was launched. A count that is part of a date ("opened about 10
    days ago") or of a distance ("about 2 miles from") is not."""
    end = v.trigger.end
    if end >= v.sent_end:
        return False
    low = d.tok[end].lower_
    if low == "no":
        return True  # "released no new phones": a (negated) object phrase follows
    if low in ("a", "an"):
        # "opened a little late", "launched a bit early": a degree, no object
        return not (end + 1 < v.sent_end and d.tok[end + 1].lower_ in ("little", "bit", "lot"))
    return (
        low in d.lex.quantity_approximators
        and end + 1 < v.sent_end
        and d.tok[end + 1].like_num
        and d.ent(end + 1, ("DATE",)) is None
        # "opened about 2 miles from the station": a distance says where, not what
        and not (end + 3 < v.sent_end and d.tok[end + 3].lower_ in _AFTER_A_DISTANCE)
    )


_AFTER_A_DISTANCE = frozenset({"from", "away", "outside", "north", "south", "east", "west", "off"})
"""Words after a counted noun that make the count a distance ("2 miles from", "5 km
north of"), not an object."""


def _date_after_attributive(d: LaunchDoc, v: _Verb, args: dict[str, Span]) -> bool:
    """A participle before its noun after a determiner or "newly" ("Ann Berg took over the
    newly formed fisheries board on Monday") describes the noun inside a phrase of the main
    clause: a date after that phrase dates the main clause, not the founding."""
    date, obj = args.get("date"), args.get("object")
    if date is None or obj is None or not v.participle or v.passive:
        return False
    start = v.trigger.start
    before = d.tok[start - 1].lower_ if start > v.floor else ""
    attributive = before in d.lex.attributive_adverbs or before in d.lex.determiners
    return attributive and v.trigger.end <= obj.start and date.start >= obj.end


THING_PRONOUNS = frozenset({"it", "they", "them"})
"""Pronouns that can stand for a thing launched ("It opened in May", "Acme released it")."""


def _pronoun_for_launchable(d: LaunchDoc, v: _Verb) -> bool:
    """A weak, checked or restricted verb whose only object is a pronoun ("It opened in
    May", "It was set up in 2001", "Acme released it on Friday") after a sentence that
    names a thing it may launch ("Acme built a new store in Vell."): the pronoun stands for
    that thing, so the verb has its launch sense; the event has no object, since the thing
    is outside its sentence. Without such a thing just before ("It opened at 5 pence",
    "They opened talks") the sense stays unknown and there is no event."""
    trigger, tok = v.trigger, d.tok
    if trigger.klass not in ("weak", "checked", "restricted") or v.floor == 0:
        return False
    subject_pronoun = (
        v.np_after is None and v.stop == v.floor and tok[v.stop].lower_ in THING_PRONOUNS
    )
    object_pronoun = (
        trigger.end < v.sent_end
        and tok[trigger.end].lower_ in THING_PRONOUNS
        and not (trigger.end + 1 < v.sent_end and tok[trigger.end + 1].lower_ == "up")
    )  # "open it up to the public": another verb
    if not (subject_pronoun or object_pronoun):
        return False
    before, _, _ = d.sentence(v.floor - 1)
    verb = d.lex.verbs[trigger.lemma]
    heads = plural_closure(verb.objects if trigger.klass == "restricted" else d.lex.object_heads)
    return not heads.isdisjoint(d.lowers(before, v.floor))


def _finish(d: LaunchDoc, v: _Verb) -> Found | None:
    """Parse attachments, sense checks, date and place, modality; the subject a later
    coordinated verb inherits."""
    args, trigger = v.args, v.trigger
    if v.person or names_person(d, args.get("object"), trigger.lemma):
        return None
    apply_dependencies(d, trigger, args, v.headline)
    obj = args.get("object")
    if not object_ok(d, trigger, obj) and not (obj is None and _pronoun_for_launchable(d, v)):
        return None
    obj = completed(d, trigger, obj, v.sent_end, v.headline)
    if obj is not None:
        args["object"] = obj
    if "agent" in args and obj is not None and overlaps(args["agent"], obj):
        del args["agent"]
    if "agent" in args and d.only_titles(args["agent"]):
        del args["agent"]  # "The Governor also opened": a title names no one
    attach_date_location(
        d,
        trigger,
        args,
        v.floor,
        v.sent_end,
        v.left_date,
        v.location,
        v.headline,
        nominal=False,
        enclosed=v.enclosed,
        object_phrase=v.np_after,
    )
    if _date_after_attributive(d, v, args):
        del args["date"]
    modality = verbal_modality(d, trigger, v.walked, v.stop, v.floor, args)
    event = Found(trigger, modality, args)
    event.subject = v.subject_span if v.subject_span is not None else args.get("agent")
    if v.passive or v.participle:
        event.subject = args.get("object")
    return event
