"""Attachments from a dependency parse, when the Doc has one (a user added these components
to a statistical pipeline): subject, passive subject, direct object, possessor, "by" agent
and "of" object of the trigger decide which phrase fills agent and object; the token rules'
span for that phrase is kept when it covers the parsed head. Without a parse, or in a Title
Case headline (parsers read those poorly), the token rules alone decide."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.docview import POSSESSIVE
from pipeline.launches.arguments.object import named_object
from pipeline.launches.context import LaunchDoc
from pipeline.launches.model import Trigger

_RELATIVE = ("which", "that", "who")


def apply_dependencies(
    d: LaunchDoc, trigger: Trigger, args: dict[str, Span], headline: bool
) -> None:
    """Let the parse's attachments of the trigger fill ``args`` (see the module docstring)."""
    relations = d.dep.get(trigger.start)
    if not relations or headline:
        return
    token = d.doc[trigger.start]
    line_start, sent_end = d.bounds(token.i)
    relations = {label: i for label, i in relations.items() if line_start <= i < sent_end}
    parse = _Parse(d, token, args, sent_end, headline)
    if trigger.use == "noun":
        _noun_attachments(parse, relations)
    else:
        _verb_attachments(parse, trigger, relations)


@dataclass(frozen=True)
class _Parse:
    """The trigger token and the arguments being filled, with the three lookups every
    attachment rule uses."""

    d: LaunchDoc
    token: Token
    args: dict[str, Span]
    sent_end: int
    headline: bool

    def phrase(self, head: Token) -> Span:
        """The object phrase a parsed head stands for (the token rules' one if it covers
        the head)."""
        current = self.args.get("object")
        if current is not None and current.start <= head.i < current.end:
            return current
        return named_object(self.d, span_for(self.d, head), self.sent_end, self.headline)

    def name(self, head: Token) -> Span | None:
        """The agent name a parsed head stands for, or None when it is generic."""
        current = self.args.get("agent")
        if current is not None and (
            head.left_edge.i <= current.start and current.end <= head.right_edge.i + 1
        ):
            return current  # the token rules found the name inside the parsed phrase
        return name_for(self.d, head)

    def resolve(self, head: Token) -> Token:
        """A relative pronoun stands for the noun its clause modifies."""
        if head.lower_ in _RELATIVE and self.token.dep_ == "relcl":
            return self.token.head
        return head


def _noun_attachments(parse: _Parse, relations: dict[str, int]) -> None:
    """A trigger noun: "of" object ("the launch of X") with a possessor agent ("Acme's
    launch of X"), else the possessor is the object ("the fund's launch")."""
    doc, args = parse.d.doc, parse.args
    possessor = doc[relations["poss"]] if "poss" in relations else None
    if possessor is not None and possessor.lower_ in parse.d.lex.pronouns:
        possessor = None
    if "of" in relations:
        args["object"] = parse.phrase(doc[relations["of"]])
        if possessor is not None:
            agent = parse.name(possessor)
            if agent is not None:
                args["agent"] = agent
    elif possessor is not None:
        args["object"] = parse.phrase(possessor)


def _verb_attachments(parse: _Parse, trigger: Trigger, relations: dict[str, int]) -> None:
    """A trigger verb: passive subject as object, "by" agent, direct object, the noun a
    relative clause modifies, then the subject (agent of a transitive verb, object of an
    intransitive one), and the noun an adjectival participle modifies."""
    doc, args, token = parse.d.doc, parse.args, parse.token
    if "nsubjpass" in relations:
        subject = parse.resolve(doc[relations["nsubjpass"]])
        if subject.lower_ not in parse.d.lex.pronouns:
            args["object"] = parse.phrase(subject)
    if "agent" in relations:
        agent = parse.name(doc[relations["agent"]])
        if agent is not None:
            args["agent"] = agent
    if "dobj" in relations:
        args["object"] = parse.phrase(parse.resolve(doc[relations["dobj"]]))
    if (
        token.dep_ == "relcl"
        and "nsubj" in relations
        and "dobj" not in relations
        and doc[relations["nsubj"]].lower_ not in _RELATIVE
    ):
        # "a scheme that Acme introduced", "the ranking the institute released"
        args["object"] = parse.phrase(token.head)
        agent = parse.name(doc[relations["nsubj"]])
        if agent is not None:
            args["agent"] = agent
        return
    if "nsubj" in relations:
        _subject_attachment(parse, trigger, relations)
    if token.dep_ in ("amod", "acl") and "object" not in args:
        args["object"] = parse.phrase(token.head)


def _subject_attachment(parse: _Parse, trigger: Trigger, relations: dict[str, int]) -> None:
    """The parsed subject is the agent of a transitive verb and the object of an
    intransitive one ("the centre opened"); a pronoun keeps the token rules' antecedent."""
    args = parse.args
    subject = parse.resolve(parse.d.doc[relations["nsubj"]])
    pronoun = subject.lower_ in parse.d.lex.pronouns
    transitive = "dobj" in relations or ("object" in args and args["object"].start > trigger.start)
    if transitive:
        agent = parse.name(subject)
        if agent is not None:
            args["agent"] = agent
        elif not pronoun:
            args.pop("agent", None)
    elif not pronoun:
        args["object"] = parse.phrase(subject)


def name_for(d: LaunchDoc, token: Token) -> Span | None:
    """The entity or capitalised name a parsed agent token heads (None when generic)."""
    ent = d.ent(token.i, ("ORG", "GPE"))
    if ent is not None:
        return ent
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        left = token.i
        while (
            left - 1 >= 0 and d.doc[left - 1].pos_ == "PROPN" and d.doc[left - 1].head.i == token.i
        ):
            left -= 1
        return d.doc[left : token.i + 1]
    return None


def span_for(d: LaunchDoc, token: Token) -> Span:
    """The entity containing a parsed head, else its noun phrase without determiners."""
    ent = d.ent(token.i, ("ORG", "GPE"))
    if ent is not None:
        return ent
    left = token.left_edge.i
    while left < token.i and (
        d.doc[left].dep_ in ("det", "poss", "case")
        or d.tok[left].lower_ in d.lex.determiners
        or d.tok[left].text in POSSESSIVE
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
    return d.doc[left:right]
