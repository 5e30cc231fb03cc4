"""Rule 1: a capitalised name around an organisational head word or a company legal form.

"... University", "... Ministry", "Acme Robotics Co., Ltd.", "Volvo AB", or a head word that
starts an of-chain ("Ministry of Industry and Information Technology", "School of Artificial
Intelligence of X University"). Works on the token texts of one sentence; returns token
bounds, never Spans, so the component decides what becomes a candidate.
"""

from __future__ import annotations

from pipeline.orgs.lexicon import OrgLexicon, line_tag_before

MONTH_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
"""Months written short without a full stop, as wire headlines date an item ("- Aug 29")."""

PLURAL_POSSESSIVES = frozenset({"'", "’"})
"""A possessive after a plural inside a name: "Farmers' Union" (tokenised text writes
"Farmers ' Union")."""

WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
MEDIA_HEADS = frozenset(
    {"Times", "Post", "Herald", "Journal", "Gazette", "Tribune", "Telegraph", "Chronicle"}
    | {"Mail", "Mirror", "Observer", "Express", "Star", "News"}
)
"""Head words of papers, which a weekday may open ("the Sunday Telegraph", "the Sunday
Times"): there the weekday is the paper's name, not a date."""

RANKS = frozenset({"General", "Gen.", "Colonel", "Col.", "Major", "Captain", "King", "Queen"})
"""Ranks before a person's name that the name-word lists do not hold as titles."""

RANK_QUALIFIERS = frozenset({"Prime", "First", "Foreign", "Vice"})
"""Words that open a title with the title word after them ("Prime Minister")."""

MAX_LEFT_AFTER_AND = 3
"""How far left of a head word an "and" may still join words into the name."""

ENGLISH_CONNECTORS = frozenset({"of", "for", "on"})
"""Connectors that open an of-chain after a head; the others are particles inside a name."""

VENUE_HEADS = frozenset({"Centre", "Center"})
"""Heads that a venue word before them makes a building ("the Harbourside Convention
Centre", "the Marlow Sports Centre"): a place where things are held, not a body
(``venue_words``)."""

DESCRIBING_HEADS = frozenset({"Government"})
"""Heads that name a body only with an of-chain ("Government of Tessany"): the words before
them say whose government it is ("the Tessan Government", "the Provincial Government", "a
Labour Government"), and the contract leaves a country standing for its government to GPE."""

CAMPUS_HEADS = frozenset({"University"})
"""Heads whose of-chain may go on with "at <campus>"."""

NAMED_FORCES = frozenset({"Army", "Navy", "Authority", "Commission"})
"""Government heads that a nationality word names ("the Norwegian Navy", "the Chilean Army",
"the Latvian Authority", "the Andean Commission"):
the nationality stays in these names, as it does when other words stand between it and the
head ("the Omani Interior Ministry", "the Laotian People's Army"). Before any other bare
government head it only says whose body it is ("the Chinese Ministry of Commerce")."""


CONTINENTAL = frozenset({"European", "African", "Asian", "Arab", "Nordic", "Andean"})
"""Adjectives of a continent or a region, not of one nation: before a government head they
open the name of a body of many nations ("the African Court of Justice"), not say whose
body it is."""


OF_CHAIN_WORDS = frozenset({"of", "for"})
"""A head word, one of these and a name word are another body's of-chain ("Ministry of
Kelp"), so an "and" after it starts a company of its own, not a longer company name."""

MAX_PORTFOLIOS = 4
"""Items before the "and" of a ministry's portfolio list ("Climate Change, Energy, the
Environment and Water"): a longer comma list is a sentence's list of names."""


