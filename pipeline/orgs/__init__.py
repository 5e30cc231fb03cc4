"""ORG: organisation names found by general rules, not by a list of any article's names.

The package is layered bottom up; each module imports only the ones above it in this list:

- ``text``: the token view and string searches every rule shares;
- ``lexicon``: the rule file's word lists as a typed, frozen lexicon with the word tests;
- ``acronyms``: does a short form abbreviate a long name;
- ``names``: a name around an organisational head word or a legal form;
- ``described``: a name the text calls a company ("start-up X", "X, a chipmaker");
- ``mentions``: what the article says once it knows everywhere (repeats, short forms,
  acronyms, headlines, the canonical name);
- ``component``: the spaCy component that runs them and adds the candidates.
"""
