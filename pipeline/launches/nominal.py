"""Arguments of a noun trigger ("the launch of X", "the fund launch", "its unveiling").

Object: the phrase after "of", else what stands before the noun: a possessive pronoun's
referent ("The card has grown since its launch"), a "whose" antecedent, a possessor ("the
fund's launch"), or a noun modifier ("the fund launch"). Before an occasion noun (rule T2b,
"the launch ceremony of X", "the X Hub's launch event") only an "of"/"for" phrase after
the occasion noun or a name before the launch noun is the object, and none means no event.
Agent: a possessor with "of" ("Acme's launch of X"), the subject of a host verb ("X
announced the formation of"), or a "by" phrase after the object.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.agent import by_agent, owner_before
from pipeline.launches.arguments.object import (
    after_comma,
    completed,
    listed,
    named_object,
    object_ok,
    plural_closure,
)
from pipeline.launches.arguments.parse import apply_dependencies
from pipeline.launches.arguments.persons import names_person
from pipeline.launches.arguments.phrases import (
    heads_and_core,
    np_left,
    np_right,
    of_after_setting,
)
from pipeline.launches.arguments.setting import attach_date_location
from pipeline.launches.arguments.subject import sentence_subject, subject_at
from pipeline.launches.context import LaunchDoc
from pipeline.launches.modality import nominal_modality
from pipeline.launches.model import Found, Trigger, overlaps
from pipeline.launches.triggers import (
    market_list_start,
    occasion_noun,
    occasion_of,
    owns_occasion,
)
from pipeline.launches.verbcomplex import chain_left, realis_to

PHRASAL_FUNCTION_WORDS = frozenset({"to", "of", "the", "and", "as", "for"})
"""Function words that make a hyphenated phrase one adjective ("ready-to-wear",
"state-of-the-art", "pay-as-you-go")."""


def nominal(
    d: LaunchDoc,
    trigger: Trigger,
    floor: int,
    sent_end: int,
    headline: bool,
    found: list[Found] | tuple[Found, ...] = (),
) -> Found | None:
    """The event of a noun trigger, or None when its object fails the sense checks;
    ``found``: the article's events before it (a bare "the launch" refers back to one)."""
    tok = d.tok
    start, end = trigger.start, trigger.end
    args: dict[str, Span] = {}
    occasion = occasion_noun(d, trigger, sent_end)
    if occasion:
        obj = _occasion_object(d, trigger, floor, sent_end, headline)
        if obj is None and not trigger.refers_back:
            return None  # "a launch party", "the opening ceremony of the games" (rule T2b)
        of_follows = obj is not None and obj.start > end
    else:
        obj = _noun_object(d, trigger, floor, sent_end, headline)
        of_follows = end < sent_end and tok[end].lower_ == "of"
    # possessor agent: "Lima's launch of ...", "Acme's launch event for its new phone"
    prev = start - 1
    if prev >= floor and tok[prev].text in POSSESSIVE and of_follows:
        owner = subject_at(d, prev - 1, floor, headline, 2)
        if owner.kind in ("entity", "name") and owner.span is not None:
            args["agent"] = owner.span
    if obj is not None:
        args["object"] = obj
    left_date = (
        _host_verb_agent(d, trigger, floor, headline, args)
        or _date_attended(d, trigger, floor)
        or _date_possessor(d, trigger, floor)
    )
    if obj is not None and "agent" not in args:
        owner = _owner_in_object(d, trigger, obj)
        if owner is not None:
            args["agent"] = owner
    # a "by" phrase after the object, or right after the noun when the object stands
    # before it or is not named ("two openings by Acme this year")
    if obj is not None and obj.end > end:
        agent = by_agent(d, obj.end, sent_end, headline)
    elif end + 1 < sent_end and tok[end].lower_ == "by":
        agent = by_agent(d, end, sent_end, headline)
    else:
        agent = None
    if agent is not None:
        args["agent"] = agent
    if "agent" not in args:
        carrier = _with_subject(d, trigger, floor, headline)
        if carrier is not None:
            args["agent"] = carrier
    apply_dependencies(d, trigger, args, headline)
    obj = args.get("object")
    if not object_ok(d, trigger, obj) or names_person(d, obj, trigger.lemma):
        return None
    obj = completed(d, trigger, obj, sent_end, headline)
    if obj is not None:
        args["object"] = obj
    if "agent" in args and "object" in args and overlaps(args["agent"], args["object"]):
        del args["agent"]
    if "agent" in args and d.only_titles(args["agent"]):
        del args["agent"]
    attach_date_location(d, trigger, args, floor, sent_end, left_date, None, headline, nominal=True)
    modality = nominal_modality(d, trigger, floor, sent_end, args, found)
    event = Found(trigger, modality, args)
    event.subject = args.get("agent")
    return event


