"""The shape every launchwatch rule component shares: data in, matchers compiled, data out.

A component holds its rules as one JSON-serialisable dict, and it is a complete spaCy
component in the way ``spacy.pipeline.SpanRuler`` is:

- the data comes from ``initialize`` (the build step, ``nlp.initialize()``, which builds
  the defaults from the packaged rule files, or ``initialize(data=...)`` with one's own),
  or from ``from_disk``/``from_bytes`` (a built pipeline such as ``models/launchwatch``);
- ``to_disk``/``to_bytes`` carry the data, so a copy never rebuilds anything, and both
  directions honour ``exclude=["rules"]``;
- ``to_disk`` also writes the phrase patterns compiling made (``PATTERNS_FILE``), which
  ``from_disk`` hands back to compiling: the gazetteers are not tokenised again at each load
  (``pipeline.phrase_patterns.reusing_patterns``; the patterns are the same either way);
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

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

import orjson
from pydantic import BaseModel
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from pipeline.candidates import add_candidates
from pipeline.components.batched import BatchedPipe
from pipeline.extensions import CANDIDATES
from pipeline.phrase_patterns import BuiltPatterns, reusing_patterns
from pipeline.rules.schema import validate

RuleData = dict[str, Any]

SETTINGS = "_settings"
"""Where a component keeps what ``__init__`` set (``RuleComponent.__getstate__``)."""
UNPICKLED_DATA = "_unpickled_data"
"""Rule data of an unpickled component, compiled on first use (``RuleComponent.__getattr__``)."""
RULES_KEY = "rules"
"""The serialisation key of a component's rule data: ``exclude=["rules"]`` leaves it out."""
BUILT_PATTERNS = "_built_patterns"
"""Where a component keeps the phrase patterns its last compile made (``BuiltPatterns``)."""
PATTERNS_FILE = "phrase_patterns.bin"
"""The built phrase patterns in a saved pipeline, beside the rule data (derived from it)."""


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

    def set_data(
        self, data: RuleData, source: str | None = None, built: BuiltPatterns | None = None
    ) -> None:
        """Check ``data`` against ``data_model`` (naming ``source`` in errors), then compile it,
        taking phrase patterns from ``built`` where it holds them (``PATTERNS_FILE``)."""
        if self.data_model is not None:
            validate(self.data_model, data, source or f"{self.name} rule data")
        if SETTINGS not in self.__dict__:  # what ``__init__`` set, before anything compiled
            self.__dict__[SETTINGS] = {k: v for k, v in self.__dict__.items() if k != "data"}
        with reusing_patterns(built) as session:
            self.compile(data)
        self.__dict__[BUILT_PATTERNS] = session.kept
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
            built = self.__dict__.get(BUILT_PATTERNS)
            if built:
                (path / PATTERNS_FILE).write_bytes(built.to_bytes())

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()
    ) -> "RuleComponent":
        if RULES_KEY not in exclude:
            path = ensure_path(path)
            file, patterns = path / self.data_file, path / PATTERNS_FILE
            built = BuiltPatterns.from_bytes(patterns.read_bytes()) if patterns.exists() else None
            self.set_data(load_json(file), str(file), built)
        return self


def _new_component(cls: type[RuleComponent]) -> RuleComponent:
    """An empty component for pickle to restore (``RuleComponent.__reduce__``)."""
    return cls.__new__(cls)




