"""The shapes of the lines that name clubs in a sports report: results lines, standings rows,
scorecards, squad and riders' lists, datelines, and the phrases of match reports. Patterns
over a line's text; ``teams`` decides which names they find are clubs."""

from __future__ import annotations

import re

from pipeline.docview import DocView

PARTICLE = r"(?: (?:da|de|do|dos|das|del|di|van|von|der|den|la|le|/))?"
"""A small word inside a club's name: "Porto da Serra", "Kelso / Ayr"."""
NAME = rf"[A-Z][\w.'&]*(?:{PARTICLE}[ -][A-Z][\w.'&]*){{0,3}}"
SCORERS = r"(?: \([^()]*\))?"
"""The scorers after a side's goals: "Kelso 2 ( Reid 12th , Berg 80th ) Arvon 1"."""
LETTER = r"(?: \( [A-Z]{1,2} \))?"
"""A letter or two in brackets telling two clubs of one name apart, part of the name: "Rad (
B )"."""
LISTED_NAME = rf"{NAME}{LETTER}"
HOME = r"(?: \( [A-Z][\w.]*(?: [A-Z][\w.]*)? \))?"
"""A club's country after it in an international results list: "Kelso ( Kelvia ) 92"."""
SCORE_LINE = re.compile(
    rf"^({LISTED_NAME}){HOME} \d{{1,3}}{SCORERS} ({LISTED_NAME}){HOME} \d{{1,3}}(?=\s|$)"
)
"""A results line: "Kelso 2 Arvon 1", "Kelso 2 ( Reid 12th ) Arvon 1 ( Berg 44th )"."""
TABLE_CELL = r"(?:\d+(?:\.\d+)?|\.\d+|\d+/\d+|-)"
"""A standings cell: a count, a percentage written ".556", games behind "14 1/2" or "-"."""
TABLE_ROW = re.compile(rf"^({LISTED_NAME})(?: {TABLE_CELL}){{4,}}\s*$")
"""A standings row: a name and four figures or more."""
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
DIGIT = re.compile(r"\d")
INNINGS = r"\d{1,3}(?:-(?:10|\d))?"
"""A total, with the wickets lost: "259", "236-4"."""
TOTAL_END = r"(?= \([^()]*(?:\d|$)| ,| \.| ;| declared| v | points\b|$)"
"""What follows a side's total on a scorecard: its batsmen in brackets, punctuation, "declared",
"v" and the next side, "points", or the line's end."""
SCORECARD = re.compile(rf"(?:^|: |, )({NAME}) {INNINGS}(?: and {INNINGS})?{TOTAL_END}")
"""A side and its total on a scorecard: "Arvon 259 and 207 , Kelso 114-3 .", "Arvon 259 (
T. Reid 69 )", "Arvon 5 points". Odds are followed by a jockey with no figures: "Arvon Lad
16-1 ( Tom Reid )" is a horse."""
SCORECARD_OPENING = re.compile(r"[:,] [A-Z]")
"""Where a scorecard's side can start after the line's first character: a colon or comma, a
space and a capital (``has_scorecard``)."""
SCORECARD_TOTAL = re.compile(rf"\d{TOTAL_END}")
"""A figure in a total's place: every scorecard match ends so (a total ends in a digit), and
``re`` scans for the digit in C, so most lines of prose are turned away in one search."""


def has_scorecard(line: str) -> bool:
    """``SCORECARD.search(line) is not None``, tried only where a match can start.

    The pattern opens with ``^``, ": " or ", ", so a match starts at the line's start or at
    a colon or comma before a space and a capital. ``search`` tries the three openings at
    every character (the pattern has no first character for ``re`` to scan for); an
    anchored ``match`` at the start and at each such comma or colon finds the same match in
    about half the time (``^`` matches only at the real start with a ``pos`` too). A line
    with no figure where a total ends (``SCORECARD_TOTAL``) has no match to try for.
    """
    if SCORECARD_TOTAL.search(line) is None:
        return False
    if SCORECARD.match(line) is not None:
        return True
    return any(
        SCORECARD.match(line, opening.start()) is not None
        for opening in SCORECARD_OPENING.finditer(line)
    )


WICKETS_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
SIDES_SCORE = re.compile(
    rf"(?<![\w.'&-])({NAME}) (?:had |have |were |was )?"
    rf"(?:reached|made|scored|closed on|slumped to|collapsed to|recovered to|declared on) "
    rf"\d{{1,3}} for {WICKETS_WORD}\b"
)
"""A side and its total in a cricket report: "Kelso had reached 108 for three"."""
SIDE_TAKEN_TO = re.compile(
    r"\b(?:reducing|reduced|reduce|took|lifted|dismissing|dismissed|dismiss|bowled out|"
    rf"bowling out|restricted|restricting) ({NAME}) (?:to|for) \d{{1,3}}\b"
)
"""A side the other side's bowlers or its own batsmen took to a total: "reducing Kelso to 133
for five", "took Arvon to 471"."""
SIDES_TOTAL = re.compile(r" \d{1,3}(?:-(?:10|\d)| \([^()]*\d)")
"""A total with its wickets or its batsmen: a side's, whatever its name reads as."""
SCORE_LABELS = frozenset(
    {
        "halftime",
        "half-time",
        "attendance",
        "total",
        "totals",
        "aggregate",
        "extras",
        "result",
        "group",
        "pool",
        "heat",
        "round",
        "stage",
        "division",
        "conference",
    }
)
"""Words that open a line of figures in a report without naming a side ("Halftime 1-0",
"Group 2")."""
FIXTURE = re.compile(rf"(?:^|\d |\) )v ({NAME})(?= \(| \.|\s*$)")
"""An opponent in a list of fixtures: "May 17 v Arvon", "June 14-16 v Kelso ( three days )",
or on a scorecard after the first side's batsmen: "( T. Reid 59 not out ) v Arvon ."."""
RIDER_TEAM = re.compile(
    rf"^(?:\d{{1,3}}\. )?{NAME} \( ({NAME}) \)(?: ,)? ({NAME})(?= ,| \d| same| all|\s*$)"
)
"""A rider's or driver's team after their country in a results list: "1. Anna Berg ( Kelvia )
Telekom 4 hours", "3. Tom Reid ( U.S. ) , Arvon Motors , 54.483"."""

