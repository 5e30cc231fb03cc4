"""What makes loading the pipeline cheap gives exactly what the slow way gave.

The tokenizer is built once with its final settings (not spaCy's default and then five changes,
each loading every special case again).
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.util import registry

from pipeline.tokenizer import (
    CACHED_WORDS,
    DROPPED_SPECIAL_CASES,
    EXTRA_INFIXES,
    EXTRA_PREFIXES,
    EXTRA_SUFFIXES,
    create_tokenizer,
    gated_infixes,
    gated_prefixes,
    gated_suffixes,
    one_character_cases,
)

TEXT = (
    "TARNWICK, Feb. 24 (Coast Wire) -- Vellmar Robotics Inc. launched a $12m. lab in the "
    "City of Oldvale, Mich., on Monday; the U.S.-led fund (about ~€94.7M) opened in 2023/24."
)
"""Special cases ("Feb.", "Inc.", "U.S.", the dropped "m."), affixes and the extra splits."""


def slow_tokenizer(nlp: Language):
    """The tokenizer as it was made before: spaCy's default, then each setting changed."""
    tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
    prefixes = [*nlp.Defaults.prefixes, *EXTRA_PREFIXES]
    infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES]
    suffixes = [*nlp.Defaults.suffixes, *EXTRA_SUFFIXES]
    tokenizer.prefix_search = re.compile(gated_prefixes(prefixes)).search
    tokenizer.infix_finditer = re.compile(gated_infixes(infixes)).finditer
    tokenizer.suffix_search = re.compile(gated_suffixes(suffixes)).search
    rules = tokenizer.rules or {}
    dropped = {*DROPPED_SPECIAL_CASES, *one_character_cases(rules)}
    tokenizer.rules = {k: v for k, v in rules.items() if k not in dropped}
    tokenizer.max_cache_size = CACHED_WORDS
    return tokenizer


def test_the_tokenizer_is_the_one_built_step_by_step() -> None:
    made = create_tokenizer()(spacy.blank("en")).tokenizer
    slow = slow_tokenizer(spacy.blank("en"))
    assert made.to_bytes() == slow.to_bytes()
    assert (made.max_cache_size, made.faster_heuristics) == (CACHED_WORDS, True)
    for text in (TEXT, "raised £12m.\n\nDon't  go\t(now)!", "Kelvo Inc.—today 1,20,000"):
        assert [(t.text, t.whitespace_, t.norm_) for t in made(text)] == [
            (t.text, t.whitespace_, t.norm_) for t in slow(text)
        ]
