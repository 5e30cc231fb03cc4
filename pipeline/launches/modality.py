"""Modality: "asserted" or "unasserted". Unasserted for a modal, a negation, "to" or a word
of intention in the verb complex ("plans to", "has yet to"), except infinitives that report
a fact ("went on to found", "was there to launch"); a negative or inverted subject ("No bank
has", "Had Acme launched"); a clause cue ("if", "whether", "denied that"); a complement cue
before a noun or gerund ("calls for the establishment of", "ruled out launching"); a
schedule word after a noun ("the launch ... was postponed"); a bare "the launch" before a
modal of future or hypothesis or an expected effect when the launch event it refers back to
is still to come ("X will be unveiled this week. The launch will show ..."; after "X was
unveiled on Monday", or with no launch before it, "The launch will lift sales" is a fact);
a date after the publication date or a date or adverb of the future ("next week", "is
opening a store soon"); a clause of time in the present tense ("before the fund is
launched"); a gerund that is the subject of a modal ("Launching it will cost ...") or that
follows a main clause of plan ("aims to grow, opening 40 stores")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from pipeline.launches.clauses import new_clause
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Found, Trigger
from pipeline.launches.verbcomplex import (
    chain_left,
    coordinated_infinitive,
    helped_index,
    present_to,
    realis_to,
)
from pipeline.temporal.values import SEASON_START


def verbal_modality(
    d: LaunchDoc,
    trigger: Trigger,
    walked: list[Token],
    stop: int,
    floor: int,
    args: dict[str, Span],
) -> str:
    """unasserted when the verb complex holds a modal, a negation, "to" or "plans to", the
    subject is negative ("No bank has launched"), a cue phrase precedes the clause, or
    the launch is dated after publication."""
    lowset = {t.lower_ for t in walked}
    if lowset & d.lex.irrealis_markers:
        return "unasserted"
    if trigger.end < d.length and d.tok[trigger.end].lower_ == "no":
        return "unasserted"  # "Kelp launched no new phones": nothing was launched
    if "be" in lowset and "to" not in lowset:
        # a bare "be" with no modal or "to" before it is a subjunctive ("asked that a
        # council be set up", "insisted that the fund be launched"): a demand, not a fact
        return "unasserted"
    if _negative_subject(d, stop, floor):
        return "unasserted"
    helper = helped_index(d, trigger.start, floor) if not walked else None
    if helper is not None:
        before, _, _ = chain_left(d, helper, floor)
        if not d.lex.irrealis_markers.isdisjoint(t.lower_ for t in before):
            return "unasserted"  # "will help Kelvo open a store"
    if (
        "to" in lowset
        and not realis_to(d, walked, floor)
        and not _merged_to_form(d, trigger, walked, floor)
    ):
        return "unasserted"
    if (
        not walked
        and "base" in trigger.kinds
        and "past" not in trigger.kinds
        and coordinated_infinitive(d, trigger.start, floor) is not None
    ):
        return "unasserted"  # "efforts to foster growth and establish standards"
    agent = args.get("agent")
    first = _first_gerund(d, trigger.start, floor) if "gerund" in trigger.kinds else None
    gerund_complement = "gerund" in trigger.kinds and (
        d.cue_end.get(trigger.start - 1) in _GERUND_COMPLEMENTS  # "is considering launching"
        or (
            first is not None
            and (d.cue_end.get(first - 1) in _GERUND_COMPLEMENTS or _gerund_cue(d, first, floor))
        )  # "may weigh buying or starting a radio station"
        or (
            agent is not None
            and agent.end == trigger.start
            and d.cue_end.get(agent.start - 1) == "COMPLEMENT"
        )  # "fought to prevent Acme opening a store"
        or _gerund_cue(d, trigger.start, floor)  # "ahead of launching"
        or _prevented(d, trigger.start, floor)  # "bars Acme from opening stores"
    )
    if gerund_complement or cue_before(d, trigger.start, floor, complement=False):
        return "unasserted"
    if _goal_gerund(d, trigger, floor) or _funded_purpose(d, trigger, floor):
        return "unasserted"
    if _means_of_infinitive(d, trigger, floor) or _means_of_plan(d, trigger, floor):
        return "unasserted"
    if _gerund_under_modal(d, trigger, floor):
        return "unasserted"
    if _after_modal_main_clause(d, trigger, walked, floor) and not past_date(d, args.get("date")):
        return "unasserted"
    if _participle_of_plan(d, trigger, floor) or _gerund_subject_of_modal(d, trigger, floor):
        return "unasserted"
    if _progressive_to_come(d, trigger, walked) or _progressive_dated_back(
        d, trigger, walked, args.get("date")
    ):
        return "unasserted"
    if _present_by_deadline(d, trigger, walked, args.get("date")):
        return "unasserted"
    if future_date(d, args.get("date")):
        return "unasserted"
    return "asserted"


def _present_by_deadline(
    d: LaunchDoc, trigger: Trigger, walked: list[Token], date: Span | None
) -> bool:
    """A present progressive, present passive or third-person present dated by "by" and a
    date ("is launching a fund by the end of the year", "the store opens by May"): a
    deadline in the present tense is a schedule, still to come; "had launched it by 2020"
    is past."""
    if date is None or date.start == 0 or d.tok[date.start - 1].lower_ != "by":
        return False
    return _present_tense(d, trigger, walked)


def _first_gerund(d: LaunchDoc, start: int, floor: int) -> int | None:
    """Where the first of two coordinated gerunds starts ("may weigh [either] buying
    or starting a radio station"): the gerund at ``start`` shares the cue before the first
    one, so its modality is read there; None when no "and"/"or" joins a gerund (within
    four words) to it."""
    tok = d.tok
    k = start - 1
    if k - 1 < floor or tok[k].lower_ not in ("and", "or"):
        return None
    for j in range(k - 1, max(floor, k - 5) - 1, -1):
        low = tok[j].lower_
        if not tok[j].is_alpha or tok[j].text in (",", ";"):
            return None
        if tok[j].is_lower and low.endswith("ing") and len(low) > 4:
            if j - 1 >= floor and tok[j - 1].lower_ in ("either", "both"):
                return j - 1
            return j
    return None


def _gerund_cue(d: LaunchDoc, start: int, floor: int) -> bool:
    """One of the gerund cues ends right before the gerund at ``start`` ("rose ahead of
    launching the fund", "avoided opening a store"): one to three words, tested only for
    gerund triggers."""
    cues = d.lex.gerund_cues
    return any(
        start - n >= floor and " ".join(d.lowers(start - n, start)) in cues for n in (1, 2, 3)
    )


MERGER_REACH = 14
"""Tokens left of the infinitive's "to" searched for the verb of joining it completes: enough
for two long names joined ("merged the Orrin College of Art and the Vell Polytechnic to
create ...")."""


def _merged_to_form(d: LaunchDoc, trigger: Trigger, walked: list[Token], floor: int) -> bool:
    """ "merged with Beta to form Kelvo Group", "merging it with Beta to form ...": the
    infinitive names what the joining made, so the forming is a fact as the merger is,
    unless a modal, negation or word of intention governs the infinitive ("plans to merge
    with Beta to form ...", "will merge ... to form")."""
    if trigger.lemma not in d.lex.merger_result_lemmas or [t.lower_ for t in walked] != ["to"]:
        return False
    to_index = walked[0].i
    before = d.lowers(max(floor, to_index - MERGER_REACH), to_index)
    if not d.lex.irrealis_markers.isdisjoint(before):
        return False
    return not d.lex.merger_verbs.isdisjoint(before)


PREVENTION_REACH = 6
"""Tokens left of "from" searched for a verb of keeping someone from an act (across its
object: "discourage small firms from")."""


def _prevented(d: LaunchDoc, start: int, floor: int) -> bool:
    """A gerund after "from" with a verb of prevention before it in the same clause ("the
    rules discourage firms from setting up branches", "the law bars Acme from opening
    stores", "refrained from launching"): the act was kept from happening or may not
    happen ("moved from opening stores to selling online" has no such verb)."""
    tok = d.tok
    k = start - 1
    if k <= floor or tok[k].lower_ != "from":
        return False
    lex = d.lex
    for m in range(k - 1, max(floor, k - PREVENTION_REACH) - 1, -1):
        token = tok[m]
        if token.lower_ in lex.prevention_verbs:
            return True
        if token.is_punct or token.lower_ in lex.clause_breaks:
            return False
    return False


PLAN_REACH = 20
"""Tokens left of the comma before a participial gerund searched for the modal or word of
intention of the main clause it belongs to."""


def _participle_of_plan(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund after a comma that closes a main clause with a modal of future or a word of
    intention before an infinitive ("aims to double its sales by 2030, launching 20 new
    models"; "will expand, opening 40 stores"): the participle says how the plan is to be
    carried out, so the launch is planned as the plan is ("grew its sales last year,
    opening 40 stores" stays a fact)."""
    tok = d.tok
    start = trigger.start
    if "gerund" not in trigger.kinds or start - 1 <= floor or tok[start - 1].text != ",":
        return False
    lex = d.lex
    for m in range(start - 2, max(floor, start - PLAN_REACH) - 1, -1):
        low = tok[m].lower_
        if low in (";", ":") or low in lex.clause_breaks:
            return False
        if low in lex.future_modals:
            return True
        if (
            low == "to"
            and m - 1 >= floor
            and tok[m - 1].lower_ in lex.irrealis_words
            and _infinitive(d, m)
        ):
            return True
    return False


GERUND_SUBJECT_REACH = 14
"""Tokens right of a clause-initial gerund searched for the modal of the clause it is the
subject of."""


def _gerund_subject_of_modal(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund that opens its clause (the sentence, or after "that") and is the subject of
    a modal ("Launching the fund will cost $5 million", "critics argue that introducing
    the cards would be costly"): the launch is what would happen, not what did. A comma
    before the modal makes the gerund an introductory phrase ("Unveiling the plan, the
    minister said it would ..."), and a reporting verb or relative word ends the search.
    A gerund coordinated with a clause-opening one shares its role ("Buying a rival or
    forming an alliance could help")."""
    tok = d.tok
    start = trigger.start
    if "gerund" not in trigger.kinds:
        return False
    if (
        start > floor
        and tok[start - 1].lower_ != "that"
        and not _second_clause_gerund(d, start, floor)
    ):
        return False
    lex = d.lex
    _, sent_end, _ = d.sentence(start)
    for k in range(trigger.end, min(sent_end, trigger.end + GERUND_SUBJECT_REACH)):
        token = tok[k]
        low = token.lower_
        if low in lex.modals:
            return True
        if (
            token.is_punct
            or low in lex.clause_breaks
            or low in lex.relative_pronouns
            or low in lex.reporting_verbs
            or low in lex.auxiliaries
        ):
            return False
    return False


COORDINATED_GERUND_REACH = 10
"""Tokens between a clause-opening gerund and the "and"/"or" before a second one."""


def _second_clause_gerund(d: LaunchDoc, start: int, floor: int) -> bool:
    """The gerund at ``start`` follows "and"/"or" in a phrase that a gerund opens at the
    sentence start, with no punctuation between ("Buying a rival or forming ...")."""
    tok = d.tok
    k = start - 1
    if k <= floor or tok[k].lower_ not in ("and", "or") or k - floor > COORDINATED_GERUND_REACH:
        return False
    first = tok[floor]
    if not (first.is_title and first.is_alpha and first.lower_.endswith("ing")):
        return False
    return not any(t.is_punct for t in tok[floor + 1 : k])


def _progressive_dated_back(
    d: LaunchDoc, trigger: Trigger, walked: list[Token], date: Span | None
) -> bool:
    """A present progressive or present passive dated by a weekday, month or season with no
    year that was resolved before the publication date ("is opening its store on Monday", "is
    launching the phone in June", "the album is released on Thursday"): a present tense with
    such a date speaks of the next one, still to come; the resolver, which reads the date
    alone, placed it in the past. A date with its year is left as it is."""
    if date is None or not trigger.kinds & {"gerund", "participle"}:
        return False
    if not _present_be(d, walked):
        return False
    reference = d.ref_date
    value = d.date_value(date)
    if reference is None or not isinstance(value, str) or len(value) < 7:
        return False
    if any(t.like_num and len(t.text) == 4 for t in date):
        return False  # "in June 2019": the year is written
    if value[5:7] in SEASON_START:  # "is launching it in the summer" read as last summer
        # a season's last month, counted from its year's January (winter: 14, February)
        ended = int(value[:4]) * 12 + SEASON_START[value[5:7]] + 2
        return ended < reference.year * 12 + reference.month
    if value[5:6] == "W" or not value[5:7].isdigit():
        return False
    day = value[:10]
    return day < reference.isoformat()[: len(day)]


SPAN_PREPOSITIONS = frozenset({"in", "over", "within", "during"})
"""Prepositions that open a span of time to come ("over the coming months"); the rule list
writes each phrase with "in"."""

FUTURE_ADVERB_REACH = 16
"""Tokens right of a present progressive trigger searched for an adverb of the future."""


def _progressive_to_come(d: LaunchDoc, trigger: Trigger, walked: list[Token]) -> bool:
    """A present progressive or present passive with an adverb of time still to come in its
    clause ("Acme is launching its new phone soon", "is opening a store in the coming
    weeks", "is shortly opening"): the launch is scheduled, not reported; "is launching
    the service today" stays a fact. A clause break, relative word, reporting verb or "and"
    ends the search ("is opening a store that will soon ...", "is debuting in Spain and
    goes on sale elsewhere in the coming weeks": the adverb dates the other verb)."""
    lex = d.lex
    if not trigger.kinds & {"gerund", "participle"}:
        return False
    lows = [t.lower_ for t in walked]
    if lex.present_be.isdisjoint(lows):
        return False
    if not lex.future_adverbs.isdisjoint(lows):
        return True  # "is soon opening"
    _, sent_end, _ = d.sentence(trigger.start)
    after = d.lowers(trigger.end, min(sent_end, trigger.end + FUTURE_ADVERB_REACH))
    adverbs = lex.future_adverbs
    for i, low in enumerate(after):
        if (
            low in (";", ":", "and")
            or low in lex.clause_breaks
            or low in lex.relative_pronouns
            or low in lex.reporting_verbs
        ):
            return False
        if low in adverbs or (
            low in SPAN_PREPOSITIONS
            and any(" ".join(["in", *after[i + 1 : i + n]]) in adverbs for n in (2, 3, 4, 5))
        ):
            return True  # "in the coming weeks", "over the coming months"
    return False


def _after_modal_main_clause(
    d: LaunchDoc, trigger: Trigger, walked: list[Token], floor: int
) -> bool:
    """A trigger in a clause of time ("after", "before", "until") that follows a main clause
    with a modal of future or hypothesis: the launch belongs to that clause's future or
    hypothesis ("the college could win grants after the hub is set up", "the car will
    reach Spain in May, before being rolled out in Italy"); "After it launched the
    fund, Acme said it would expand" has the modal after it and stays a fact. In the
    present tense the clause of time is a future of its own, whatever the main clause
    says ("before a new agency is set up, a review should be made", "it is weeks before
    new rules are introduced", "until the company opens its store"): news reports what
    happened in the past tense."""
    tok = d.tok
    lex = d.lex
    marks = lex.time_clause_marks
    for k in range(trigger.start - 1, max(floor, trigger.start - 8) - 1, -1):
        low = tok[k].lower_
        if low not in marks:
            continue  # most words: one set test
        if low in lex.temporal_subordinators:
            return _present_tense(d, trigger, walked) or _future_modal_before(d, k, floor)
        return False  # ";", ":", a clause break or a reporting verb comes first
    return False


def _present_tense(d: LaunchDoc, trigger: Trigger, walked: list[Token]) -> bool:
    """The trigger's verb complex is in the present tense: a present form of "be" before a
    participle or gerund ("is set up", "are introduced", "is opening"), or a third-person
    form with nothing before it ("opens"); a past or perfect auxiliary makes it past."""
    if "third" in trigger.kinds and not walked:
        return True
    return _present_be(d, walked)


PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been"})
"""Auxiliaries that put a verb complex in the past or the perfect ("has been opened")."""


def _present_be(d: LaunchDoc, walked: list[Token]) -> bool:
    """A present form of "be" and no past or perfect auxiliary in the verb complex ("is
    opening", "are introduced"; not "has been opened")."""
    lows = {t.lower_ for t in walked}
    return not d.lex.present_be.isdisjoint(lows) and PAST_AUXILIARIES.isdisjoint(lows)


def _future_modal_before(d: LaunchDoc, k: int, floor: int) -> bool:
    """A modal of future or hypothesis between the sentence start and token k, in the same
    stretch of the sentence (no semicolon, dash or bracket, no lower-case reporting verb
    between: "said it would", "United States" is no verb)."""
    tok = d.tok
    for m in range(k - 1, floor - 1, -1):
        token = tok[m]
        low = token.lower_
        if low in (";", ":", "(", ")", "–", "—", "--") or (
            token.is_lower and low in d.lex.reporting_verbs
        ):
            return False
        if low in d.lex.future_modals:
            return True
    return False


def _plural_in_future(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A plural trigger noun in a sentence about the future ("the chain will add 12 branch
    openings next year"): launches of a kind, still to come."""
    tok = d.tok
    return (
        tok[trigger.end - 1].lower_.endswith("s")
        and "noun" in trigger.kinds
        and _future_modal_before(d, trigger.start, floor)
    )


def _funded_purpose(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund after "for" with an amount of money before it in the sentence: what the
    money is for, still to come ("donors gave $2 million for setting up two labs", "a
    $5 million grant for setting up a lab"); "was praised for launching" has no amount."""
    tok = d.tok
    k = trigger.start - 1
    if not (
        "gerund" in trigger.kinds and k >= floor and tok[k].lower_ in d.lex.funding_purpose_words
    ):
        return False
    return any(d.ent(m, ("MONEY",)) is not None for m in range(max(floor, k - 15), k))


def _goal_gerund(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund after a goal noun: "the goal of establishing", "a plan for launching"."""
    tok = d.tok
    if not (
        trigger.kinds & {"gerund"}
        and trigger.start - 1 >= floor
        and tok[trigger.start - 1].lower_ in ("of", "for")
    ):
        return False
    k = trigger.start - 2
    return k >= floor and tok[k].lower_ in d.lex.purpose_nouns


def nominal_modality(
    d: LaunchDoc,
    trigger: Trigger,
    floor: int,
    sent_end: int,
    args: dict[str, Span],
    found: list[Found] | tuple[Found, ...] = (),
) -> str:
    """unasserted for "the planned launch", "would oversee the establishment of", "the
    opening was postponed", launches dated after publication, and a bare "the launch" that
    refers back to a launch still to come, before a modal of future or hypothesis or an
    expected effect ("X will be unveiled in May. The launch will test a new market";
    with no such launch before it, "The launch would help sales" is its effect: a fact).
    ``found``: the article's events before this one."""
    tok = d.tok
    if cue_before(d, trigger.start, floor, complement=True):
        return "unasserted"
    if _plural_in_future(d, trigger, floor):
        return "unasserted"
    first = _coordinated_noun(d, trigger, floor, found)
    if first is not None and first.modality == "unasserted":
        return "unasserted"  # "the launch of a phone next year and the roll-out of ..."
    antecedent = _antecedent(d, trigger, found) if _bare(d, trigger, floor, args) else None
    to_come = antecedent is not None and antecedent.modality == "unasserted"
    k = trigger.start - 1
    steps = 0
    while k >= floor and steps < 8:
        low = tok[k].lower_
        if low in (",", ";", ":") or low in d.lex.clause_breaks or low == "that":
            break
        if low in d.lex.modals or low in d.lex.negations:
            return "unasserted"
        if (
            low == "to"
            and not d.glued(k)  # "ready-to-wear launches": a hyphenated adjective
            and _infinitive(d, k)
            and not _past_necessity(d, k, floor)
            and not (k - 1 >= floor and tok[k - 1].lower_ in d.lex.realis_adjectives)
            and not (k == floor and tok[trigger.start - 2].lower_ in d.lex.ceremony_verbs)
            and not present_to(d, k, floor)  # "was present to offer comments on the opening"
        ):
            return "unasserted"
        k -= 1
        steps += 1
    k = trigger.end
    obj = args.get("object")
    if trigger.klass == "conditional" and obj is not None and obj.start >= trigger.end:
        k = obj.end  # "the announcement of a planned institute": announcing it happened
    limit = min(sent_end, trigger.end + 16)
    while k < limit:
        low = tok[k].lower_
        if low in d.lex.after_cues:
            if _effect_expected(d, k, limit):
                if to_come:
                    return "unasserted"  # "X will unveil a phone. The launch is expected to"
                break  # "The release is expected to help X": its effect, the launch happened
            return "unasserted"  # "the launch ... has been postponed"
        if low in d.lex.modals and k + 1 < limit and _happening_next(d, k + 1, limit):
            return "unasserted"  # "the launch will happen in May", "will be held on Friday"
        if to_come and low in d.lex.future_modals:
            return "unasserted"  # "X will be unveiled this week. The launch will show ..."
        if (
            low in (";", ":")
            or low in d.lex.reporting_verbs
            or low in d.lex.clause_breaks
            or new_clause(d, k, limit)
        ):
            break
        k += 1
    if future_date(d, args.get("date")):
        return "unasserted"
    return "asserted"


def _coordinated_noun(
    d: LaunchDoc, trigger: Trigger, floor: int, found: list[Found] | tuple[Found, ...]
) -> Found | None:
    """The noun event a launch noun is coordinated with ("will benefit from the launch of a
    phone next year and the roll-out of a service"): the article's last event, a noun
    trigger whose phrase (trigger and arguments) ends at the "and" or "or" before this
    noun and its determiner. The two share the verb they depend on, and so its modality."""
    if not found or trigger.use != "noun":
        return None
    tok = d.tok
    k = trigger.start - 1
    if k >= floor and tok[k].lower_ in d.lex.determiners:
        k -= 1
    if k <= floor or tok[k].lower_ not in ("and", "or"):
        return None
    first = found[-1]
    if first.trigger.use != "noun" or first.trigger.start < floor:
        return None
    end = max([first.trigger.end, *(span.end for span in first.arguments.values())])
    return first if end == k else None


INTENTION_REACH = 8
"""Tokens before the infinitive's "to" searched for the word of intention that governs it
("agreed ... to", "aims to"); without one the infinitive reports a fact ("managed to")."""

MEANS_REACH = 14
"""Tokens left of "by" that the search for the verb a means gerund serves may cross."""


def _means_of_infinitive(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """ "agreed to expand its presence by opening outlets", "aims to grow by launching a
    fund": a gerund after "by" names the means of the verb before it, and when that verb
    is an infinitive that a word of intention, a modal or a negation governs, the launch is
    only intended, as the infinitive is ("grew by opening outlets" stays a fact; "went on to
    grow by ...", "managed to grow by ..." too)."""
    tok = d.tok
    start = trigger.start
    if "gerund" not in trigger.kinds or start - 1 < floor or tok[start - 1].lower_ != "by":
        return False
    for k in range(start - 2, max(floor + 1, start - MEANS_REACH) - 1, -1):
        low = tok[k].lower_
        if low in (";", ":", ",") or low in d.lex.clause_breaks:
            return False  # a comma: "X, which plans to list, grew by opening" is a fact
        if (
            tok[k - 1].lower_ == "to"
            and tok[k].is_lower
            and tok[k].is_alpha
            and low not in d.lex.determiners
            and _infinitive(d, k - 1)
        ):
            before = d.lowers(max(floor, k - 1 - INTENTION_REACH), k - 1)
            return not d.lex.irrealis_markers.isdisjoint(before)
    return False


MODAL_GERUND_REACH = 10
"""Tokens left of the preposition before a gerund searched for the modal of its clause."""

MODAL_GERUND_PREPOSITIONS = frozenset({"by", "in", "through", "via", "with", "on", "about"})
"""Prepositions of means, part or topic before a gerund that a modal of its clause governs
("by opening", "a part in setting up", "focus on launching"); "for", "of" and "over" are
left out: "will be remembered for launching", "could be accused of opening", "may be sued
over releasing" speak of an act that was done."""


def _gerund_under_modal(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund after a preposition of means, part or topic in a clause whose verb a modal
    governs ("the city will raise money by opening car parks", "Acme could take a part in
    setting up schools", "would focus on launching the fund"): the launch is what will or
    would happen, as the clause is; "grew by opening stores" is a fact. A modal before
    "have" is a possibility in the past ("could have grown by opening"); a comma, clause
    break, relative word or reporting verb ends the search, so the modal of another clause
    is not read ("Acme, which will list next year, grew by opening stores")."""
    tok = d.tok
    lex = d.lex
    k = trigger.start - 1
    if (
        "gerund" not in trigger.kinds
        or k <= floor
        or tok[k].lower_ not in MODAL_GERUND_PREPOSITIONS
    ):
        return False
    for m in range(k - 1, max(floor, k - MODAL_GERUND_REACH) - 1, -1):
        token = tok[m]
        low = token.lower_
        if (
            token.is_punct
            or low in lex.clause_breaks
            or low in lex.relative_pronouns
            or (token.is_lower and low in lex.reporting_verbs)
        ):
            return False
        if low in lex.modals:
            return tok[m + 1].lower_ != "have"
    return False


PLAN_MEANS_REACH = 12
"""Tokens left of a preposition of means searched for the verb of planning it serves."""


def _means_of_plan(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A gerund after a preposition of means ("by opening", "through launching") in a
    clause whose verb is one of planning or expecting ("aims for growth by opening 20
    stores", "planned on dominating the market by releasing games"): the launch is how the
    plan is to be met, still to come ("grew by opening 20 stores" is a fact). A comma,
    clause break or reporting verb ends the search, so a relative clause's plan ("X, which
    plans to list, grew by opening ...") is not read. A launch noun there ("hopes to lift
    sales with the launch of its phone") is left alone: news often writes so of a launch
    made that day."""
    tok = d.tok
    lex = d.lex
    k = trigger.start - 1
    if "gerund" not in trigger.kinds or k <= floor or tok[k].lower_ not in lex.means_prepositions:
        return False
    for m in range(k - 1, max(floor, k - PLAN_MEANS_REACH) - 1, -1):
        token = tok[m]
        low = token.lower_
        if token.is_punct or low in lex.clause_breaks or low in lex.reporting_verbs:
            return False
        if token.is_lower and low in lex.plan_verbs:
            return True
    return False


ANTECEDENT_LOOKBACK = 60
"""Tokens back from a bare launch noun to the launch word it refers to (about two
sentences, as for a lift-off)."""

DEFINITE_WORDS = frozenset({"the", "this", "that"})
"""Words before a launch noun that make it refer back to a launch already named."""


def _bare(d: LaunchDoc, trigger: Trigger, floor: int, args: dict[str, Span]) -> bool:
    """A launch noun right after "the", "this" or "that", with no object of its own ("The
    launch will test ...", "the opening"): it names a launch the article already named, or
    one it is about to describe."""
    k = trigger.start - 1
    return (
        trigger.use == "noun"
        and args.get("object") is None
        and k >= floor
        and d.tok[k].lower_ in DEFINITE_WORDS
    )


def _antecedent(
    d: LaunchDoc, trigger: Trigger, found: list[Found] | tuple[Found, ...]
) -> Found | None:
    """The event a bare launch noun refers back to: the one whose trigger is the nearest
    launch word before it, within ``ANTECEDENT_LOOKBACK`` tokens ("Kelvo will unveil a
    phone next month. The launch ..."); None when there is no such word, or when the
    nearest is no event (a word in another sense)."""
    tok = d.tok
    for k in range(trigger.start - 1, max(trigger.start - ANTECEDENT_LOOKBACK, 0) - 1, -1):
        if tok[k].lower_ not in d.lex.forms:
            continue
        return next((f for f in reversed(found) if f.trigger.start <= k < f.trigger.end), None)
    return None


def _happening_next(d: LaunchDoc, k: int, limit: int) -> bool:
    """A verb of taking place at k, or "be" and a passive of one ("will be held", "will be
    staged"): after a modal that follows a noun trigger, the launch is still to come."""
    low = d.tok[k].lower_
    if low in d.lex.happening_verbs:
        return True
    return low == "be" and k + 1 < limit and d.tok[k + 1].lower_ in d.lex.happening_passives


def _effect_expected(d: LaunchDoc, k: int, limit: int) -> bool:
    """The after-cue at k is an effect cue followed by "to" and a verb that is neither a
    happening verb nor "be" ("is expected to help sales"): what is expected is the launch's
    effect, so the cue does not make the launch itself unasserted, as "would help" does
    not; "is expected to take place", "is expected to be delayed" still do."""
    tok = d.tok
    if tok[k].lower_ not in d.lex.effect_cues or k + 2 >= limit or tok[k + 1].lower_ != "to":
        return False
    verb = tok[k + 2]
    return (
        verb.is_lower
        and verb.is_alpha
        and verb.lower_ not in d.lex.happening_verbs
        and verb.lower_ not in d.lex.be_forms
    )


def _infinitive(d: LaunchDoc, k: int) -> bool:
    """ "to" at k marks an infinitive ("plans to complete the launch of"), not the
    preposition of "delays linked to the introduction of" or "the road to today's debut"
    (a determiner, the noun itself or a date follows)."""
    nxt = d.tok[k + 1] if k + 1 < len(d.doc) else None
    return (
        nxt is not None
        and nxt.lower_ not in d.lex.determiners
        and nxt.lower_ not in d.lex.forms
        and d.ent(k + 1, ("DATE",)) is None
    )


def _past_necessity(d: LaunchDoc, k: int, floor: int) -> bool:
    """ "had to" before the infinitive at k: what someone had to do, they did ("what the
    mayor had to say at the opening of ..."); an event it puts off is caught by its own
    cue ("had to postpone the opening")."""
    return k - 1 >= floor and d.tok[k - 1].lower_ == "had"


def _negative_subject(d: LaunchDoc, stop: int, floor: int) -> bool:
    """The clause of the subject ending at ``stop`` opens with a negative word ("Neither
    X nor Y has launched", "No bank has launched", "None of the funds was set up"), its
    phrase opens with "no" ("said no new stores opened"), or an inverted auxiliary of a
    condition ("Had Acme launched it earlier, ...")."""
    tok = d.tok
    if stop < floor:
        return False
    # the subject phrase itself opens with "no" ("said no new stores opened")
    m = stop
    while m >= max(floor, stop - 4) and tok[m].is_lower and tok[m].is_alpha:
        if tok[m].lower_ == "no":
            return True
        if tok[m].lower_ in d.lex.determiners:
            break
        m -= 1
    k = stop
    while k > floor and not tok[k - 1].is_punct and tok[k - 1].lower_ not in d.lex.clause_breaks:
        k -= 1
    low = tok[k].lower_
    return low in d.lex.negative_subject_words or (
        low in d.lex.inversion_words and k < stop and tok[k].is_title
    )


_GERUND_COMPLEMENTS = frozenset({"COMPLEMENT", "ADJACENT"})
"""Cue kinds whose phrase, right before a gerund trigger, takes it as its complement
("considering launching", "a statute for establishing")."""

ADJACENT_REACH = 2
"""Words an adjacent complement cue ("agreement on") may stand before its trigger noun: a
determiner and an adjective ("an agreement on the swift establishment of"), no more; further
on, the noun is another topic ("the agreement on trade came after the launch")."""


def cue_before(d: LaunchDoc, start: int, floor: int, *, complement: bool) -> bool:
    """A cue phrase ending shortly before the trigger, in the same clause. Clause cues
    ("if", "whether", "denied that") count for every trigger; complement cues ("calls for",
    "includes", "fostering", "the planned") only when the trigger is their complement, a
    noun or a gerund ("calls for the establishment of", "is considering launching")."""
    tok = d.tok
    k = start - 1
    steps = 0
    while k >= floor and steps < 8:
        kind = d.cue_end.get(k)
        if kind == "CLAUSE" or (kind == "COMPLEMENT" and complement):
            return True
        if kind == "ADJACENT" and complement and steps <= ADJACENT_REACH:
            return True  # "an agreement on the establishment of": what was agreed
        low = tok[k].lower_
        if low in (",", ";", ":") or low in d.lex.clause_breaks:
            return False
        k -= 1
        steps += 1
    return False


def past_date(d: LaunchDoc, date: Span | None) -> bool:
    """A launch dated in an earlier year than the publication date: a fact, whatever
    the clause around it says ("when its phones were unveiled in 2010")."""
    if date is None or d.ref_date is None:
        return False
    value = d.date_value(date)
    return isinstance(value, str) and value[:4].isdigit() and int(value[:4]) < d.ref_date.year


def future_date(d: LaunchDoc, date: Span | None) -> bool:
    """A launch dated after the publication date (``Doc._.ref_date``) has not happened yet;
    the date is compared at its own grain (year, month, day, quarter or half)."""
    if date is None:
        return False
    lows = d.lowers(date.start, min(date.end, date.start + 2))
    openers = d.lex.future_date_openers
    if lows[0] in openers or " ".join(lows) in openers:
        return True  # "next week", "later this year": after publication, resolved or not
    reference: dt.date | None = d.ref_date
    if reference is None:
        return False
    value = d.date_value(date)
    if not isinstance(value, str) or not value[:4].isdigit():
        return False
    year = int(value[:4])
    if year != reference.year:
        return year > reference.year
    if value[5:6] == "W" and value[6:8].isdigit():
        return int(value[6:8]) > reference.isocalendar()[1]  # "2024-W21": an ISO week
    if len(value) >= 7 and value[5:7].isdigit():
        day = value[:10]  # "2024-05" or "2024-05-22": ISO text orders as the dates do
        return day > reference.isoformat()[: len(day)]
    if value[5:7] in SEASON_START:
        return SEASON_START[value[5:7]] > reference.month  # "this autumn": "2024-FA"
    if "-Q" in value:
        quarter = int(value[-1])
        return (quarter - 1) * 3 + 1 > reference.month
    if "-H" in value:
        return value.endswith("2") and reference.month <= 6
    return False