def _occasion_object(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool
) -> Span | None:
    """Rule T2b's launched thing: the "of"/"for" phrase after the occasion noun ("the
    launch ceremony of the X platform"), else the possessor or name before the launch noun
    ("the X Hub's launch event"); None when it is a gathering or a season ("the opening
    ceremony of the games"), a person, or, after "for", neither a launchable head nor a
    name ("a launch event for investors": who it was held for)."""
    k = occasion_of(d, trigger, sent_end)
    if k >= 0:
        np = np_right(d, k + 1, sent_end, headline)
        if np is None:
            return None
        obj = named_object(d, np, sent_end, headline)
        if d.tok[k].lower_ == "for" and not (
            _launchable(d, obj) or d.is_name_token(obj.end - 1, headline)
        ):
            return None
    else:
        obj = _occasion_name_before(d, trigger, floor, headline)
        if obj is None:
            return None
    heads, _ = heads_and_core(d, obj)
    lex = d.lex
    if not plural_closure(lex.not_occasion_objects).isdisjoint(heads[:2]) or (
        heads and (heads[0] in lex.person_titles or heads[0] in lex.person_nouns)
    ):
        return None
    return obj


def _occasion_name_before(
    d: LaunchDoc, trigger: Trigger, floor: int, headline: bool
) -> Span | None:
    """The name before a launch noun and its occasion noun, when it names the launched
    thing: a product's name ("the Zeta Fold launch event") or an organisation whose head is
    a launchable one ("the Tarnvale Fund launch ceremony", "the Orrin Hub's launch event");
    a company's own name ("the Acme launch event") says who launched, not what, and a place
    says where."""
    k = trigger.start - 1
    possessed = d.tok[k].text in POSSESSIVE
    if possessed:
        k -= 1
    ent = d.ent(k)
    if ent is None and possessed and owns_occasion(d, trigger, k):
        # "the charity's founding ceremony", "the museum's opening gala": what was founded or
        # opened owns the occasion; "the city's opening gala" names no launched thing
        np = np_left(d, k, floor)
        return np if np is not None and _launchable(d, np) else None
    if ent is not None:
        if ent.label_ != "ORG" or ent.end != k + 1 or not _launchable(d, ent):
            return None
        return ent
    if not d.is_name_token(k, headline):
        return None  # "at the launch event": no name before the noun
    first = k
    while first - 1 >= floor and d.ent_at.get(first - 1) is None:
        if d.is_name_token(first - 1, headline):
            first -= 1
        elif (
            first - 2 >= floor
            and d.tok[first - 1].text in HYPHENS
            and not d.spaced[first - 2]
            and not d.spaced[first - 1]
            and d.ent_at.get(first - 2) is None
            and d.is_name_token(first - 2, headline)
        ):
            first -= 2  # "the Orrin-Hub launch event": one hyphenated name
        else:
            break
    if first == floor and d.tok[first].lower_ in d.lex.common_words:
        return None  # a capitalised sentence opener, not a name
    return d.span(first, k + 1)


def _launchable(d: LaunchDoc, obj: Span) -> bool:
    """The phrase's head, or its last two words, is a launchable head ("fund", "platform")."""
    heads, _ = heads_and_core(d, obj)
    return not plural_closure(d.lex.launchable_heads).isdisjoint(heads[:2])


def _owner_in_object(d: LaunchDoc, trigger: Trigger, obj: Span) -> Span | None:
    """The organisation that owns the object, "the opening of Brixo Motors' new plant":
    whoever owns the new thing opened it. Used only when neither a possessor of the
    trigger nor a host verb's subject named the agent ("Zendra announced the launch of
    Brixo's fund" keeps Zendra), and a "by" phrase after the object still overrides it."""
    owner = owner_before(d, obj, trigger.end)
    if owner is not None and owner.start > trigger.end:
        return owner
    return _its_referent(d, trigger, obj)


