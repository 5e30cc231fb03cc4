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
from bisect import bisect_right
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import (
    RuleComponent,
    RuleData,
    add_candidates,
    load_json,
    pattern_docs,
)
from pipeline.components.sentences import sentence_bounds
from pipeline.extensions import CANDIDATES, doc_text
from pipeline.rules import rule_file

_APOSTROPHE_S = {"'s", "’s"}
_HYPHENS = {"-", "–"}
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
    def default_data(self) -> RuleData:
        from pipeline import library_data

        curated = load_json(rule_file("orgs.json"))
        curated.pop("_about", None)
        curated["legal_forms"] = library_data.legal_forms() + curated.pop("extra_legal_forms")
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
        self.common = set(data["common_words"])
        self.frequent = set(data["frequent_words"])
        self.single_names = {name for name in data["gazetteer"] if " " not in name}
        self.stop_words = self.nlp.Defaults.stop_words
        # Single-word sets are PhraseMatchers: a Matcher "IN" predicate is Python per token.
        self.all_heads = self.heads | self.leading_heads | self.foreign_heads
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
    def is_name_word(self, token: Token) -> bool:
        text = token.text
        if not text or text in self.not_name:
            return False
        first = text[0]
        return first.isupper() or (first.isdigit() and any(c.isalpha() for c in text))

    def is_sentence_opener(self, token: Token) -> bool:
        """A capitalised first word that is grammar, not a name ("Despite", "Leveraging")."""
        lower = token.lower_
        return (
            lower in self.stop_words
            or token.text in self.not_name
            or (
                lower.endswith(("ly", "ing"))
                and lower in self.common
                and not (token.i + 1 < len(token.doc) and self.is_name_word(token.nbor()))
            )
        )

    # -- rule 1 -----------------------------------------------------------------------------
    def extend_left(self, doc: Doc, head: int, floor: int) -> int:
        """First token of the name that ends at ``head``."""
        left = head
        i = head - 1
        and_seen = False
        while i >= floor:
            token = doc[i]
            if self.is_name_word(token):
                left = i
            elif token.text in _HYPHENS and i - 1 >= floor and self.is_name_word(doc[i - 1]):
                left = i
            elif token.text in _APOSTROPHE_S and i - 1 >= floor and doc[i - 1].text == "People":
                left = i
            elif (
                token.lower_ in self.inner
                and not and_seen
                and head - i <= _MAX_LEFT_AFTER_AND
                and i - 1 >= floor
                and self.is_name_word(doc[i - 1])
                and doc[i - 1].text not in self.single_names
                and doc[i - 1].lower_ not in self.legal_words
                and doc[i - 1].text not in self.heads
            ):
                and_seen = True
                left = i
            else:
                break
            i -= 1
        while left < head and (doc[left].lower_ in self.inner or doc[left].text in _HYPHENS):
            left += 1
        return left

    def extend_right(self, doc: Doc, end: int, ceiling: int) -> int:
        """End (exclusive) of the name after its head: of-chains and hyphenated words."""
        while end < ceiling:
            token = doc[end]
            if token.text in _HYPHENS and end + 1 < ceiling and doc[end + 1].is_alpha:
                end += 2
                continue
            if token.lower_ in self.connectors:
                k = end + 1
                if k < ceiling and doc[k].lower_ == "the":
                    k += 1
                if k < ceiling and self.is_name_word(doc[k]):
                    end = self.name_run(doc, k, ceiling)
                    continue
            break
        return end

    def name_run(self, doc: Doc, start: int, ceiling: int) -> int:
        """End of a run of name words joined by "and", "&" and hyphens."""
        end = start
        while end < ceiling:
            token = doc[end]
            if self.is_name_word(token):
                end += 1
            elif (
                (token.lower_ in self.inner or token.text in _HYPHENS)
                and end + 1 < ceiling
                and (self.is_name_word(doc[end + 1]) or token.text in _HYPHENS)
                and doc[end + 1].is_alpha
                and not (token.lower_ in self.inner and doc[end + 1].text in self.all_heads)
            ):
                end += 2
            elif token.text == "," and self.listed_name_end(doc, end + 1, ceiling):
                end = self.listed_name_end(doc, end + 1, ceiling)
            else:
                break
        return end

    def listed_name_end(self, doc: Doc, start: int, ceiling: int) -> int:
        """End of ", Trade and Industry" in "Ministry of Investment, Trade and Industry", or 0.

        A comma continues a name only when name words follow it up to an "and" or "&" and
        a last name word: the shape of a list of portfolios, not of a sentence going on.
        """
        end = start
        while end < ceiling and self.is_name_word(doc[end]):
            end += 1
        if end == start or end + 1 >= ceiling or doc[end].lower_ not in ("and", "&"):
            return 0
        if not self.is_name_word(doc[end + 1]):
            return 0
        end += 1
        while end < ceiling and self.is_name_word(doc[end]):
            end += 1
        return end

    def legal_tail(self, doc: Doc, end: int, legal: dict[int, int], ceiling: int) -> int:
        """Extend over legal forms: "Co., Ltd.", ", Inc.", "GmbH & Co. KG"."""
        while end < ceiling:
            if end in legal:
                end = legal[end]
            elif doc[end].text == "," and end + 1 in legal:
                end = legal[end + 1]
            else:
                break
        return end

    def trim_left(self, doc: Doc, left: int, head: int, sent_start: int) -> int:
        if left == sent_start and left < head and self.is_sentence_opener(doc[left]):
            left += 1
        if (
            doc[left].text in self.demonyms
            and doc[head].text in self.government_heads
            and left < head
        ):
            left += 1
        return left

    def head_name(self, doc: Doc, head: int, sent: Span, legal: dict[int, int]) -> Span | None:
        """The name around a head word, or None when the rules say it is not one."""
        end = head + 1
        if doc[head].text in self.foreign_heads:
            end = self.name_run(doc, end, sent.end)  # "Universiti Sains Malaysia"
        end = self.extend_right(doc, end, sent.end)
        end = self.legal_tail(doc, end, legal, sent.end)
        if end < sent.end and doc[end].is_alpha and self.is_name_word(doc[end]):
            return None  # the name goes on past this head word ("... Platform Conference")
        if doc[head].text in self.foreign_heads:
            left = head  # "Universiti Sains Malaysia": the name starts at its head word
        else:
            left = self.trim_left(doc, self.extend_left(doc, head, sent.start), head, sent.start)
        leading = self.leading_heads | self.foreign_heads
        if end - left < 2 or (left == head and doc[head].text not in leading):
            return None
        return Span(doc, left, end, label="ORG")

    def legal_name(self, doc: Doc, head: int, sent: Span, legal: dict[int, int]) -> Span | None:
        """The name before a legal form: "Acme Robotics Co., Ltd.", "Volvo AB"."""
        left = self.extend_left(doc, head, sent.start)
        if left == head and head - 1 > sent.start and doc[head - 1].text == ",":
            left = self.extend_left(doc, head - 1, sent.start)
        left = self.trim_left(doc, left, head, sent.start)
        if left >= head or doc[left].text == ",":
            return None
        return Span(doc, left, self.legal_tail(doc, head, legal, sent.end), label="ORG")

    # -- the component ----------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        legal: dict[int, int] = {}
        for _, start, end in self.legal_matcher(doc):
            followed_by_hyphen = end < len(doc) and doc[end].text in _HYPHENS
            if (doc[start].text[0].isupper() or doc[start].text == "&") and not followed_by_hyphen:
                legal[start] = max(end, legal.get(start, end))
        found: list[Span] = [Span(doc, s, e, label="ORG") for _, s, e in self.gazetteer(doc)]
        sentences = [doc[start:end] for start, end in sentence_bounds(doc)]
        sentence_starts = [sent.start for sent in sentences]
        text = doc_text(doc)
        headline = [is_headline(text[sent.start_char : sent.end_char]) for sent in sentences]
        heads = [(start, False) for _, start, _ in self.head_matcher(doc)]
        heads += [(start, True) for start in legal]
        companies: list[Span] = []
        for head, is_legal in heads:
            index = bisect_right(sentence_starts, head) - 1
            if headline[index]:
                continue
            sent = sentences[index]
            if is_legal:
                span = self.legal_name(doc, head, sent, legal)
                if span is not None:
                    companies.append(span)
            else:
                span = self.head_name(doc, head, sent, legal)
            if span is not None:
                found.append(span)
        described = list(self.described_names(doc, sentences, sentence_starts, headline))
        found.extend(described)
        canonical: dict[str, str] = {}
        found.extend(self.short_forms(doc, found, companies + described, canonical))
        found.extend(self.acronyms(doc, found, canonical))
        headlines = [sent for sent, is_head in zip(sentences, headline, strict=True) if is_head]
        found.extend(self.in_headlines(doc, found, headlines))
        self.set_canonical(doc, found, canonical)
        add_candidates(doc, found)
        return doc

    def title_run(self, doc: Doc, start: int, ceiling: int, step: int = 1) -> int:
        """Index one past (or, with step -1, one before) a run of up to 4 name words."""
        i = start
        while 0 <= i < ceiling and abs(i - start) < 4 and self.is_name_word(doc[i]):
            if doc[i].text in self.demonyms:
                break
            i += step
        return i

    def described_names(
        self, doc: Doc, sentences: list[Span], starts: list[int], headline: list[bool]
    ) -> Iterable[Span]:
        """Names that the text calls a company: "start-up Ledgerly", "Voltaris, a maker of"."""
        candidates: list[tuple[int, int, bool]] = [
            (end, end, True)
            for _, start, end in self.descriptor_matcher(doc)
            if end < len(doc) and doc[end].is_title
        ]
        for match in _APPOSITION.finditer(doc_text(doc)):
            comma = doc.char_span(match.start(), match.start() + 1)
            if comma is not None and comma.start > 0 and doc[comma.start - 1].is_title:
                candidates.append((comma.start - 1, comma.end + 1, False))
        for start, end, before in candidates:
            index = bisect_right(starts, start) - 1
            sent = sentences[index]
            if headline[index]:
                continue
            if before:  # "start-up Ledgerly"
                left, right = start, self.title_run(doc, start, sent.end)
            else:  # "Voltaris, a German battery maker"
                window = doc[end : min(end + 6, sent.end)]
                if not any(t.lower_ in self.descriptors for t in window):
                    continue
                right = start + 1
                left = self.title_run(doc, start, len(doc), step=-1) + 1
                left = max(left, sent.start)
                left = self.trim_left(doc, left, start, sent.start)
            if right <= left:
                continue
            words = doc[left:right]
            if all(t.lower_ in self.common for t in words) or words[0].text in self.not_name:
                continue
            yield Span(doc, left, right, label="ORG")

    def distinctive(self, word: str, places: set[str]) -> bool:
        """A first word that names the organisation on its own ("Tidewater" for "Tidewater
        Analytics"): not a frequent English word, a place, a nationality or a head word."""
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
        self, doc: Doc, names: list[Span], companies: list[Span], canonical: dict[str, str]
    ) -> list[Span]:
        """Every other mention of a found name, and of a company's distinctive first word.

        One name keeps one sense within an article: once "Tidewater Analytics, a start-up"
        is found, a later bare "Tidewater" is the same organisation. A first word that the
        article also writes in lower case is a common noun there ("Metaverse Department").
        """
        text = doc_text(doc)
        company_texts = {text[s.start_char : s.end_char] for s in companies}
        places = {
            text[s.start_char : s.end_char]
            for s in doc.spans.get(CANDIDATES, [])
            if s.label_ == "GPE"
        }
        forms: dict[str, str] = {}
        for span in names:
            name = text[span.start_char : span.end_char]
            if name in places or name in forms:
                continue
            forms[name] = name
            if name not in company_texts or len(span) < 2:
                continue
            first = span[0].text
            if (
                span[1].text not in _APOSTROPHE_S
                and self.distinctive(first, places)
                and not re.search(rf"\b{re.escape(first.lower())}\b", text)
            ):
                forms.setdefault(first, name)
        if not forms:
            return []
        pattern = re.compile(
            r"(?<![\w&])("
            + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
            + r")(?![\w&])"
        )
        spans: list[Span] = []
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), label="ORG")
            if span is not None:
                spans.append(span)
                if forms[match.group()] != match.group():
                    canonical.setdefault(match.group(), forms[match.group()])
        return spans

    def acronyms(self, doc: Doc, names: list[Span], canonical: dict[str, str]) -> list[Span]:
        """Acronyms defined in brackets after a name, and every bare use of them.

        The acronym also settles a nationality word before a government body: "Australian
        Renewable Energy Agency (ARENA)" keeps "Australian" because the acronym spells it.
        """
        found: list[Span] = []
        defined: dict[str, str] = {}
        for name in names:
            end = name.end
            if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"):
                continue
            acronym = doc[end + 1].text
            if not _ACRONYM.match(acronym):
                continue
            before = doc[name.start - 1] if name.start > 0 else None
            if before is not None and before.text in self.demonyms:
                longer = Span(doc, name.start - 1, end, label="ORG")
                if acronym[0] == before.text[0] and acronym_fits(acronym, longer.text):
                    found.append(longer)
                    name = longer
            if acronym_fits(acronym, name.text):
                defined.setdefault(acronym, name.text)
        if not defined:
            return found
        canonical.update(defined)
        pattern = re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, defined)) + r")(?![\w&])")
        for match in pattern.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label="ORG")
            if span is not None:
                found.append(span)
        return found

    def in_headlines(self, doc: Doc, names: list[Span], headlines: list[Span]) -> list[Span]:
        """Names found elsewhere in the article, where they occur in Title Case lines."""
        if not headlines:
            return []
        full_text = doc_text(doc)
        texts = {full_text[s.start_char : s.end_char] for s in names if len(s) > 1}
        spans: list[Span] = []
        for line in headlines:
            line_text = full_text[line.start_char : line.end_char]
            for text in texts:
                for match in re.finditer(re.escape(text), line_text):
                    start = line.start_char + match.start()
                    span = doc.char_span(start, start + len(text), label="ORG")
                    if span is not None:
                        spans.append(span)
        return spans

    def set_canonical(self, doc: Doc, spans: list[Span], canonical: dict[str, str]) -> None:
        """The fullest name the article uses: acronym expansions and longer forms."""
        full_text = doc_text(doc)
        span_texts = [full_text[s.start_char : s.end_char] for s in spans]
        by_length = sorted(set(span_texts), key=len, reverse=True)
        fullest: dict[str, str] = {}
        for text in by_length:
            full = canonical.get(text)
            if full is None:
                full = next(
                    (
                        longer
                        for longer in by_length
                        if len(longer) > len(text)
                        and longer.endswith(" " + text)
                        and " of " not in longer[: -len(text)]
                        and not longer.startswith(("School", "Department", "Institute"))
                    ),
                    text,
                )
            fullest[text] = full
        for span, text in zip(spans, span_texts, strict=True):
            span._.canonical = fullest[text]


@Language.factory("launchwatch_orgs", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_orgs(nlp: Language, name: str) -> OrgRecognizer:
    return OrgRecognizer(nlp, name)
