"""The tokenizer: spaCy's English rules plus splits where a DATE or MONEY span must end."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline.extensions import doc_text
from pipeline.tokenizer import LONG_STRETCH, TextKeepingTokenizer

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("in 2019–20 alone", ["in", "2019", "–", "20", "alone"]),
        ("OSLO, May 3(Kyodo)-- Rates", ["OSLO", ",", "May", "3", "(", "Kyodo", ")", "--", "Rates"]),
        ("a post-1945 order", ["a", "post", "-", "1945", "order"]),
        ("mid-2024 and well-known", ["mid-2024", "and", "well", "-", "known"]),
        # no "m." exception: the multiplier and the sentence's stop are two tokens
        ("raised £12m.", ["raised", "£", "12", "m", "."]),
        ("at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]),
        # a year, then a sentence whose space after the stop was lost
        ("shut in 1994.The site", ["shut", "in", "1994", ".", "The", "site"]),
        # an abbreviated place before a hyphenated word: the place is a token of its own
        ("a Fla.-based chain", ["a", "Fla.", "-", "based", "chain"]),
        ("the U.S.-led talks", ["the", "U.S.", "-", "led", "talks"]),
        ("in the Jan.-March quarter", ["in", "the", "Jan.-March", "quarter"]),
        # a plus after an amount's multiplier is no part of the amount
        ("$1 billion+ deals", ["$", "1", "billion", "+", "deals"]),
        ("Rs 900 crore+ loans", ["Rs", "900", "crore", "+", "loans"]),
        ("$1 BILLION+ DEALS", ["$", "1", "BILLION", "+", "DEALS"]),
        ("a $2bn+ bid", ["a", "$", "2bn", "+", "bid"]),
        # a page's separator, and a slash between two years
        ("June 3, 2008|By Ann", ["June", "3", ",", "2008", "|", "By", "Ann"]),
        ("the 2023/24 season", ["the", "2023", "/", "24", "season"]),
        ("the 2019/2020 budget", ["the", "2019", "/", "2020", "budget"]),
        # a tilde for "about" before an amount or a number is no part of it
        ("sales of ~€94.7M grew", ["sales", "of", "~", "€", "94.7", "M", "grew"]),
        ("some ~25 staff", ["some", "~", "25", "staff"]),
        # a dash after an abbreviation's full stop, between words
        ("Kelvo Inc.—today said", ["Kelvo", "Inc.", "—", "today", "said"]),
        # negatives: a tilde after a word stays on it; a dash after a stop before a number
        ("x~ and Jan.—2024", ["x~", "and", "Jan.—2024"]),
        # negatives: numeric dates, fractions and round-the-clock stay whole
        ("on 12/05/2023 at", ["on", "12/05/2023", "at"]),
        ("open 24/7 at 1/2 price", ["open", "24/7", "at", "1/2", "price"]),
        # negatives: a plus in a name stays in it
        ("C++ and Disney+ grew", ["C++", "and", "Disney+", "grew"]),
        # negatives: decimals, numbered forms and initials stay whole
        ("version 3.5 ships", ["version", "3.5", "ships"]),
        ("see No.7 now", ["see", "No.7", "now"]),
        ("grade 4.B pupils", ["grade", "4.B", "pupils"]),
    ],
)
def test_extra_splits(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_the_doc_keeps_its_text(nlp) -> None:
    text = "Zero\u200bwidth  and\r\nCRLF stay."
    doc = nlp.make_doc(text)
    assert doc_text(doc) == text == doc.text


# -- linear time on runs of prefix and suffix characters (issue 12, item 2) ---------------------

RUNS = ["$", "(", ")", '"', "!", "🚀", "👩\u200d👧", "$(", "?!", "(x)"]


def _tokenize_seconds(nlp: Language, text: str) -> float:
    """CPU seconds of this process, the best of two runs: a complexity check, so the time other
    processes take on a loaded machine must not count (wall time did, once)."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        doc = nlp.make_doc(text)
        best = min(best, time.process_time() - started)
    assert doc.text == text and doc_text(doc) == text
    assert [t.idx for t in doc] == sorted(t.idx for t in doc)
    return best


