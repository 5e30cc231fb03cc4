"""LAUNCH events: triggers, modality and arguments from token patterns and the entity spans.

The default pipeline has no tagger or parser, so every decision reads surface cues. The
word lists live in ``pipeline/rules/launches.json`` (its ``_keys`` entry says what each list
is for). The package is layered; each module imports only the ones above it in this list:

- ``model``: the typed ``LaunchEvent`` on ``Doc._.events`` (trigger and arguments are
  ``Span`` objects) and the rules' working values; ``lexicon``: the validated, frozen rule
  file.
- ``pipeline.docview`` (shared with the other components) and ``context``: one document as
  the rules read it (token lists, sentences, datelines, headlines, entities, names).
- ``clauses`` and ``verbcomplex``: where clauses and introductions end; the walk left over
  a verb's modals, auxiliaries and adverbs.
- ``arguments``: ``phrases`` (noun phrases), ``subject``, ``agent``, ``object``, ``scan``,
  ``date``, ``location``, ``setting`` (date and place together) and ``parse`` (a dependency
  parse's attachments, when there is one).
- ``modality``; ``triggers`` (rules T1-T2b); ``verbal`` and ``nominal`` (the arguments of a
  verb and of a noun trigger); ``analysis`` (one document's events); ``component`` (the
  spaCy factory ``launchwatch_launches``).

The rules:

**Triggers** (``triggers``, ``arguments.object.object_ok``)
  T1. A PhraseMatcher finds every form of the inflection table; each candidate is a verb,
      an attributive participle or a noun by its neighbours.
  T2. A candidate is dropped when it is part of a name, modifies another noun, follows a
      blocker, is another verb, sits inside a hyphenated word ("anti-establishment"), lets
      go ("released from prison"), is a person's first appearance ("his debut") or has
      another sense by its object (rockets, flights, attacks, searches, investigations,
      recalls, "formed the backbone of"; a rocket's lift-off: a rocket or satellite
      as the object or before a launch noun whose object names no new thing, or "space"
      right before it).
  T2b. A launch noun before an occasion noun ("the launch ceremony", "an opening gala") is
      a noun trigger only when the launched thing is stated (an of/for phrase after it, or a
      possessor or name before it); otherwise it stays a modifier like "launch date".
  T2c. A bare launch noun or occasion phrase after "the"/"this" that ends its phrase ("The
      inauguration drew large crowds", "at the launch event") refers back to a launch of the
      same verb the article reported in an earlier sentence: a mention with no object
      (``analysis``); without one it keeps rules T2 and T2b.
  T3. Strong verbs (launch, found, inaugurate, unveil, ...) need no more; checked ones
      (establish, set up) need a name or a launchable head noun when an object phrase is
      found ("established a high probability" is not a launch); weak ones (open, form,
      introduce, release) always need one; announce, reveal, present, showcase and outline
      need a new-thing head ("strategy", "smartphone") or a product-shaped name ("Pixel 8");
      "set" only takes standards, "create" only a new institution, fund, programme or
      platform ("created a new agency", not "created 500 jobs" or "created value"), "start"
      only a new organisation or business; "go on sale" is weak (a product or a name).
      An aspectual verb ("start") before "to" or an -ing word, or used intransitively ("the
      talks started"), says what begins, not what was made.
  T4. Real-news senses: a gerund before "of" and "the grand/official opening" or "mark the
      opening" are nouns; a marked base form after "we"/"they" is present tense ("Today we
      open"); "launches new X" in a headline is a verb; a capitalised form mid-sentence is
      a name ("five Opens"); the noun "announcement" of a new thing is a trigger; chart
      places, shares debuting ("their stock market debut", "shares jump on debut"),
      information released to the media, people released, takeovers, pledges, what already
      exists ("its existing schemes") and things launched from a vessel ("from a barge") are
      not; a base form after a verb of helping ("helped Acme open") and one between
      capitalised words of an ALL-CAPS headline ("ACME, BETA FORM VENTURE") is a verb.

**Arguments** (``verbal``, ``nominal`` and ``arguments``), all inside the trigger's sentence:
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
  A6. Date and place: see ``arguments.date`` and ``arguments.location``. Datelines are
      never arguments.
  A6b. A passive subject's postmodifier may hold a place with its region ("A depot in
      Leeds, England, was opened": object the opening phrase, location its "in" place);
      "by Housing and Urban Affairs Minister X" is one title before the person.
  A7. Names: a generic head is never an agent ("The University", "Dutch Carmaker
      Opens"); titles and "X-based" are no part of a name ("Finance Minister Anna Berg" ->
      "Anna Berg"); an acronym before a town is a campus ("UT Dayton"); the organisation
      owning the object is the agent of a passive or noun trigger ("X's new fund was
      launched"); whoever announced the plans is the agent of the launch they plan.

**Modality** (``modality``): see that module.

When the Doc carries a dependency parse (a user added these components to a statistical
pipeline), a DependencyMatcher supplies subject, object and "by" agent attachments first and
the token rules fill whatever it leaves open (``arguments.parse``).
"""

from pipeline.launches.model import ROLES, Argument, LaunchEvent

__all__ = ["ROLES", "Argument", "LaunchEvent"]
