"""Importing this package registers every launchwatch factory with spaCy."""

from pipeline import extensions as _extensions  # noqa: F401  (registers Doc/Span extensions)
from pipeline import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from pipeline.components import (  # noqa: F401
    dates,
    entities,
    launches,
    money,
    orgs,
    places,
    reference_date,
    sentences,
)
