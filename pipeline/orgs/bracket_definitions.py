"""A capitalised name that the article defines an acronym for: "Vellmar Online ( VOL )".

An acronym in brackets right after a capitalised name, spelling it, is how news introduces an
organisation it will name by initials ("Patriotic Union of Vell ( PUV )"), whether or not the
name has a head word. ``mentions`` then finds the acronym's bare uses. A defined name is not
always an organisation: a treaty, a disease or a measure ("... Test Ban Treaty ( TBT )",
``not_org_tails``) is not, nor a place; and the acronym must be in capitals and open with the
name's first letter ("Ana Lind ( Vellmar )" defines nothing). A person's initials ("Ana Ruiz
( AR )") take one letter from each word; an acronym that takes more from inside them is a
name's even after a first name ("America Online ( AOL )").
"""

from __future__ import annotations

import re

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.acronyms import abbreviates
from pipeline.orgs.lexicon import OrgLexicon

DEFINED = re.compile(r"\(\s*([A-Z][A-Z&]{1,5})\s*\)")
MAX_NAME_WORDS = 6
INNER_WORDS = frozenset({"of", "and", "for", "&"})


def defined_names(
    tokens: DocView,
    lexicon: OrgLexicon,
    skipped: list[tuple[int, int]],
    places: set[str],
    not_org_tails: frozenset[str],
) -> list[Span]:
    """The shortest capitalised run before each bracketed acronym that it abbreviates,
    outside the token ranges in ``skipped`` (lines in capitals)."""
    text, words = tokens.text, tokens.words
    spans: list[Span] = []
    if "(" not in text:
        return spans
    for match in DEFINED.finditer(text):
        found = tokens.token_range(match.start(), match.end())
        if found is None or (skipped and any(a <= found[0] < b for a, b in skipped)):
            continue
        acronym, end = match.group(1), found[0]
        start = end
        while start > 0 and end - start < MAX_NAME_WORDS:
            word = words[start - 1]
            if lexicon.is_name_word(word) or (
                word in INNER_WORDS and start - 1 > 0 and lexicon.is_name_word(words[start - 2])
            ):
                start -= 1
            else:
                break
        name = next(
            (
                (left, end)
                for left in range(end - 2, start - 1, -1)
                if words[left][:1] == acronym[0]
                and lexicon.is_name_word(words[left])
                and abbreviates(acronym, tokens.char_text(left, end))
            ),
            None,
        )
        if name is None:
            continue
        left = name[0]
        if (
            tokens.char_text(left, end) in places
            or words[end - 1].lower() in not_org_tails
            or words[left] in lexicon.not_name
            or (lexicon.starts_person(words, left) and initials_only(acronym, words[left:end]))
        ):
            continue
        spans.append(Span(tokens.doc, left, end, label=ORG))
    return spans


def initials_only(acronym: str, words: list[str]) -> bool:
    """The acronym is the words' initials, one letter each ("AR" for "Ana Ruiz")."""
    return acronym == "".join(word[0] for word in words).upper()
