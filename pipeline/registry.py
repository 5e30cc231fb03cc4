"""The one list of launchwatch components: factory name, module, factory function, config.

Everything that needs to know the components reads it from here: the package's registration
(``pipeline.components`` imports each module), the build order (``pipeline.build``), and the
``spacy_factories`` entry points in ``pyproject.toml`` (``tests/test_build.py`` checks that
they say the same), and the list of rule files with their models (``pipeline.rules.schema``).
Adding a recogniser is its module, its rule file, its tests, one entry here and its
entry-point line.

This module imports nothing heavy, so any module may read the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ComponentSpec:
    """One pipeline component: its factory, where the factory lives, its rule file and the
    model (``module:Class``) that checks it, and its config overrides."""

    factory: str
    module: str
    function: str
    rule_file: str | None = None
    rule_model: str | None = None
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def entry_point(self) -> str:
        """The ``module:function`` value of its ``spacy_factories`` entry point."""
        return f"{self.module}:{self.function}"


_COMPONENTS = "pipeline.components"
_SCHEMA = "pipeline.rules.schema"

COMPONENTS: tuple[ComponentSpec, ...] = (
    ComponentSpec("launchwatch_sentences", f"{_COMPONENTS}.sentences", "make_sentences"),
    ComponentSpec(
        "launchwatch_reference_date", f"{_COMPONENTS}.reference_date", "make_reference_date"
    ),
    ComponentSpec(
        "launchwatch_places", f"{_COMPONENTS}.places", "make_places",
        "places.json", f"{_SCHEMA}:PlaceRules",
    ),
    ComponentSpec(
        "launchwatch_orgs", "pipeline.orgs.component", "make_orgs",
        "orgs.json", f"{_SCHEMA}:OrgRules",
    ),
    ComponentSpec(
        "launchwatch_money", f"{_COMPONENTS}.money", "make_money",
        "money.json", f"{_SCHEMA}:MoneyRules",
    ),
    ComponentSpec(
        "launchwatch_dates", f"{_COMPONENTS}.dates", "make_dates",
        "dates.json", "pipeline.temporal:DateRules",
    ),
    ComponentSpec("launchwatch_entities", f"{_COMPONENTS}.entities", "make_entities"),
    ComponentSpec(
        "launchwatch_launches", "pipeline.launches.component", "make_launches",
        "launches.json", "pipeline.launches.lexicon:LaunchRules",
    ),
)  # fmt: skip
"""Every component, in pipeline order (the reference-date finder reads part of dates.json)."""
