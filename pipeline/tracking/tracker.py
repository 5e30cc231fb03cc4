"""The streaming tracker: records in, launches out, keeping per-launch state only.

Each article is read once. Its mentions are grouped first within the article (a name and its
short forms; then each bare "the platform" to the nearest launch with that head noun), and
each group is matched against the launches seen so far, or starts a new one. A launch keeps
its names, agents, dates and reference dates (the evidence later mentions are compared with)
and the short mention lines it will print; the records themselves are not kept.

A mention joins a launch when no evidence conflicts (different names, different
organisations as agents, dates that cannot overlap, an article that reports as done a launch
that happened after it) and the names say enough on their own (the same name, a short form,
an acronym, the same canonical ORG) or together with an agreeing agent or date (a similar
name, or a description of a name, reported within ``REPORT_WINDOW_DAYS``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.tracking.evidence import (
    Relation,
    agent_relation,
    date_interval,
    date_relation,
    days_apart,
    initials,
    name_relation,
    reported_too_early,
    shared_modifiers,
)
from pipeline.tracking.mentions import (
    Mention,
    content_words,
    head_word,
    marks_another,
    mentions_from_record,
)

RECENT_PER_KEY = 500
"""Launches compared per index word: the latest ones. Over an archive, a common word
("fund") names thousands of launches; the one a report is about was seen lately."""
REPORT_WINDOW_DAYS = 31
"""Articles more than this apart must agree on a date, or share a name, to report one launch."""


@dataclass
class Launch:
    """What the tracker remembers of one launch: its evidence and its mention lines."""

    number: int
    first: tuple[int, int]
    """(article index, event position) of the first mention: the output order."""
    names: list[tuple[str, str | None, bool]] = field(default_factory=list)
    """Distinct (object text, ORG canonical name, is a name), in order of first report."""
    agents: dict[tuple[str, str | None, str | None], int] = field(default_factory=dict)
    """Distinct (agent text, canonical name, label) with how many mentions give it."""
    locations: dict[str, int] = field(default_factory=dict)
    dates: dict[tuple[str, bool], None] = field(default_factory=dict)
    """Distinct (date value, asserted), as an ordered set."""
    reference_dates: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    lines: list[tuple[tuple[int, int], dict[str, Any]]] = field(default_factory=list)
    """Each mention's line with its (article index, event position), to print in text order."""
    asserted: bool = False
    lead: tuple[int, int] = (-1, 0)
    """(article index, first event position) of the latest article that reports it."""

    def add(self, mention: Mention, article: int) -> None:
        """Take in one more mention's evidence and line (``article``: its input position)."""
        if mention.object and (mention.object, mention.object_canonical, mention.named) not in (
            self.names
        ):
            self.names.append((mention.object, mention.object_canonical, mention.named))
            head = head_word(mention.object)
            if head:
                self.heads.add(head)
        if mention.agent:
            key = (mention.agent, mention.agent_canonical, mention.agent_label)
            self.agents[key] = self.agents.get(key, 0) + 1
        if mention.location:
            self.locations[mention.location] = self.locations.get(mention.location, 0) + 1
        if mention.date:
            self.dates[(mention.date, mention.asserted)] = None
        if mention.reference_date and mention.reference_date not in self.reference_dates:
            self.reference_dates.append(mention.reference_date)
        self.asserted = self.asserted or mention.asserted
        line = {
            "doc_id": mention.doc_id,
            "event_id": mention.event_id,
            "modality": mention.modality,
            "trigger": mention.trigger,
            "object": mention.object,
        }
        self.lines.append(((article, mention.order), line))
        self.first = min(self.first, (article, mention.order))
        if self.lead[0] != article or mention.order < self.lead[1]:
            self.lead = (article, mention.order)


def _combine(relations: Iterable[Relation]) -> Relation:
    """One agent or date relation from several: any SAME wins, then any CONFLICT."""
    found = set(relations)
    if not found:
        return Relation.UNKNOWN
    if Relation.SAME in found:
        return Relation.SAME
    return Relation.CONFLICT if Relation.CONFLICT in found else max(found)


