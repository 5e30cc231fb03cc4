"""Rule phrases as PhraseMatcher patterns, tokenised with a private copy of the tokenizer.

A module of its own, outside ``pipeline.components``: importing anything in that package
runs its ``__init__``, which imports every component, and the ORG rules' own modules
(``pipeline.orgs.word_lists``) need these helpers before their component exists; with the
helpers in ``components.base`` an ORG rule module could not be imported on its own.

Tokenising the gazetteers' phrases was a third of the time ``spacy.load`` spent in the
components, so a component keeps the patterns it made (``BuiltPatterns``) and saves them with
its rule data; loading hands them back to :func:`phrase_patterns` (``reusing_patterns``), which
tokenises only the lists it was not given, or all of them when the tokenizer is not the one
that made them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any
from weakref import WeakKeyDictionary

import numpy
import orjson
import srsly
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

    While a component compiles under ``reusing_patterns``, a list built before with the same
    tokenizer is taken as it was built, and every list given is kept for the component to save.
    """
    phrases = list(phrases)
    session = _SESSION.get()
    if session is None:
        return _tokenised_patterns(nlp, phrases, attr)
    return session.patterns(nlp, phrases, attr)


def _tokenised_patterns(nlp: Language, phrases: list[str], attr: str) -> list[list[int]]:
    """:func:`phrase_patterns`, worked out with the pattern tokenizer.

    ``PhraseMatcher.add`` takes these lists in place of Docs (its own unpickling does), and
    they are what :func:`pattern_docs` would give it. One Doc per phrase cost most of the
    pipeline's load time (half a second for the 9,000 place names, mostly spaCy's per-Doc
    set-up), so the phrases are tokenised as the lines of one text instead: the tokenizer
    splits at every whitespace run and tokenises what lies between on its own, so a line's
    tokens are the phrase's own. A phrase with whitespace other than single inner spaces
    (where a line could differ from a Doc of its own) gets a Doc of its own, as does one whose
    tokens do not start and end exactly on the line's.
    """
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


class BuiltPatterns:
    """Phrase lists' patterns as :func:`phrase_patterns` made them, by a digest of the list and
    its attribute, with a digest of the tokenizer that made them (``tokenizer_key``).

    Saved as msgpack: per list, its patterns' lengths and their hashes, each as one array."""

    def __init__(self, tokenizer: str, lists: dict[str, list[list[int]]] | None = None) -> None:
        self.tokenizer = tokenizer
        self.lists: dict[str, list[list[int]]] = lists if lists is not None else {}

    def __bool__(self) -> bool:
        return bool(self.lists)

    def to_bytes(self) -> bytes:
        lists = {}
        for key, patterns in sorted(self.lists.items()):
            lengths = numpy.array([len(pattern) for pattern in patterns], dtype="<u4")
            flat = [value for pattern in patterns for value in pattern]
            lists[key] = [lengths.tobytes(), numpy.array(flat, dtype="<u8").tobytes()]
        return srsly.msgpack_dumps({"tokenizer": self.tokenizer, "lists": lists})

    @classmethod
    def from_bytes(cls, data: bytes) -> BuiltPatterns:
        message = srsly.msgpack_loads(data)
        lists = {}
        for key, (lengths_data, flat_data) in message["lists"].items():
            flat = numpy.frombuffer(flat_data, dtype="<u8").tolist()
            patterns, start = [], 0
            for length in numpy.frombuffer(lengths_data, dtype="<u4").tolist():
                patterns.append(flat[start : start + length])
                start += length
            lists[key] = patterns
        return cls(message["tokenizer"], lists)


def tokenizer_key(nlp: Language) -> str:
    """A digest of the tokenizer's rules: patterns made by another tokenizer are not reused."""
    return hashlib.sha256(nlp.tokenizer.to_bytes(exclude=["vocab"])).hexdigest()


def list_key(phrases: list[str], attr: str) -> str:
    """A digest of a phrase list and the token attribute its patterns hold."""
    return hashlib.sha256(orjson.dumps([attr, phrases])).hexdigest()


class _Session:
    """One component's compile: the patterns it may reuse, and those it made or reused."""

    def __init__(self, built: BuiltPatterns | None) -> None:
        self.built = built
        self.kept: BuiltPatterns | None = None

    def patterns(self, nlp: Language, phrases: list[str], attr: str) -> list[list[int]]:
        if self.kept is None:  # the tokenizer's digest only once a list is asked for
            self.kept = BuiltPatterns(tokenizer_key(nlp))
        key = list_key(phrases, attr)
        found = None
        if self.built is not None and self.built.tokenizer == self.kept.tokenizer:
            found = self.built.lists.get(key)
        if found is None:
            found = _tokenised_patterns(nlp, phrases, attr)
        self.kept.lists[key] = found
        return found


_SESSION: ContextVar[_Session | None] = ContextVar("phrase_pattern_session", default=None)


@contextmanager
def reusing_patterns(built: BuiltPatterns | None) -> Iterator[_Session]:
    """Within the block :func:`phrase_patterns` takes the lists ``built`` holds (when the
    tokenizer is the one that built them); afterwards the session's ``kept`` holds every list
    it gave (None when it gave none), which is what the component saves."""
    session = _Session(built)
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)
