"""Subjects: the phrase where a left walk from a verb stops. An entity (the first of "X and
Y", the long name of "X (ABC)", "Sichuan province"), a relative pronoun's antecedent, a
pronoun's referent, an appositive's name ("X, a start-up, ..."), a capitalised name or a
noun phrase; "coord" after "and", "prep" after a preposition. Also the sentence's own
subject and the named possessor before a noun, which other verbs inherit."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import HYPHENS, POSSESSIVE, QUOTES_CLOSE, QUOTES_OPEN
from pipeline.launches.arguments.object import plural_closure
from pipeline.launches.arguments.phrases import (
    NAME_LINKS,
    TITLED_PART_LINKS,
    appositive_name_before,
    name_link,
    np_left,
    past_based,
    past_form,
)
from pipeline.launches.clauses import intro_only
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Subject
from pipeline.launches.verbcomplex import chain_left

MAX_TICKER_TOKENS = 6
"""How far back a "<...>" ticker's opening bracket may be ("<KLV.N>", "<KLV A>")."""


def subject_at(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int = 0) -> Subject:
    """The subject that ends at token j, where a left walk stopped: an entity (the first
    of "X and Y", the long name of "X (ABC)", "Sichuan province"), a relative pronoun's
    antecedent, a pronoun's referent, an appositive's name ("X, a start-up, ..."), a
    capitalised name, or a noun phrase; "coord" after "and", "prep" after a
    preposition. A name or phrase inside a PP ("a scheme in Wales") is not the subject;
    a name after a relative clause's noun ("the fund that Acme launched") also reports
    that noun as ``object_relative``."""
    if j < floor:
        return Subject("none")
    token = d.tok[j]
    low = token.lower_
    if depth < 2:
        noun = _noun_before_amount(d, j, floor)
        if noun is not None:
            return subject_at(d, noun, floor, headline, depth + 1)
    entity = _entity_ending_at(d, j, floor, headline)
    if entity is not None:
        return entity
    if low in ("which", "that", "who"):
        return _antecedent(d, j, floor, headline, depth)
    if low in ("it", "they") and depth < 2:
        return _pronoun(d, j, floor, headline, depth)
    if low in d.lex.subject_pronouns:
        return _personal_pronoun(d, j, floor, headline)
    if token.text == ",":
        return _before_comma(d, j, floor, headline, depth)
    if token.text == ")" and depth < 2:
        return _before_brackets(d, j, floor, headline, depth)
    if token.text == ">" and depth < 2:
        return _before_angle_brackets(d, j, floor, headline, depth)
    if token.text in DASHES and depth < 2:
        return _before_dashes(d, j, floor, headline, depth)
    if token.text in QUOTES_CLOSE and depth < 2:
        return _quoted_subject(d, j, floor)
    if low in ("and", "or", "&"):
        return Subject("coord")
    if low in d.lex.prepositions:
        return Subject("prep")
    if d.is_name_token(j, headline) and not (j == floor and token.is_stop):
        return _name_subject(d, j, floor, headline, depth)
    if token.like_num and j - 1 >= floor and d.is_name_token(j - 1, headline) and d.ent(j) is None:
        return _name_subject(d, j, floor, headline, depth)  # "the Nova 5, ..., was launched"
    if d.is_plain_word(j, d.lex.determiners):
        return _phrase_subject(d, j, floor, headline, depth)
    return Subject("none")


