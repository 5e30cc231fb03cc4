"""spaCy's English tokenizer, keeping the text it was given on the Doc, and linear in time.

``Doc.text`` is rebuilt from every token on each access; the components run regexes over the
whole text, so the tokenizer stores the original string once (``pipeline.extensions.doc_text``
reads it).

spaCy peels prefixes and suffixes off a whitespace-free stretch one at a time, and each step
copies and hashes the rest of the stretch and runs the affix regexes over all of it: a stretch
of n ``$``, ``(``, ``!`` or emoji costs O(n²) (16 KB of ``$`` took 40 s). A stretch longer than
``LONG_STRETCH`` characters (no article word is) is therefore tokenised in pieces of that
length, which bounds each stretch's cost by a constant (16 KB of ``$`` now takes 0.03 s) and
leaves the tokens of ordinary text as they were. The affix searches themselves are compiled
regexes, called directly: a Python wrapper that limited them to the stretch's ends cost about
2 % of the pipeline's time, for no gain once stretches are bounded. Serialisation is spaCy's
tokenizer unchanged.

The affix regexes are spaCy's, each behind a lookahead for the characters a match can start
with (``gated_prefixes``, ``gated_suffixes``, ``gated_infixes``): ``re`` tries the suffix and
infix searches at every character of a word, and most of spaCy's alternatives open with a
lookbehind over a class of every letter, which ``re`` cannot turn away on the character in
front of it. spaCy caches a word's tokens only in a document that has met no special case yet
("Inc.", "U.S."; the cases that change no token are dropped, ``one_character_cases``), so
these searches ran on many of the words of a news text; behind the
lookahead they take half the time (the suffix search had been a third of the tokenizer's).
The matches are the same: the lookahead only states what every alternative already requires.
``CacheWarmer`` now caches a text's new words before the text is tokenised, so that the
searches run about once per word form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from spacy.attrs import ORTH, intify_attrs
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from pipeline.extensions import remember_text

LONG_STRETCH = 200
"""A whitespace-free stretch longer than this is tokenised in pieces of this many characters.
Longer "words" are URLs, base64 or junk, whose tokens may then break at a piece boundary."""

_LONG_STRETCH = re.compile(rf"\S{{{LONG_STRETCH + 1},}}")


class CacheWarmer:
    """Fills spaCy's word cache with the words of a text before the text is tokenised.

    spaCy's tokenizer caches the tokens of each whitespace-free stretch ("word"), but only
    until the first special case of the text ("Inc.", "Jan.", "don't"): one flag covers the
    whole text, so no later word of it is cached, and a word that only ever comes after one
    is split by the affix regexes again in every text (four fifths of the tokenizer's time
    on the bench corpus). ``warm`` tokenises, in a call of its own, the words of a text it
    has not seen yet and that meet no special case, so no special case can turn that
    call's flag on and spaCy caches them all; the text itself then finds them in the cache.
    The tokens are the same: a cached word's tokens are the ones spaCy made for it, and the
    special cases of the text are applied as before. Words longer than LONG_STRETCH are left
    out (the pieces of ``_pieces`` are tokenised instead), and warming stops when as many
    words have been seen as the cache holds (spaCy caches no more then).
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.seen: set[str] = set()
        self.special_strings = frozenset(tokenizer.rules or {})

    def meets_special_case(self, word: str) -> bool:
        """Whether spaCy meets a special case tokenising ``word`` (and so turns its flag on):
        the word is one, or what is left of it once spaCy has peeled its prefixes and
        suffixes is one. The peeling below is ``Tokenizer._split_affixes``'s, step by step."""
        tokenizer, specials = self.tokenizer, self.special_strings
        if word in specials:
            return True
        string, last_size = word, -1
        while string and len(string) != last_size:
            if tokenizer.token_match and tokenizer.token_match(string):
                break
            if string in specials:
                return True
            last_size = len(string)
            pre_len = tokenizer.find_prefix(string) or 0
            if pre_len and string[pre_len:] in specials:
                return True
            suf_len = tokenizer.find_suffix(string[pre_len:]) or 0
            if suf_len and string[:-suf_len] in specials:
                return True
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
            elif pre_len:
                string = string[pre_len:]
            elif suf_len:
                string = string[:-suf_len]
        return string in specials

    def warm(self, text: str, words: list[str] | None = None) -> None:
        """Cache the tokens of the words of ``text`` that are new and meet no special case
        (``words``: ``text.split()``, when the caller has it already)."""
        if len(self.seen) >= self.tokenizer.max_cache_size:
            return
        if words is None:
            words = text.split()  # spaCy's words: split at str.isspace, as str.split does
        if self.seen.issuperset(words):  # the common case, without building a set
            return
        new = set(words) - self.seen
        self.seen |= new
        plain = sorted(  # sorted: the same strings reach the vocabulary in the same order
            word for word in new if len(word) <= LONG_STRETCH and not self.meets_special_case(word)
        )
        if plain:
            self.tokenizer(" ".join(plain))


