"""One document as the LAUNCH rules read it: the shared document view, the lexicon, the
entity index and the cue phrases, with the word-level tests every rule uses.

A ``LaunchDoc`` is built once per Doc by the component and passed to every rule function
explicitly; nothing here refers back to the component. Sentences are the document view's
(the SENT_START array cut at line breaks), clipped to ``MAX_REACH`` tokens around a token.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import compress, pairwise

import numpy
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.cached import cached_property
from pipeline.datelines import MIXED_CASE_DATELINE, opening_lines
from pipeline.docview import HYPHENS, DocView, LexicalToken, doc_view, is_headline
from pipeline.extensions import SPAN_VALUE_KEY
from pipeline.launches.lexicon import Lexicon

MAX_REACH = 150
"""Tokens either side of a trigger that argument rules may look at. A "sentence" of thousands
of tokens (a list, a table, text without punctuation) would make every search around a
trigger scan all of it; arguments further away are not read from such text anyway."""


@dataclass(frozen=True)
class Matchers:
    """The matchers compiled from the lexicon (see ``triggers.compile_matchers``)."""

    words: PhraseMatcher
    """Trigger forms and cue phrases, one pass per Doc."""
    trigger_key: int
    """The ``words`` match key of the trigger forms."""
    cue_kinds: Mapping[int, str]
    """The ``words`` match keys of the cue phrases and their names ("CLAUSE",
    "COMPLEMENT"), so a Doc's cue matches are named without a string store lookup each."""
    dependencies: DependencyMatcher


