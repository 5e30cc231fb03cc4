"""The scorer on small hand-made gold and prediction pairs, with exact expected numbers."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.scoring import (
    Counts,
    Ratio,
    Scores,
    context,
    match_spans,
    overlap,
    same_normalisation,
    score_document,
    score_entities,
    score_events,
)


def ent(label: str, start: int, end: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"T{start}", "label": label, "start": start, "end": end, "text": "x", **extra}


def span(start: int, end: int, **extra: Any) -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x", **extra}


def event(
    trigger: tuple[int, int], modality: str = "asserted", **roles: tuple[int, int]
) -> dict[str, Any]:
    return {
        "id": f"E{trigger[0]}",
        "type": "LAUNCH",
        "modality": modality,
        "trigger": span(*trigger),
        "arguments": [span(*offsets, role=role) for role, offsets in roles.items()],
    }


# -- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(2, 1, 1), 2 / 3, 2 / 3, 2 / 3),
        (Counts(3, 1, 0), 0.75, 1.0, 6 / 7),
        (Counts(0, 0, 2), None, 0.0, 0.0),  # nothing predicted: precision undefined
        (Counts(0, 2, 0), 0.0, None, 0.0),  # no gold: recall undefined
        (Counts(0, 0, 0), None, None, None),
    ],
)
def test_counts_prf(
    counts: Counts, precision: float | None, recall: float | None, f1: float | None
) -> None:
    got = counts.as_dict()
    assert got["precision"] == pytest.approx(precision)
    assert got["recall"] == pytest.approx(recall)
    assert got["f1"] == pytest.approx(f1)
    assert got["gold"] == counts.tp + counts.fn
    assert got["pred"] == counts.tp + counts.fp


def test_scores_sum_over_documents() -> None:
    a, b = Scores(), Scores()
    a.strict["DATE"], b.strict["DATE"] = Counts(1, 2, 3), Counts(4, 5, 6)
    b.strict["ORG"] = Counts(1, 0, 0)
    a.normalisation["DATE"], b.normalisation["DATE"] = Ratio(1, 2), Ratio(2, 2)
    a.triggers, b.triggers = Counts(1, 0, 0), Counts(0, 1, 1)
    total = a + b
    assert total.strict == {"DATE": Counts(5, 7, 9), "ORG": Counts(1, 0, 0)}
    assert total.normalisation["DATE"] == Ratio(3, 4)
    assert total.triggers == Counts(1, 1, 1)


# -- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [((0, 5), (0, 5), 5), ((0, 5), (4, 9), 1), ((0, 5), (5, 9), 0), ((3, 3), (0, 9), 0)],
)
def test_overlap(a: tuple[int, int], b: tuple[int, int], shared: int) -> None:
    assert overlap(a, b) == shared == overlap(b, a)


@pytest.mark.parametrize(
    ("gold", "pred", "strict", "loose"),
    [
        ([(0, 5)], [(0, 5)], [(0, 0)], []),
        ([(0, 5)], [(0, 6)], [], [(0, 0)]),
        ([(0, 5)], [(5, 8)], [], []),  # touching is not overlapping
        ([], [(0, 5)], [], []),
        # one predicted span over two gold spans matches one of them: the larger overlap
        ([(0, 5), (6, 10)], [(2, 8)], [], [(0, 0)]),
        ([(0, 5), (6, 10)], [(4, 10)], [], [(1, 0)]),
        # greedy by largest overlap would take P0-G0 (5 chars) and strand both P1 and G1;
        # the maximum matching pairs each gold span with a predicted one
        ([(0, 10), (10, 12)], [(5, 11), (0, 3)], [], [(0, 1), (1, 0)]),
        # exact pairs first; the extra prediction inside the gold span stays unmatched
        ([(0, 5)], [(2, 4), (0, 5)], [(0, 1)], []),
        # the same prediction twice matches once
        ([(0, 5)], [(0, 5), (0, 5)], [(0, 0)], []),
        ([(0, 5), (10, 15)], [(10, 15), (1, 3)], [(1, 0)], [(0, 1)]),
    ],
)
def test_match_spans(
    gold: list[tuple[int, int]],
    pred: list[tuple[int, int]],
    strict: list[tuple[int, int]],
    loose: list[tuple[int, int]],
) -> None:
    matching = match_spans(gold, pred)
    assert matching.strict == strict
    assert matching.loose == loose


_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(gold=_spans, pred=_spans)
def test_match_spans_is_a_maximum_matching(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> None:
    """Against brute force: one-to-one, most overlap pairs, then most overlapping characters."""
    matching = match_spans(gold, pred)
    pairs = matching.pairs
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    assert all(gold[g] == pred[p] for g, p in matching.strict)
    rest_g = [g for g in range(len(gold)) if g not in {g for g, _ in matching.strict}]
    rest_p = [p for p in range(len(pred)) if p not in {p for _, p in matching.strict}]

    def best(i: int, used: frozenset[int]) -> tuple[int, int]:
        if i == len(rest_g):
            return (0, 0)
        options = [best(i + 1, used)]
        for p in rest_p:
            shared = overlap(gold[rest_g[i]], pred[p])
            if p not in used and shared:
                count, chars = best(i + 1, used | {p})
                options.append((count + 1, chars + shared))
        return max(options)

    got = (len(matching.loose), sum(overlap(gold[g], pred[p]) for g, p in matching.loose))
    assert got == best(0, frozenset())


# -- entities -----------------------------------------------------------------------------------


GOLD_ENTITIES = [
    ent("ORG", 0, 5),
    ent("DATE", 10, 16, value="2023-05-22"),
    ent("MONEY", 20, 30, amount=1_000_000, currency="CNY"),
    ent("DATE", 40, 44, value="2025"),
    ent("GPE", 50, 57),
]
PRED_ENTITIES = [
    ent("ORG", 0, 5),  # strict
    ent("DATE", 10, 17, value="2023-05-22"),  # lenient only, right value
    ent("MONEY", 20, 30, amount=1_000_000.0000001, currency="CNY"),  # strict, same amount
    ent("DATE", 40, 44, value="2024"),  # strict, wrong value
    ent("GPE", 60, 65),  # false positive (and the gold GPE a false negative)
]


def test_score_entities_strict_lenient_and_normalisation() -> None:
    scores, errors = score_entities(GOLD_ENTITIES, PRED_ENTITIES, doc_id="d")
    assert scores.strict == {
        "ORG": Counts(1, 0, 0),
        "MONEY": Counts(1, 0, 0),
        "DATE": Counts(1, 1, 1),
        "GPE": Counts(0, 1, 1),
    }
    assert scores.lenient["DATE"] == Counts(2, 0, 0)
    assert scores.lenient["GPE"] == Counts(0, 1, 1)
    assert scores.normalisation == {"DATE": Ratio(1, 2), "MONEY": Ratio(1, 1)}

    summary = scores.summary()
    assert summary["micro"]["labels"] == ["ORG", "MONEY", "DATE"]  # GPE is not headline
    assert summary["micro"]["strict"] | {} == {
        "tp": 3,
        "fp": 1,
        "fn": 1,
        "gold": 4,
        "pred": 4,
        "precision": 0.75,
        "recall": 0.75,
        "f1": 0.75,
    }
    assert summary["micro"]["lenient"]["f1"] == 1.0
    assert summary["normalisation"]["DATE"] == {"correct": 1, "total": 2, "accuracy": 0.5}

    kinds = sorted((e["kind"], e["label"], e["start"], e["end"]) for e in errors)
    assert kinds == [
        ("fn", "DATE", 10, 16),
        ("fn", "GPE", 50, 57),
        ("fp", "DATE", 10, 17),
        ("fp", "GPE", 60, 65),
        ("value", "DATE", 40, 44),
    ]
    boundary = next(e for e in errors if e["kind"] == "fp" and e["label"] == "DATE")
    assert boundary["note"] == "gold 'x' 10:16"
    value = next(e for e in errors if e["kind"] == "value")
    assert value["note"] == "gold '2025', predicted '2024'"


def test_score_entities_one_prediction_over_two_gold_spans() -> None:
    gold = [ent("ORG", 0, 10), ent("ORG", 11, 20)]
    pred = [ent("ORG", 0, 20)]
    scores, _ = score_entities(gold, pred)
    assert scores.strict["ORG"] == Counts(0, 1, 2)
    assert scores.lenient["ORG"] == Counts(1, 0, 1)


def test_labels_are_scored_apart() -> None:
    """Same offsets, different label: no match, strict or lenient."""
    scores, _ = score_entities([ent("ORG", 0, 5)], [ent("GPE", 0, 5)])
    assert scores.lenient["ORG"] == Counts(0, 0, 1)
    assert scores.lenient["GPE"] == Counts(0, 1, 0)


@pytest.mark.parametrize(
    ("label", "gold", "pred", "same"),
    [
        ("DATE", {"value": "2023-05"}, {"value": "2023-05"}, True),
        ("DATE", {"value": "2023-05"}, {"value": "2023-05-22"}, False),
        ("DATE", {"value": None}, {"value": None}, True),
        (
            "MONEY",
            {"amount": 135e9, "currency": "CNY"},
            {"amount": 135000000000, "currency": "CNY"},
            True,
        ),
        (
            "MONEY",
            {"amount": 1e6, "currency": "CNY"},
            {"amount": 1e6 + 0.5, "currency": "CNY"},
            True,
        ),
        (
            "MONEY",
            {"amount": 1e6, "currency": "CNY"},
            {"amount": 1e6 + 2, "currency": "CNY"},
            False,
        ),
        ("MONEY", {"amount": 1e6, "currency": "CNY"}, {"amount": 1e6, "currency": "USD"}, False),
        ("MONEY", {"amount": 1e6, "currency": "CNY"}, {"amount": None, "currency": "CNY"}, False),
    ],
)
def test_same_normalisation(
    label: str, gold: dict[str, Any], pred: dict[str, Any], same: bool
) -> None:
    assert same_normalisation(label, gold, pred) is same


def test_error_context_is_forty_characters_each_side_with_line_breaks_shown() -> None:
    text = "a" * 50 + "\nNanjing\r\n" + "b" * 50
    start = text.index("Nanjing")
    snippet = context(text, start, start + 7)
    assert snippet == "a" * 39 + "⏎⟦Nanjing⟧⏎" + "b" * 38
    assert context(None, 0, 1) is None


# -- events -------------------------------------------------------------------------------------


def test_events_trigger_arguments_and_event_f1() -> None:
    gold = [
        event((100, 108), agent=(90, 97), object=(109, 120), date=(121, 127)),
        event((200, 210), object=(211, 220)),
    ]
    pred = [
        # trigger exact, agent exact, object overlapping, a location gold does not have
        event((100, 108), agent=(90, 97), object=(109, 115), location=(130, 137)),
        # trigger overlapping, object in the wrong place
        event((201, 209), object=(230, 240)),
        event((400, 405)),  # no gold event here
    ]
    scores, errors = score_events(gold, pred, doc_id="d")
    assert scores.triggers == Counts(2, 1, 0)
    assert scores.arguments == {
        "agent": Counts(1, 0, 0),
        "object": Counts(1, 1, 1),
        "date": Counts(0, 0, 1),
        "location": Counts(0, 1, 0),
    }
    assert scores.events == Counts(1, 2, 1)  # only the first pair has trigger and object
    assert scores.modality == Ratio(2, 2)
    kinds = sorted((e["kind"], e["label"], e["start"]) for e in errors)
    assert kinds == [
        ("fn", "LAUNCH/date", 121),
        ("fn", "LAUNCH/object", 211),
        ("fp", "LAUNCH", 400),
        ("fp", "LAUNCH/location", 130),
        ("fp", "LAUNCH/object", 230),
    ]


def test_arguments_of_unmatched_events_are_errors_in_the_counts() -> None:
    scores, _ = score_events([event((0, 5), object=(6, 9))], [event((20, 25), object=(6, 9))])
    assert scores.triggers == Counts(0, 1, 1)
    assert scores.arguments["object"] == Counts(0, 1, 1)  # same span, but its event differs


def test_event_without_object_on_either_side_counts() -> None:
    scores, _ = score_events([event((0, 5), agent=(10, 15))], [event((0, 5))])
    assert scores.events == Counts(1, 0, 0)
    assert scores.arguments["agent"] == Counts(0, 0, 1)


def test_object_missing_on_one_side_does_not_count() -> None:
    scores, _ = score_events([event((0, 5), object=(6, 9))], [event((0, 5))])
    assert scores.triggers == Counts(1, 0, 0)
    assert scores.events == Counts(0, 1, 1)  # the prediction is wrong, the gold missed


@pytest.mark.parametrize(
    ("gold_modality", "pred_modality", "triggers", "modality"),
    [
        ("asserted", "asserted", Counts(1, 0, 0), Ratio(1, 1)),
        # a predicted unasserted event is left out: the asserted gold event is missed
        ("asserted", "unasserted", Counts(0, 0, 1), Ratio(0, 1)),
        # unasserted gold is not counted: the asserted prediction is a false positive
        ("unasserted", "asserted", Counts(0, 1, 0), Ratio(0, 1)),
        # neither counts in the headline, but modality accuracy sees the pair
        ("unasserted", "unasserted", Counts(0, 0, 0), Ratio(1, 1)),
    ],
)
def test_unasserted_events(
    gold_modality: str, pred_modality: str, triggers: Counts, modality: Ratio
) -> None:
    gold = [event((0, 8), gold_modality, object=(9, 20))]
    pred = [event((0, 8), pred_modality, object=(9, 20))]
    scores, errors = score_events(gold, pred)
    assert scores.triggers == triggers
    assert scores.events == triggers
    assert scores.modality == modality
    if triggers.fn:
        assert errors[0]["note"].startswith("predicted as unasserted")


def test_one_predicted_trigger_matches_one_of_two_gold_events() -> None:
    gold = [event((0, 3), object=(10, 12)), event((4, 8), object=(13, 15))]
    pred = [event((2, 8), object=(13, 15))]
    scores, _ = score_events(gold, pred)
    assert scores.triggers == Counts(1, 0, 1)
    assert scores.events == Counts(1, 0, 1)  # matched to the second gold (4 chars overlap)


def test_score_document_restricts_labels_and_sums() -> None:
    gold = {"doc_id": "d", "entities": GOLD_ENTITIES, "events": [event((100, 108))]}
    pred = {"doc_id": "d", "entities": PRED_ENTITIES, "events": []}
    scores, errors = score_document(gold, pred, labels=["DATE"])
    summary = scores.summary(["DATE"])
    assert list(summary["entities"]) == ["DATE"]
    assert summary["micro"]["labels"] == ["DATE"]
    assert summary["micro"]["strict"]["tp"] == 1
    assert summary["events"] is None
    assert list(summary["normalisation"]) == ["DATE"]
    assert {e["label"] for e in errors} == {"DATE"}

    scores_all, _ = score_document(gold, pred)
    assert scores_all.summary()["events"]["trigger"]["fn"] == 1
    nothing, _ = score_document(gold, None)
    assert nothing.summary()["micro"]["strict"] | {} == {
        "tp": 0,
        "fp": 0,
        "fn": 4,
        "gold": 4,
        "pred": 0,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_gpe_only_headline_falls_back_to_requested_labels() -> None:
    scores, _ = score_entities(GOLD_ENTITIES, PRED_ENTITIES, labels=["GPE"])
    assert scores.summary(["GPE"])["micro"]["labels"] == ["GPE"]
