"""The command line: thin Typer wrappers that parse options and call plain functions.

Nothing here imports spaCy at module level, so ``launchwatch --help`` stays fast.
Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from types import FrameType


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    """Ctrl-C while the command is still importing its modules: one line, not a traceback of
    the import machinery. Each command that writes files sets its own handling later."""
    try:
        os.write(2, b"launchwatch: interrupted by SIGINT\n")
    finally:
        os._exit(130)


def _started_as_the_command() -> bool:
    """True when this process is ``launchwatch`` or ``python -m pipeline``, not a program that
    imports the module (a test run), whose Ctrl-C is its own."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path()
    return started.name == "launchwatch" or started.parts[-2:] == ("pipeline", "__main__.py")


if _started_as_the_command() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted_while_starting)

from typing import Annotated, Any  # noqa: E402  (after the handler: typer takes a while to import)

import typer  # noqa: E402

from pipeline import __version__  # noqa: E402

app = typer.Typer(
    name="launchwatch",
    help="Extract organisations, money, dates, places and LAUNCH events from news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # click's plain help: flags shown as flags, choices as choices (Typer's rich panels show
    # every option with a type, ``--json <bool>``), and ``-h`` as well as ``--help``.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class StdinFormat(str, Enum):
    """How to read ``-``: one article of plain text, or JSON Lines of inputs."""

    text = "text"
    jsonl = "jsonl"


class SchemaKind(str, Enum):
    """Which record's JSON Schema ``schema`` prints."""

    output = "output"
    gold = "gold"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"launchwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract organisations, money, dates, places and LAUNCH events from news articles."""

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model", help="Pipeline directory (default: the pipeline installed with the package)."
    ),
]
"""The ``--model`` option, shared by every command that runs the pipeline."""

ReferenceDateOption = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="Reference date for inputs that carry none; an article's own dateline wins.",
    ),
]
StdinFormatOption = Annotated[
    StdinFormat,
    typer.Option("--stdin-format", help="How to read '-': one article, or JSON Lines."),
]
"""The input options that extract, show and track share (they read inputs alike)."""


def fail_usage(message: str) -> None:
    """Report a usage error in one line and exit with code 2."""
    typer.echo(f"launchwatch: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def checked_inputs(inputs: list[str], reference_date: str | None) -> dt.date | None:
    """The usage checks of every command that reads articles; the parsed reference date."""
    from pipeline.inputs import check_reference_date

    try:
        reference_day = check_reference_date(reference_date)
    except ValueError as err:
        fail_usage(f"--reference-date: {err}")
    if inputs.count("-") > 1:
        fail_usage("'-' (standard input) can be given only once")
    return reference_day


@app.command("extract")
def extract_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Articles: .txt files, folders of .txt, .jsonl files, or - for stdin.",
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (else stdout).")
    ] = None,
    reference_date: ReferenceDateOption = None,
    stdin_format: StdinFormatOption = StdinFormat.text,
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors", help="Write one JSON line per failed input (input, line, reason)."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Worker processes (output is identical).")
    ] = 1,
    model: ModelOption = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=0,
            help="Fail articles longer than this many characters (0: no limit).",
        ),
    ] = 1_000_000,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0,
            help="Fail an article that takes longer than this many seconds (0: no limit).",
        ),
    ] = 60.0,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on Dask: local, local:N (N worker processes), or a scheduler's "
            "tcp://host:port (needs launchwatch[dask]; output is identical).",
        ),
    ] = None,
    dask_output: Annotated[
        Path | None,
        typer.Option(
            "--dask-output",
            metavar="DIR",
            help="With --dask: workers write one JSONL part per shard here, with "
            "manifest.json (instead of -o).",
        ),
    ] = None,
) -> None:
    """Extract one JSON record per article, in input order.

    --reference-date fills in only where an input carries no date: an article's own dateline
    (or a JSONL line's reference_date) wins over it.

    Exit codes: 0 every input gave a record; 1 some inputs failed (see --errors)
    or the output could not be written; 2 usage error; 141 standard output
    closed early; 130 / 143 interrupted by SIGINT / SIGTERM.
    """
    from pipeline.extract import run_extract

    reference_day = checked_inputs(inputs, reference_date)
    if errors is not None and output is not None and errors.resolve() == output.resolve():
        fail_usage("--errors and -o must be different files")
    if dask_output is not None and dask is None:
        fail_usage("--dask-output needs --dask")
    if dask_output is not None and output is not None:
        fail_usage("--dask-output and -o: the records go to one or the other")
    if dask is not None and workers > 1:
        fail_usage("--workers and --dask: the Dask cluster has its own workers")
    code = run_extract(
        inputs,
        output=output,
        reference_date=reference_day,
        stdin_format=stdin_format.value,
        errors_path=errors,
        workers=workers,
        model=model,
        max_chars=max_chars,
        timeout=timeout or None,
        dask=dask,
        dask_output=dask_output,
    )
    raise typer.Exit(code)


@app.command("show")
def show_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles as for extract, or records files that extract wrote (.jsonl)."
        ),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="Write the HTML page here.")],
    records: Annotated[
        bool,
        typer.Option(
            "--records",
            help="INPUTs are extract's records files (found by their fields when not given).",
        ),
    ] = False,
    reference_date: ReferenceDateOption = None,
    stdin_format: StdinFormatOption = StdinFormat.text,
    model: ModelOption = None,
) -> None:
    """Write one self-contained HTML page to review the articles and their records.

    The page has an index, each article drawn with displaCy (entities, and LAUNCH events with
    their roles), and a table of every event that sorts and filters.

    Exit codes: 0 every input shown; 1 some inputs failed (reported, the rest shown);
    2 usage error.
    """
    from pipeline.review.show import run_show

    reference_day = checked_inputs(inputs, reference_date)
    code = run_show(
        inputs,
        output,
        records=records,
        reference_date=reference_day,
        stdin_format=stdin_format.value,
        model=model,
    )
    raise typer.Exit(code)


