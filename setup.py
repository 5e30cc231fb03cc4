"""Put the built rule pipeline into the wheel.

``models/launchwatch`` stays the one source of truth in the repository (``make model`` writes it,
``tests/test_build.py`` checks it); building a wheel copies it into the package as
``pipeline/model/launchwatch`` so that an installed ``launchwatch`` finds its pipeline without
the repository. Everything else about the package is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MODEL = Path(__file__).resolve().parent / "models" / "launchwatch"


class BuildWithModel(build_py):
    """``build_py`` that also copies ``models/launchwatch`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads models/launchwatch in place
        if not MODEL.is_dir():
            raise SystemExit(f"{MODEL} is missing: run `make model` before building the wheel")
        target = Path(self.build_lib) / "pipeline" / "model" / "launchwatch"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(MODEL, target)


setup(cmdclass={"build_py": BuildWithModel})
