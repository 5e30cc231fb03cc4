"""The shape every launchwatch rule component shares: data in, matchers compiled, data out.

A component holds its rules as one JSON-serialisable dict, and it is a complete spaCy
component in the way ``spacy.pipeline.SpanRuler`` is:

- the data comes from ``initialize`` (the build step, ``nlp.initialize()``, which builds
  the defaults from the packaged rule files, or ``initialize(data=...)`` with one's own),
  or from ``from_disk``/``from_bytes`` (a built pipeline such as ``models/launchwatch``);
- ``to_disk``/``to_bytes`` carry the data, so a copy never rebuilds anything, and both
  directions honour ``exclude=["rules"]``;
- a component that has no data says so when called, instead of quietly building defaults
  (seconds of work, and custom data would be lost without a word);
- data is checked against the component's ``data_model`` whenever it is set, with the error
  format of ``pipeline.rules.schema`` (the file, the entry, the field);
- ``nlp.pipe`` runs it over a whole batch before the next component starts, and routes
  per-document failures to spaCy's error handler (``nlp.set_error_handler``); see
  ``pipeline.components.batched``.

Data files are written with sorted keys and indentation so they stay human-editable and a
rebuild is byte-for-byte reproducible.
"""

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar
from weakref import WeakKeyDictionary

import orjson
from pydantic import BaseModel
from spacy import util
from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, SpanGroup
from spacy.util import ensure_path
from spacy.vocab import Vocab

from pipeline.components.batched import BatchedPipe
from pipeline.extensions import CANDIDATES
from pipeline.rules.schema import validate

RuleData = dict[str, Any]

SETTINGS = "_settings"
"""Where a component keeps what ``__init__`` set (``RuleComponent.__getstate__``)."""
UNPICKLED_DATA = "_unpickled_data"
"""Rule data of an unpickled component, compiled on first use (``RuleComponent.__getattr__``)."""
RULES_KEY = "rules"
"""The serialisation key of a component's rule data: ``exclude=["rules"]`` leaves it out."""


def dump_json(data: Any, path: Path) -> None:
    """Write ``data`` as stable, indented JSON (one place decides the on-disk format)."""
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")


def load_json(path: Path) -> Any:
    return orjson.loads(path.read_bytes())


class MissingRuleData(RuntimeError):
    """A component was called before it had rule data."""


