"""spaCy's English tokenizer, keeping the text it was given on the Doc.

``Doc.text`` is rebuilt from every token on each access; the components run regexes over the
whole text, so the tokenizer stores the original string once (``pipeline.extensions.doc_text``
reads it). Everything else, including serialisation, is spaCy's tokenizer unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry

from pipeline.extensions import remember_text


class TextKeepingTokenizer:
    """Wraps a spaCy Tokenizer; every Doc it makes remembers its text."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
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
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        return self


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
