"""Objects: what was launched. The name a phrase stands for ("a subsidiary, Acme Asia Pte
Ltd", "a platform called X"), the phrase after a fronted participle clause, the phrase a
copula names ("what Acme unveiled was X"), and the sense checks on the object that weak,
conditional and restricted triggers need (``object_ok``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from pipeline.docview import HYPHENS, QUOTES_CLOSE, QUOTES_OPEN
from pipeline.launches.arguments.phrases import (
    NAME_LINKS,
    TITLED_PART_LINKS,
    heads_and_core,
    model_name_end,
    name_link,
    np_left,
    np_right,
    past_based,
    past_form,
    phrase_core_end,
)
from pipeline.launches.context import LaunchDoc
from pipeline.launches.lexicon import with_plurals
from pipeline.launches.model import Trigger

APPOSITION_DASHES = frozenset({"–", "—", "--"})
"""Dashes that set off an apposition ("a fund – the Kelvo Income fund – on Monday")."""
MAX_DASHED_NAME = 12
"""Tokens a name between two dashes may have."""


def named_object(d: LaunchDoc, np: Span, limit: int, headline: bool) -> Span:
    """Prefer the name: the ORG that ends the phrase, an appositive name after it
    ("a subsidiary, Acme Asia Pte Ltd,"), or a "called X" name."""
    tok = d.tok
    core_end = phrase_core_end(d, np)
    last_org = None
    ent_at, ent_label = d.ent_at, d.ent_label  # ``d.ent`` inlined: a test per word
    for k in range(np.start, core_end):
        if ent_label.get(k) == "ORG" and ent_at[k].end == core_end:
            last_org = ent_at[k]
    if last_org is not None:
        return last_org
    is_named = _name_words(d, np.start, core_end, headline) or (
        d.ent(np.start, ("ORG",)) is not None
    )
    k = np.end
    called = _which_it_calls(d, k, limit, headline) if not is_named else None
    if called is not None:
        return called
    if k < limit and tok[k].lower_ in d.lex.naming_words:
        m = k + 1
        if m < limit and tok[m].lower_ == "as":
            m += 1
        while m < limit and (tok[m].lower_ in ("the", "a", "an") or tok[m].text in QUOTES_OPEN):
            m += 1
        name = d.name_at(m, limit, headline)
        if name is not None:
            return name
    described = _described_after(d, np, limit, headline) if not is_named else None
    if described is not None:
        return described
    if not is_named and not headline:
        between = _between_dashes(d, k, limit)
        if between is not None:
            return between
    if not is_named and not headline and k + 1 < limit and tok[k].text == ",":
        m = k + 1
        if m < limit and tok[m].lower_ in d.lex.naming_words:
            m += 1  # "the SUV, dubbed the Velo X,"
        while m < limit and tok[m].lower_ in ("the", "a", "an"):
            m += 1  # "its latest phone, the Nova 5,"
        name = _name_with_model(d, past_based(d, m, limit), limit, headline)
        if name is not None and (
            name.end >= limit
            or tok[name.end].text in (",", ".", ";")
            or tok[name.end].lower_ == "and"
        ):
            return name
    return _name_before_description(d, np, headline) or np


def _between_dashes(d: LaunchDoc, k: int, limit: int) -> Span | None:
    """A name set off by dashes after the phrase ("launched a bond strategy – the Kelvo
    Global Income fund – on Monday"): the name beats the description (GUIDELINES 7.4), as
    it does after a comma; the words between the dashes must open with a name word."""
    tok = d.tok
    if not (k < limit and tok[k].text in APPOSITION_DASHES):
        return None
    m = k + 1
    while m < limit and tok[m].lower_ in ("the", "a", "an"):
        m += 1
    close = m
    dashes = APPOSITION_DASHES
    while close < limit and close - m < MAX_DASHED_NAME and tok[close].text not in dashes:
        close += 1
    if close >= limit or tok[close].text not in APPOSITION_DASHES or close == m:
        return None
    if not d.is_name_token(m, False) or any(t.is_punct for t in tok[m:close]):
        return None
    return d.span(m, close)


def _name_words(d: LaunchDoc, start: int, end: int, headline: bool) -> bool:
    """Every token of [start, end) is a name word, a number or a hyphen (true for none). A
    loop, not ``all()`` over a generator, which runs a frame per word: this runs for every
    object phrase."""
    tok = d.tok
    for k in range(start, end):
        token = tok[k]
        if not (d.is_name_token(k, headline) or token.like_num or token.text in HYPHENS):
            return False
    return True


def _name_before_description(d: LaunchDoc, np: Span, headline: bool) -> Span | None:
    """ "the Nimbus 7 tablet", "the ProDrive 20V Max cordless drill": a product's name
    followed by lower-case words that say what kind of thing it is; the name is the object
    (GUIDELINES 7.4: a name followed by a description gives the name). The name must be
    written like a product (a digit, or a capital inside a word) and open with a word that
    has lower-case letters, so "a 5G network", "a COVID-19 vaccine" and "an AI assistant"
    keep their phrase; not in Title Case headlines, where every word is capitalised."""
    if headline:
        return None
    tok = d.tok
    end = phrase_core_end(d, np)
    start = _past_lower_premodifiers(d, np.start, end)
    first = tok[start]
    if not (first.is_alpha and first.text[0].isupper() and any(c.islower() for c in first.text)):
        return None
    k = start
    while k < end and d.ent_at.get(k) is None and (d.is_name_token(k, False) or tok[k].like_num):
        k += 1
    if k == start or k >= end or d.ent_at.get(start) is not None:
        return None
    if not all(t.is_lower or t.is_upper or t.text in HYPHENS for t in tok[k:end]):
        return None  # lower-case words (or an acronym, "edge AI chip") to the end
    name = d.span(start, k)
    return name if _product_shaped(d, name) else None


def _past_lower_premodifiers(d: LaunchDoc, start: int, end: int) -> int:
    """Where a name may start after lower-case adjectives before it ("its newest and
    lightest Arvo 5 e-bike"): past lower-case words, quotes, hyphens and "and"; ``start``
    itself when the phrase opens with anything else or nothing is left after them."""
    tok = d.tok
    k = start
    while k < end and (
        (tok[k].is_alpha and tok[k].is_lower) or tok[k].text in QUOTES_OPEN | QUOTES_CLOSE | HYPHENS
    ):
        k += 1
    return k if k < end else start


def completed(
    d: LaunchDoc, trigger: Trigger, obj: Span | None, sent_end: int, headline: bool
) -> Span | None:
    """The object once its clause is read: with the "for" phrase that says whom it serves,
    then with the items coordinated after it (the verbal and nominal readers both end so)."""
    obj = _quoted_name_before(d, _through_brackets(d, obj, sent_end, headline))
    return with_coordinated(d, trigger, with_served(d, obj, sent_end, headline), sent_end, headline)


MAX_QUOTED_NAME = 8
"""Tokens a quoted name before the object's common noun may have."""


def _quoted_name_before(d: LaunchDoc, obj: Span | None) -> Span | None:
    """A common noun right after a quoted name ("the 'Smart Tarnvale 2030' programme was
    launched"): the object is the name, what the thing is called (the contract's "its name
    when named"), not the noun that says what kind of thing it is."""
    if obj is None or obj.start < 3 or not d.tok[obj.start].is_lower:
        return obj
    tok = d.tok
    close = obj.start - 1
    if tok[close].text not in QUOTES_CLOSE:
        return obj
    for m in range(close - 1, max(close - 1 - MAX_QUOTED_NAME, 0) - 1, -1):
        if tok[m].text in QUOTES_OPEN:
            if any(tok[k].is_title or tok[k].is_upper for k in range(m + 1, close)):
                return d.span(m + 1, close)
            return obj
        if m in d.sent_starts or tok[m].text in (",", ";", ":"):
            return obj
    return obj


def _through_brackets(d: LaunchDoc, obj: Span | None, sent_end: int, headline: bool) -> Span | None:
    """A name the phrase stopped at its bracketed part, with the part and the name words
    after it ("the Arvo Growth (Asia) Fund"): the object is the name as written (GUIDELINES
    7.4). A bracketed acronym ("the Kelvo Cloud (KC) on Monday") or a bracket with no name
    words after it leaves the object alone; not in Title Case headlines, where every word
    after the bracket is capitalised."""
    if obj is None or headline or not _name_words(d, obj.start, obj.end, False):
        return obj
    tok = d.tok
    k = obj.end
    if not (k < sent_end and tok[k].text == "("):
        return obj
    close = k + 1
    while close < sent_end and close - k <= MAX_NAME_BRACKET and tok[close].text not in BRACKETS:
        close += 1
    if not (close < sent_end and tok[close].text == ")" and close > k + 1):
        return obj
    inside = range(k + 1, close)
    if close == k + 2 and tok[k + 1].is_upper:
        return obj  # "(KC)": an acronym is its own span
    if not all(
        (d.is_name_token(m, False) or tok[m].like_num or tok[m].is_punct)
        and d.ent_label.get(m) not in _NOT_IN_NAME_BRACKETS
        for m in inside
    ):
        return obj  # "(2024)": a date, no part of the name
    end = close + 1
    while end < sent_end and d.is_name_token(end, False) and d.ent_label.get(end, "ORG") == "ORG":
        end += 1
    return d.span(obj.start, end) if end > close + 1 else obj


def with_served(d: LaunchDoc, obj: Span | None, sent_end: int, headline: bool) -> Span | None:
    """The object with the "for" phrase right after it when that phrase says whom or what
    the thing serves (GUIDELINES 7.4 step 2: "a savings account for students", "a centre
    for quantum research", "Credit Card for Students" in a headline). The noun-phrase scan
    stops at every preposition, so the phrase is added here, once the object is final.
    Not after a name (a name is the object as written), nor when the phrase states the
    act's goal, a span of time or a price ("for national development", "for the first
    time", "for two years", "for $5"), nor a gerund's purpose ("for helping the poor")."""
    tok = d.tok
    k = obj.end if obj is not None else 0
    if obj is None or obj.label_ == "ORG" or k + 1 >= sent_end or tok[k].lower_ != "for":
        return obj
    if not headline and all(
        d.is_name_token(i, False) or tok[i].like_num for i in range(obj.start, obj.end)
    ):
        return obj
    m = k + 1
    if tok[m].lower_ in d.lex.possessive_determiners:
        m += 1  # "standards for its metaverse sector"
    if m >= sent_end:
        return obj
    first = tok[m]
    low = first.lower_
    if (
        not (first.is_alpha or "-" in first.text)
        or low in d.lex.determiners
        or low in d.lex.pronouns
        or d.ent(m, ("DATE", "MONEY")) is not None
        or (low.endswith("ing") and m + 1 < sent_end and tok[m + 1].lower_ in d.lex.determiners)
    ):
        return obj
    served = np_right(d, m, sent_end, headline)
    if served is None or served.start != m:
        return obj
    if tok[served.end - 1].lower_ in d.lex.not_served_nouns:
        return obj
    return d.span(obj.start, served.end)


def with_coordinated(
    d: LaunchDoc, trigger: Trigger, obj: Span | None, sent_end: int, headline: bool
) -> Span | None:
    """The object with the phrases coordinated after it, as one span (GUIDELINES 7.4:
    "a podcast network, a news app and a weekly magazine", "Parrish Go, Parrish Pro and
    Parrish Max", "plant-based sausages and burgers"). Items are separated by commas and
    end with "and"/"or"; an item is a name when the object is one, else a phrase whose
    head is a launchable thing or a single plural noun, and it must end the clause (a
    comma, a full stop, a preposition or a date follows), so "launched a fund and said",
    "a fund and opened 3 stores" (a verb) and an appositive ("Orbit, a note-taking app,")
    are not lists. Only an object after the trigger."""
    tok = d.tok
    if (
        obj is None
        or obj.start < trigger.end
        or obj.end + 1 >= sent_end
        or tok[obj.end].lower_ not in (",", "and", "or")
    ):
        return obj
    named = obj.label_ == "ORG" or all(
        d.is_name_token(i, headline) or tok[i].like_num or tok[i].text in HYPHENS
        for i in range(obj.start, obj.end)
    )
    k, end = obj.end, obj.end
    while k + 1 < sent_end:
        low = tok[k].lower_
        final = low in ("and", "or")
        if low == "," and tok[k + 1].lower_ in ("and", "or"):
            k, final = k + 1, True
        elif not (final or low == ","):
            break
        item = _list_item_at(d, k + 1, sent_end, headline, named)
        if item is None:
            break
        k = item.end
        if final:
            end = item.end
            break
    return obj if end == obj.end else d.span(obj.start, end)


def _list_item_at(d: LaunchDoc, m: int, sent_end: int, headline: bool, named: bool) -> Span | None:
    """One item of a coordinated object starting at m (see ``with_coordinated``)."""
    tok = d.tok
    while m < sent_end and tok[m].lower_ in ("a", "an", "the"):
        m += 1
    if m >= sent_end:
        return None
    first = tok[m]
    low = first.lower_
    nxt = tok[m + 1] if m + 1 < sent_end else None
    if first.is_lower and (
        past_form(d, low)
        or low in d.lex.forms
        or (nxt is not None and (nxt.like_num or nxt.lower_ in d.lex.determiners))
        or (nxt is not None and nxt.lower_ == "to" and low in d.lex.irrealis_markers)
    ):
        # a verb: "opened three stores", "and cultivate 10 companies", "and plans to"
        return None
    if named:
        item = d.name_at(m, sent_end, headline)
    else:
        item = np_right(d, m, sent_end, headline)
        if item is not None:
            heads, _ = heads_and_core(d, item)
            single_plural = (
                len(item) == 1 and first.is_lower and low.endswith("s") and not low.endswith("ss")
            )
            if not (single_plural or any(listed(h, d.lex.launchable_heads) for h in heads)):
                return None
    if item is None or item.start != m:
        return None
    after = item.end
    if after < sent_end and not (
        tok[after].is_punct
        or tok[after].lower_ in d.lex.prepositions
        or tok[after].lower_ in ("and", "or")
        or d.ent(after, ("DATE",)) is not None
        or (named and tok[after].is_lower and tok[after].is_alpha and not _verb_like(d, after))
    ):
        return None  # "the Orbit X1 and Zed responded": the list ended before "and"
    return item


_AUXILIARIES = frozenset(
    "is are was were be been has have had will would can could may might shall should "
    "must do does did said says also then".split()
)
"""Words that, after a name, open the next clause's verb phrase rather than end a product
name ("the Orbit X1 and Orbit X2 phones")."""


def _verb_like(d: LaunchDoc, k: int) -> bool:
    """Whether the lower-case word at k reads as a verb after a name: a past form, an
    auxiliary or a launch verb's form."""
    low = d.tok[k].lower_
    return past_form(d, low) or low in _AUXILIARIES or low in d.lex.forms


def _name_with_model(d: LaunchDoc, m: int, limit: int, headline: bool) -> Span | None:
    """The name at m, with the model words and numbers after a maker's ORG ("its new
    flagship phone, the Redfern 9 Pro Max,": the ORG "Redfern" opens the product name)."""
    name = d.name_at(m, limit, headline)
    if name is None or name.label_ != "ORG" or headline:
        return name
    end = model_name_end(d, name.end, limit)
    return name if end == name.end else d.span(name.start, end)


def after_comma(d: LaunchDoc, end: int, sent_end: int, headline: bool) -> Span | None:
    """The noun phrase after the comma that closes a fronted participle clause; a comma
    before a preposition or an item of a list ("Set up with $5 million, including seed
    money from X, Y and Z, the fund ...") is inside the clause, and the phrase comes after
    a later one."""
    tok = d.tok
    k = end
    inside = False  # a comma before a preposition kept the walk inside the clause
    while k < sent_end:
        while k < sent_end and tok[k].text != ",":
            k += 1
        if k + 1 >= sent_end:
            return None
        if tok[k + 1].lower_ in d.lex.prepositions:
            k += 1
            inside = True
            continue
        np = np_right(d, k + 1, sent_end, headline)
        if inside and _list_item(d, np, sent_end, headline):
            assert np is not None
            k = np.end if tok[np.end].text == "," else np.end + 1
            continue  # a list item: "..., Y and Z, the fund"
        if np is None:
            return None
        return named_object(d, _before_main_verb(d, np, headline), sent_end, headline)
    return None


def _before_main_verb(d: LaunchDoc, np: Span, headline: bool) -> Span:
    """The phrase after a fronted clause is the main clause's subject, so a third-person
    verb after its head ends it: "Founded in 1952, the company makes saws", "Set up in 2001,
    Velmo invests in farms" (a name word or a launchable head before an "-s" word)."""
    tok = d.tok
    for k in range(np.start + 1, np.end):
        token = tok[k]
        low = token.lower_
        prev = tok[k - 1]
        if not (token.is_lower and token.is_alpha and low.endswith("s")) or low.endswith("ss"):
            continue
        if d.is_name_token(k - 1, headline) or (
            prev.is_lower
            and (prev.lower_ in d.lex.launchable_heads or prev.lower_ in d.lex.generic_agent_heads)
        ):
            return d.span(np.start, k)
    return np


def _list_item(d: LaunchDoc, np: Span | None, sent_end: int, headline: bool) -> bool:
    """The name after a comma is one item of a list of names ("from X, Y and Z, the fund
    ..."): another item or "and" follows it, not a relative clause."""
    if np is None or np.end + 1 >= sent_end:
        return False
    tok = d.tok
    if not (d.ent(np.start, ("ORG", "GPE")) is not None or d.is_name_token(np.start, headline)):
        return False
    nxt = tok[np.end].lower_
    if nxt in ("and", "or"):
        return True
    return nxt == "," and tok[np.end + 1].lower_ not in d.lex.clause_breaks


def _which_it_calls(d: LaunchDoc, k: int, limit: int, headline: bool) -> Span | None:
    """ "unveiled the scooter, which it calls the Nexa Glide,", "a scooter on Monday that it
    calls the Glide": a relative clause that names the phrase before it (past a date)."""
    tok = d.tok
    if k >= limit or tok[k].lower_ not in (",", "on", "in", "which", "that"):
        return None
    date = d.ent(k + 1, ("DATE",)) if k + 1 < limit and tok[k].lower_ in ("on", "in") else None
    if date is not None:
        k = date.end
    if k < limit and tok[k].text == ",":
        k += 1
    if not (k + 2 < limit and tok[k].lower_ in ("which", "that")):
        return None
    for m in range(k + 2, min(limit - 1, k + 5)):
        if tok[m].lower_ in d.lex.what_naming_verbs:
            n = m + 1
            while n < limit and tok[n].lower_ in ("the", "a", "an", "as"):
                n += 1
            return d.name_at(n, limit, headline)
        if tok[m].is_punct:
            return None
    return None


def _described_after(d: LaunchDoc, np: Span, limit: int, headline: bool) -> Span | None:
    """ "introduced its latest offering, a green mortgage": when the phrase's head is no
    launchable thing and an appositive "a ..." phrase after its comma has one, the
    appositive says what was launched."""
    tok = d.tok
    k = np.end
    if headline or k + 2 >= limit or tok[k].text != "," or tok[k + 1].lower_ not in ("a", "an"):
        return None
    heads, _ = heads_and_core(d, np)
    if any(listed(h, d.lex.launchable_heads) or h in d.lex.forms for h in heads):
        return None  # a launchable head, or a trigger noun ("announced the launch of X, a")
    apposed = np_right(d, k + 1, limit, headline)
    if apposed is None:
        return None
    apposed_heads, _ = heads_and_core(d, apposed)
    return apposed if any(listed(h, d.lex.launchable_heads) for h in apposed_heads) else None


def copular_object(
    d: LaunchDoc, end: int, sent_end: int, headline: bool, *, any_phrase: bool
) -> Span | None:
    """X in "[the one project that has launched] is X" and "[what Acme unveiled on
    Monday] was X": a copula right after the clause (past its dates, places and adverbs)
    identifies what was launched. After a relative clause only a name counts ("... is
    Acme Lab", not "... was a success"); after a free relative ("what") any phrase."""
    tok = d.tok
    k = end
    while k < sent_end:
        ent = d.ent(k, ("DATE", "GPE"))
        if ent is not None:
            k = ent.end
            continue
        token = tok[k]
        low = token.lower_
        if (
            low in d.lex.prepositions
            or low == "the"
            or (token.is_lower and token.is_alpha and low.endswith("ly"))
        ):
            k += 1
            continue
        break
    if k + 1 >= sent_end or tok[k].lower_ not in d.lex.copulas:
        return None
    np = np_right(d, k + 1, sent_end, headline)
    if np is None:
        return None
    if not any_phrase and not (
        d.ent(np.start, ("ORG",)) is not None or d.is_name_token(np.start, headline)
    ):
        return None
    return named_object(d, np, sent_end, headline)


TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "tonight"})
"""Times of day: after a determiner right after a verb ("opened this morning") they say
when, and the date reader leaves them alone."""