def _its_referent(d: LaunchDoc, trigger: Trigger, obj: Span) -> Span | None:
    """ "Pemco marked the opening of its first branch": "its" before the object stands for
    the subject of the sentence when that is a named organisation or place, which owns the
    new thing and so launched it ("Analysts welcomed the launch of its phone" names none)."""
    k = obj.start - 1
    if k <= trigger.end or d.tok[k].lower_ not in ("its", "their"):
        return None
    floor = d.sentence(trigger.start)[0]
    head = sentence_subject(d, floor, False)
    span = head.span
    if span is not None and span.label_ in ("ORG", "GPE") and span.end <= trigger.start:
        return span
    return None


def _with_subject(d: LaunchDoc, trigger: Trigger, floor: int, headline: bool) -> Span | None:
    """ "Acme is growing fast, with new branch openings", "With the launch of Zeta,
    Acme now offers", "Acme grows its range with the release of three sauces": a launch
    noun in a "with" phrase is the act by which the sentence's named subject does what
    the clause says, so that subject launched it."""
    tok = d.tok
    k = trigger.start - 1
    while k >= floor and trigger.start - k <= 3 and tok[k].lower_ != "with":
        token = tok[k]
        if not (
            token.lower_ in d.lex.determiners
            or (token.is_lower and (token.is_alpha or "-" in token.text))
        ):
            return None
        k -= 1
    if k < floor or tok[k].lower_ != "with":
        return None
    head = sentence_subject(d, floor, headline)
    if head.span is None or head.span.label_ != "ORG":
        return None  # a place or a capitalised common word ("Analysts were impressed with")
    return head.span


def _date_attended(d: LaunchDoc, trigger: Trigger, floor: int) -> Span | None:
    """A DATE right before "at"/"during" and the noun trigger: "spoke Tuesday at the opening
    of ...", "on Monday during the launch": who was there that day saw it happen then."""
    k = trigger.start - 1
    while k >= floor and d.tok[k].lower_ in d.lex.determiners:
        k -= 1
    if k - 1 < floor or d.tok[k].lower_ not in d.lex.attendance_prepositions:
        return None
    date = d.ent(k - 1, ("DATE",))
    return date if date is not None and date.end == k else None


def _date_possessor(d: LaunchDoc, trigger: Trigger, floor: int) -> Span | None:
    """A DATE with a possessive right before the noun trigger: "today's debut", "Monday's
    launch of the phone", "last week's opening": the day the launch happened, before any
    date of the main clause ("The road to today's debut began in 2019")."""
    k = trigger.start - 1
    while k >= floor and d.tok[k].lower_ in d.lex.nominal_premodifiers:
        k -= 1  # "Monday's planned launch", "today's official opening"
    if k - 1 < floor or d.tok[k].text not in POSSESSIVE:
        return None
    date = d.ent(k - 1, ("DATE",))
    return date if date is not None and date.end == k else None


def _noun_object(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool
) -> Span | None:
    """The thing launched: "the launch of X", else what stands before the noun; never a
    phrase that contains the trigger."""
    start, end = trigger.start, trigger.end
    obj: Span | None = None
    of = of_after_setting(d, end, sent_end)
    if of < sent_end and d.tok[of].lower_ == "of":
        np = np_right(d, of + 1, sent_end, headline)
        if np is not None:
            obj = named_object(d, np, sent_end, headline)
    if obj is None and start - 1 >= floor:
        obj = _object_before(d, trigger, floor, sent_end, headline)
    if obj is not None and obj.end > start and obj.start < start:
        return None
    return obj


