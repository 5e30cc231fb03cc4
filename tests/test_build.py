"""The committed pipeline in models/ is what the build produces, and it saves and loads."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.build import build
from pipeline.extraction import DEFAULT_MODEL, InputDoc, extract_records

TEXT = (
    "SEOUL, March 4 -- Hanvale Semiconductor Co., Ltd. launched a 50 billion won "
    "($37 million) fund in Busan on Monday, the Ministry of Science and ICT said."
)


def files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_rebuild_reproduces_models_dir(tmp_path: Path) -> None:
    rebuilt = build(tmp_path / "launchwatch")
    assert files(rebuilt) == files(DEFAULT_MODEL), "run `make model` and commit models/"


def test_to_disk_round_trip_gives_the_same_records(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "copy")
    copy = spacy.load(tmp_path / "copy")
    item = [InputDoc("t", TEXT, "2024-03-06")]
    assert list(extract_records(copy, item)) == list(extract_records(nlp, item))


def test_one_component_in_a_pipeline_of_ones_own() -> None:
    own = spacy.blank("en")
    own.add_pipe("launchwatch_money")
    own.add_pipe("launchwatch_entities")
    own.initialize()  # builds the default rules
    doc = own("They raised 12 million Swiss francs.")
    assert [(e.text, e.label_, e._.amount, e._.currency) for e in doc.ents] == [
        ("12 million Swiss francs", "MONEY", 12_000_000, "CHF")
    ]


def test_spacy_load_finds_the_factories_through_entry_points(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(DEFAULT_MODEL)!r})\n"
        "doc = nlp('Acme Robotics GmbH opened a lab in Oslo.')\n"
        "print(sorted({e.label_ for e in doc.ents}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['GPE', 'ORG']"


def entry_points(group: str) -> dict[str, str]:
    """The ``[project.entry-points.<group>]`` table of pyproject.toml (simple ``k = "v"`` lines;
    read by hand because tomllib is not in Python 3.10)."""
    import re

    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    section = text.split(f"[project.entry-points.{group}]\n", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r'^"?([\w.]+)"?\s*=\s*"([^"]+)"', section, flags=re.MULTILINE))


def test_the_entry_points_are_the_one_list_of_components(nlp: Language) -> None:
    """pyproject's factories, the build order and the registration all come from one list."""
    import pipeline.components  # noqa: F401
    from pipeline.build import PIPELINE
    from pipeline.registry import COMPONENTS

    assert list(entry_points("spacy_factories").items()) == [
        (c.factory, c.entry_point) for c in COMPONENTS
    ]
    assert [factory for factory, _ in PIPELINE] == [c.factory for c in COMPONENTS]
    assert all(Language.has_factory(c.factory) for c in COMPONENTS)
    assert nlp.pipe_names == [c.factory for c in COMPONENTS]  # spacy.load of DEFAULT_MODEL
