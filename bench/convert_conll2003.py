"""Convert a CoNLL-2003 English NER file into the contract's corpus/annotations layout.

Why: the ORG rules are measured on Reuters text none of us tuned on (issue 11). The CoNLL-2003
*training* split gives such text, and its documents are distinct from the development split.
The conventions are those of ``../shared/benchmarks/conll03_dev/SOURCE.md`` so that figures on
both sets mean the same thing:

- documents are split on ``-DOCSTART-``; ``doc_id`` is ``<prefix>_NNN`` in file order;
- text: the tokens joined by single spaces, one CoNLL sentence per line, a final ``\\n``
  (not detokenised: the raw text is not distributed);
- ``reference_date``: the first ``YYYY-MM-DD`` token in the first 4 sentences, else ``null``;
- entities: IOB1-decoded ``ORG`` chunks (LOC, PER and MISC are only counted);
- ``manifest.jsonl``: headline (first sentence), index in the source file, reference date,
  ORG count and ``section`` (``sport`` when the headline starts with a sport name).

``--parity odd|even`` keeps only odd- or even-numbered documents (numbering over the whole
file), so one file gives a tuning half and a held-back check half.

The output holds Reuters texts: write it outside the repository (it must not be republished).
This module contains no text of the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REFERENCE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# Sport names that head Reuters sports stories; a headline that starts with one (any case,
# followed by a non-letter) is in the ``sport`` section, where CoNLL's club-by-city
# conventions differ from the contract's.
SPORT_NAMES = (
    "SOCCER",
    "CRICKET",
    "RUGBY",
    "BASKETBALL",
    "GOLF",
    "TENNIS",
    "SQUASH",
    "BOXING",
    "NFL",
    "NHL",
    "NBA",
    "BASEBALL",
    "ATHLETICS",
    "CYCLING",
    "MOTOR RACING",
    "MOTORCYCLING",
    "HORSE RACING",
    "BASKETBALLSOCCER",
    "ICE HOCKEY",
    "HOCKEY",
    "SWIMMING",
    "SKIING",
    "ALPINE SKIING",
    "NORDIC SKIING",
    "ROWING",
    "SAILING",
    "YACHTING",
    "BADMINTON",
    "TABLE TENNIS",
    "VOLLEYBALL",
    "HANDBALL",
    "JUDO",
    "WRESTLING",
    "GYMNASTICS",
    "EQUESTRIAN",
    "EQUESTRIANISM",
    "SPEEDWAY",
    "TRIATHLON",
    "AMERICAN FOOTBALL",
    "AUSTRALIAN RULES",
    "SNOOKER",
    "DARTS",
    "BOBSLEIGH",
    "CANOEING",
    "FENCING",
    "WEIGHTLIFTING",
    "BIATHLON",
    "MOTORSPORT",
    "RALLYING",
    "FORMULA ONE",
    "CHESS",
    "POLO",
    "SUMO",
    "TRACK AND FIELD",
    "MOTOR-RACING",
)
SPORT_HEADLINE = re.compile(
    r"(?:"
    + "|".join(re.escape(name) for name in sorted(SPORT_NAMES, key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)


@dataclass
class Document:
    """One ``-DOCSTART-`` document: its sentences (token lists) and tag lists."""

    sentences: list[list[str]] = field(default_factory=list)
    tags: list[list[str]] = field(default_factory=list)


def read_documents(path: Path) -> list[Document]:
    """Split a four-column CoNLL file into documents, ignoring where ``-DOCSTART-`` lines sit.

    One mirror moves the first ``-DOCSTART-`` to the end of the file; documents are the
    non-empty runs of sentences between markers, so both layouts split the same way.
    """
    documents: list[Document] = []
    current = Document()
    tokens: list[str] = []
    tags: list[str] = []

    def end_sentence() -> None:
        if tokens:
            current.sentences.append(tokens.copy())
            current.tags.append(tags.copy())
            tokens.clear()
            tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split()
        if not columns:
            end_sentence()
        elif columns[0] == "-DOCSTART-":
            end_sentence()
            if current.sentences:
                documents.append(current)
            current = Document()
        else:
            tokens.append(columns[0])
            tags.append(columns[-1])
    end_sentence()
    if current.sentences:
        documents.append(current)
    return documents


def chunks(tags: list[str], label: str) -> list[tuple[int, int]]:
    """Token ranges [start, end) of ``label`` chunks, decoding IOB1 (and IOB2) tags."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = kind == label and prefix == "I" and start is not None
        if start is not None and not continues:
            found.append((start, index))
            start = None
        if kind == label and start is None:
            start = index
    return found