@pytest.mark.parametrize("run", RUNS)
def test_runs_of_affix_characters_take_linear_time(nlp: Language, run: str) -> None:
    """16 KB of ``$`` took 40 s (quadratic); now 16k and 64k repetitions take milliseconds,
    and four times the text takes about four times as long, not sixteen."""
    small = _tokenize_seconds(nlp, run * 16_000)
    large = _tokenize_seconds(nlp, run * 64_000)
    assert small < 2
    assert large < 8 * small + 0.5


def test_nested_parentheses(nlp: Language) -> None:
    nested = "(" * 100_000 + "x" + ")" * 100_000
    assert _tokenize_seconds(nlp, nested) < 5
    assert len(nlp.make_doc(nested)) == 200_001


@pytest.mark.skipif(
    os.environ.get("HYPOTHESIS_PROFILE") != "fuzz", reason="a few seconds; `make fuzz` runs it"
)
def test_a_megabyte_of_dollars(nlp: Language) -> None:
    assert _tokenize_seconds(nlp, "$" * 1_000_000) < 30  # was past 300 s


def test_tokens_of_ordinary_text_are_spacys(nlp: Language) -> None:
    """The windowed searches and the long-stretch pieces change no token of ordinary text:
    every corpus article, and words up to LONG_STRETCH characters, tokenise exactly as the
    unbounded spaCy tokenizer (rebuilt from the saved rules) does."""
    plain = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    texts = [path.read_text(encoding="utf-8-sig") for path in sorted(CORPUS.glob("*.txt"))]
    texts += [
        "See https://example.com/" + "a" * 150 + '?q=1, ("quoted")!',
        "$" * 60 + " and " + "!" * 60 + " and (" + "x" * (LONG_STRETCH - 2) + ")",
        "U.S.-based $5.3bn (€4.9bn) deal... “Really?!” she said—twice.",
    ]
    for text in texts:
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in plain(text)]
        assert [t.whitespace_ for t in nlp.make_doc(text)] == [t.whitespace_ for t in plain(text)]


def test_saving_the_tokenizer_writes_spacys_bytes(nlp: Language) -> None:
    plain = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    assert plain.to_bytes() == nlp.tokenizer.to_bytes()


# -- special cases that change no token (they only turned spaCy's cache off) -----------------

ONE_CHARACTER_SAMPLES = [
    "Marlow Tiles opens a depot\nThe depot in Brackwell opens on Monday.\n\nIt employs 40.",
    "Two  spaces, a\ttab and\t\ttwo, then\n  an indented line.",
    "Fenwick Cables — a cable maker — said ‘yes’ and 'no' (—) in 2025 — twice.",
    " a leading space",
    "— a leading dash",
    "’ a leading quote\n’",
    "Kelvo Inc.\nKelvo Inc. — U.S. unit\t’s",
]


def test_special_cases_that_keep_one_character_are_dropped(nlp: Language) -> None:
    """spaCy's line break, tab, space, em dash and quote cases give the one token a single
    character gives anyway; a case that sets a NORM, or spans more characters, stays."""
    from spacy.lang.en import English

    from pipeline.tokenizer import one_character_cases

    found = one_character_cases(English().tokenizer.rules)
    assert {"\n", "\t", " ", "—", "’", "'"} <= found
    assert "\xa0" not in found and "Inc." not in found and "’s" not in found
    assert not found & set(nlp.tokenizer.rules)
    assert {"\xa0", "Inc.", "’s", "a.m."} <= set(nlp.tokenizer.rules)


