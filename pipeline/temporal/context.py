"""What the readers look at around a match: short windows left and right, and their regexes.

A family's pattern matches the core of a date ("May", "2025"); whether it is one depends on
the words around it ("in May" against "may"; "in 2025" against "2025 people"). These regexes,
built once from the word lists, read those words from a 48-character window each side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.temporal.candidates import Candidate
from pipeline.temporal.phrases import (
    LOWER_HAZARDS,
    EndsWithPhrase,
    LastWordBefore,
    PhrasesBefore,
    phrase_alternation,
)
from pipeline.temporal.pieces import YEAR, Lexicon, Pieces, norm
from pipeline.temporal.values import Relation

WINDOW = 48
"""How many characters each side of a match the context checks read."""

RELATIONS: dict[int, Relation] = {-1: "last", 0: "this", 1: "next"}

_DAY_RULES = frozenset({"weekday", "relative_day", "month_day"})
"""Resolvers of single days: a modifier before one ("late Monday") is a time of day."""
_RESULTS_PERIOD_RULES = frozenset({"results_year", "reported_quarter"})
"""Rules of a results sentence's own period ("for the year", "in the quarter")."""
_TITLE_CASE_SMALL_WORDS = (
    "a|an|the|and|but|or|nor|for|on|at|to|from|by|of|in|into|with|as|vs|until|till|than|via"
)
"""Words a Title Case headline leaves in lower case ("Strike to End Today")."""


