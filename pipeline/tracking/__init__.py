"""Launches across articles: group LAUNCH event mentions into real-world launches.

``mentions`` turns a record's events into comparable mentions, ``evidence`` says whether two
names, agents or dates can belong to one launch, ``tracker`` streams records into launches and
``scoring`` measures the grouping against ``annotations/launches.jsonl``.
"""

from pipeline.tracking.tracker import Tracker, track_records

__all__ = ["Tracker", "track_records"]