def test_dropping_the_one_character_cases_changes_no_token(nlp: Language) -> None:
    """The same tokens, spaces and norms as a tokenizer that has the cases back, and the
    same sentences once the sentence splitter has run."""
    from spacy.lang.en import English

    from pipeline.tokenizer import one_character_cases

    spacys = English().tokenizer.rules
    restored = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    for chunk in sorted(one_character_cases(spacys)):
        restored.add_special_case(chunk, spacys[chunk])
    splitter = nlp.get_pipe("launchwatch_sentences")
    for text in ONE_CHARACTER_SAMPLES:
        ours, theirs = nlp.make_doc(text), restored(text)
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in ours] == [
            (t.text, t.idx, t.whitespace_, t.norm_) for t in theirs
        ]
        theirs.user_data.update(ours.user_data)  # the text the tokenizer keeps
        ours, theirs = splitter(ours), splitter(theirs)
        assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]


# -- gated affix searches: spaCy's matches, found faster ------------------------------------

GATE_SAMPLES = [
    "orbit.", "5km", "20%", "10$", "US$", "3.5mph", "x...", "'s", "Acme's", "Acme’S", "°C.",
    "U.S.", "well-known", "2019–20", "3(Kyodo", "post-1945", "a/b", "x:y", "(x)", "“Really?!”",
    "m²", "9kg.", "km", "x\n", ".\n", "\xa0\n\n", "--", "a--b", "a—b", "1+2", "🚀!", "", "a",
    "billion+", "BILLION+", "crore+", "2bn+", "5m+", "C++", "Disney+", "2008|By", "2023/24",
    "12/05/2023", "~€94.7M", "~25", "Inc.—today",
]