def _object_before(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool
) -> Span | None:
    """The object the word before a noun trigger gives: "its"/"their" (the sentence
    subject, or the subject after an introductory "Since its launch in 2021,"), "whose"
    (the relative's antecedent), a possessor, or a noun modifier ("the fund launch")."""
    tok = d.tok
    start, end = trigger.start, trigger.end
    maker = _light_verb_subject(d, trigger, floor)
    if maker is not None:
        return maker
    prev = start - 1
    place = d.ent(prev, ("GPE",))
    if place is None and tok[prev].lower_ in d.lex.demonyms:
        place = d.span(prev, prev + 1)  # "its European launch", "a British debut"
    if place is not None:
        listed = market_list_start(d, prev, floor)
        if listed is not None:
            place = d.span(listed, prev + 1)  # "its Asian and European launch": one market list
        # "the tablet's UK launch": the market says where, not what; with no owner before
        # it ("a UK debut", "the European launch") nothing before the noun says what
        if place.start - 1 < floor or not (
            tok[place.start - 1].text in POSSESSIVE
            or tok[place.start - 1].lower_ in ("its", "their")
        ):
            return None
        prev = place.start - 1
    token = tok[prev]
    low = token.lower_
    if low in ("its", "their"):
        head = sentence_subject(d, floor, headline)
        if head.span is not None and head.span.end <= start:
            # "Shares in Acme rose on their debut", "The card from Acme has grown since its
            # launch": a name inside the subject's PP is not what "its"/"their" stands for
            outer = _noun_before_pp(d, head.span, floor)
            return outer if outer is not None else head.span
        if head.span is None or head.span.start > start:
            if _opens_with_adverbial(d, floor):
                return after_comma(d, end, sent_end, headline)  # "Since its launch, X ..."
            org = _last_org_before(d, floor, prev)  # "members of NATO since its founding"
            outer = _noun_before_pp(d, org, floor) if org is not None else None
            if outer is not None and all(
                t.lower_ in d.lex.determiners for t in d.tok[floor : outer.start]
            ):
                return outer  # the sentence's own subject noun
            return org
        return None
    if low == "whose":
        if prev - 1 < floor:
            return None
        # "The fund, whose launch was delayed, ...": the relative's antecedent
        k = prev - 1 if tok[prev - 1].text != "," else prev - 2
        antecedent = subject_at(d, k, floor, headline, 2)
        return antecedent.span if antecedent.kind in ("entity", "name", "np") else None
    if token.text in POSSESSIVE:
        if prev - 1 < floor:
            return None
        return subject_at(d, prev - 1, floor, headline, 2).span
    lex = d.lex
    if _ends_phrasal_adjective(d, prev):
        return None  # "the ready-to-wear launches": what kind, not what was launched
    if d.is_plain_word(
        prev, lex.nominal_premodifiers, lex.determiners, lex.prepositions
    ) and not _adjective(d, tok[prev].lower_):
        return np_left(d, prev, floor)
    if not headline and d.ent_at.get(prev) is None and d.is_name_token(prev, False):
        # "their Korvo launch", "the Nexa Fold debut": a product's name before the noun
        first = prev
        while (
            first - 1 >= floor
            and d.ent_at.get(first - 1) is None
            and (
                d.is_name_token(first - 1, False)
                or (d.tok[first - 1].like_num and d.is_name_token(first - 2, False))
            )
        ):
            first -= 1
        if first > floor or d.tok[first].lower_ not in lex.common_words:
            return d.span(first, prev + 1)
    return None


ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible", "ive", "ory", "ing", "ed", "ly")
"""Endings of adjectives and participles ("glorious", "celebratory", "ongoing",
"self-funded", "costly", "weekly"): a word with one describes the launch, it does not name
what was launched."""

IRREGULAR_GRADES = frozenset({"best", "better", "worse", "worst"})
"""Comparatives and superlatives that no listed stem gives ("a worse debut")."""


def _adjective(d: LaunchDoc, low: str) -> bool:
    """The word before a noun trigger reads as an adjective ("a calm launch", "a worse
    debut", "its glorious debut", "the ongoing rollout"), so the noun has no object
    there; a launchable head with such an ending ("the initiative launch", "the building
    opening") is a noun."""
    lex = d.lex
    if low in lex.object_heads or low in lex.new_thing_heads:
        return False
    stems = lex.superlative_stems
    return (
        low in stems
        or low in IRREGULAR_GRADES
        or (low.endswith(("er", "est")) and (low[:-2] in stems or low[:-3] in stems))
        or (len(low) > 5 and low.endswith(ADJECTIVE_ENDINGS))
    )


def _ends_phrasal_adjective(d: LaunchDoc, k: int) -> bool:
    """Token k ends a phrase made one adjective by hyphens, with a function word inside
    ("ready-to-wear", "state-of-the-art"): it describes the noun after it."""
    tok = d.tok
    return (
        k >= 2
        and d.glued(k)
        and tok[k - 1].text in HYPHENS
        and tok[k - 2].lower_ in PHRASAL_FUNCTION_WORDS
        and d.glued(k - 2)
    )