def _before_brackets(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """ "The Orbis League (Open Robotics Building In Schools) was founded by ...": a
    bracketed gloss after the subject is passed over."""
    k = j - 1
    while k > floor and j - k < 30 and d.tok[k].text not in ("(", ")"):
        k -= 1
    if k <= floor or d.tok[k].text != "(":
        return Subject("none")
    return subject_at(d, k - 1, floor, headline, depth + 1)


MAX_QUOTED = 10
"""Tokens a quoted subject phrase may hold ("a 'virtual service centre' was created")."""


def _quoted_subject(d: LaunchDoc, j: int, floor: int) -> Subject:
    """A quotation that ends right before the verb is the subject phrase ("A 'virtual
    customer service centre' is being created"): its words without the quotes, when they are
    a short phrase of words, hyphens and numbers."""
    tok = d.tok
    k = j - 1
    while k > floor and j - k <= MAX_QUOTED and tok[k].text not in QUOTES_OPEN:
        k -= 1
    if k < floor or tok[k].text not in QUOTES_OPEN or k + 1 >= j:
        return Subject("none")
    if not all(t.is_alpha or t.text in HYPHENS or t.like_num for t in tok[k + 1 : j]):
        return Subject("none")
    return Subject("np", d.span(k + 1, j))


DASHES = frozenset({"—", "–", "--"})
"""Dashes that set off a parenthetical phrase as a pair ("X — a pot for farmers — was")."""

MAX_DASHED = 30
"""Tokens a parenthetical between two dashes may span."""


def _before_dashes(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """ "The Orrin Fund — a $5 million pot for farmers — was launched": a parenthetical
    between two dashes after the subject is passed over, as a bracketed one is."""
    k = j - 1
    while k > floor and j - k < MAX_DASHED and d.tok[k].text not in DASHES:
        k -= 1
    if k <= floor or d.tok[k].text != d.tok[j].text:
        return Subject("none")
    return subject_at(d, k - 1, floor, headline, depth + 1)


def _before_angle_brackets(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """Wire copy puts a company's ticker in angle brackets after its name, headlines
    included ("KELVO <KLV> OPENS PLANT IN TARNBY"), and sometimes the name itself ("<Kelvo Inc>
    said ..."): a name inside the brackets is the subject, a ticker is passed over."""
    inner = _entity_ending_at(d, j - 1, floor, headline)
    if inner is not None:
        return inner
    k = j - 1
    while k > floor and j - k <= MAX_TICKER_TOKENS and d.tok[k].text not in ("<", ">"):
        k -= 1
    if k <= floor or d.tok[k].text != "<":
        return Subject("none")
    return subject_at(d, k - 1, floor, headline, depth + 1)


def _entity_ending_at(d: LaunchDoc, j: int, floor: int, headline: bool) -> Subject | None:
    """An entity subject ending at j: "Sichuan province", the long name of "X (ABC)", an
    ORG or GPE; a MONEY or DATE there means no subject (None: not an entity at all)."""
    tok = d.tok
    token = tok[j]
    if token.lower_ in d.lex.name_designators and token.is_lower:
        gpe = d.ent(j - 1, ("GPE",)) if j - 1 >= floor else None
        if gpe is not None:
            return Subject("entity", gpe)
    if token.text == ")" and j - 2 >= floor and tok[j - 2].text == "(":
        inner = d.ent(j - 1, ("ORG", "GPE"))
        before = d.ent(j - 3, ("ORG", "GPE")) if j - 3 >= floor else None
        if before is not None:
            return _entity_subject(d, before, floor, headline)
        if inner is not None:
            return Subject("entity", inner)
    ent = d.ent(j, ("ORG", "GPE"))
    if ent is not None:
        campus = d.campus_name(ent)
        if campus is not None and campus.start >= floor:
            return _check_pp(d, Subject("name", campus), campus.start, floor, headline)
        return _entity_subject(d, ent, floor, headline)
    if d.ent(j, ("MONEY", "DATE")) is not None:
        return Subject("none")
    return None


def _noun_before_amount(d: LaunchDoc, j: int, floor: int) -> int | None:
    """ "A fund of $50 million was launched", "a scheme worth $2m has been set up": when the
    walk ends in a sum joined to a noun by "of"/"worth", the subject is that noun (where it
    ends), not the sum; None otherwise."""
    money = d.ent(j, ("MONEY",))
    if money is None or money.end != j + 1:
        return None
    k = money.start - 2
    if k < floor or d.tok[k + 1].lower_ not in d.lex.amount_links:
        return None
    token = d.tok[k]
    if not (token.is_alpha and token.is_lower) or token.lower_ in d.lex.np_break:
        return None
    return k


def _antecedent(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """ "X, which launched ...": the relative pronoun's antecedent X."""
    k = j - 1
    if k >= floor and d.tok[k].text == ",":
        k -= 1
    if depth < 2:
        counted = _counted_antecedent(d, k, floor, headline)
        if counted is not None:
            return counted
        antecedent = described_phrase(d, k, floor, headline, depth + 1)
        if antecedent.span is not None:
            # the pronoun is the clause's subject, so its noun is no object of a relative
            # clause of its own: "Orrin built a store which opened" (not "[the store]
            # Orrin built")
            antecedent.object_relative = None
            return antecedent
        if _postmodified(antecedent, k):
            return Subject("np", antecedent.modified)  # "a fund for farmers, which was launched"
    return Subject("none")


COUNT_WORDS = frozenset({"few", "several", "many", "some", "handful", "dozen", "dozens"})
"""Words that count things without naming them ("among several that were opened")."""


def _counted_antecedent(d: LaunchDoc, k: int, floor: int, headline: bool) -> Subject | None:
    """ "X was among several that were opened", "X is one of three that opened": a bare
    count before the relative pronoun counts things like X, the subject of the copula
    before "among" or "one of"; that subject is what the clause is about (None when the
    words before the pronoun are not this shape)."""
    tok = d.tok
    if k < floor or not (tok[k].like_num or tok[k].lower_ in COUNT_WORDS) or d.ent(k) is not None:
        return None
    m = k - 1
    while m >= floor and tok[m].lower_ in ("a", "the"):
        m -= 1
    if m - 1 >= floor and tok[m].lower_ == "of" and tok[m - 1].lower_ == "one":
        m -= 2
    elif m >= floor and tok[m].lower_ == "among":
        m -= 1
    else:
        return None
    if m - 1 < floor or tok[m].lower_ not in d.lex.copulas:
        return None
    subject = subject_at(d, m - 1, floor, headline, 2)
    return (
        subject if subject.kind in ("np", "name", "entity") and subject.span is not None else None
    )


def described_phrase(
    d: LaunchDoc, j: int, floor: int, headline: bool, depth: int, *, participle: bool = False
) -> Subject:
    """The phrase ending at token j that a relative or participle clause after it
    describes ("a stake in Kelvo, which was set up in 1990", "users of Tarn Radio,
    launched in May"): a finite verb's subject is never inside a prepositional phrase, but
    the phrase such a clause describes may be, so a name, an entity or (after "of") a noun
    phrase there is taken. The maker after "from" stays out ("the app from Acme, which was
    released": the app was), and so does a common noun after other prepositions ("a
    service for phones, which", "among a few that"), which a relative clause rarely
    describes; a ``participle`` clause after a comma does describe it ("Under the scheme,
    announced in May, ...")."""
    found = subject_at(d, j, floor, headline, depth)
    if j < floor or (found.span is None and not found.blocked):
        return found
    ent = d.ent(j, ("ORG", "GPE"))
    if found.span is not None and not _verb_phrase(d, found.span) and ent is None:
        return found  # "a plant in Tarnby, which opened": the place says where the plant is
    if found.span is not None and ent is not None and ent.label_ == "GPE":
        return found
    numbered = d.tok[j].like_num and j - 1 >= floor and d.is_name_token(j - 1, headline)
    if ent is not None and ent.start >= floor:
        listed_first = _entity_subject(d, ent, floor, headline)  # the first of "X and Y"
        phrase = listed_first if listed_first.kind == "entity" else Subject("entity", ent)
    elif d.is_name_token(j, headline) or numbered:
        start = j - 1 if numbered else j
        while (
            start - 1 >= floor and d.is_name_token(start - 1, headline) and d.ent(start - 1) is None
        ):
            start -= 1
        phrase = Subject("name", d.without_title(d.span(start, j + 1)))
    elif d.is_plain_word(j, d.lex.determiners):
        np = np_left(d, j, floor)
        if np is None:
            return found
        phrase = Subject("np", np)
    else:
        return found
    k = phrase.span.start - 1
    while k >= floor and d.tok[k].lower_ in d.lex.determiners:
        k -= 1
    preposition = d.tok[k].lower_ if k >= floor else ""
    if preposition == "from" or (phrase.kind == "np" and preposition != "of" and not participle):
        return found
    return phrase


def _verb_phrase(d: LaunchDoc, span: Span) -> bool:
    """The "phrase" is one past participle ("are held at the X", "are given at the X"): a
    verb, no noun."""
    if len(span) != 1 or not span[0].is_lower:
        return False
    before = d.tok[span.start - 1].lower_ if span.start > 0 else ""
    return past_form(d, span[0].lower_) or before in d.lex.be_forms


def _name_subject(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """A capitalised name ending at j: the whole run (joined to an ORG the recogniser cut
    short), the first of "X and Y", not a name inside a PP; a relative clause's noun
    before it is reported as ``object_relative``."""
    tok = d.tok
    start = j
    while (
        start - 1 >= floor
        and (
            d.is_name_token(start - 1, headline)
            or (
                tok[start - 1].like_num
                and start - 2 >= floor
                and d.is_name_token(start - 2, headline)
            )
        )
        and d.ent(start - 1) is None
    ):
        start -= 1
    if start == floor and tok[start].is_stop and start < j:
        start += 1
    if tok[start].is_stop and start == j:
        return Subject("none")
    if generic_capitalised(d, start, j):
        return _phrase_subject(d, j, floor, headline, depth)
    if headline and _generic_headline_phrase(d, start, j):
        return Subject("np", d.span(start, j + 1))
    partial = d.ent(start - 1, ("ORG",)) if start - 1 >= floor else None
    if partial is not None:
        start = partial.start  # a name the ORG recogniser cut short: "Acme" + "Grid"
    span = d.span(start, j + 1)
    if start - 2 >= floor and tok[start - 1].lower_ in ("and", "&") and depth < 2:
        first = subject_at(d, start - 2, floor, headline, 2)
        if first.kind in ("entity", "name") and first.span is not None:
            if first.span.end == start - 1 and name_link(d, first.span.start, first.span.end):
                # "the Museum of Art and Design": "and" inside the name's own of/for part
                return Subject("name", d.span(first.span.start, j + 1))
            return first
    if headline and start - 2 >= floor and tok[start - 1].text == "," and depth < 2:
        first = subject_at(d, start - 2, floor, headline, 2)
        if first.kind in ("entity", "name") and first.span is not None:
            return first  # "Acme, Bolt Unveil ...": a headline's comma is its "and"
    subject = _check_pp(d, Subject("name", d.without_title(span)), start, floor, headline)
    if subject.kind == "name":
        subject.object_relative = relative_object(d, start, floor, headline, named=True)
    return subject


def generic_capitalised(d: LaunchDoc, start: int, j: int) -> bool:
    """ "The University has opened ...": one capitalised launchable head noun after "the"
    and no entity is the house style's capital on a generic reference, not a name (generic
    references are never agents)."""
    token = d.tok[j]
    return (
        start == j
        and j > 0
        and d.tok[j - 1].lower_ == "the"
        and token.is_title
        and token.lower_ in d.lex.object_heads
        and d.ent(j) is None
    )


def _generic_headline_phrase(d: LaunchDoc, start: int, j: int) -> bool:
    """ "Dutch Carmaker Opens ...", "Ministry Unveils ...": in a Title Case
    headline, everyday words before a generic head noun describe, they do not name (a
    word the article coins, "Kirovan Bank", is a name)."""
    tok = d.tok
    head = tok[j].lower_
    if head not in d.lex.object_heads and head not in d.lex.generic_agent_heads:
        return False
    return (
        all(tok[k].lower_ in d.lex.common_words and d.ent(k) is None for k in range(start, j))
        and d.ent(j) is None
    )


def _phrase_subject(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """A lower-case noun phrase ending at j, or the name an appositive phrase describes
    ("Acme, a start-up, launched")."""
    np = np_left(d, j, floor)
    if np is None:
        return Subject("none")
    first = _name_before_companions(d, np, floor, headline, depth)
    if first is not None:
        return first
    subject = _check_pp(d, Subject("np", np), np.start, floor, headline)
    if subject.kind == "np":
        named = appositive_name_before(d, np.start, floor, headline)
        if named is not None and not _in_fronted_clause(d, named, floor):
            return Subject("name", named)
        if depth < 2:
            subject.object_relative = relative_object(d, np.start, floor, headline)
    return subject


def _name_before_companions(
    d: LaunchDoc, np: Span, floor: int, headline: bool, depth: int
) -> Subject | None:
    """ "Ana Lind and her brother founded", "Kelvo and its partners set up": a possessive
    phrase after "and" names the first conjunct's companions, and the name is the subject
    (None when no name or entity stands before "and")."""
    tok = d.tok
    k = np.start - 1
    if not (k - 2 >= floor and depth < 2 and tok[k].lower_ in d.lex.possessive_determiners):
        return None
    if tok[k - 1].lower_ not in ("and", "&"):
        return None
    first = subject_at(d, k - 2, floor, headline, 2)
    return first if first.kind in ("entity", "name") and first.span is not None else None


def _in_fronted_clause(d: LaunchDoc, name: Span, floor: int) -> bool:
    """The name before the comma lies in a clause that opens the sentence with a participle
    or a preposition and has no comma of its own ("Developed by engineers at X, the app
    was launched", "Under pressure from X, the council launched"): that comma ends the
    clause, so the phrase after it is the subject, not an appositive describing X."""
    tok = d.tok
    first = tok[floor]
    if floor + 1 >= name.start or d.ent(floor) is not None:
        return False
    low = first.lower_
    nxt = tok[floor + 1]
    participle = (
        first.is_alpha
        and low.endswith(("ed", "ing"))
        and (nxt.is_lower or nxt.lower_ in d.lex.prepositions)
    )
    if not (participle or low in d.lex.prepositions):
        return False
    return all(tok[k].text != "," for k in range(floor + 1, name.start))


def _entity_subject(d: LaunchDoc, ent: Span, floor: int, headline: bool) -> Subject:
    """An entity ending the subject: first conjunct of "X and Y", not one inside a PP."""
    tok = d.tok
    k = ent.start - 1
    if k >= floor and tok[k].lower_ == "the":
        k -= 1
    if k >= floor and tok[k].lower_ in ("and", "&", "or", "nor"):
        m = k - 1
        if m >= floor and tok[m].text == ")" and m - 3 >= floor and tok[m - 2].text == "(":
            m -= 3
        first = d.ent(m, ("ORG", "GPE")) if m >= floor else None
        if first is not None:
            return _entity_subject(d, first, floor, headline)
    if headline and k >= floor and tok[k].text == "," and ent.label_ in ("ORG", "GPE"):
        first = d.ent(k - 1, (ent.label_,)) if k - 1 >= floor else None
        if first is not None:
            # "Acme, Bolt Unveil ...", "TARNLAND, OSTRIA SET UP ...": the first named
            return _entity_subject(d, first, floor, headline)
    subject = _check_pp(d, Subject("entity", ent), ent.start, floor, headline)
    if subject.kind == "entity":
        subject.object_relative = relative_object(d, ent.start, floor, headline, named=True)
    return subject


def _check_pp(d: LaunchDoc, subject: Subject, start: int, floor: int, headline: bool) -> Subject:
    """A name right after a preposition is inside a PP ("a scheme in Wales"): look
    further left for the noun it modifies and keep the place as a location."""
    tok = d.tok
    k = start - 1
    if k >= floor and (
        tok[k].lower_ in ("the", "a", "an") or tok[k].lower_ in d.lex.possessive_determiners
    ):
        k -= 1
    if subject.kind == "np":
        k = _before_owner(d, k, floor)
    if k < floor or tok[k].lower_ not in d.lex.prepositions or tok[k].lower_ in d.lex.subordinators:
        return subject
    joined = _name_with_part(d, subject, k, floor, headline)
    if joined is not None:
        return _check_pp(d, joined, joined.span.start, floor, headline)
    if (
        tok[k].lower_ == "by"
        and k - 2 >= floor
        and tok[k - 1].is_lower
        and tok[k - 1].lower_.endswith("ed")
    ):
        # "a mill owned by a Swiss group has opened": the noun the participle describes
        outer = subject_at(d, k - 2, floor, headline, 2)
        if outer.kind in ("np", "name", "entity"):
            return outer
    if subject.kind == "np" and subject.span is not None and _approximated(d, subject.span, k):
        return subject  # "more than 200 stores were opened": the number's word, not a PP
    if (
        subject.kind == "np"
        and subject.span is not None
        and tok[k].lower_ == "of"
        and k - 1 >= floor
        and (tok[k - 1].lower_ in d.lex.quantity_heads or _partitive(d, k - 1))
    ):
        # "a raft of tablets were unveiled", "three of the new funds were launched": the
        # quantity and its "of" phrase
        quantity = np_left(d, k - 1, floor)
        if quantity is not None:
            return _check_pp(
                d,
                Subject("np", d.span(quantity.start, subject.span.end)),
                quantity.start,
                floor,
                headline,
            )
    location = subject.span if subject.span is not None and subject.span.label_ == "GPE" else None
    if (
        location is not None
        and tok[k].lower_ == "of"
        and k - 1 >= floor
        and tok[k - 1].lower_ in d.lex.name_designators
    ):
        return subject  # "the state of Oregon launched ...": the place itself
    if tok[k].lower_ in d.lex.location_prepositions and k - 1 >= floor:
        outer = subject_at(d, k - 1, floor, headline, 2)
        if outer.kind in ("np", "name", "entity"):
            outer.location = outer.location or location
            # "wrote to the paper X in a statement released ...": a phrase between a name
            # and the verb rules out "the plant X opened", a relative clause's noun
            outer.object_relative = None
            return outer
    if tok[k].lower_ not in d.lex.location_prepositions:
        location = None
    modified = None
    if tok[k].lower_ in ("from", "of") and k - 1 >= floor:
        outer = subject_at(d, k - 1, floor, headline, 2)
        if outer.kind == "np":
            modified = outer.span  # "the new app from Acme was released"
    elif tok[k].lower_ in POSTMODIFIER_PREPOSITIONS and k - 1 >= floor and subject.span is not None:
        outer = subject_at(d, k - 1, floor, headline, 2)
        if outer.span is not None and (
            (outer.kind == "np" and _launchable(d, outer.span))
            or (
                outer.kind in ("name", "entity")
                and outer.span.start == floor
                and outer.span.end == k
            )
        ):
            # "said a fund for farmers was launched": the thing and what it is for; also a
            # name opening the sentence ("Tarncom on rural health was set up")
            modified = d.span(outer.span.start, subject.span.end)
        elif outer.modified is not None and outer.modified.end <= k:
            # "flights from Oslo to Riga were launched": a chain of phrases after the noun
            modified = d.span(outer.modified.start, subject.span.end)
    return Subject("none", location=location, blocked=True, modified=modified)


def _before_owner(d: LaunchDoc, k: int, floor: int) -> int:
    """When ``k`` is the possessive of a named owner ("on Kelp Energy's network"), the token
    before the owner's name, where a preposition shows the phrase is inside a PP; ``k``
    otherwise."""
    tok = d.tok
    if k - 1 < floor or tok[k].text not in POSSESSIVE:
        return k
    owner = d.ent_at.get(k - 1)
    if owner is not None and owner.end == k:
        return owner.start - 1
    m = k - 1
    while m >= floor and tok[m].is_title and d.ent(m) is None:
        m -= 1
    return m if m < k - 1 else k


def _name_with_part(
    d: LaunchDoc, subject: Subject, k: int, floor: int, headline: bool
) -> Subject | None:
    """ "The Museum of Modern Glass was opened", "Orrin Fund for Young Farmers was
    launched": a name after "of"/"for" whose head before it is a capitalised object head
    word (or ends an ORG) is that name's own part, not a prepositional phrase; so is a name
    after a ``TITLED_PART_LINKS`` word, or after "of"/"for", whose head is any capitalised
    name word but a person's title ("Forum on Coastal Affairs", not "the Governor of
    Tarnvale"). The whole name, from the start of the head's name run, is the subject (None
    otherwise)."""
    tok = d.tok
    j = k - 1
    span = subject.span
    link = tok[k].lower_
    if (
        span is None
        or subject.kind not in ("name", "entity")
        or (link not in NAME_LINKS and link not in TITLED_PART_LINKS)
        or j < floor
        or not tok[j].is_title
    ):
        return None
    org = d.ent(j, ("ORG",))
    if org is not None and org.end == j + 1 and org.start >= floor:
        return Subject("name", d.span(org.start, span.end))
    titled = (
        not headline
        and j > floor
        and d.is_name_token(j, headline)
        and tok[j].lower_ not in d.lex.person_titles  # "the Governor of Tarnvale": a person
    )
    if d.ent(j) is not None or not (
        titled or (link in NAME_LINKS and tok[j].lower_ in plural_closure(d.lex.object_heads))
    ):
        return None
    start = j
    while start - 1 >= floor and d.is_name_token(start - 1, headline) and d.ent(start - 1) is None:
        start -= 1
    if start < j and tok[start].is_stop and start == floor:
        start += 1
    return Subject("name", d.span(start, span.end))


POSTMODIFIER_PREPOSITIONS = frozenset({"for", "to", "with", "between", "on", "about", "against"})
"""Prepositions whose phrase describes the noun before it ("a fund for farmers", "a route
to Orrin", "an app with maps"): after a launchable noun the whole phrase is the subject."""


def _postmodified(subject: Subject, j: int) -> bool:
    """The blocked phrase ending at j postmodifies a launchable noun, and the noun with its
    phrase ("fund for farmers", set by ``_check_pp``) ends at j: the thing a relative clause
    after it describes. A noun before "from"/"of" ends before its preposition and stays
    out ("a grant from the Tarn Fund, which was launched": the fund was)."""
    return subject.modified is not None and subject.modified.end == j + 1


def _launchable(d: LaunchDoc, np: Span) -> bool:
    """The phrase's last word is a launchable head noun ("fund", "routes")."""
    return np[-1].lower_ in plural_closure(d.lex.launchable_heads)


COMPARATIVES = frozenset({"more", "less", "fewer"})
"""Words before "than" in a number's approximator ("more than 200 stores")."""

PARTITIVES = frozenset({"most", "some", "many", "several", "all", "half", "both", "first", "total"})
"""Words that take a part of the "of" phrase after them ("most of the new stores", "the
first of the clinics", "a total of 40 schools"), as a number does ("three of the funds")."""


def _approximated(d: LaunchDoc, np: Span, k: int) -> bool:
    """The phrase starts with a number and the word k before it approximates that number
    ("about 40 clinics", "more than 200 stores"): no preposition opens a PP there."""
    tok = d.tok
    if not tok[np.start].like_num:
        return False
    low = tok[k].lower_
    if low == "than":
        return k > 0 and tok[k - 1].lower_ in COMPARATIVES
    return low in d.lex.quantity_approximators


def _partitive(d: LaunchDoc, j: int) -> bool:
    """Token j is a number or a partitive word before "of" ("three of", "most of")."""
    token = d.tok[j]
    return token.like_num or token.lower_ in PARTITIVES


def _pronoun(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """ "it"/"they": the subject of the reporting verb before it, else the sentence's."""
    tok = d.tok
    k = j - 1
    while k >= floor:
        low = tok[k].lower_
        date = d.ent(k, ("DATE",))
        if date is not None:
            k = date.start - 1
            continue
        if (
            low in ("that", ",")
            or low in d.lex.date_prepositions
            or (tok[k].is_lower and low.endswith("ly"))
        ):
            k -= 1
            continue
        break
    if k >= floor and tok[k].lower_ in d.lex.reporting_verbs:
        _, stop, _ = chain_left(d, k, floor)
        subject = subject_at(d, stop, floor, headline, depth + 1)
        if subject.kind == "coord":
            return subject
        if subject.kind in ("entity", "name"):
            return subject
        if not _reported_by_verb(d, stop):
            return Subject("none")
        # "X dismissed reports that it would open": the reporting word is a noun after a
        # verb, and the pronoun is the sentence's subject
        head = sentence_subject(d, floor, headline)
        return head if head.kind in ("entity", "name") else Subject("none")
    head = sentence_subject(d, floor, headline)
    subject = head if head.span is not None else Subject("none")
    if k >= floor and tok[k].lower_ == "which":
        # "the tablet, which it unveiled": the object is the noun "which" stands for
        subject.object_relative = relative_object(d, j, floor, headline)
    elif k >= floor and d.is_plain_word(k, d.lex.skippable, d.lex.prepositions):
        # a zero relative: "the network it launched" -> the object is that noun
        subject.object_relative = np_left(d, k, floor)
    return subject


def _personal_pronoun(d: LaunchDoc, j: int, floor: int, headline: bool) -> Subject:
    """ "the meal scheme that he introduced", "the company she founded in 1990": a person's
    pronoun is no agent (pronouns are not names), but the noun its relative clause
    modifies is what was launched. A zero relative needs a determiner before its noun
    ("the company she founded"), so "said she founded" reads no object."""
    tok = d.tok
    subject = Subject("none")
    k = j - 1
    if k < floor:
        return subject
    if tok[k].lower_ in ("which", "that"):
        subject.object_relative = relative_object(d, j, floor, headline)
        return subject
    lex = d.lex
    if d.ent_at.get(k) is None and d.is_plain_word(
        k, lex.skippable, lex.reporting_verbs, lex.subordinators, lex.forms
    ):
        np = np_left(d, k, floor)
        if np is not None and np.start - 1 >= floor and tok[np.start - 1].lower_ in lex.determiners:
            subject.object_relative = np
    return subject


def _reported_by_verb(d: LaunchDoc, k: int) -> bool:
    """Token k, before a reporting word, is a lower-case past or reporting verb ("denied
    reports", "dismissed claims"): the reporting word is that verb's object noun."""
    token = d.tok[k]
    low = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and (low.endswith("ed") or low in d.lex.reporting_verbs)
        and d.ent(k) is None
    )


def _before_comma(d: LaunchDoc, j: int, floor: int, headline: bool, depth: int) -> Subject:
    """ "X, an appositive, launched": the named one of X and the appositive."""
    tok = d.tok
    k = j - 1
    while k >= floor and tok[k].text != ",":
        k -= 1
    if k < floor or depth >= 2:
        if intro_only(d, floor, j):
            return Subject("none")
        return Subject("coord")
    titled = _person_before_titles(d, j, floor, headline) if depth == 0 else None
    if titled is not None:
        return titled
    segment_start = k + 1
    while segment_start < j and tok[segment_start].lower_ in d.lex.determiners:
        segment_start += 1
    segment_start = past_based(d, segment_start, j)
    segment = _named_segment(d, segment_start, j, headline)
    before = subject_at(d, k - 1, floor, headline, depth + 1)
    if intro_only(d, floor, k):
        return segment or Subject("none")
    if before.kind in ("entity", "name"):
        return before
    if segment is not None:
        return segment
    return before


def _person_before_titles(d: LaunchDoc, j: int, floor: int, headline: bool) -> Subject | None:
    """ "Ravi Menon, Minister of Trade, Ports and Shipping, inaugurated": an
    appositive with a title, itself holding commas, after a person's name of two or more
    words; the name before the comma that opens it is the subject."""
    tok = d.tok
    titled = False
    commas = 0
    m = j - 1
    while m > floor and commas < 3 and j - m < 30:
        if tok[m].text == ",":
            commas += 1
            if titled:
                name = subject_at(d, m - 1, floor, headline, 2)
                span = name.span
                if (
                    name.kind == "name"
                    and span is not None
                    and len(span) >= 2
                    and not any(t.lower_ in d.lex.person_titles for t in span)
                ):
                    return name
        elif tok[m].lower_ in d.lex.person_titles:
            titled = True
        m -= 1
    return None


def _named_segment(d: LaunchDoc, start: int, end: int, headline: bool) -> Subject | None:
    """The tokens [start, end) are one entity or one capitalised name."""
    if start >= end:
        return None
    ent = d.ent(start, ("ORG", "GPE"))
    if ent is not None and ent.start == start and ent.end == end:
        return Subject("entity", ent)
    if all(
        d.is_name_token(k, headline) or (d.tok[k].like_num and k > start) for k in range(start, end)
    ):
        return Subject("name", d.span(start, end))
    return None


def relative_object(
    d: LaunchDoc, start: int, floor: int, headline: bool, *, named: bool = False
) -> Span | None:
    """The noun a relative clause starting at ``start`` modifies: "a scheme that [Acme
    introduced]", "the ranking [the institute released]", and, when the clause's subject
    is a name (``named``), "the plant [Acme] opened" (None when there is none)."""
    tok = d.tok
    k = start - 1
    determiner = k >= floor and tok[k].lower_ in ("the", "a", "an")
    if determiner:
        k -= 1
    elif named:
        # a name needs no determiner to start a clause after the noun it describes, when
        # that noun is a launchable head ("the plant Acme opened"); other nouns before a
        # name describe it ("marketing head Ana Lind", "rival Acme")
        determiner = k >= floor and tok[k].lower_ in plural_closure(d.lex.object_heads)
    if k < floor:
        return None
    low = tok[k].lower_
    if low in ("which", "that"):
        m = k - 1
        if m >= floor and tok[m].text == ",":
            m -= 1
        counted = _counted_antecedent(d, m, floor, headline)
        if counted is not None:
            return counted.span
        antecedent = described_phrase(d, m, floor, headline, 2)
        if antecedent.kind in ("np", "name", "entity"):
            return antecedent.span
        if _postmodified(antecedent, m):
            return antecedent.modified  # "the fund for farmers, which Acme launched"
        if antecedent.blocked and d.is_plain_word(m, d.lex.determiners):
            # "the price of the tablet, which it launched": inside a PP, the nearest noun
            return np_left(d, m, floor)
        return None
    lex = d.lex
    if (
        determiner
        and d.is_plain_word(k, lex.prepositions, lex.skippable, lex.reporting_verbs, lex.forms)
        and not low.endswith(("ed", "ly"))
        and not _after_subject_word(d, k, floor)
        # a time phrase before a clause dates it ("Last spring the council released ..."): a
        # date is no thing a clause describes
        and d.ent(k, ("DATE",)) is None
    ):
        return np_left(d, k, floor)
    return None


def _after_subject_word(d: LaunchDoc, k: int, floor: int) -> bool:
    """Word k follows a subject pronoun or a demonstrative that opens the clause ("That
    beats the fund launched in 2015"): it is a verb, not a noun with a relative clause
    after it."""
    if k - 1 < floor:
        return False
    prev = d.tok[k - 1].lower_
    return prev in d.lex.subject_pronouns or (
        prev in ("that", "this") and (k - 1 == floor or d.tok[k - 2].is_punct)
    )


def possessor_before(d: LaunchDoc, j: int, floor: int, headline: bool) -> Subject | None:
    """The named possessor of the noun phrase ending just before token j: "Acme's role"
    in "Acme's role in founding ..." (None when the phrase has no named possessor)."""
    k = j - 1
    if k < floor or not (d.tok[k].is_alpha and d.tok[k].is_lower):
        return None
    np = np_left(d, k, floor)
    mark = np.start - 1 if np is not None else -1
    if mark - 1 < floor or d.tok[mark].text not in POSSESSIVE:
        return None
    owner = subject_at(d, mark - 1, floor, headline, 2)
    return owner if owner.kind in ("entity", "name") else None


def sentence_subject(d: LaunchDoc, floor: int, headline: bool) -> Subject:
    """The head of the sentence's first noun phrase, after an introductory adverbial: the
    last entity or name before the first word that is not part of a noun phrase (an
    entity, once found, is not replaced by a later name)."""
    doc = d.doc
    tok = d.tok
    sent_end = d.bounds(floor)[1]
    k = _past_introduction(d, floor, sent_end)
    last: Span | None = None
    kind = "none"
    while k < sent_end:
        token = tok[k]
        ent = d.ent(k, ("ORG", "GPE", "MONEY", "DATE"))
        if ent is not None:
            if ent.label_ not in ("MONEY", "DATE") and not (
                ent.end < len(doc) and tok[ent.end].text in POSSESSIVE
            ):
                last, kind = ent, "entity"
            k = ent.end
            continue
        low = token.lower_
        if token.text in ("(",):
            while k < sent_end and tok[k].text != ")":
                k += 1
            k += 1
            continue
        if token.text in POSSESSIVE or token.text in HYPHENS or low == "the":
            k += 1
            continue
        if d.is_name_token(k, headline):
            if low in d.lex.forms:
                break
            start = k
            k = d.name_run_end(start, sent_end, headline)
            if not (start == floor and tok[start].is_stop and k - start == 1):
                if last is None or kind != "entity":
                    last, kind = d.span(start, k), "name"
            continue
        if d.is_plain_word(k, d.lex.prepositions, d.lex.forms):
            k += 1
            continue
        break
    if last is None:
        return Subject("none")
    return Subject(kind, last)


def _past_introduction(d: LaunchDoc, floor: int, sent_end: int) -> int:
    """Where the sentence's subject can start: after an introductory adverbial that ends
    in a comma within 12 tokens ("In September 2022,", "Yesterday,", "Notably,"), and after
    an introductory date or place without a comma ("In 2019 Ontario launched ...")."""
    tok = d.tok
    k = floor
    comma = next((m for m in range(floor, min(sent_end, floor + 12)) if tok[m].text == ","), None)
    if comma is not None and intro_only(d, floor, comma):
        k = comma + 1
    while k + 1 < sent_end and tok[k].lower_ in d.lex.prepositions:
        ent = d.ent(k + 1, ("DATE", "GPE"))
        if ent is None or ent.start != k + 1 or ent.end >= sent_end:
            break
        k = ent.end
    return k
