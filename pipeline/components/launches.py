"""LAUNCH events: triggers, modality and arguments from token patterns and the entity spans.

The default pipeline has no tagger or parser, so every decision reads surface cues. The
word lists live in ``pipeline/rules/launches.json`` (its ``_keys`` entry says what each list
is for); the rules that use them are:

**Triggers** (``_DocAnalysis.analyse``, ``classify``, ``object_ok``)
  T1. A PhraseMatcher finds every form of the inflection table ("launched", "sets up",
      "roll-out", "co-founded"); each candidate is a verb, an attributive participle or a
      noun by its neighbours ("the launch", "which launched", "the newly formed").
  T2. A candidate is dropped when it is part of a name ("Platform Establishment
      Conference"), modifies another noun ("launch date", "founding members"), follows a
      blocker ("press release", "well established"), is another verb ("opening up",
      "found" = past of "find" without "to" or a modal) or has another sense by its object
      (rockets, investigations, recalls, "formed the backbone of").
  T3. Strong verbs (launch, establish, set up, ...) need no more; weak ones (open, form,
      introduce, release) need a name or a launchable head noun; announce, present,
      showcase and outline need a new-thing head ("strategy", "plan"); "set" only takes
      standards.

**Arguments** (``verbal``, ``nominal`` and the ``_Subjects``, ``_Phrases``, ``_DatesPlaces``
mixins), all inside the trigger's sentence:
  A1. Active verb: agent = the subject where the left walk over the verb complex stops
      (an entity, a name, a relative pronoun's antecedent, a pronoun's referent); object =
      the noun phrase after the verb, or its name ("a subsidiary, Acme Asia Pte Ltd").
  A2. Passive and participle clauses ("was set up by X", "Acme Cloud, launched in 2006,",
      "Founded in 1921, Bellucci ..."): object = the phrase described, agent = "by" phrase.
  A3. Relative and copular clauses: "a scheme that Acme introduced" (object = antecedent),
      "the network it launched", "what Acme unveiled was X" / "the one lab that opened is
      Y" (object = what the copula names).
  A4. Inherited subjects: a coordinated verb takes the first verb's named subject, a gerund
      after a preposition the possessor of the noun before it ("X's role in founding") or
      the sentence subject ("by launching"), an infinitive after a prepositional phrase or
      "the first ... to" the sentence subject.
  A5. Nouns: object after "of" or before the noun ("the fund launch"), a possessor or
      "its"/"whose" referent; agent = a possessor with "of" ("Acme's launch of X"), a "by"
      phrase, or the subject of "announced"/"completed the formation of".
  A6. Date: a DATE in the verb complex ("on Monday launched"), else the first DATE of the
      clause to the right (not a "by" deadline of a target or purpose clause), else an
      introductory "In May 2019," / "At Sunday's ceremony,". Place: the clause's "in"/"at"
      GPE, else the subject's place, a GPE agent, an introductory "In Peru,", a place word
      in an unnamed object ("a Singapore arm"). Datelines are never arguments.

**Modality** (``_Modality``): unasserted for a modal, negation, "to" or word of intention
in the verb complex ("plans to", "has yet to"), except infinitives that report a fact ("went
on to found", "became the first bank to launch"); a negative or inverted subject ("No bank
has", "Had Acme launched"); a clause cue ("if", "whether", "denied that"); a complement cue
before a noun or gerund ("calls for the establishment of", "ruled out launching"); a schedule
word after a noun ("the launch ... was postponed"); or a date after the publication date.

When the Doc carries a dependency parse (a user added these components to a statistical
pipeline), a DependencyMatcher supplies subject, object and "by" agent attachments first and
the token rules fill whatever it leaves open.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import RuleComponent, RuleData, load_json
from pipeline.extensions import doc_text
from pipeline.rules import rule_file

ROLES = ("agent", "object", "date", "location")
_QUOTES_OPEN = {"“", '"', "‘", "'", "«"}
_QUOTES_CLOSE = {"”", '"', "’", "'", "»"}
_HYPHENS = {"-", "–", "‑"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_POSSESSIVE_DETERMINERS = {"its", "their", "his", "her", "whose"}
_RELATIVES = {"which", "that", "what", "who", "whom"}
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you"}
_DATELINE = re.compile(
    r"^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,40}"  # OSLO, SANTA FE, LIMA/QUITO
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?:[ \t]+\d{1,2})?)?"  # , Oct. 9 / , Ontario
    r"(?:[ \t]*\([^)\n]{1,60}\))?"  # (Coast Wire)
    r"[ \t]*(?:--|—|–)",
    re.MULTILINE,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_MAX_OBJECT = 14
SENTENCE_START_WORDS = 5000
"""A capitalised sentence-initial word among this many most frequent English words is a
word first ("According", "Officials"), not a name, unless an entity recogniser says so."""
_MAX_RIGHT = 40


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VerbEntry(_Strict):
    """One trigger lemma and all five of its forms (phrasal forms are written with a space)."""

    class_: Literal["strong", "weak", "conditional", "restricted"]
    base: str
    third: str
    past: str
    participle: str
    gerund: str
    marked_base: bool = False
    objects: list[str] = []

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> VerbEntry:
        data = dict(raw)
        if "class" in data:
            data["class_"] = data.pop("class")
        return cls.model_validate(data)


class LaunchRules(_Strict):
    """The rule file's shape; a typo in a key fails with the field's name."""

    verbs: dict[str, dict[str, Any]]
    nouns: dict[str, list[str]]
    noun_only_with_of: list[str]
    modifier_nouns: list[str]
    premodifier_blockers: list[str]
    object_heads: list[str]
    new_thing_heads: list[str]
    distractor_objects: list[str]
    space_words: list[str]
    modals: list[str]
    negations: list[str]
    auxiliaries: list[str]
    chain_words: list[str]
    irrealis_words: list[str]
    realis_before_to: list[str]
    realis_to_phrases: list[str]
    clause_cues: list[str]
    negative_subject_words: list[str]
    inversion_words: list[str]
    complement_cues: list[str]
    after_cues: list[str]
    reporting_verbs: list[str]
    pronouns: list[str]
    determiners: list[str]
    nominal_premodifiers: list[str]
    clause_breaks: list[str]
    right_stops: list[str]
    prepositions: list[str]
    location_prepositions: list[str]
    date_prepositions: list[str]
    target_words: list[str]
    scope_words: list[str]
    sequence_words: list[str]
    quantity_heads: list[str]
    name_designators: list[str]
    naming_words: list[str]
    np_breaks: list[str]
    subordinators: list[str]
    participant_prepositions: list[str]
    right_stops_unless_date: list[str]
    purpose_nouns: list[str]
    host_verbs: list[str]
    verb_prefixes: list[str]
    common_words: list[str] = []


def is_headline(text: str) -> bool:
    """A Title Case line without a final full stop: its capitals are style, not names."""
    if text.rstrip().endswith((".", "!", "?", "”.", '."', ".”")):
        return False
    words = _LONG_WORD.findall(text)
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.8


def validate_rules(data: RuleData) -> tuple[LaunchRules, dict[str, VerbEntry]]:
    """Check the rule data; raise ValueError with one "[where] message" line per problem."""
    body = {key: value for key, value in data.items() if not key.startswith("_")}
    try:
        rules = LaunchRules.model_validate(body)
        verbs = {lemma: VerbEntry.parse(entry) for lemma, entry in rules.verbs.items()}
    except ValidationError as err:
        lines = [
            f"[{' -> '.join(str(p) for p in item['loc'])}] {item['msg']}" for item in err.errors()
        ]
        raise ValueError("launches rule data: " + "; ".join(lines)) from err
    return rules, verbs


@dataclass
class Trigger:
    """A trigger candidate: token range, lemma, grammatical use and trigger class."""

    start: int
    end: int
    lemma: str
    kinds: frozenset[str]
    klass: str
    use: str = "verb"  # verb | participle | noun


@dataclass
class Subject:
    """What the left walk from a verb found: a span (or none) and how it was found."""

    kind: str  # entity | name | np | coord | prep | none
    span: Span | None = None
    location: Span | None = None
    object_relative: Span | None = None  # "X that Acme introduced": X is the object
    blocked: bool = False  # the walk ended inside a prepositional phrase ("with Y to ...")


@dataclass
class Found:
    """One event before it becomes a dict."""

    trigger: Trigger
    modality: str
    arguments: dict[str, Span] = field(default_factory=dict)
    subject: Span | None = None
    sentence_start: int = 0


class _Lex:
    """One vocabulary entry's lexical attributes under the names ``Token`` gives them, so
    ``tok[i].lower_`` reads what ``doc[i].lower_`` does without building a Token."""

    __slots__ = (
        "is_alpha",
        "is_lower",
        "is_punct",
        "is_space",
        "is_stop",
        "is_title",
        "is_upper",
        "like_num",
        "lower_",
        "text",
    )

    def __init__(self, lexeme: Lexeme) -> None:
        self.text: str = lexeme.orth_
        self.lower_: str = lexeme.lower_
        self.is_alpha: bool = lexeme.is_alpha
        self.is_lower: bool = lexeme.is_lower
        self.is_upper: bool = lexeme.is_upper
        self.is_title: bool = lexeme.is_title
        self.is_punct: bool = lexeme.is_punct
        self.is_space: bool = lexeme.is_space
        self.is_stop: bool = lexeme.is_stop
        self.like_num: bool = lexeme.like_num


class LaunchRecognizer(RuleComponent):
    """Fills ``doc._.events`` with LAUNCH events in the contract's shape, in trigger order."""

    data_file = "launches.json"

    def __init__(self, nlp: Language, name: str, *, use_dependencies: bool = True) -> None:
        super().__init__(nlp, name)
        self.use_dependencies = use_dependencies
        self._lexemes: dict[int, _Lex] = {}

    def default_data(self) -> RuleData:
        from pipeline import library_data

        data = load_json(rule_file("launches.json"))
        data = {key: value for key, value in data.items() if not key.startswith("_")}
        data["common_words"] = sorted(library_data.common_words(SENTENCE_START_WORDS))
        return data

    # -- compile ----------------------------------------------------------------------------
    def compile(self, data: RuleData) -> None:
        rules, verbs = validate_rules(data)
        self.rules = rules
        self.verbs = verbs
        forms: dict[str, dict[str, set[str]]] = {}
        for lemma, entry in verbs.items():
            for kind in ("base", "third", "past", "participle", "gerund"):
                forms.setdefault(getattr(entry, kind).lower(), {}).setdefault(lemma, set()).add(
                    kind
                )
        for lemma, nouns in rules.nouns.items():
            if lemma not in verbs:
                raise ValueError(f"launches rule data: [nouns -> {lemma}] no such verb lemma")
            for noun in nouns:
                forms.setdefault(noun.lower(), {}).setdefault(lemma, set()).add("noun")
        self.forms = forms
        self.trigger_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.trigger_matcher.add("TRIGGER", list(self.nlp.tokenizer.pipe(sorted(forms))))
        self.cue_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.cue_matcher.add("CLAUSE", list(self.nlp.tokenizer.pipe(rules.clause_cues)))
        self.cue_matcher.add("COMPLEMENT", list(self.nlp.tokenizer.pipe(rules.complement_cues)))
        s = {
            name: set(getattr(rules, name))
            for name in LaunchRules.model_fields
            if name not in ("verbs", "nouns")
        }
        self.sets = s
        self.common = s["common_words"]
        self.skippable = (
            s["modals"] | s["negations"] | s["auxiliaries"] | s["chain_words"] | s["irrealis_words"]
        )
        self.np_break = (
            s["np_breaks"] | s["prepositions"] | s["modals"] | s["auxiliaries"] | s["negations"]
        )
        self.dep_matcher = self._dependency_matcher(sorted(forms))

    def _dependency_matcher(self, forms: list[str]) -> DependencyMatcher:
        """Subject, passive subject, direct object, possessor, "by" agent and "of" object of a
        trigger, keyed by relation name; only used when the Doc has a parse."""
        matcher = DependencyMatcher(self.nlp.vocab)
        anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LOWER": {"IN": forms}}}

        def child(left: str, right: str, attrs: dict[str, Any]) -> dict[str, Any]:
            return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}

        for dep in ("nsubj", "nsubjpass", "dobj", "poss"):
            matcher.add(dep, [[anchor, child("trigger", "arg", {"DEP": dep})]])
        by = child("trigger", "by", {"DEP": "agent"})
        matcher.add("agent", [[anchor, by, child("by", "arg", {"DEP": "pobj"})]])
        of = child("trigger", "of", {"DEP": "prep", "LOWER": "of"})
        matcher.add("of", [[anchor, of, child("of", "arg", {"DEP": "pobj"})]])
        return matcher

    def lexical(self, doc: Doc) -> list[_Lex]:
        """The lexical attributes of every token of ``doc``, one shared ``_Lex`` per word
        form (cached on the component: the lexical attributes of a vocabulary entry do not
        change once the pipeline is loaded)."""
        cache = self._lexemes
        orths = doc.to_array(ORTH).tolist()
        for orth in set(orths).difference(cache):
            cache[orth] = _Lex(doc.vocab[orth])
        return list(map(cache.__getitem__, orths))

    # -- the component ----------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        doc._.events = []
        spans = [(s, e) for _, s, e in self.trigger_matcher(doc)]
        if not spans:
            return doc
        spans.sort(key=lambda se: (se[0], se[0] - se[1]))
        chosen: list[tuple[int, int]] = []
        for start, end in spans:
            if chosen and start < chosen[-1][1]:
                continue
            chosen.append((start, end))
        analysis = _DocAnalysis(self, doc)
        found: list[Found] = []
        for start, end in chosen:
            event = analysis.analyse(start, end, found)
            if event is not None:
                found.append(event)
        doc._.events = [
            _event_dict(doc, index, event) for index, event in enumerate(found, start=1)
        ]
        return doc


