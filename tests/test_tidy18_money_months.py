"""MONEY knows the months of ``dates.json``: a day after one is no amount's lower end."""

from __future__ import annotations

import orjson

from pipeline.components.dates import RULES_PATH
from tests.conftest import ents


def test_the_money_months_are_the_date_rules_months(nlp) -> None:
    dates = orjson.loads(RULES_PATH.read_bytes())
    abbreviations = set(dates["month_abbreviations"])
    expected = set(dates["months"]) | abbreviations | {f"{word}." for word in abbreviations}
    assert set(nlp.get_pipe("launchwatch_money").data["day_month_words"]) == expected


def test_a_day_after_an_abbreviated_month_is_no_lower_end(run) -> None:
    doc = run("Net profit in the year to Nov 30 to 12 mln dlrs was flat at Vellmar.")
    assert ents(doc, "MONEY") == ["12 mln dlrs"] and ents(doc, "DATE") == ["Nov 30"]
