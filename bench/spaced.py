"""A token-spaced copy of a development set, as PTB- and CoNLL-style corpora write text.

Issue 11 asks for the same entities and values from "March 14 , 2011", "$ 12 million",
"Coca - Cola" and "Oracle 's" as from normally written text. Rather than assert it,
``bench/accuracy.py`` scores a copy of a real set in which every token of spaCy's
rule-based English tokenizer is separated from the next by one space (line breaks kept),
with the gold's character offsets carried over to the new text. The gold spans themselves
do not change, so a drop from the original set's figures is what spacing costs.

    python bench/spaced.py ../shared/benchmarks/gum_news /tmp/gum_news_spaced
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from bisect import bisect_left, bisect_right
from pathlib import Path

import spacy


def spaced_text(text: str, tokenizer) -> tuple[str, dict[int, int], dict[int, int]]:
    """The text with one space between touching tokens, and maps from the old text's token
    starts and ends to the new text's offsets."""
    pieces: list[str] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    position = 0
    for token in tokenizer(text):
        if not token.is_space and pieces and not pieces[-1][-1:].isspace():
            pieces.append(" ")
            position += 1
        starts[token.idx] = position
        pieces.append(token.text)
        position += len(token.text)
        ends[token.idx + len(token.text)] = position
        if token.whitespace_:
            pieces.append(token.whitespace_)
            position += len(token.whitespace_)
    return "".join(pieces), starts, ends


def _moved(offset: int, table: dict[int, int], *, end: bool) -> int:
    """An offset's place in the new text; a gold boundary inside a token (rare: the tokenizer
    and the annotator disagree) snaps outward to the token's edge."""
    if offset in table:
        return table[offset]
    keys = sorted(table)
    if end:
        return table[keys[min(bisect_left(keys, offset), len(keys) - 1)]]
    return table[keys[max(bisect_right(keys, offset) - 1, 0)]]


def write_spaced_copy(source: Path, target: Path) -> None:
    """``source``'s corpus and ORG/MONEY/DATE/GPE gold (events dropped: their arguments are not
    what this copy measures) written token-spaced under ``target``, replacing what was there."""
    tokenizer = spacy.blank("en").tokenizer
    if target.exists():
        shutil.rmtree(target)
    (target / "corpus").mkdir(parents=True)
    (target / "annotations").mkdir()
    for text_path in sorted((source / "corpus").glob("*.txt")):
        gold_path = source / "annotations" / f"{text_path.stem}.json"
        if not gold_path.is_file():
            continue
        new_text, starts, ends = spaced_text(text_path.read_text(encoding="utf-8"), tokenizer)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for entity in gold["entities"]:
            entity["start"] = _moved(entity["start"], starts, end=False)
            entity["end"] = _moved(entity["end"], ends, end=True)
            entity["text"] = new_text[entity["start"] : entity["end"]]
        gold["events"] = []
        gold["text_sha256"] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
        (target / "corpus" / text_path.name).write_text(new_text, encoding="utf-8")
        (target / "annotations" / gold_path.name).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if (source / "manifest.jsonl").is_file():
        shutil.copyfile(source / "manifest.jsonl", target / "manifest.jsonl")


if __name__ == "__main__":
    write_spaced_copy(Path(sys.argv[1]), Path(sys.argv[2]))
