"""The lines the ORG rules do not read for names: headlines and lines in capitals.

Every word of such a line is capitalised, so its capitals say nothing about names, and many
rules skip a candidate that starts in one. Each asked the same question of a plain list of
token ranges with ``any(a <= i < b for a, b in lines)``, a Python loop over every such line
for every candidate; ``UnreadLines`` is built once per article and answers with a binary
search.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator


class UnreadLines:
    """Sentences' token ranges, ``i in lines`` true when token ``i`` lies in one of them.

    The ranges are sentences, so they never overlap; the same range given twice (a headline
    in capitals) counts once."""

    __slots__ = ("_ends", "_ranges", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges = sorted(set(ranges))
        self._starts = [start for start, _ in self._ranges]
        self._ends = [end for _, end in self._ranges]

    def __contains__(self, i: int) -> bool:
        at = bisect_right(self._starts, i) - 1
        return at >= 0 and i < self._ends[at]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._ranges)

    def __len__(self) -> int:
        return len(self._ranges)

    def __repr__(self) -> str:
        return f"UnreadLines({self._ranges!r})"
