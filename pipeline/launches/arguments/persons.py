"""Whether a launch's object names a person: people are never launched ("released Tom
Hale, who ...", "the Minister for Ports was inaugurated", "introduced Minister Ana Lind").
The checks read the name itself, the title before or inside it and, for the triggers that
can take a person, first names and the article's surnames."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import QUOTES_CLOSE, QUOTES_OPEN
from pipeline.launches.arguments.object import plural_closure
from pipeline.launches.arguments.phrases import NAME_LINKS
from pipeline.launches.context import LaunchDoc


def names_person(d: LaunchDoc, span: Span | None, lemma: str | None = None) -> bool:
    """A name followed by ", who" is a person's ("the debut of Mia Lund, who ...",
    "released Tom Hale, who ..."); after a trigger that can take a person (``lemma`` in
    ``person_sense_lemmas``), so is a first name with a surname ("released Tom Hale", "the
    coach introduced Marco Verdi") or a word the article uses as a surname ("Lind's
    release"); so is a name right after a person's title ("Minister Tarun Vel"), for any
    trigger. People are not launched."""
    if span is None or span.label_ == "ORG":
        return False
    tok = d.tok
    end = span.end
    if end + 1 < len(d.doc) and tok[end].text == "," and tok[end + 1].lower_ in ("who", "whom"):
        return True
    if span.start > 0 and tok[span.start - 1].lower_ in d.lex.person_titles:
        return True  # "a fair Prime Minister Tarun Vel opened": a title names a person
    if (
        end - span.start > 2
        and tok[span.start].lower_ in d.lex.person_titles
        and d.is_person_name(span.start + 1, end)
    ):
        return True  # "introduced Minister Ana Lind": a title opens the person's name
    if tok[name_head(d, span)].lower_ in d.lex.person_titles:
        return True  # "the Minister for Ports was inaugurated": an office's holder
    if lemma not in d.lex.person_sense_lemmas or _quoted(d, span):
        return False  # a quoted name before its noun is a product's ("unveils 'Atlas' AI model")
    if end - span.start == 1 and tok[span.start].text in d.lex.first_names:
        # "Elena was arrested ... and released": a first name alone, with no determiner
        person = span.start == 0 or tok[span.start - 1].lower_ not in d.lex.determiners
    else:
        # "Orrin Valley Fund was unveiled": a name ending in an object head word names a
        # thing, also when its first word is a first name's
        person = d.is_person_name(span.start, end) and tok[end - 1].lower_ not in plural_closure(
            d.lex.object_heads
        )
    # a Title Case headline capitalises products too ("Debuts Green Tea")
    return person and not d.sentence(span.start)[2]


def name_head(d: LaunchDoc, span: Span) -> int:
    """The head word of a name or phrase: its last word before an of/for part ("Minister
    for Ports", "Museum of Glass"), else its last word."""
    for i in range(span.start + 1, span.end - 1):
        if d.tok[i].lower_ in NAME_LINKS:
            return i - 1
    return span.end - 1


def _quoted(d: LaunchDoc, span: Span) -> bool:
    """``span`` is written between quotation marks and names the noun after them ("'Atlas'
    AI model"), as a product's name does; a quoted name alone may be a nickname."""
    tok = d.tok
    after = span.end + 1
    return (
        span.start > 0
        and after < len(tok)
        and tok[span.start - 1].text in QUOTES_OPEN
        and tok[span.end].text in QUOTES_CLOSE
        and tok[after].is_alpha
        and tok[after].lower_ not in d.lex.prepositions
        and tok[after].lower_ not in d.lex.np_break
    )
