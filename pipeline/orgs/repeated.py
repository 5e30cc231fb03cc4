"""A one-word name the article keeps writing: article-level evidence for an ORG with no cue.

A company or agency named by one word ("Vexora", "KLMX") is often written many times with no
head word, legal form or gazetteer entry. The article itself is the evidence (issue 11,
item 1): a capitalised word that stands alone mid-sentence at least twice and that the article
never writes in lower case is a name. Which kind of name needs one more sign, so at least one
mention must sit in a context only an organisation takes:

- a company noun just before it ("retailer Vexora", "research firm KLMX");
- a cue phrase before or after it ("shares of Vexora", "Vexora said its ...");
- a job or staff noun after its possessive, or after it and before a person's name, perhaps
  after two lower-case words ("Vexora's president", "said Vexora sales manager Ann Lee");
- for an acronym of three to six capitals, also a reporting verb after it ("KLMX said").

Counter-evidence rules a word out: a person's name (a first name itself, or written after a
first name or a title anywhere: "Ana Vexora ... Vexora said"), a place, a nationality, a month
or weekday, a head word (unless a company noun stands before it and no determiner before any
mention: "retailer Outfitters", never "the Bank"), a site (a place noun after it: "Dunmore
airport"), a word written right after another name word (a product after its maker, "Vexora
Nimbus": then "Nimbus" is no company), and headlines and lines in capitals, where every word
is capitalised. One of the most frequent English words needs a third mention. Its other
mentions (sentence starts, headlines) follow from ``mentions``.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.symbols import ORG  # a label ID: a string label is looked up per Span
from spacy.tokens import Span

from pipeline.docview import POSSESSIVE, DocView
from pipeline.orgs.lexicon import OrgLexicon
from pipeline.orgs.text import positions, written_in_lower_case
from pipeline.orgs.word_lists import Matches

MIN_MENTIONS = 2
"""Mid-sentence mentions standing alone that make a word a name candidate."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
"""Words that make a capitalised head word after them a generic reference ("the Bank")."""
REPORTING_VERBS = frozenset({"said", "says"})
MAX_ROLE_MODIFIERS = 2
"""Lower-case words between a name and a role noun after it ("regional sales manager")."""
ALONE_PER_LONGER = 3
"""Mentions standing alone per mention after another name word that still make a word a name:
a product after its maker ("Vexora Nimbus") is written that way each time, but a firm the
article writes alone five times is not undone by one "Orsk Vexora" (a unit, a brand, a
misread headline)."""
MIN_MENTIONS_FREQUENT = 3
"""The same for one of the most frequent English words ("Harvest", "Summit"): a ship or a
programme is named by one too, and two mentions with a company noun are too little to tell."""


