"""Build ``models/launchwatch``: the rule pipeline, its config and its data, written by spaCy.

The curated rule files in ``pipeline/rules/`` and the libraries' data (see
``pipeline.library_data``) are read here once; the result is a plain spaCy pipeline directory
that ``spacy.load`` reads without any of the build-time work. ``make model`` runs this, and
``tests/test_build.py`` checks that a rebuild reproduces the committed files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.extraction import REPOSITORY_MODEL
from pipeline.registry import COMPONENTS

PIPELINE: list[tuple[str, dict[str, Any]]] = [(c.factory, c.config) for c in COMPONENTS]
"""Component factories in pipeline order, with their config overrides (``pipeline.registry``)."""

TOKENIZER = "launchwatch.tokenizer.v1"


def build(output: Path = REPOSITORY_MODEL) -> Path:
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


PACKAGE_NAME = "launchwatch"
"""``spacy package`` prefixes the language: the pipeline package is ``en_launchwatch``."""


def package(
    dist: Path = Path("dist"), model: Path = REPOSITORY_MODEL, work: Path | None = None
) -> Path:
    """Build the ``en_launchwatch`` wheel into ``dist`` and return its path.

    ``spacy package`` writes the package source (the pipeline's data and a loader that calls
    ``spacy.load`` on it); its meta requires this version of ``launchwatch``, whose entry points
    give spaCy the factories, so ``spacy.load("en_launchwatch")`` needs no import first. The
    wheel is built with ``pip wheel`` (PyPI's setuptools in an isolated build environment), so
    neither ``build`` nor ``wheel`` has to be installed.
    """
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lw-package-", dir=work) as tmp:
        meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
        meta["requirements"] = [f"launchwatch=={__version__}"]
        meta_path = Path(tmp) / "meta.json"
        meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
        source = Path(tmp) / "source"
        source.mkdir()
        run = [sys.executable, "-m", "spacy", "package", str(model), str(source)]
        options = ["--name", PACKAGE_NAME, "--version", __version__, "--meta", str(meta_path)]
        subprocess.run([*run, *options, "--build", "none", "--force"], check=True)
        (folder,) = source.iterdir()
        wheel_dir = Path(tmp) / "wheel"
        pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheel_dir)]
        subprocess.run([*pip, str(folder)], check=True)
        (wheel,) = wheel_dir.glob("*.whl")
        target = dist / wheel.name
        shutil.copyfile(wheel, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=REPOSITORY_MODEL)
    parser.add_argument(
        "--package",
        type=Path,
        metavar="DIST",
        help="instead of building, package the built pipeline as en_launchwatch into DIST",
    )
    args = parser.parse_args()
    if args.package is not None:
        print(f"built {package(args.package, args.output)}")
    else:
        print(f"built {build(args.output)}")


if __name__ == "__main__":
    main()