CALENDAR_WORDS = TIMES_OF_DAY | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december day week month quarter season year "
    "decade century".split()
)
"""Weekdays, months ("May" left out: a name as often), calendar units and times of day: a
day or a period alone is never the thing ("X opens Tuesday to Friday", "the busiest launch
of the month", "opened this morning")."""


def object_ok(d: LaunchDoc, trigger: Trigger, obj: Span | None) -> bool:
    """Sense checks on what was launched: distractors, rockets, and the evidence weak
    and conditional triggers need."""
    tok = d.tok
    heads: list[str] = []
    core: list[str] = []
    body: list[str] = []
    if obj is not None:
        heads, core = heads_and_core(d, obj)
        # what a name is, said around it ("a service called X", "X, a hi-tech fair,"): the
        # distractor check reads it too
        heads += _described_by_naming(d, obj) + _appositive_heads(d, obj)
        body = _body_heads(d, obj)
        if (
            obj.end < len(tok)
            and tok[obj.end].lower_ == "to"
            and heads
            and heads[0] in d.lex.purpose_nouns
        ):
            return False  # "announced plans to launch ...": the plan is not launched
        if len(obj) == 1 and obj[0].lower_ in CALENDAR_WORDS:
            return False  # "X opens Tuesday to Friday", "the launch of the month": when, not what
        if _head_after_brackets(d, obj) in plural_closure(d.lex.distractor_objects):
            return False  # "introduced the Tarn Rivers (Access) Bill": a law's name
    if trigger.lemma in d.lex.lift_off_lemmas:
        nominal = (
            trigger.use == "noun"
            or "gerund" in trigger.kinds
            or (obj is None and "noun" in trigger.kinds)
        )
        # the act read as a noun ("the launch", "the quick launching", "due for launch"
        # with no object): how a lift-off is reported when no rocket is the object
        if (
            nominal
            and not _names_new_thing(d, obj, heads)
            and (_lift_off_before(d, trigger) or _space_in_sentence(d, trigger))
        ):
            # "The missile was launched ... The launch comes as", "two rockets are due for
            # launch", "The quick launching pleased the crew": the same lift-off
            return False
        premodifier_object = obj is not None and len(obj) == 1 and obj.end == trigger.start
        if (trigger.use == "noun" or premodifier_object) and _lift_off_premodifier(
            d, trigger.start
        ):
            return False  # "a space launch from the coast"
        window = d.lowers(max(trigger.start - 2, 0), trigger.start)
        space = d.lex.space_words
        if obj is not None and (obj.start > trigger.start or _route_follows(d, obj)):
            # "launch flights to Lisbon", "flights from Oslo to Riga were launched": a route
            space = space - d.lex.route_words
        # a space word in the object makes it a rocket's or satellite's launch ("launched a
        # weather satellite", "a fleet of satellites", "Space Shuttle Kestrel"), unless it
        # only modifies a common noun that heads the phrase ("a new satellite programme", "a
        # satellite TV channel"); so does one just before the trigger ("the rocket launched")
        head_words: list[str] = []
        if obj is not None:
            words = d.lowers(obj.start, obj.end)
            modifier_only = (
                not tok[obj.start].is_title
                and not tok[obj.start].is_upper
                and space.isdisjoint(head for head in heads if " " not in head)
                and words[-1] not in space
            )
            head_words = [] if modifier_only else words
        if not (space.isdisjoint(head_words) and space.isdisjoint(window)):
            return False
        if obj is not None and _space_acronym(d, obj.start, obj.end, obj.start):
            return False  # "the KOL launch", KOL defined earlier as a rocket
        if _from_craft(d, trigger, obj):
            return False  # "a platform jacket was launched from a barge": set afloat
    if obj is not None and _percentage(d, obj):
        return False  # "unveiled a 10% rise in profit": a change reported, not a new thing
    if obj is not None and _person_role(d, obj):
        return False  # "launched the singer onto the charts", "introduced drummer Ana Lind"
    if trigger.klass == "checked" and heads and heads[0] in d.lex.business_plurals:
        return True  # "setting up their operations": a business's presence
    # the head word or the last two words ("human chain": a protest, not a retail chain)
    distractors = plural_closure(d.lex.distractor_objects)
    if not distractors.isdisjoint(heads[:2]) and not (body and distractors.isdisjoint(body[:2])):
        return False  # a name's own of/for part is no distractor: "Institute for Coastal Studies"
    other_senses = d.lex.verbs[trigger.lemma].other_senses
    if other_senses and not plural_closure(other_senses).isdisjoint(heads[:1]):
        return False  # "opened a new account with a bank": a customer's act, for this verb only
    if trigger.klass == "strong":
        return True
    if obj is None:
        # a bare noun already passed its own test ("the opening has been delayed"); a
        # checked verb with no phrase found keeps its sense only as a participle clause
        # after a name ("X, set up in 2020,"), not "as far as could be established"
        if trigger.use == "noun":
            return trigger.klass in ("weak", "checked")
        return (
            trigger.klass == "checked" and trigger.start > 0 and tok[trigger.start - 1].text == ","
        )
    if trigger.klass in ("weak", "checked"):
        if heads and heads[0] in plural_closure(d.lex.person_nouns) and not _named(d, obj):
            return False  # "released the bus driver": a listed word before a person noun
        # any word before "of" may be the head: the phrase can run on ("a working group
        # comprising representatives"); so may the head after "of" ("an ad-supported tier
        # of its streaming service")
        heads_ok = plural_closure(d.lex.object_heads)
        return (
            _named(d, obj)
            or not heads_ok.isdisjoint(heads)
            or not heads_ok.isdisjoint(core)
            or not heads_ok.isdisjoint(_of_heads(d, obj))
            or (trigger.klass == "weak" and _said_new(d, obj))
        )
    if trigger.klass == "conditional":
        if _clause_subject(d, trigger, obj) or tok[obj.start].lower_ in d.lex.not_new_words:
            return False  # "presenting its existing products": nothing new made public
        if tok[obj.start].lower_ in WH_WORDS:
            return False  # "revealed how fast each model sold": a finding, no thing
        if _hosted_broadcast(d, trigger, obj, heads):
            return False  # "presented a cookery programme on TV": its host
        if _subject_of_saying(d, trigger, obj):
            return False  # "the agency announced on Friday that ...": the phrase says it
        if _launch_still_to_come(d, trigger, obj):
            return False  # "announced a fund that it will launch in May": "launch" is the event
        return not plural_closure(d.lex.new_thing_heads).isdisjoint(heads) or (
            obj.label_ != "ORG" and _named(d, obj) and _announced_product_name(d, obj)
        )
    verb = d.lex.verbs[trigger.lemma]
    allowed = plural_closure(verb.objects)
    if verb.needs_modifier and not _named_by_a_modifier(d, obj, allowed):
        return False  # "set standards for lenders", "set high standards": rules, a bar
    return not allowed.isdisjoint(heads + body)


