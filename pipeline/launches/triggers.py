"""Triggers: where the inflection table's forms occur and which of them are launches.

T1. A PhraseMatcher finds every form of the inflection table ("launched", "sets up",
    "roll-out", "co-founded"); each candidate is a verb, an attributive participle or a noun
    by its neighbours ("the launch", "which launched", "the newly formed") (``classify``).
T2. A candidate is dropped when it is part of a name ("Platform Establishment Conference")
    or of a hyphenated word ("anti-establishment"), modifies another noun ("launch date",
    "founding members"; but see T2b), follows a blocker ("press release", "well
    established"), has the sense of letting go ("released from prison"), is a person's
    first appearance ("his professional debut") or is another verb ("opening up", "found"
    = past of "find" without "to" or a modal) (``blocked``); the sense checks on its object are in
    ``arguments.object``.
T2b. A launch noun before an occasion noun ("the launch ceremony", "an opening gala") is a
    trigger when the launched thing is stated: an "of"/"for" phrase after the occasion noun
    or a possessor or name before the launch noun (``occasion_stated``; ``nominal`` reads
    and checks that object); without one it is no trigger ("a launch party").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from spacy.language import Language
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Token

from pipeline.docview import HYPHENS, POSSESSIVE
from pipeline.launches.arguments.phrases import of_after_setting
from pipeline.launches.context import LaunchDoc, Matchers
from pipeline.launches.lexicon import Lexicon
from pipeline.launches.model import Trigger
from pipeline.launches.verbcomplex import chain_left, coordinated_infinitive, helped_index

TRIGGER = "TRIGGER"
"""The match key of the trigger forms; the other keys are cue kinds (see ``LaunchDoc``)."""


def compile_matchers(nlp: Language, lexicon: Lexicon) -> Matchers:
    """The trigger forms (TRIGGER) and the cue phrases (CLAUSE, COMPLEMENT, ADJACENT) in one
    matcher, so one pass over the tokens finds both, and the parse relations."""
    forms = sorted(lexicon.forms)
    # a phrasal form is also written with a hyphen ("rolled-out the new jet"); its tokens
    # differ ("rolled - out"), so the matcher needs the spelling (``read_trigger`` reads it)
    hyphenated = sorted({f.replace(" ", "-") for f in forms if " " in f} - set(forms))
    words = PhraseMatcher(nlp.vocab, attr="LOWER")
    words.add(TRIGGER, list(nlp.tokenizer.pipe(forms + hyphenated)))
    words.add("CLAUSE", list(nlp.tokenizer.pipe(lexicon.clause_cues)))
    words.add("COMPLEMENT", list(nlp.tokenizer.pipe(lexicon.complement_cues)))
    words.add("ADJACENT", list(nlp.tokenizer.pipe(lexicon.adjacent_complement_cues)))
    strings = nlp.vocab.strings
    cue_kinds = MappingProxyType(
        {strings[kind]: kind for kind in ("CLAUSE", "COMPLEMENT", "ADJACENT")}
    )
    return Matchers(words, strings[TRIGGER], cue_kinds, _dependency_matcher(nlp, forms))


def _dependency_matcher(nlp: Language, forms: list[str]) -> DependencyMatcher:
    """Subject, passive subject, direct object, possessor, "by" agent and "of" object of a
    trigger, keyed by relation name; only used when the Doc has a parse."""
    matcher = DependencyMatcher(nlp.vocab)
    anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": forms}}}

    def child(left: str, right: str, attrs: dict[str, Any]) -> dict[str, Any]:
        return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}

    for dep in ("nsubj", "nsubjpass", "dobj", "poss"):
        matcher.add(dep, [[anchor, child("trigger", "arg", {"DEP": dep})]])
    by = child("trigger", "by", {"DEP": "agent"})
    matcher.add("agent", [[anchor, by, child("by", "arg", {"DEP": "pobj"})]])
    of = child("trigger", "of", {"DEP": "prep", "LOWER": "of"})
    matcher.add("of", [[anchor, of, child("of", "arg", {"DEP": "pobj"})]])
    return matcher


def candidates(matches: list[tuple[int, int, int]], trigger: int) -> list[tuple[int, int]]:
    """Token ranges of trigger forms (the ``trigger`` key's ``matches``), left to right, the
    longest at each start, none overlapping ("set up" rather than "set")."""
    spans = [(s, e) for key, s, e in matches if key == trigger]
    spans.sort(key=lambda se: (se[0], se[0] - se[1]))
    chosen: list[tuple[int, int]] = []
    for start, end in spans:
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end))
    return chosen


def read_trigger(d: LaunchDoc, start: int, end: int) -> Trigger | None:
    """The trigger a matched form is: its lemma and kinds (a hyphenated "roll-out" is read
    as "roll out" or "rollout"), with a joined prefix ("co-founded") in its range."""
    tok = d.tok
    readings = d.lex.readings
    # a one-word form (most candidates) is its token's lower-case form, read without
    # slicing the text: spaCy's LOWER is ``str.lower`` of the token's text
    text = tok[start].lower_ if end - start == 1 else d.span_text(start, end).lower()
    reading = readings.get(text)
    if reading is None:
        form = " ".join(t.lower_ for t in tok[start:end] if t.text not in HYPHENS)
        reading = readings.get(form) or readings.get(text.replace(" ", ""))
    if reading is None:
        return None
    if (
        start >= 2
        and tok[start - 1].text in HYPHENS
        and not d.spaced[start - 2]
        and not d.spaced[start - 1]
    ):
        prefix = tok[start - 2].lower_
        joined = readings.get(prefix + text)
        if joined is not None:
            return Trigger(start - 2, end, *joined)  # "re-launched" is "relaunched"
        if prefix in d.lex.verb_prefixes:
            start -= 2  # "co-founded": the prefix is part of the trigger word
    return Trigger(start, end, *reading)


def blocked(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool) -> bool:
    """Rule T2: the form is part of a name, modifies a noun, follows a blocker or is a
    phrasal verb with "up" that is not a trigger ("opening up")."""
    tok = d.tok
    start, end = trigger.start, trigger.end
    # inside a name that is not an entity ("the Data Hub Opening Gala")
    if not headline and tok[start].text[0].isupper() and start > floor:
        last = end >= sent_end or tok[end].is_punct
        if (d.is_name_token(start - 1, headline) and not (last and "past" in trigger.kinds)) or (
            end < sent_end and d.is_name_token(end, headline)
        ):
            return True  # a past form that ends the line is a headline's verb ("eSlate Unveiled")
        if tok[start - 1].is_alpha and tok[start - 1].is_lower:
            return True  # "she needed five Opens": a capital mid-sentence makes a name
    if headline and _headline_name_word(d, trigger, floor, sent_end):
        return True  # "Launch Festival Draws Crowds": a name's first word, no launch
    if d.ent(start, ("ORG",)) is not None:
        return True  # the word is part of an organisation's name
    if (
        start - 2 >= floor
        and tok[start - 1].text in HYPHENS
        and not d.spaced[start - 2]
        and not d.spaced[start - 1]
        and tok[start - 2].is_alpha
        and tok[start - 2].lower_ not in d.lex.attributive_adverbs
    ):
        # inside a hyphenated word ("anti-establishment", "re-launch"); "newly-formed" is
        # the participle after its adverb
        return True
    if trigger.klass == "weak" and end < sent_end and tok[end].lower_ in d.lex.separation_words:
        return True  # "released from prison": letting go, not making public
    if (
        trigger.klass == "weak"
        and end < sent_end
        and tok[end].lower_ == "to"
        and not d.lex.disclosure_recipients.isdisjoint(d.lowers(end + 1, min(sent_end, end + 4)))
    ):
        return True  # "photos released to local reporters": information let out
    at = end + 1 if end < sent_end and tok[end].is_lower and tok[end].lower_.endswith("ly") else end
    if (
        trigger.klass == "weak"
        and at + 1 < sent_end
        and tok[at].lower_ == "at"
        and (tok[at + 1].like_num or d.ent(at + 1, ("MONEY",)) is not None)
    ):
        # "the shares opened at 5,200", "bonds opened quietly at 98.5": a price
        return True
    if _on_listing_venue(d, end, sent_end):
        return True  # "debuted on the Nasdaq": shares listed, not a new thing launched
    if not (end < sent_end and tok[end].lower_ == "of") and _listing_noun(d, trigger, floor):
        return True  # "their stock market debut", "shares jump on debut"
    if end + 1 < sent_end and tok[end].lower_ == "at":
        rank = end + 2 if tok[end + 1].lower_ == "the" else end + 1
        if rank < sent_end and tok[rank].lower_ in d.lex.rank_words:
            return True  # "the album debuted at number one": a place in a chart
    prev_low = tok[start - 1].lower_ if start - 1 >= floor else ""
    occasion = occasion_noun(d, trigger, sent_end)
    if occasion and not occasion_stated(d, trigger, floor, sent_end, headline):
        return True  # "a launch party", "an opening gala": no launched thing
    if (
        not occasion
        and end < sent_end
        and tok[end].lower_ in d.lex.modifier_nouns
        and prev_low not in d.lex.attributive_adverbs
    ):
        # "launch party", "founding members"; after "newly" the form is a participle
        # and the noun is what it describes ("a newly formed team", "a newly launched phase")
        return True
    # "press release", "media launch"; not a name's last word ("Kelvia Media launched")
    if (prev_low in d.lex.premodifier_blockers and d.ent(start - 1, ("ORG",)) is None) or (
        start - 2 >= floor
        and tok[start - 1].text in HYPHENS
        and tok[start - 2].lower_ in d.lex.premodifier_blockers
    ):
        return True
    verb = d.lex.verbs[trigger.lemma]
    if end < sent_end and tok[end].lower_ in verb.not_before:
        return True  # "the band launched into its hit": began, no new thing
    if verb.aspectual and end < sent_end and _begins_doing(tok[end]):
        return True  # "banks started to use it", "started offering loans": what begins
    return end < sent_end and tok[end].lower_ == "up" and " " not in trigger.lemma


def _begins_doing(token: Token) -> bool:
    """ "to" or a lower-case -ing word: after an aspectual verb ("start") the action that
    begins ("started to sell", "starting offering loans"); a determiner or a noun after it
    is what was started ("started a bank")."""
    low = token.lower_
    gerund = token.is_lower and token.is_alpha and len(low) > 4 and low.endswith("ing")
    return low == "to" or gerund


def occasion_noun(d: LaunchDoc, trigger: Trigger, sent_end: int) -> bool:
    """The trigger is a launch noun right before an occasion noun ("the launch ceremony",
    "an opening gala"), which names the occasion held for the launch (rule T2b)."""
    end = trigger.end
    return (
        end < sent_end
        and d.tok[end].lower_ in d.lex.occasion_nouns
        and d.span_text(trigger.start, end).lower() in d.lex.occasion_triggers
    )


def occasion_of(d: LaunchDoc, trigger: Trigger, sent_end: int) -> int:
    """Where the "of"/"for" phrase that states the launched thing starts after the occasion
    noun ("the launch ceremony of X", "a launch event for its new app", "the opening
    ceremony on Monday of X"), or -1 when none does."""
    k = of_after_setting(d, trigger.end + 1, sent_end)
    if k + 1 < sent_end and d.tok[k].lower_ in ("of", "for"):
        return k
    return -1


def occasion_name_before(d: LaunchDoc, trigger: Trigger, floor: int, headline: bool) -> bool:
    """A possessor or a name stands right before the launch noun ("the Orrin Hub's launch
    event", "the Tarnvale Fund launch ceremony"): it may be the launched thing (which
    ``nominal`` checks); "its launch event" does not say what was launched."""
    k = trigger.start - 1
    if k < floor or headline:
        return False
    possessed = d.tok[k].text in POSSESSIVE
    if possessed:
        k -= 1
        if k < floor:
            return False
    if possessed and owns_occasion(d, trigger, k):
        return True  # "the charity's founding ceremony": ``nominal`` checks the head
    return d.ent(k, ("ORG",)) is not None or d.is_name_token(k, headline)


def owns_occasion(d: LaunchDoc, trigger: Trigger, k: int) -> bool:
    """The lower-case possessor at k ("the charity's", "the museum's") of a launch noun
    whose possessor is what was launched (``occasion_possessed``: "founding", "opening"
    before an occasion noun): the possessor may name the launched thing."""
    return (
        d.tok[k].is_lower
        and d.span_text(trigger.start, trigger.end).lower() in d.lex.occasion_possessed
    )


def occasion_stated(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool
) -> bool:
    """Rule T2b: a launch noun before an occasion noun is a trigger only when the launched
    thing is stated after the occasion noun or before the launch noun."""
    return occasion_of(d, trigger, sent_end) >= 0 or occasion_name_before(
        d, trigger, floor, headline
    )


def _headline_name_word(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int) -> bool:
    """A capitalised noun form that opens a headline, or follows its determiner, and runs
    straight into another capitalised word ("Launch Festival Draws Crowds", "Kelvo Backs
    The Debut Awards") is the first word of a name; as a launch the noun would be followed by
    "Of" or end its phrase ("Launch Of Zeta Tablet Delayed")."""
    start, end = trigger.start, trigger.end
    if "noun" not in trigger.kinds or end >= sent_end or not d.tok[start].text[:1].isupper():
        return False
    if start > floor and d.tok[start - 1].lower_ not in d.lex.determiners:
        return False
    nxt = d.tok[end]
    low = nxt.lower_
    return (
        nxt.is_alpha
        and nxt.text[0].isupper()
        and low not in d.lex.prepositions
        and low not in d.lex.determiners
        and low not in d.lex.np_breaks
    )


def _on_listing_venue(d: LaunchDoc, end: int, sent_end: int) -> bool:
    """ "on" right after the trigger, then a stock market within the next words ("debuted
    on the Nasdaq", "opened on the Frankfurt stock exchange")."""
    tok = d.tok
    if not (end + 1 < sent_end and tok[end].lower_ == "on"):
        return False
    k = end + 1
    while k < sent_end and k <= end + 4:
        low = tok[k].lower_
        if low in d.lex.listing_venues:
            return True
        if not (tok[k].is_alpha or tok[k].text in HYPHENS) or low in d.lex.np_break:
            return False
        k += 1
    return False


def classify(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool) -> str:
    """verb, participle (a verb form used as an adjective), noun, or none (not a trigger).

    - A form that is also a noun ("launch", "release", "debut") is a verb after a modal,
      "to" or a negation; a noun after a determiner, possessor or adjective, before
      "of", or after a content word ("the fund launch"); a verb otherwise.
    - A gerund after a determiner or possessor is a noun ("the setting of standards").
    - A base form that is also another word ("found", "open", "form", "present", "set")
      is a verb only after "to", a modal or do-support.
    - A past participle after a determiner or adjective is attributive ("the newly
      formed alliance" walks past "newly" later; "its planned opening")."""
    tok = d.tok
    kinds = trigger.kinds
    start = trigger.start
    prev = tok[start - 1] if start - 1 >= floor else None
    prev_low = prev.lower_ if prev is not None else ""
    # a determiner, possessor or adjective before the word makes it a noun or an
    # attributive participle; a relative pronoun ("which launched") does not
    nominal_prev = prev is not None and (
        (prev_low in d.lex.determiners and prev_low not in d.lex.relative_pronouns)
        or prev_low in d.lex.possessive_determiners
        or prev.text in POSSESSIVE
        or prev_low in d.lex.nominal_premodifiers
    )
    if occasion_noun(d, trigger, sent_end) and not _verb_context(d, prev_low):
        return "noun"  # "the launch ceremony of X", "an opening gala for X" (rule T2b)
    if "noun" in kinds:
        return _noun_or_verb(d, trigger, floor, sent_end, headline, nominal_prev=nominal_prev)
    if "gerund" in kinds and (nominal_prev or _before_of(d, trigger, sent_end)):
        return _noun_ok(d, trigger, floor, sent_end)
    verb = d.lex.verbs[trigger.lemma]
    # the form's text only for a marked base form (most verbs have none)
    if (
        verb.marked_base
        and kinds <= {"base"}
        and d.span_text(start, trigger.end).lower() == verb.base.lower()
    ):
        walked, _, _ = chain_left(d, start, floor)
        lows = {t.lower_ for t in walked}
        if (
            not (lows & (d.lex.modals | {"to"} | d.lex.do_support))
            and coordinated_infinitive(d, start, floor) is None
            and not _present_tense(d, trigger, walked, floor)
            and not _headline_plural_verb(d, trigger, floor, sent_end, headline)
            and not _inverted_subject(d, trigger, floor, headline)
            and helped_index(d, start, floor) is None
        ):
            return "none"
    if _third_before_auxiliary(d, trigger, sent_end) or _third_in_pp(d, trigger, floor):
        return "none"  # "fund forms have been sent", "in many forms": a plural noun
    if not ("past" in kinds or "participle" in kinds):
        return "verb"
    if trigger.klass == "conditional" and prev_low in d.lex.not_new_adverbs:
        return "none"  # "a previously announced programme": an old announcement recalled
    if trigger.klass == "checked":
        if nominal_prev or _adjective_position(d, trigger, floor, sent_end):
            return "none"  # "an established company", "compete with established brands"
    return "participle" if nominal_prev else "verb"


def _verb_context(d: LaunchDoc, prev_low: str) -> bool:
    """The word before a form makes it a verb ("will launch events for", "to launch parties
    for", "we launch events"), so an occasion noun after it is its object."""
    lex = d.lex
    return (
        prev_low in lex.modals
        or prev_low == "to"
        or prev_low in lex.verbal_negations
        or prev_low in lex.do_support
        or prev_low in lex.auxiliaries
        or prev_low in lex.subject_pronouns
    )


def _headline_plural_verb(
    d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int, headline: bool
) -> bool:
    """A Title Case headline's base form between names is a present-tense verb with a plural
    subject ("Tarnet, Velcom Form Joint Venture", "Two Banks Open Branches In Leeds");
    "found" is left to "find"."""
    start, end = trigger.start, trigger.end
    if not headline or trigger.lemma in d.lex.other_pasts or start - 1 < floor or end >= sent_end:
        return False
    tok = d.tok
    prev = tok[start - 1]
    # an ALL-CAPS wire headline writes its names and words in capitals alike
    # ("KELVO, ARVO FORM JOINT VENTURE")
    return (
        (d.ent(start - 1, ("ORG", "GPE")) is not None or prev.is_title or prev.is_upper)
        and prev.lower_ not in d.lex.determiners
        and prev.lower_ not in d.lex.prepositions
        and (tok[end].is_title or tok[end].is_upper)
        and tok[end].lower_ not in d.lex.prepositions
    )


def _before_of(d: LaunchDoc, trigger: Trigger, sent_end: int) -> bool:
    """A gerund right before "of" is a noun ("Opening of the centre is a milestone"): a
    verb would take its object directly."""
    return trigger.end < sent_end and d.tok[trigger.end].lower_ == "of"


def _inverted_subject(d: LaunchDoc, trigger: Trigger, floor: int, headline: bool) -> bool:
    """A marked base form after an inverted auxiliary and its named subject is a verb:
    "Not until 2015 did Acme Bank open a branch", "Will Acme Launch A Phone?" (the
    auxiliary stands before the subject, so the walk over the verb complex misses it)."""
    tok = d.tok
    k = trigger.start - 1
    ent = d.ent(k, ("ORG", "GPE")) if k >= floor else None
    if ent is not None:
        k = ent.start - 1
    else:
        while k >= floor and d.is_name_token(k, headline) and d.ent_at.get(k) is None:
            k -= 1
        if k == trigger.start - 1:
            return False
    return k >= floor and tok[k].lower_ in d.lex.inversion_words


def _present_tense(d: LaunchDoc, trigger: Trigger, walked: list[Token], floor: int) -> bool:
    """A marked base form right after a subject pronoun, or after one and adverbs, is a
    present-tense verb ("Today we launch the fund", "they now form a panel"), unless the
    form is also another verb's past ("we found" is "find")."""
    if trigger.lemma in d.lex.other_pasts:
        return False
    k = trigger.start - 1 - len(walked)
    return (
        k >= floor
        and d.tok[k].lower_ in d.lex.present_subjects
        and all(t.lower_.endswith("ly") or t.lower_ in d.lex.chain_words for t in walked)
    )


def _adjective_position(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int) -> bool:
    """A past participle of a checked verb (establish, set up) right before a noun, after a
    preposition or another verb form ("compete with established brands", "followed
    established policy"), is the adjective "long-standing"; a launch needs "newly" ("the
    newly established fund") or a clause ("Acme established branches", "was established")."""
    tok = d.tok
    prev = tok[trigger.start - 1] if trigger.start - 1 >= floor else None
    nxt = tok[trigger.end] if trigger.end < sent_end else None
    if prev is None or nxt is None or not (nxt.is_alpha and nxt.is_lower):
        return False
    lex = d.lex
    if (
        nxt.lower_ in lex.determiners
        or nxt.lower_ in lex.prepositions
        or nxt.lower_ in lex.np_break
    ):
        return False
    low = prev.lower_
    if low in lex.auxiliaries or low in lex.chain_words or low in lex.relative_pronouns:
        return False
    return (low in lex.prepositions and low not in lex.subordinators) or (
        prev.is_alpha and prev.is_lower and low.endswith(("ed", "ing"))
    )


def _third_before_auxiliary(d: LaunchDoc, trigger: Trigger, sent_end: int) -> bool:
    """A third-person form right before an auxiliary or a modal ("fund forms have been
    sent", "new launches will follow"): a verb in the third person takes none
    after it, so the form is a plural noun (a launch noun when the lexicon lists it)."""
    if "third" not in trigger.kinds or trigger.end >= sent_end:
        return False
    nxt = d.tok[trigger.end]
    low = nxt.lower_
    return (low in d.lex.auxiliaries or low in d.lex.modals) and nxt.text not in POSSESSIVE


def _third_in_pp(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A third-person form after a preposition and at most three lower-case words ("come
    in many different forms", "of all forms"): the object of the preposition, a plural
    noun; a verb in the third person follows its subject, never a preposition's phrase."""
    if "third" not in trigger.kinds:
        return False
    tok = d.tok
    k = trigger.start - 1
    while k >= floor and trigger.start - k <= 3 and tok[k].is_lower and tok[k].is_alpha:
        low = tok[k].lower_
        if low in d.lex.prepositions:
            return low != "to"  # "to" may mark an infinitive, never a third-person verb
        if low in d.lex.determiners or low in d.lex.auxiliaries or low in d.lex.modals:
            return False
        k -= 1
    return False


def _noun_or_verb(
    d: LaunchDoc,
    trigger: Trigger,
    floor: int,
    sent_end: int,
    headline: bool,
    *,
    nominal_prev: bool,
) -> str:
    """A form that is also a noun: a verb after a modal, "to", do-support or a negation;
    a noun after a determiner, possessor or adjective, before "of", or after a content
    word ("the fund launch"); a verb otherwise."""
    tok = d.tok
    lex = d.lex
    kinds = trigger.kinds
    prev = tok[trigger.start - 1] if trigger.start - 1 >= floor else None
    nxt = tok[trigger.end] if trigger.end < sent_end else None
    prev_low = prev.lower_ if prev is not None else ""
    if prev is not None and (
        prev_low in lex.modals
        or prev_low == "to"
        or prev_low in lex.verbal_negations
        or prev_low in lex.do_support
    ):
        return "verb" if len(kinds) > 1 else "none"
    if _third_before_auxiliary(d, trigger, sent_end):
        return _noun_ok(d, trigger, floor, sent_end)  # "new launches will follow"
    if (
        "third" in kinds
        and not nominal_prev
        and nxt is not None
        and (nxt.lower_ in lex.determiners or nxt.lower_ == "new")
    ):
        return "verb"  # "Dutch brewer launches new lager": a noun takes no object
    if (
        "base" in kinds
        and not nominal_prev
        and nxt is not None
        and (nxt.lower_ in lex.determiners or nxt.lower_ == "new")
        and _plural_noun(prev)
    ):
        return "verb"  # "Two banks launch a joint platform": a plural subject's verb
    if nominal_prev or (nxt is not None and nxt.lower_ == "of") or len(kinds) == 1:
        return _noun_ok(d, trigger, floor, sent_end)
    if _adverb_after_subject(d, trigger.start, floor):
        return "verb"  # "Kelvo quietly launches Zeta tablet": an adverb before a verb
    if (
        prev is not None
        and d.is_plain_word(trigger.start - 1, lex.skippable, lex.prepositions, lex.pronouns)
        and not headline
    ):
        return _noun_ok(d, trigger, floor, sent_end)
    if (nxt is None or nxt.is_punct) and _person_possessor(d, trigger.start, floor):
        return "none"  # "making her Wales debut ,": a name between, then no object
    if (
        prev is not None
        and not headline
        and trigger.start - 2 >= floor
        and d.is_name_token(trigger.start - 1, False)
        and (
            tok[trigger.start - 2].lower_ in lex.determiners
            or tok[trigger.start - 2].lower_ in lex.possessive_determiners
            or tok[trigger.start - 2].text in POSSESSIVE
        )
    ):
        # "their Korvo launch", "the tablet's UK launch": a noun phrase
        return _noun_ok(d, trigger, floor, sent_end)
    if (
        prev is not None
        and not (nxt is not None and _opens_object(d, nxt))
        and market_list_start(d, trigger.start - 1, floor) is not None
    ):
        # "the Asian and European launch"; "The US and Japan launch a joint fund" keeps its verb
        return _noun_ok(d, trigger, floor, sent_end)
    return "verb"


def _opens_object(d: LaunchDoc, token: Token) -> bool:
    """The word after a form opens an object phrase: a determiner, a number, "new" or a
    capitalised word ("launch a fund", "launch 40 stores", "launch Tarn Pay")."""
    low = token.lower_
    return low in d.lex.determiners or low == "new" or token.like_num or token.is_title


def market_list_start(d: LaunchDoc, k: int, floor: int) -> int | None:
    """Where a coordinated list of markets ending at token k starts: places or nationality
    words joined by "and"/"or"/"," after a determiner or possessor ("the Asian and European",
    "its British and Irish"), which before a launch noun say where, not who acts (None
    when the words before k are no such list)."""
    tok = d.tok
    items = 0
    while k >= floor:
        place = d.ent(k, ("GPE",))
        if place is not None:
            k = place.start - 1
        elif tok[k].lower_ in d.lex.demonyms:
            k -= 1
        else:
            return None
        items += 1
        if k >= floor and tok[k].lower_ in ("and", "or", ","):
            k -= 1
            continue
        break
    if items < 2 or k < floor:
        return None
    low = tok[k].lower_
    if low in d.lex.determiners or low in d.lex.possessive_determiners or tok[k].text in POSSESSIVE:
        return k + 1
    return None


def _plural_noun(prev: Token | None) -> bool:
    """A lower-case word that reads as a plural noun ("banks", "councils", "firms"): before a
    base form and a determiner it is the subject of a present-tense verb, where a noun
    "launch" would take no object ("the firms launch new phones", not "the firms launch")."""
    if prev is None or not (prev.is_alpha and prev.is_lower):
        return False
    low = prev.lower_
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def _adverb_after_subject(d: LaunchDoc, start: int, floor: int) -> bool:
    """The word before the form is an "-ly" adverb ("quietly", "jointly") that itself
    follows no determiner, possessive or preposition: a manner adverb between a subject and
    its verb ("Kelvo quietly launches", "Acme and Beta jointly launch"), where "an early
    launch" and "after costly launches" keep the adjective of a noun."""
    k = start - 1
    if k < floor:
        return False
    prev = d.tok[k]
    low = prev.lower_
    if not (prev.is_lower and prev.is_alpha and low.endswith("ly") and len(low) > 4):
        return False
    if low in d.lex.nominal_premodifiers:
        return False
    if k - 1 < floor:
        return True
    before = d.tok[k - 1]
    b_low = before.lower_
    return not (
        b_low in d.lex.determiners
        or b_low in d.lex.possessive_determiners
        or before.text in POSSESSIVE
        or b_low in d.lex.prepositions
        or b_low in d.lex.nominal_premodifiers
        or (before.is_lower and before.is_alpha and b_low.endswith("ly"))
    )


def _noun_ok(d: LaunchDoc, trigger: Trigger, floor: int, sent_end: int) -> str:
    """Nouns with other everyday senses ("opening", "release") are launches only with
    "of" or a possessor ("the opening of", "its unveiling"), or as the subject of a
    clause about their schedule ("the opening has been pushed back", "the release was
    delayed"), not "the opening was marked by protests"."""
    tok = d.tok
    form = d.span_text(trigger.start, trigger.end).lower()
    nxt = tok[trigger.end] if trigger.end < sent_end else None
    if (nxt is None or nxt.lower_ != "of") and (
        _person_possessor(d, trigger.start, floor) or _named_possessor_let_go(d, trigger, floor)
    ):
        return "none"
    if form not in d.lex.noun_only_with_of:
        return "noun"
    prev = tok[trigger.start - 1] if trigger.start - 1 >= floor else None
    if nxt is not None and nxt.lower_ == "of":
        return "noun"
    if _placed_or_made_by(d, trigger, sent_end) or _head_modifier_before(d, trigger, floor):
        return "noun"  # "the opening in Leeds", "openings by Acme", "store openings"
    if of_after_setting(d, trigger.end, sent_end) > trigger.end:
        return "noun"  # "the opening in May of the bridge"
    if prev is not None and (
        prev.lower_ in d.lex.possessive_determiners
        or prev.text in POSSESSIVE
        or prev.lower_ in d.lex.ceremonial_premodifiers
    ):
        return "noun"  # "its unveiling", "the grand opening": a ceremony of a new thing
    if (
        prev is not None
        and prev.lower_ == "the"
        and trigger.start - 2 >= floor
        and tok[trigger.start - 2].lower_ in d.lex.ceremony_verbs
    ):
        return "noun"  # "to celebrate the opening, ...": the occasion of a launch
    if (
        prev is not None
        and prev.lower_ == "the"
        and form in d.lex.ceremony_nouns
        and trigger.start - 2 >= floor
        and tok[trigger.start - 2].lower_ in d.lex.attendance_prepositions
    ):
        return "noun"  # "toured the site during the inauguration": the ceremony itself
    if (
        prev is not None
        and prev.lower_ == "the"
        and nxt is not None
        and (nxt.lower_ in d.lex.auxiliaries or nxt.lower_ in d.lex.modals)
        and any(
            t.lower_ in d.lex.after_cues for t in tok[trigger.end : min(sent_end, trigger.end + 6)]
        )
    ):
        return "noun"
    return "none"


def _listing_noun(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """ "rose 13% on their stock market debut", "shares jump on debut": a bare listing noun
    with a stock-market word among the three words before it, or after "on" in a sentence
    that speaks of shares first, is the first day of trading of shares that already exist,
    not the launch of a new thing (the noun with "of" is read before this: "the debut of
    its new phone")."""
    if trigger.lemma not in d.lex.listing_lemmas:
        return False
    market = d.lex.listing_venues | d.lex.share_words
    start = trigger.start
    if not market.isdisjoint(d.lowers(max(floor, start - 3), start)):
        return True
    return (
        start - 1 >= floor
        and d.tok[start - 1].lower_ == "on"
        and not market.isdisjoint(d.lowers(floor, start - 1))
    )


def _placed_or_made_by(d: LaunchDoc, trigger: Trigger, sent_end: int) -> bool:
    """An everyday-sense noun followed by "in"/"at" and a place, or by "by" and an
    organisation, is the launch of something there or by someone ("the opening in Leeds",
    "two openings by Acme"), not "an opening in the market"."""
    tok = d.tok
    k = trigger.end
    if k + 1 >= sent_end:
        return False
    low = tok[k].lower_
    m = k + 1
    while m < sent_end and tok[m].lower_ in ("the", "a", "an"):
        m += 1
    if low in d.lex.location_prepositions:
        return d.ent(m, ("GPE",)) is not None
    return low == "by" and (
        d.ent(m, ("ORG",)) is not None or (d.ent(m) is None and d.is_name_token(m, False))
    )


def _head_modifier_before(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """A launchable head right before an everyday-sense plural noun makes the compound a
    launch of that kind of thing ("store openings", "new-branch openings"), where "job
    openings" is none."""
    k = trigger.start - 1
    return (
        k >= floor
        and d.tok[k].is_lower
        and d.tok[k].lower_ in d.lex.launchable_heads
        and d.tok[trigger.start].lower_.endswith("s")
    )


def _named_possessor_let_go(d: LaunchDoc, trigger: Trigger, floor: int) -> bool:
    """ "called for Dravic's release": a person-sense noun whose possessor is a one-word name
    that is no organisation or place, with no "of" after it, is that person's release."""
    k = trigger.start - 1
    if not (
        trigger.lemma in d.lex.person_sense_lemmas
        and k - 1 >= floor
        and d.tok[k].text in POSSESSIVE
        and d.ent(k - 1, ("ORG", "GPE")) is None
        and d.is_name_token(k - 1, False)
    ):
        return False
    return k - 2 < floor or not d.is_name_token(k - 2, False)


def _person_possessor(d: LaunchDoc, start: int, floor: int) -> bool:
    """A person's possessive opens the noun phrase ("his professional debut", "her England
    debut"): the noun is that person's first appearance, not the launch of a new thing;
    "its debut" and "his launch of X" stay launches."""
    k = start - 1
    while k >= floor and k >= start - 4:
        token = d.tok[k]
        low = token.lower_
        if low in d.lex.person_possessives:
            return True
        if (
            low in d.lex.determiners
            or low in d.lex.possessive_determiners
            or not (token.is_alpha or token.text in HYPHENS)
        ):
            return False
        k -= 1
    return False
