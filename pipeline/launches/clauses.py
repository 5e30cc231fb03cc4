"""Where clauses and introductory phrases begin and end, read from words alone: a new clause
after "and", the "to" of an infinitive, and an introductory "In May 2019," / "In Peru,"."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import POSSESSIVE, QUOTES_OPEN
from pipeline.launches.context import LaunchDoc


def new_clause(d: LaunchDoc, k: int, limit: int) -> bool:
    """Token k ("and", ", and") starts a clause with its own subject and verb (", and the
    government is expected to ...", "and in 2021 it set up ..."), not a second object or
    a coordinated name ("by Harbor Bank and the city of Porto in 2021")."""
    tok = d.tok
    token = tok[k]
    if token.lower_ == "and":
        m = k + 1
    elif token.text == "," and k + 1 < limit and tok[k + 1].lower_ == "and":
        m = k + 2
    else:
        return False
    if m >= limit or d.ent(k) is not None:
        return False  # k in an entity: "Ministry of Industry, Science and Resources"
    nxt = tok[m]
    if not (
        not nxt.is_lower
        or nxt.lower_ in d.lex.determiners
        or nxt.lower_ in d.lex.pronouns
        or nxt.lower_ in d.lex.prepositions
        or d.ent(m) is not None
    ):
        return False
    for j in range(m, min(limit, m + 10)):
        word = tok[j]
        low = word.lower_
        if word.is_punct:
            break
        if (
            low in d.lex.subject_pronouns
            or low in d.lex.modals
            or low in d.lex.auxiliaries
            or low in d.lex.reporting_verbs
            or low in d.lex.forms
            or (
                j > m
                and word.is_lower
                and low.endswith("ed")
                and tok[j - 1].lower_ not in d.lex.determiners
                and not tok[j - 1].lower_.endswith("ly")
            )
        ):
            return True
    return False


def purpose_infinitive(d: LaunchDoc, k: int, limit: int) -> bool:
    """Token k is the "to" of an infinitive ("to train"), as far as words tell: not "to"
    before a determiner, a number or a name ("opened to the public", "to 5 January")."""
    tok = d.tok
    if tok[k].lower_ != "to" or k + 1 >= limit:
        return False
    nxt = tok[k + 1]
    return (
        nxt.is_alpha
        and nxt.is_lower
        and d.ent(k + 1) is None
        and nxt.lower_ not in d.lex.determiners
        and nxt.lower_ not in d.lex.pronouns
    )


def introduction(d: LaunchDoc, floor: int, limit: int) -> tuple[Span | None, Span | None, int]:
    """An introductory "In May 2019," / "In Peru," / "At Sunday's ceremony," at the
    sentence start: its date, its place and where it ends. Without a comma only a
    leading date counts, and only for the date: after a preposition ("In 2019 Ontario
    launched ..."), before a subject pronoun ("Today we launch"), or before a name or an
    inverted "did" ("Last month Acme launched", "Only last year did Acme launch", "Not
    until 2015 did Acme open")."""
    tok = d.tok
    ent_at, ent_label = d.ent_at, d.ent_label  # ``d.ent`` inlined: a test per word
    while floor < limit and tok[floor].text in QUOTES_OPEN:
        floor += 1  # a quotation opening the sentence: "“In May, we ..."
    k = floor
    date = place = None
    while k < limit:
        token = tok[k]
        label = ent_label.get(k)
        if label == "DATE" or label == "GPE":
            ent = ent_at[k]
            if label == "DATE":
                date = date or ent
            else:
                place = place or ent
            k = ent.end
            continue
        low = token.lower_
        if token.text == ",":
            if date is not None or place is not None:
                return date, place, k
            k += 1
            continue
        if (
            low in d.lex.prepositions
            or low == "the"
            or (low.endswith("ly") and token.is_alpha)
            or (k == floor and low in d.lex.negations)  # "Not until 2015 did ..."
            or (k == floor and low in d.lex.date_comparatives)  # "Earlier today, ..."
            or (date is not None and token.text in POSSESSIVE)
            or (date is not None and token.is_lower and tok[k - 1].text in POSSESSIVE)
        ):
            k += 1
            continue
        break
    if date is not None and date.start == floor + 1 and tok[floor].lower_ in d.lex.prepositions:
        return date, None, date.end
    if (
        date is not None
        and date.start == floor
        and date.end < limit
        and tok[date.end].lower_ in d.lex.subject_pronouns
    ):
        return date, None, date.end  # "Today we launch the fund"
    if (
        date is not None
        and date.end < limit
        and all(
            t.lower_ in d.lex.prepositions
            or t.lower_ in d.lex.negations
            or t.lower_ in d.lex.date_comparatives
            or (t.is_alpha and t.lower_.endswith("ly"))
            for t in tok[floor : date.start]
        )
        and (
            ent_label.get(date.end) in ("ORG", "GPE")
            or d.is_name_token(date.end, False)
            or tok[date.end].lower_ in d.lex.do_support
        )
    ):
        # "Last month Acme launched ...", "Only last year did Acme launch ...": a date that
        # opens the sentence before its named subject or an inverted "did"
        return date, None, date.end
    return None, None, floor


def intro_only(d: LaunchDoc, floor: int, end: int) -> bool:
    """Tokens [floor, end) are an introductory adverbial: dates, places after a
    preposition ("In Peru,"), prepositions and adverbs."""
    tok = d.tok
    k = floor
    if k >= end:
        return True
    preposition = False
    while k < end:
        ent = d.ent(k, ("DATE", "GPE"))
        if ent is not None:
            if ent.label_ == "GPE" and not preposition:
                return False
            k = ent.end
            continue
        token = tok[k]
        low = token.lower_
        preposition = preposition or low in d.lex.prepositions
        if (
            low in d.lex.prepositions
            or low in ("the", ",")
            or (k == floor and low in d.lex.date_comparatives)
            or (low.endswith("ly") and token.is_alpha)
        ):
            k += 1
            continue
        return False
    return True
