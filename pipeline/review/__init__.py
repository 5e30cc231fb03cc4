"""The review pages: records drawn with displaCy in one self-contained HTML file.

Analysts check extractions by eye and rule writers read errors; both would rather look than
read JSON. ``show`` draws records (entities in displaCy's ``ent`` style, LAUNCH events in its
``span`` style, a sortable events table); ``evaluate --html`` draws gold beside predictions
with every error marked. Pages load nothing from the network: styles and scripts are inline,
and each article's markup waits in a JSON blob until it is opened, so 1,000 articles open fast.
"""
