"""The one list of launchwatch components: factory name, module, factory function, config.

Everything that needs to know the components reads it from here: the package's registration
(``pipeline.components`` imports each module), the build order (``pipeline.build``), and the
``spacy_factories`` entry points in ``pyproject.toml`` (``tests/test_build.py`` checks that
they say the same). Adding a recogniser is its module, its rule file, its tests, one line
here and its entry-point line.

This module imports nothing heavy, so any module may read the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ComponentSpec:
    """One pipeline component: its factory, where the factory lives, its config overrides."""

    factory: str
    module: str
    function: str
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def entry_point(self) -> str:
        """The ``module:function`` value of its ``spacy_factories`` entry point."""
        return f"{self.module}:{self.function}"


COMPONENTS: tuple[ComponentSpec, ...] = (
    ComponentSpec("launchwatch_sentences", "pipeline.components.sentences", "make_sentences"),
    ComponentSpec(
        "launchwatch_reference_date", "pipeline.components.reference_date", "make_reference_date"
    ),
    ComponentSpec("launchwatch_places", "pipeline.components.places", "make_places"),
    ComponentSpec("launchwatch_orgs", "pipeline.components.orgs", "make_orgs"),
    ComponentSpec("launchwatch_money", "pipeline.components.money", "make_money"),
    ComponentSpec("launchwatch_dates", "pipeline.components.dates", "make_dates"),
    ComponentSpec("launchwatch_entities", "pipeline.components.entities", "make_entities"),
    ComponentSpec("launchwatch_launches", "pipeline.components.launches", "make_launches"),
)
"""Every component, in pipeline order."""
