"""The LAUNCH rules' look-up helpers give the answers of the plain computations they replace
(``plural_closure`` for ``listed``, ``setting_end`` for a walk over the entities,
``LaunchDoc.bounds``, a per-token cache, for ``DocView.line_sentence``, ``in_dateline`` for
the view's dateline test, ``date_value`` for ``span._.value``, ``Lexicon.readings`` for the
first entry of ``Lexicon.forms``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.launches.arguments.object import listed, plural_closure
from pipeline.launches.component import LaunchRecognizer
from pipeline.launches.context import MAX_REACH, LaunchDoc

TEXT = (
    "LISBON, May 3 (Coast Wire) - Acme launched a fund in Porto on Monday.\n\n"
    "In Peru, the city opened two libraries and a museum in Lima last week, "
    "and in 2021 it set up a lab.\n"
    "New Branches Open In Leeds\n" + "The list goes on " * 120 + "until March.\n"
)


def _launch_doc(nlp: Language, text: str) -> tuple[Doc, LaunchDoc]:
    launches = nlp.get_pipe("launchwatch_launches")
    assert isinstance(launches, LaunchRecognizer)
    with nlp.select_pipes(disable=["launchwatch_launches"]):
        doc = nlp(text)
    matchers = launches.matchers
    d = LaunchDoc(doc, launches.lexicon, matchers, matchers.words(doc), use_dependencies=False)
    return doc, d


def test_plural_closure_answers_as_listed(nlp: Language) -> None:
    launches = nlp.get_pipe("launchwatch_launches")
    assert isinstance(launches, LaunchRecognizer)
    lex = launches.lexicon
    for words in (lex.object_heads, lex.distractor_objects, lex.new_thing_heads):
        probes = {"", "s", "es", "ies", "y", "news", "series", "plans", "zzz"}
        for word in words:
            probes |= {word, word + "s", word + "es", word[:-1] + "ies", word[:-1], word[:-2]}
        closure = plural_closure(words)
        assert all((probe in closure) == listed(probe, words) for probe in probes)


def test_setting_end_is_the_last_date_or_place_in_range(nlp: Language) -> None:
    doc, d = _launch_doc(nlp, TEXT)
    settings = [ent for ent in doc.ents if ent.label_ in ("DATE", "GPE")]
    assert settings
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 40) + 1):
            inside = [ent for ent in settings if ent.start < end and ent.end > start]
            expected = inside[-1].end if inside else start
            assert d.setting_end(start, end) == expected


def test_bounds_are_the_views_line_sentence(nlp: Language) -> None:
    doc, d = _launch_doc(nlp, TEXT)
    for i in range(len(doc)):
        assert d.bounds(i) == d.view.line_sentence(i, MAX_REACH)


def test_in_dateline_is_the_views_test(nlp: Language) -> None:
    doc, d = _launch_doc(nlp, TEXT)
    assert d.view.dateline_end
    inside = [i for i in range(len(doc)) if d.in_dateline(Span(doc, i, i + 1))]
    assert inside
    for i in range(len(doc)):
        expected = d.view.in_dateline(i, d.bounds(i)[0])
        assert d.in_dateline(Span(doc, i, i + 1)) == expected


def test_date_value_is_the_span_extension(nlp: Language) -> None:
    doc, d = _launch_doc(nlp, TEXT)
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    assert any(ent._.value is not None for ent in dates)
    for span in [*dates, *doc.ents, Span(doc, 0, 3)]:
        assert d.date_value(span) == span._.value


def test_readings_are_the_first_entry_of_forms(nlp: Language) -> None:
    launches = nlp.get_pipe("launchwatch_launches")
    assert isinstance(launches, LaunchRecognizer)
    lex = launches.lexicon
    assert lex.readings.keys() == lex.forms.keys()
    for form, lemmas in lex.forms.items():
        lemma, kinds = next(iter(lemmas.items()))
        assert lex.readings[form] == (lemma, kinds, lex.verbs[lemma].klass)