def _appositive_heads(d: LaunchDoc, obj: Span) -> list[str]:
    """The heads of an appositive phrase after a name ("the Tarn Ridge, a compact pickup
    truck,", "Kelp Vision, its new fund"): what the named thing is, which the name's own
    words do not say ([] when no comma and determiner follow the name)."""
    tok = d.tok
    k = obj.end
    if not (k + 2 < len(tok) and tok[k].text == "," and tok[k + 1].lower_ in d.lex.determiners):
        return []
    if not all(t.is_title or t.is_upper or t.like_num for t in (obj[0], obj[-1])):
        return []  # a description before the comma ("the launch of X, a fund"), not a name
    sent_end = d.sentence(k)[1]
    described = np_right(d, k + 1, sent_end, False)
    return heads_and_core(d, described)[0] if described is not None else []


def _described_by_naming(d: LaunchDoc, obj: Span) -> list[str]:
    """The heads of the phrase a name was given to ("a new delivery service called Cook
    Well", "a fund named 'Tarn Growth'"): what the name is, which the name's own words do
    not say ([] when no naming word stands right before the name)."""
    tok = d.tok
    floor = d.sentence(obj.start)[0]
    k = obj.start - 1
    while k >= floor and (tok[k].text in QUOTES_OPEN or tok[k].lower_ in ("the", "a", "an", "as")):
        k -= 1
    if k <= floor or tok[k].lower_ not in d.lex.naming_words:
        return []
    described = np_left(d, k - 1, floor) if k - 1 >= floor else None
    return heads_and_core(d, described)[0] if described is not None else []


