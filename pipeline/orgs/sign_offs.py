"""The desk that signs a wire report off: "-- Ana Lind , Tallinn Commodities +372 555 0100".

Wire services end a report with a line that opens with a dash and gives the reporter, the desk
or bureau and its telephone number. The desk is an organisation (a unit of the agency) however
it is named, "Tallinn Commodities" or "Oslo News Room", so the layout is the evidence: the words
between the reporter's comma (or the dash) and the telephone number. Without a reporter, the
words must not be a person's name themselves ("-- Ana Lind 555 0100"): they need a head word or
a place in them, and more than the place alone ("-- Oslo +47 ..." names only the city).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span

from pipeline.docview import DocView
from pipeline.orgs.lexicon import OrgLexicon

_NAME_WORD = r"[A-Z][\w.&'’-]*"
SIGN_OFF = re.compile(
    r"^[ \t]*(?:--|—|–)[ \t]*\(?[ \t]*"
    rf"(?:(?P<reporter>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]*,[ \t]*)?"
    rf"(?P<desk>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}?)"
    r"[ \t]*,?[ \t]*\(?[ \t]*(?:Tel[ \t]*)?\+?\d",
    re.MULTILINE,
)
"""A sign-off line: a dash, an optional reporter and comma, the desk, a telephone number."""

MIN_PHONE_DIGITS = 6
"""A telephone number has at least this many digits; a district's or a unit's number has
fewer."""


def sign_off_lines(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``SIGN_OFF``, as ``finditer`` gives them: a sign-off starts at a line
    start and never crosses a line break, so the pattern is tried at line starts only, not
    at every character (a dash in running text let it scan the whole article)."""
    start = 0
    while True:
        match = SIGN_OFF.match(text, start)
        if match is not None:
            yield match
        start = text.find("\n", start) + 1
        if start == 0:
            return


def sign_off_desks(tokens: DocView, lexicon: OrgLexicon, places: set[str]) -> list[Span]:
    """The desks named on sign-off lines."""
    text = tokens.text
    spans: list[Span] = []
    if "--" not in text and "—" not in text and "–" not in text:
        return spans
    for match in sign_off_lines(text):
        desk = match.group("desk")
        line_end = text.find("\n", match.end())
        number = text[match.end() - 1 : len(text) if line_end == -1 else line_end]
        if desk in places or sum(c.isdigit() for c in number) < MIN_PHONE_DIGITS:
            continue  # the city alone; "-- Vell School District No 7 , Ark ." is no number
        padded = f" {desk} "
        if match.group("reporter") is None and (
            lexicon.starts_person(desk.split(), 0)
            or not (
                desk.split()[-1] in lexicon.all_heads
                or any(f" {place} " in padded for place in places)
            )
        ):
            continue  # "-- Ana Lind 555 0100": the reporter alone
        span = tokens.span(match.start("desk"), match.end("desk"))
        if span is not None:
            spans.append(span)
    return spans
