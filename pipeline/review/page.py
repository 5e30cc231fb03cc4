"""The frame every review page shares: inline style and script, and articles drawn lazily.

An article's markup is not in the DOM when the page opens: it is kept gzipped, in base64, in
a ``<script type="text/x-gzip-base64">`` element that the browser does not run, and the inline
script inflates it (the browser's own DecompressionStream) and inserts it when the article is
opened. displaCy's markup is about ten times the text and compresses about ten times, so a
page of 1,000 articles is a few megabytes to read, not tens, and opens in well under two
seconds; base64 also needs no escaping inside ``<script>``.
"""

from __future__ import annotations

import base64
import gzip
import html
from collections.abc import Iterable, Sequence
from importlib.resources import files

_ASSETS = files("pipeline.review") / "assets"
BLOB_TYPE = "text/x-gzip-base64"


def esc(value: object) -> str:
    """Text for HTML element content and attribute values."""
    return html.escape("" if value is None else str(value))


def _blob_script(index: int, markup: str) -> str:
    data = base64.b64encode(gzip.compress(markup.encode("utf-8"), mtime=0)).decode("ascii")
    return f'<script type="{BLOB_TYPE}" id="blob-{index}">{data}</script>'


def article_sections(articles: Iterable[tuple[str, str, str]]) -> str:
    """Closed sections for (doc_id, heading markup, body markup): each body waits in a blob."""
    parts = []
    for index, (doc_id, heading, body) in enumerate(articles):
        parts.append(
            f'<section class="article" id="doc-{index}" data-index="{index}" '
            f'data-doc="{esc(doc_id)}" hidden>{heading}<div class="body"></div></section>'
            + _blob_script(index, body)
        )
    return "\n".join(parts)


def table(
    table_id: str, headers: Sequence[str], rows: Iterable[str], numeric: Sequence[bool] = ()
) -> str:
    """A sortable table (click a header) with the given ``<tr>`` rows."""
    heads = "".join(
        f'<th class="{"n" if i < len(numeric) and numeric[i] else ""}">{esc(h)}</th>'
        for i, h in enumerate(headers)
    )
    return (
        f'<table id="{table_id}" class="sortable"><thead><tr>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def page(title: str, body: str) -> str:
    """A whole self-contained HTML document around ``body``."""
    css = (_ASSETS / "review.css").read_text(encoding="utf-8")
    script = (_ASSETS / "review.js").read_text(encoding="utf-8")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{css}</style><script>{script}</script></head>"
        f"<body>{body}</body></html>\n"
    )
