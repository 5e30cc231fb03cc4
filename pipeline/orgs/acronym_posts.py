"""An acronym before a post and the person who holds it: "said KUV General Secretary Ana
Lind", "VFW Secretary Taro Ise" name the body KUV or VFW, as "KUV spokesman" does.

Unions, parties, ministries and associations are named by their initials before the post of
the person quoted, with no definition and no other cue in the sentence. The post is a title
(``post_titles``), with up to two rank words before it (``post_qualifiers``: "General
Secretary", "National President", "Deputy Director"); a person's name follows (two name
words that are no head words). The acronym is three to six capitals, not a place's or a
country's initials ("US Secretary ..."), not a job's ("MEP", a not-name word), and not the
last word of a longer capitalised name, and lines in capitals or headlines are not read.

A rank word that another rule took as the name's last word ("KUV National" before
"President Ana Lind") is the post's, and ``without_post_ranks`` cuts it off, when a person's
name follows the post and the article never writes the whole name without a post after it
("Kelvo Regional President Ann Berg ... Kelvo Regional is a lender": the rank word is the
name's).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.symbols import ORG
from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions
from pipeline.orgs.unread_lines import UnreadLines

ACRONYM = re.compile(r"[A-Z]{3,6}")
MAX_RANKS = 2


def acronyms_before_posts(
    tokens: DocView,
    lexicon: OrgLexicon,
    posts: Collection[str],
    ranks: Collection[str],
    unread: UnreadLines,
    places: Collection[str],
    country_forms: Collection[str],
) -> list[Span]:
    """The acronyms before a (ranked) post and a person's name. The posts are found from the
    Doc's set of words (``positions`` of each post it holds), not by a pass over every token:
    most articles hold none."""
    words = tokens.words
    spans: list[Span] = []
    found = [i for post in tokens.word_set.intersection(posts) for i in positions(words, post)]
    for i in sorted(found):
        if not person_follows(lexicon, words, i + 1):
            continue
        at = i - 1
        while at >= 0 and i - 1 - at < MAX_RANKS and words[at] in ranks:
            at -= 1
        if at < 0 or at in unread:
            continue
        acronym = words[at]
        if (
            not ACRONYM.fullmatch(acronym)
            or not lexicon.is_name_word(acronym)
            or acronym.lower() in lexicon.stop_words
            or acronym in places
            or acronym in country_forms
            or (at > 0 and lexicon.is_name_word(words[at - 1]))
        ):
            continue
        spans.append(Span(tokens.doc, at, at + 1, label=ORG))
    return spans


def person_follows(lexicon: OrgLexicon, words: list[str], i: int) -> bool:
    """Two name words at ``i`` that are neither head words nor in capitals: a person's name
    ("Ana Lind", "Taro Ise"), not an organisation's or another title."""
    if i + 1 >= len(words):
        return False
    return all(
        lexicon.is_name_word(word)
        and word.isalpha()
        and not word.isupper()
        and word not in lexicon.all_heads
        for word in words[i : i + 2]
    )


def without_post_ranks(
    tokens: DocView,
    found: list[Span],
    posts: Collection[str],
    ranks: Collection[str],
    lexicon: OrgLexicon,
) -> list[Span]:
    """``found`` with a rank word cut off a name's end where a post and a person follow:
    "KUV National" before "President Ana Lind" is "KUV", unless the article writes "KUV
    National" elsewhere with no post after it."""
    words = tokens.words
    kept: list[Span] = []
    for span in found:
        end = span.end
        while end - span.start > 1 and words[end - 1] in ranks:
            end -= 1
        if (
            end < span.end
            and span.end < len(words)
            and words[span.end] in posts
            and person_follows(lexicon, words, span.end + 1)
            and not _written_without_post(words, span.start, span.end, posts)
        ):
            kept.append(Span(tokens.doc, span.start, end, label=ORG))
        else:
            kept.append(span)
    return kept


def _written_without_post(words: list[str], start: int, end: int, posts: Collection[str]) -> bool:
    """The article writes ``words[start:end]`` somewhere else with no post after it."""
    run, size = words[start:end], end - start
    for i in positions(words, words[start]):
        if i == start or words[i : i + size] != run:
            continue
        if i + size >= len(words) or words[i + size] not in posts:
            return True
    return False
