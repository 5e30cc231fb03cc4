"""Reference date from the article itself: a dateline or date line at the top of the text.

Relative dates ("Monday", "last year") need the publication date R. Inputs usually carry it
(``doc._.ref_date`` set, source ``"input"``); when they do not, this component looks
for a full date in the article's first lines and sets R with source ``"dateline"``. It runs
before the date recogniser.

What counts, within the first ``max_lines`` non-empty lines and ``max_chars`` characters:

- a date after a label ("Published 2024-01-19", "date 2024-01-19", "Updated: Jan. 19, 2024");
- a date that starts a line ("January 19, 2024", "19 Jan 2024 08:30 GMT");
- a date after a place in a dateline ("BEIJING, Nov. 3, 2023 (Xinhua) --");
- a date that ends a short line ("By Jane Doe | Jan. 19, 2024").

Only a full date (year, month and day) is used. A dateline without a year ("BEIJING,
Nov. 3 (Xinhua) --") is deliberately ignored: its year could only be guessed (from the
crawl date, or from a year mentioned in the body, which is often the year of an event, not
of publication), and a wrong R silently shifts every relative date in the article, while
no R leaves them ``null``, which the contract allows.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleComponent, RuleData
from pipeline.components.dates import load_date_rules
from pipeline.datelines import DATELINE_LEAD
from pipeline.extensions import doc_text
from pipeline.temporal import (
    ReferenceDateRules,
    calendar_date,
    phrase_alternation,
    validate_rules,
)

logger = logging.getLogger(__name__)

_DATA_KEYS = ("months", "month_abbreviations", "weekdays", "dateline")

_TIME_TAIL = re.compile(
    r"^\s*(?:[,|·•/-]\s*)?(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?)?\s*[|·•)]?\s*$",
    re.IGNORECASE,
)
_LINE_LEAD = re.compile(r"^[\s\"“'‘(\[•*#>|-]*$")


class ReferenceDateFinder(RuleComponent):
    """Sets R (``doc._.ref_date``, a ``date``) from a dateline when the input gave none."""

    data_file = "reference_date.json"

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.rules: ReferenceDateRules | None = None
        self._date_re: re.Pattern[str] | None = None
        self._year_re: re.Pattern[str] | None = None
        self._label_re: re.Pattern[str] | None = None

    def default_data(self) -> RuleData:
        data = load_date_rules()
        return {key: data[key] for key in _DATA_KEYS}

    def compile(self, data: RuleData) -> None:
        rules = validate_rules(ReferenceDateRules, data, "reference date rule data")
        self.rules = rules
        self.month_numbers = {k.lower(): v for k, v in rules.months.items()}
        self.month_numbers.update({k.lower(): v for k, v in rules.month_abbreviations.items()})
        names = list(rules.months) + list(rules.month_abbreviations)
        months = rf"(?i:{phrase_alternation(names)})\.?(?!\w)"
        weekdays = list(rules.weekdays) + rules.dateline.weekday_abbreviations
        weekday = rf"(?:(?i:{phrase_alternation(weekdays)})\.?,?\s+)?"
        day = r"3[01]|[12]\d|0?[1-9]"
        suffix = r"(?:st|nd|rd|th)?"
        year = r"(?:19|20)\d\d"
        # Every date form ends in a year, so a line without one needs no date regex: the
        # regex tries each name at every offset and costs far more than this scan.
        self._year_re = re.compile(year)
        # Every date starts with a digit or the first letter of a month or weekday name: a
        # lookahead on that one character spares the name alternations at every other offset
        # (half the regex's time on the dateline window), matching the same dates.
        letters = sorted({name[0].lower() for name in [*names, *weekdays]})
        first = rf"(?=\d|(?i:[{re.escape(''.join(letters))}]))"
        self._date_re = re.compile(
            # 2024-01-19; 19.01.2024 (day first); January 19, 2024; 19 Jan 2024
            rf"{first}(?:"
            rf"(?<![\w/.-])(?P<iso_y>{year})(?P<sep>[-/.])(?P<iso_m>0?[1-9]|1[0-2])"
            rf"(?P=sep)(?P<iso_d>{day})(?![\d/]|[-.]\d)"
            rf"|(?<![\w/.-])(?P<dot_d>{day})\.(?P<dot_m>0?[1-9]|1[0-2])\.(?P<dot_y>{year})(?![\d.])"
            rf"|{weekday}(?P<md_m>{months})\s*(?P<md_d>{day}){suffix},?\s+(?P<md_y>{year})(?!\d)"
            rf"|{weekday}(?<![\w.])(?P<dm_d>{day}){suffix}(?:\s+of)?\s+(?P<dm_m>{months}),?\s+"
            rf"(?P<dm_y>{year})(?!\d))"
        )
        self._label_re = re.compile(
            r"(?i:(?:^|(?<=[^\w]))"
            + phrase_alternation(rules.dateline.labels)
            + r")\s*[:：\-–—|]?\s*$"
        )

    # -- finding ---------------------------------------------------------------------------
    def head_lines(self, text: str) -> list[tuple[int, str]]:
        """The first non-empty lines (offset, text) inside the dateline window."""
        assert self.rules is not None
        limits = self.rules.dateline
        head = text[: limits.max_chars]
        lines: list[tuple[int, str]] = []
        offset = 0
        for line in head.splitlines(keepends=True):
            if line.strip():
                lines.append((offset, line.rstrip("\r\n")))
                if len(lines) == limits.max_lines:
                    break
            offset += len(line)
        return lines

    def find(self, text: str) -> date | None:
        """The reference date a dateline or date line gives, else ``None``."""
        assert self.rules is not None and self._date_re is not None
        assert self._year_re is not None and self.rules is not None
        if self._year_re.search(text, 0, self.rules.dateline.max_chars) is None:
            return None  # no year in the window (half the articles): no line to split
        for _offset, line in self.head_lines(text):
            if self._year_re.search(line) is None:
                continue
            for match in self._date_re.finditer(line):
                value = self._value(match)
                if value is not None and self._accepted(line, match):
                    return value
        return None

    def _value(self, match: re.Match[str]) -> date | None:
        """The match as a ``date``, or ``None`` when it is no calendar date."""
        for form in ("iso", "dot", "md", "dm"):
            if match[f"{form}_y"]:
                month = match[f"{form}_m"]
                number = int(month) if month.isdigit() else self._month_number(month)
                return calendar_date(int(match[f"{form}_y"]), number, int(match[f"{form}_d"]))
        return None

    def _month_number(self, name: str) -> int:
        return self.month_numbers[name.rstrip(".").lower()]

    def _accepted(self, line: str, match: re.Match[str]) -> bool:
        """A date in a dateline position, not a date mentioned in a headline's prose."""
        assert self.rules is not None and self._label_re is not None
        before, after = line[: match.start()], line[match.end() :]
        if self._label_re.search(before) or _LINE_LEAD.match(before):
            return True
        if DATELINE_LEAD.match(before):
            return True
        return (
            len(line.strip()) <= self.rules.dateline.max_date_line_chars
            and _TIME_TAIL.match(after) is not None
        )

    def process(self, doc: Doc) -> Doc:
        # an input's own date stands; a fallback (``--reference-date``) yields to a dateline
        if doc._.ref_date is not None and doc._.reference_date_source != "fallback":
            return doc
        found = self.find(doc_text(doc))
        if found is not None:
            doc._.ref_date = found
            doc._.reference_date_source = "dateline"
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Run the component; odd input text never raises (the Doc is left as it was)."""
        if self.data is None:
            self.set_data(self.default_data())
        try:
            return self.process(doc)
        except Exception:  # the pipeline-wide guard: no input text may crash a component
            logger.exception("reference date search failed")
            return doc


@Language.factory(
    "launchwatch_reference_date",
    default_config={},
    assigns=["doc._.ref_date", "doc._.reference_date_source"],
)
def make_reference_date(nlp: Language, name: str) -> ReferenceDateFinder:
    """Factory for :class:`ReferenceDateFinder`."""
    return ReferenceDateFinder(nlp, name)