def _has_parse(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")`` (True for an empty Doc). spaCy 3.8 walks the token
    structs in C: 4.5 ms per 1,000 bench articles, where copying the DEP array out and
    counting its non-zero entries took 6.3 ms."""
    return doc.has_annotation("DEP")


class LaunchDoc:
    """Per-document state and word tests: the view's token lists, the entity at each token,
    where cue phrases end, the parse's attachments (when there is a parse), sentences with
    their dateline and headline, and capitalised names."""

    def __init__(
        self,
        doc: Doc,
        lexicon: Lexicon,
        matchers: Matchers,
        words: list[tuple[int, int, int]],
        *,
        use_dependencies: bool,
    ) -> None:
        """``words``: the Doc's matches of ``matchers.words``, found once by the component."""
        self.doc = doc
        self.lex = lexicon
        self.view: DocView = doc_view(doc)
        self.length = len(doc)
        # the rules read words through these lists, not through ``doc[i]`` (which builds a
        # Token object on every access): tok[i] has doc[i]'s lexical attributes (text,
        # lower_, is_title, ...), spaced[i] says whether whitespace follows token i
        self.tok: list[LexicalToken] = self.view.tok
        self.spaced: list[int] = self.view.spaced
        self.text = self.view.text
        # the view's word tests, bound once: the rules call them tens of thousands of times
        # per thousand documents, and a method here that only forwards doubles each call
        self.span_text: Callable[[int, int], str] = self.view.span_text
        """``doc[start:end].text``, sliced from the text."""
        self.lowers: Callable[[int, int], list[str]] = self.view.lowers
        """``[t.lower_ for t in doc[start:end]]``."""
        self.glued: Callable[[int], bool] = self.view.glued_tokens.__contains__
        """Token k is part of a hyphenated word."""
        # token -> (sentence start past any dateline, end, headline), see ``sentence``
        self._sentences: dict[int, tuple[int, int, bool]] = {}
        self._bounds: dict[int, tuple[int, int]] = {}
        self.sent_starts = self.view.sentence_start_set
        self.ent_at: dict[int, Span] = {}
        # each entity token's label, read once (``Span.label_`` looks it up on every call)
        self.ent_label: dict[int, str] = {}
        # where the DATE and GPE entities start and end, in order: a date or place argument
        # is always one of them, so a scan for one stops past the last (``setting_end``)
        self.setting_starts: list[int] = []
        self.setting_ends: list[int] = []
        self._index_entities(doc)
        # last token of a cue phrase -> whether it is a clause cue ("if") or a complement cue
        # ("calls for"); see modality.cue_before
        self.cue_end: dict[int, str] = {}
        cue_kinds = matchers.cue_kinds
        for match_id, _, end in words:
            kind = cue_kinds.get(match_id)
            if kind is not None:
                self.cue_end[end - 1] = kind
        self.headlines: dict[int, bool] = {}
        self._names_by_evidence: dict[str, bool] = {}
        self.dep: dict[int, dict[str, int]] = {}
        if use_dependencies and _has_parse(doc):
            for match_id, tokens in matchers.dependencies(doc):
                label = doc.vocab.strings[match_id]
                self.dep.setdefault(tokens[0], {}).setdefault(label, tokens[-1])

    def _index_entities(self, doc: Doc) -> None:
        """Fill ``ent_at``, ``ent_label`` and the setting bounds from ``doc.ents`` in one pass.
        The containers and each entity's bounds are read into locals: the loop stores each
        entity token twice (about 55 per bench article), and an attribute lookup per store
        cost about 2.5 ms per 1,000 articles."""
        ent_at, ent_label = self.ent_at, self.ent_label
        setting_starts, setting_ends = self.setting_starts, self.setting_ends
        for ent in doc.ents:
            label = ent.label_
            start, end = ent.start, ent.end
            for i in range(start, end):
                ent_at[i] = ent
                ent_label[i] = label
            if label == "DATE" or label == "GPE":
                setting_starts.append(start)
                setting_ends.append(end)

    def is_person_name(self, start: int, end: int) -> bool:
        """Tokens [start, end) name a person: a first name and capitalised words ("Tom
        Hale"), or one word the article writes after a first name ("Hale"). A determiner
        before them makes a product or a thing ("the Kia Sorento")."""
        tok = self.tok
        if start > 0 and tok[start - 1].lower_ in self.lex.determiners:
            return False
        if not all(tok[k].is_title and tok[k].is_alpha for k in range(start, end)):
            return False
        if end - start >= 2:
            return tok[start].text in self.lex.first_names
        return tok[start].text in self.surnames

    @cached_property
    def surnames(self) -> frozenset[str]:
        """Capitalised words the article writes right after a first name: its people's
        surnames (read once per document, only when a one-word object needs it)."""
        words, first_names = self.view.words, self.lex.first_names
        # the pairs that open with a first name, picked out in C (``compress``): only those
        # few are tested in Python, not every pair of the article
        after_first_names = compress(pairwise(words), map(first_names.__contains__, words))
        return frozenset(
            after
            for before, after in after_first_names
            if before.istitle() and after.istitle() and after.isalpha()
        )

    @cached_property
    def bracketed_words(self) -> Mapping[str, tuple[int, ...]]:
        """Text -> positions of each one-token bracketed part ("(KOL)"), in order: where
        the article defines its acronyms (found once per document, only when a rule asks
        about an acronym)."""
        tok = self.tok
        found: dict[str, list[int]] = {}
        for m in range(1, len(tok) - 1):
            if tok[m - 1].text == "(" and tok[m + 1].text == ")":
                found.setdefault(tok[m].text, []).append(m)
        return {text: tuple(where) for text, where in found.items()}

    @cached_property
    def ref_date(self) -> dt.date | None:
        """``doc._.ref_date``, read once, from the extension's getter (each ``doc._`` access
        builds an accessor object first)."""
        getter = Doc.get_extension("ref_date")[2]
        reference: dt.date | None = getter(self.doc)
        return reference

    def date_value(self, date: Span) -> object:
        """``date._.value``, read from ``user_data`` under the key ``span._`` reads it from
        (``extensions.SPAN_VALUE_KEY``; the value's default is None): ``span._`` builds an
        accessor object first, which cost as much as the date tests that read the value."""
        return self.doc.user_data.get((SPAN_VALUE_KEY, "value", date.start_char, date.end_char))

    # -- sentences --------------------------------------------------------------------------
    def bounds(self, i: int) -> tuple[int, int]:
        """Token i's sentence, cut at line breaks, within ``MAX_REACH`` tokens of i and
        without leading whitespace: ``DocView.line_sentence(i, MAX_REACH)``, kept per token
        here (the rules ask again for the same tokens)."""
        found = self._bounds.get(i)
        if found is None:
            found = self._bounds[i] = self.view.line_sentence(i, MAX_REACH)
        return found

    def sentence(self, i: int) -> tuple[int, int, bool]:
        """Start and end of token i's sentence, the start moved past a dateline, and whether
        the sentence is a Title Case headline (kept per token: the rules ask again for the
        same trigger)."""
        known = self._sentences.get(i)
        if known is not None:
            return known
        first, last = self.bounds(i)
        start = self.dateline_end.get(first, first)
        if start > i:
            start = first
        headline = self.headlines.get(first)
        if headline is None:
            headline = self.headlines[first] = not self._ends_in_stop(first, last) and is_headline(
                self.span_text(first, last)
            )
        found = self._sentences[i] = (start, last, headline)
        return found

    def _ends_in_stop(self, first: int, last: int) -> bool:
        """The last word of tokens [first, last) ends in ".", "!" or "?", so their text ends
        so once trailing whitespace is stripped and ``is_headline`` would say no: read from
        the token, without slicing the sentence's text (most sentences end this way)."""
        tok = self.tok
        k = last - 1
        while k > first and tok[k].is_space:
            k -= 1
        return tok[k].text.endswith((".", "!", "?"))

    def setting_end(self, start: int, end: int) -> int:
        """Where the last DATE or GPE entity with a token in [start, end) ends, or ``start``
        when none has one: a scan for a date or place argument finds nothing past it (two
        binary searches, where the scans read every word)."""
        ends = self.setting_ends
        first = bisect_right(ends, start)
        if first == len(ends) or self.setting_starts[first] >= end:
            return start
        return ends[bisect_left(self.setting_starts, end) - 1]

    def in_dateline(self, span: Span) -> bool:
        """The span lies inside its line's dateline (datelines are never arguments). The
        span's sentence is looked up only when its first token lies within some dateline's
        tokens: the test asks whether it lies before the end of the dateline its sentence
        starts with, and a sentence never starts after its own tokens, so no other token can
        be inside one (most dates and places are not, and most documents have no dateline)."""
        if span.start not in self._dateline_tokens:
            return False
        end = self.dateline_end.get(self.bounds(span.start)[0])
        return end is not None and span.start < end

    @cached_property
    def dateline_end(self) -> dict[int, int]:
        """Line start token -> first token after the dateline on that line: the view's
        datelines (a place in capitals and a dash) and, at the top of the story, a place in
        mixed case with a date and a bracketed credit and no dash ("Tarnby, May 16 (KNW)
        The council ..."), as the agency-credit rule reads it. Its place is no argument,
        and the sentence after it starts past it."""
        ends = dict(self.view.dateline_end)
        text = self.text
        for line_start, line_end in opening_lines(text):
            match = MIXED_CASE_DATELINE.match(text, line_start, line_end)
            if match is not None:
                span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    first = span.start
                    while first < span.end and self.tok[first].is_space:
                        first += 1
                    ends.setdefault(first, span.end)
        return ends

    @cached_property
    def _dateline_tokens(self) -> frozenset[int]:
        """Every token from a dateline's first token up to its end (``in_dateline``)."""
        return frozenset(k for first, end in self.dateline_end.items() for k in range(first, end))

    # -- words ------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """``doc[start:end]``, built directly: a slice of a Doc normalises its bounds in
        Python first, which makes it three times as slow as ``Span(doc, start, end)``; bounds
        that need normalising still go through the slice."""
        if 0 <= start <= end <= self.length:
            return Span(self.doc, start, end)
        return self.doc[start:end]

    def ent(self, i: int, labels: Iterable[str] = ("ORG", "GPE", "DATE", "MONEY")) -> Span | None:
        """The entity at token i when its label is one of ``labels``."""
        label = self.ent_label.get(i)
        return self.ent_at[i] if label is not None and label in labels else None

    def is_cap(self, token: LexicalToken) -> bool:
        """Capitalised, or a digit-led word with letters ("5G", "3M")."""
        return token.is_cap

    def is_name_token(self, i: int, headline: bool) -> bool:
        """Token i is a capitalised word that can be part of a name (not a capitalised
        function word)."""
        token = self.tok[i]
        if not (token.is_cap and token.has_alpha) and (
            # "eSlate", "iDrive": a product name with a capital inside a lower-case start
            token.is_lower or not token.is_alpha or not token.text[0].islower()
        ):
            return False
        low = token.lower_
        if low in self.lex.np_break or low in self.lex.determiners:  # breaks hold prepositions
            return False
        if low.endswith(self.lex.descriptor_endings):
            return False  # "U.S.-based", "SoftBank-backed": a description, not the name
        if headline and low in self.lex.forms:
            return False
        if i in self.sent_starts or (i > 0 and self.tok[i - 1].is_space):
            if (
                low in self.lex.common_words
                and self.ent(i) is None
                and not token.is_upper
                and not self._first_name_first(i)
                and not self._written_as_name(token.text, low)
            ):
                return False
        return True

    @property
    def _orths(self) -> numpy.ndarray:
        """The ORTH hash of every token: the view's column of the arrays it read once (a
        ``doc.to_array(ORTH)`` of its own cost about as much as the tests that use it)."""
        return self.view.orth_array

    def _name_position(self, k: int) -> bool:
        """Token k, inside a sentence, stands where a name does rather than an adjective:
        a word other than a line break or an opening quote before it, and after it a
        possessive, punctuation, or a function word, verb or past form ("shares of Summit
        fell", "Summit's", "Summit said"); "Italian officials" is an adjective's place."""
        tok = self.tok
        if k == 0 or k + 1 >= self.length or tok[k - 1].is_space:
            return False
        prev = tok[k - 1]
        if prev.is_punct and prev.text not in (",", "("):
            return False
        nxt = tok[k + 1]
        low = nxt.lower_
        if nxt.text in HYPHENS:
            return False
        if nxt.is_punct or nxt.text in ("'s", "’s"):
            return True
        lex = self.lex
        return nxt.is_lower and (
            low in lex.np_break
            or low in lex.prepositions
            or low in lex.auxiliaries
            or low in lex.modals
            or low in lex.reporting_verbs
            or low.endswith("ed")
        )

    def _written_as_name(self, text: str, low: str) -> bool:
        """A frequent word that opens a sentence is still a name when the article never
        writes it in lower case and writes it capitalised inside a sentence too ("Summit
        opened ..." in an article that goes on "shares of Summit"); asked only for such
        words, answered from the ORTH array and kept per word."""
        known = self._names_by_evidence.get(text)
        if known is not None:
            return known
        strings = self.doc.vocab.strings
        orths = self._orths
        lower_hash = strings[low] if low in strings else None
        found = False
        if lower_hash is None or not numpy.any(orths == lower_hash):
            starts = self.sent_starts
            for k in numpy.flatnonzero(orths == strings[text]).tolist():
                if k not in starts and self._name_position(k):
                    found = True
                    break
        self._names_by_evidence[text] = found
        return found

    def without_title(self, span: Span) -> Span:
        """The person's name in a name run that opens with a title ("Finance Minister Anna
        Berg" -> "Anna Berg", "Acme Chief Executive Anna Berg" -> "Anna Berg", "Prime
        Minister Tarun Vel" -> "Tarun Vel"): the words after the last title word."""
        tok = self.tok
        last = None
        for k in range(span.start, span.end - 1):
            if tok[k].lower_ in self.lex.person_titles:
                last = k
        return span if last is None else self.span(last + 1, span.end)

    def only_titles(self, span: Span) -> bool:
        """Every word of the span is a title ("Chief Minister", "the President"): a role,
        not a name."""
        titles = self.lex.person_titles
        return all(
            t.lower_ in titles or t.lower_ in ("the", "prime", "vice", "deputy")
            for t in self.tok[span.start : span.end]
        )

    def campus_name(self, ent: Span) -> Span | None:
        """A GPE right after an acronym that is no entity is the end of a name, not a place:
        "UT Dayton", "NMU Leeds" (a university and its campus town). Returns the whole
        name, or None."""
        k = ent.start - 1
        if ent.label_ != "GPE" or k < 0 or k in self.ent_label:
            return None
        text = self.tok[k].text
        acronym = (
            text.isalpha()
            and text[0].isupper()
            and sum(ch.isupper() for ch in text) >= 2
            and text.lower() not in self.lex.common_words
        )
        if not acronym or not self.spaced[k]:
            return None
        return self.span(k, ent.end)

    def _first_name_first(self, i: int) -> bool:
        """Token i, opening a sentence, is a first name before a surname ("Anna Berg, who
        founded ..."): a name, although the word is also a frequent one; a stop word
        ("Will", "May") is left a word."""
        token = self.tok[i]
        if token.text not in self.lex.first_names or token.is_stop or i + 1 >= self.length:
            return False
        nxt = self.tok[i + 1]
        return nxt.is_title and nxt.is_alpha and nxt.lower_ not in self.lex.common_words

    def is_named(self, span: Span) -> bool:
        """An entity or a capitalised name, not a generic noun phrase."""
        if span.label_ in ("ORG", "GPE"):
            return True
        # a loop, not ``all()`` over a generator: this runs for most argument candidates
        tok = self.tok
        for k in range(span.start, span.end):
            token = tok[k]
            if not (self.is_name_token(k, False) or token.like_num or token.text in HYPHENS):
                return False
        return True

    def is_plain_word(self, i: int, *excluded: frozenset[str]) -> bool:
        """Token i is a lower-case word that can be part of a noun phrase: alphabetic, not a
        phrase break (``np_break``) and in none of the ``excluded`` word lists."""
        token = self.tok[i]
        if not (token.is_lower and token.is_alpha):
            return False
        low = token.lower_
        return low not in self.lex.np_break and not any(low in words for words in excluded)

    def name_at(self, m: int, limit: int, headline: bool) -> Span | None:
        """An ORG entity or a capitalised name run starting at token m."""
        if m >= limit:
            return None
        ent = self.ent(m, ("ORG",))
        if ent is not None and ent.start == m:
            return ent
        if self.ent(m) is not None or not self.is_name_token(m, headline):
            return None
        return self.span(m, self.name_run_end(m, limit, headline))

    def name_run_end(self, m: int, limit: int, headline: bool) -> int:
        """End of the run of name tokens starting at m (numbers count after its first word,
        "Model 3"); the run stops at any entity."""
        end = m
        while (
            end < limit
            and (self.is_name_token(end, headline) or (self.tok[end].like_num and end > m))
            and self.ent(end) is None
        ):
            end += 1
        return end