def _plan_date(value: str, asserted: bool) -> str:
    """A plan's date is a target that slips: compare it by its year only."""
    return value if asserted else value[:4]


def name_evidence(mention: Mention, launch: Launch) -> Relation:
    """The best relation between the mention's object and any name of the launch, or
    CONFLICT when nothing relates and some name conflicts."""
    if mention.object is None:
        return Relation.UNKNOWN
    if not mention.named and head_word(mention.object) in GENERAL_HEADS and launch.names:
        return Relation.GENERIC  # "the organization" can stand for any launched body
    relations = [
        name_relation(
            mention.object, name, mention.object_canonical, canonical, mention.named, named
        )
        for name, canonical, named in launch.names
    ]
    if not relations:
        return Relation.UNKNOWN
    best = max(relations)
    if best <= Relation.UNKNOWN and Relation.CONFLICT in relations:
        return Relation.CONFLICT
    if best < Relation.SAME and mention.named:
        # a name that conflicts with a name of the launch is another thing, even if it
        # shares a head noun with the launch's bare mentions
        for (_, _, named), relation in zip(launch.names, relations, strict=True):
            if named and relation == Relation.CONFLICT:
                return Relation.CONFLICT
    return best


def agent_evidence(mention: Mention, launch: Launch) -> Relation:
    """SAME when the mention's agent is (or nests with) one of the launch's agents."""
    return _combine(
        agent_relation(
            mention.agent, agent, mention.agent_canonical, canonical, mention.agent_label, label
        )
        for agent, canonical, label in launch.agents
    )


def date_evidence(mention: Mention, launch: Launch) -> Relation:
    """Dates that cannot overlap conflict; so does an article reporting as done a launch
    whose (asserted) date comes after the article."""
    if mention.asserted and mention.date is None:
        if any(
            asserted and reported_too_early(value, mention.reference_date)
            for value, asserted in launch.dates
        ):
            return Relation.CONFLICT
    if mention.date is None:
        return Relation.UNKNOWN
    relations = []
    for value, asserted in launch.dates:
        relation = date_relation(
            _plan_date(mention.date, mention.asserted), _plan_date(value, asserted)
        )
        if relation == Relation.SAME and not (mention.asserted and asserted):
            relation = Relation.WEAK  # a plan's year agrees: not enough to join on
        relations.append(relation)
    return _combine(relations)


def location_evidence(mention: Mention, launch: Launch) -> Relation:
    """SAME for one place (or nested names), WEAK for two places that may nest, UNKNOWN."""
    return _combine(
        agent_relation(mention.location, place, None, None, "GPE", "GPE")
        for place in launch.locations
    )


def _report_gap(mention: Mention, launch: Launch) -> int | None:
    gaps = [days_apart(mention.reference_date, ref) for ref in launch.reference_dates]
    known = [gap for gap in gaps if gap is not None]
    return min(known) if known else None


def _set_apart(mention: Mention, launch: Launch) -> bool:
    """Whether the mention's object, or every name of the launch, sets itself apart ("a
    separate fund", "another office") from the thing already talked about."""
    if mention.object and marks_another(mention.object):
        return True
    return bool(launch.names) and all(marks_another(name) for name, _, _ in launch.names)


def _shares_two_words(mention: Mention, launch: Launch) -> bool:
    """Whether the object shares two words besides the head with a name of the launch: across
    articles, with an agreeing agent or date, a different head noun is a synonym ("panel",
    "working group"). Within an article it is not: one story's launches share its topic."""
    obj = mention.object
    return obj is not None and any(shared_modifiers(obj, n) >= 2 for n, _, _ in launch.names)


def _starts_alike(mention: Mention, launch: Launch) -> bool:
    """Whether one object's words begin the other's ("working group" and "working group
    comprising representatives"): an over-long object span still names the same thing."""
    if mention.object is None:
        return False
    mine = content_words(mention.object)
    for name, _, _ in launch.names:
        theirs = content_words(name)
        short, long = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
        if len(short) >= 2 and long[: len(short)] == short:
            return True
    return False