def _named_by_a_modifier(d: LaunchDoc, obj: Span, allowed: frozenset[str]) -> bool:
    """A word before the object's head that is no evaluative adjective ("new standards for
    cars", "industry standards", "a charging standard"): what the modifier names is a
    standard of its own, where "standards" alone or "high standards" are rules fixed or a
    bar raised."""
    words = d.lowers(obj.start, obj.end)
    head = next((i for i, w in enumerate(words) if w in allowed), len(words))
    return any(w.isalpha() and w not in d.lex.evaluative_premodifiers for w in words[:head])


def _route_follows(d: LaunchDoc, obj: Span) -> bool:
    """ "New flights from Oslo to Riga were launched": a place after "from"/"to" in the
    phrase or right after it makes its flights an airline's route, not a lift-off."""
    end = min(obj.end + 1, len(d.tok) - 1)
    return any(
        d.tok[k].lower_ in ("from", "to", "between") and d.ent_label.get(k + 1) == "GPE"
        for k in range(obj.start + 1, end)
    )


def _body_heads(d: LaunchDoc, obj: Span) -> list[str]:
    """For a named organisation (an ORG, a capitalised name whose head is an object
    head, or one with an on/with/to/against part), the heads before its own part, which
    say what it is: "studies" in "Orrin Institute for Coastal Studies" says what the body
    works on, not that the thing launched is a study. [] for other objects."""
    links = NAME_LINKS | TITLED_PART_LINKS
    link = name_link(d, obj.start, obj.end, links) if len(obj) > 2 else None
    if link is None:
        return []
    if (
        obj.label_ != "ORG"
        and d.tok[link].lower_ not in TITLED_PART_LINKS
        and not listed(d.tok[link - 1].lower_, d.lex.object_heads)
    ):
        return []
    return heads_and_core(d, d.span(obj.start, link))[0]


