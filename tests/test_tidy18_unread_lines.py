"""``UnreadLines`` answers "is token i in an unread line?" as the plain scan of the ranges
did, for any set of sentence ranges (disjoint, in any order, a range given twice)."""

from __future__ import annotations

import random
from itertools import pairwise

from pipeline.orgs.unread_lines import UnreadLines


def sentences(rng: random.Random, length: int) -> list[tuple[int, int]]:
    """A random split of ``length`` tokens into sentences."""
    cuts = sorted(rng.sample(range(1, length), rng.randint(0, min(8, length - 1))))
    bounds = [0, *cuts, length]
    return list(pairwise(bounds))


def test_membership_is_the_scan_of_the_ranges() -> None:
    rng = random.Random(18)
    for _ in range(300):
        length = rng.randint(2, 40)
        chosen = [s for s in sentences(rng, length) if rng.random() < 0.4]
        given = chosen + chosen[:1]  # a headline in capitals is listed twice
        rng.shuffle(given)
        lines = UnreadLines(given)
        for i in range(-1, length + 2):
            assert (i in lines) == any(a <= i < b for a, b in given)
        assert sorted(set(given)) == list(lines) and len(lines) == len(set(given))


def test_no_lines_hold_no_token() -> None:
    lines = UnreadLines([])
    assert 0 not in lines and list(lines) == [] and len(lines) == 0