class TextKeepingTokenizer:
    """Wraps a spaCy Tokenizer; every Doc it makes remembers its text."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._warmer = CacheWarmer(tokenizer)

    def __call__(self, text: str) -> Doc:
        # the whitespace-free stretches, split once for the warmer and the length test
        words = text.split()
        self._warmer.warm(text, words)
        # no stretch longer than LONG_STRETCH: the longest word, found in C (``\s`` and
        # ``str.split`` split at the same characters, ``str.isspace``), where a search for
        # ``_LONG_STRETCH`` cost as much again as the split
        if max(map(len, words), default=0) <= LONG_STRETCH:
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
        if name in ("tokenizer", "_warmer"):  # not set yet: no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __reduce__(self) -> tuple[Callable[..., TextKeepingTokenizer], tuple[Any, ...]]:
        """Pickled as spaCy's Tokenizer pickles itself (its ``__reduce__``: the vocabulary,
        the special cases and the affix searches), with the cache size that it leaves out;
        the wrapper and an empty cache warmer are rebuilt around it. So a pipeline can go
        to a spawned process (``nlp.pipe(..., n_process=2)`` on macOS and Windows)."""
        return (_unpickled, (self.tokenizer, self.tokenizer.max_cache_size))

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_disk(path, **kwargs)
        self._warmer = CacheWarmer(self.tokenizer)  # loading empties spaCy's cache
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> TextKeepingTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)
        self._warmer = CacheWarmer(self.tokenizer)
        return self


def _unpickled(tokenizer: Tokenizer, max_cache_size: int) -> TextKeepingTokenizer:
    """``TextKeepingTokenizer.__reduce__``'s inverse."""
    tokenizer.max_cache_size = max_cache_size
    return TextKeepingTokenizer(tokenizer)


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
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # "in 1987.The": a sentence's stop with its space lost
    r"(?<=[A-Za-z]\.)-(?=[a-z])",  # "Fla.-based", "U.S.-led": an abbreviated place, a hyphen
    r"\|",  # "June 3, 2008|By Ann Lee": a page's separator between a date and a byline
    r"(?<=[12][0-9]{3})/(?=[0-9]{2}(?:[0-9]{2})?\b)",  # "2023/24", "2019/2020": two years
    r"(?<=[A-Za-z]\.)[–—](?=[A-Za-z])",  # "Kelvo Inc.—today": a dash after an abbreviation
]
"""Splits spaCy's English rules leave out, at places where a DATE or MONEY span must end, or
an abbreviation (a state's, a country's) must stand alone as a place ("Fla.-based": also
"Inc.-owned", "e.g.-style"; not before a capital: "Jan.-March", "St.-Lawrence"). A slash
splits only a year from the next one ("2023/24"; not "12/05/2023", "24/7", "1/2")."""