def _in_article_fit(mention: Mention, launch: Launch, agent: Relation) -> bool:
    """Within one article, a description can refer to a launch its words do not name: when
    it begins like it (an over-long object span), when the same agent launches something with
    the same head noun, or when it is the article's first mention (the headline or lead
    summarises the story's launch) and its agent is the same, or a Title Case headline that
    shares a word with it."""
    if _starts_alike(mention, launch):
        return True
    if mention.object is None or mention.named or marks_another(mention.object):
        return False
    if agent == Relation.SAME and head_word(mention.object) in launch.heads:
        return True
    if mention.order == 0 and agent == Relation.SAME:
        return True
    return mention.in_title_case and _shared_words(mention, launch) > 0


def _shared_words(mention: Mention, launch: Launch) -> int:
    """Content words the mention's object shares with the launch's names (heads aside)."""
    if mention.object is None:
        return 0
    mine = set(content_words(mention.object)) - launch.heads - {head_word(mention.object)}
    theirs = {word for name, _, _ in launch.names for word in content_words(name)}
    return len(mine & theirs)


def join_score(mention: Mention, launch: Launch, same_article: bool) -> int | None:
    """How well ``mention`` fits ``launch`` (higher is better), or None when it must not join."""
    name = name_evidence(mention, launch)
    if name < Relation.SAME and _set_apart(mention, launch):
        return None  # "a separate fund" is not the fund already reported
    if name == Relation.UNKNOWN and not same_article and _shares_two_words(mention, launch):
        name = Relation.WEAK  # "harbour safety panel" for "Harbour Safety Working Group"
    agent = agent_evidence(mention, launch)
    when = date_evidence(mention, launch)
    if Relation.CONFLICT in (name, agent, when):
        return None
    place = location_evidence(mention, launch)
    apart = not same_article and name < Relation.SAME and agent != Relation.SAME
    if place == Relation.WEAK and (is_bare(mention) or apart):
        return None  # "the office" in another city is another office
    gap = 0 if same_article else _report_gap(mention, launch)
    recent = gap is None or gap <= REPORT_WINDOW_DAYS
    by_position = False  # joined on its place in the article, not on its words
    if same_article and name == Relation.UNKNOWN and _in_article_fit(mention, launch, agent):
        name, by_position = Relation.WEAK, True
    if name == Relation.SAME or (same_article and name >= Relation.WEAK):
        pass
    elif name == Relation.SIMILAR:
        described = not mention.named or not any(named for _, _, named in launch.names)
        if agent == Relation.SAME:
            pass
        elif not (described and when == Relation.SAME and agent == Relation.UNKNOWN):
            return None
        if not (recent or when == Relation.SAME):
            return None
    elif name == Relation.WEAK:
        agreed = (agent == Relation.SAME and (recent or when == Relation.SAME)) or (
            agent == Relation.UNKNOWN and when == Relation.SAME and recent
        )
        if not (same_article or agreed):
            return None
    elif name == Relation.GENERIC:
        if not same_article:
            return None
    else:
        return None
    if not same_article and agent == Relation.WEAK and name < Relation.SAME:
        return None  # two places for one described thing: two launches
    return (
        10 * int(name)
        + 2 * int(agent)
        + int(when)
        + (0 if by_position else min(_shared_words(mention, launch), 3))
        + (2 if place == Relation.SAME else 0)
        + (3 if same_article else 0)
    )


GENERAL_HEADS = frozenset({"organization", "organisation", "body", "entity", "institution"})
"""Nouns general enough to name any launched organisation-like thing: a mention with one of
them as its head and no name refers back to a launch its article names."""


def is_bare(mention: Mention) -> bool:
    """A mention whose object is a bare head noun ("the platform") or missing: it refers to a
    launch its own article names, or to another article's only by agent and date."""
    if mention.object is None:
        return True
    tokens = content_words(mention.object)
    if not mention.named and head_word(mention.object) in GENERAL_HEADS:
        return True  # "this newly established state-backed organization"
    return len(tokens) <= 1 and not mention.named