class Context:
    """The context regexes of one rule set, and the helpers that apply them to a text."""

    def __init__(self, pieces: Pieces, lexicon: Lexicon) -> None:
        rules = pieces.rules
        rel, weekday = pieces.rel, pieces.weekday
        connectors = phrase_alternation(rules.range_connectors)
        self.lexicon = lexicon
        # Words read from the window left of a match ("last", "the", "Friday,", "fiscal").
        self._rel_before_re = EndsWithPhrase(
            re.compile(rf"(?i:(?:^|(?<=[^\w-]))(?P<rel>{rel})\s+)$"),
            rules.relative_words,
            max_words=max(len(word.split()) for word in rules.relative_words),
        )
        # (each ``EndsWithPhrase`` names what its matches can end with before the spaces,
        # so most windows are answered by their last character)
        self._weekday_before_re = EndsWithPhrase(
            re.compile(rf"(?:^|(?<=[^\w-]))(?P<wd>{weekday})(?:\s*,)?\s+$"),
            [*rules.weekdays, ","],
            max_words=max(len(day.split()) for day in rules.weekdays) + 1,  # "Friday ,"
        )
        # an abbreviated weekday and a comma before a date with its year, as web pages print
        # their datelines ("Harbour Ledger, Mon, May 13, 2024"): at a line's start or after a
        # separator, never after a name ("The Evening Sun, May 12, 2024")
        self._short_weekday_before_re = re.compile(
            rf"(?:^|(?<=\n)|(?<=[,:;|(]\s)|(?<=[,:;|(]))"
            rf"(?P<wd>{phrase_alternation(rules.dateline.weekday_abbreviations)})\.?,\s+$"
        )
        # "the 1950s and 60s": the decade before a second one in two digits, and its century
        self._decade_pair_before_re = re.compile(
            r"(?:(?<![\w'’])(?P<century>1\d|20)\d0|['’]\d0)['’]?s\s+(?:and|or|to|through)\s+$"
        )
        # "highs in the 90s", "scored in the 80s": two digits that are no decade
        number_words = phrase_alternation(rules.decade_number_words) or "(?!)"
        self._number_sentence_re = re.compile(rf"(?<![\w-])(?i:{number_words})(?![\w-])")
        self._the_before_re = EndsWithPhrase(
            re.compile(r"(?:^|(?<=[^\w-]))(?i:the)\s+$"), ["the"], max_words=1
        )
        self._quarter_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?:(?:(?i:the)\s+(?:(?P<dyear>{YEAR})\s+)?"
            rf"|(?P<yrel>this|last|next|(?i:the))\s+year['’]s\s+"
            rf"|(?:(?i:fiscal)\s+)?(?P<pyear>{YEAR})['’]s\s+)"
            r"(?:(?i:fiscal)[\s-]+)?|(?i:fiscal)[\s-]+)$"
        )
        # "over the (early) summer", "in late summer": the preposition is read, the span
        # starts at "the" or at the part of the season ("summer" alone after "in" is no date)
        self._season_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:over|during|in|into|through|throughout|since|until|till"
            r"|by|before|after|of|for|from)\s+"
            r"(?P<the>(?i:the)\s+(?:(?i:early|late|mid)[\s-]+)?|(?i:early|late|mid)[\s-]+)$"
        )
        self._month_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?P<mon>{phrase_alternation(rules.months)})(?:\s+of)?\s+$"
        )
        self._season_of_before_re = EndsWithPhrase(
            re.compile(rf"(?:^|(?<=[^\w-]))(?:(?i:the)\s+)?(?P<season>{pieces.seasons})\s+of\s+$"),
            ["of"],
            max_words=max(len(season.split()) for season in rules.seasons) + 2,
        )
        self._word_comma_before_re = re.compile(r"[A-Za-z]\s*,\s+$")
        # "the second quarter to September": a fiscal period named by the month it closes, as
        # "the year to September" (guideline 6.1); the month is the date, the period is not
        month_names = [*rules.months, *rules.month_abbreviations]
        # "in June and July 2003", "between March and May 1997": a month joined to a month
        # with its year shares that year (TimeML writes "June" = 2003-06); a range that runs
        # over a new year starts in the year before ("from October to March 2025")
        self._month_pair_year_after_re = re.compile(
            rf"^\s*(?:(?P<list>(?i:and|or))\s+|(?i:{phrase_alternation(rules.range_connectors)})"
            rf"\s+|[-–]\s*)(?P<mon>{phrase_alternation(month_names)})\.?\s*,?\s+"
            rf"(?P<year>{YEAR})(?![\w%]|[.,]\d)"
        )
        # "between October and March 2025": after "between", "and" joins a range's two ends
        self._between_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:between)\s+$")
        # "in the year to June": the fiscal period that ends in the June nearest to R,
        # reported just after it closes or forecast just before, whatever the verb's tense
        self._period_to_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:year|months|quarter|half|weeks)\s+(?i:to)\s+$"
        )
        self._to_month_after_re = re.compile(
            rf"^\s+(?i:to)\s+(?:(?i:the\s+end\s+of)\s+)?(?:{phrase_alternation(month_names)})\b"
        )
        self._day_beyond_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:the\s+day\s+(?P<side>before|after))\s+$"
        )
        # "nearly four years ago", "over a year ago": a word that makes the count
        # approximate belongs to it
        self._approximately_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:nearly|almost|about|roughly|some|(?:well\s+)?over"
            r"|(?:more|less)\s+than)\s+$"
        )
        slices = [*rules.period_slices, *rules.period_remainders]
        self._slice_of_before_re = (
            re.compile(
                rf"(?:^|(?<=[^\w-]))(?i:(?:the\s+)?(?P<slice>{phrase_alternation(slices)})"
                r"\s+of)\s+$"
            )
            if slices
            else None
        )
        self._remainders = frozenset(norm(words) for words in rules.period_remainders)
        # "at end June", "end-Feb. 2031": a part of the period without "the ... of"
        # "to"/"for end June" only after a figure or a period word ("rose 5% to end June",
        # "the year to end March"): after a verb, "to end" is an infinitive
        figure_prepositions = (
            r"|(?:\d%?|(?:^|(?<=[^\w-]))(?i:"
            + phrase_alternation(rules.bare_part_figure_words)
            + r"))\s+(?i:"
            + phrase_alternation(rules.bare_part_figure_prepositions)
            + r")"
            if rules.bare_part_figure_prepositions and rules.bare_part_figure_words
            else ""
        )
        self._bare_part_before_re = (
            re.compile(
                r"(?:(?:(?:^|(?<=[^\w-]))(?i:"
                + phrase_alternation(rules.bare_part_prepositions)
                + r")"
                + figure_prepositions
                + r")\s+(?P<spaced>(?i:"
                + phrase_alternation(rules.bare_parts)
                + r"))\s+|(?:^|(?<=[^\w-]))(?P<hyphened>(?i:"
                + phrase_alternation(rules.bare_parts)
                + r"))-)$"
            )
            if rules.bare_parts and rules.bare_part_prepositions
            else None
        )
        # "around Nov. 1", "sometime next year": the same date, said to be approximate
        self._approximator_before_re = (
            EndsWithPhrase(
                re.compile(rf"(?:^|(?<=[^\w-]))(?i:{phrase_alternation(rules.approximators)})\s+$"),
                rules.approximators,
                max_words=max(len(word.split()) for word in rules.approximators),
            )
            if rules.approximators
            else None
        )
        # "until 2027 or later": an open end, when it closes the clause (guideline 6.1)
        self._open_end_after_re = (
            re.compile(
                rf"[^\S\n]+(?i:{phrase_alternation(rules.open_ends)})"
                r"(?=[^\S\n]*(?:[^\w\s]|\n|\Z))"
            )
            if rules.open_ends
            else None
        )
        # ... but not a verb's own "around" ("ways to get around Wednesday's ruling")
        self._around_verb_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?i:{phrase_alternation(rules.around_verbs)})\s+$"
            if rules.around_verbs
            else "(?!)"
        )
        self._position_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?i:{phrase_alternation(rules.period_positions)})\s+$"
        )
        # a determiner and at most one adjective: "her failed 1987 bid", "the
        # original 1979 sales brochure" (a year before one thing; a count takes a plural)
        self._determiner_adjective_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:his|her|its|their|our|my|your|the|an?|this|that)\s+"
            r"(?:[a-z]+\s+)?$"
        )
        # "down 4.5% from the previous Friday": the one a week before the Friday just named
        self._previous_before_re = EndsWithPhrase(
            re.compile(r"(?:^|(?<=[^\w-]))(?i:the\s+(?:previous|preceding|prior))\s+$"),
            ["previous", "preceding", "prior"],
            max_words=2,
        )
        # "chosen on Sunday, the trial opens the following Tuesday": the first one after the day
        # just named
        self._following_before_re = EndsWithPhrase(
            re.compile(r"(?:^|(?<=[^\w-]))(?i:the\s+following)\s+$"), ["following"], max_words=2
        )
        # "sales for the full year": the words before a results period, and what makes it a
        # stretch that ends elsewhere ("the year to September", "the year ended June 30")
        # ("of" only after a part of the period: "the first nine months of the year", "the
        # rest of the year"; "player of the year" is a title)
        self._figures_for_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?:(?i:for|through|during)"
            r"|(?:months|weeks|days|quarters?|half|rest|remainder|balance|part|course|high|low)"
            r"\s+of)\s+$"
        )
        self._period_closed_after_re = re.compile(
            r"^(?:\s*,?\s+(?i:to|ended|ending|through|before|after|following|preceding|since"
            r"|in\s+which|when)\b"
            r"|\s+of\b(?!\s*[$€£¥#]?\d)"
            r"|\s+(?:\d|[A-Z]))"
        )
        # "since year-end", "since the close of the year": an end that has passed
        self._since_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:since)\s+$")
        self._end_part_re = re.compile(r"(?i)^the\s+(?:very\s+)?(?:end|close)\b|['’]s\s+end\b")
        # "the last half of the '80s": part of a decade or century, whose value it keeps
        self._part_of_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?i:the\s+(?:{pieces.h_ord})\s+half\s+of)\s+$"
        )
        self._week_of_before_re = EndsWithPhrase(
            re.compile(r"(?:^|(?<=[^\w-]))(?i:the\s+week\s+of)\s+$"), ["of"], max_words=3
        )
        # "April 24 and 25": a bare day after a month-day, closing the phrase
        self._second_day_re = re.compile(
            r"\s+(?:and|or|&)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
            r"(?=\s*(?:[.;:)]|,(?!\s*\d)|$)|\s+(?:in|at|on)\s+[A-Z])"
        )
        # "for August 4-19 delivery", "June 12-17": a range of days written with a dash is
        # two dates, as "April-June" is (GUIDELINES 6.1, TimeML); not a figure ("Oct. 5-7
        # pct") nor a score (the second day must come after the first: checked by the reader)
        self._dash_day_re = re.compile(
            r"\s*[-–]\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
            r"(?![\w%]|[.,:/-]\d|\s*(?:pct|percent|per\s+cent)\b)"
        )
        # "October 3 to 5", "May 2 through 7": a range of days written with a word, its end
        # closing the phrase (the reader checks that the end comes after the start)
        self._to_day_re = re.compile(
            r"\s+(?:to|through|until|till)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
            r"(?=\s*(?:[.;:),]|$)|\s+(?:in|at|on|for|and|with|when|while|as|but|after|before)\b)"
        )
        # "4 to 7 March", "18 and 19 October", "11-14 November": a bare day before a day and
        # month joined to it, the month written once, is a date of that month (a figure, a
        # decimal or a list item before it is not: "1.5 to 8 May", "2,5 and 8 May")
        self._first_day_before_re = re.compile(
            r"(?:^|(?<=[^\w$£€¥#.,/:%-]))(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
            r"(?:\s*[-–]\s*|\s+(?:to|and|or|&|through|until|till)\s+)$"
        )
        # "on the 29th", "by the 3rd,": a day of the month named alone, after a preposition
        # of time and closing its phrase (a noun after it makes it an ordinal of the noun)
        # ("from the 3rd to the 9th": a range of two such days)
        # ... or after a weekday and a comma, the day it falls on ("on Monday, the 13th,")
        self._day_preposition_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?:(?i:on|by|until|till|since|from|before|after|through)"
            r"|(?i:the)\s+\d\d?(?i:st|nd|rd|th)\s+(?i:to|and|or|through|until|till)"
            rf"|(?:{weekday})\s*,)\s+$"
        )
        self._day_alone_after_re = re.compile(
            r"^(?:\s*(?:[,.;:!?)\]]|\n|$)|\s+(?i:at|in|when|after|before|during|while)\b"
            r"|\s+(?i:to|and|or|through|until|till)\s+(?i:the)\s+\d\d?(?i:st|nd|rd|th)\b)"
        )
        sequence = rules.sequence_nouns
        self._sequence_noun_re = re.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(sequence) if sequence else '(?!)'})(?![\w-])"
        )
        self._holiday_period_after_re = re.compile(
            r"^\s+(?:week|weekend|holidays?|season|period|break|vacation|recess)\b"
        )
        objects = rules.holiday_object_nouns
        self._holiday_object_after_re = re.compile(
            rf"^\s+{phrase_alternation(objects) if objects else '(?!)'}(?![\w-])"
        )
        self._word_capitalised_after_re = re.compile(r"^\s+[A-Z][a-z]")
        self._quote_open_re = re.compile(r"[\"“‘]$|(?<![\w.,!?])['`]{1,2}$")
        self._clause_end_re = re.compile(r"^\s*(?:[,.;:!?)\"”’'—–]|$)")
        # what may follow a phrase that ends a noun group ("over the summer, …"; "March eighth in")
        self._phrase_end_after_re = re.compile(
            r"^\s*(?:[,.;:!?)\"”’'—–]|$)|^\s+(?:and|or|but|when|as|to|in|at|on|for|with|before"
            r"|after|until|while|because|if|than|that|the|a|an|its|their|he|she|it|they|we)\b"
        )
        self._fiscal_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:fiscal)\s+$")
        # a hyphenated "third-quarter" or "first-half" used as a noun: what follows it is no
        # noun it modifies ("revenue in the first-half ending in June", "in the third-quarter,")
        self._as_noun_after_re = re.compile(r"^(?:\s+(?i:ended|ending)\b|\s*(?:[,.;:)]|$))")
        self._compared_before_re = re.compile(
            rf"(?:^|(?<=[^\w-]))(?i:{phrase_alternation(rules.comparison_determiners)})\s+"
            rf"(?:(?i:{phrase_alternation(rules.comparison_words)})\s+)?$"
        )
        self._modifier_re = PhrasesBefore(
            self._modifier_words(rules.period_modifiers), ignore_case=True
        )
        # The characters a word before a candidate can end with for ``extend_modifier`` to
        # change it ("f" for "the middle of"), or None when either check has no such key.
        self._modifier_ends: frozenset[str] | None = (
            frozenset([*self._modifier_re.lengths_by_end, "f", "-"])
            .union(part[-1].lower() for part in rules.bare_parts)
            .union(
                () if self._approximator_before_re is None else self._approximator_before_re.ends
            )
            if self._modifier_re.keyed
            and (self._approximator_before_re is None or self._approximator_before_re.ends)
            else None
        )
        self._month_context_re = PhrasesBefore(rules.month_context_words, ignore_case=True)
        self._year_context_re = PhrasesBefore(rules.year_context_words, ignore_case=True)
        self._determiner_re = PhrasesBefore(rules.determiners, ignore_case=True)
        self._quantity_prefix_re = PhrasesBefore(rules.quantity_prefixes, ignore_case=False)
        self._frequency_re = PhrasesBefore(rules.frequency_words, ignore_case=True)
        self._vague_re = PhrasesBefore(rules.vague_prefixes, ignore_case=True)
        quantity_nouns = phrase_alternation(rules.quantity_nouns)
        self._quantity_after_re = re.compile(
            rf"^(?:\s*(?:%|percent\b|per\s+cent\b)|\s+(?i:{quantity_nouns})\b"
            r"|[\s-]+(?i:years?)[\s-]+old\b)"  # "a 2000 year old tradition": an age
        )
        # "up from 1200 in 2022": a number placed in a year of its own is a quantity
        self._in_year_after_re = re.compile(
            rf"^\s+(?i:in|during|at\s+the\s+end\s+of|by)\s+(?:(?i:fiscal)\s+)?{YEAR}(?!\d)"
        )
        # "bills of 1000, 50 and 20": a year is not one of a list of small numbers
        self._small_numbers_after_re = re.compile(
            r"^(?:\s*,\s*\d{1,3}(?![\d.,]\d))+\s*,?\s+(?i:and|or)\s+\d{1,3}(?![\d.,]\d)"
        )
        # "Monday nights", "on Tuesday and Thursday evenings": a weekday that names a
        # plural part of a day, alone or with others, recurs every week
        self._recurring_after_re = re.compile(
            rf"^(?:\s*(?:,|and|or|&)\s*(?:{weekday}))*\s+"
            r"(?i:nights|mornings|evenings|afternoons)\b"
        )
        # "the Q5 and Q3": a model code (not a quarter's or half's) before a bare quarter code
        self._model_code_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?!Q[1-4]\b|H[12]\b)[A-Z]{1,3}\d{1,3}\s*(?:,|and|or|&)\s*$"
        )
        # "on a Sunday", "on a Friday in March": an indefinite weekday with no noun after it
        self._any_day_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?:a|any)\s+$")  # not "Serie A"
        self._any_day_after_re = re.compile(
            r"^(?:\s*(?:[,.;:!?)\]]|$)|\s+(?i:in|of|when|or|and|at|that|which|during|before"
            r"|after|with|for|to|is|was|will|would)\b)"
        )
        # a preposition of time: "before Christmas shoppers arrive", "in time for Christmas
        # shopping" (the holiday is the date then, not a name for the thing after it)
        # "in the new year", "until the new year", "plans for the new year"
        self._new_year_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:in|into|since|by|until|till|during|before|after|from|over"
            r"|for|of)\s+$"
        )
        self._time_preposition_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:in|since|by|until|till|during|before|after|in\s+time\s+for)\s+$"
        )
        self._subject_before_re = re.compile(
            r"(?:^|[.!?;:\"“”]\s*|(?<![\w-])(?i:with|as|and|but|while|when|if|because)\s+)$"
        )
        # "2016 saw record sales", "with 2012 marking a new start": a year as the subject of a
        # verb that says what the year was or brought
        self._year_subject_after_re = re.compile(
            r"^\s+(?:saw|sees|seeing|marked|marks|marking|brought|brings|bringing|proved|proves"
            r"|was|is|will\s+be|has\s+been|had\s+been)\s+(?:a|an|the|its|their|record|[a-z]+ing)\b"
        )
        self._capitalised_before_re = LastWordBefore(
            re.compile(r"(?:^|(?<=[^\w.]))(?P<word>[A-Z][\w&-]*)\s+$")
        )
        self._capitalised_after_re = re.compile(r"^\s+[A-Z0-9][\w&-]*")
        self._lowercase_after_re = re.compile(r"^\s+[a-z][\w-]*")
        self._singular_after_re = re.compile(r"^\s+[a-z][\w-]*(?<![^s]s)(?![\w-])")
        self._digit_after_re = re.compile(r"^\s*-?\s*\d")
        self._of_after_re = re.compile(r"^\s+of\b")
        self._range_after_re = re.compile(r"^\s*[-–/]\s*\d")
        # a number just before, on the same line or ending the one before ("5.\n"); not
        # across a blank line, where a line that ends in a number ("20 March 2020") is done
        self._number_before_re = re.compile(r"\d[\s.,:/-]?\Z|\d[.,:/-]?\n\Z")
        self._year_after_re = re.compile(rf"^(?:,|['’]s\b|\)|\s+{connectors}\s+(?:1[89]|20)\d\d\b)")
        self._year_list_before_re = re.compile(rf"(?:1[89]|20)\d\d(?:\s*,\s*|\s+{connectors}\s+)$")
        self._possessive_before_re = re.compile(r"\w['’]s?\s+$")
        self._of_before_re = re.compile(r"(?i:(?:^|(?<=\W))(?<!\bas\s)of\s+)$")
        # "today's youth", "today's most urgent challenges": up to three modifiers that are
        # no preposition or article may stand before the noun of the present age
        self._generic_after_re = re.compile(
            r"^['’]s\s+(?:(?!(?i:of|on|with|for|in|at|by|to|from|and|or|the|a|an)\b)[a-z-]+\s+){0,3}"
            r"(?i:" + phrase_alternation(rules.generic_after_relative_day) + r")\b"
        )
        # "the Today show", "Harlow FM's Today programme": a capitalised "Today" before a
        # broadcast or paper noun is its title; so is one after a possessive or a lower-case
        # word in the middle of a sentence ("she told Today that", "Harlow FM's Today"), where
        # R's day is written in lower case (a Title Case headline capitalises the word before
        # it too)
        self._title_after_today_re = re.compile(
            r"^\s+(?:" + phrase_alternation(rules.title_nouns_after_today) + r")\b"
        )
        self._title_before_today_re = re.compile(
            r"(?:(?<=[\w.])['’]s|(?<![\w'’-])(?!(?:" + _TITLE_CASE_SMALL_WORDS + r")\s)[a-z]+)\s+$"
        )
        # "as strong today as it was", "more today than ever", "than today": "today" compared
        # with another time is the present age, not R's day
        self._compared_after_re = re.compile(r"^\s+(?P<word>(?i:as|than))\b")
        self._as_before_re = re.compile(r"(?:^|(?<=[^\w-]))(?i:as|so)\s+[\w-]+\s+$")
        self._comparative_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?!(?i:later|earlier)\b)(?i:more|less|fewer|[a-z]{2,}er)\s+"
            r"(?:[a-z-]+\s+)?$"
        )
        self._compared_with_before_re = re.compile(
            r"(?:^|(?<=[^\w-]))(?i:than|(?:compared|contrasted)\s+(?:with|to))\s+$"
        )
        # a year before a business figure, a name between them or not: "1990 earnings",
        # "1990 Norvell earnings" (lower case: "1990 Sales" may open a title)
        # "published 2021 statistics", "compared 2019 figures": the figures of that year
        self._record_after_re = re.compile(
            rf"\s+(?:{phrase_alternation(rules.year_record_nouns)})(?![\w-])"
        )
        # "it will be 2027 before the bridge reopens", "It was 1995 when the mill closed": the year
        # as what "it" is, before the event it waits for or frames
        self._year_complement_before_re = re.compile(
            r"(?<![\w-])(?i:it)\s+(?:is|was|will\s+be|would\s+be|won[’']t\s+be|[’']ll\s+be"
            r"|could\s+be|might\s+be|may\s+be)\s+$"
        )
        self._year_complement_after_re = re.compile(r"^\s+(?:before|when|until)\b")
        # (one word may stand between: a name, or a lower-case modifier as in "1994 export
        # sales", "1993 net earnings"; never a word that counts what follows: "received 2000
        # new orders", "hired 1999 more company staff" are quantities)
        self._business_after_re = re.compile(
            r"\s+(?:[A-Z][\w&'’.-]*\s+"
            r"|(?!(?:new|more|extra|additional|fewer|further|other|fresh|less)\s)[a-z]{3,}\s+)?"
            rf"(?:{phrase_alternation(rules.business_words)})(?![\w-])"
        )
        # after a bare quarter code, in any case (headlines capitalise it): "Q3 Results",
        # "the Q3 call", "Q3 earnings"
        self._quarter_business_after_re = re.compile(
            r"\s+(?i:"
            + phrase_alternation([*rules.business_words, "call", "calls", "report", "update"])
            + r")(?![\w-])"
        )
        self._business_re = re.compile(
            rf"(?<![\w-])(?i:{phrase_alternation(rules.business_words)})(?![\w-])"
        )
        # (wire copy writes "8 pct", "6.47 billion", "283 mln dlrs": an amount without a sign)
        self._figure_re = re.compile(
            r"[$€£¥#]\s?\d|\d\s?(?:%|(?:percent|per\s+cent|cents?|points?|pct"
            r"|mln|bln|million|billion|trillion)\b)"
        )
        self._sentence_end_before_re = re.compile(r"[.!?][\"”’')\]]*\s|\n")
        self._sentence_end_after_re = re.compile(r"[.!?](?:\s|$)|\n")
        self._line_start_re = re.compile(r"(?:^|\n)[ \t\"“'‘(\[•*-]*$")
        self._sentence_start_re = re.compile(r"(?:^|[.!?][\"”’')\]]*\s+|\n\s*|[:;]\s+)$")

    @staticmethod
    def _modifier_words(modifiers: Iterable[str]) -> list[str]:
        """ "mid", "early" and "late" work with a space or a hyphen ("mid 2024", "mid-2024")."""
        words: list[str] = []
        for modifier in modifiers:
            words.append(modifier)
            if modifier.split()[-1] in ("mid", "early", "late"):
                words.append(modifier + "-")
        return words

    def _in_number_sentence(self, text: str, position: int) -> bool:
        """Whether the sentence around ``position`` speaks of temperatures, scores or speeds
        (``decade_number_words``), where "the 90s" is a range of numbers, no decade."""
        lo, hi = max(0, position - 200), min(len(text), position + 200)
        lo = max(lo, text.rfind(". ", lo, position), text.rfind("\n", lo, position))
        ends = [
            end
            for end in (text.find(". ", position, hi), text.find("\n", position, hi))
            if end >= 0
        ]
        hi = min([hi, *ends])
        return self._number_sentence_re.search(text, lo, hi) is not None

    @staticmethod
    def _left(text: str, position: int) -> str:
        return text[max(0, position - WINDOW) : position]

    @staticmethod
    def _right(text: str, position: int) -> str:
        return text[position : position + WINDOW]

    def _before(
        self,
        regex: re.Pattern[str] | PhrasesBefore | EndsWithPhrase | LastWordBefore,
        text: str,
        position: int,
    ) -> re.Match[str] | None:
        """``regex`` (anchored with ``$``) matched against the text just left of ``position``
        (the window of ``_left``, sliced here: this runs for most matches)."""
        return regex.search(text[max(0, position - WINDOW) : position])

    def _prefix(
        self, regex: re.Pattern[str] | PhrasesBefore | EndsWithPhrase, text: str, position: int
    ) -> re.Match[str] | None:
        """Words a span is extended with on its left ("last", "the", "Friday,", "early"): as
        ``_before``, but never across a line break, since no DATE span crosses one."""
        found = self._before(regex, text, position)
        return None if found is None or "\n" in found[0] else found

    def extend_modifier(self, candidate: Candidate, text: str) -> None:
        """Pull a part-of-period modifier into the span ("early 2024", "the end of 2025"),
        and an approximator before both ("around the end of 2025", "sometime next year";
        a count back from R takes its own in ``Readers.ago``). A part of one day is a time
        of day, which the contract keeps out: "after the close of Friday's session", "late
        Monday", "earlier today" give the day alone."""
        ends = self._modifier_ends
        if ends is not None:
            # Most candidates follow a word that ends no modifier or approximator: told by
            # its last character, as each check would tell it, without running either.
            last = text[max(0, candidate.start - WINDOW) : candidate.start].rstrip()[-1:]
            if last.lower() not in ends and last not in LOWER_HAZARDS:
                return
        found = None
        if not candidate.fields.get("no_modifier") and candidate.rule not in _DAY_RULES:
            found = self._prefix(self._modifier_re, text, candidate.start)
            if (
                found is None
                and self._slice_of_before_re is not None
                and text[candidate.start - 3 : candidate.start].lower() == "of "
            ):
                found = self._prefix(self._slice_of_before_re, text, candidate.start)
                if (
                    found is not None
                    and candidate.fields.get("unit") == "year"
                    and ("half" in found[0].lower())
                ):
                    found = None  # "the first half of this year": the half family's 2023-H1
                elif (
                    found is not None
                    and candidate.rule in _RESULTS_PERIOD_RULES
                    and norm(found["slice"]) in self._remainders
                ):
                    found = None  # "rose through the rest of the year": the results period
            if found is None and self._bare_part_before_re is not None:
                bare = self._prefix(self._bare_part_before_re, text, candidate.start)
                if bare is not None:
                    part = "spaced" if bare["spaced"] is not None else "hyphened"
                    candidate.start -= bare.end() - bare.start(part)
        if found is not None:
            modifier = found[0]
            if candidate.rule == "month" and not modifier.rstrip().lower().endswith(" of"):
                # "the late-November meeting": the article belongs to the noun, not to the
                # date ("the middle of November", "the early part of October" keep it: "middle"
                # is no "mid", and a part "of" a month is a slice)
                modifier = re.sub(r"(?i)^the\s+(?=(?:early|late|mid)(?![a-z]))", "", modifier)
            candidate.start -= len(modifier)
        if (
            candidate.rule != "ago"
            and self._approximator_before_re is not None
            and not text.startswith(("'s", "’s"), candidate.end)
        ):
            approximate = self._prefix(self._approximator_before_re, text, candidate.start)
            if approximate is not None:
                start = candidate.start - len(approximate[0])
                if approximate[0].split()[0].lower() != "around" or not self._before(
                    self._around_verb_before_re, text, start
                ):
                    candidate.start = start

    def extend_open_end(self, candidate: Candidate, text: str) -> None:
        """Pull an open end into the span: "until **2027 or later**", "for **2025 and
        beyond**" (a bound, valued as the date, as TimeML marks it). Only at a clause's end:
        "in June or earlier this year" is two dates."""
        if self._open_end_after_re is None or not text.startswith((" and", " or"), candidate.end):
            return
        found = self._open_end_after_re.match(text, candidate.end)
        if found is not None and "\n" not in found[0]:
            candidate.end = found.end()

    def with_figures(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence around ``[start, end)`` names a business quantity or gives an
        amount or a percentage ("for the week, the index dropped 3.8%")."""
        return self.in_financial_sentence(text, start, end, figures=True)

    def in_financial_sentence(
        self, text: str, start: int, end: int, *, figures: bool = False
    ) -> bool:
        """Whether the sentence around ``[start, end)`` names a business or economic quantity
        ("revenue", "demand", "fiscal", "year"): "the second half" is then half a year, where
        in a match report ("scored in the second half") it is half a game."""
        left = text[max(0, start - 4 * WINDOW) : start]
        ends = [found.end() for found in self._sentence_end_before_re.finditer(left)]
        if ends:
            left = left[ends[-1] :]
        right = text[end : end + 4 * WINDOW]
        stop = self._sentence_end_after_re.search(right)
        if stop is not None:
            right = right[: stop.start()]
        if figures and (self._figure_re.search(left) or self._figure_re.search(right)):
            return True
        return bool(self._business_re.search(left) or self._business_re.search(right))

    def _relation(self, rel: str | None) -> Relation | None:
        """``last``/``this``/``next`` for a relative word, ``None`` when there is none."""
        if rel is None:
            return None
        offset = self.lexicon.relative_words.get(norm(rel))
        return None if offset is None else RELATIONS[offset]
