"""A legal form that house style writes in lower case: "Tarvel Teasel plc", "Orsk Co plc".

British and Irish papers and wire copy write the public limited company's form in lower case
("plc"), where other forms keep their capitals ("Ltd", "Inc"). ``legal_forms`` takes a form
written in lower case only when it is dotted ("a.s."), because an undotted "as" or "co" in
lower case is an everyday word. The words listed in ``lower_case_legal_forms`` (``orgs.json``)
are no English words, so after a capitalised name word they are the form all the same: the
name rule and ``extents`` then read "Velmora plc" as they read "Velmora PLC".
"""

from __future__ import annotations

from collections.abc import Collection

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions


def with_lower_case_forms(
    tokens: DocView,
    legal: dict[int, int],
    forms: Collection[str],
    lexicon: OrgLexicon,
) -> dict[int, int]:
    """``legal`` (start token -> end token of each legal form) with every listed lower-case
    form that follows a capitalised name word or another legal form ("Co plc") added.

    Lines in capitals need no check: a lower-case form makes a line no line in capitals
    (``is_all_caps``), and a form written in capitals there is ``legal_forms``' own."""
    words = tokens.words
    for form in forms:
        if form not in tokens.text:  # most articles: one substring test per form
            continue
        for i in positions(words, form):
            if i == 0 or i in legal:
                continue
            before = words[i - 1]
            if lexicon.is_name_word(before) or before.lower().rstrip(".") in lexicon.legal_words:
                legal[i] = i + 1
    return legal
