"""The spaCy component: rule data in, matchers compiled, ``Doc._.events`` out.

It only wires the layers below it together: the lexicon and matchers are built when the
rule data is set, and each Doc gets a fresh ``LaunchDoc`` that the rules receive explicitly.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleComponent, RuleData, load_json
from pipeline.extensions import store_event_rows
from pipeline.launches.analysis import event_rows
from pipeline.launches.context import LaunchDoc, Matchers
from pipeline.launches.lexicon import Lexicon
from pipeline.launches.triggers import candidates, compile_matchers
from pipeline.rules import rule_file

SENTENCE_START_WORDS = 5000
"""A capitalised sentence-initial word among this many most frequent English words is a
word first ("According", "Officials"), not a name, unless an entity recogniser says so."""


class LaunchRecognizer(RuleComponent):
    """Fills ``doc._.events`` with typed LAUNCH events (``LaunchEvent``), in trigger order."""

    data_file = "launches.json"

    def __init__(self, nlp: Language, name: str, *, use_dependencies: bool = True) -> None:
        super().__init__(nlp, name)
        self.use_dependencies = use_dependencies

    def default_data(self) -> RuleData:
        """The packaged rule file plus the most frequent English words (``common_words``),
        first names (``first_names``: people are released and introduced, not launched) and
        the ORG rules' nationality words (``demonyms``: "its European launch" says where)."""
        from pipeline import library_data, name_sources

        data = load_json(rule_file("launches.json"))
        data = {key: value for key, value in data.items() if not key.startswith("_")}
        data["common_words"] = sorted(library_data.common_words(SENTENCE_START_WORDS))
        data["first_names"] = sorted(name_sources.first_names())
        demonyms = load_json(rule_file("orgs.json"))["demonyms"]
        data["demonyms"] = sorted({word.lower() for word in demonyms})
        return data

    def compile(self, data: RuleData) -> None:
        """Validate the data into a frozen lexicon and compile the matchers from it."""
        self.lexicon = Lexicon.from_data(data)
        self.matchers: Matchers = compile_matchers(self.nlp, self.lexicon)

    def process(self, doc: Doc) -> Doc:
        """Set ``doc._.events``; a Doc without a trigger form costs one matcher call."""
        words = self.matchers.words(doc)
        found = candidates(words, self.matchers.trigger_key)
        if not found:
            store_event_rows(doc, [])
            return doc
        launch_doc = LaunchDoc(
            doc, self.lexicon, self.matchers, words, use_dependencies=self.use_dependencies
        )
        store_event_rows(doc, event_rows(launch_doc, found))
        return doc


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
