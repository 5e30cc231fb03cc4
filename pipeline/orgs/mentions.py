"""What one article says once, it knows everywhere: repeats, short forms, acronyms, headlines.

These rules read the names the other rules found in the same article and find their other
mentions: every repeat of a name, a company's distinctive first word ("Fjordcell" after
"Fjordcell Energy, a start-up"), an acronym defined in brackets and its bare uses, names in
Title Case headlines, and the fullest name for ``canonical``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extensions import CANDIDATES
from pipeline.orgs.acronyms import acronym_fits
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import Tokens, contains_word, find_all, find_names

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]$")


class Mentions:
    """Finds the other mentions of the names found in one article."""

    def __init__(self, lexicon: OrgLexicon, spans_key: str = CANDIDATES) -> None:
        self.lex = lexicon
        self.spans_key = spans_key

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
                words[span.start + 1] not in self.lex.apostrophe_s
                and self.lex.distinctive(first, places)
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
            if not ACRONYM.match(acronym):
                continue
            name_text = tokens.char_text(start, end)
            before = words[start - 1] if start > 0 else None
            if before is not None and before in self.lex.demonyms:
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
                        and not longer.startswith(self.lex.not_canonical_heads)
                    ),
                    text,
                )
            fullest[text] = full
        for span, text in zip(spans, span_texts, strict=True):
            span._.canonical = fullest[text]
