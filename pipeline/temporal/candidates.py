"""What the grammar finds: candidates while it works, :class:`DateMatch` when it is done."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text: offsets into it, its value, and the family that found it."""

    start: int
    end: int
    text: str
    value: str | None
    rule: str


@dataclass
class Candidate:
    """A possible date: its span, and the fields its family's reader parsed from the match.

    ``fields["value"]`` is set when the text alone fixes the value ("May 22, 2024");
    otherwise ``rule`` names the resolver that computes it from R or an earlier date. The
    grammar stamps ``rule`` (and ``family``) from the family's table entry.
    """

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    rule: str = ""
    family: str = ""


def longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, ties to the earlier start (filter_spans).

    The spans taken so far are disjoint, so kept sorted by start they are sorted by end
    too: a candidate overlaps one of them exactly when the last to start before its end
    ends after its start, one binary search instead of a test per character.
    """
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    starts: list[int] = []
    ends: list[int] = []
    taken: list[Candidate] = []  # in text order
    for candidate in ordered:
        if candidate.end <= candidate.start:
            continue
        index = bisect_left(starts, candidate.end)
        if index and ends[index - 1] > candidate.start:
            continue
        starts.insert(index, candidate.start)
        ends.insert(index, candidate.end)
        taken.insert(index, candidate)
    return taken
