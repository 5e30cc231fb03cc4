"""The shape every launchwatch rule component shares: data in, matchers compiled, data out.

A component holds its rules as one JSON-serialisable dict. The dict comes from ``from_disk``
(a built pipeline in ``models/``), from ``initialize`` (the build step, or a user who passes
their own data), or, when neither ran, from ``default_data()`` on first use, so that
``nlp.add_pipe("launchwatch_money")`` works in any pipeline without further setup.
Data files are written with sorted keys and indentation so they stay human-editable and a
rebuild is byte-for-byte reproducible.
"""

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import orjson
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import ensure_path
from spacy.vocab import Vocab

from pipeline.extensions import CANDIDATES

RuleData = dict[str, Any]


def dump_json(data: Any, path: Path) -> None:
    """Write ``data`` as stable, indented JSON (one place decides the on-disk format)."""
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")


def load_json(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


class RuleComponent:
    """Base class: subclasses implement ``default_data``, ``compile`` and ``process``."""

    data_file = "rules.json"

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: RuleData | None = None

    # -- subclasses -------------------------------------------------------------------------
    def default_data(self) -> RuleData:
        """Build the rule data from the packaged rule files and libraries."""
        raise NotImplementedError

    def compile(self, data: RuleData) -> None:
        """Turn rule data into matchers and regexes; called once per data change."""
        raise NotImplementedError

    def process(self, doc: Doc) -> Doc:
        raise NotImplementedError

    # -- spaCy protocol ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.data is None:
            self.set_data(self.default_data())
        return self.process(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def set_data(self, data: RuleData) -> None:
        self.compile(data)
        self.data = data

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        data: RuleData | None = None,
    ) -> None:
        """Load ``data`` if given, else build the defaults (the build step calls this)."""
        self.set_data(data if data is not None else self.default_data())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.data is None:
            self.set_data(self.default_data())
        dump_json(self.data, path / self.data_file)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.set_data(load_json(ensure_path(path) / self.data_file))
        return self


def add_candidates(doc: Doc, spans: Iterable[Any]) -> None:
    """Append spans to the candidate group that the entity resolver chooses from."""
    group = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else None
    spans = list(spans)
    if group is None:
        doc.spans[CANDIDATES] = spans
    else:
        group.extend(spans)


def pattern_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    """Tokenise rule phrases for a PhraseMatcher with a private copy of the tokenizer.

    Running thousands of gazetteer phrases through ``nlp.tokenizer`` fills its cache and
    vocabulary, and made all later tokenisation about 2.5 times slower (measured with the
    9,000 place names). A PhraseMatcher keeps only the phrases' string hashes, which are
    the same in any vocabulary, so a throwaway tokenizer with the same rules does the job.
    """
    copy = _PATTERN_TOKENIZERS.get(nlp)
    if copy is None:
        # Only the attributes PhraseMatchers read (ORTH, LOWER) are computed for the
        # throwaway vocabulary: building full lexemes for 9,000 names took most of load time.
        copy = Tokenizer(Vocab(lex_attr_getters={LOWER: str.lower}))
        copy.from_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]), exclude=["vocab"])
        _PATTERN_TOKENIZERS[nlp] = copy
    return list(copy.pipe(phrases))


_PATTERN_TOKENIZERS: WeakKeyDictionary[Language, Any] = WeakKeyDictionary()