BROADCAST_HEADS = frozenset({"programme", "programmes", "program", "programs", "series"})
"""Heads of what a presenter presents on air."""

BROADCAST_WORDS = frozenset({"tv", "television", "radio", "channel"})
"""Words that put a programme or series on air."""

BROADCAST_REACH = 3
"""Tokens after the phrase searched for a word of broadcasting ("programmes on local radio")."""


def _hosted_broadcast(d: LaunchDoc, trigger: Trigger, obj: Span, heads: list[str]) -> bool:
    """ "presented a cookery programme on TV", "presented a quiz series on
    radio": "present" with a programme or series on television or radio is the
    presenter's sense, hosting it, not making a new thing public ("presented a programme
    of reforms" has no word of broadcasting and stays a launch)."""
    if trigger.lemma != "present" or BROADCAST_HEADS.isdisjoint([*heads[:1], *_of_heads(d, obj)]):
        return False
    end = min(len(d.tok), obj.end + BROADCAST_REACH)
    return not BROADCAST_WORDS.isdisjoint(d.lowers(obj.start, end))


SENTENCE_ENDS = frozenset({".", "!", "?"})
"""Punctuation that ends a sentence."""


def _subject_of_saying(d: LaunchDoc, trigger: Trigger, obj: Span) -> bool:
    """A phrase right before an active announce/reveal/present that is its subject, not
    what it made public: past a date and adverbs the verb goes on with "that", a subject
    pronoun ("the agency announced on Friday that it would ..."), or the sentence ends ("the
    airline announced Friday."). A thing announced before the verb needs a passive ("was
    announced"), a comma ("The fund, announced in May, ...") or a main verb after a reduced
    relative ("The fund announced on Monday will help ..."), none of which this is."""
    tok = d.tok
    if obj.end != trigger.start or trigger.use == "noun":
        return False
    _, sent_end, _ = d.sentence(trigger.start)
    k = trigger.end
    while k < sent_end:
        ent = d.ent(k, ("DATE",))
        if ent is not None:
            k = ent.end
            continue
        token = tok[k]
        low = token.lower_
        if (token.is_lower and token.is_alpha and low.endswith("ly")) or (
            low in d.lex.date_prepositions and d.ent(k + 1, ("DATE",)) is not None
        ):
            k += 1
            continue
        break
    if k >= sent_end or tok[k].text in SENTENCE_ENDS:
        return True
    low = tok[k].lower_
    return low == "that" or low in d.lex.subject_pronouns


