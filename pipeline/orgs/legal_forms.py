"""Where the company legal forms of a document are: one map that every ORG rule reads.

Rule 1 (``names``) starts a company's name at a legal form and ``extents`` joins a chain of
them to the name before ("Tarn Cos. Ltd.", "Vell & Co", "(QX) Holdings"). Both ask the same
question of a word, so both read this map, made once per document from the phrase matches of
the forms (``legal_forms`` in the rule data), rather than each testing words its own way.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

WHOLE_WORD_LETTERS = 6
"""A legal form's word this long is written out ("Corporation", "Limited", "Company"), not
abbreviated ("Corp", "Ltd", "Bhd", "Ltda"): a full stop after it is the sentence's."""


def legal_form_ends(
    tokens: DocView,
    matches: Iterable[tuple[int, int]],
    lexicon: OrgLexicon,
    caps_lines: list[tuple[int, int]],
) -> dict[int, int]:
    """Start token -> end token of each legal form written as one, from its phrase matches.

    A form is capitalised ("Ltd.", "& Co") or dotted ("Ostravel a.s." in its own lower case);
    an undotted "as" or "co" in lower case is a word. Not in ALL-CAPS lines, where "AS" or
    "SA" is more often a word than a legal form, nor a one-word stop word in mixed case ("As
    of May 2"). Not before a hyphen that joins a word to it ("Co-operative"; a dash between spaces
    ends the name: "Tarn Arkon Corp - the new company -"). A full stop written apart ("Orvane
    Corp .", as tokenised text has it), or after a form written out in full ("sold to Orvane
    Corporation."), ends the sentence, not the legal form: only an abbreviation takes one.
    """
    words = tokens.words
    legal: dict[int, int] = {}
    for start, end in matches:
        if caps_lines and any(a <= start < b for a, b in caps_lines):
            continue
        if (
            end - start > 1
            and words[end - 1] == "."
            and (
                tokens.starts[end - 1] > tokens.ends[end - 2]
                or len(words[end - 2]) >= WHOLE_WORD_LETTERS
            )
        ):
            end -= 1
        word = words[start]
        if end - start == 1 and word.lower() in lexicon.stop_words and not word.isupper():
            continue
        if (
            end < len(words)
            and words[end] in lexicon.hyphens
            and tokens.starts[end] == tokens.ends[end - 1]
        ):
            continue
        if word[0].isupper() or word == "&" or "." in word:
            legal[start] = max(end, legal.get(start, end))
    return legal
