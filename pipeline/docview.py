"""One read-only view of a Doc that every component shares, built once per Doc.

``doc[i]`` builds a new Token object on every access and ``Doc.text`` joins every token each
time, while the rules look at each token many times. The view reads the token arrays once
(``doc.to_array``) and offers the word-level facts the components agree on: the lexical
attributes of each token, the offsets, where whitespace and line breaks are, the sentence
starts (one definition: the SENT_START array that ``launchwatch_sentences`` sets), a sentence
cut at line breaks, datelines and Title Case headlines, and the hyphen, quote and possessive
character sets.

The view is cached in a ``WeakKeyDictionary`` keyed by the Doc (not in ``doc.user_data``,
which spaCy serialises with the Doc), and reaches its Doc through a weak reference, so the
entry goes when the Doc does (a strong one kept every processed Doc alive). Everything in it
is fixed once the Doc is tokenised, except the sentence starts: a component that sets them
calls ``forget_sentences``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import chain
from typing import TYPE_CHECKING, cast
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.attrs import IDX, LENGTH, ORTH, SENT_START, SPACY
from spacy.lexeme import Lexeme
from spacy.symbols import ORG
from spacy.tokens import Doc, Span

from pipeline.cached import cached_property
from pipeline.datelines import DATELINE
from pipeline.extensions import doc_text

if TYPE_CHECKING:
    from spacy.language import Language

HYPHENS = frozenset({"-", "–", "‑"})
"""Hyphen, en dash and non-breaking hyphen (U+2011), as tokens."""
QUOTES_OPEN = frozenset({"“", '"', "‘", "'", "«"})
QUOTES_CLOSE = frozenset({"”", '"', "’", "'", "»"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
"""Possessive markers as the tokenizer splits them off ("Acme's", "the banks'")."""

MAX_DATELINE_TOKENS = 16
"""A match of ``pipeline.datelines.DATELINE`` longer than this is not a dateline."""

_NEWLINE = re.compile("\n")
_LONG_WORD_INITIAL = re.compile(r"([^\W\d_])[^\W\d_]{3,}")
"""A word of four letters or more, captured by its first letter (``is_headline``)."""


def is_headline(text: str, *, closing_quote_ends: bool = True) -> bool:
    """A Title Case line without a final full stop: its capitals are style, not names.

    ``closing_quote_ends``: a line ending in ``.”`` ends with a full stop (the LAUNCH rules
    read it so). The ORG recogniser was tuned without that ending and passes False; the two
    readings differ only on such lines, and each keeps its component's output unchanged.
    """
    endings = (
        (".", "!", "?", "”.", '."', ".”") if closing_quote_ends else (".", "!", "?", "”.", '."')
    )
    if text.rstrip().endswith(endings):
        return False
    initials = _LONG_WORD_INITIAL.findall(text)  # the first letter of each long word
    if len(initials) < 2:
        return False
    return sum(map(str.isupper, initials)) / len(initials) >= 0.8


class LexicalToken:
    """One vocabulary entry's lexical attributes under the names ``Token`` gives them, so
    ``view.tok[i].lower_`` reads what ``doc[i].lower_`` does without building a Token."""

    __slots__ = (
        "has_alpha",
        "is_alpha",
        "is_cap",
        "is_lower",
        "is_punct",
        "is_space",
        "is_stop",
        "is_title",
        "is_upper",
        "like_num",
        "lower_",
        "text",
        "upper_initial",
    )

    def __init__(self, lexeme: Lexeme) -> None:
        self.text: str = lexeme.orth_
        self.lower_: str = lexeme.lower_
        self.is_alpha: bool = lexeme.is_alpha
        self.is_lower: bool = lexeme.is_lower
        self.is_upper: bool = lexeme.is_upper
        self.is_title: bool = lexeme.is_title
        self.is_punct: bool = lexeme.is_punct
        self.is_space: bool = lexeme.is_space
        self.is_stop: bool = lexeme.is_stop
        self.like_num: bool = lexeme.like_num
        text = self.text
        # word-shape facts the name rules test on every token they pass, read once per form
        self.has_alpha: bool = any(c.isalpha() for c in text)
        self.is_cap: bool = bool(text) and (
            text[0].isupper() or (text[0].isdigit() and self.has_alpha)
        )
        """Capitalised, or a digit-led word with letters ("5G", "3M")."""
        self.upper_initial: bool = text[:1].isupper()
        """The first character is a capital ("Vexora", "KLMX", "McKay")."""


_LEXICAL: dict[str, dict[int, LexicalToken]] = {}
"""Language code -> orth -> lexical attributes. A word's lexical attributes come from its
language's attribute getters and do not change once a pipeline is loaded, so one entry per
word form serves every Doc (``Vocab`` objects cannot be weak keys)."""


class DocView:
    """The shared, cached facts about one Doc's tokens (see the module docstring)."""

    def __init__(self, doc: Doc) -> None:
        # A weak reference: ``_VIEWS`` holds the view as long as the Doc lives, and a view
        # that held the Doc itself would keep every Doc (and its view) alive for good.
        self._doc = ref(doc)
        self.length = len(doc)
        self.text = doc_text(doc)
        arrays = doc.to_array([ORTH, IDX, SPACY, LENGTH])
        self.orth_array = arrays[:, 0]
        self.offset_array = arrays[:, 1]
        self._spaced_array = arrays[:, 2]
        self._length_array = arrays[:, 3]
        self._bounds: dict[tuple[int, int | None], tuple[int, int]] = {}

    @property
    def doc(self) -> Doc:
        """The Doc this view reads (views are dropped with their Doc)."""
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the Doc of this view no longer exists")
        return doc

    # The lists are built on first use: a component that only needs the arrays (the
    # sentence splitter) does not pay for them.
    @cached_property
    def offsets(self) -> list[int]:
        """Character offset of each token (``token.idx``)."""
        return self.offset_array.tolist()

    @cached_property
    def spaced(self) -> list[int]:
        """Whether whitespace follows each token (``token.whitespace_``)."""
        return self._spaced_array.tolist()

    @cached_property
    def tok(self) -> list[LexicalToken]:
        """Each token's lexical attributes, one shared ``LexicalToken`` per word form.

        The forms are looked up in one ``map`` in C, and only the tokens it could not find
        (forms no Doc had before: a few per article once the cache is warm) are read from
        the vocabulary, found by ``list.index``; a set of the Doc's forms and its difference
        from the cache, built for every Doc, cost about as much as the lookup itself."""
        vocab = self.doc.vocab
        cache = _LEXICAL.setdefault(vocab.lang, {})
        orths = self.orth_array.tolist()
        found: list[LexicalToken | None] = list(map(cache.get, orths))
        i = -1
        while True:
            try:
                i = found.index(None, i + 1)
            except ValueError:  # no token left without its entry
                return cast(list[LexicalToken], found)
            orth = orths[i]
            lexical = cache.get(orth)
            if lexical is None:
                lexical = cache[orth] = LexicalToken(vocab[orth])
            found[i] = lexical

    @cached_property
    def starts(self) -> list[int]:
        """Character offset of each token, the same list as ``offsets``."""
        return self.offsets

    @cached_property
    def ends(self) -> list[int]:
        """Character offset just past each token."""
        return (self.offset_array + self._length_array).tolist()

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The tokens written in lower case: a word the article also uses as a common noun."""
        return frozenset(t.text for t in self.tok if t.is_lower)

    @cached_property
    def words(self) -> list[str]:
        """Each token's text (``token.text``). A list comprehension: Python 3.11 reads a
        slot attribute in the loop itself, about twice as fast as ``map(attrgetter(...))``,
        which calls a function per token."""
        return [token.text for token in self.tok]

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The distinct token texts, built at C speed: "is this word a token of the article"
        for the rules that ask about a few words (``lower_words`` is that question for the
        lower-case tokens, answered per token in Python)."""
        return frozenset(self.words)

    def char_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive): ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.ends[end - 1]]

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """Token indices of a character range that starts and ends on token boundaries,
        else None: ``doc.char_span`` in its default "strict" mode."""
        start = bisect_left(self.starts, start_char)
        end = bisect_left(self.ends, end_char)
        if start >= len(self.starts) or self.starts[start] != start_char:
            return None
        if end >= len(self.ends) or self.ends[end] != end_char or end < start:
            return None
        return start, end + 1

    def span(self, start_char: int, end_char: int, label: str | int = ORG) -> Span | None:
        """A labelled span over a character range, or None when it cuts through a token.
        The label may be its ID (``spacy.symbols.ORG``): a string is looked up per Span."""
        found = self.token_range(start_char, end_char)
        return None if found is None else Span(self.doc, *found, label=label)

    # -- words ------------------------------------------------------------------------------
    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the text: ``char_text`` for any range (an
        empty one, or one that runs past the last token)."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[min(end, self.length) - 1]]

    def lowers(self, start: int, end: int) -> list[str]:
        """``[t.lower_ for t in doc[start:end]]``."""
        return [t.lower_ for t in self.tok[start:end]]

    def glued(self, k: int) -> bool:
        """Token k is part of a hyphenated word (a hyphen touches it on either side)."""
        return k in self.glued_tokens

    @cached_property
    def glued_tokens(self) -> frozenset[int]:
        """The tokens that are part of a hyphenated word, found from the hyphens once: the
        LAUNCH scans ask about every token they pass."""
        tok, spaced, starts, text = self.tok, self.spaced, self.offsets, self.text
        found: set[int] = set()
        # the hyphen characters, one ``str.find`` walk per kind: about half the time of a
        # regex over the three (a character class with non-ASCII members is slow to scan)
        for hyphen in HYPHENS:
            at = text.find(hyphen)
            while at != -1:
                # the hyphen tokens, from the hyphen characters: a binary search each
                h = bisect_left(starts, at)
                if h < len(tok) and starts[h] == at and tok[h].text in HYPHENS:
                    # the word after the hyphen, when neither the word before nor the
                    # hyphen is followed by whitespace ("pay-as"), and the word before it
                    # when it is not
                    if h >= 1 and not spaced[h - 1] and not spaced[h] and h + 1 < len(tok):
                        found.add(h + 1)
                    if h >= 1 and not spaced[h - 1]:
                        found.add(h - 1)
                at = text.find(hyphen, at + 1)
        return frozenset(found)

    # -- lines and sentences ----------------------------------------------------------------
    @cached_property
    def newlines(self) -> list[int]:
        """The tokens that hold a line break, found with a regex and a binary search."""
        # a binary search per break in the offsets list: a Doc has few breaks, and numpy's
        # set-up (list to array, ``numpy.unique``) cost more than the searches
        offsets = self.offsets
        found: list[int] = []
        for match in _NEWLINE.finditer(self.text):
            token = bisect_right(offsets, match.start()) - 1
            if not found or token != found[-1]:
                found.append(token)
        return found

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Sentence start tokens from the SENT_START array (token 0 always starts one)."""
        if self.length == 0:
            return []
        starts = numpy.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return starts

    @cached_property
    def sentence_start_set(self) -> frozenset[int]:
        """``token.is_sent_start`` for every token, as a set of indices."""
        return frozenset(self.sentence_starts)

    def forget_sentences(self) -> None:
        """Drop what was read from SENT_START (a segmenter has just set it)."""
        for name in ("sentence_starts", "sentence_start_set"):
            self.__dict__.pop(name, None)
        self._bounds.clear()

    def set_sentence_starts(self, starts: list[int]) -> None:
        """Take the sentence starts a segmenter has just written to SENT_START (token 0
        first), instead of reading the array back on first use."""
        self.forget_sentences()
        self.__dict__["sentence_starts"] = starts

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) token indices of each sentence."""
        starts = self.sentence_starts
        if not starts:
            return []
        return list(zip(starts, [*starts[1:], self.length], strict=True))

    def sentence_of(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence that holds token ``i``: its entry in
        ``sentences``, found by a binary search of the cached starts."""
        starts = self.sentence_starts
        at = bisect_right(starts, i)
        return starts[at - 1], starts[at] if at < len(starts) else self.length

    def line_sentence(self, i: int, reach: int | None = None) -> tuple[int, int]:
        """Token i's sentence cut at line breaks (a parser's sentences may cross them; the
        contract's never do), at most ``reach`` tokens either side of i, and without
        leading whitespace."""
        key = (i, reach)
        cached = self._bounds.get(key)
        if cached is not None:
            return cached
        starts, newlines = self.sentence_starts, self.newlines
        at = bisect_right(starts, i)
        first = starts[at - 1]
        last = starts[at] if at < len(starts) else self.length
        before = bisect_left(newlines, i)
        if before > 0:
            first = max(first, newlines[before - 1] + 1)
        if before < len(newlines) and newlines[before] > i:
            last = min(last, newlines[before])
        if reach is not None:
            first, last = max(first, i - reach), min(last, i + reach)
        while first < i and self.tok[first].is_space:
            first += 1
        self._bounds[key] = (first, last)
        return first, last

    # -- datelines and headlines ------------------------------------------------------------
    @cached_property
    def datelines(self) -> list[re.Match[str]]:
        """The matches of ``DATELINE``, as ``DATELINE.finditer`` gives them.

        A dateline starts at a line start and never crosses a line break, so the pattern is
        tried at line starts only: about a third of the time of a search through every
        character position."""
        text = self.text
        found = []
        for start in chain((0,), (match.end() for match in _NEWLINE.finditer(text))):
            match = DATELINE.match(text, start)
            if match is not None:
                found.append(match)
        return found

    @cached_property
    def dateline_agencies(self) -> list[tuple[int, int]]:
        """Character ranges of the bracketed agency in each dateline ("(Coast Wire)")."""
        return [
            match.span("agency") for match in self.datelines if match.group("agency") is not None
        ]

    @cached_property
    def dateline_end(self) -> dict[int, int]:
        """Line start token -> first token after the dateline on that line."""
        ends: dict[int, int] = {}
        for match in self.datelines:
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and len(span) <= MAX_DATELINE_TOKENS:
                first = span.start
                while first < span.end and self.tok[first].is_space:
                    first += 1
                ends[first] = span.end
        return ends

    def in_dateline(self, start: int, line_start: int) -> bool:
        """Token ``start`` lies inside the dateline of the line that starts at
        ``line_start``."""
        end = self.dateline_end.get(line_start)
        return end is not None and start < end

    def is_headline(self, start: int, end: int, *, closing_quote_ends: bool = True) -> bool:
        """Tokens [start, end) are a Title Case headline (see :func:`is_headline`)."""
        return is_headline(self.span_text(start, end), closing_quote_ends=closing_quote_ends)


_VIEWS: WeakKeyDictionary[Doc, DocView] = WeakKeyDictionary()


def doc_view(doc: Doc) -> DocView:
    """The Doc's view, built on first use and shared by every component after that."""
    view = _VIEWS.get(doc)
    if view is None:
        view = _VIEWS[doc] = DocView(doc)
    return view


def forget_view(doc: Doc) -> None:
    """Drop the Doc's view once the Doc is done with. The view holds the Doc, so its weak key
    alone never frees either: without this every processed Doc stays in memory."""
    _VIEWS.pop(doc, None)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each sentence, read from the SENT_START array.

    ``Doc.sents`` first checks for sentence annotation with a Python loop over every token;
    the components need the boundaries often, so they read the array once instead.
    """
    return doc_view(doc).sentences()


_SEGMENTERS: dict[str, Language] = {}


def text_sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the pipeline's sentences of ``text``: the launchwatch
    tokenizer and ``launchwatch_sentences``, so a gold check can use the very definition the
    pipeline uses. Each range runs from a sentence's first to its last token that is not
    whitespace; a sentence of whitespace alone has none."""
    nlp = _SEGMENTERS.get("en")
    if nlp is None:
        nlp = _SEGMENTERS["en"] = _segmenter()
    doc = nlp(text)  # held here: a view does not keep its Doc alive
    view = doc_view(doc)
    tok, offsets = view.tok, view.offsets
    bounds: list[tuple[int, int]] = []
    for start, end in view.sentences():
        while start < end and tok[start].is_space:
            start += 1
        while end > start and tok[end - 1].is_space:
            end -= 1
        if start < end:
            bounds.append((offsets[start], offsets[end - 1] + len(tok[end - 1].text)))
    return bounds


def _segmenter() -> Language:
    """A blank English pipeline with the launchwatch tokenizer and sentence splitter."""
    import spacy

    import pipeline.components  # noqa: F401  (registers the factories)
    from pipeline.tokenizer import create_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = create_tokenizer()(nlp)
    nlp.add_pipe("launchwatch_sentences")
    return nlp
