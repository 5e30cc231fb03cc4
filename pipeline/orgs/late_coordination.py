"""List members beside names that only the article-level passes find.

``coordinated`` reads the lists around the names the context rules found ("Kelvo and
Geely"), but it runs before the passes that read the whole article: repeats and short
forms, initialisms and acronyms defined elsewhere ("the Tarnvale Power Company (TPC) ...
TPC and Quorvel signed"), names in headlines. A list whose only found member comes from one
of those passes was left unread, although the list is the same evidence whichever rule found
the name. This second reading takes the found names as they stand after those passes, then
gives each new member its other mentions in the article, as the first pass's members get,
except a mention with a capitalised word right beside it (``Mentions.inside_longer_name``):
"Kelvo" written inside "Kelvo Brewing" or "Tarn Kelvo" is part of a longer name (a maker's,
a unit's) that no rule found, and a part of it would be a wrong boundary. Only the names
found after the first pass are read for lists (the first pass read the others), but all
count as taken: members already found are left alone (``CoordinatedNames`` skips taken
tokens), so the first pass's answers do not change.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.coordinated import CoordinatedNames
from pipeline.orgs.mentions import Mentions


def late_members(
    tokens: DocView,
    coordinated: CoordinatedNames,
    mentions: Mentions,
    found: list[Span],
    read_for_lists: set[tuple[int, int]],
    sentences: list[tuple[int, int]],
    skipped: list[bool],
    places: set[str],
    canonical: dict[str, str],
) -> list[Span]:
    """New list members next to a name found since the first pass (``read_for_lists`` holds
    the token ranges that pass read), and their other mentions; ``skipped`` flags the
    sentences not read (headlines and lines in capitals)."""
    new = [span for span in found if (span.start, span.end) not in read_for_lists]
    if not new:
        return []
    members = coordinated.find(tokens, found, sentences, skipped, places, anchors_from=new)
    if not members:
        return []
    # a list member is not known as a company named in full: its first word alone is no
    # form of it ("Fenwick Hill" gives no "Fenwick")
    others = mentions.short_forms(tokens, members, [], canonical, places)
    return members + [
        span for span in others if not mentions.inside_longer_name(tokens, span.start, span.end)
    ]
