"""spaCy's English tokenizer, keeping the text it was given on the Doc, and linear in time.

``Doc.text`` is rebuilt from every token on each access; the components run regexes over the
whole text, so the tokenizer stores the original string once (``pipeline.extensions.doc_text``
reads it).

spaCy peels prefixes and suffixes off a whitespace-free stretch one at a time, and each step
copies and hashes the rest of the stretch and runs the affix regexes over all of it: a stretch
of n ``$``, ``(``, ``!`` or emoji costs O(n²) (16 KB of ``$`` took 40 s). Two bounds keep it
linear without changing the tokens of ordinary text: the affix searches look only at the end
of the stretch they can match (``AFFIX_WINDOW`` characters), and a stretch longer than
``LONG_STRETCH`` characters (no article word is) is tokenised in pieces of that length.
Serialisation is spaCy's tokenizer unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry

from pipeline.extensions import remember_text

AFFIX_WINDOW = 64
"""Characters the prefix and suffix searches look at, from the start and from the end of what
is left of a stretch. spaCy's English affixes are a few characters long; only a run of more
than this many affix characters (abnormal text) could be peeled differently."""

LONG_STRETCH = 200
"""A whitespace-free stretch longer than this is tokenised in pieces of this many characters.
Longer "words" are URLs, base64 or junk, whose tokens may then break at a piece boundary."""

_LONG_STRETCH = re.compile(rf"\S{{{LONG_STRETCH + 1},}}")


class WindowedSearch:
    """A regex's ``search`` that looks only at the first (or last) ``window`` characters.

    It keeps the compiled pattern as ``__self__``, as spaCy's serialisation reads the pattern
    from there, so saving the tokenizer writes the same bytes as before.
    """

    def __init__(self, search: Callable[[str], re.Match[str] | None], at_end: bool) -> None:
        self.__self__ = getattr(search, "__self__", None)
        self._search = search
        self._at_end = at_end

    def __call__(self, text: str) -> re.Match[str] | None:
        if len(text) <= AFFIX_WINDOW:
            return self._search(text)
        return self._search(text[-AFFIX_WINDOW:] if self._at_end else text[:AFFIX_WINDOW])


def bound_affix_searches(tokenizer: Tokenizer) -> None:
    """Make the tokenizer's prefix and suffix searches windowed (again, after loading)."""
    for name, at_end in (("prefix_search", False), ("suffix_search", True)):
        search = getattr(tokenizer, name)
        if search is not None and not isinstance(search, WindowedSearch):
            setattr(tokenizer, name, WindowedSearch(search, at_end))


class TextKeepingTokenizer:
    """Wraps a spaCy Tokenizer; every Doc it makes remembers its text."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        bound_affix_searches(tokenizer)

    def __call__(self, text: str) -> Doc:
        if _LONG_STRETCH.search(text) is None:
            doc = self.tokenizer(text)
        else:
            doc = Doc.from_docs(
                [self.tokenizer(piece) for piece in _pieces(text)], ensure_whitespace=False
            )
        remember_text(doc, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        bound_affix_searches(self.tokenizer)
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        bound_affix_searches(self.tokenizer)
        return self


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut so that no piece holds more than LONG_STRETCH whitespace-free characters:
    the text between long stretches whole, each long stretch in pieces of LONG_STRETCH (the
    last one with the single space after it, which spaCy would attach to its last token)."""
    start = 0
    for match in _LONG_STRETCH.finditer(text):
        if match.start() > start:
            yield text[start : match.start()]
        end = match.end() + (text[match.end() : match.end() + 1] == " ")
        for cut in range(match.start(), end, LONG_STRETCH):
            yield text[cut : min(cut + LONG_STRETCH, end)]
        start = end
    if start < len(text):
        yield text[start:]


EXTRA_INFIXES = [
    r"(?<=[0-9])[–—](?=[0-9])",  # "2023–24": two years, not one token
    r"(?<=[0-9])\((?=[A-Za-z])",  # "Nov. 3(Xinhua)--": a dateline without its spaces
    r"(?<=[A-Za-z])\)(?=[-–—])",
    r"(?<=\b[Pp]ost)-(?=[0-9])",  # "post-1959"
    r"(?<=\b[Pp]re)-(?=[0-9])",  # "pre-2020"
]
"""Splits spaCy's English rules leave out, at places where a DATE or MONEY span must end."""


@registry.tokenizers("launchwatch.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], TextKeepingTokenizer]:
    """The language's default tokenizer plus EXTRA_INFIXES, wrapped to keep the text."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> TextKeepingTokenizer:
        tokenizer = default(nlp)
        infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return TextKeepingTokenizer(tokenizer)

    return make
