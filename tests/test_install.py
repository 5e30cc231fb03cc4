"""Both packages install and run outside the repository (issue 13).

Builds the ``launchwatch`` wheel (which carries the built pipeline) and the ``en_launchwatch``
pipeline package, installs them into a fresh virtual environment and runs them from a temporary
folder. The new environment borrows the dependencies (spaCy and the rest, and pip) from the one
running the tests through a ``.pth`` line, so nothing but the build backend comes from the
network; the two wheels themselves are installed with ``--no-index``. Marked ``slow`` (about
20 s) but part of the default run, so ``make test`` and CI run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pipeline import __version__
from pipeline.build import package

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with both wheels installed; returns its ``bin`` folder."""
    root = tmp_path_factory.mktemp("install")
    dist = root / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, ROOT)
    package(dist)
    venv = root / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)  # the .pth line below lends pip
    python = venv / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    deps = sysconfig.get_paths()["purelib"]
    (Path(purelib.stdout.strip()) / "zz_launchwatch_deps.pth").write_text(deps + "\n")
    wheels = sorted(dist.glob("*.whl"))
    assert {w.name.split("-")[0] for w in wheels} == {"launchwatch", "en_launchwatch"}
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", *wheels)
    return venv / "bin"


def test_extract_runs_from_any_folder(installed: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "BEIJING, May 3, 2024 (Xinhua) -- Huawei launched a 1 billion yuan fund in Shenzhen.\n"
    )
    result = run(installed / "launchwatch", "extract", "a.txt", cwd=tmp_path)
    record = json.loads(result.stdout)
    labels = {e["label"] for e in record["entities"]}
    assert {"ORG", "MONEY", "DATE", "GPE"} <= labels
    assert [e["trigger"]["text"] for e in record["events"]] == ["launched"]
    code = "import pipeline; print(pipeline.__file__)"
    where = run(installed / "python", "-c", code, cwd=tmp_path)
    assert not where.stdout.strip().startswith(str(ROOT)), "the test ran the repository's code"


def test_version(installed: Path, tmp_path: Path) -> None:
    result = run(installed / "launchwatch", "--version", cwd=tmp_path)
    assert result.stdout.strip() == f"launchwatch {__version__}"


def test_spacy_load_by_name(installed: Path, tmp_path: Path) -> None:
    text = "BEIJING, May 3, 2024 (Xinhua) -- Huawei launched a fund in Shenzhen."
    code = (
        "import spacy\n"
        "nlp = spacy.load('en_launchwatch')\n"
        f"doc = nlp({text!r})\n"
        "print(nlp.meta['name'], ' '.join(e.label_ for e in doc.ents), len(doc._.events))\n"
    )
    result = run(installed / "python", "-c", code, cwd=tmp_path)
    assert result.stdout.split() == ["launchwatch", "GPE", "DATE", "ORG", "ORG", "GPE", "1"]