class RepeatedNames:
    """Finds one-word organisation names from their repetition and one ORG context."""

    def __init__(self, lex: OrgLexicon, place_nouns: frozenset[str], roles: frozenset[str]) -> None:
        self.lex = lex
        self.place_nouns = place_nouns
        """Nouns after a name that make it a site ("Dunmore airport"), not an organisation."""
        self.roles = roles
        """Job and staff nouns after a name ("Saffron's president"): the name employs people."""
        self._word_candidates: dict[str, bool] = {}
        """Word form -> ``word_candidate``: the lexicon is fixed once the rules are compiled."""

    def candidate(self, word: str, places: set[str]) -> bool:
        """A capitalised word that could name an organisation on its own."""
        known = self._word_candidates.get(word)
        if known is None:
            known = self._word_candidates[word] = self.word_candidate(word)
        return known and word not in places

    def word_candidate(self, word: str) -> bool:
        """``candidate`` without the article's places: the same for a word in every article,
        so it is worked out once per word form."""
        lex = self.lex
        return (
            len(word) >= 3
            and word[0].isupper()
            and word.replace("&", "").isalnum()
            and any(c.isalpha() for c in word)
            and word not in lex.demonyms
            and word not in lex.not_name
            and word not in lex.first_names
            and word not in lex.weak_first_names
            and word.lower() not in lex.stop_words
        )

    def find(
        self,
        tokens: DocView,
        matches: Matches,
        skipped: set[int],
        places: set[str],
        found: list[Span],
    ) -> list[Span]:
        """One ORG span per standing-alone mention of each word with the evidence above.

        ``skipped`` holds the tokens of headlines and lines in capitals."""
        words, lex = tokens.words, self.lex
        # a word needs a mention in an ORG context, and the phrase lists' matches say where
        # those are (``cued_tokens``): only the words written there are counted and walked,
        # their mentions found by ``positions`` (a count of every capitalised word cost most
        # of this rule's time, and most articles have no such word)
        cued = self.cued_tokens(tokens, matches)
        mentions_of: dict[str, list[int]] = {}
        for word in {words[i] for i in cued if 0 <= i < len(words) and i not in skipped}:
            # a capitalised word: each mention counts; a word the article writes once (most)
            # is turned away by a count in C, without a search that ends in an exception
            if self.candidate(word, places) and words.count(word) >= MIN_MENTIONS:
                at = [i for i in positions(words, word) if i not in skipped]
                if len(at) >= MIN_MENTIONS:
                    mentions_of[word] = at
        if not mentions_of:
            return []
        starts = tokens.sentence_start_set
        taken = {i for span in found for i in range(span.start, span.end)}
        alone: dict[str, list[int]] = defaultdict(list)
        excluded: set[str] = set()
        in_longer: dict[str, int] = defaultdict(int)
        for i in sorted(i for at in mentions_of.values() for i in at):
            word = words[i]
            before = words[i - 1] if i > 0 else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            if lex.after_first_name(words, i):
                excluded.add(word)  # a person's surname, however often it stands alone
                continue
            if i not in starts and lex.is_name_word(before) and before not in lex.not_name:
                in_longer[word] += 1  # the end of a longer name, or a product after its maker
                continue
            if lex.after_title(words, i) and i not in starts:
                excluded.add(word)  # "Mr Vexora", "President Vexora" (not "The Vexora")
                continue
            if after.lower() in self.place_nouns:
                excluded.add(word)
                continue
            if i in starts or i in taken or lex.is_name_word(after):
                continue
            alone[word].append(i)
        spans: list[Span] = []
        for word, mentions in alone.items():
            needed = MIN_MENTIONS_FREQUENT if word.lower() in self.lex.frequent else MIN_MENTIONS
            if (
                len(mentions) < needed
                or word in excluded
                or len(mentions) < ALONE_PER_LONGER * in_longer[word]
                or written_in_lower_case(tokens, word)
            ):
                continue
            if not any(i in cued for i in mentions) or (
                word in lex.all_heads and not self.head_as_name(words, mentions, matches)
            ):
                continue
            spans.extend(Span(tokens.doc, i, i + 1, label=ORG) for i in mentions)
        return spans

    def head_as_name(self, words: list[str], mentions: list[int], matches: Matches) -> bool:
        """A head word ("Express", "Airways") names a company on its own only after a company
        noun ("retailer Express") and never after a determiner: "the Bank" is a generic
        reference to a bank named before."""
        described = {end for start, end in matches["DESCRIPTOR"] if words[start].islower()}
        return any(i in described for i in mentions) and not any(
            words[i - 1].lower() in DETERMINERS for i in mentions
        )

    def cued_tokens(self, tokens: DocView, matches: Matches) -> set[int]:
        """Tokens in a context only an organisation takes (see the module's docstring)."""
        words = tokens.words
        cued = {end for _, end in matches["BEFORE"]}
        cued |= {start - 1 for start, _ in matches["AFTER"]}
        cued |= {end for start, end in matches["DESCRIPTOR"] if words[start].islower()}
        cued |= {
            start - 1
            for start, _ in matches["ACRONYM_CUE"]
            if start > 0 and words[start - 1].isupper()
        }
        # the role nouns' tokens from the phrase lists' one pass, not a walk over every word
        cued |= {self.employer(words, j) for j, end in matches["ROLE"] if end - j == 1}
        return cued

    def employer(self, words: list[str], role: int) -> int:
        """The token whose staff the role noun at ``role`` names: "Saffron's president",
        "Saffron president Ann Lee", "said Saffron regional sales manager Ann Lee"; -1 if none.

        Up to two lower-case words may stand between. Without a possessive, a person's name
        must follow the role (a nationality or a people's word also stands before a role:
        "the first Tessan president was"), and words between need a reporting verb before the
        name, as in a quote's attribution: a person's campaign or office also has staff
        ("met Lindqvist campaign manager Ann Lee")."""
        i = role - 1
        while i >= 0 and role - i <= MAX_ROLE_MODIFIERS and self.modifier(words[i]):
            i -= 1
        modified = i < role - 1
        if i >= 0 and words[i] in POSSESSIVE:
            i -= 1
        elif not (role + 1 < len(words) and self.lex.is_name_word(words[role + 1])):
            return -1
        elif modified and not (i > 0 and words[i - 1].lower() in REPORTING_VERBS):
            return -1
        return i if i >= 0 and words[i][:1].isupper() else -1

    def modifier(self, word: str) -> bool:
        return word.isalpha() and word.islower() and word not in self.lex.stop_words
