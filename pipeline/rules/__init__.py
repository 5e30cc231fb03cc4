"""Hand-curated rule files, read when rule data is built (see ``pipeline.library_data``)."""

from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent


def rule_file(name: str) -> Path:
    return RULES_DIR / name