LATER_LAUNCH_REACH = 12
"""Tokens right of an announced thing searched for the launch word its clause puts ahead."""

WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "when", "which", "who"})
"""Words that open a reported question or clause: what a conditional verb makes public
after one is a finding, not a thing ("revealed how fast each model sold")."""

ADJECTIVE_FORMS = frozenset({"open", "present"})
"""Launch-word forms that are adjectives after "be" ("will be open to all", "will be present")."""


def _launch_still_to_come(d: LaunchDoc, trigger: Trigger, obj: Span) -> bool:
    """ "announced a new fund that it will launch in May", "unveiled plans ... revealed a
    school set to open next year", "presented a body it intends to set up": after the
    thing announced, a modal, a word of intention or "to" comes before a launch word of its
    own. What is announced is a launch still to come, and that launch word is the event (as
    "announced the formation of" is one event, "formation"); the announcing is not a second
    one. Without such a word before it ("a fund, which it launched on Monday") the announced
    thing is made, and both words stay events."""
    tok = d.tok
    lex = d.lex
    if obj.start < trigger.end:
        return False
    _, sent_end, _ = d.sentence(obj.start)
    pending = False
    for k in range(obj.end, min(sent_end, obj.end + LATER_LAUNCH_REACH)):
        low = tok[k].lower_
        if low in (";", ":") or (tok[k].is_lower and low in lex.reporting_verbs):
            return False
        if low in ADJECTIVE_FORMS and tok[k - 1].lower_ in lex.be_forms:
            continue  # "a fund that will be open to all": an adjective, no launch word
        if pending and (
            low in lex.forms or (k + 1 < sent_end and f"{low} {tok[k + 1].lower_}" in lex.forms)
        ):
            return True
        if low in lex.modals or low in lex.irrealis_words or low == "to":
            pending = True
    return False