def _light_verb_subject(d: LaunchDoc, trigger: Trigger, floor: int) -> Span | None:
    """ "The Varo GT made its world debut", "40 tractors make their public debut": a light
    verb before "its"/"their" makes the noun the act of the phrase before the verb, and the
    words between the possessive and the noun say where or how ("world", "public"), not
    what (which the noun-modifier rule would read: "the fund launch")."""
    tok = d.tok
    k = trigger.start - 1
    while (
        k >= floor
        and trigger.start - k <= 3
        and (
            (
                tok[k].is_lower
                and (tok[k].is_alpha or "-" in tok[k].text)
                and tok[k].lower_ not in d.lex.possessive_determiners
            )
            or tok[k].lower_ in d.lex.demonyms  # "made its British debut": where
            or d.ent(k, ("GPE",)) is not None  # "made their UK debut"
        )
    ):
        k -= 1
    if not (
        k - 2 >= floor
        and tok[k].lower_ in ("its", "their")
        and tok[k - 1].lower_ in d.lex.light_verbs
    ):
        return None
    # "the console was due to make its debut", "the show will make its debut", "the car
    # could not make its debut": the subject stands before the verb complex, not in it
    _, verb_end, _ = chain_left(d, k - 1, floor)
    if verb_end >= floor and tok[verb_end].lower_ in ("that", "which"):
        # "technologies that will be making their debut": the relative's noun
        verb_end -= 2 if verb_end - 1 >= floor and tok[verb_end - 1].text == "," else 1
    if verb_end < floor:
        return None
    np = np_left(d, verb_end, floor)
    if np is None or np.end != verb_end + 1 or (len(np) == 1 and np[0].lower_ in d.lex.pronouns):
        return None
    first = np[0]
    if len(np) > 1 and first.is_lower and first.lower_.endswith("ing") and np[1].like_num:
        return d.span(np.start + 1, np.end)  # "is hosting 40 tractors make their debut"
    return np


def _noun_before_pp(d: LaunchDoc, name: Span, floor: int) -> Span | None:
    """The noun a PP holding ``name`` modifies at the start of the sentence ("Shares in
    Acme", "The new card from Acme"), or None when the name opens the subject."""
    tok = d.tok
    k = name.start - 1
    if k >= floor and tok[k].lower_ in ("the", "a", "an"):
        k -= 1
    if k - 1 < floor or tok[k].lower_ not in d.lex.prepositions:
        return None
    if d.ent(k - 1) is not None or not tok[k - 1].is_alpha:
        return None
    head = tok[k - 1].lower_
    if not (listed(head, d.lex.distractor_objects) or listed(head, d.lex.object_heads)):
        return None  # "Sales of Acme cards rose after its launch": no known sense
    return np_left(d, k - 1, floor)


def _opens_with_adverbial(d: LaunchDoc, floor: int) -> bool:
    """The sentence opens with an introductory phrase ("Since its launch in 2021, ..."),
    whose possessive refers to the subject after the comma."""
    first = d.tok[floor].lower_
    return first in d.lex.subordinators or first in d.lex.prepositions


def _last_org_before(d: LaunchDoc, floor: int, k: int) -> Span | None:
    """The organisation named last before token k in the sentence: what "its" refers to
    when the sentence has no named subject ("one of the members of NATO at the time of
    its founding")."""
    while k > floor:
        k -= 1
        ent = d.ent(k, ("ORG",))
        if ent is not None:
            return ent
    return None


def _host_verb_agent(
    d: LaunchDoc, trigger: Trigger, floor: int, headline: bool, args: dict[str, Span]
) -> Span | None:
    """The subject of a host verb is the agent when none is known yet ("X announced the
    formation of ..."); returns a DATE the walk from the host verb passed."""
    tok = d.tok
    k = trigger.start - 1
    while k >= floor and tok[k].lower_ in d.lex.determiners:
        k -= 1
    date = d.ent(k, ("DATE",)) if k >= floor else None
    if date is not None and date.start - 1 >= floor:
        k = date.start - 1  # "announced Monday the launch of"
    if "agent" in args or not (k >= floor and tok[k].lower_ in d.lex.host_verbs):
        return None
    walked, stop, date = chain_left(d, k, floor)
    subject = subject_at(d, stop, floor, headline)
    if subject.kind not in ("entity", "name") and realis_to(d, walked, floor):
        subject = sentence_subject(d, floor, headline)  # "Acme is pleased to announce the"
    if subject.kind in ("entity", "name") and subject.span is not None:
        args["agent"] = subject.span
    return date
