"""Noun phrases read from words: the phrase ending before a word (a subject, ``np_left``),
the phrase starting after it (an object, ``np_right``), the head nouns the sense checks
read, and the name an appositive describes ("Acme, a start-up, ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.docview import HYPHENS, POSSESSIVE, QUOTES_CLOSE, QUOTES_OPEN
from pipeline.launches.context import LaunchDoc

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
MAX_OBJECT = 14
"""Tokens an object noun phrase may span."""


def np_left(d: LaunchDoc, j: int, floor: int) -> Span | None:
    """The noun phrase ending at j, without determiners or possessors."""
    doc = d.doc
    tok = d.tok
    start = j
    k = j - 1
    while k >= floor:
        token = tok[k]
        low = token.lower_
        ent = d.ent(k, ("MONEY", "GPE", "ORG"))
        if ent is not None and ent.label_ == "MONEY":
            start = ent.start
            k = ent.start - 1
            continue
        if token.text in HYPHENS or token.like_num:
            start = k
            k -= 1
            continue
        if token.text == ")":
            m = k
            while m >= floor and tok[m].text != "(" and k - m < 8:
                m -= 1
            if m >= floor and tok[m].text == "(":
                start = m
                k = m - 1
                continue
            break
        if token.text in POSSESSIVE:
            break
        if (
            (token.is_alpha or "-" in token.text)
            and low not in d.lex.np_break
            and low not in d.lex.determiners
        ):
            if ent is not None and k + 1 < len(doc) and tok[k + 1].text in POSSESSIVE:
                break  # "the city's planned hub": the possessor is not part of the phrase
            if _clause_verb(d, k, floor):
                break  # "the Fund praised reforms made by X", "is airing new ads": a verb
            start = k
            k -= 1
            continue
        break
    while start < j and tok[start].text in HYPHENS:
        start += 1
    if start == j and _kind_idiom(d, j, floor):
        # "the first fund of its kind": the noun before the idiom heads the phrase
        head = np_left(d, j - 3, floor)
        if head is not None:
            return d.span(head.start, j + 1)
    return d.span(start, j + 1)


def _clause_verb(d: LaunchDoc, k: int, floor: int) -> bool:
    """Token k is a clause's verb, not a premodifier of the phrase before a trigger: a
    lower-case past form right after a capitalised word ("the Fund praised reforms", "Kelp
    signed deals"), or a participle right after an auxiliary ("is airing new ads", "have
    sold most of the stock"; not after a possessive "'s": "Tarnvale's planned hub"). A
    premodifier follows a determiner or an adverb ("the revised plan", "its newly formed
    unit")."""
    token = d.tok[k]
    low = token.lower_
    if not (token.is_lower and len(low) > 4 and k - 1 >= floor):
        return False
    before = d.tok[k - 1]
    if past_form(d, low) and not low.endswith("eed") and before.is_title:  # "feed": a noun
        return True
    return (
        (low.endswith("ing") or past_form(d, low))
        and before.lower_ in d.lex.auxiliaries
        and before.text not in POSSESSIVE
    )


KIND_WORDS = frozenset({"kind", "sort", "type"})
"""Nouns of the idiom "of its kind" / "of this sort", which says how rare the noun before
it is and never is the phrase's head."""


def _kind_idiom(d: LaunchDoc, j: int, floor: int) -> bool:
    """Token j ends "of its kind", "of this type", "of their sort" after a noun."""
    tok = d.tok
    return (
        tok[j].lower_ in KIND_WORDS
        and j - 3 >= floor
        and tok[j - 2].lower_ == "of"
        and tok[j - 1].lower_ in d.lex.determiners
        and tok[j - 3].is_alpha
        and tok[j - 3].is_lower
    )


def _demonstrative(d: LaunchDoc, j: int, limit: int) -> bool:
    """ "formed that company": "that" right before a launchable head noun is a determiner,
    not a relative pronoun or a complementiser."""
    return (
        d.tok[j].lower_ == "that"
        and j + 1 < limit
        and d.tok[j + 1].is_lower
        and d.tok[j + 1].lower_ in d.lex.launchable_heads
    )


def np_right(d: LaunchDoc, j: int, limit: int, headline: bool) -> Span | None:
    """The object noun phrase starting at j: a quoted name, an entity or a noun phrase,
    without determiners or possessives; "of" and one more phrase are kept."""
    tok = d.tok
    while j < limit and tok[j].lower_ in d.lex.determiners:
        if tok[j].lower_ in ("that", "which") and not _demonstrative(d, j, limit):
            break
        j += 1
    quoted = _quoted_phrase(d, j, limit, headline)
    if quoted is not None:
        return quoted
    # a possessor: "Lima's first platform", "this year's new phone"
    ent = d.ent(j, ("ORG", "GPE", "DATE"))
    if ent is not None and ent.end + 1 < limit and tok[ent.end].text in POSSESSIVE:
        j = ent.end + 1
    scan = _Scan(start=j, k=j)
    while scan.k < limit and scan.k - scan.start < MAX_OBJECT:
        if not _advance(d, scan, limit, headline):
            break
    start, k = scan.start, scan.k
    if k < limit and tok[k].lower_ == "and" and _premodifiers_joined(d, start, k, limit):
        # "its newest and lightest e-bike": adjectives joined by "and" open one
        # phrase, whose noun comes after them
        rest = np_right(d, k + 1, limit, headline)
        if rest is not None:
            return d.span(start, rest.end)
    while k > start and (tok[k - 1].text in HYPHENS or tok[k - 1].lower_ in ("of", "and")):
        k -= 1
    if k <= start:
        return None
    return d.span(start, k)


def _premodifiers_joined(d: LaunchDoc, start: int, k: int, limit: int) -> bool:
    """Tokens [start, k) are adjectives that only modify a noun ("new", "latest",
    "lightest"), so a phrase of them alone has no head yet, and the "and" at k joins a
    lower-case word of the same phrase (after a quote: 'newest and "safest"')."""
    tok = d.tok
    m = k + 1
    while m < limit and tok[m].text in QUOTES_OPEN:
        m += 1
    if not (k > start and m < limit and all(_premodifier(d, t) for t in tok[start:k])):
        return False
    after = tok[m]
    return (
        after.is_lower
        and after.is_alpha
        and after.lower_ not in d.lex.np_break
        and after.lower_ not in d.lex.determiners
    )


def _premodifier(d: LaunchDoc, token: Token) -> bool:
    """A listed premodifier ("new", "first") or a superlative ("lightest")."""
    low = token.lower_
    return low in d.lex.nominal_premodifiers or (
        token.is_lower and token.is_alpha and _superlative(low, d.lex.superlative_stems)
    )


def _superlative(low: str, stems: frozenset[str]) -> bool:
    """``low`` is the superlative of a listed adjective: "lightest" (light), "largest"
    (large), "biggest" (big), "earliest" (early). Other words ending in -est are nouns
    ("protest", "contest", "interest", "harvest")."""
    if not low.endswith("est"):
        return False
    stem = low[:-3]
    return (
        stem in stems
        or stem + "e" in stems
        or (len(stem) >= 2 and stem[-1] == stem[-2] and stem[:-1] in stems)
        or (stem.endswith("i") and stem[:-1] + "y" in stems)
    )


@dataclass
class _Scan:
    """Where ``np_right`` is: the phrase start (moved past a possessive "'s"), the next
    token, and whether the phrase has taken its one "of"."""

    start: int
    k: int
    of_used: bool = False


def _quoted_phrase(d: LaunchDoc, j: int, limit: int, headline: bool) -> Span | None:
    """A quoted name at j: the ORG inside the quotes, the quotes and the noun they modify
    ('"Smart Port" platform'), or the quoted words (None when j opens no quotation)."""
    tok = d.tok
    if not (j < limit and tok[j].text in QUOTES_OPEN):
        return None
    k = j + 1
    while k < min(limit, j + 20) and tok[k].text not in QUOTES_CLOSE:
        k += 1
    if not (k < limit and k > j + 1):
        return None
    ent = d.ent(j + 1, ("ORG",))
    if ent is not None and ent.end == k:
        return ent
    after = k + 1
    if (
        after < limit
        and tok[after].is_alpha
        and tok[after].is_lower
        and tok[after].lower_ not in d.lex.np_break
        and tok[after].lower_ not in d.lex.prepositions
    ):
        tail = np_right(d, after, limit, headline)
        if tail is not None:
            return d.span(j, tail.end)
    return d.span(j + 1, k)


def _advance(d: LaunchDoc, scan: _Scan, limit: int, headline: bool) -> bool:
    """One step of ``np_right``: move ``scan.k`` past the next word, entity or joiner, or
    return False where the phrase ends."""
    k = scan.k
    token = d.tok[k]
    ent = d.ent_at.get(k)
    if ent is not None:
        return _past_entity(d, scan, ent, limit, headline)
    if token.text == "(":
        return _past_money_brackets(d, scan, limit)
    if token.text in HYPHENS or token.text in ("+", "&", "/"):
        # a joiner inside the phrase: "Asia-Pacific", "R&D"
        if k > scan.start and k + 1 < limit and not d.tok[k + 1].is_punct:
            scan.k += 1
            return True
        return False
    if token.text in QUOTES_OPEN and k > scan.start and d.spaced[k - 1] and not d.spaced[k]:
        # after a space "'" opens a quotation; glued to a word it is a possessive
        return _past_quotation(d, scan, limit)
    if token.text in POSSESSIVE:
        scan.start = scan.k = k + 1
        return True
    if token.text == "," and _between_premodifiers(d, scan, k, limit):
        scan.k += 1  # "a new, $10-a-share offer": the phrase goes on after the comma
        return True
    if token.is_punct or token.is_space:
        return False
    if d.glued(k) and token.is_alpha and (k > scan.start or _opens_compound(d, k, limit)):
        scan.k += 1  # inside a hyphenated word: "pay-as-you-go", "an in-depth review"
        return True
    if token.lower_ == "of" and not scan.of_used and k > scan.start:
        return _past_of(d, scan, limit)
    if _ends_phrase(d, k, scan.start, limit, headline):
        return False
    # the lexical flags first: most words are alphabetic, and the name test (about ten
    # set lookups) then only runs for the rest ("5G", "3M"); it only widens the test
    if (
        token.is_alpha
        or token.like_num
        or d.is_name_token(k, headline)
        or any(c.isalnum() for c in token.text)
    ):
        scan.k += 1
        return True
    return False


QUOTED_NAME_MAX = 8
"""Most tokens a quoted name inside a phrase holds ("a cheap 'Kelp Mini'")."""


def _past_quotation(d: LaunchDoc, scan: _Scan, limit: int) -> bool:
    """A quotation after words of the phrase: a capitalised one is the name they
    describe ("a cheap 'Kelp Mini'", 'its new "Smart Port" platform'), and the name is
    the phrase (the contract's "its name when named"); a one-word one before a lower-case
    word is a scare quote or a label inside the phrase ('a new "smart" meter', "a new
    'Green' bond"). The quotation must open on a word (a quote mark spaced on both sides,
    as in token-spaced copy "the farmers ' new fund", is no opening) and hold only words,
    hyphens and numbers; any other quotation, or one never closed, ends the phrase."""
    tok = d.tok
    opening = scan.k
    if d.spaced[opening]:
        return False
    k = opening + 1
    end = min(limit, k + QUOTED_NAME_MAX + 1)
    while k < end and tok[k].text not in QUOTES_CLOSE:
        k += 1
    if k >= end or k == opening + 1:
        return False
    inside = tok[opening + 1 : k]
    if not all(t.is_alpha or t.text in HYPHENS or t.like_num for t in inside):
        return False
    after = k + 1
    if k == opening + 2 and after < limit and tok[after].is_lower and tok[after].is_alpha:
        scan.k = after  # a one-word label inside the phrase
        return True
    if any(t.is_title or t.is_upper for t in inside):
        scan.start, scan.k = opening + 1, k
        return False  # the name ends the phrase
    return False


def _opens_compound(d: LaunchDoc, k: int, limit: int) -> bool:
    """Token k is the first part of a hyphenated word ("in" of "in-depth", "on" of
    "on-demand"): a hyphen glued to it follows, so a preposition or break word there
    opens an adjective, not a phrase of its own."""
    tok = d.tok
    return k + 2 < limit and tok[k + 1].text in HYPHENS and not d.spaced[k] and not d.spaced[k + 1]


def _between_premodifiers(d: LaunchDoc, scan: _Scan, k: int, limit: int) -> bool:
    """The comma at k separates adjectives of one phrase: only premodifiers ("new",
    "first") stand before it, and a word or amount follows."""
    tok = d.tok
    return (
        k > scan.start
        and k + 1 < limit
        and all(t.lower_ in d.lex.nominal_premodifiers for t in tok[scan.start : k])
        and (tok[k + 1].is_alpha or tok[k + 1].like_num or d.ent(k + 1, ("MONEY",)) is not None)
    )


def _past_entity(d: LaunchDoc, scan: _Scan, ent: Span, limit: int, headline: bool) -> bool:
    """An entity joins the phrase, except a DATE or one that began before it; an ORG
    heads its phrase, so the phrase ends after it unless a possessive follows ("the launch
    of the X Exchange drew ...") or more capitalised name words go on from it outside a
    headline: a maker's name that opens a product's or an outlet's name ("the Zalto
    Garden Store", "the Kavlo Nexa 5")."""
    if ent.start < scan.start:
        return False
    if ent.label_ == "DATE":
        # a date that opens the phrase and modifies its noun stays ("its first half
        # results", "the 2025 budget"); any other date ends it
        nxt = d.tok[ent.end] if ent.end < limit else None
        if not (
            ent.start == scan.start
            and nxt is not None
            and nxt.is_alpha
            and nxt.is_lower
            and nxt.lower_ not in d.lex.np_break
            and nxt.lower_ not in d.lex.prepositions
        ):
            return False
    scan.k = ent.end
    if ent.label_ == "MONEY" and _rate_follows(d, scan.k, limit):
        scan.k += 2  # "a $30 per share bid", "a $5-a-year fee": a rate, not the noun
        return True
    if ent.label_ == "ORG" and not headline:
        model_end = model_name_end(d, scan.k, limit)
        if model_end > scan.k:
            scan.k = model_end
            return True
        if _modifies_listed_noun(d, scan.k, limit):
            return True
    return ent.label_ != "ORG" or (scan.k < limit and d.tok[scan.k].text in POSSESSIVE)


def _rate_follows(d: LaunchDoc, k: int, limit: int) -> bool:
    """ "per share", "a year" right after an amount make it a rate that modifies the noun
    after them ("a $30 per share takeover bid"), so the phrase goes on to that noun."""
    tok = d.tok
    return (
        k + 2 < limit
        and tok[k].lower_ in ("per", "a", "an")
        and tok[k + 1].is_lower
        and tok[k + 1].is_alpha
        and tok[k + 2].is_alpha
        and tok[k + 2].lower_ not in d.lex.np_break
    )


def _modifies_listed_noun(d: LaunchDoc, k: int, limit: int) -> bool:
    """The ORG before k modifies a noun after it ("the Kelp Institute survey", "a Kelp
    Bank savings fund"): within the next three lower-case words, none of them an
    entity's, a joiner or a phrase break, stands a noun the sense checks know (a
    launchable head or a distractor), which heads the phrase, so the phrase goes on; a
    verb, an adverb or "yesterday" after an ORG ends it there."""
    listed = d.lex.sense_nouns
    tok = d.tok
    for m in range(k, min(limit, k + 3)):
        token = tok[m]
        if (
            not (token.is_lower and token.is_alpha)
            or d.ent_at.get(m) is not None
            or token.lower_ in d.lex.np_break
            or token.lower_ in ("and", "or")
        ):
            return False
        if token.lower_ in listed:
            return True
    return False


def model_name_end(d: LaunchDoc, k: int, limit: int) -> int:
    """End of the name words and numbers that go on from a maker's name at k ("Redfern"
    + "9 Pro Max", "Zalto" + "Garden Store"): a product's or an outlet's name that opens
    with the ORG; k itself when none follow (outside Title Case headlines only)."""
    tok = d.tok
    end = k
    while (
        end < limit
        and d.ent_at.get(end) is None
        and (d.is_name_token(end, False) or (tok[end].like_num and tok[end].text[:1].isdigit()))
    ):
        end += 1
    return end


def _past_money_brackets(d: LaunchDoc, scan: _Scan, limit: int) -> bool:
    """Brackets holding a converted amount stay in the phrase ("a 50 billion won ($37
    million) fund"); any other bracket ends it."""
    tok = d.tok
    k = scan.k
    m = k + 1
    while m < limit and tok[m].text != ")" and m - k < 8:
        m += 1
    if m < limit and tok[m].text == ")" and any(d.ent(x, ("MONEY",)) for x in range(k + 1, m)):
        scan.k = m + 1
        return True
    return False


def _past_of(d: LaunchDoc, scan: _Scan, limit: int) -> bool:
    """ "of" and one more phrase ("a network of labs"), not "of" before a date, a
    preposition or a word that ends a phrase."""
    tok = d.tok
    nxt = scan.k + 1
    while nxt < limit and tok[nxt].lower_ in d.lex.determiners:
        nxt += 1
    if (
        nxt < limit
        and not tok[nxt].is_punct
        and tok[nxt].lower_ not in d.lex.np_break
        and tok[nxt].lower_ not in d.lex.prepositions
        and d.ent(nxt, ("DATE",)) is None
    ):
        scan.of_used = True
        scan.k = nxt
        return True
    return False


def _ends_phrase(d: LaunchDoc, k: int, start: int, limit: int, headline: bool) -> bool:
    """Token k ends the phrase: a preposition or phrase break (in a headline also a
    capitalised one, or a trigger form), a second determiner, or a verb after the noun."""
    token = d.tok[k]
    low = token.lower_
    lex = d.lex
    if low in lex.np_break:  # the breaks hold the prepositions (``Lexicon.np_break``)
        return not _naming_adjective(d, k, start, limit)
    # in a headline a capitalised function word (a break or determiner) ends it too
    if headline and (
        (d.is_cap(token) and low in lex.determiners) or (low in lex.forms and k > start)
    ):
        return True
    if low in ("more", "less", "fewer") and k + 1 < limit and d.tok[k + 1].lower_ == "than":
        return True  # "the Harbour Revolution more than three decades ago"
    if low in lex.determiners and k > start:
        return True
    return token.is_lower and k > start and _verb_after_noun(d, k, limit)


def _naming_adjective(d: LaunchDoc, k: int, start: int, limit: int) -> bool:
    """A naming word ("branded", "known") that opens the phrase or follows only
    premodifiers, with a word after it, describes the noun ("its own branded tablet", "a
    known brand"); after a noun it introduces a name ("a phone branded X") and ends the
    phrase."""
    tok = d.tok
    if tok[k].lower_ not in d.lex.naming_words or k + 1 >= limit:
        return False
    nxt = tok[k + 1]
    if not (nxt.is_alpha and nxt.lower_ not in d.lex.np_break):
        return False
    return all(t.lower_ in d.lex.nominal_premodifiers or t.lower_ == "own" for t in tok[start:k])


def _noun_in_ly(d: LaunchDoc, low: str) -> bool:
    """A listed noun that ends in "-ly" ("a new family of computers") is a head, not an
    adverb that ends the phrase."""
    return low in d.lex.quantity_heads or low in d.lex.object_heads


def adverb_alone(d: LaunchDoc, k: int, limit: int) -> bool | None:
    """For an adverb of reach ("nationwide") or an "-ly" adverb at k: True when no noun
    follows it, so it modifies the verb ("rolled out nationwide", "launched globally on
    Monday"), False when it premodifies a noun ("a nationwide service"); None when token k
    is no such adverb."""
    tok = d.tok
    low = tok[k].lower_
    nxt = tok[k + 1] if k + 1 < limit else None
    if low in d.lex.extent_adverbs:
        return (
            nxt is None
            or not (nxt.is_alpha and nxt.is_lower)
            or nxt.lower_ in d.lex.np_break
            or d.ent(k + 1) is not None
        )
    if low.endswith("ly") and len(low) > 4 and not _noun_in_ly(d, low):
        return (
            nxt is None
            or not (nxt.is_alpha and nxt.is_lower)
            or nxt.lower_ in d.lex.prepositions
            or d.ent(k + 1) is not None
        )
    return None


def _verb_after_noun(d: LaunchDoc, k: int, limit: int) -> bool:
    """Token k ends the noun phrase before it: a participle that takes a complement
    ("a fund backed by", "a system allowing the"), a verb with a number object ("the
    alliance groups 86 companies", "the newly launched fund rose 3 percent"), or an adverb
    that no noun follows ("release the chip commercially next year", not "an assembly
    line")."""
    tok = d.tok
    token = tok[k]
    low = token.lower_
    if tok[k - 1].text in HYPHENS:
        return False
    nxt = tok[k + 1] if k + 1 < limit else None
    alone = adverb_alone(d, k, limit)
    if alone is not None:
        return alone
    if _main_verb_after_head(d, k, limit):
        return True
    if low in d.lex.irregular_participles and nxt is not None and nxt.lower_ == "by":
        return True  # "tenants hit by the floods", "a fund run by": a participle clause
    if low.endswith(("ing", "ed")) and low not in d.lex.object_heads:
        if _participle_after_head(d, k, limit):
            return True
        if nxt is None or nxt.is_punct:
            return low.endswith("ed")
        nlow = nxt.lower_
        return (
            nlow in d.lex.determiners
            or nlow in d.lex.prepositions
            or nlow in d.lex.pronouns
            or nxt.like_num
            or d.ent(k + 1, ("MONEY", "ORG", "GPE")) is not None
        )
    if (
        low.endswith("s")
        and not low.endswith("ss")
        and nxt is not None
        and nxt.lower_ in ("a", "an", "the")
        and not tok[k - 1].like_num
        and low not in d.lex.object_heads
        and low[:-1] not in d.lex.object_heads
    ):
        return True  # "its launch of a digital currency marks a first": a verb after the noun
    return nxt is not None and nxt.like_num and d.ent(k + 1, ("MONEY", "DATE")) is None


def _main_verb_after_head(d: LaunchDoc, k: int, limit: int) -> bool:
    """Token k is the sentence's main verb after a phrase that ends in a launchable head
    ("the launch of a bond fund surprised analysts", "the formation of a party spread
    quickly"): an "-ed" word with a lower-case word after it, or any word with an "-ly"
    adverb after it. A launch noun in the subject leaves its object phrase open to the
    verb, which no determiner separates from it."""
    tok = d.tok
    if k + 1 >= limit or not _listed_head(d, tok[k - 1].lower_):
        return False
    token, nxt = tok[k], tok[k + 1]
    low = token.lower_
    if not (token.is_alpha and nxt.is_alpha and nxt.is_lower) or _listed_head(d, low):
        return False
    return low.endswith("ed") or (nxt.lower_.endswith("ly") and len(nxt.text) > 4)


def _listed_head(d: LaunchDoc, low: str) -> bool:
    """``low`` or its singular is a launchable head noun ("store", "platforms")."""
    heads = d.lex.launchable_heads
    return low in heads or (low.endswith("s") and low[:-1] in heads)


def _participle_after_head(d: LaunchDoc, k: int, limit: int) -> bool:
    """An "-ing" word after a launchable head noun, with a word that is no head after it,
    opens a participle clause ("an online store selling spare parts", "a fund targeting
    farms"); before a head it is a modifier ("a chip packaging plant")."""
    tok = d.tok
    low = tok[k].lower_
    if not low.endswith("ing") or k + 1 >= limit:
        return False
    prev, nxt = tok[k - 1], tok[k + 1]
    return (
        prev.is_lower
        and _listed_head(d, prev.lower_)
        and nxt.is_alpha
        and nxt.is_lower
        and not _listed_head(d, nxt.lower_)
        and (k + 2 >= limit or not _listed_head(d, tok[k + 2].lower_))
    )


def phrase_core_end(d: LaunchDoc, np: Span) -> int:
    """End of the phrase before its "of" part."""
    tok = d.tok
    for k in range(np.start, np.end):
        if tok[k].lower_ == "of":
            return k
    return np.end


NAME_LINKS = frozenset({"of", "for"})
"""The words that join a name's head to the part saying what it is for or of ("Institute
for Coastal Studies", "Museum of Modern Glass")."""


TITLED_PART_LINKS = frozenset({"on", "with", "to", "against"})
"""Words inside a long capitalised name between two capitalised parts ("Forum on Coastal
Affairs", "Campaign to Save Tarn Woods", "Alliance Against Rural Poverty"): a
part only when the word before is itself a capitalised name word."""


def name_link(d: LaunchDoc, start: int, end: int, links: frozenset[str] = NAME_LINKS) -> int | None:
    """The first of ``links`` ("of"/"for") in tokens [start, end) between a capitalised
    word and another one (past an article: "Museum of the Tarn Valley"): where a name's own
    part starts, so its head is the word before; None when there is none."""
    tok = d.tok
    for k in range(start + 1, end - 1):
        if tok[k].lower_ not in links or not tok[k - 1].is_title:
            continue
        m = k + 2 if tok[k + 1].lower_ in ("the", "a", "an") and k + 2 < end else k + 1
        if tok[m].is_title:
            return k
    return None


def heads_and_core(d: LaunchDoc, np: Span) -> tuple[list[str], list[str]]:
    """The head nouns to check (the last word before "of", and after "of" for quantities)
    and the phrase's words before "of", hyphenated words kept whole ("start-up"); the sense
    checks read both, and both come from the one core. Most phrases have no "of": the
    token walk for it runs only when the lower-cased text holds the letters."""
    text = d.span_text(np.start, np.end).lower()
    core_end = np.end
    if "of" in text:
        core_end = phrase_core_end(d, np)
        if core_end < np.end:
            text = d.span_text(np.start, core_end).lower()
    words = _WORD.findall(text)
    heads = words[-1:]
    if len(words) >= 2:
        heads.append(" ".join(words[-2:]))
    if heads and "-" in heads[0]:
        heads.append(heads[0].rsplit("-", 1)[1])  # "new-store": the head is "store"
    if core_end < np.end and heads and heads[0] in d.lex.quantity_heads:
        tail = _WORD.findall(d.span_text(core_end + 1, np.end).lower())
        if tail:
            heads.append(tail[-1])
    return heads, words


def appositive_name_before(d: LaunchDoc, start: int, floor: int, headline: bool) -> Span | None:
    """ "Name, a noun phrase": the name an appositive noun phrase describes."""
    tok = d.tok
    k = start - 1
    if k >= floor and tok[k].lower_ in ("a", "an", "the"):
        k -= 1
    if k < floor or tok[k].text != ",":
        return None
    k -= 1
    if k < floor:
        return None
    if tok[k].text == ")" and k - 2 >= floor and tok[k - 2].text == "(":
        k -= 3
    ent = d.ent(k, ("ORG",))
    if ent is not None:
        return ent
    if d.is_name_token(k, headline) and d.ent(k) is None:
        m = k
        while (
            m - 1 >= floor
            and (d.is_name_token(m - 1, headline) or tok[m - 1].like_num)
            and d.ent(m - 1) is None
        ):
            m -= 1
        if not (m == floor and tok[m].is_stop):
            return d.span(m, k + 1)
    return None


def past_form(d: LaunchDoc, low: str) -> bool:
    """Whether the lower-case word reads as a past tense or participle: "-ed" or an
    irregular participle ("made", "hit")."""
    return low.endswith("ed") or low in d.lex.irregular_participles


def past_based(d: LaunchDoc, m: int, limit: int) -> int:
    """Where an appositive name starts after a "Dubai-based" premodifier ("its first
    tenant, Dubai-based Qasr Robotics, was set up"): past the place, hyphen and "based"."""
    ent = d.ent(m, ("GPE",))
    k = ent.end if ent is not None and ent.start == m else m + 1
    if k + 1 < limit and d.tok[k].text in HYPHENS and d.tok[k + 1].lower_ == "based":
        return k + 2
    return m


def of_after_setting(d: LaunchDoc, end: int, sent_end: int) -> int:
    """Where the "of" phrase starts after a date or a place that comes between the noun and
    it ("the opening last year of the X hub", "the unveiling in Leeds last week of a
    memorial"); ``end`` when none does."""
    tok = d.tok
    k = end
    while k < sent_end:
        ent = d.ent(k, ("DATE",))
        if ent is None and (tok[k].lower_ in d.lex.location_prepositions or tok[k].lower_ == "on"):
            ent = d.ent(k + 1, ("GPE", "DATE")) if k + 1 < sent_end else None
        if ent is None or ent.end <= k:
            break
        k = ent.end
    return k if k > end and k < sent_end and tok[k].lower_ == "of" else end