FROM = r"(?: \( [A-Z][\w.]*(?: [A-Z][\w.]*)? \)| of [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
"""Where a side comes from, between it and a result verb: "Kelso ( Kelvia ) beat", "Kelso of
Kelvia beat"."""
PERSON = r"[A-Z][\w'.-]*(?: (?:van|de|der|den|da|dos|von|le|la|di))*(?: [A-Z][\w'.-]*){1,2}"
SCORERS_LINE = re.compile(rf"^({NAME}) - {PERSON} \( \d{{1,3}}(?:st|nd|rd|th)\b")
"""A side and its scorers with the minute of each goal: "Kelso - Tom Reid ( 32nd ) , ..."."""
PLAYER_CLUB = re.compile(rf"(?:^|[-,:;)] |\d )(?P<who>{PERSON}) \( ({NAME}) \)(?! \d)")
"""A player's club after their name in a squad or scorers list: "Tom Reid ( Arvon ) , Anna
Berg ( Kelso )". An athlete's country stands there too, and before their times or scores
also as a code ("Anna Berg ( Swe ) 71 69"): the figures after the bracket tell those lists."""
COUNTRY_CODE = re.compile(r"[A-Z][a-z]{1,2}")
"""A country written short in a results list: "Swe", "Ger"."""

RESULT_NOUN = (  # "a 2-1 home win at", "a 3-0 weekend defeat of"
    r"(?:(?:[a-z]+ )?(?:win|victory|defeat|draw|loss|lead|success|winners) )?"
    r"(?:at home |away )?"
)
PREPOSITIONS = r"to|against|over|by|with|at|of"
ONE_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3}\b")
"""One score after a result: a match of two sides ("Kelso beat Arvon 2-0")."""
SETS_AFTER = re.compile(r"(?: \([^()]*\))? \d{1,2}-\d{1,2} \d{1,2}-\d{1,2}")
"""Set scores after a result: "Anna Berg ( Kelvia ) beat Lia Ott ( Ostland ) 6-2 6-3"."""
PLACED = re.compile(rf"\b[A-Za-z]+-placed ({NAME})(?![\w'&])")
"""A side by its place in a table: "second-placed Kelso"."""
SCORING_SIDE = re.compile(rf"(?<![\w.'&-])({NAME}) 's \d{{1,3}}-\d{{1,3}}\b")
"""A side before its score: "Kelso 's 3-0 win over Arvon"."""
DESCRIBING = (
    r"(?:(?!(?:with|of|for|to|in|on|at|by|from|and|or|but|the|a|an|his|her|their|its)\b)"
    r"[a-z][\w-]* ){0,3}"
)
"""Lower-case words describing a club, no grammar word among them: "newly promoted" in "the
match against newly promoted Kelso", not "the game with flair with Tom Reid"."""
SET_SCORE_BEFORE = re.compile(r"\d-\d{1,2} $")
"""A score after another is a tennis set: "a 6-2 6-1 win over Anna Berg" names a player."""
MODIFIERS = r"(?:[a-z][\w-]* ){0,3}"
"""Lower-case words before a club: "the tired Kelso", "newly relegated Arvon"."""

COMPASS = frozenset({"North", "South", "East", "West", "Central"})
"""Before a nationality in the plural, a region's people: "the North Africans" is a national
side, but "the Kelso Indians" a club."""


DATE_AFTER_PLACE = re.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]+"
    r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)[ \t]*(?:\n|$)"
)
"""The rest of a dateline after its place: " 1996-08-22", ", Ont. Aug 22"."""
DATELINE_PLACE = re.compile(r"(?:[A-Z][A-Z .'-]* ?, ?)?")
"""What may stand before a region in a dateline: its town in capitals, "KELSO , "."""


def opens_dateline(tokens: DocView, start: int, end: int) -> bool:
    """Tokens [start, end) are the place or region of a dateline: "ARVON 1996-08-22",
    "KELSO , Ostland 1996-08-22", with or without the dash that ``DocView.dateline_end``
    looks for."""
    if start in tokens.dateline_end:
        return True
    text, begin = tokens.text, tokens.starts[start]
    line_start = text.rfind("\n", 0, begin) + 1
    return (
        DATELINE_PLACE.fullmatch(text, line_start, begin) is not None
        and DATE_AFTER_PLACE.match(text, tokens.ends[end - 1]) is not None
    )


def line_around(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``text[start:end]``."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def in_brackets(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is inside brackets, which may open on the line before: a list of
    scorers "( Reid 12 , Berg 24 )" broken across lines."""
    before = line.count("(", 0, start) - line.count(")", 0, start)
    return before > 0 or line.count(")", end) > line.count("(", end)
