"""The ``show`` command's work: gather the articles, report failures, write the page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.inputs import InputError
from pipeline.review.articles import Article, is_records_file, record_articles, run_articles
from pipeline.review.show_page import show_page

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2


def _collect(items: Iterable[Article | InputError]) -> tuple[list[Article], int]:
    from pipeline.extract import report_error

    articles: list[Article] = []
    failures = 0
    for item in items:
        if isinstance(item, InputError):
            failures += 1
            report_error(item)
        else:
            articles.append(item)
    return articles, failures


def run_show(
    inputs: list[str],
    output: Path,
    *,
    records: bool = False,
    reference_date: str | None = None,
    stdin_format: str = "text",
    model: Path | None = None,
) -> int:
    """Write the page for ``inputs`` to ``output``; return the exit code.

    Without ``records``, inputs that are all records files (by their fields) are read as such;
    otherwise the pipeline runs on them as in ``extract``.
    """
    from pipeline.output import AtomicOutput
    from pipeline.run_errors import OutputError, UsageError, stderr_line

    as_records = records or all(is_records_file(Path(spec)) for spec in inputs)
    try:
        with AtomicOutput(output, "-o") as out:  # opened first: a bad -o fails before any work
            if as_records:
                articles, failures = _collect(record_articles(inputs))
            else:
                found = run_articles(
                    inputs, model=model, reference_date=reference_date, stdin_format=stdin_format
                )
                articles, failures = _collect(found)
            out.write(show_page(articles).encode("utf-8"))
    except (UsageError, OutputError) as err:
        stderr_line(f"launchwatch: error: {err}")
        return EXIT_USAGE if isinstance(err, UsageError) else EXIT_INPUT_FAILED
    return EXIT_INPUT_FAILED if failures else EXIT_OK
