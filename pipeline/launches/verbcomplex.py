"""The verb complex: the walk left from a verb over its modals, auxiliaries, negations,
adverbs and "to" (``chain_left``), and whether an infinitive reports a fact (``realis_to``).
Modality, subjects and trigger classification all start from this walk."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.docview import QUOTES_OPEN
from pipeline.launches.context import LaunchDoc


def chain_left(d: LaunchDoc, i: int, floor: int) -> tuple[list[Token], int, Span | None]:
    """Tokens of the verb complex left of token i (modals, auxiliaries, negation, adverbs,
    "to", "plans to"), the index where the walk stopped, and a DATE passed on the way
    ("on Monday launched"). A word of intention ("plans", "aims", "due") is part of the
    complex only before "to": otherwise it is a noun ("the plan launched last year")."""
    doc = d.doc
    tok = d.tok
    walked: list[Token] = []
    date: Span | None = None
    # the entity test per walked word, read from the label index (``d.ent`` inlined)
    ent_at, ent_label = d.ent_at, d.ent_label
    j = i - 1
    while j >= floor:
        token = tok[j]
        low = token.lower_
        if (
            token.text == ")"
            and ent_label.get(j - 1) == "DATE"
            and ent_at[j - 1].start - 1 >= floor
            and tok[ent_at[j - 1].start - 1].text == "("
        ):
            date = date or ent_at[j - 1]  # "has today (4 June) opened"
            j = ent_at[j - 1].start - 2
            continue
        if j == i - 1 and token.text in QUOTES_OPEN:
            j -= 1  # 'seeks to "establish a framework"': a quotation opens at the verb
            continue
        if ent_label.get(j) == "DATE":
            ent = ent_at[j]
            date = date or ent
            j = ent.start - 1
            if j >= floor and tok[j].lower_ in d.lex.date_prepositions:
                j -= 1
            continue
        if low in d.lex.skippable:
            if low in d.lex.irrealis_words and not (
                walked and walked[-1].lower_ in ("to", "help", "helping")
            ):
                if token.is_lower and low.endswith("ly") and len(low) > 4:
                    walked.append(doc[j])  # "will most likely be opened": an adverb
                    j -= 1
                    continue
                break  # "plans to launch", "will consider helping set up"
            walked.append(doc[j])
            j -= 1
            continue
        if token.is_lower and low.endswith("ly") and len(low) > 4:
            walked.append(doc[j])  # "has finally launched", "was quietly wound up"
            j -= 1
            continue
        break
    return walked, j, date


def realis_to(d: LaunchDoc, walked: list[Token], floor: int) -> bool:
    """An infinitive that reports what happened: "went on to found", "became the first
    institution to establish" (an ordinal before the infinitive), unless a modal, a
    negation or a word of intention governs it ("hopes to be the first to launch")."""
    if [t.lower_ for t in walked] != ["to"]:
        return False
    to_index = walked[0].i
    before = d.lowers(max(floor, to_index - 8), to_index)
    if not d.lex.irrealis_markers.isdisjoint(before):
        return False
    if present_to(d, to_index, floor):
        return True  # "was there to launch her novel"
    if " ".join(before[-2:]) in d.lex.realis_to_phrases or (
        before and before[-1] in d.lex.realis_adjectives
    ):
        return True  # "went on to found", "we are delighted to launch"
    return "the" in before and bool(set(before) & d.lex.realis_before_to)


def present_to(d: LaunchDoc, to_index: int, floor: int) -> bool:
    """ "was there to launch", "was also present to offer comments on the opening", "were on
    hand to unveil", "was in Tarnby today (Friday, 10 March) to open": an infinitive after
    "was"/"is" and a word of being somewhere (or "in" and a place, a date between) says why
    someone was there, and reports the act as done. The caller rules out a modal or a word
    of intention before it ("will be there to open")."""
    tok = d.tok
    ent_at, ent_label = d.ent_at, d.ent_label
    k = to_index - 1
    while k >= floor:  # pass a date with its brackets and commas
        if ent_label.get(k) == "DATE":
            k = ent_at[k].start - 1
            if k >= floor and tok[k].lower_ in d.lex.date_prepositions:
                k -= 1  # "was in Tarnby on Friday to open"
        elif tok[k].text in ("(", ")", ","):
            k -= 1
        else:
            break
    if k < floor:
        return False
    words = d.lex.presence_words
    if tok[k].lower_ in words:
        head = k - 1
    elif k - 1 >= floor and f"{tok[k - 1].lower_} {tok[k].lower_}" in words:
        head = k - 2
    elif (
        ent_label.get(k) == "GPE"
        and ent_at[k].start - 1 >= floor
        and tok[ent_at[k].start - 1].lower_ == "in"
    ):
        head = ent_at[k].start - 2
    else:
        return False
    while head >= floor and tok[head].lower_ in d.lex.chain_words:
        head -= 1  # "was also present"
    return head >= floor and tok[head].lower_ in d.lex.copulas


def helped_index(d: LaunchDoc, start: int, floor: int) -> int | None:
    """The verb of helping before a bare infinitive at ``start`` ("helped Kelvo open its
    first store", "help them open", "helped open"), or None: such a base form is a verb,
    and a modal or word of intention before the helping verb governs it too."""
    tok = d.tok
    k = start - 1
    if k >= floor and tok[k].lower_ in d.lex.helping_verbs:
        return k
    ent = d.ent_at.get(k)
    if ent is not None and ent.label_ in ("ORG", "GPE"):
        k = ent.start - 1
    elif k >= floor and tok[k].lower_ in d.lex.object_pronouns:
        k -= 1
    elif k >= floor and d.is_name_token(k, False):
        while k - 1 >= floor and d.is_name_token(k - 1, False):
            k -= 1
        k -= 1
    else:
        return None
    return k if k >= floor and tok[k].lower_ in d.lex.helping_verbs else None


def coordinated_infinitive(d: LaunchDoc, i: int, floor: int) -> int | None:
    """The first verb of "to V1 ... and V2" or "will V1 ... and V2" when the base form at i
    is V2 ("in a bid to oust the board and set up a union", "efforts to foster the growth
    and establish standards", "will buy a plant and open a store"): V2 shares V1's "to" or
    modal and the verb complex before it, so it shares V1's modality and subject. None when
    no "to" or modal + verb stands within a few words before "and", with no comma,
    semicolon, clause break or reporting verb between."""
    tok = d.tok
    k = i - 1
    if k <= floor or tok[k].lower_ not in ("and", "or"):
        return None
    for m in range(k - 1, max(floor, k - 14) - 1, -1):
        low = tok[m].lower_
        if low in (",", ";") or low in d.lex.clause_breaks or low in d.lex.reporting_verbs:
            return None
        if (
            (low == "to" or low in d.lex.modals)
            and m + 1 < k
            and tok[m + 1].is_alpha
            and tok[m + 1].is_lower
        ):
            return m + 1
    return None
