"""Record or compare the pipeline's output on every development set (byte for byte).

A refactoring or speed change must not change one byte of output. Take a snapshot on the
old code, change the code, then compare:

    python bench/snapshot.py save /tmp/before      # extract corpus/ and every benchmark set
    python bench/snapshot.py compare /tmp/before   # exit 1 and name the first differing line

Benchmark sets live in ``../shared/benchmarks`` (a clone without them compares corpus/ only).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"


def sets() -> dict[str, Path]:
    """Each set's name and the corpus folder it is extracted from."""
    found = {"corpus": ROOT / "corpus"}
    if BENCHMARKS.is_dir():
        for folder in sorted(BENCHMARKS.iterdir()):
            if (folder / "corpus").is_dir():
                found[folder.name] = folder / "corpus"
    return found


def extract(corpus: Path, output: Path) -> None:
    """Run ``extract`` as a user would; sources are written relative to the repository."""
    source = corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus
    command = [sys.executable, "-m", "pipeline", "extract", str(source), "-o", str(output)]
    subprocess.run(command, cwd=ROOT, check=True)


def normalised(path: Path) -> list[bytes]:
    """Lines with the ``source`` path made independent of where the clone lives."""
    root = str(ROOT.parent).encode()
    return [line.replace(root, b"<root>") for line in path.read_bytes().splitlines()]


def save(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, corpus in sets().items():
        target = folder / f"{name}.jsonl"
        extract(corpus, target)
        target.write_bytes(b"".join(line + b"\n" for line in normalised(target)))
        print(f"saved {name}")


def compare(folder: Path) -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus in sets().items():
            expected = folder / f"{name}.jsonl"
            if not expected.exists():
                print(f"{name}: no snapshot in {folder}, skipped")
                continue
            actual = Path(scratch) / f"{name}.jsonl"
            extract(corpus, actual)
            old, new = normalised(expected), normalised(actual)
            if old == new:
                print(f"{name}: identical ({len(new)} records)")
                continue
            failures += 1
            pairs = enumerate(zip(old, new, strict=False))
            first = next((i for i, (a, b) in pairs if a != b), None)
            where = f"line {first + 1}" if first is not None else "record count"
            print(f"{name}: DIFFERS at {where} ({len(old)} records before, {len(new)} now)")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "save":
        save(args.folder)
        return 0
    return compare(args.folder)


if __name__ == "__main__":
    sys.exit(main())
