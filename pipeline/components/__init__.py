"""Importing this package registers every launchwatch factory with spaCy."""

from pipeline import extensions as _extensions  # noqa: F401  (registers Doc/Span extensions)
from pipeline.components import entities, money, orgs, places, sentences  # noqa: F401
