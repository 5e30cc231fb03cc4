"""Write ``evaluate --html``'s page from the result and the documents it scored."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.review.evaluation_page import evaluation_page
from pipeline.validation import GoldDoc


def write_evaluation_page(
    result: Mapping[str, Any],
    scored: Sequence[tuple[GoldDoc, Mapping[str, Any] | None]],
    path: Path,
) -> str | None:
    """Write the page to ``path`` in one piece; the reason in one line if it cannot be."""
    from pipeline.output import AtomicOutput
    from pipeline.run_errors import OutputError, UsageError

    articles = [(doc.doc_id, doc.text, doc.record, pred) for doc, pred in scored]
    try:
        with AtomicOutput(path, "--html") as out:
            out.write(evaluation_page(result, articles).encode("utf-8"))
    except (UsageError, OutputError) as err:
        return str(err)
    return None