def _keys(mention: Mention) -> set[str]:
    """Index keys of a mention's object: its words, its canonical name's words, and the
    acronyms it or its canonical name could have (so "QF" finds "Quellbrook Fund")."""
    keys: set[str] = set()
    for text in (mention.object, mention.object_canonical):
        if text:
            keys.update(content_words(text))
            keys.update("^" + acronym for acronym in initials(text) if len(acronym) >= 2)
            if text.strip().isalpha() and text.strip().isupper():
                keys.add("^" + text.strip().lower())
    return keys


def _agent_keys(mention: Mention) -> set[str]:
    """Index keys of a mention's agent: "@" and each word of its name and canonical name."""
    keys: set[str] = set()
    for text in (mention.agent, mention.agent_canonical):
        if text:
            keys.update("@" + word for word in content_words(text))
    return keys


class Tracker:
    """Group the LAUNCH mentions of a stream of records into launches.

    ``add`` one record at a time; ``launches`` gives the launch records, in order of first
    mention. Memory grows with the number of launches, not of records.
    """

    def __init__(self) -> None:
        self._launches: list[Launch] = []
        self._by_word: dict[str, list[Launch]] = {}
        self._articles = 0

    def _candidates(self, mention: Mention, local: list[Launch]) -> list[tuple[Launch, bool]]:
        seen: dict[int, tuple[Launch, bool]] = {id(launch): (launch, True) for launch in local}
        for key in _keys(mention):
            for launch in self._by_word.get(key, [])[-RECENT_PER_KEY:]:
                seen.setdefault(id(launch), (launch, False))
        return list(seen.values())

    def _index(self, launch: Launch, mention: Mention) -> None:
        for key in _keys(mention) | _agent_keys(mention):
            bucket = self._by_word.setdefault(key, [])
            if not bucket or bucket[-1] is not launch:
                bucket.append(launch)

    def _new(self, mention: Mention) -> Launch:
        launch = Launch(number=len(self._launches), first=(self._articles, mention.order))
        self._launches.append(launch)
        return launch

    def _place(self, mention: Mention, launch: Launch | None, local: list[Launch]) -> None:
        if launch is None:
            launch = self._new(mention)
        launch.add(mention, self._articles)
        self._index(launch, mention)
        if launch not in local:
            local.append(launch)

    def add(self, record: Mapping[str, Any]) -> None:
        """Group one record's LAUNCH mentions into the launches seen so far.

        Names go first and headlines last, so that a headline's description ("X Launches
        Tidal Platform") meets the names its own article gives; bare mentions go last,
        to their antecedent.
        """
        mentions = list(mentions_from_record(record))
        local: list[Launch] = []
        placed: dict[int, Launch] = {}
        described = [m for m in mentions if not is_bare(m)]
        # names first, headlines last: a headline then meets every launch its article names
        described.sort(key=lambda m: (not m.named, m.in_title_case or m.order == 0))
        for mention in described:
            best: tuple[int, int, int] | None = None
            chosen: Launch | None = None
            for launch, same in self._candidates(mention, local):
                score = join_score(mention, launch, same)
                if score is None:
                    continue
                # ties: the launch this article mentions first (its lead), then the latest
                lead = -launch.lead[1] if launch.lead[0] == self._articles else 0
                key = (score, lead, launch.number)
                if best is None or key > best:
                    best, chosen = key, launch
            self._place(mention, chosen, local)
            placed[mention.order] = chosen or self._launches[-1]
        for mention in mentions:
            if is_bare(mention):
                found = self._antecedent(mention, placed) or self._same_act(mention, local)
                self._place(mention, found, local)
        self._articles += 1

    def _same_act(self, bare: Mention, local: list[Launch]) -> Launch | None:
        """For a bare mention with no antecedent in its article ("the accelerator that X
        launched on Wednesday"): the launch of another article with the same agent and a
        date that agrees to the week, and the same head noun when it has one."""
        interval = date_interval(bare.date)
        if bare.agent is None or interval is None or (interval[1] - interval[0]).days > 6:
            return None
        head = head_word(bare.object) if bare.object else None
        found: list[Launch] = []
        for launch in self._by_agent(bare):
            if launch in local or (head is not None and head not in launch.heads):
                continue
            if agent_evidence(bare, launch) != Relation.SAME:
                continue
            if date_evidence(bare, launch) == Relation.SAME and any(
                asserted for _, asserted in launch.dates
            ):
                found.append(launch)
        return found[0] if len(found) == 1 else None

    def _by_agent(self, mention: Mention) -> list[Launch]:
        seen: dict[int, Launch] = {}
        for key in _agent_keys(mention):
            for launch in self._by_word.get(key, [])[-RECENT_PER_KEY:]:
                seen.setdefault(id(launch), launch)
        return list(seen.values())

    def _antecedent(self, bare: Mention, placed: Mapping[int, Launch]) -> Launch | None:
        """The nearest earlier launch of this article (for a headline, the nearest) whose
        head noun is the bare mention's, with no conflicting agent, date or place."""
        if bare.object is None:
            return None
        head = head_word(bare.object)
        ranked = sorted(placed, key=lambda order: (order > bare.order, abs(order - bare.order)))
        if bare.order > 0:  # only a headline refers forward
            ranked = [order for order in ranked if order < bare.order]
        for order in ranked:
            launch = placed[order]
            general = head in GENERAL_HEADS  # "the organization": whatever was launched
            if (general or head in launch.heads) and join_score(bare, launch, True) is not None:
                return launch
        return None

    def launches(self) -> Iterator[dict[str, Any]]:
        """The launch records of the contract, numbered L1… in order of first mention."""
        ordered = sorted(self._launches, key=lambda launch: launch.first)
        for number, launch in enumerate(ordered, start=1):
            yield launch_record(launch, f"L{number}")


