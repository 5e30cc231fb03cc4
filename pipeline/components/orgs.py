"""ORG: organisation names found by general rules, not by a list of this corpus's names.

Four rules add candidates:
1. A capitalised name that ends in an organisational head word ("... University",
   "... Ministry") or a company legal form ("... Co., Ltd.", "... GmbH"), or that starts with
   one and continues with an "of"-chain ("Ministry of Industry and Information Technology",
   "School of Artificial Intelligence of X University").
2. A curated gazetteer of well-known organisations (major companies, agencies, bodies).
3. An acronym defined in brackets after a name ("... (NUIST)") and its later bare uses,
   with ``canonical`` set to the long name.
4. Names found in the body are also found in Title Case headlines, where rule 1 is off
   because every word is capitalised by style.
Exclusions follow the contract: no leading "the" or possessive, no sentence-initial everyday
words, no nationality adjective before a government body ("the Chinese Ministry of ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.components.base import RuleComponent, RuleData, pattern_docs
from pipeline.components.sentences import sentence_bounds
from pipeline.extensions import CANDIDATES, doc_text
from pipeline.rules.schema import OrgData, OrgRules, load_rules

_MAX_LEFT_AFTER_AND = 3
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]$")


_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)\b")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def is_headline(text: str) -> bool:
    """A line in Title Case without a final full stop: capitals there are style, not names."""
    if text.rstrip().endswith((".", "!", "?", "”.", '."')):
        return False
    words = _LONG_WORD.findall(text)
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.8


def contains_word(text: str, word: str) -> bool:
    """True when ``word`` occurs in ``text`` between word boundaries (``\\b`` on each side)."""
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def find_all(text: str, needle: str) -> Iterable[int]:
    """Start offsets of the non-overlapping occurrences of ``needle``, left to right."""
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + len(needle))


def is_name_char(char: str) -> bool:
    """A character that a name cannot border: ``[\\w&]`` in a regex."""
    return char.isalnum() or char in "_&"


def find_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each whole-word use of the names, leftmost first, then longest.

    The result is what ``finditer`` gives for ``(?<![\\w&])(names, longest first)(?![\\w&])``;
    a ``str.find`` per name is much faster than that regex, which has no literal prefix and
    would be compiled again for every article.
    """
    longest: dict[int, int] = {}
    for name in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            if not (
                (start > 0 and is_name_char(text[start - 1]))
                or (end < len(text) and is_name_char(text[end]))
            ):
                longest[start] = max(end, longest.get(start, end))
            start = text.find(name, start + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(longest):
        if not found or start >= found[-1][1]:
            found.append((start, longest[start]))
    return found


class Tokens:
    """A Doc's token texts and character offsets, read once per Doc.

    ``doc[i]`` builds a new Token object on every access and the rules look at each token
    many times, so they read these plain lists instead (``Token.lower_``, ``is_alpha`` and
    ``is_title`` are ``str.lower``, ``isalpha`` and ``istitle`` of the token text).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        offsets = doc.to_array([IDX, LENGTH])
        self.starts: list[int] = offsets[:, 0].tolist()
        self.ends: list[int] = (offsets[:, 0] + offsets[:, 1]).tolist()
        self.words = [self.text[a:b] for a, b in zip(self.starts, self.ends, strict=True)]

    def char_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), like ``doc[start:end].text``."""
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

    def span(self, start_char: int, end_char: int) -> Span | None:
        """An ORG span over a character range, or None when it cuts through a token."""
        found = self.token_range(start_char, end_char)
        return None if found is None else Span(self.doc, *found, label="ORG")


def acronym_fits(acronym: str, name: str) -> bool:
    """True when the acronym's letters are, in order, initials of the name's words."""
    initials = [w[0].upper() for w in re.split(r"[\s\-&]+", name) if w]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


class OrgRecognizer(RuleComponent):
    data_model = OrgData

    @property
    def labels(self) -> tuple[str, ...]:
        return ("ORG",)

    def default_data(self) -> RuleData:
        from pipeline import library_data

        _, curated = load_rules(OrgRules, "orgs.json")
        excluded = set(curated.pop("legal_form_exclusions"))
        forms = library_data.legal_forms(excluded)
        curated["legal_forms"] = forms + curated.pop("extra_legal_forms")
        curated["common_words"] = sorted(library_data.common_words())
        curated["frequent_words"] = sorted(library_data.common_words(library_data.PLACE_WORD_LIMIT))
        return {key: sorted(set(value)) for key, value in curated.items()}

    def compile(self, data: RuleData) -> None:
        vocab = self.nlp.vocab
        self.heads = set(data["head_words"])
        self.leading_heads = set(data["leading_heads"])
        self.foreign_heads = set(data["foreign_leading_heads"])
        self.descriptors = set(data["company_descriptors"])
        self.government_heads = set(data["government_heads"])
        self.connectors = set(data["name_connectors"])
        self.inner = set(data["inner_connectors"])
        self.demonyms = set(data["demonyms"])
        self.not_name = set(data["not_name_words"])
        self.list_connectors = set(data["list_connectors"])
        self.apostrophe_s = set(data["possessive_endings"])
        self.possessive_names = set(data["possessive_names"])
        self.hyphens = set(data["hyphens"])
        self.not_canonical_heads = tuple(data["not_canonical_heads"])
        self.common = set(data["common_words"])
        self.frequent = set(data["frequent_words"])
        self.single_names = {name for name in data["gazetteer"] if " " not in name}
        self.stop_words = self.nlp.Defaults.stop_words
        # Single-word sets are PhraseMatchers: a Matcher "IN" predicate is Python per token.
        self.all_heads = self.heads | self.leading_heads | self.foreign_heads
        self.starting_heads = self.leading_heads | self.foreign_heads
        self.head_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.head_matcher.add("HEAD", pattern_docs(self.nlp, sorted(self.all_heads)))
        self.descriptor_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.descriptor_matcher.add("DESCRIPTOR", pattern_docs(self.nlp, sorted(self.descriptors)))
        self.legal_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.legal_words = {f.lower() for f in data["legal_forms"] if " " not in f}
        forms = sorted({v for f in data["legal_forms"] for v in (f, f.title(), f.upper())})
        self.legal_matcher.add("LEGAL", pattern_docs(self.nlp, forms))
        self.gazetteer = PhraseMatcher(vocab, attr="ORTH")
        self.gazetteer.add("ORG", pattern_docs(self.nlp, data["gazetteer"]))

    # -- token tests ------------------------------------------------------------------------
    def is_name_word(self, word: str) -> bool:
        if not word or word in self.not_name:
            return False
        first = word[0]
        return first.isupper() or (first.isdigit() and any(c.isalpha() for c in word))

    def is_sentence_opener(self, words: list[str], i: int) -> bool:
        """A capitalised first word that is grammar, not a name ("Despite", "Leveraging")."""
        word = words[i]
        lower = word.lower()
        return (
            lower in self.stop_words
            or word in self.not_name
            or (
                lower.endswith(("ly", "ing"))
                and lower in self.common
                and not (i + 1 < len(words) and self.is_name_word(words[i + 1]))
            )
        )

    # -- rule 1 -----------------------------------------------------------------------------
    def extend_left(self, words: list[str], head: int, floor: int) -> int:
        """First token of the name that ends at ``head``."""
        left = head
        i = head - 1
        and_seen = False
        while i >= floor:
            word = words[i]
            if self.is_name_word(word):
                left = i
            elif word in self.hyphens and i - 1 >= floor and self.is_name_word(words[i - 1]):
                left = i
            elif (
                word in self.apostrophe_s
                and i - 1 >= floor
                and words[i - 1] in self.possessive_names
            ):
                left = i
            elif (
                word.lower() in self.inner
                and not and_seen
                and head - i <= _MAX_LEFT_AFTER_AND
                and i - 1 >= floor
                and self.is_name_word(words[i - 1])
                and words[i - 1] not in self.single_names
                and words[i - 1].lower() not in self.legal_words
                and words[i - 1] not in self.heads
            ):
                and_seen = True
                left = i
            else:
                break
            i -= 1
        while left < head and (words[left].lower() in self.inner or words[left] in self.hyphens):
            left += 1
        return left

    def extend_right(self, words: list[str], end: int, ceiling: int) -> int:
        """End (exclusive) of the name after its head: of-chains and hyphenated words."""
        while end < ceiling:
            word = words[end]
            if word in self.hyphens and end + 1 < ceiling and words[end + 1].isalpha():
                end += 2
                continue
            if word.lower() in self.connectors:
                k = end + 1
                if k < ceiling and words[k].lower() == "the":
                    k += 1
                if k < ceiling and self.is_name_word(words[k]):
                    end = self.name_run(words, k, ceiling)
                    continue
            break
        return end

    def name_run(self, words: list[str], start: int, ceiling: int) -> int:
        """End of a run of name words joined by "and", "&" and hyphens."""
        end = start
        while end < ceiling:
            word = words[end]
            if self.is_name_word(word):
                end += 1
            elif (
                (word.lower() in self.inner or word in self.hyphens)
                and end + 1 < ceiling
                and (self.is_name_word(words[end + 1]) or word in self.hyphens)
                and words[end + 1].isalpha()
                and not (word.lower() in self.inner and words[end + 1] in self.all_heads)
            ):
                end += 2
            elif word == "," and self.listed_name_end(words, end + 1, ceiling):
                end = self.listed_name_end(words, end + 1, ceiling)
            else:
                break
        return end

    def listed_name_end(self, words: list[str], start: int, ceiling: int) -> int:
        """End of ", Trade and Industry" in "Ministry of Investment, Trade and Industry", or 0.

        A comma continues a name only when name words follow it up to an "and" or "&" and
        a last name word: the shape of a list of portfolios, not of a sentence going on.
        """
        end = start
        while end < ceiling and self.is_name_word(words[end]):
            end += 1
        if end == start or end + 1 >= ceiling or words[end].lower() not in self.list_connectors:
            return 0
        if not self.is_name_word(words[end + 1]):
            return 0
        end += 1
        while end < ceiling and self.is_name_word(words[end]):
            end += 1
        return end

    def legal_tail(self, words: list[str], end: int, legal: dict[int, int], ceiling: int) -> int:
        """Extend over legal forms: "Co., Ltd.", ", Inc.", "GmbH & Co. KG"."""
        while end < ceiling:
            if end in legal:
                end = legal[end]
            elif words[end] == "," and end + 1 in legal:
                end = legal[end + 1]
            else:
                break
        return end

    def trim_left(self, words: list[str], left: int, head: int, sent_start: int) -> int:
        if left == sent_start and left < head and self.is_sentence_opener(words, left):
            left += 1
        if words[left] in self.demonyms and words[head] in self.government_heads and left < head:
            left += 1
        return left

    def head_name(
        self, words: list[str], head: int, sent: tuple[int, int], legal: dict[int, int]
    ) -> tuple[int, int] | None:
        """The name around a head word, or None when the rules say it is not one."""
        sent_start, sent_end = sent
        end = head + 1
        if words[head] in self.foreign_heads:
            end = self.name_run(words, end, sent_end)  # "Universiti Sains Malaysia"
        end = self.extend_right(words, end, sent_end)
        end = self.legal_tail(words, end, legal, sent_end)
        if end < sent_end and words[end].isalpha() and self.is_name_word(words[end]):
            return None  # the name goes on past this head word ("... Platform Conference")
        if words[head] in self.foreign_heads:
            left = head  # "Universiti Sains Malaysia": the name starts at its head word
        else:
            left = self.extend_left(words, head, sent_start)
            left = self.trim_left(words, left, head, sent_start)
        if end - left < 2 or (left == head and words[head] not in self.starting_heads):
            return None
        return left, end

    def legal_name(
        self, words: list[str], head: int, sent: tuple[int, int], legal: dict[int, int]
    ) -> tuple[int, int] | None:
        """The name before a legal form: "Acme Robotics Co., Ltd.", "Volvo AB"."""
        sent_start, sent_end = sent
        left = self.extend_left(words, head, sent_start)
        if left == head and head - 1 > sent_start and words[head - 1] == ",":
            left = self.extend_left(words, head - 1, sent_start)
        left = self.trim_left(words, left, head, sent_start)
        if left >= head or words[left] == ",":
            return None
        return left, self.legal_tail(words, head, legal, sent_end)

    # -- the component ----------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        tokens = Tokens(doc)
        words = tokens.words
        legal: dict[int, int] = {}
        for _, start, end in self.legal_matcher(doc):
            followed_by_hyphen = end < len(words) and words[end] in self.hyphens
            if (words[start][0].isupper() or words[start] == "&") and not followed_by_hyphen:
                legal[start] = max(end, legal.get(start, end))
        found: list[Span] = [Span(doc, s, e, label="ORG") for _, s, e in self.gazetteer(doc)]
        sentences = sentence_bounds(doc)
        sentence_starts = [start for start, _ in sentences]
        headline = [is_headline(tokens.char_text(start, end)) for start, end in sentences]
        heads = [(start, False) for _, start, _ in self.head_matcher(doc)]
        heads += [(start, True) for start in legal]
        companies: list[Span] = []
        for head, is_legal in heads:
            index = bisect_right(sentence_starts, head) - 1
            if headline[index]:
                continue
            sent = sentences[index]
            if is_legal:
                name = self.legal_name(words, head, sent, legal)
            else:
                name = self.head_name(words, head, sent, legal)
            if name is not None:
                span = Span(doc, *name, label="ORG")
                found.append(span)
                if is_legal:
                    companies.append(span)
        described = list(self.described_names(tokens, sentences, sentence_starts, headline))
        found.extend(described)
        canonical: dict[str, str] = {}
        found.extend(self.short_forms(tokens, found, companies + described, canonical))
        found.extend(self.acronyms(tokens, found, canonical))
        headlines = [sent for sent, is_head in zip(sentences, headline, strict=True) if is_head]
        found.extend(self.in_headlines(tokens, found, headlines))
        self.set_canonical(tokens, found, canonical)
        self.add_candidates(doc, found)
        return doc

    def title_run(self, words: list[str], start: int, ceiling: int, step: int = 1) -> int:
        """Index one past (or, with step -1, one before) a run of up to 4 name words."""
        i = start
        while 0 <= i < ceiling and abs(i - start) < 4 and self.is_name_word(words[i]):
            if words[i] in self.demonyms:
                break
            i += step
        return i

    def described_names(
        self,
        tokens: Tokens,
        sentences: list[tuple[int, int]],
        starts: list[int],
        headline: list[bool],
    ) -> Iterable[Span]:
        """Names that the text calls a company: "start-up Fjordcell", "Brisco, a maker of"."""
        words = tokens.words
        candidates: list[tuple[int, int, bool]] = [
            (end, end, True)
            for _, start, end in self.descriptor_matcher(tokens.doc)
            if end < len(words) and words[end].istitle()
        ]
        for match in _APPOSITION.finditer(tokens.text):
            comma = tokens.token_range(match.start(), match.start() + 1)
            if comma is not None and comma[0] > 0 and words[comma[0] - 1].istitle():
                candidates.append((comma[0] - 1, comma[1] + 1, False))
        for start, end, before in candidates:
            index = bisect_right(starts, start) - 1
            sent_start, sent_end = sentences[index]
            if headline[index]:
                continue
            if before:  # "start-up Fjordcell"
                left, right = start, self.title_run(words, start, sent_end)
            else:  # "Brisco, a Chilean lithium miner"
                window = words[end : min(end + 6, sent_end)]
                if not any(w.lower() in self.descriptors for w in window):
                    continue
                right = start + 1
                left = self.title_run(words, start, len(words), step=-1) + 1
                left = max(left, sent_start)
                left = self.trim_left(words, left, start, sent_start)
            if right <= left:
                continue
            name = words[left:right]
            if all(w.lower() in self.common for w in name) or name[0] in self.not_name:
                continue
            yield Span(tokens.doc, left, right, label="ORG")

    def distinctive(self, word: str, places: set[str]) -> bool:
        """A first word that names the organisation on its own ("Fjordcell" for "Fjordcell
        Energy"): not a frequent English word, a place, a nationality or a head word."""
        return (
            word[:1].isupper()
            and word.lower() not in self.frequent
            and word not in places
            and word not in self.demonyms
            and word not in self.heads
            and word not in self.not_name
            and len(word) > 2
        )

    def short_forms(
        self, tokens: Tokens, names: list[Span], companies: list[Span], canonical: dict[str, str]
    ) -> list[Span]:
        """Every other mention of a found name, and of a company's distinctive first word.

        One name keeps one sense within an article: once "Fjordcell Energy, a start-up"
        is found, a later bare "Fjordcell" is the same organisation. A first word that the
        article also writes in lower case is a common noun there ("Metaverse Department").
        """
        text, words = tokens.text, tokens.words
        company_texts = {text[s.start_char : s.end_char] for s in companies}
        places = {
            text[s.start_char : s.end_char]
            for s in tokens.doc.spans.get(self.spans_key, [])
            if s.label_ == "GPE"
        }
        forms: dict[str, str] = {}
        for span in names:
            name = text[span.start_char : span.end_char]
            if name in places or name in forms:
                continue
            forms[name] = name
            if name not in company_texts or span.end - span.start < 2:
                continue
            first = words[span.start]
            if (
                words[span.start + 1] not in self.apostrophe_s
                and self.distinctive(first, places)
                and not contains_word(text, first.lower())
            ):
                forms.setdefault(first, name)
        if not forms:
            return []
        spans: list[Span] = []
        for start, end in find_names(text, forms):
            span = tokens.span(start, end)
            if span is not None:
                spans.append(span)
                form = text[start:end]
                if forms[form] != form:
                    canonical.setdefault(form, forms[form])
        return spans

    def acronyms(self, tokens: Tokens, names: list[Span], canonical: dict[str, str]) -> list[Span]:
        """Acronyms defined in brackets after a name, and every bare use of them.

        The acronym also settles a nationality word before a government body: "Australian
        Renewable Energy Agency (ARENA)" keeps "Australian" because the acronym spells it.
        """
        words = tokens.words
        found: list[Span] = []
        defined: dict[str, str] = {}
        for name in names:
            start, end = name.start, name.end
            if not (end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")"):
                continue
            acronym = words[end + 1]
            if not _ACRONYM.match(acronym):
                continue
            name_text = tokens.char_text(start, end)
            before = words[start - 1] if start > 0 else None
            if before is not None and before in self.demonyms:
                longer = tokens.char_text(start - 1, end)
                if acronym[0] == before[0] and acronym_fits(acronym, longer):
                    found.append(Span(tokens.doc, start - 1, end, label="ORG"))
                    name_text = longer
            if acronym_fits(acronym, name_text):
                defined.setdefault(acronym, name_text)
        if not defined:
            return found
        canonical.update(defined)
        for start, end in find_names(tokens.text, defined):
            span = tokens.span(start, end)
            if span is not None:
                found.append(span)
        return found

    def in_headlines(
        self, tokens: Tokens, names: list[Span], headlines: list[tuple[int, int]]
    ) -> list[Span]:
        """Names found elsewhere in the article, where they occur in Title Case lines."""
        if not headlines:
            return []
        full_text = tokens.text
        texts = {full_text[s.start_char : s.end_char] for s in names if len(s) > 1}
        spans: list[Span] = []
        for start, end in headlines:
            line_start = tokens.starts[start]
            line_text = tokens.char_text(start, end)
            for text in texts:
                for offset in find_all(line_text, text):
                    span = tokens.span(line_start + offset, line_start + offset + len(text))
                    if span is not None:
                        spans.append(span)
        return spans

    def set_canonical(self, tokens: Tokens, spans: list[Span], canonical: dict[str, str]) -> None:
        """The fullest name the article uses: acronym expansions and longer forms."""
        full_text = tokens.text
        span_texts = [full_text[s.start_char : s.end_char] for s in spans]
        by_length = sorted(set(span_texts), key=len, reverse=True)
        # Longer names by the shorter names they end in ("... Fjordcell Energy" under
        # "Fjordcell Energy" and "Energy"), in by_length order.
        ending_in: dict[str, list[str]] = {}
        for longer in by_length:
            space = longer.find(" ")
            while space != -1:
                ending_in.setdefault(longer[space + 1 :], []).append(longer)
                space = longer.find(" ", space + 1)
        fullest: dict[str, str] = {}
        for text in by_length:
            full = canonical.get(text)
            if full is None:
                full = next(
                    (
                        longer
                        for longer in ending_in.get(text, ())
                        if len(longer) > len(text)
                        and " of " not in longer[: -len(text)]
                        and not longer.startswith(self.not_canonical_heads)
                    ),
                    text,
                )
            fullest[text] = full
        for span, text in zip(spans, span_texts, strict=True):
            span._.canonical = fullest[text]


@Language.factory(
    "launchwatch_orgs",
    default_config={"spans_key": CANDIDATES},
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
)
def make_orgs(nlp: Language, name: str, spans_key: str) -> OrgRecognizer:
    return OrgRecognizer(nlp, name, spans_key=spans_key)