def convert(document: Document, doc_id: str) -> tuple[str, dict[str, object], Counter[str]]:
    """The document's text, its gold record, and its entity counts per CoNLL type."""
    lines: list[str] = []
    entities: list[dict[str, object]] = []
    counts: Counter[str] = Counter()
    offset = 0
    for sentence, tags in zip(document.sentences, document.tags, strict=True):
        starts = []
        position = offset
        for token in sentence:
            starts.append(position)
            position += len(token) + 1
        for kind in ("LOC", "PER", "MISC", "ORG"):
            for first, last in chunks(tags, kind):
                counts[kind] += 1
                if kind == "ORG":
                    start = starts[first]
                    end = starts[last - 1] + len(sentence[last - 1])
                    entities.append(
                        {
                            "label": "ORG",
                            "start": start,
                            "end": end,
                            "text": " ".join(sentence[first:last]),
                        }
                    )
        line = " ".join(sentence)
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines) + "\n"
    entities.sort(key=lambda entity: int(str(entity["start"])))
    for number, entity in enumerate(entities, 1):
        assert text[int(str(entity["start"])) : int(str(entity["end"]))] == entity["text"]
        entity_id = {"id": f"T{number}"}
        entities[number - 1] = {**entity_id, **entity}
    record: dict[str, object] = {
        "doc_id": doc_id,
        "reference_date": reference_date(document),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "entities": entities,
        "events": [],
    }
    return text, record, counts


def reference_date(document: Document) -> str | None:
    """The dateline's date: the first ``YYYY-MM-DD`` token of the first four sentences."""
    for sentence in document.sentences[:4]:
        for token in sentence:
            if REFERENCE_DATE.fullmatch(token):
                return token
    return None


def section(headline: str) -> str:
    """``sport`` when the headline starts with a sport name, else ``other``."""
    return "sport" if SPORT_HEADLINE.match(headline) else "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a CoNLL-2003 file (four columns, IOB1)")
    parser.add_argument("out", type=Path, help="output folder (gets corpus/, annotations/)")
    parser.add_argument("prefix", help="doc_id prefix, e.g. conll03_train")
    parser.add_argument("source_name", help="name used in the manifest key, e.g. eng.train")
    parser.add_argument("--parity", choices=("odd", "even"), help="keep odd or even documents")
    args = parser.parse_args(argv)

    documents = read_documents(args.source)
    width = max(3, len(str(len(documents))))
    (args.out / "corpus").mkdir(parents=True, exist_ok=True)
    (args.out / "annotations").mkdir(parents=True, exist_ok=True)
    manifest: list[str] = []
    totals: Counter[str] = Counter()
    for number, document in enumerate(documents, 1):
        if args.parity and (number % 2 == 1) != (args.parity == "odd"):
            continue
        doc_id = f"{args.prefix}_{number:0{width}d}"
        text, record, counts = convert(document, doc_id)
        totals.update(counts)
        totals["documents"] += 1
        totals["sentences"] += len(document.sentences)
        totals["tokens"] += sum(len(sentence) for sentence in document.sentences)
        (args.out / "corpus" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (args.out / "annotations" / f"{doc_id}.json").write_text(
            json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        headline = " ".join(document.sentences[0])
        manifest.append(
            json.dumps(
                {
                    "doc_id": doc_id,
                    f"doc_index_in_{args.source_name}": number,
                    "headline": headline,
                    "section": section(headline),
                    "reference_date": record["reference_date"],
                    "n_ORG": counts["ORG"],
                },
                ensure_ascii=False,
            )
        )
    (args.out / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(json.dumps(dict(totals)))


if __name__ == "__main__":
    main()