def _fullest(names: list[tuple[str, str | None, bool]], lines: list[Any]) -> str | None:
    """A name over a description, then the one with most words, then the most reported."""
    if not names:
        return None
    reported = [line["object"] for _, line in lines]
    return max(
        names, key=lambda n: (n[2], len(content_words(n[0])), reported.count(n[0]), len(n[0]))
    )[0]


def _most_specific(counts: Mapping[str, int]) -> str | None:
    """The most reported family of nested names ("X" and "X City"), by its longest member."""
    if not counts:
        return None
    families: list[list[str]] = []
    for text in counts:
        for family in families:
            if agent_relation(text, family[0]) == Relation.SAME:
                family.append(text)
                break
        else:
            families.append([text])
    biggest = max(families, key=lambda family: sum(counts[text] for text in family))
    return max(biggest, key=len)


def _text_counts(agents: Mapping[tuple[str, str | None, str | None], int]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for (text, _, _), count in agents.items():
        counts[text] = counts.get(text, 0) + count
    return counts


def _most_specific_date(dates: Iterable[tuple[str, bool]]) -> str | None:
    """The asserted date with the narrowest interval (a day over its month), or None."""
    spans: dict[str, int] = {}
    for value, asserted in dates:
        interval = date_interval(value)
        if asserted and interval is not None:
            spans.setdefault(value, (interval[1] - interval[0]).days)
    return min(spans, key=spans.__getitem__) if spans else None


def launch_record(launch: Launch, launch_id: str) -> dict[str, Any]:
    """The contract's launch line for one launch."""
    names: list[str] = []
    for name, _, _ in launch.names:
        if name not in names:
            names.append(name)
    return {
        "launch_id": launch_id,
        "object": _fullest(launch.names, launch.lines),
        "names": names,
        "agent": _most_specific(_text_counts(launch.agents)),
        "date": _most_specific_date(launch.dates),
        "location": _most_specific(launch.locations),
        "modality": "asserted" if launch.asserted else "unasserted",
        "first_reported": min(launch.reference_dates) if launch.reference_dates else None,
        "mentions": [line for _, line in sorted(launch.lines, key=lambda item: item[0])],
    }


def track_records(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Launch records for a stream of extract records (convenience for tests and tools)."""
    tracker = Tracker()
    for record in records:
        tracker.add(record)
    yield from tracker.launches()