class RuleComponent(BatchedPipe):
    """Base class: subclasses implement ``default_data``, ``compile`` and ``process``.

    Optional hooks, each with a safe default: ``data_model`` (a pydantic model the data is
    checked against; None checks nothing) and ``data_file`` (the file name in a saved
    pipeline).
    """

    data_file = "rules.json"
    data_model: ClassVar[type[BaseModel] | None] = None

    def __init__(self, nlp: Language, name: str, *, spans_key: str = CANDIDATES) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
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
    @property
    def hide_labels(self) -> bool:
        """Only components that set entity labels list them in the pipeline's meta."""
        return not self.labels

    def __call__(self, doc: Doc) -> Doc:
        if self.data is None:
            raise MissingRuleData(
                f"{self.name!r} has no rule data: call nlp.initialize() to build the default "
                f"rules (or nlp.initialize() with [initialize.components.{self.name}] data), "
                "or load a built pipeline with spacy.load('models/launchwatch')"
            )
        return self.process(doc)

    def set_data(self, data: RuleData, source: str | None = None) -> None:
        """Check ``data`` against ``data_model`` (naming ``source`` in errors), then compile it."""
        if self.data_model is not None:
            validate(self.data_model, data, source or f"{self.name} rule data")
        if SETTINGS not in self.__dict__:  # what ``__init__`` set, before anything compiled
            self.__dict__[SETTINGS] = {k: v for k, v in self.__dict__.items() if k != "data"}
        self.compile(data)
        self.data = data

    # -- pickling ---------------------------------------------------------------------------
    def __reduce__(self) -> tuple[Any, ...]:
        """Instead of Cython's pickling of ``Pipe``, which takes the whole ``__dict__``."""
        return (_new_component, (type(self),), self.__getstate__())

    def __getstate__(self) -> dict[str, Any]:
        """The name, what ``__init__`` set and compiling left alone, and the rule data: the
        compiled matchers and grammars hold lambdas and mapping proxies, which do not pickle,
        and are compiled again from the data instead (as ``from_bytes`` would)."""
        if self.data is None:
            return {"name": self.name, **self.__dict__}
        settings: dict[str, Any] = self.__dict__.get(SETTINGS, {})
        state = {k: v for k, v in settings.items() if self.__dict__.get(k) is v}
        state["name"] = self.name
        state[UNPICKLED_DATA] = self.data
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            setattr(self, key, value)  # ``name`` is a slot of the Cython ``Pipe``

    def __getattr__(self, name: str) -> Any:
        """An unpickled component compiles its data when first used: not while unpickling,
        when the pipeline it compiles against (vocabulary, tokenizer) is not whole yet."""
        data = self.__dict__.pop(UNPICKLED_DATA, None)
        if data is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.set_data(data, f"{self.name} unpickled data")
        return getattr(self, name)

    def add_candidates(self, doc: Doc, spans: Iterable[Any]) -> None:
        """Append spans to this component's candidate group (the ``spans_key`` setting)."""
        add_candidates(doc, spans, self.spans_key)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        data: RuleData | None = None,
    ) -> None:
        """Load ``data`` if given, else build the defaults (the build step calls this)."""
        if data is not None:
            self.set_data(data, f"{self.name} initialize data")
        else:
            self.set_data(self.default_data(), f"{self.name} default data")

    def require_data(self) -> RuleData:
        if self.data is None:
            raise MissingRuleData(f"{self.name!r} has no rule data to save: initialize it first")
        return self.data

    def to_bytes(self, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> bytes:
        serializers = {RULES_KEY: lambda: orjson.dumps(self.require_data())}
        return util.to_bytes(serializers, exclude)

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> "RuleComponent":
        source = f"{self.name} bytes"
        deserializers = {RULES_KEY: lambda b: self.set_data(orjson.loads(b), source)}
        util.from_bytes(bytes_data, deserializers, exclude)
        return self

    def to_disk(
        self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if RULES_KEY not in exclude:
            dump_json(self.require_data(), path / self.data_file)

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> "RuleComponent":
        if RULES_KEY not in exclude:
            file = ensure_path(path) / self.data_file
            self.set_data(load_json(file), str(file))
        return self


def _new_component(cls: type[RuleComponent]) -> RuleComponent:
    """An empty component for pickle to restore (``RuleComponent.__reduce__``)."""
    return cls.__new__(cls)


Range = tuple[int, int, int]
"""A candidate as (start, end, label ID): what the resolver and the ORG rules read of it."""

_ADDED: WeakKeyDictionary[Doc, dict[str, tuple[SpanGroup, list[Range]]]] = WeakKeyDictionary()
"""Doc -> group name -> (the group, the ranges of the spans ``add_candidates`` put in it).

Reading a ``SpanGroup`` builds a ``Span`` object per member, and each of those indexes the
Doc three times: the resolver read some thirty per article only to look at their offsets and
labels. The ranges are noted here as the spans go in instead (the values hold no reference to
the Doc: a ``SpanGroup`` refers to its Doc weakly, so the entry goes with the Doc)."""


def add_candidates(doc: Doc, spans: Iterable[Any], key: str = CANDIDATES) -> None:
    """Append spans to the candidate group that the entity resolver chooses from, noting their
    ranges for ``candidate_ranges``."""
    group = doc.spans[key] if key in doc.spans else None
    spans = list(spans)
    ranges = [(span.start, span.end, span.label) for span in spans]
    added = _ADDED.setdefault(doc, {})
    if group is None:
        doc.spans[key] = spans
        added[key] = (doc.spans[key], ranges)
        return
    group.extend(spans)
    noted = added.get(key)
    if noted is not None and noted[0] is group and len(noted[1]) + len(ranges) == len(group):
        noted[1].extend(ranges)
    else:  # the group was built or changed some other way: nothing noted is trusted
        added.pop(key, None)


def candidate_ranges(doc: Doc, key: str = CANDIDATES, *, trusted: bool = True) -> list[Range]:
    """(start, end, label ID) of each member of the candidate group, in the group's order.

    The ranges ``add_candidates`` noted, when every member came through it and the group is
    still the one it filled (same object, same size) and ``trusted`` (``notes_hold``: no
    component of another kind ran, which could have replaced a member in place); else read
    from the group's spans."""
    group = doc.spans[key] if key in doc.spans else None
    if group is None:
        return []
    noted = _ADDED.get(doc, {}).get(key) if trusted else None
    if noted is not None and noted[0] is group and len(noted[1]) == len(group):
        return noted[1]
    return [(span.start, span.end, span.label) for span in group]


SPAN_SAFE_FACTORIES = frozenset(
    {
        "tok2vec",
        "transformer",
        "tagger",
        "morphologizer",
        "parser",
        "ner",
        "senter",
        "sentencizer",
        "attribute_ruler",
        "lemmatizer",
        "trainable_lemmatizer",
    }
)
"""spaCy's components that never edit a span group (the statistical ones, the sentencizer and
the lemmatizers): beside ours, the noted candidate ranges still hold."""


def notes_hold(nlp: Language) -> bool:
    """Whether every component of ``nlp`` is ours (a ``launchwatch_`` factory) or one of
    ``SPAN_SAFE_FACTORIES``: only then can the candidate group have changed only through
    ``add_candidates``. A user's own component may replace a member in place (``group[0] =
    span``), which leaves the group's size and identity as they were.

    The factories are read from ``pipe_factories``, which also lists disabled components (a
    disabled user component only sends the readers to the group itself): ``pipe_names``
    formats two error messages on every access, and the ORG rules and the resolver ask once
    per Doc each (about 0.4 % of the pipeline's time)."""
    return _all_safe(tuple(nlp.pipe_factories.values()))


@lru_cache(maxsize=32)
def _all_safe(factories: tuple[str, ...]) -> bool:
    return all(f.startswith("launchwatch_") or f in SPAN_SAFE_FACTORIES for f in factories)


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