LIFT_OFF_LOOKBACK = 60
"""Tokens back from a bare launch noun to the launch word it refers to (about two
sentences): further back, "the launch" may start a new topic."""


BRACKETS = frozenset("()")
"""The round brackets: a bracketed part of a name ends at either."""

_NOT_IN_NAME_BRACKETS = frozenset({"DATE", "TIME", "MONEY"})
"""Entity labels that make a bracketed part a comment on the name, not a part of it."""

MAX_NAME_BRACKET = 10
"""Tokens a bracketed part inside a name may have ("(Access)", "(Amendment No. 2)")."""


def _head_after_brackets(d: LaunchDoc, obj: Span) -> str:
    """The word that ends a name the object phrase stopped inside, at a bracketed part
    ("the Tarn Rivers (Access) Bill" read as "Tarn Rivers"): a capitalised
    word right after the closing bracket, lower-cased; "" when the phrase goes on no such
    way."""
    tok = d.tok
    k = obj.end
    if not (k < len(tok) and tok[k].text == "("):
        return ""
    close = k + 1
    while close < len(tok) and close - k <= MAX_NAME_BRACKET and tok[close].text not in BRACKETS:
        close += 1
    after = close + 1
    if after < len(tok) and tok[close].text == ")" and tok[after].is_title:
        return tok[after].lower_
    return ""


def _from_craft(d: LaunchDoc, trigger: Trigger, obj: Span | None) -> bool:
    """ "was launched from a barge", "launched a drone from a ship": "from" and a vessel,
    craft or launch site right after the verb (or its object) is the physical sense, a
    thing set afloat or aloft, not a new thing made public."""
    tok = d.tok
    k = obj.end if obj is not None and obj.start >= trigger.end else trigger.end
    if k >= len(tok) or tok[k].lower_ != "from":
        return False
    craft = d.lex.launch_craft
    for m in range(k + 1, min(len(tok), k + 5)):
        low = tok[m].lower_
        if low in craft:
            return True
        if not tok[m].is_alpha or low in d.lex.np_break:
            return False
    return False


def _lift_off_premodifier(d: LaunchDoc, start: int) -> bool:
    """The word right before a launch noun makes it a lift-off ("a space launch", "the first
    U.S. Space launch"), unless that word ends an organisation's name ("Kelp Space launch
    new app", a headline's verb)."""
    if start == 0:
        return False
    before = d.tok[start - 1]
    return before.lower_ in d.lex.lift_off_premodifiers and d.ent(start - 1, ("ORG",)) is None


def _names_new_thing(d: LaunchDoc, obj: Span | None, heads: list[str]) -> bool:
    """The object of a launch noun is written as a name or headed by a launchable noun ("the
    launch of the Orrin app", "the app launch"): the noun keeps its sense beside a rocket
    mentioned elsewhere in the sentence. An adjective or a time word read as the object ("the
    quick launching") says nothing either way."""
    if obj is None:
        return False
    first = d.tok[obj.start]
    if first.is_title or first.is_upper:
        return True
    return not plural_closure(d.lex.object_heads).isdisjoint(heads)


def _space_in_sentence(d: LaunchDoc, trigger: Trigger) -> bool:
    """A rocket, missile or satellite named before a launch noun in its sentence ("two more
    rockets are due for launch from the coast"): the noun is their lift-off. Read only
    when the noun's object names no new thing (``_names_new_thing``); one named after it is
    often what the launched body will do ("At the public launch, the agency said its
    satellites ..."); an airline's flights stay a route."""
    first, _, _ = d.sentence(trigger.start)
    space = d.lex.lift_off_words
    return not space.isdisjoint(d.lowers(first, trigger.start))


def _lift_off_before(d: LaunchDoc, trigger: Trigger) -> bool:
    """A bare launch noun with no object ("The launch comes as ...") refers back to the
    nearest launch word before it; when that word's sentence names a rocket, missile or
    satellite, the noun is the same lift-off, not a new thing made public. An airline's
    flights stay a route ("launched flights to Tarnby. The launch ...")."""
    tok = d.tok
    space = d.lex.lift_off_words
    forms = d.lex.forms
    for k in range(trigger.start - 1, max(trigger.start - LIFT_OFF_LOOKBACK, 0) - 1, -1):
        if trigger.lemma not in forms.get(tok[k].lower_, ()):
            continue
        first, last, _ = d.sentence(k)
        return not space.isdisjoint(d.lowers(first, last)) or _space_acronym(d, first, last, first)
    return False


def _space_acronym(d: LaunchDoc, start: int, end: int, before: int) -> bool:
    """An acronym in tokens [start, end) that the article defined in brackets before token
    ``before``, in a sentence naming a rocket, missile or satellite ("the Kelvo Orbital
    Lifter (KOL), a three-stage rocket"): its launch is a lift-off too ("the KOL flies in
    May. The launch will test ..."). Read only for launch words that passed the other
    lift-off tests."""
    tok = d.tok
    space = d.lex.lift_off_words
    for k in range(start, end):
        token = tok[k]
        if not (token.is_upper and token.is_alpha and len(token.text) >= 2):
            continue
        for m in d.bracketed_words.get(token.text, ()):
            if m >= before:
                break
            first, last, _ = d.sentence(m)
            if not space.isdisjoint(d.lowers(first, last)):
                return True
    return False


