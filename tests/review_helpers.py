"""What the review page tests share: the corpus as articles, and what a page should show."""

from __future__ import annotations

import base64
import gzip
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import orjson
from spacy.language import Language

from pipeline.review.articles import Article, run_articles

ROOT = Path(__file__).resolve().parent.parent
_BLOB = re.compile(r'<script type="text/x-gzip-base64" id="blob-\d+">(.*?)</script>', re.S)


def corpus_articles(nlp: Language) -> list[Article]:
    """Every corpus article with the record ``extract`` gives it."""
    corpus = ROOT / "corpus"
    if corpus.is_relative_to(Path.cwd()):  # sources as a user in the checkout would see them
        corpus = corpus.relative_to(Path.cwd())
    found = list(run_articles([str(corpus)], nlp=nlp))
    assert all(isinstance(item, Article) for item in found)
    return found  # type: ignore[return-value]


def repeated(articles: Sequence[Article], count: int) -> list[Article]:
    """``count`` articles cycling through ``articles``, each with an id of its own: a large
    review page (the browser test's and ``bench/review_open.py``'s)."""
    return [
        Article(a.text, {**a.record, "doc_id": f"{i:04d}_{a.doc_id}"})
        for i, a in enumerate(articles[j % len(articles)] for j in range(count))
    ]


def write_records(articles: Sequence[Article], path: Path) -> Path:
    """The articles' records as the JSON Lines ``extract`` writes (its lines are these)."""
    path.write_bytes(b"".join(orjson.dumps(a.record) + b"\n" for a in articles))
    return path


def blobs(page: str) -> list[str]:
    """The markup of each article, as the page keeps it until the article is opened."""
    return [gzip.decompress(base64.b64decode(data)).decode() for data in _BLOB.findall(page)]


def expected_counts(records: Sequence[dict]) -> Counter[str]:
    """Entities per label, events (LAUNCH) and arguments per role, over ``records``."""
    counts: Counter[str] = Counter()
    for record in records:
        counts.update(entity["label"] for entity in record["entities"])
        counts["LAUNCH"] += len(record["events"])
        counts.update(arg["role"] for event in record["events"] for arg in event["arguments"])
    return counts
