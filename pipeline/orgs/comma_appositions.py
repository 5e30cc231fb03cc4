"""A name set off by commas after a company noun: "an engineering group, Vellcor, posted ...",
"his biotech start-up, Quenby.", "the Tarnby daily newspaper, Orvel Avaz, which ...".

``described`` reads a descriptor right before a name ("start-up Quenby") and an apposition
after one ("Quenby, a start-up"). News also writes the noun first and the name after a comma,
as an apposition that the next comma, a full stop or the sentence's end closes. The comma
after the name matters: "At the bank, Jones said" is an opening phrase and its subject, and
a verb, not a comma, follows the name there. An opening phrase with a comma after its subject
("In the group, Jones, who ...") is the other reading of the same words, so a sentence that
opens with a preposition and has no comma before the noun is left alone.
"""

from __future__ import annotations

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.described import DescribedNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.unread_lines import UnreadLines
from pipeline.orgs.word_lists import Matches

CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})
"""Tokens that close the apposition right after the name."""
OPENING_PREPOSITIONS = frozenset(
    {"at", "in", "for", "within", "inside", "among", "across", "from", "to", "with", "by"}
)
"""First words of an opening phrase whose comma is followed by the sentence's subject."""


def comma_appositions(
    tokens: DocView,
    matches: Matches,
    described: DescribedNames,
    lexicon: OrgLexicon,
    unread_lines: UnreadLines,
    places: set[str],
) -> list[Span]:
    """One ORG span for each name that a lower-case company noun and a comma introduce and
    that a comma, a stop or the sentence's end closes."""
    words = tokens.words
    spans: list[Span] = []
    for start, end in matches["DESCRIPTOR"]:
        if not words[start].islower() or end + 1 >= len(words) or words[end] != ",":
            continue
        name = end + 1
        if not described.starts_name(words[name]):
            continue
        sent_start, sent_end = tokens.sentence_of(start)
        if start in unread_lines:
            continue  # a headline or a line in capitals
        if words[sent_start].lower() in OPENING_PREPOSITIONS and "," not in words[sent_start:start]:
            continue  # "At the bank, Jones, who ...": an opening phrase, then the subject
        right = described.title_run(words, name, sent_end)
        if right <= name or (right < sent_end and words[right] not in CLOSERS):
            continue  # a verb or a possessive after the name: not an apposition
        # (a nationality alone is no run: ``title_run`` stops before one that no name
        # word follows, so "the bank, Swiss, said" ends here too)
        run = words[name:right]
        if run[0] in lexicon.first_names or run[0] in lexicon.not_name:
            continue  # "the company, Anna Berg, said": a person named after the noun
        if all(w.lower() in lexicon.common for w in run):
            continue  # everyday words after the noun, not a distinctive name
        if tokens.char_text(name, right) in places:
            continue
        spans.append(Span(tokens.doc, name, right, label=ORG))
    return spans