def _said_new(d: LaunchDoc, obj: Span) -> bool:
    """The phrase calls its thing new ("opened new locations", "opens its new
    administrative block", "introduced two new flavours"): the text itself says a new thing
    came into being, whatever its head noun, so a weak trigger needs no listed head (a
    distractor head was already refused: "a new investigation"), unless the head names a
    person by role ("introduced a new striker": people are not launched) or a figure of
    speech ("opened a new chapter"), or its "of" part is a distractor ("of negotiations")."""
    tok = d.tok
    k = obj.start
    while k < obj.end and (tok[k].like_num or d.ent(k, ("MONEY",)) is not None):
        k += 1
    if not (k < obj.end - 1 and tok[k].lower_ in d.lex.novelty_words):
        return False
    heads, _ = heads_and_core(d, obj)
    if heads[:1] and heads[0] in d.lex.figurative_new_heads:  # exact: "chapters" are branches
        return False  # "opened a new chapter", "a new round of talks": a figure, no thing
    if any(listed(h, d.lex.distractor_objects) for h in _of_heads(d, obj)):
        return False  # "opened a new phase of negotiations": the talks' sense
    people = d.lex.person_nouns | d.lex.person_titles
    return not any(listed(h, people) for h in heads[:1])  # "introduced a new striker"


def _person_role(d: LaunchDoc, obj: Span) -> bool:
    """The phrase is a person by role: a person noun or title right before a person's
    capitalised name ("drummer Ana Lind", "striker Marco Verdi"), or heading the
    phrase after "the" or a possessive and premodifiers only ("the singer", "their new
    drummer"); "a music player", "a new player" and "a coach service" are things."""
    tok = d.tok
    k = obj.start
    while k < obj.end and not d.is_name_token(k, False):
        k += 1
    role = k - 1
    if role < obj.start or not (tok[role].is_lower and tok[role].is_alpha):
        return False
    if k < obj.end and (
        d.ent(k, ("ORG", "GPE")) is not None
        or not all(t.is_title and t.is_alpha for t in tok[k : obj.end])
    ):
        return False  # "the coach Kelvo Express": a name that is an organisation's or a thing's
    if k == obj.end and not (
        tok[role].lower_ not in d.lex.device_person_nouns
        and obj.start > 0
        and (
            tok[obj.start - 1].lower_ == "the"
            or tok[obj.start - 1].lower_ in d.lex.possessive_determiners
        )
        and all(t.lower_ in d.lex.nominal_premodifiers for t in tok[obj.start : role])
    ):
        # "a music player": a noun before the head makes it a thing; "a new player" may be
        # a device, where "the singer" and "their new drummer" point at someone known
        return False
    return listed(tok[role].lower_, d.lex.person_nouns | d.lex.person_titles)


def _of_heads(d: LaunchDoc, obj: Span) -> list[str]:
    """The head of the phrase's "of" part ("tier of its streaming service" -> "service")."""
    core_end = phrase_core_end(d, obj)
    if core_end >= obj.end:
        return []
    words = [t.lower_ for t in d.tok[core_end + 1 : obj.end] if t.is_alpha]
    return words[-1:]


def _percentage(d: LaunchDoc, obj: Span) -> bool:
    """The phrase is a bare number that a percent sign or word follows ("a 10% rise")."""
    tok = d.tok
    return (
        obj.end < len(tok)
        and tok[obj.end].lower_ in ("%", "percent", "pct")
        and all(t.like_num for t in tok[obj.start : obj.end])
    )


def _clause_subject(d: LaunchDoc, trigger: Trigger, obj: Span) -> bool:
    """ "Acme announced the fund would close", "revealed the institute has hired 40 staff":
    a modal or a finite "be"/"have" right after the phrase makes it the subject of a
    reported clause whose "that" was left out; what is announced is the clause, not a new
    thing."""
    tok = d.tok
    if trigger.use == "noun" or obj.start < trigger.end or obj.end >= len(tok):
        return False
    low = tok[obj.end].lower_
    return low in d.lex.modals or low in d.lex.copulas or low in ("has", "have", "had")


def _named(d: LaunchDoc, obj: Span) -> bool:
    """The object is an ORG or its core holds a capitalised name word that is not a place
    (outside Title Case headlines). Only weak, checked and conditional triggers ask."""
    if obj.label_ == "ORG":
        return True
    # the name words first: most objects have none (then the sentence is not looked up)
    return (
        any(
            d.is_name_token(k, False) and d.ent(k, ("GPE",)) is None
            for k in range(obj.start, phrase_core_end(d, obj))
        )
        and not d.sentence(obj.start)[2]
    )


def listed(word: str, words: frozenset[str]) -> bool:
    """``word`` or its singular is in ``words`` ("branches" -> "branch", "labs" -> "lab");
    the same answer as ``word in plural_closure(words)``, for lists built on the fly."""
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    if word.endswith("es") and word[:-2] in words:
        return True
    return word.endswith("s") and word[:-1] in words


@cache
def plural_closure(words: frozenset[str]) -> frozenset[str]:
    """Every word ``listed`` accepts for the rule list ``words``: each word, its "-s" and
    "-es" forms and, for a word in "-y", its "-ies" form. The sense checks test a few head
    words against the same lists for every trigger; one ``isdisjoint`` on the closure (built
    once per list) replaces four string tests and a call per head. Only for the lexicon's
    own lists, which live as long as the component (the cache holds each list)."""
    return with_plurals(words)


def _product_shaped(d: LaunchDoc, obj: Span) -> bool:
    """A name written like a product or model ("the iPhone 15", "Pixel 8", "PlayStation"):
    a digit, or a capital inside a word that also has lower case (not an acronym, "INS").
    Announcing such a name makes the product public, where announcing a company's name
    ("announced Acme as partner") does not."""
    return any(
        any(ch.isdigit() for ch in t.text)
        or (any(ch.isupper() for ch in t.text[1:]) and any(ch.islower() for ch in t.text))
        for t in d.tok[obj.start : obj.end]
    )


def _announced_product_name(d: LaunchDoc, obj: Span) -> bool:
    """An announced phrase that is a product's name (``_product_shaped``) and is headed by
    it: a lower-case common noun at the end heads the phrase, so its digits only count it
    ("a Top 40 chart list was announced", "announced 3bn dollars of asset sales": a ranking
    and an amount, no model). A name with a listed head word ("the Vela 500 engine") passes on
    its head."""
    last = d.tok[obj.end - 1]
    return not (last.is_lower and last.is_alpha) and _product_shaped(d, obj)
