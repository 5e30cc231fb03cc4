"""Every module imports on its own, in a fresh interpreter: a spaCy user may import one rule
module (``pipeline.orgs.mentions``) before anything else. ``pipeline.components`` imports every
component when it is first imported, so a rule module that imported from it closed a cycle
back to itself; the helpers those modules need live outside the package
(``pipeline.candidates``, ``pipeline.phrase_patterns``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

ROOT_IMPORTS = [
    # the first rule module of each former cycle: word lists (phrase patterns; ``cues`` and
    # ``described`` reached it too) and mentions (candidate ranges)
    "pipeline.orgs.word_lists",
    "pipeline.orgs.mentions",
]


@pytest.mark.parametrize("module", ROOT_IMPORTS)
def test_a_rule_module_imports_first(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr.strip().splitlines()[-1:]
