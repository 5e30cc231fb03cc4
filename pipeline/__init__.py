"""launchwatch: rule-based extraction of organisations, money, dates, places and LAUNCH events.

Importing this package is cheap (no spaCy import), so the command line starts fast.
``pipeline.components`` registers the spaCy factories; spaCy also finds them through the
``spacy_factories`` entry points, so ``spacy.load("models/launchwatch")`` works without an import.
"""

__version__ = "0.1.0"