EXTRA_PREFIXES = [r"~(?=[0-9$€£¥])"]
"""A tilde for "about" before an amount or a number ("~€94.7M", "~25"): spaCy keeps it on
the number, and the MONEY span, which leaves modifiers out, had no token to start on."""

EXTRA_SUFFIXES = [
    r"(?<=illion)\+",
    r"(?<=ILLION)\+",
    r"(?<=crore)\+",
    r"(?<=lakh)\+",
    r"(?<=[0-9][bmt]n)\+",
    r"(?<=[0-9][mkbBMK])\+",
]
"""A plus after an amount's multiplier ("$1 billion+ valuations", "Rs 500 crore+", "$2bn+"):
spaCy splits it after a digit ("500+") only, so the MONEY span, which stops before the plus
(a modifier, as "more than" is), had no token to end on. "C++" and "Disney+" keep theirs."""

CACHED_WORDS = 100_000
"""How many words spaCy's tokenizer caches (its default is 10,000; it never evicts one). With
``CacheWarmer`` the default fills within the first hundred or so real articles, with their rare
words too, and later articles' words are split again: after the three benchmark sets the bench
corpus took 1.98 s to tokenise with 10,000 words cached, 0.41 s with 100,000 (a few MB)."""

DROPPED_SPECIAL_CASES = ("m.",)
"""spaCy's English exceptions that glue a multiplier to a full stop. Its suffix rules split
a unit from a number ("12m" → "12", "m"), and the single-letter exception "m." then joins "m"
to a sentence's final stop: "raised £12m." ended on the token "m.", so no MONEY span could end
after "m" and the amount lost its million. Without the exception the stop stands alone, as it
does after "£12bn." or "$40k."."""


def one_character_cases(rules: dict[str, list[dict[Any, str]]]) -> frozenset[str]:
    """The special cases that keep one character as one token and set nothing but its text:
    spaCy's line break, tab, space, em dash and single quotes.

    A single character is one token whatever the affix rules do with it, so these cases change
    no token. They cost time: once spaCy's tokenizer has met a special case in a text, it
    caches no more of that text's words, and the line break is one, so every word after an
    article's first line break (or a double space, or a spaced dash) was split by the affix
    regexes again in every article. Without them the tokenizer took about 30 % less time on
    the bench corpus, with the same tokens. The only trace they left is the sentence start of
    a text's first token when it is one of them (spaCy's special-case pass copies the case's
    token over it); the sentence splitter sets every token's, the first one's to 1. A case
    that also sets a NORM ("\xa0") stays.
    """
    return frozenset(
        chunk
        for chunk, tokens in rules.items()
        if len(chunk) == 1 and len(tokens) == 1 and set(intify_attrs(tokens[0])) == {ORTH}
    )


_ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)


