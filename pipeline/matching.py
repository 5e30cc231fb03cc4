"""One-to-one span matching for the contract's scoring: strict pairs first, then the lenient
pairs of overlapping spans (a maximum-weight bipartite matching, Hungarian algorithm, on each
connected group of overlapping spans, so no pair is lost to a greedy choice).

Spans overlap when they share at least one character (``a.start < b.end and b.start <
a.end``); an empty span overlaps nothing.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

Pair = tuple[int, int]


def overlap(a: Pair, b: Pair) -> int:
    """Characters two (start, end) spans share; 0 when they do not overlap."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass(frozen=True)
class Matching:
    """One-to-one pairs (gold index, predicted index): exact pairs, then overlap-only pairs."""

    strict: list[Pair]
    loose: list[Pair]

    @property
    def pairs(self) -> list[Pair]:
        """All lenient pairs: the strict ones and the overlap-only ones."""
        return self.strict + self.loose


def _hungarian(weights: list[list[int]]) -> list[int]:
    """Column for each row maximising the total weight (rows <= columns; e-maxx's version)."""
    rows, cols = len(weights), len(weights[0])
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        col0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[col0] = True
            row0, delta, col1 = owner[col0], inf, 0
            for col in range(1, cols + 1):
                if used[col]:
                    continue
                cost = -weights[row0 - 1][col - 1] - u[row0] - v[col]
                if cost < minv[col]:
                    minv[col], way[col] = cost, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(cols + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [-1] * rows
    for col in range(1, cols + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment


def _best_overlap_pairs(gold: Sequence[Pair], pred: Sequence[Pair]) -> list[Pair]:
    """Most overlap pairs, then most overlapping characters, one-to-one (indices into inputs)."""
    edges: dict[Pair, int] = {}
    # Predictions by start with a running maximum of ends: walking back from the last one
    # starting before a gold span ends, stop once no earlier prediction can reach it.
    order = sorted(range(len(pred)), key=lambda pi: pred[pi])
    starts = [pred[pi][0] for pi in order]
    reach = list(itertools.accumulate((pred[pi][1] for pi in order), max))
    for gi, g in enumerate(gold):
        index = bisect.bisect_left(starts, g[1]) - 1
        while index >= 0 and reach[index] > g[0]:
            pi = order[index]
            shared = overlap(g, pred[pi])
            if shared:
                edges[gi, pi] = shared
            index -= 1
    if not edges:
        return []
    # Connected groups of the overlap graph (gold nodes g<i>, predicted nodes p<i>).
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for gi, pi in edges:
        parent[find(("g", gi))] = find(("p", pi))
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for gi, pi in edges:
        golds, preds = groups[find(("g", gi))]
        golds.add(gi)
        preds.add(pi)
    pairs: list[Pair] = []
    for golds, preds in groups.values():
        g_list, p_list = sorted(golds), sorted(preds)
        if len(g_list) == 1 or len(p_list) == 1:
            best = max(
                ((gi, pi) for gi in g_list for pi in p_list if (gi, pi) in edges),
                key=lambda pair: edges[pair],
            )
            pairs.append(best)
            continue
        # Any extra pair outweighs every possible gain in overlap: cardinality first.
        bonus = 1 + sum(edges[gi, pi] for gi in g_list for pi in p_list if (gi, pi) in edges)
        transpose = len(g_list) > len(p_list)
        rows, cols = (p_list, g_list) if transpose else (g_list, p_list)
        weights = [
            [
                bonus + edges[(c, r) if transpose else (r, c)]
                if ((c, r) if transpose else (r, c)) in edges
                else 0
                for c in cols
            ]
            for r in rows
        ]
        for ri, ci in enumerate(_hungarian(weights)):
            if ci < 0 or not weights[ri][ci]:
                continue
            r, c = rows[ri], cols[ci]
            pairs.append((c, r) if transpose else (r, c))
    return sorted(pairs)


def match_spans(gold: Sequence[Pair], pred: Sequence[Pair]) -> Matching:
    """Match gold and predicted (start, end) spans: exact pairs first, then best overlaps."""
    by_offsets: dict[Pair, list[int]] = defaultdict(list)
    for gi, g in enumerate(gold):
        by_offsets[g].append(gi)
    strict: list[Pair] = []
    for pi, p in enumerate(pred):
        waiting = by_offsets.get(p)
        if waiting:
            strict.append((waiting.pop(0), pi))
    taken_g = {gi for gi, _ in strict}
    taken_p = {pi for _, pi in strict}
    rest_g = [gi for gi in range(len(gold)) if gi not in taken_g]
    rest_p = [pi for pi in range(len(pred)) if pi not in taken_p]
    loose = [
        (rest_g[a], rest_p[b])
        for a, b in _best_overlap_pairs([gold[i] for i in rest_g], [pred[i] for i in rest_p])
    ]
    return Matching(sorted(strict), loose)
