"""Build ``models/launchwatch``: the rule pipeline, its config and its data, written by spaCy.

The curated rule files in ``pipeline/rules/`` and the libraries' data (see
``pipeline.library_data``) are read here once; the result is a plain spaCy pipeline directory
that ``spacy.load`` reads without any of the build-time work. ``make model`` runs this, and
``tests/test_build.py`` checks that a rebuild reproduces the committed files.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.extraction import DEFAULT_MODEL
from pipeline.registry import COMPONENTS

PIPELINE: list[tuple[str, dict[str, Any]]] = [(c.factory, c.config) for c in COMPONENTS]
"""Component factories in pipeline order, with their config overrides (``pipeline.registry``)."""

TOKENIZER = "launchwatch.tokenizer.v1"


def build(output: Path = DEFAULT_MODEL) -> Path:
    """Assemble, initialise and save the pipeline to ``output`` (replacing what was there)."""
    import spacy

    import pipeline.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.meta.update(
        {
            "name": "launchwatch",
            "version": __version__,
            "description": "Rule pipeline: ORG, MONEY, DATE, GPE entities and LAUNCH events.",
            "license": "MIT",
        }
    )
    for factory, config in PIPELINE:
        nlp.add_pipe(factory, config=config)
    nlp.initialize()
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=output.parent))
    try:
        nlp.to_disk(staging, exclude=["vocab"])
        if output.exists():
            shutil.rmtree(output)
        staging.rename(output)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args()
    print(f"built {build(args.output)}")


if __name__ == "__main__":
    main()