class NameBounds:
    """Where a name around a head word or legal form starts and ends."""

    def __init__(self, lexicon: OrgLexicon) -> None:
        self.lex = lexicon

    def extend_left(self, words: list[str], head: int, floor: int, *, company: bool = False) -> int:
        """First token of the name that ends at ``head``."""
        left = head
        i = head - 1
        and_seen = False
        while i >= floor:
            word = words[i]
            if self.lex.is_name_word(word) or self.hyphenated_inside(words, i, floor, head):
                left = i
            elif self.particle_inside(words, i, floor):
                left = i  # "Extremeña de Litio S.A.", "Banco do Brasil"
            elif word in self.lex.hyphens and (
                self.line_tag(words, i - 1, floor) or line_tag_before(words, i - 1)
            ):
                break  # "NOTE - Acme Corp", "IPO FILING - Acme Corp": a tag opening the line
            elif (
                word in self.lex.hyphens
                and i - 1 >= floor
                and (
                    self.lex.is_name_word(words[i - 1])
                    or self.hyphenated_inside(words, i - 1, floor, head)
                )
            ):
                left = i
            elif (
                word in self.lex.apostrophe_s
                and i - 1 >= floor
                and words[i - 1] in self.lex.possessive_names
            ):
                left = i
            elif (
                word in PLURAL_POSSESSIVES
                and i - 1 >= floor
                and words[i - 1].endswith("s")
                and self.lex.is_name_word(words[i - 1])
            ):
                left = i  # "Vell Farmers' Union", "Bond Traders ' Association"
            elif (
                word in WEEKDAYS
                and i + 1 == head
                and words[head] in MEDIA_HEADS
                and (i == floor or not self.lex.is_name_word(words[i - 1]))
            ):
                left = i  # "the Sunday Telegraph": a paper's name, not a date
                break
            elif (
                word.lower() in self.lex.inner
                and not and_seen
                and self.words_to_head(words, i, head) <= MAX_LEFT_AFTER_AND
                and not (
                    company
                    and word.lower() == "and"
                    and self.name_words_between(words, i, head) > 1
                )
                and i - 1 >= floor
                and self.lex.is_name_word(words[i - 1])
                and words[i - 1] not in self.lex.single_names
                and words[i - 1].lower() not in self.lex.legal_words
                and words[i - 1] not in self.lex.heads
                and not (
                    company
                    and word != "&"
                    and i - 2 >= floor
                    and self.lex.is_name_word(words[i - 2])
                )
                and not (i - 2 >= floor and words[i - 2] == ",")  # "A, B and C Motors"
                and not (
                    company
                    and i - 3 >= floor
                    and words[i - 2].lower() in OF_CHAIN_WORDS
                    and words[i - 3] in self.lex.heads
                )  # "the Ministry of Kelp and Orrin Ltd": the "and" ends an of-chain
                and not (
                    not company
                    and word.lower() in self.lex.list_connectors
                    and i - 2 >= floor
                    and words[i - 2].lower() in self.lex.connectors
                )
            ):
                # "Procter and Gamble Co." is one company, but two or more name words before
                # "and" are a company of their own ("Amazon Web Services and Nvidia Corp.");
                # "&" stays inside a firm's name ("A.B. Vell & Sons, Inc."),
                # and so is the end of an of-chain ("Institute of Technology and X University")
                and_seen = True
                left = i
            else:
                break
            i -= 1
        while left < head and (
            words[left].lower() in self.lex.inner or words[left] in self.lex.hyphens
        ):
            left += 1
        return left

    @staticmethod
    def words_to_head(words: list[str], i: int, head: int) -> int:
        """How far token ``i`` stands left of the head, in words: a plural possessive's
        apostrophe is part of its word ("Tarn and Vell Farmers' Union" is as near as "Tarn
        and Vell Farmers Union"), though the tokenizer splits it off."""
        return head - i - sum(1 for word in words[i + 1 : head] if word in PLURAL_POSSESSIVES)

    def hyphenated_inside(self, words: list[str], i: int, floor: int, head: int) -> bool:
        """A capitalised grammar word between hyphens inside a name: the "A" of "Make-A-Wish"."""
        return (
            floor < i < head - 1
            and words[i][:1].isupper()
            and words[i - 1] in self.lex.hyphens
            and words[i + 1] in self.lex.hyphens
        )

    def particle_inside(self, words: list[str], i: int, floor: int) -> bool:
        """A lower-case particle of another language between two name words: "de", "da",
        "del" (the English "of", "for" and "on" start an of-chain instead)."""
        return (
            words[i] in self.lex.connectors
            and words[i] not in ENGLISH_CONNECTORS
            and i - 1 >= floor
            and i + 1 < len(words)
            and self.lex.is_name_word(words[i - 1])
            and self.lex.is_name_word(words[i + 1])
        )

    @staticmethod
    def line_tag(words: list[str], i: int, floor: int) -> bool:
        """Word ``i`` is an ALL-CAPS tag opening its sentence before a dash: "NOTE -",
        "UPDATE 2 -", as wire copy labels an item."""
        return i == floor and len(words[i]) > 1 and words[i].isalpha() and words[i].isupper()

    def name_words_between(self, words: list[str], start: int, end: int) -> int:
        """How many name words other than head words lie strictly between two tokens: "Pine
        One" in "Halvard and Pine One Corp." (two: "and" lists two companies), "Wright" in
        "Stone and Wright Co." (one: "and" is inside the name)."""
        return sum(
            1
            for w in words[start + 1 : end]
            if self.lex.is_name_word(w) and w not in self.lex.heads
        )

    def campus(self, words: list[str], start: int, end: int, ceiling: int) -> int:
        """End of "at Ridgeford" after "University of Westland": a university system
        names its campuses with "at" ("University of Texas at Austin"), else ``end``."""
        if (
            words[start] in CAMPUS_HEADS
            and end + 1 < ceiling
            and words[end] == "at"
            and self.lex.is_name_word(words[end + 1])
            and words[end + 1] not in self.lex.all_heads
        ):
            return self.name_run(words, end + 1, ceiling)
        return end

    def extend_right(self, words: list[str], end: int, ceiling: int) -> int:
        """End (exclusive) of the name after its head: of-chains and hyphenated words."""
        while end < ceiling:
            word = words[end]
            if (
                word in self.lex.hyphens
                and end + 1 < ceiling
                and words[end + 1].isalpha()
                and words[end + 1] not in self.lex.not_name
                and words[end + 1].capitalize() not in MONTH_ABBREVIATIONS
            ):
                end += 2  # "Coca - Cola", not "Vellmar Journal - Aug 29"
                continue
            if word.lower() in self.lex.connectors:
                k = end + 1
                if k < ceiling and words[k].lower() == "the":
                    k += 1
                if (
                    k < ceiling
                    and self.lex.is_name_word(words[k])
                    and not self.title_follows(words, k, ceiling)
                ):
                    end = self.name_run(words, k, ceiling)
                    continue
            break
        return end

    def title_follows(self, words: list[str], k: int, ceiling: int) -> bool:
        """A person's title opens the words after "of": "the Vell League of Prime Minister
        Ana Lind", "the Front of General Tal Varro" name the leader, not the body."""
        word = words[k]
        if word in self.lex.not_name or word in RANKS:
            return True
        return k + 1 < ceiling and words[k + 1] in self.lex.not_name and word in RANK_QUALIFIERS

    def name_run(self, words: list[str], start: int, ceiling: int) -> int:
        """End of a run of name words joined by "and", "&" and hyphens."""
        end = start
        while end < ceiling:
            word = words[end]
            if end > start and self.lex.starts_person(words, end):
                break  # "... Relations Anna Berg said": a person follows the name
            if self.lex.is_name_word(word):
                end += 1
            elif (
                (word.lower() in self.lex.inner or word in self.lex.hyphens)
                and end + 1 < ceiling
                and (self.lex.is_name_word(words[end + 1]) or word in self.lex.hyphens)
                and words[end + 1].isalpha()
                and not (word.lower() in self.lex.inner and words[end + 1] in self.lex.all_heads)
                and not (
                    word.lower() in self.lex.inner and self.ends_in_head(words, end + 1, ceiling)
                )
                and not (
                    word.lower() in self.lex.list_connectors and self.lone_acronym(words, end + 1)
                )
            ):
                end += 2
            elif word == "," and self.listed_name_end(words, end + 1, ceiling):
                end = self.listed_name_end(words, end + 1, ceiling)
            else:
                break
        return end

    def lone_acronym(self, words: list[str], i: int) -> bool:
        """Word ``i`` is an acronym standing alone: "Banco Santander and BBVA" lists two
        banks, where "Science and Technology" goes on with a word of the name."""
        word = words[i]
        return (
            len(word) > 1
            and word.isupper()
            and word.isalpha()
            and not (i + 1 < len(words) and self.lex.is_name_word(words[i + 1]))
        )

    def ends_in_head(self, words: list[str], start: int, ceiling: int) -> bool:
        """The name words from ``start`` end in a head word or a legal form: "and Westland
        State University" after "Ridgeford Institute of Technology", "and Caixa Nova de
        Credito SA" after "Banco do Norte", start a second organisation."""
        end = start
        while end < ceiling and (
            self.lex.is_name_word(words[end])
            or (end > start and self.particle_inside(words, end, start))
        ):
            end += 1
        last = words[end - 1]
        return end - start > 1 and (
            last in self.lex.heads or last.lower().rstrip(".") in self.lex.legal_words
        )

    def listed_name_end(self, words: list[str], start: int, ceiling: int) -> int:
        """End of ", Trade and Industry" in "Ministry of Investment, Trade and Industry", or 0.

        A comma continues a name only when name words follow it up to an "and" or "&" and
        a last name word: the shape of a list of portfolios, not of a sentence going on.
        After a head word's of-chain ("Department of Climate Change, ...") the list may run
        to ``MAX_PORTFOLIOS`` items and an item may open with "the" ("..., Energy, the
        Environment and Water"); an item ending in a head word or a legal form is an
        organisation of its own, and the list is no portfolio list. A comma before the "and"
        ends it: "Museum of Tarnby, Vellshire, and ..." closes a town's county.
        """
        portfolio = self._after_of_chain(words, start - 1)
        end = start
        items = 0
        while True:
            end = self._portfolio_item(words, end, ceiling, the=portfolio)
            if end == 0:
                return 0
            items += 1
            if (
                portfolio
                and end + 1 < ceiling
                and words[end] == ","
                and items < MAX_PORTFOLIOS
                and words[end + 1].lower() not in self.lex.list_connectors
            ):  # a comma before the "and" ("of X, Vellshire, and Y") more often closes a place
                end += 1
                continue
            break
        if end + 1 >= ceiling or words[end].lower() not in self.lex.list_connectors:
            return 0
        return self._portfolio_item(words, end + 1, ceiling, the=portfolio)

    def _after_of_chain(self, words: list[str], comma: int) -> bool:
        """The name words before the comma at ``comma`` follow a head word and "of"/"for"
        ("Ministry of Kelp Farming,"): a body named by its portfolios."""
        k = comma - 1
        while k >= 0 and self.lex.is_name_word(words[k]):
            k -= 1
        return (
            k >= 1
            and k < comma - 1
            and words[k].lower() in OF_CHAIN_WORDS
            and (words[k - 1] in self.lex.heads)
        )

    def _portfolio_item(self, words: list[str], start: int, ceiling: int, *, the: bool) -> int:
        """End of one portfolio's name words from ``start`` ("the" first when ``the``), or 0
        when there are none or two or more of them end in a head word or legal form (another
        organisation)."""
        end = start
        if (
            the
            and end + 1 < ceiling
            and words[end].lower() == "the"
            and self.lex.is_name_word(words[end + 1])
        ):
            end += 1
        first = end
        while end < ceiling and self.lex.is_name_word(words[end]):
            end += 1
        if end == first:
            return 0
        if end - first > 1:  # one word is a portfolio ("Media"), "Tarnby Bank" a bank
            last = words[end - 1]
            if last in self.lex.heads or last.lower().rstrip(".") in self.lex.legal_words:
                return 0
        return end

    def legal_tail(self, words: list[str], end: int, legal: dict[int, int], ceiling: int) -> int:
        """Extend over legal forms: "Co., Ltd.", ", Inc.", "GmbH & Co. KG"."""
        while end < ceiling:
            if end in legal:
                end = legal[end]
            elif words[end] == "," and end + 1 in legal:
                end = legal[end + 1]
            else:
                break
        return end

    def trim_left(self, words: list[str], left: int, head: int, sent_start: int) -> int:
        if (
            left == sent_start
            and left < head
            and (
                self.lex.is_sentence_opener(words, left)
                or words[left].lower() in self.lex.descriptors  # "Rival Acme Inc. said"
            )
        ):
            left += 1
        if (
            words[left] in self.lex.demonyms
            and words[left] not in CONTINENTAL
            and left + 1 == head
            and words[head] in self.lex.government_heads
            and words[head] not in NAMED_FORCES
        ):
            left += 1  # "the Chinese Ministry of Commerce": the ministry is named by its "of"
        return left

    def head_name(
        self, words: list[str], head: int, sent: tuple[int, int], legal: dict[int, int]
    ) -> tuple[int, int] | None:
        """The name around a head word, or None when the rules say it is not one."""
        sent_start, sent_end = sent
        end = head + 1
        if words[head] in self.lex.foreign_heads:
            end = self.name_run(words, end, sent_end)  # "Universiti Sains Malaysia"
        end = self.extend_right(words, end, sent_end)
        if end > head + 2:  # "University of Westland at Ridgeford"
            end = self.campus(words, head, end, sent_end)
        end = self.legal_tail(words, end, legal, sent_end)
        if words[head] in self.lex.of_heads and (
            end == head + 1 or self.lex.after_first_name(words, head)
        ):
            return None  # "Harwick House": a building; "House of Delegates" has its chain;
            # "Ana Chambers of Tarnco": a surname and the person's employer
        if (
            end < sent_end
            and words[end].isalpha()
            and self.lex.is_name_word(words[end])
            and not self.lex.starts_person(words, end)
        ):
            return None  # the name goes on past this head word ("... Platform Conference")
        if words[head] in self.lex.foreign_heads:
            left = head  # "Universiti Sains Malaysia": the name starts at its head word
        else:
            left = self.extend_left(words, head, sent_start)
            left = self.trim_left(words, left, head, sent_start)
        if end - left < 2 or (left == head and words[head] not in self.lex.starting_heads):
            return None
        if end == head + 1 and (
            words[head] in DESCRIBING_HEADS
            or (words[head] in VENUE_HEADS and words[head - 1].lower() in self.lex.venue_words)
        ):
            return None  # "the Tessan Government", "the Harbourside Convention Centre"
        return left, end

    def legal_name(
        self, words: list[str], head: int, sent: tuple[int, int], legal: dict[int, int]
    ) -> tuple[int, int] | None:
        """The name before a legal form: "Acme Robotics Co., Ltd.", "Volvo AB"."""
        sent_start, sent_end = sent
        left = self.extend_left(words, head, sent_start, company=True)
        if left == head and head - 1 > sent_start and words[head - 1] == ",":
            left = self.extend_left(words, head - 1, sent_start, company=True)
        left = self.trim_left(words, left, head, sent_start)
        if left >= head or words[left] == ",":
            return None
        return left, self.legal_tail(words, head, legal, sent_end)

    def coordinated_before(self, words: list[str], left: int, floor: int) -> tuple[int, int] | None:
        """The name before "and" in "Kestrel Web Services and Orvane Corp.": joined to a
        company by "and", a run of two or more name words is a company of its own."""
        if left - 1 <= floor or words[left - 1].lower() not in self.lex.list_connectors:
            return None
        end = left - 1
        start = end
        while start - 1 >= floor and self.lex.is_name_word(words[start - 1]):
            start -= 1
        if end - start < 2 or self.lex.is_sentence_opener(words, start):
            return None
        return start, end
