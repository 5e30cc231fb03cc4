"""Importing this package registers every launchwatch factory with spaCy.

The modules come from the one list of components, ``pipeline.registry.COMPONENTS``.
"""

from importlib import import_module

from pipeline import extensions as _extensions  # noqa: F401  (registers Doc/Span extensions)
from pipeline import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from pipeline.registry import COMPONENTS

for _spec in COMPONENTS:
    import_module(_spec.module)
