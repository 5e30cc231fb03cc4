"""The SEC company gazetteer: names as news writes them, and everyday words need evidence.

The sentences are invented; the company names are real entries of the SEC tickers list.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline import name_sources


def orgs(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("edgar", "news"),
    [
        ("PROCTER & GAMBLE Co", "Procter & Gamble Co"),
        ("MVB FINANCIAL CORP", "MVB Financial Corp"),
        ("CANADIAN IMPERIAL BANK OF COMMERCE", "Canadian Imperial Bank of Commerce"),
        ("Ferguson Enterprises Inc. /DE/", "Ferguson Enterprises Inc."),
        ("BeOne Medicines Ltd.", "BeOne Medicines Ltd."),
    ],
)
def test_edgar_names_are_written_as_news_writes_them(edgar: str, news: str) -> None:
    assert name_sources._news_company(edgar) == news


@pytest.mark.parametrize(
    "edgar",
    [
        "Nuveen AMT-Free Quality Municipal Income Fund",  # a fund series
        "PIMCO Dynamic Income Opportunities Fund",
        "Perimeter Acquisition Corp. I",  # a SPAC shell
        "STARRY SEA ACQUISITION CORP",
        "Holdings Inc.",  # nothing but generic words
        "Global Capital Group Ltd",
        "X Inc.",  # a single letter
    ],
)
def test_what_news_does_not_write_as_a_company_is_dropped(edgar: str) -> None:
    assert name_sources._news_company(edgar) is None


def test_real_estate_trusts_and_banks_named_trust_stay() -> None:
    assert name_sources._news_company("NORTHERN TRUST CORP") == "Northern Trust Corp"


@pytest.mark.parametrize(
    ("base", "short"),
    [
        ("Palantir Technologies", "Palantir"),
        ("Garmin International", "Garmin"),
        ("Alaska Air Group", "Alaska Air"),
        ("Duluth Holdings", None),  # a town
        ("American Holdings", None),  # a frequent word
        ("Dave Group", None),  # a first name
        ("Texas Instruments", None),  # nothing generic to leave out
    ],
)
def test_short_forms_leave_out_generic_tail_words(base: str, short: str | None) -> None:
    assert name_sources._short_form(base) == short


def test_acronyms_that_spell_frequent_words_are_ambiguous() -> None:
    assert name_sources.everyday_names(["NICE", "IBM", "Qualcomm", "Target"]) == [
        "NICE",
        "Target",
    ]


def test_the_sec_list_is_read_at_build_time() -> None:
    names = name_sources.listed_companies()
    assert {"Qualcomm", "Garmin", "Estee Lauder"} <= names
    assert not any("Municipal Income Fund" in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Garmin said on Tuesday it would cut 500 jobs.",
        "Bunge said it would buy a grain terminal.",
    ],
)
def test_a_distinctive_company_name_needs_no_cue(nlp: Language, text: str) -> None:
    assert orgs(nlp, text) == [text.split()[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Target rose 3 percent on Tuesday.", ["Target"]),
        ("Target practice resumed on Monday.", []),
        ("Gap shares fell 4 percent after the retailer cut its forecast.", ["Gap"]),
        ("Gap year students travelled to Peru.", []),
        ("NICE WIN FOR THE HOME SIDE", []),
    ],
)
def test_an_everyday_word_company_needs_evidence(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert orgs(nlp, text) == expected


def test_fund_series_are_not_organisations_from_the_list(nlp: Language) -> None:
    assert orgs(nlp, "Nuveen Municipal Credit Income Fund paid a dividend.") == []


def test_names_written_with_a_comma_keep_their_base_form() -> None:
    assert name_sources._name_forms("RadNet, Inc.", with_legal_form=False) == {"RadNet"}


def test_a_one_word_company_after_a_number_is_a_unit(nlp: Language) -> None:
    text = "Temperatures reached 4.0 Celsius on Monday, the weather service said."
    assert orgs(nlp, text) == []


def test_building_without_the_build_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.metadata

    def missing(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", missing)
    with pytest.raises(RuntimeError, match=r"\.\[build\]"):
        name_sources.sec_company_names.__wrapped__()


def test_short_capitals_from_the_sec_list_are_not_names() -> None:
    assert name_sources._ticker_like("NFT") and not name_sources._ticker_like("NIKE")
    assert "NFT" not in name_sources.listed_companies()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The NFT market cooled.", []),
        ("A loan from Lakeview National Bank was repaid.", ["Lakeview National Bank"]),
    ],
)
def test_listed_names_inside_other_names(nlp: Language, text: str, expected: list[str]) -> None:
    assert orgs(nlp, text) == expected