@app.command("track")
def track_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles as for extract, or with --records JSONL files of extract records."
        ),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (else stdout).")
    ] = None,
    records: Annotated[
        bool, typer.Option("--records", help="Inputs are records that extract wrote.")
    ] = False,
    reference_date: ReferenceDateOption = None,
    stdin_format: StdinFormatOption = StdinFormat.text,
    model: ModelOption = None,
) -> None:
    """Group LAUNCH mentions across articles: one line per launch, with every report of it.

    Exit codes: 0 every input was read; 1 some inputs failed or the output could not be
    written; 2 usage error.
    """
    from pipeline.tracking.run import run_track

    reference_day = checked_inputs(inputs, reference_date)
    code = run_track(
        inputs,
        output=output,
        records=records,
        reference_date=reference_day,
        stdin_format=stdin_format.value,
        model=model,
    )
    raise typer.Exit(code)


@app.command("schema")
def schema_cli(
    kind: Annotated[
        SchemaKind,
        typer.Option("--kind", help="output (an extract line) or gold (an annotation file)."),
    ] = SchemaKind.output,
) -> None:
    """Print the JSON Schema of the record."""
    import orjson

    from pipeline.records import json_schemas

    schemas = json_schemas()
    key = {SchemaKind.output: "OutputRecord", SchemaKind.gold: "GoldRecord"}[kind]
    typer.echo(orjson.dumps(schemas[key], option=orjson.OPT_INDENT_2).decode())


@app.command("validate")
def validate_cli(
    annotations_dir: Annotated[
        Path,
        typer.Argument(
            metavar="[ANNOTATIONS | RECORDS.jsonl]",
            help="Folder of gold files (annotations/<doc_id>.json), or a file extract wrote.",
        ),
    ] = Path("annotations"),
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Folder of the articles (corpus/<doc_id>.txt).")
    ] = Path("corpus"),
) -> None:
    """Check gold files, or an extract output file, against the contract.

    One line per problem, exit 1 if any. An output file's lines are checked against the record
    schema, and against their article's text where the line's source is a readable .txt file.
    """
    from pipeline.validation import gold_files, validate_gold, validate_output

    if annotations_dir.is_file():
        count, problems = validate_output(annotations_dir)
        for problem in problems:
            typer.echo(str(problem))
        if problems:
            typer.echo(f"launchwatch: {len(problems)} problem(s)", err=True)
            raise typer.Exit(EXIT_INPUT_FAILED)
        typer.echo(f"OK: {count} records in {annotations_dir} valid")
        raise typer.Exit(EXIT_OK)

    problems = validate_gold(annotations_dir, corpus)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        files = len({problem.file for problem in problems})
        typer.echo(f"launchwatch: {len(problems)} problem(s) in {files} file(s)", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED)
    typer.echo(f"OK: {len(gold_files(annotations_dir))} gold files in {annotations_dir} valid")
    raise typer.Exit(EXIT_OK)


@app.command("evaluate")
def evaluate_cli(
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of the articles.")] = Path(
        "corpus"
    ),
    annotations: Annotated[
        Path, typer.Option("--annotations", help="Folder of the gold files.")
    ] = Path("annotations"),
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Score this JSONL of records instead of running."),
    ] = None,
    labels: Annotated[
        str | None,
        typer.Option(
            "--labels", help="Comma-separated: ORG,MONEY,DATE,GPE,LAUNCH (events); default all."
        ),
    ] = None,
    docs: Annotated[
        str | None, typer.Option("--docs", help="Only doc_ids matching this shell pattern.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Add a row per article.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every false positive and negative.")
    ] = False,
    model: ModelOption = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", help="Also write a page: gold beside predictions, errors marked, charts."
        ),
    ] = None,
) -> None:
    """Score the pipeline, or a predictions file, against the gold files."""
    import orjson

    from pipeline.evaluation import EvaluationError, evaluate, parse_labels, print_report

    try:
        chosen = parse_labels(labels)
    except ValueError as err:
        fail_usage(f"--labels: {err}")
    if predictions is not None and not predictions.is_file():
        fail_usage(f"--predictions: {predictions}: no such file")
    scored: list[tuple[Any, dict[str, Any] | None]] | None = [] if html is not None else None
    try:
        result = evaluate(corpus, annotations, predictions, chosen, docs, model, collect=scored)
    except EvaluationError as err:
        typer.echo(f"launchwatch: error: {err}", err=True)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    if html is not None:
        from pipeline.review.evaluation_report import write_evaluation_page

        problem = write_evaluation_page(result, scored or [], html)
        if problem:
            typer.echo(f"launchwatch: error: {problem}", err=True)
            raise typer.Exit(EXIT_INPUT_FAILED)
    for problem in result["problems"]:
        typer.echo(f"launchwatch: error: {problem['line']}", err=True)
    for warning in result["warnings"]:
        typer.echo(f"launchwatch: warning: {warning['line']}", err=True)
    if as_json:
        typer.echo(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    else:
        print_report(result, per_doc=per_doc, errors=errors)
    raise typer.Exit(EXIT_INPUT_FAILED if result["problems"] else EXIT_OK)


def main() -> None:
    """Console-script entry point. Ctrl-C before a command has set up its own handling
    (while modules are still being imported, say) ends the run with one line, not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("launchwatch: interrupted by SIGINT", err=True)
        raise SystemExit(130) from None
