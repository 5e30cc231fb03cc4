"""spaCy's English tokenizer, keeping the text it was given on the Doc, and linear in time.

``Doc.text`` is rebuilt from every token on each access; the components run regexes over the
whole text, so the tokenizer stores the original string once (``pipeline.extensions.doc_text``
reads it).

spaCy peels prefixes and suffixes off a whitespace-free stretch one at a time, and each step
copies and hashes the rest of the stretch and runs the affix regexes over all of it: a stretch
of n ``$``, ``(``, ``!`` or emoji costs O(n²) (16 KB of ``$`` took 40 s). A stretch longer than
``LONG_STRETCH`` characters (no article word is) is therefore tokenised in pieces of that
length, which bounds each stretch's cost by a constant (16 KB of ``$`` now takes 0.03 s) and
leaves the tokens of ordinary text as they were. The affix searches themselves are spaCy's
compiled regexes, called directly: a Python wrapper that limited them to the stretch's ends
cost about 2 % of the pipeline's time, for no gain once stretches are bounded. Serialisation
is spaCy's tokenizer unchanged.
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

LONG_STRETCH = 200
"""A whitespace-free stretch longer than this is tokenised in pieces of this many characters.
Longer "words" are URLs, base64 or junk, whose tokens may then break at a piece boundary."""

_LONG_STRETCH = re.compile(rf"\S{{{LONG_STRETCH + 1},}}")
_LONG_WORD_AFTER_SPACE = re.compile(rf"\s\S{{{LONG_STRETCH + 1}}}")
"""A long stretch that does not open the text: ``re`` scans for the whitespace before it in C
and reads each word once, where ``_LONG_STRETCH.search`` starts again at every character of
every word (half the time, on every text the tokenizer gets)."""


def has_long_stretch(text: str) -> bool:
    """Whether ``text`` holds a whitespace-free stretch longer than LONG_STRETCH: one at the
    start, or one after a whitespace character (``_LONG_STRETCH.search(text)`` finds the same
    texts)."""
    return (
        _LONG_STRETCH.match(text) is not None or _LONG_WORD_AFTER_SPACE.search(text) is not None
    )


class TextKeepingTokenizer:
    """Wraps a spaCy Tokenizer; every Doc it makes remembers its text."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not has_long_stretch(text):
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
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
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

DROPPED_SPECIAL_CASES = ("m.",)
"""spaCy's English exceptions that glue a multiplier to a full stop. Its suffix rules split
a unit from a number ("12m" → "12", "m"), and the single-letter exception "m." then joins "m"
to a sentence's final stop: "raised £12m." ended on the token "m.", so no MONEY span could end
after "m" and the amount lost its million. Without the exception the stop stands alone, as it
does after "£12bn." or "$40k."."""


@registry.tokenizers("launchwatch.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], TextKeepingTokenizer]:
    """The language's default tokenizer plus EXTRA_INFIXES, wrapped to keep the text."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> TextKeepingTokenizer:
        tokenizer = default(nlp)
        infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        rules = tokenizer.rules or {}
        tokenizer.rules = {k: v for k, v in rules.items() if k not in DROPPED_SPECIAL_CASES}
        return TextKeepingTokenizer(tokenizer)

    return make