def _first_characters(items: Any) -> list[tuple[Any, Any]] | None:
    """The parsed class items (LITERAL, RANGE) that hold the first character of every match
    of the parsed ``items``, past any leading lookaround or anchor; None when a match may be
    empty or start with something else (a category such as ``\\w``, a negated class)."""
    data = list(items)
    while data and data[0][0] in _ZERO_WIDTH:
        data.pop(0)  # a lookbehind or anchor consumes nothing: the next item opens the match
    if not data:
        return None
    op, value = data[0]
    if op is sre_constants.LITERAL:
        return [(op, value)]
    if op is sre_constants.IN:
        ok = all(kind in (sre_constants.LITERAL, sre_constants.RANGE) for kind, _ in value)
        return list(value) if ok else None
    if op is sre_constants.BRANCH:
        found: list[tuple[Any, Any]] = []
        for branch in value[1]:
            first = _first_characters(branch)
            if first is None:
                return None
            found += first
        return found
    if op is sre_constants.SUBPATTERN and not value[1] & re.IGNORECASE:
        return _first_characters(value[-1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
        return _first_characters(value[2])
    return None


def first_character_class(pattern: str) -> str | None:
    """A character class (``[...]``) that every match of ``pattern`` starts with, or None."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    items = _first_characters(parsed)
    if items is None:
        return None
    parts = [
        re.escape(chr(value))
        if op is sre_constants.LITERAL
        else f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
        for op, value in items
    ]
    return "[" + "".join(dict.fromkeys(parts)) + "]"


AFTER_A_DIGIT = "(?<=[0-9])"
"""How spaCy's suffixes that only follow a number open ("5km", "20%", "10$")."""


def gated_prefixes(prefixes: list[str]) -> str:
    """spaCy's prefix regex for ``prefixes`` (each alternative anchored at the start), with
    the lookahead after the anchor: most words open with a letter, which no prefix does."""
    expression = compile_prefix_regex(prefixes).pattern
    gate = first_character_class(expression)
    return expression if gate is None else f"^(?={gate})(?:{expression})"


def gated_infixes(infixes: list[str]) -> str:
    """spaCy's infix regex for ``infixes``, behind a lookahead for the characters an infix
    can start with (hyphens, slashes, full stops, ...): a letter is turned away at once."""
    expression = compile_infix_regex(infixes).pattern
    gate = first_character_class(expression)
    return expression if gate is None else f"(?={gate})(?:{expression})"


def gated_suffixes(suffixes: list[str]) -> str:
    """spaCy's suffix regex for ``suffixes``, behind a lookahead: at a character a suffix can
    start with, or after a digit at the first character of a unit or currency ("km", "$").
    The units' letters ("m", "t", "in") open many words, but rarely after a digit."""
    expression = compile_suffix_regex(suffixes).pattern
    pieces = [piece for piece in suffixes if piece.strip()]  # as spaCy joins them
    after_digit = [p.removeprefix(AFTER_A_DIGIT) for p in pieces if p.startswith(AFTER_A_DIGIT)]
    anywhere = [p for p in pieces if not p.startswith(AFTER_A_DIGIT)]
    gates = [first_character_class("|".join(anywhere)) if anywhere else "(?!)"]
    if after_digit:
        units = first_character_class("|".join(after_digit))
        gates.append(None if units is None else AFTER_A_DIGIT + units)
    if None in gates:
        return expression
    return f"(?={'|'.join(str(gate) for gate in gates)})(?:{expression})"


@registry.tokenizers("launchwatch.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], TextKeepingTokenizer]:
    """The language's default tokenizer plus EXTRA_PREFIXES, EXTRA_INFIXES and EXTRA_SUFFIXES,
    with gated affix searches (same matches) and without the special cases that change no
    token (``one_character_cases``), caching up to CACHED_WORDS words, wrapped to keep the text
    and to warm the cache (``CacheWarmer``)."""

    def make(nlp: Language) -> TextKeepingTokenizer:
        # One Tokenizer built with its final settings, as spaCy's "spacy.Tokenizer.v1" builds
        # the default one (its exceptions, token_match, url_match): spaCy loads every special
        # case again each time an affix search or the rules are set, and building the default
        # and then setting three searches and the rules loaded the 1,300 cases five times
        # (a sixth of the pipeline's load time); the resulting tokenizer is the same.
        defaults = nlp.Defaults
        rules = defaults.tokenizer_exceptions or {}
        dropped = {*DROPPED_SPECIAL_CASES, *one_character_cases(rules)}
        prefixes = [*defaults.prefixes, *EXTRA_PREFIXES]
        suffixes = [*defaults.suffixes, *EXTRA_SUFFIXES]
        infixes = [*defaults.infixes, *EXTRA_INFIXES]
        tokenizer = Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in rules.items() if k not in dropped},
            prefix_search=re.compile(gated_prefixes(prefixes)).search,
            suffix_search=re.compile(gated_suffixes(suffixes)).search,
            infix_finditer=re.compile(gated_infixes(infixes)).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=CACHED_WORDS,
        )
        return TextKeepingTokenizer(tokenizer)

    return make
