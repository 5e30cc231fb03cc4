"""Property tests: arbitrary text never crashes extraction and spans keep the invariants.

`make fuzz` runs the same properties with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extraction import InputDoc, extract_records
from tests.test_records import check_invariants

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

NEWSY = st.lists(
    st.sampled_from(
        [
            "Nanjing",
            "University",
            "of",
            "Ministry",
            "Co.,",
            "Ltd.",
            "(",
            ")",
            "NUIST",
            "$",
            "5bn",
            "yuan",
            "billion",
            "€",
            "May",
            "22",
            "2024",
            "last",
            "year",
            "Monday",
            "launched",
            "the",
            "platform",
            "\n",
            ".",
            ",",
            "Q3",
            "H1",
            "mid-2024",
            "Rs",
            "crore",
            "¥",
            "‘",
            "’s",
            "District",
            "City",
            "and",
            "&",
            "-",
            "established",
            "newly",
            "will",
            "by",
        ]
    ),
    max_size=40,
).map(" ".join)


@given(text=st.text(max_size=300) | NEWSY, reference=st.sampled_from([None, "2024-02-29"]))
def test_extraction_never_crashes_and_spans_hold(nlp, text: str, reference: str | None) -> None:
    (record,) = extract_records(nlp, [InputDoc("h", text, reference)])
    check_invariants(record, text)