def test_gated_affix_regexes_find_what_spacys_find(nlp: Language) -> None:
    """The lookahead in front of the affix regexes changes no match: every word of the corpus
    and a set of affix cases give the same spans as spaCy's own regexes."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from pipeline.tokenizer import (
        EXTRA_INFIXES,
        EXTRA_PREFIXES,
        EXTRA_SUFFIXES,
        gated_infixes,
        gated_prefixes,
        gated_suffixes,
    )

    defaults = nlp.Defaults
    infixes = [*defaults.infixes, *EXTRA_INFIXES]
    suffixes = [*defaults.suffixes, *EXTRA_SUFFIXES]
    prefixes = [*defaults.prefixes, *EXTRA_PREFIXES]
    assert gated_infixes(infixes).startswith("(?=")  # every gate could be read off
    assert gated_suffixes(suffixes).startswith("(?=")
    assert gated_prefixes(prefixes).startswith("^(?=")
    spacy_prefix, gated_prefix = (
        re.compile(p) for p in (compile_prefix_regex(prefixes).pattern, gated_prefixes(prefixes))
    )
    spacy_infix, gated_infix = (
        re.compile(p) for p in (compile_infix_regex(infixes).pattern, gated_infixes(infixes))
    )
    spacy_suffix, gated_suffix = (
        re.compile(p) for p in (compile_suffix_regex(suffixes).pattern, gated_suffixes(suffixes))
    )
    words = {w for path in CORPUS.glob("*.txt") for w in path.read_text("utf-8").split()}
    for word in sorted(words) + GATE_SAMPLES:
        for part in (word, word[1:], word[:-1]):
            for spacys, gated in ((spacy_suffix, gated_suffix), (spacy_prefix, gated_prefix)):
                found, found_gated = spacys.search(part), gated.search(part)
                assert (found and found.span()) == (found_gated and found_gated.span()), part
            assert [m.span() for m in spacy_infix.finditer(part)] == [
                m.span() for m in gated_infix.finditer(part)
            ], part
    # the built pipeline searches with the gated regexes
    assert nlp.tokenizer.suffix_search.__self__.pattern == gated_suffixes(suffixes)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == gated_infixes(infixes)
    assert nlp.tokenizer.prefix_search.__self__.pattern == gated_prefixes(prefixes)


def test_a_class_of_first_characters() -> None:
    from pipeline.tokenizer import first_character_class

    assert first_character_class(r"(?<=[0-9])(?:km|m²|\$)") == r"[km\$]"
    assert first_character_class(r"\.\.+|…") == r"[\.…]"
    assert first_character_class(r"a?b") is None  # a match may start with "b"
    assert first_character_class(r"\w+") is None
    assert first_character_class(r"(?i:x)") is None
    assert first_character_class(r"(?<=a)$") is None  # an empty match


def test_a_year_before_a_lost_space_is_a_date(run) -> None:
    """The year keeps its DATE when the next sentence follows its stop without a space."""
    doc = run("Brontal Mills opened its first plant in 1994.The site closed in 2009.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "DATE"] == [
        ("1994", "DATE"),
        ("2009", "DATE"),
    ]


def test_an_amount_after_a_tilde_or_a_dash_after_an_abbreviation(run) -> None:
    """The tilde and the dash split off, the MONEY and DATE spans start and end on a token."""
    doc = run("Kelvo Inc.—today said revenue was ~€94.7M, up from ~$80 million.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("MONEY", "DATE")] == [
        ("today", "DATE"),
        ("€94.7M", "MONEY"),
        ("$80 million", "MONEY"),
    ]


# -- spaCy's word cache, kept on after a text's first special case -----------------------------

CACHE_SAMPLES = [
    "Quarnby Plastics Inc. said on Tuesday that its Ellerholt plant, idle since March, reopens.",
    "Mr. Ostrava didn't say; Dr. Pellow said the Feb. 3 vote can't wait for Tarnvik-Corp. staff.",
]


def _counting_tokenizer(nlp: Language) -> tuple[TextKeepingTokenizer, list[str]]:
    """The pipeline's tokenizer rebuilt from its bytes and wrapped, with a suffix search that
    records what it is asked (spaCy calls it for each word it splits, never for a cached one)."""
    plain = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    search, calls = plain.suffix_search, []

    def counting(string: str) -> re.Match[str] | None:
        calls.append(string)
        return search(string)

    plain.suffix_search = counting  # before wrapping: setting it empties spaCy's cache
    return TextKeepingTokenizer(plain), calls


def test_words_after_a_special_case_are_cached(nlp: Language) -> None:
    """The second time a text is tokenised, no word is split again: the words after "Inc."
    or "Mr." too come from the cache (spaCy alone caches none of them). The tokens are the
    ones the tokenizer makes without warming."""
    wrapped, calls = _counting_tokenizer(nlp)
    reference = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    for text in CACHE_SAMPLES:
        first = [(t.text, t.idx, t.whitespace_, t.norm_) for t in wrapped(text)]
        calls.clear()
        second = [(t.text, t.idx, t.whitespace_, t.norm_) for t in wrapped(text)]
        assert calls == []
        expected = [(t.text, t.idx, t.whitespace_, t.norm_) for t in reference(text)]
        assert first == second == expected


@pytest.mark.parametrize(
    ("word", "meets"),
    [
        ("Inc.", True),
        ("(Inc.)", True),
        ("Corp.,", True),
        ("didn't", True),
        ("\"can't", True),
        # negatives: a stop split off, a possessive split off, a word holding a case's letters
        ("said.", False),
        ("Brambleton's", False),
        ("will", False),
        ("Corp", False),
        # the stop after a hyphenated word is split off first; only the later pass over the
        # tokens joins "Corp" and "." again, and that pass turns no flag on
        ("Tarnvik-Corp.", False),
    ],
)
def test_which_words_meet_a_special_case(nlp: Language, word: str, meets: bool) -> None:
    assert nlp.tokenizer._warmer.meets_special_case(word) is meets


def test_the_loaded_tokenizer_caches_more_words(nlp: Language) -> None:
    """spaCy's default of 10,000 words fills within the first articles once they are warmed."""
    from pipeline.tokenizer import CACHED_WORDS

    assert nlp.tokenizer.max_cache_size == CACHED_WORDS > 10_000
