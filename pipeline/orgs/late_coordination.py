"""List members beside names that only the article-level passes find.

``coordinated`` reads the lists around the names the context rules found ("Kelvo and
Geely"), but it runs before the passes that read the whole article: repeats and short
forms, initialisms and acronyms defined elsewhere ("the Tarnvale Power Company (TPC) ...
TPC and Quorvel signed"), names in headlines. A list whose only found member comes from one
of those passes was left unread, although the list is the same evidence whichever rule found
the name. This second reading takes the found names as they stand after those passes, then
gives each new member its other mentions in the article, as the first pass's members get,
except a mention with a name word right beside it: "Kelvo" written inside "Kelvo Brewing" or
"Tarn Kelvo" is part of a longer name (a maker's, a unit's) that no rule found, and a part of
it would be a wrong boundary. Members already found are left alone (``CoordinatedNames``
skips taken tokens), so the first pass's answers do not change.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.coordinated import CoordinatedNames
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.mentions import Mentions


def late_members(
    tokens: DocView,
    lex: OrgLexicon,
    coordinated: CoordinatedNames,
    mentions: Mentions,
    found: list[Span],
    sentences: list[tuple[int, int]],
    unread: list[bool],
    places: set[str],
    canonical: dict[str, str],
) -> list[Span]:
    """New list members next to any name found so far, and their other mentions."""
    members = coordinated.find(tokens, found, sentences, unread, places)
    if not members:
        return []
    others = mentions.short_forms(tokens, members, members, canonical, places)
    return members + [span for span in others if not inside_a_longer_name(tokens, lex, span)]


def inside_a_longer_name(tokens: DocView, lex: OrgLexicon, span: Span) -> bool:
    """A name word stands right after the mention, or right before it within its sentence."""
    words = tokens.words
    if span.end < len(words) and lex.is_name_word(words[span.end]):
        return True
    return (
        span.start > 0
        and span.start not in tokens.sentence_start_set
        and lex.is_name_word(words[span.start - 1])
    )