MAX_REACH = 150
"""Tokens either side of a trigger that argument rules may look at."""


def _event_dict(doc: Doc, index: int, event: Found) -> dict[str, Any]:
    """The contract's event shape: roles in contract order, offsets from the spans."""
    text = doc_text(doc)

    def offsets(span: Span) -> dict[str, Any]:
        start, end = span.start_char, span.end_char
        # a span's text is the document text between its offsets (slicing it is cheaper
        # than Span.text, which joins the tokens)
        return {"start": start, "end": end, "text": text[start:end] if len(span) else span.text}

    arguments = [
        {"role": role, **offsets(span)}
        for role in ROLES
        if (span := event.arguments.get(role)) is not None
    ]
    return {
        "id": f"E{index}",
        "type": "LAUNCH",
        "modality": event.modality,
        "trigger": offsets(doc[event.trigger.start : event.trigger.end]),
        "arguments": arguments,
    }


class _Text:
    """Per-document state and the word-level tests every rule uses: the entity index,
    sentences cut at line breaks, datelines and headlines, capitalised names, and where a
    clause or an introductory phrase ends."""

    def __init__(self, component: LaunchRecognizer, doc: Doc) -> None:
        self.c = component
        self.s = component.sets
        self.doc = doc
        # the rules read words through these lists, not through ``doc[i]`` (which builds a
        # Token object on every access): tok[i] has doc[i]'s lexical attributes (text,
        # lower_, is_title, ...), spaced[i] says whether whitespace follows token i
        self.tok = component.lexical(doc)
        self.spaced = doc.to_array(SPACY).tolist()
        self.ent_at: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.text = doc_text(doc)
        self.dateline_end = self._datelines(doc)
        self.starts, self.newlines = self._boundaries(doc)
        self.sent_starts = set(self.starts)  # token.is_sent_start (token 0 always is one)
        self.bounds_cache: dict[int, tuple[int, int]] = {}
        # last token of a cue phrase -> whether it is a clause cue ("if") or a complement cue
        # ("calls for"); see cue_before
        self.cue_end: dict[int, str] = {}
        for match_id, _, end in component.cue_matcher(doc):
            self.cue_end[end - 1] = doc.vocab.strings[match_id]
        self.headlines: dict[int, bool] = {}
        self.common = component.common
        self.dep: dict[int, dict[str, int]] = {}
        if component.use_dependencies and doc.has_annotation("DEP"):
            for match_id, tokens in component.dep_matcher(doc):
                label = doc.vocab.strings[match_id]
                self.dep.setdefault(tokens[0], {}).setdefault(label, tokens[-1])

    def _datelines(self, doc: Doc) -> dict[int, int]:
        """Sentence-line start token -> first token after the dateline on that line."""
        ends: dict[int, int] = {}
        for match in _DATELINE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and len(span) <= 16:
                first = span.start
                while first < span.end and self.tok[first].is_space:
                    first += 1
                ends[first] = span.end
        return ends

    def _boundaries(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Sentence starts, and the tokens that hold a line break, found with arrays and a
        regex (not a Python loop over the tokens)."""
        starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        offsets = doc.to_array(IDX)
        self.offsets = offsets.tolist()
        breaks = [match.start() for match in re.finditer("\n", doc_text(doc))]
        newlines = numpy.unique(numpy.searchsorted(offsets, breaks, side="right") - 1).tolist()
        return starts, newlines

    def bounds(self, i: int) -> tuple[int, int]:
        """Token i's sentence, cut at line breaks (a parser's sentences may cross them; the
        contract's never do) and without leading whitespace."""
        cached = self.bounds_cache.get(i)
        if cached is not None:
            return cached
        starts, newlines = self.starts, self.newlines
        at = bisect_right(starts, i)
        first = starts[at - 1]
        last = starts[at] if at < len(starts) else len(self.doc)
        before = bisect_left(newlines, i)
        if before > 0:
            first = max(first, newlines[before - 1] + 1)
        if before < len(newlines) and newlines[before] > i:
            last = min(last, newlines[before])
        # A "sentence" of thousands of tokens (a list, a table, text without punctuation)
        # would make every search around a trigger scan all of it; arguments further away
        # than MAX_REACH tokens are not read from such text anyway.
        first, last = max(first, i - MAX_REACH), min(last, i + MAX_REACH)
        while first < i and self.tok[first].is_space:
            first += 1
        self.bounds_cache[i] = (first, last)
        return first, last

    def sentence(self, i: int) -> tuple[int, int, bool]:
        """Start and end of token i's sentence, the start moved past a dateline, and whether
        the sentence is a Title Case headline."""
        first, last = self.bounds(i)
        start = self.dateline_end.get(first, first)
        if start > i:
            start = first
        if first not in self.headlines:
            span = self.doc[first:last]
            self.headlines[first] = is_headline(self.text[span.start_char : span.end_char])
        return start, last, self.headlines[first]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, sliced from the text."""
        if start >= end:
            return ""
        last = min(end, len(self.tok)) - 1
        return self.text[self.offsets[start] : self.offsets[last] + len(self.tok[last].text)]

    def lowers(self, start: int, end: int) -> list[str]:
        """``[t.lower_ for t in doc[start:end]]``."""
        return [t.lower_ for t in self.tok[start:end]]

    def ent(self, i: int, labels: Iterable[str] = ("ORG", "GPE", "DATE", "MONEY")) -> Span | None:
        ent = self.ent_at.get(i)
        return ent if ent is not None and ent.label_ in labels else None

    def is_cap(self, token: _Lex) -> bool:
        text = token.text
        return bool(text) and (
            text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))
        )

    def is_name_token(self, i: int, headline: bool) -> bool:
        """Token i is a capitalised word that can be part of a name (not a capitalised
        function word)."""
        token = self.tok[i]
        if not self.is_cap(token) or not any(c.isalpha() for c in token.text):
            return False
        low = token.lower_
        if low in self.s["prepositions"] or low in self.s["determiners"] or low in self.c.np_break:
            return False
        if headline and low in self.c.forms:
            return False
        if i in self.sent_starts or (i > 0 and self.tok[i - 1].is_space):
            if low in self.common and self.ent(i) is None and not token.is_upper:
                return False
        return True

    def glued(self, k: int) -> bool:
        """Token k is part of a hyphenated word (a hyphen touches it on either side)."""
        tok, spaced = self.tok, self.spaced
        before = k >= 2 and tok[k - 1].text in _HYPHENS and not spaced[k - 2]
        after = k + 1 < len(tok) and tok[k + 1].text in _HYPHENS and not spaced[k]
        return (before and not spaced[k - 1]) or after

    def is_named(self, span: Span) -> bool:
        """An entity or a capitalised name, not a generic noun phrase."""
        if span.label_ in ("ORG", "GPE"):
            return True
        tok = self.tok
        return all(
            self.is_name_token(k, False) or tok[k].like_num or tok[k].text in _HYPHENS
            for k in range(span.start, span.end)
        )

    def name_at(self, m: int, limit: int, headline: bool) -> Span | None:
        """An ORG entity or a capitalised name run starting at token m."""
        if m >= limit:
            return None
        ent = self.ent(m, ("ORG",))
        if ent is not None and ent.start == m:
            return ent
        if self.ent(m) is not None or not self.is_name_token(m, headline):
            return None
        end = m
        while (
            end < limit
            and (self.is_name_token(end, headline) or (self.tok[end].like_num and end > m))
            and self.ent(end) is None
        ):
            end += 1
        return self.doc[m:end]

    def new_clause(self, k: int, limit: int) -> bool:
        """Token k ("and", ", and") starts a clause with its own subject and verb (", and the
        government is expected to ...", "and in 2021 it set up ..."), not a second object or
        a coordinated name ("by Harbor Bank and the city of Porto in 2021")."""
        tok = self.tok
        token = tok[k]
        if self.ent(k) is not None:
            return False  # "Ministry of Industry, Science and Resources"
        if token.lower_ == "and":
            m = k + 1
        elif token.text == "," and k + 1 < limit and tok[k + 1].lower_ == "and":
            m = k + 2
        else:
            return False
        if m >= limit:
            return False
        nxt = tok[m]
        if not (
            not nxt.is_lower
            or nxt.lower_ in self.s["determiners"]
            or nxt.lower_ in self.s["pronouns"]
            or nxt.lower_ in self.s["prepositions"]
            or self.ent(m) is not None
        ):
            return False
        for j in range(m, min(limit, m + 10)):
            word = tok[j]
            low = word.lower_
            if word.is_punct:
                break
            if (
                low in _SUBJECT_PRONOUNS
                or low in self.s["modals"]
                or low in self.s["auxiliaries"]
                or low in self.s["reporting_verbs"]
                or low in self.c.forms
                or (
                    j > m
                    and word.is_lower
                    and low.endswith("ed")
                    and tok[j - 1].lower_ not in self.s["determiners"]
                    and not tok[j - 1].lower_.endswith("ly")
                )
            ):
                return True
        return False

    def purpose_infinitive(self, k: int, limit: int) -> bool:
        """Token k is the "to" of an infinitive ("to train"), as far as words tell: not "to"
        before a determiner, a number or a name ("opened to the public", "to 5 January")."""
        tok = self.tok
        if tok[k].lower_ != "to" or k + 1 >= limit:
            return False
        nxt = tok[k + 1]
        return (
            nxt.is_alpha
            and nxt.is_lower
            and self.ent(k + 1) is None
            and nxt.lower_ not in self.s["determiners"]
            and nxt.lower_ not in self.s["pronouns"]
        )

    def introduction(self, floor: int, limit: int) -> tuple[Span | None, Span | None, int]:
        """An introductory "In May 2019," / "In Peru," / "At Sunday's ceremony," at the
        sentence start: its date, its place and where it ends. Without a comma only a
        leading "In 2019" counts, and only for the date ("In 2019 Ontario launched ...")."""
        tok = self.tok
        k = floor
        date = place = None
        while k < limit:
            token = tok[k]
            ent = self.ent(k, ("DATE", "GPE"))
            if ent is not None:
                if ent.label_ == "DATE":
                    date = date or ent
                else:
                    place = place or ent
                k = ent.end
                continue
            low = token.lower_
            if token.text == ",":
                if date is not None or place is not None:
                    return date, place, k
                k += 1
                continue
            if (
                low in self.s["prepositions"]
                or low == "the"
                or (low.endswith("ly") and token.is_alpha)
                or (date is not None and token.text in _POSSESSIVE)
                or (date is not None and token.is_lower and tok[k - 1].text in _POSSESSIVE)
            ):
                k += 1
                continue
            break
        if (
            date is not None
            and date.start == floor + 1
            and tok[floor].lower_ in self.s["prepositions"]
        ):
            return date, None, date.end
        return None, None, floor

    def _intro_only(self, floor: int, end: int) -> bool:
        """Tokens [floor, end) are an introductory adverbial: dates, places after a
        preposition ("In Peru,"), prepositions and adverbs."""
        tok = self.tok
        k = floor
        if k >= end:
            return True
        preposition = False
        while k < end:
            ent = self.ent(k, ("DATE", "GPE"))
            if ent is not None:
                if ent.label_ == "GPE" and not preposition:
                    return False
                k = ent.end
                continue
            token = tok[k]
            low = token.lower_
            preposition = preposition or low in self.s["prepositions"]
            if (
                low in self.s["prepositions"]
                or low in ("the", ",")
                or (low.endswith("ly") and token.is_alpha)
            ):
                k += 1
                continue
            return False
        return True


class _Phrases(_Text):
    """Noun phrases: the phrase ending before a word (a subject), the phrase starting after
    it (an object), the name a phrase stands for ("a subsidiary, Acme Asia Pte Ltd", "a
    platform called X") and the head nouns the sense checks read."""

    def np_left(self, j: int, floor: int) -> Span | None:
        """The noun phrase ending at j, without determiners or possessors."""
        doc = self.doc
        tok = self.tok
        start = j
        k = j - 1
        while k >= floor:
            token = tok[k]
            low = token.lower_
            ent = self.ent(k, ("MONEY", "GPE", "ORG"))
            if ent is not None and ent.label_ == "MONEY":
                start = ent.start
                k = ent.start - 1
                continue
            if token.text in _HYPHENS or token.like_num:
                start = k
                k -= 1
                continue
            if token.text == ")":
                m = k
                while m >= floor and tok[m].text != "(" and k - m < 8:
                    m -= 1
                if m >= floor and tok[m].text == "(":
                    start = m
                    k = m - 1
                    continue
                break
            if token.text in _POSSESSIVE:
                break
            if (
                (token.is_alpha or "-" in token.text)
                and low not in self.c.np_break
                and low not in self.s["determiners"]
            ):
                if ent is not None and k + 1 < len(doc) and tok[k + 1].text in _POSSESSIVE:
                    break  # "the city's planned hub": the possessor is not part of the phrase
                start = k
                k -= 1
                continue
            break
        while start < j and tok[start].text in _HYPHENS:
            start += 1
        return doc[start : j + 1]

    def np_right(self, j: int, limit: int, headline: bool) -> Span | None:
        """The object noun phrase starting at j: a quoted name, an entity or a noun phrase,
        without determiners or possessives; "of" and one more phrase are kept."""
        doc = self.doc
        tok = self.tok
        while j < limit and (
            tok[j].lower_ in self.s["determiners"] and tok[j].lower_ not in ("that", "which")
        ):
            j += 1
        if j < limit and tok[j].text in _QUOTES_OPEN:
            k = j + 1
            while k < min(limit, j + 20) and tok[k].text not in _QUOTES_CLOSE:
                k += 1
            if k < limit and k > j + 1:
                ent = self.ent(j + 1, ("ORG",))
                after = k + 1
                if ent is not None and ent.end == k:
                    return ent
                if (
                    after < limit
                    and tok[after].is_alpha
                    and tok[after].is_lower
                    and tok[after].lower_ not in self.c.np_break
                    and tok[after].lower_ not in self.s["prepositions"]
                ):
                    tail = self.np_right(after, limit, headline)
                    if tail is not None:
                        return doc[j : tail.end]
                return doc[j + 1 : k]
        # a possessor: "Lima's first platform"
        ent = self.ent(j, ("ORG", "GPE"))
        if ent is not None and ent.end + 1 < limit and tok[ent.end].text in _POSSESSIVE:
            j = ent.end + 1
        start = j
        k = j
        of_used = False
        while k < limit and k - start < _MAX_OBJECT:
            token = tok[k]
            low = token.lower_
            ent = self.ent_at.get(k)
            if ent is not None:
                if ent.label_ == "DATE":
                    break
                if ent.start < start:
                    break
                k = ent.end
                if ent.label_ == "ORG" and not (k < limit and tok[k].text in _POSSESSIVE):
                    break  # a name heads its phrase: "the launch of the X Exchange drew ..."
                continue
            if token.text == "(":
                m = k + 1
                while m < limit and tok[m].text != ")" and m - k < 8:
                    m += 1
                if (
                    m < limit
                    and tok[m].text == ")"
                    and any(self.ent(x, ("MONEY",)) for x in range(k + 1, m))
                ):
                    k = m + 1
                    continue
                break
            if token.text in _HYPHENS or token.text in ("+", "&", "/"):
                if k > start and k + 1 < limit and not tok[k + 1].is_punct:
                    k += 1
                    continue
                break
            if token.text in _POSSESSIVE:
                start = k + 1
                k += 1
                continue
            if token.is_punct or token.is_space:
                break
            if k > start and self.glued(k) and token.is_alpha:
                k += 1  # inside a hyphenated word: "pay-as-you-go"
                continue
            if low == "of" and not of_used and k > start:
                nxt = k + 1
                while nxt < limit and tok[nxt].lower_ in self.s["determiners"]:
                    nxt += 1
                if (
                    nxt < limit
                    and not tok[nxt].is_punct
                    and tok[nxt].lower_ not in self.c.np_break
                    and tok[nxt].lower_ not in self.s["prepositions"]
                    and self.ent(nxt, ("DATE",)) is None
                ):
                    of_used = True
                    k = nxt
                    continue
                break
            if (
                headline
                and self.is_cap(token)
                and (
                    low in self.s["prepositions"]
                    or low in self.c.np_break
                    or low in self.s["determiners"]
                )
            ):
                break
            if headline and low in self.c.forms and k > start:
                break
            if low in self.c.np_break or low in self.s["prepositions"]:
                break
            if low in self.s["determiners"] and k > start:
                break
            if token.is_lower and k > start and self._verb_after_noun(k, limit):
                break
            if (
                self.is_name_token(k, headline)
                or token.is_alpha
                or token.like_num
                or any(c.isalnum() for c in token.text)
            ):
                k += 1
                continue
            break
        while k > start and (tok[k - 1].text in _HYPHENS or tok[k - 1].lower_ in ("of", "and")):
            k -= 1
        if k <= start:
            return None
        return doc[start:k]

    def _verb_after_noun(self, k: int, limit: int) -> bool:
        """Token k ends the noun phrase before it: a participle that takes a complement
        ("a fund backed by", "a system allowing the"), a verb with a number object ("the
        alliance groups 86 companies"), or an adverb that no noun follows ("release the chip
        commercially next year", not "an assembly line")."""
        tok = self.tok
        token = tok[k]
        low = token.lower_
        if tok[k - 1].text in _HYPHENS:
            return False
        nxt = tok[k + 1] if k + 1 < limit else None
        if low.endswith("ly") and len(low) > 4:
            return (
                nxt is None
                or not (nxt.is_alpha and nxt.is_lower)
                or nxt.lower_ in self.s["prepositions"]
                or self.ent(k + 1) is not None
            )
        if low.endswith(("ing", "ed")) and low not in self.s["object_heads"]:
            if nxt is None or nxt.is_punct:
                return low.endswith("ed")
            nlow = nxt.lower_
            return (
                nlow in self.s["determiners"]
                or nlow in self.s["prepositions"]
                or nlow in self.s["pronouns"]
                or nxt.like_num
                or self.ent(k + 1, ("MONEY", "ORG", "GPE")) is not None
            )
        return (
            low.endswith("s")
            and nxt is not None
            and nxt.like_num
            and self.ent(k + 1, ("MONEY", "DATE")) is None
        )

    def named_object(self, np: Span, limit: int, headline: bool) -> Span:
        """Prefer the name: the ORG that ends the phrase, an appositive name after it
        ("a subsidiary, Acme Asia Pte Ltd,"), or a "called X" name."""
        tok = self.tok
        core_end = self._core_end(np)
        last_org = None
        for k in range(np.start, core_end):
            ent = self.ent(k, ("ORG",))
            if ent is not None and ent.end == core_end:
                last_org = ent
        if last_org is not None:
            return last_org
        is_named = all(
            self.is_name_token(k, headline) or tok[k].like_num or tok[k].text in _HYPHENS
            for k in range(np.start, core_end)
        ) or (self.ent(np.start, ("ORG",)) is not None)
        k = np.end
        if k < limit and tok[k].lower_ in self.s["naming_words"]:
            m = k + 1
            if m < limit and tok[m].lower_ == "as":
                m += 1
            while m < limit and (
                tok[m].lower_ in ("the", "a", "an") or tok[m].text in _QUOTES_OPEN
            ):
                m += 1
            name = self.name_at(m, limit, headline)
            if name is not None:
                return name
        if not is_named and not headline and k + 1 < limit and tok[k].text == ",":
            name = self.name_at(k + 1, limit, headline)
            if name is not None and (
                name.end >= limit
                or tok[name.end].text in (",", ".", ";")
                or tok[name.end].lower_ == "and"
            ):
                return name
        return np

    def _core_end(self, np: Span) -> int:
        """End of the phrase before its "of" part."""
        tok = self.tok
        for k in range(np.start, np.end):
            if tok[k].lower_ == "of":
                return k
        return np.end

    def heads(self, np: Span) -> list[str]:
        """Head nouns to check: the last word before "of", and after "of" for quantities."""
        words = self.core_words(np)
        heads = words[-1:]
        if len(words) >= 2:
            heads.append(" ".join(words[-2:]))
        core_end = self._core_end(np)
        if core_end < np.end and heads and heads[0] in self.s["quantity_heads"]:
            tail = _WORD.findall(self.span_text(core_end + 1, np.end).lower())
            if tail:
                heads.append(tail[-1])
        return heads

    def core_words(self, np: Span) -> list[str]:
        """The phrase's words before "of", hyphenated words kept whole ("start-up")."""
        return _WORD.findall(self.span_text(np.start, self._core_end(np)).lower())

    def appositive_name_before(self, start: int, floor: int, headline: bool) -> Span | None:
        """ "Name, a noun phrase": the name an appositive noun phrase describes."""
        doc = self.doc
        tok = self.tok
        k = start - 1
        if k >= floor and tok[k].lower_ in ("a", "an", "the"):
            k -= 1
        if k < floor or tok[k].text != ",":
            return None
        k -= 1
        if k < floor:
            return None
        if tok[k].text == ")" and k - 2 >= floor and tok[k - 2].text == "(":
            k -= 3
        ent = self.ent(k, ("ORG",))
        if ent is not None:
            return ent
        if self.is_name_token(k, headline) and self.ent(k) is None:
            m = k
            while (
                m - 1 >= floor
                and (self.is_name_token(m - 1, headline) or tok[m - 1].like_num)
                and self.ent(m - 1) is None
            ):
                m -= 1
            if not (m == floor and tok[m].is_stop):
                return doc[m : k + 1]
        return None

    def after_comma(self, end: int, sent_end: int, headline: bool) -> Span | None:
        """The noun phrase after the comma that closes a fronted participle clause."""
        k = end
        while k < sent_end and self.tok[k].text != ",":
            k += 1
        if k + 1 >= sent_end:
            return None
        np = self.np_right(k + 1, sent_end, headline)
        return self.named_object(np, sent_end, headline) if np is not None else None

    def copular_object(
        self, end: int, sent_end: int, headline: bool, *, any_phrase: bool
    ) -> Span | None:
        """X in "[the one project that has launched] is X" and "[what Acme unveiled on
        Monday] was X": a copula right after the clause (past its dates, places and adverbs)
        identifies what was launched. After a relative clause only a name counts ("... is
        Acme Lab", not "... was a success"); after a free relative ("what") any phrase."""
        tok = self.tok
        k = end
        while k < sent_end:
            ent = self.ent(k, ("DATE", "GPE"))
            if ent is not None:
                k = ent.end
                continue
            token = tok[k]
            low = token.lower_
            if (
                low in self.s["prepositions"]
                or low == "the"
                or (token.is_lower and token.is_alpha and low.endswith("ly"))
            ):
                k += 1
                continue
            break
        if k + 1 >= sent_end or tok[k].lower_ not in _BE - {"be", "been", "being"}:
            return None
        np = self.np_right(k + 1, sent_end, headline)
        if np is None:
            return None
        if not any_phrase and not (
            self.ent(np.start, ("ORG",)) is not None or self.is_name_token(np.start, headline)
        ):
            return None
        return self.named_object(np, sent_end, headline)


class _Subjects(_Phrases):
    """Who launched: the walk left from a verb over its auxiliaries, modals and adverbs, and
    the subject where the walk stops (an entity, a name, a noun phrase, a relative pronoun's
    antecedent, a pronoun's referent), a passive's "by" phrase, and the subject a
    coordinated verb, a gerund or an infinitive inherits."""

    def chain_left(self, i: int, floor: int) -> tuple[list[Token], int, Span | None]:
        """Tokens of the verb complex left of token i (modals, auxiliaries, negation, adverbs,
        "to", "plans to"), the index where the walk stopped, and a DATE passed on the way
        ("on Monday launched"). A word of intention ("plans", "aims", "due") is part of the
        complex only before "to": otherwise it is a noun ("the plan launched last year")."""
        doc = self.doc
        tok = self.tok
        walked: list[Token] = []
        date: Span | None = None
        j = i - 1
        while j >= floor:
            token = tok[j]
            low = token.lower_
            ent = self.ent(j, ("DATE",))
            if ent is not None:
                date = date or ent
                j = ent.start - 1
                if j >= floor and tok[j].lower_ in self.s["date_prepositions"]:
                    j -= 1
                continue
            if low in self.c.skippable:
                if low in self.s["irrealis_words"] and not (walked and walked[-1].lower_ == "to"):
                    break
                walked.append(doc[j])
                j -= 1
                continue
            if token.is_lower and low.endswith("ly") and len(low) > 4:
                walked.append(doc[j])  # "has finally launched", "was quietly wound up"
                j -= 1
                continue
            break
        return walked, j, date

    def subject_at(self, j: int, floor: int, headline: bool, depth: int = 0) -> Subject:
        """The subject that ends at token j, where a left walk stopped: an entity (the first
        of "X and Y", the long name of "X (ABC)", "Sichuan province"), a relative pronoun's
        antecedent, a pronoun's referent, an appositive's name ("X, a start-up, ..."), a
        capitalised name, or a noun phrase; "coord" after "and", "prep" after a
        preposition. A name or phrase inside a PP ("a scheme in Wales") is not the subject;
        a name after a relative clause's noun ("the fund that Acme launched") also reports
        that noun as ``object_relative``."""
        if j < floor:
            return Subject("none")
        doc = self.doc
        tok = self.tok
        token = tok[j]
        low = token.lower_
        if low in self.s["name_designators"] and token.is_lower:
            gpe = self.ent(j - 1, ("GPE",)) if j - 1 >= floor else None
            if gpe is not None:
                return Subject("entity", gpe)
        if token.text == ")" and j - 2 >= floor and tok[j - 2].text == "(":
            inner = self.ent(j - 1, ("ORG", "GPE"))
            before = self.ent(j - 3, ("ORG", "GPE")) if j - 3 >= floor else None
            if before is not None:
                return self._entity_subject(before, floor, headline)
            if inner is not None:
                return Subject("entity", inner)
        ent = self.ent(j, ("ORG", "GPE"))
        if ent is not None:
            return self._entity_subject(ent, floor, headline)
        if self.ent(j, ("MONEY", "DATE")) is not None:
            return Subject("none")
        if low in ("which", "that", "who"):
            k = j - 1
            if k >= floor and tok[k].text == ",":
                k -= 1
            if depth < 2:
                antecedent = self.subject_at(k, floor, headline, depth + 1)
                if antecedent.span is not None:
                    return antecedent  # "X, which launched ...": X
            return Subject("none")
        if low in ("it", "they") and depth < 2:
            return self._pronoun(j, floor, headline, depth)
        if token.text == ",":
            return self._before_comma(j, floor, headline, depth)
        if low in ("and", "or", "&"):
            return Subject("coord")
        if low in self.s["prepositions"]:
            return Subject("prep")
        if self.is_name_token(j, headline) and not (j == floor and token.is_stop):
            start = j
            while (
                start - 1 >= floor
                and (
                    self.is_name_token(start - 1, headline)
                    or (
                        tok[start - 1].like_num
                        and start - 2 >= floor
                        and self.is_name_token(start - 2, headline)
                    )
                )
                and self.ent(start - 1) is None
            ):
                start -= 1
            if start == floor and tok[start].is_stop and start < j:
                start += 1
            if tok[start].is_stop and start == j:
                return Subject("none")
            partial = self.ent(start - 1, ("ORG",)) if start - 1 >= floor else None
            if partial is not None:
                start = partial.start  # a name the ORG recogniser cut short: "Acme" + "Grid"
            span = doc[start : j + 1]
            if start - 2 >= floor and tok[start - 1].lower_ in ("and", "&") and depth < 2:
                first = self.subject_at(start - 2, floor, headline, 2)
                if first.kind in ("entity", "name") and first.span is not None:
                    return first
            subject = self._check_pp(Subject("name", span), start, floor, headline)
            if subject.kind == "name":
                subject.object_relative = self.relative_object(start, floor, headline)
            return subject
        if (
            token.is_lower
            and token.is_alpha
            and low not in self.c.np_break
            and low not in self.s["determiners"]
        ):
            np = self.np_left(j, floor)
            if np is None:
                return Subject("none")
            subject = self._check_pp(Subject("np", np), np.start, floor, headline)
            if subject.kind == "np":
                named = self.appositive_name_before(np.start, floor, headline)
                if named is not None:
                    return Subject("name", named)
                if depth < 2:
                    subject.object_relative = self.relative_object(np.start, floor, headline)
            return subject
        return Subject("none")

    def _entity_subject(self, ent: Span, floor: int, headline: bool) -> Subject:
        """An entity ending the subject: first conjunct of "X and Y", not one inside a PP."""
        tok = self.tok
        k = ent.start - 1
        if k >= floor and tok[k].lower_ == "the":
            k -= 1
        if k >= floor and tok[k].lower_ in ("and", "&", "or", "nor"):
            m = k - 1
            if m >= floor and tok[m].text == ")" and m - 3 >= floor and tok[m - 2].text == "(":
                m -= 3
            first = self.ent(m, ("ORG", "GPE")) if m >= floor else None
            if first is not None:
                return self._entity_subject(first, floor, headline)
        subject = self._check_pp(Subject("entity", ent), ent.start, floor, headline)
        if subject.kind == "entity":
            subject.object_relative = self.relative_object(ent.start, floor, headline)
        return subject

    def _check_pp(self, subject: Subject, start: int, floor: int, headline: bool) -> Subject:
        """A name right after a preposition is inside a PP ("a scheme in Wales"): look
        further left for the noun it modifies and keep the place as a location."""
        tok = self.tok
        k = start - 1
        if k >= floor and tok[k].lower_ == "the":
            k -= 1
        if (
            k < floor
            or tok[k].lower_ not in self.s["prepositions"]
            or tok[k].lower_ in self.s["subordinators"]
        ):
            return subject
        location = (
            subject.span if subject.span is not None and subject.span.label_ == "GPE" else None
        )
        if (
            location is not None
            and tok[k].lower_ == "of"
            and k - 1 >= floor
            and tok[k - 1].lower_ in self.s["name_designators"]
        ):
            return subject  # "the state of Oregon launched ...": the place itself
        if tok[k].lower_ in self.s["location_prepositions"] and k - 1 >= floor:
            outer = self.subject_at(k - 1, floor, headline, 2)
            if outer.kind in ("np", "name", "entity"):
                outer.location = outer.location or location
                return outer
        if tok[k].lower_ not in self.s["location_prepositions"]:
            location = None
        return Subject("none", location=location, blocked=True)

    def _pronoun(self, j: int, floor: int, headline: bool, depth: int) -> Subject:
        """ "it"/"they": the subject of the reporting verb before it, else the sentence's."""
        tok = self.tok
        k = j - 1
        while k >= floor:
            low = tok[k].lower_
            date = self.ent(k, ("DATE",))
            if date is not None:
                k = date.start - 1
                continue
            if (
                low in ("that", ",")
                or low in self.s["date_prepositions"]
                or (tok[k].is_lower and low.endswith("ly"))
            ):
                k -= 1
                continue
            break
        if k >= floor and tok[k].lower_ in self.s["reporting_verbs"]:
            _, stop, _ = self.chain_left(k, floor)
            subject = self.subject_at(stop, floor, headline, depth + 1)
            if subject.kind == "coord":
                return subject
            return subject if subject.kind in ("entity", "name") else Subject("none")
        head = self.sentence_subject(floor, headline)
        subject = head if head.span is not None else Subject("none")
        low = tok[k].lower_ if k >= floor else ""
        if (
            k >= floor
            and tok[k].is_lower
            and tok[k].is_alpha
            and low not in self.c.np_break
            and low not in self.c.skippable
            and low not in self.s["prepositions"]
        ):
            # a zero relative: "the network it launched" -> the object is that noun
            subject.object_relative = self.np_left(k, floor)
        return subject

    def _before_comma(self, j: int, floor: int, headline: bool, depth: int) -> Subject:
        """ "X, an appositive, launched": the named one of X and the appositive."""
        tok = self.tok
        k = j - 1
        while k >= floor and tok[k].text != ",":
            k -= 1
        if k < floor or depth >= 2:
            if self._intro_only(floor, j):
                return Subject("none")
            return Subject("coord")
        segment_start = k + 1
        while segment_start < j and tok[segment_start].lower_ in self.s["determiners"]:
            segment_start += 1
        segment = self._named_segment(segment_start, j, headline)
        before = self.subject_at(k - 1, floor, headline, depth + 1)
        if self._intro_only(floor, k):
            return segment or Subject("none")
        if before.kind in ("entity", "name"):
            return before
        if segment is not None:
            return segment
        return before

    def _named_segment(self, start: int, end: int, headline: bool) -> Subject | None:
        """The tokens [start, end) are one entity or one capitalised name."""
        if start >= end:
            return None
        ent = self.ent(start, ("ORG", "GPE"))
        if ent is not None and ent.start == start and ent.end == end:
            return Subject("entity", ent)
        if all(
            self.is_name_token(k, headline) or (self.tok[k].like_num and k > start)
            for k in range(start, end)
        ):
            return Subject("name", self.doc[start:end])
        return None

    def relative_object(self, start: int, floor: int, headline: bool) -> Span | None:
        """The noun a relative clause starting at ``start`` modifies: "a scheme that [Acme
        introduced]", "the ranking [the institute released]" (None when there is none)."""
        tok = self.tok
        k = start - 1
        determiner = k >= floor and tok[k].lower_ in ("the", "a", "an")
        if determiner:
            k -= 1
        if k < floor:
            return None
        low = tok[k].lower_
        if low in ("which", "that"):
            m = k - 1
            if m >= floor and tok[m].text == ",":
                m -= 1
            antecedent = self.subject_at(m, floor, headline, 2)
            return antecedent.span if antecedent.kind in ("np", "name", "entity") else None
        token = tok[k]
        if (
            determiner
            and token.is_lower
            and token.is_alpha
            and low not in self.c.np_break
            and low not in self.s["prepositions"]
            and low not in self.c.skippable
            and low not in self.s["reporting_verbs"]
            and low not in self.c.forms
            and not low.endswith(("ed", "ly"))
        ):
            return self.np_left(k, floor)
        return None

    def possessor_before(self, j: int, floor: int, headline: bool) -> Subject | None:
        """The named possessor of the noun phrase ending just before token j: "Acme's role"
        in "Acme's role in founding ..." (None when the phrase has no named possessor)."""
        k = j - 1
        if k < floor or not (self.tok[k].is_alpha and self.tok[k].is_lower):
            return None
        np = self.np_left(k, floor)
        mark = np.start - 1 if np is not None else -1
        if mark - 1 < floor or self.tok[mark].text not in _POSSESSIVE:
            return None
        owner = self.subject_at(mark - 1, floor, headline, 2)
        return owner if owner.kind in ("entity", "name") else None

    def sentence_subject(self, floor: int, headline: bool) -> Subject:
        """The head of the sentence's first noun phrase, after an introductory adverbial."""
        doc = self.doc
        tok = self.tok
        sent_end = self.bounds(floor)[1]
        k = floor
        # skip "In September 2022," / "Yesterday," / "Notably,"
        comma = None
        m = floor
        while m < min(sent_end, floor + 12):
            if tok[m].text == ",":
                comma = m
                break
            m += 1
        if comma is not None and self._intro_only(floor, comma):
            k = comma + 1
        # "In 2019 Ontario launched ...": an introductory date or place without a comma
        while k + 1 < sent_end and tok[k].lower_ in self.s["prepositions"]:
            ent = self.ent(k + 1, ("DATE", "GPE"))
            if ent is None or ent.start != k + 1 or ent.end >= sent_end:
                break
            k = ent.end
        last: Span | None = None
        kind = "none"
        while k < sent_end:
            token = tok[k]
            ent = self.ent(k, ("ORG", "GPE", "MONEY", "DATE"))
            if ent is not None:
                if ent.label_ not in ("MONEY", "DATE") and not (
                    ent.end < len(doc) and tok[ent.end].text in _POSSESSIVE
                ):
                    last, kind = ent, "entity"
                k = ent.end
                continue
            low = token.lower_
            if token.text in ("(",):
                while k < sent_end and tok[k].text != ")":
                    k += 1
                k += 1
                continue
            if token.text in _POSSESSIVE or token.text in _HYPHENS or low == "the":
                k += 1
                continue
            if self.is_name_token(k, headline):
                if low in self.c.forms:
                    break
                start = k
                while (
                    k < sent_end
                    and (self.is_name_token(k, headline) or (tok[k].like_num and k > start))
                    and self.ent(k) is None
                ):
                    k += 1
                if not (start == floor and tok[start].is_stop and k - start == 1):
                    if last is None or kind != "entity":
                        last, kind = doc[start:k], "name"
                continue
            if (
                token.is_lower
                and token.is_alpha
                and low not in self.c.np_break
                and low not in self.s["prepositions"]
                and low not in self.c.forms
            ):
                k += 1
                continue
            break
        if last is None:
            return Subject("none")
        return Subject(kind, last)

    def controller(
        self,
        subject: Subject,
        trigger: Trigger,
        walked: list[Token],
        stop: int,
        floor: int,
        headline: bool,
        found: list[Found],
    ) -> Subject:
        """The subject of a verb whose own subject is not next to it: a second coordinated
        verb takes the first one's named subject ("X set up A in 2021 and launched B"); a
        gerund after a preposition takes the possessor of the noun before it ("X's
        leadership in establishing Y") or else the sentence subject ("X took a stride by
        launching Y"); an infinitive after a prepositional phrase or "the first ... to" takes
        the sentence subject ("X signed an agreement with Y to establish Z")."""
        floor_found = [
            f for f in found if f.sentence_start == floor and f.trigger.end <= trigger.start
        ]
        if subject.kind == "coord" and floor_found:
            inherited = floor_found[-1].subject
            if inherited is not None and self.is_named(inherited):
                return Subject("entity", inherited)
            return Subject("none")
        if subject.kind == "coord" or (subject.kind == "prep" and "gerund" in trigger.kinds):
            head = self.possessor_before(stop, floor, headline) or self.sentence_subject(
                floor, headline
            )
            return head if head.kind in ("entity", "name") else Subject("none")
        if (
            "to" in [t.lower_ for t in walked]
            and subject.kind not in ("entity", "name")
            and (subject.blocked or self._realis_to(walked, floor))
        ):
            head = self.sentence_subject(floor, headline)
            if head.kind in ("entity", "name"):
                return head
        return subject

    def _realis_to(self, walked: list[Token], floor: int) -> bool:
        """An infinitive that reports what happened: "went on to found", "became the first
        institution to establish" (an ordinal before the infinitive), unless a modal, a
        negation or a word of intention governs it ("hopes to be the first to launch")."""
        if [t.lower_ for t in walked] != ["to"]:
            return False
        to_index = walked[0].i
        before = self.lowers(max(floor, to_index - 8), to_index)
        if set(before) & (self.s["modals"] | self.s["negations"] | self.s["irrealis_words"]):
            return False
        if " ".join(before[-2:]) in self.s["realis_to_phrases"]:
            return True
        return "the" in before and bool(set(before) & self.s["realis_before_to"])

    def by_agent(self, end: int, sent_end: int, headline: bool) -> Span | None:
        """The agent of a passive: "by X" after the verb, past only PP material."""
        tok = self.tok
        k = end
        while k < min(sent_end, end + 14):
            token = tok[k]
            low = token.lower_
            ent = self.ent_at.get(k)
            if ent is not None:
                k = ent.end
                continue
            if low == "by":
                return self._by_phrase(k + 1, sent_end, headline)
            if (
                low in self.s["prepositions"]
                or low in ("the", "a", "an", "its", "their")
                or token.like_num
                or (token.is_lower and low.endswith("ly"))
                or self.is_cap(token)
            ):
                k += 1
                continue
            if (
                token.is_lower
                and token.is_alpha
                and k > end
                and tok[k - 1].lower_ in {"a", "an", "the", "its", "their"} | self.s["prepositions"]
            ):
                k += 1
                continue
            if token.text in _HYPHENS or token.text == ",":
                if token.text == "," and not (k + 1 < sent_end and tok[k + 1].lower_ == "by"):
                    return None
                k += 1
                continue
            return None
        return None

    def _by_phrase(self, k: int, sent_end: int, headline: bool) -> Span | None:
        """The name heading the noun phrase after "by" (not "former Acme engineers")."""
        doc = self.doc
        tok = self.tok
        while k < sent_end and tok[k].lower_ in self.s["determiners"]:
            k += 1
        last: Span | None = None
        last_is_head = False
        while k < sent_end:
            token = tok[k]
            ent = self.ent(k, ("ORG", "GPE"))
            if ent is not None:
                if ent.end < sent_end and tok[ent.end].text in _POSSESSIVE:
                    k = ent.end + 1
                    continue
                if last is None or not last_is_head:
                    last, last_is_head = ent, True
                k = ent.end
                if k < sent_end and tok[k].text == "(":
                    while k < sent_end and tok[k].text != ")":
                        k += 1
                    k += 1
                continue
            if self.ent(k) is not None:
                break
            if self.is_name_token(k, headline):
                m = k
                while (
                    m < sent_end
                    and (self.is_name_token(m, headline) or (tok[m].like_num and m > k))
                    and self.ent(m) is None
                ):
                    m += 1
                last, last_is_head = doc[k:m], True
                k = m
                continue
            low = token.lower_
            if (
                token.is_lower
                and token.is_alpha
                and low not in self.c.np_break
                and low not in self.s["prepositions"]
            ):
                last_is_head = False
                k += 1
                continue
            if token.text in _HYPHENS:
                k += 1
                continue
            break
        return last if last is not None and last_is_head else None


class _Modality(_Subjects):
    """asserted or unasserted: modals, negation, "to" and words of intention in the verb
    complex; negative or inverted subjects; cue phrases before the trigger ("if", "calls
    for the establishment of"); schedule words after a launch noun ("... was postponed");
    and a launch date after the publication date."""

    def verbal_modality(
        self, trigger: Trigger, walked: list[Token], stop: int, floor: int, args: dict[str, Span]
    ) -> str:
        """unasserted when the verb complex holds a modal, a negation, "to" or "plans to", the
        subject is negative ("No bank has launched"), a cue phrase precedes the clause, or
        the launch is dated after publication."""
        tok = self.tok
        lows = [t.lower_ for t in walked]
        lowset = set(lows)
        if lowset & (self.s["modals"] | self.s["negations"] | self.s["irrealis_words"]):
            return "unasserted"
        if self._negative_subject(stop, floor):
            return "unasserted"
        if "to" in lowset and not self._realis_to(walked, floor):
            return "unasserted"
        if not walked and trigger.kinds & {"base"} and not trigger.kinds & {"past"}:
            # "efforts to foster the growth and establish standards": coordinated infinitive
            k = trigger.start - 1
            if k >= floor and tok[k].lower_ in ("and", "or"):
                for m in range(k - 1, max(floor, k - 14) - 1, -1):
                    low = tok[m].lower_
                    if low in (",", ";", ".") or low in self.s["clause_breaks"]:
                        break
                    if low == "to" or low in self.s["modals"]:
                        return "unasserted"
        gerund_complement = "gerund" in trigger.kinds and (
            self.cue_end.get(trigger.start - 1) == "COMPLEMENT"  # "is considering launching"
        )
        if gerund_complement or self.cue_before(trigger.start, floor, complement=False):
            return "unasserted"
        if (
            trigger.kinds & {"gerund"}
            and trigger.start - 1 >= floor
            and tok[trigger.start - 1].lower_ in ("of", "for")
        ):
            k = trigger.start - 2
            if k >= floor and tok[k].lower_ in self.s["purpose_nouns"]:
                return "unasserted"
        if self.future_date(args.get("date")):
            return "unasserted"
        return "asserted"

    def nominal_modality(
        self, trigger: Trigger, floor: int, sent_end: int, args: dict[str, Span]
    ) -> str:
        """unasserted for "the planned launch", "would oversee the establishment of", "the
        opening was postponed" and launches dated after publication."""
        tok = self.tok
        if self.cue_before(trigger.start, floor, complement=True):
            return "unasserted"
        k = trigger.start - 1
        steps = 0
        while k >= floor and steps < 8:
            low = tok[k].lower_
            if low in (",", ";", ":") or low in self.s["clause_breaks"] or low == "that":
                break
            if low in self.s["modals"] or low in self.s["negations"] or low == "to":
                return "unasserted"
            k -= 1
            steps += 1
        k = trigger.end
        limit = min(sent_end, trigger.end + 16)
        while k < limit:
            low = tok[k].lower_
            if low in self.s["after_cues"]:
                return "unasserted"  # "the launch ... has been postponed"
            if (
                low in (";", ":")
                or low in self.s["reporting_verbs"]
                or low in self.s["clause_breaks"]
                or self.new_clause(k, limit)
            ):
                break
            k += 1
        if self.future_date(args.get("date")):
            return "unasserted"
        return "asserted"

    def _negative_subject(self, stop: int, floor: int) -> bool:
        """The clause of the subject ending at ``stop`` opens with a negative word ("Neither
        X nor Y has launched", "No bank has launched", "None of the funds was set up") or
        an inverted auxiliary of a condition ("Had Acme launched it earlier, ...")."""
        tok = self.tok
        if stop < floor:
            return False
        k = stop
        while (
            k > floor
            and not tok[k - 1].is_punct
            and tok[k - 1].lower_ not in self.s["clause_breaks"]
        ):
            k -= 1
        low = tok[k].lower_
        return low in self.s["negative_subject_words"] or (
            low in self.s["inversion_words"] and k < stop and tok[k].is_title
        )

    def cue_before(self, start: int, floor: int, *, complement: bool) -> bool:
        """A cue phrase ending shortly before the trigger, in the same clause. Clause cues
        ("if", "whether", "denied that") count for every trigger; complement cues ("calls for",
        "includes", "fostering", "the planned") only when the trigger is their complement, a
        noun or a gerund ("calls for the establishment of", "is considering launching")."""
        tok = self.tok
        k = start - 1
        steps = 0
        while k >= floor and steps < 8:
            kind = self.cue_end.get(k)
            if kind == "CLAUSE" or (kind == "COMPLEMENT" and complement):
                return True
            low = tok[k].lower_
            if low in (",", ";", ":") or low in self.s["clause_breaks"]:
                return False
            k -= 1
            steps += 1
        return False

    def future_date(self, date: Span | None) -> bool:
        """A launch dated after the publication date has not happened yet."""
        reference = self.doc._.reference_date
        if date is None or not reference:
            return False
        value = date._.value
        if not isinstance(value, str) or not value[:4].isdigit():
            return False
        year = int(value[:4])
        ref_year = int(reference[:4])
        if year != ref_year:
            return year > ref_year
        month = value[5:7]
        if len(value) >= 7 and month.isdigit():
            return value[:10] > reference[: len(value[:10])]
        if "-Q" in value:
            quarter = int(value[-1])
            return (quarter - 1) * 3 + 1 > int(reference[5:7])
        if "-H" in value:
            return value.endswith("2") and int(reference[5:7]) <= 6
        return False


class _DatesPlaces(_Phrases):
    """When and where: the DATE and the "in"/"at" GPE of the trigger's clause, an
    introductory "In May 2019," or "In Peru,", and the places the subject and agent give.
    Datelines are never arguments."""

    def attach_date_location(
        self,
        trigger: Trigger,
        args: dict[str, Span],
        floor: int,
        sent_end: int,
        left_date: Span | None,
        subject_location: Span | None,
        headline: bool,
        *,
        nominal: bool,
        enclosed: bool = False,
        object_phrase: Span | None = None,
    ) -> None:
        """The launch's date and place. Date: a DATE inside the verb complex ("on Monday
        launched"), else the first DATE of the clause to the right, else an introductory
        "In May 2019," (for verbs, unless "subsequently" or a clause break intervenes).
        Place, most specific first: an "in"/"at" GPE of the clause, the place the subject's
        phrase names ("a centre in Daejeon, which is due to open"), a GPE agent, an
        introductory "In Peru,", a place word inside an unnamed object ("a Singapore arm"),
        and last a place that only frames a superlative ("the first lab in China").
        ``enclosed``: the trigger heads a participle clause that ends at the next comma;
        ``object_phrase``: the whole noun phrase the object was named from ("a Singapore
        subsidiary, Orvane Robotics Asia Pte Ltd")."""
        doc = self.doc
        tok = self.tok
        right_date, right_place, scoped = self.scan_right(
            trigger, args, sent_end, stop_at_comma=nominal or enclosed
        )
        clause_start = floor  # the trigger's clause: "..., and in 2021 it set up ..."
        for m in range(floor, trigger.start):
            if self.new_clause(m, sent_end):
                clause_start = m + (2 if tok[m].text == "," else 1)
        intro_date, intro_place, intro_end = self.introduction(clause_start, trigger.start)
        date = left_date or right_date
        if date is None and intro_date is not None and not nominal:
            between = set(self.lowers(intro_end, trigger.start))
            if not between & self.s["sequence_words"] and not between & self.s["clause_breaks"]:
                date = intro_date
        if date is not None and not self._dateline(date):
            args["date"] = date
        agent = args.get("agent")
        agent_place = agent if agent is not None and agent.label_ == "GPE" else None
        obj = object_phrase or args.get("object")
        premodifier = None
        if obj is not None and obj.label_ != "ORG" and (headline or not self.is_named(obj)):
            first = self.ent(obj.start, ("GPE",))
            if (
                first is not None
                and first.end < obj.end
                and not (first.end < len(doc) and tok[first.end].text in _POSSESSIVE)
            ):
                premodifier = first
        for place in (
            right_place if not scoped else None,
            subject_location,
            agent_place,
            intro_place,
            premodifier,
            right_place,
        ):
            if place is not None and not self._dateline(place):
                args["location"] = place
                break

    def _dateline(self, span: Span) -> bool:
        end = self.dateline_end.get(self.bounds(span.start)[0])
        return end is not None and span.start < end

    def scan_right(
        self, trigger: Trigger, args: dict[str, Span], sent_end: int, *, stop_at_comma: bool
    ) -> tuple[Span | None, Span | None, bool]:
        """The first DATE and the first "in"/"at" GPE after the trigger, in its clause.

        The clause ends at a modal, a clause break, a reporting verb, a new subject (",
        and the government ..."), and, for nouns and participle clauses, a comma. A "by"
        date after a target word or a purpose infinitive is that target's deadline, not the
        launch's ("revenue of ... by 2025", "a programme to train engineers by 2028"). A place
        after another participant ("commitments from funds in Japan") is that participant's,
        and one after a scope word ("the first lab in China") only frames the superlative,
        so it is returned with ``scoped`` set."""
        tok = self.tok
        date: Span | None = None
        place: Span | None = None
        scoped = False
        target_seen = False
        other_participant = False
        obj = args.get("object")
        k = trigger.end
        limit = min(sent_end, trigger.end + _MAX_RIGHT)
        while k < limit and (date is None or place is None):
            token = tok[k]
            low = token.lower_
            ent = self.ent_at.get(k)
            if ent is not None:
                if ent.label_ == "DATE" and date is None:
                    prep = tok[ent.start - 1].lower_ if ent.start > 0 else ""
                    if not (prep == "by" and target_seen):
                        date = ent
                elif ent.label_ == "GPE" and place is None and ent.start > 0:
                    prep = tok[ent.start - 1].lower_
                    if prep == "the" and ent.start > 1:
                        prep = tok[ent.start - 2].lower_
                    inside_object = obj is not None and obj.start <= ent.start < obj.end
                    if (
                        prep in self.s["location_prepositions"]
                        and not inside_object
                        and not other_participant
                    ):
                        place = ent
                        window = set(self.lowers(trigger.end, ent.start))
                        scoped = bool(window & self.s["scope_words"])
                k = ent.end
                continue
            if self.glued(k):
                k += 1  # inside a hyphenated word ("pay-as-you-go"), not a clause word
                continue
            if low in self.s["target_words"] or self.purpose_infinitive(k, limit):
                target_seen = True
            if low in self.s["participant_prepositions"]:
                other_participant = True
            if (
                low in self.s["modals"]
                or low in self.s["clause_breaks"]
                or low in self.s["reporting_verbs"]
                or low in self.s["right_stops"]
                or (stop_at_comma and token.text == ",")
                or self.new_clause(k, limit)
            ):
                break
            if low in self.s["right_stops_unless_date"] and self.ent(k + 1, ("DATE",)) is None:
                break  # "since March" dates the launch; "since the fund ..." is a new clause
            k += 1
        return date, place, scoped


class _DocAnalysis(_Modality, _DatesPlaces):
    """The per-trigger rules: drop the senses that are not launches, classify the trigger as
    a verb, participle or noun, fill its roles, check what was launched and read its
    modality."""

    def analyse(self, start: int, end: int, found: list[Found]) -> Found | None:
        """One trigger candidate: drop the uses that are not launches (part of a name, a
        modifier as in "launch date", "press release", "opening up"), classify it as a verb,
        participle or noun, and read its arguments and modality."""
        tok = self.tok
        form = self.span_text(start, end).lower()
        entries = self.c.forms.get(form)
        if entries is None:
            form = " ".join(t.lower_ for t in tok[start:end] if t.text not in _HYPHENS)
            entries = self.c.forms.get(form) or self.c.forms.get(
                self.span_text(start, end).lower().replace(" ", "")
            )
        if not entries:
            return None
        if (
            start >= 2
            and tok[start - 1].text in _HYPHENS
            and not self.spaced[start - 2]
            and not self.spaced[start - 1]
            and tok[start - 2].lower_ in self.s["verb_prefixes"]
        ):
            start -= 2  # "co-founded": the prefix is part of the trigger word
        first = tok[start]
        lemma, kinds = next(iter(entries.items()))
        verb = self.c.verbs[lemma]
        trigger = Trigger(start, end, lemma, frozenset(kinds), verb.class_)
        floor, sent_end, headline = self.sentence(start)
        if start < floor:
            return None
        # inside a name that is not an entity ("the Data Hub Opening Gala")
        if not headline and first.text[0].isupper() and start > floor:
            if self.is_name_token(start - 1, headline) or (
                end < sent_end and self.is_name_token(end, headline)
            ):
                return None
        if self.ent(start, ("ORG",)) is not None:
            return None  # the word is part of an organisation's name
        if end < sent_end and tok[end].lower_ in self.s["modifier_nouns"]:
            return None
        prev_low = tok[start - 1].lower_ if start - 1 >= floor else ""
        if prev_low in self.s["premodifier_blockers"] or (
            start - 2 >= floor
            and tok[start - 1].text in _HYPHENS
            and tok[start - 2].lower_ in self.s["premodifier_blockers"]
        ):
            return None
        if end < sent_end and tok[end].lower_ == "up" and " " not in lemma:
            return None
        trigger.use = self.classify(trigger, floor, sent_end, headline)
        if trigger.use == "none":
            return None
        if trigger.use == "noun":
            event = self.nominal(trigger, floor, sent_end, headline, found)
        else:
            event = self.verbal(trigger, floor, sent_end, headline, found)
        if event is None:
            return None
        event.sentence_start = floor
        return event

    def classify(self, trigger: Trigger, floor: int, sent_end: int, headline: bool) -> str:
        """verb, participle (a verb form used as an adjective), noun, or none (not a trigger).

        - A form that is also a noun ("launch", "release", "debut") is a verb after a modal,
          "to" or a negation; a noun after a determiner, possessor or adjective, before
          "of", or after a content word ("the fund launch"); a verb otherwise.
        - A gerund after a determiner or possessor is a noun ("the setting of standards").
        - A base form that is also another word ("found", "open", "form", "present", "set")
          is a verb only after "to", a modal or do-support.
        - A past participle after a determiner or adjective is attributive ("the newly
          formed alliance" walks past "newly" later; "its planned opening")."""
        tok = self.tok
        kinds = trigger.kinds
        start, end = trigger.start, trigger.end
        prev = tok[start - 1] if start - 1 >= floor else None
        nxt = tok[end] if end < sent_end else None
        prev_low = prev.lower_ if prev is not None else ""
        # a determiner, possessor or adjective before the word makes it a noun or an
        # attributive participle; a relative pronoun ("which launched") does not
        nominal_prev = prev is not None and (
            (prev_low in self.s["determiners"] and prev_low not in _RELATIVES)
            or prev_low in _POSSESSIVE_DETERMINERS
            or prev.text in _POSSESSIVE
            or prev_low in self.s["nominal_premodifiers"]
        )
        verbal_prev = prev is not None and (
            prev_low in self.s["modals"]
            or prev_low in ("to", "not", "n't", "n’t", "did", "does", "do", "never")
        )
        form = self.span_text(start, end).lower()
        if "noun" in kinds:
            if verbal_prev:
                return "verb" if len(kinds) > 1 else "none"
            if nominal_prev or (nxt is not None and nxt.lower_ == "of") or len(kinds) == 1:
                return self._noun_ok(trigger, floor, sent_end)
            if (
                prev is not None
                and prev.is_lower
                and prev.is_alpha
                and prev_low not in self.c.skippable
                and prev_low not in self.c.np_break
                and prev_low not in self.s["prepositions"]
                and prev_low not in self.s["pronouns"]
                and not headline
            ):
                return self._noun_ok(trigger, floor, sent_end)
            return "verb"
        if "gerund" in kinds and nominal_prev:
            return self._noun_ok(trigger, floor, sent_end)
        verb = self.c.verbs[trigger.lemma]
        if verb.marked_base and kinds <= {"base"} and form == verb.base.lower():
            walked, _, _ = self.chain_left(start, floor)
            lows = {t.lower_ for t in walked}
            if not (lows & (self.s["modals"] | {"to", "did", "does", "do"})):
                return "none"
        if kinds & {"past", "participle"} and nominal_prev:
            return "participle"
        return "verb"

    def _noun_ok(self, trigger: Trigger, floor: int, sent_end: int) -> str:
        """Nouns with other everyday senses ("opening", "release") are launches only with
        "of" or a possessor ("the opening of", "its unveiling"), or as the subject of a
        clause about their schedule ("the opening has been pushed back", "the release was
        delayed"), not "the opening was marked by protests"."""
        tok = self.tok
        form = self.span_text(trigger.start, trigger.end).lower()
        if form not in self.s["noun_only_with_of"]:
            return "noun"
        nxt = tok[trigger.end] if trigger.end < sent_end else None
        prev = tok[trigger.start - 1] if trigger.start - 1 >= floor else None
        if nxt is not None and nxt.lower_ == "of":
            return "noun"
        if prev is not None and (
            prev.lower_ in _POSSESSIVE_DETERMINERS or prev.text in _POSSESSIVE
        ):
            return "noun"
        if (
            prev is not None
            and prev.lower_ == "the"
            and nxt is not None
            and (nxt.lower_ in self.s["auxiliaries"] or nxt.lower_ in self.s["modals"])
            and any(
                t.lower_ in self.s["after_cues"]
                for t in tok[trigger.end : min(sent_end, trigger.end + 6)]
            )
        ):
            return "noun"
        return "none"

    def verbal(
        self, trigger: Trigger, floor: int, sent_end: int, headline: bool, found: list[Found]
    ) -> Found | None:
        """A verb or participle trigger. Its voice decides where the roles are:

        - attributive participle ("the newly established platform"): the noun after it is
          the object;
        - passive ("was set up by METI") and participle clause ("Acme Cloud, launched in
          2006,", "a start-up founded in Paris", "Founded in 1921, Bellucci ..."): the phrase
          it describes is the object, a "by" phrase the agent;
        - active: the subject is the agent and the noun phrase after the verb the object; with
          no such phrase the verb is intransitive ("the centre, which opened in March") or
          ends a relative clause ("a scheme that Acme introduced"), and a copula after the
          clause can name the object ("What Acme unveiled was X").
        """
        tok = self.tok
        start, end = trigger.start, trigger.end
        walked, stop, left_date = self.chain_left(start, floor)
        lows = [t.lower_ for t in walked]
        perfect = bool(trigger.kinds & {"past", "participle"})
        passive = perfect and any(w in _BE for w in lows)
        # "the newly established platform": an adjective after a determiner, not a clause
        participle = trigger.use == "participle" or (
            perfect
            and any(w in ("newly", "recently", "just") for w in lows)
            and not any(w in self.s["auxiliaries"] for w in lows)
            and (stop < floor or tok[stop].lower_ in self.s["determiners"] or tok[stop].is_punct)
        )
        args: dict[str, Span] = {}
        location: Span | None = None
        subject_span: Span | None = None
        enclosed = False
        np_after = self.np_right(end, sent_end, headline)
        if not (
            np_after is not None
            and np_after.start <= end + 3
            and tok[end].lower_ not in self.s["prepositions"]
            and tok[end].text not in (",", ".")
        ):
            np_after = None
        if participle and np_after is not None and not passive:
            args["object"] = self.named_object(np_after, sent_end, headline)
        elif perfect and not passive and np_after is None and stop < floor:
            # a fronted participle clause: "Founded in 1921, Bellucci Motors makes cars"
            enclosed = True
            described = self.after_comma(end, sent_end, headline)
            if described is not None:
                args["object"] = subject_span = described
            agent = self.by_agent(end, sent_end, headline)
            if agent is not None:
                args["agent"] = agent
        else:
            reduced = (
                not passive
                and np_after is None
                and perfect
                and stop >= floor
                and stop == start - 1 - len(walked)
                and (tok[stop].text == "," or tok[stop].is_lower)
                and tok[stop].lower_ not in ("which", "that", "who", "it", "they")
            )
            if reduced and tok[stop].text == ",":
                # "Acme Cloud, launched in 2006, ...": the phrase before the comma
                subject = self.subject_at(stop - 1, floor, headline, 1)
            else:
                subject = self.subject_at(stop, floor, headline)
                if subject.object_relative is not None:
                    reduced = False  # "Zeta, which the central bank opened": a full clause
            subject = self.controller(subject, trigger, walked, stop, floor, headline, found)
            location = subject.location
            # a participle clause, or a relative clause after a comma, ends at the next comma
            enclosed = reduced or (
                stop - 1 >= floor
                and tok[stop].lower_ in ("which", "who")
                and tok[stop - 1].text == ","
            )
            relative = stop >= floor and tok[stop].lower_ in ("which", "that", "who")
            if passive or reduced:
                if subject.span is not None:
                    args["object"] = subject_span = subject.span
                agent = self.by_agent(end, sent_end, headline)
                if agent is not None:
                    args["agent"] = agent
            elif subject.object_relative is not None and np_after is None:
                # "a scheme that Acme introduced in 2019", "the network it launched"; "the
                # first product Acme released was the Pulse headset"
                args["object"] = self.copular_object(
                    end, sent_end, headline, any_phrase=False
                ) or self.named_object(subject.object_relative, start, headline)
                if subject.kind in ("entity", "name") and subject.span is not None:
                    args["agent"] = subject_span = subject.span
            elif np_after is not None:
                args["object"] = self.named_object(np_after, sent_end, headline)
                if subject.kind in ("entity", "name") and subject.span is not None:
                    args["agent"] = subject.span
                subject_span = subject.span
            else:
                free = (
                    subject.span is not None
                    and subject.span.start - 1 >= floor
                    and tok[subject.span.start - 1].lower_ == "what"
                )
                named = (
                    self.copular_object(end, sent_end, headline, any_phrase=free)
                    if free or relative
                    else None
                )
                if named is not None:
                    # "the one project that has launched is Acme Lab"; "what Acme unveiled
                    # was a cheese range" (the subject of a free relative is the agent)
                    args["object"] = named
                    if free and subject.span is not None and subject.kind in ("entity", "name"):
                        args["agent"] = subject_span = subject.span
                elif subject.span is not None:
                    # intransitive: "the centre, which opened in March"; "the app could debut"
                    args["object"] = subject_span = subject.span
        self.apply_dependencies(trigger, args, headline)
        obj = args.get("object")
        if not self.object_ok(trigger, obj):
            return None
        if "agent" in args and obj is not None and _overlaps(args["agent"], obj):
            del args["agent"]
        self.attach_date_location(
            trigger,
            args,
            floor,
            sent_end,
            left_date,
            location,
            headline,
            nominal=False,
            enclosed=enclosed,
            object_phrase=np_after,
        )
        modality = self.verbal_modality(trigger, walked, stop, floor, args)
        event = Found(trigger, modality, args)
        event.subject = subject_span if subject_span is not None else args.get("agent")
        if passive or participle:
            event.subject = args.get("object")
        return event

    def nominal(
        self, trigger: Trigger, floor: int, sent_end: int, headline: bool, found: list[Found]
    ) -> Found | None:
        tok = self.tok
        start, end = trigger.start, trigger.end
        args: dict[str, Span] = {}
        left_date: Span | None = None
        obj: Span | None = None
        # the thing: "the launch of X", "the fund launch", "its unveiling"
        if end < sent_end and tok[end].lower_ == "of":
            np = self.np_right(end + 1, sent_end, headline)
            if np is not None:
                obj = self.named_object(np, sent_end, headline)
        prev = start - 1
        if obj is None and prev >= floor:
            token = tok[prev]
            low = token.lower_
            if low in ("its", "their"):
                head = self.sentence_subject(floor, headline)
                if head.span is not None and head.span.end <= start:
                    obj = head.span  # "The card has grown since its launch"
                elif head.span is None or head.span.start > start:
                    # "Since its launch in 2021, the Brightpath app has ...": the possessor
                    # is the subject after the introductory phrase
                    obj = self.after_comma(end, sent_end, headline)
            elif low == "whose" and prev - 1 >= floor:
                # "The fund, whose launch was delayed, ...": the relative's antecedent
                k = prev - 1 if tok[prev - 1].text != "," else prev - 2
                antecedent = self.subject_at(k, floor, headline, 2)
                obj = antecedent.span if antecedent.kind in ("entity", "name", "np") else None
            elif token.text in _POSSESSIVE and prev - 1 >= floor:
                owner = self.subject_at(prev - 1, floor, headline, 2)
                if owner.span is not None:
                    obj = owner.span
            elif (
                token.is_lower
                and token.is_alpha
                and low not in self.s["nominal_premodifiers"]
                and low not in self.c.np_break
                and low not in self.s["determiners"]
                and low not in self.s["prepositions"]
            ):
                np = self.np_left(prev, floor)
                if np is not None:
                    obj = np
        if obj is not None and obj.end > start and obj.start < start:
            obj = None
        # possessor agent: "Lima's launch of ..."
        if (
            prev >= floor
            and tok[prev].text in _POSSESSIVE
            and end < sent_end
            and tok[end].lower_ == "of"
        ):
            owner = self.subject_at(prev - 1, floor, headline, 2)
            if owner.kind in ("entity", "name") and owner.span is not None:
                args["agent"] = owner.span
        if obj is not None:
            args["object"] = obj
        # agent of a reporting host verb: "X announced the formation of ..."
        k = start - 1
        while k >= floor and tok[k].lower_ in self.s["determiners"]:
            k -= 1
        if "agent" not in args and k >= floor and tok[k].lower_ in self.s["host_verbs"]:
            _, stop, date = self.chain_left(k, floor)
            subject = self.subject_at(stop, floor, headline)
            if subject.kind in ("entity", "name") and subject.span is not None:
                args["agent"] = subject.span
            left_date = date
        if obj is not None:
            agent = self.by_agent(obj.end, sent_end, headline) if obj.end > end else None
            if agent is not None:
                args["agent"] = agent
        self.apply_dependencies(trigger, args, headline)
        if not self.object_ok(trigger, args.get("object")):
            return None
        if "agent" in args and "object" in args and _overlaps(args["agent"], args["object"]):
            del args["agent"]
        self.attach_date_location(
            trigger, args, floor, sent_end, left_date, None, headline, nominal=True
        )
        modality = self.nominal_modality(trigger, floor, sent_end, args)
        event = Found(trigger, modality, args)
        event.subject = args.get("agent")
        return event

    def object_ok(self, trigger: Trigger, obj: Span | None) -> bool:
        """Sense checks on what was launched: distractors, rockets, and the evidence weak
        and conditional triggers need."""
        doc = self.doc
        tok = self.tok
        words: set[str] = set()
        heads: list[str] = []
        named = False
        if obj is not None:
            words = set(self.lowers(obj.start, obj.end))
            heads = self.heads(obj)
            core = obj[: self._core_end(obj) - obj.start]
            named = obj.label_ == "ORG" or (
                not self.sentence(obj.start)[2]
                and any(
                    self.is_name_token(k, False) and self.ent(k, ("GPE",)) is None
                    for k in range(core.start, core.end)
                )
            )
            if (
                obj.end < len(doc)
                and tok[obj.end].lower_ == "to"
                and heads
                and heads[0] in self.s["purpose_nouns"]
            ):
                return False  # "announced plans to launch ...": the plan is not launched
        window = set(self.lowers(max(trigger.start - 2, 0), trigger.start))
        if (words | window) & self.s["space_words"]:
            return False
        if heads and _listed(heads[0], self.s["distractor_objects"]):
            return False
        if trigger.klass == "strong":
            return True
        if obj is None:
            # a bare noun already passed its own test ("the opening has been delayed")
            return trigger.use == "noun" and trigger.klass == "weak"
        if trigger.klass == "weak":
            # any word before "of" may be the head: the phrase can run on ("a working group
            # comprising representatives")
            core = self.core_words(obj)
            return named or any(_listed(h, self.s["object_heads"]) for h in heads + core)
        if trigger.klass == "conditional":
            return any(_listed(h, self.s["new_thing_heads"]) for h in heads)
        allowed = set(self.c.verbs[trigger.lemma].objects)
        return any(_listed(h, allowed) for h in heads)

    def apply_dependencies(self, trigger: Trigger, args: dict[str, Span], headline: bool) -> None:
        """With a parse, its attachments decide which phrase fills agent and object; the
        token rules' span for that phrase is kept when it covers the parsed head."""
        relations = self.dep.get(trigger.start)
        if not relations or headline:
            return  # parsers read Title Case headlines poorly; the token rules decide there
        doc = self.doc
        token = doc[trigger.start]
        line_start, sent_end = self.bounds(token.i)
        relations = {label: i for label, i in relations.items() if line_start <= i < sent_end}

        def phrase(role: str, head: Token) -> Span:
            current = args.get(role)
            if current is not None and current.start <= head.i < current.end:
                return current
            return self.named_object(self.span_for(head), sent_end, headline)

        def name(head: Token) -> Span | None:
            current = args.get("agent")
            if current is not None and (
                head.left_edge.i <= current.start and current.end <= head.right_edge.i + 1
            ):
                return current  # the token rules found the name inside the parsed phrase
            return self.name_for(head)

        def resolve(head: Token) -> Token:
            if head.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                return token.head
            return head

        if trigger.use == "noun":
            possessor = doc[relations["poss"]] if "poss" in relations else None
            if possessor is not None and possessor.lower_ in self.s["pronouns"]:
                possessor = None
            if "of" in relations:
                args["object"] = phrase("object", doc[relations["of"]])
                if possessor is not None:
                    agent = name(possessor)
                    if agent is not None:
                        args["agent"] = agent
            elif possessor is not None:
                args["object"] = phrase("object", possessor)
            return
        if "nsubjpass" in relations:
            subject = resolve(doc[relations["nsubjpass"]])
            if subject.lower_ not in self.s["pronouns"]:
                args["object"] = phrase("object", subject)
        if "agent" in relations:
            agent = name(doc[relations["agent"]])
            if agent is not None:
                args["agent"] = agent
        if "dobj" in relations:
            args["object"] = phrase("object", resolve(doc[relations["dobj"]]))
        if (
            token.dep_ == "relcl"
            and "nsubj" in relations
            and "dobj" not in relations
            and doc[relations["nsubj"]].lower_ not in ("which", "that", "who")
        ):
            # "a scheme that Acme introduced", "the ranking the institute released"
            args["object"] = phrase("object", token.head)
            agent = name(doc[relations["nsubj"]])
            if agent is not None:
                args["agent"] = agent
            return
        if "nsubj" in relations:
            subject = resolve(doc[relations["nsubj"]])
            pronoun = subject.lower_ in self.s["pronouns"]
            transitive = "dobj" in relations or (
                "object" in args and args["object"].start > trigger.start
            )
            if transitive:
                agent = name(subject)
                if agent is not None:
                    args["agent"] = agent
                elif not pronoun:  # a pronoun keeps the token rules' antecedent
                    args.pop("agent", None)
            elif not pronoun:
                args["object"] = phrase("object", subject)
        if token.dep_ in ("amod", "acl") and "object" not in args:
            args["object"] = phrase("object", token.head)

    def name_for(self, token: Token) -> Span | None:
        """The entity or capitalised name a parsed agent token heads (None when generic)."""
        ent = self.ent(token.i, ("ORG", "GPE"))
        if ent is not None:
            return ent
        if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
            left = token.i
            while (
                left - 1 >= 0
                and self.doc[left - 1].pos_ == "PROPN"
                and self.doc[left - 1].head.i == token.i
            ):
                left -= 1
            return self.doc[left : token.i + 1]
        return None

    def span_for(self, token: Token) -> Span:
        """The entity containing a parsed head, else its noun phrase without determiners."""
        ent = self.ent(token.i, ("ORG", "GPE"))
        if ent is not None:
            return ent
        left = token.left_edge.i
        while left < token.i and (
            self.doc[left].dep_ in ("det", "poss", "case")
            or self.tok[left].lower_ in self.s["determiners"]
            or self.tok[left].text in _POSSESSIVE
        ):
            left += 1
        right = token.i + 1
        for child in token.rights:
            if child.dep_ in ("compound", "nummod", "amod") or (
                child.dep_ == "prep" and child.lower_ == "of"
            ):
                right = max(right, child.right_edge.i + 1)
            else:
                break
        return self.doc[left:right]


def _listed(word: str, words: set[str]) -> bool:
    """``word`` or its singular is in ``words`` ("branches" -> "branch", "labs" -> "lab")."""
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    if word.endswith("es") and word[:-2] in words:
        return True
    return word.endswith("s") and word[:-1] in words


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@Language.factory(
    "launchwatch_launches",
    default_config={"use_dependencies": True},
    assigns=["doc._.events"],
    requires=["doc.ents", "token.is_sent_start"],
)
def make_launches(nlp: Language, name: str, use_dependencies: bool) -> LaunchRecognizer:
    """Factory for :class:`LaunchRecognizer`; ``use_dependencies`` lets a parse, when the
    pipeline has one, attach agents and objects before the token rules do."""
    return LaunchRecognizer(nlp, name, use_dependencies=use_dependencies)
