"""Rule phrases as PhraseMatcher patterns, tokenised with a private copy of the tokenizer.

A module of its own, outside ``pipeline.components``: importing anything in that package
runs its ``__init__``, which imports every component, and the ORG rules' own modules
(``pipeline.orgs.word_lists``) need these helpers before their component exists; with the
helpers in ``components.base`` an ORG rule module could not be imported on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab


def pattern_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    """Tokenise rule phrases for a PhraseMatcher with a private copy of the tokenizer.

    Running thousands of gazetteer phrases through ``nlp.tokenizer`` fills its cache and
    vocabulary, and made all later tokenisation about 2.5 times slower (measured with the
    9,000 place names). A PhraseMatcher keeps only the phrases' string hashes, which are
    the same in any vocabulary, so a throwaway tokenizer with the same rules does the job.
    """
    return list(_pattern_tokenizer(nlp).pipe(phrases))


def phrase_patterns(nlp: Language, phrases: Iterable[str], attr: str = "ORTH") -> list[list[int]]:
    """Each phrase as the token hashes (of ``attr``) a PhraseMatcher stores for it.

    ``PhraseMatcher.add`` takes these lists in place of Docs (its own unpickling does), and
    they are what :func:`pattern_docs` would give it. One Doc per phrase cost most of the
    pipeline's load time (half a second for the 9,000 place names, mostly spaCy's per-Doc
    set-up), so the phrases are tokenised as the lines of one text instead: the tokenizer
    splits at every whitespace run and tokenises what lies between on its own, so a line's
    tokens are the phrase's own. A phrase with whitespace other than single inner spaces
    (where a line could differ from a Doc of its own) gets a Doc of its own, as does one whose
    tokens do not start and end exactly on the line's.
    """
    phrases = list(phrases)
    tokenizer = _pattern_tokenizer(nlp)
    plain = [index for index, phrase in enumerate(phrases) if _PLAIN_PHRASE.fullmatch(phrase)]
    patterns: list[list[int] | None] = [None] * len(phrases)
    if plain:
        doc = tokenizer("\n".join(phrases[index] for index in plain))
        arrays = doc.to_array([IDX, LENGTH, {"ORTH": ORTH, "LOWER": LOWER}[attr]])
        starts = arrays[:, 0].tolist()
        ends = (arrays[:, 0] + arrays[:, 1]).tolist()
        hashes = arrays[:, 2].tolist()
        count = len(starts)
        position = last = 0
        for index in plain:
            end = position + len(phrases[index])
            first = last
            while first < count and starts[first] < position:
                first += 1
            last = first
            while last < count and starts[last] < end:
                last += 1
            if first < last and starts[first] == position and ends[last - 1] == end:
                patterns[index] = hashes[first:last]
            position = end + 1
    single = [index for index, found in enumerate(patterns) if found is None]
    for index, own in zip(single, tokenizer.pipe(phrases[i] for i in single), strict=True):
        patterns[index] = own.to_array(attr).tolist()
    return [found for found in patterns if found is not None]


_PLAIN_PHRASE = re.compile(r"[^\s]+(?: [^\s]+)*")
"""Words separated by single spaces: a line of its own tokenises as a Doc of its own."""


def _pattern_tokenizer(nlp: Language) -> Tokenizer:
    """The pipeline's tokenizer rules over a throwaway vocabulary (see ``pattern_docs``)."""
    copy = _PATTERN_TOKENIZERS.get(nlp)
    if copy is None:
        # Only the attributes PhraseMatchers read (ORTH, LOWER) are computed for the
        # throwaway vocabulary: building full lexemes for 9,000 names took most of load time.
        copy = Tokenizer(Vocab(lex_attr_getters={LOWER: str.lower}))
        copy.from_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])
        _PATTERN_TOKENIZERS[nlp] = copy
    return copy


_PATTERN_TOKENIZERS: WeakKeyDictionary[Language, Any] = WeakKeyDictionary()
