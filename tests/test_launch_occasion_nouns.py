"""Rule T2b: a launch noun before an occasion noun ("the launch ceremony", "an opening gala").

Such a phrase says that something was launched when it states what: an "of"/"for" phrase
after the occasion noun ("the launch ceremony of the X platform", "a launch event for its
new app") or a possessor or name before the launch noun ("the X Hub's launch event", "the
X Fund launch ceremony"). Without one it names an occasion only ("a launch party"), and
"launch date", "launch customer" still describe something else. Every sentence and name is
invented. Each row is a sentence and its events as ``(trigger, modality, object)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from pipeline.launches.lexicon import Lexicon
from tests.launch_cases import Row, arguments, rows

OCCASIONS: list[tuple[str, list[Row]]] = [
    # "of" after the occasion noun
    (
        "Officials attended the launch ceremony of the Brenmoor Data Platform on Monday.",
        [("launch", "asserted", "Brenmoor Data Platform")],
    ),
    (
        "At the founding ceremony of the Harlow Robotics Alliance, members signed a charter.",
        [("founding", "asserted", "Harlow Robotics Alliance")],
    ),
    (
        "The mayor attended the inauguration ceremony of the new Marrow Bridge on Sunday.",
        [("inauguration", "asserted", "new Marrow Bridge")],
    ),
    (
        "The opening ceremony of the new terminal was held on Monday.",
        [("opening", "asserted", "new terminal")],
    ),
    # "for" after the occasion noun, with a launchable head or a name
    (
        "Kelvo Systems held a launch event for its new budgeting app on Tuesday.",
        [("launch", "asserted", "new budgeting app")],
    ),
    (
        "Tarnvale Trust held an opening ceremony for the new sports centre on Monday.",
        [("opening", "asserted", "new sports centre")],
    ),
    (
        "The launch event for the Vexa Card was held in Paris.",
        [("launch", "asserted", "Vexa Card")],
    ),
    (
        "Guests came to the launch gala for the Pellow Arts Fund in May.",
        [("launch", "asserted", "Pellow Arts Fund")],
    ),
    # a possessor or a name before the launch noun
    (
        "The Orrin Hub's launch event drew two hundred guests last week.",
        [("launch", "asserted", "Orrin Hub")],
    ),
    (
        "The Tarnvale Fund launch ceremony took place in Leeds on Friday.",
        [("launch", "asserted", "Tarnvale Fund")],
    ),
    (
        "The Orrin-Hub launch event, held in Leeds last week, drew investors.",
        [("launch", "asserted", "Orrin-Hub")],
    ),
    # modality as for other nouns
    (
        "A planned launch ceremony for the Delling fund was cancelled.",
        [("launch", "unasserted", "Delling fund")],
    ),
    (
        "Kelvo Systems will hold a launch ceremony for its new fund next week.",
        [("launch", "unasserted", "new fund")],
    ),
]


NOT_OCCASIONS: list[str] = [
    # no launched thing stated: an occasion only (an event before the rule)
    "The launch reception was a lively affair.",
    "Residents lined the quay for the official opening festivities on Sunday.",
    # "for" and who the occasion was held for
    "Kelvo Systems threw a launch reception for investors on Friday.",
]

NOT_NEW_THINGS: list[str] = [
    # the stated thing is a gathering or a person: these fail when the rule's checks on
    # it (``occasion_nouns.not_launched``, person titles) are taken out
    "The opening gala of the Rowing Games was held in Leeds on Monday.",
    "The opening reception of the Kelvo Trade Congress drew two hundred guests.",
    "The inauguration ceremony of the new governor was held on Monday.",
]


GUARDS: list[str] = [
    # what the old rule already kept out and the new one must not let in
    "The company declined to give a launch date for the new app.",
    "Redfield Bank will be the launch customer for the new jet.",
    "Thousands watched the opening ceremony of the games in Leeds.",
    "The launch party was a lively affair.",
    "The inauguration ceremony was attended by officials from the city.",
    "The opening ceremony of the summit was held on Monday.",
    "The release party for her new album was held on Friday.",
    "Tarnvale Trust will launch events for children in Leeds.",
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_occasion_with_a_stated_thing_is_a_launch(
    run: Callable[..., Doc], text: str, expected: list[Row]
) -> None:
    assert rows(run(text, "2025-03-01")) == expected


@pytest.mark.parametrize("text", NOT_OCCASIONS)
def test_occasion_without_a_launched_thing_is_no_event(run: Callable[..., Doc], text: str) -> None:
    assert rows(run(text, "2025-03-01")) == []


@pytest.mark.parametrize("text", NOT_NEW_THINGS)
def test_occasion_of_a_gathering_or_person_is_no_event(run: Callable[..., Doc], text: str) -> None:
    assert rows(run(text, "2025-03-01")) == []


@pytest.mark.parametrize("text", GUARDS)
def test_modifier_nouns_stay_blocked(run: Callable[..., Doc], text: str) -> None:
    assert rows(run(text, "2025-03-01")) == []


def test_occasion_agent_date_and_place(run: Callable[..., Doc]) -> None:
    """A possessor before the launch noun is the agent when "for" states the thing; date
    and place come as for other noun triggers."""
    doc = run("Kelvo Systems' launch event for the Zeta tablet took place in Leeds on Tuesday.")
    assert arguments(doc) == [
        {
            "agent": "Kelvo Systems",
            "object": "Zeta tablet",
            "date": "Tuesday",
            "location": "Leeds",
        }
    ]


def _data(nlp: Any) -> dict[str, Any]:
    return dict(nlp.get_pipe("launchwatch_launches").data)


def test_occasion_trigger_must_be_a_trigger_noun(nlp: Any) -> None:
    data = _data(nlp)
    data["occasion_nouns"] = {**data["occasion_nouns"], "triggers": ["launched"]}
    with pytest.raises(ValueError, match=r"occasion_nouns\.triggers: 'launched'"):
        Lexicon.from_data(data)


def test_occasion_noun_must_not_be_a_trigger_form(nlp: Any) -> None:
    data = _data(nlp)
    occasion = data["occasion_nouns"]
    data["occasion_nouns"] = {**occasion, "occasions": [*occasion["occasions"], "launch"]}
    with pytest.raises(ValueError, match=r"occasion_nouns\.occasions: 'launch'"):
        Lexicon.from_data(data)


def test_occasion_nouns_are_strict(nlp: Any) -> None:
    """A misspelt sub-key or a capitalised word (which would never match) fails."""
    data = _data(nlp)
    occasion = data["occasion_nouns"]
    data["occasion_nouns"] = {**occasion, "ocasions": ["gala"]}
    with pytest.raises(ValueError, match="ocasions"):
        Lexicon.from_data(data)
    data["occasion_nouns"] = {**occasion, "occasions": ["Gala"]}
    with pytest.raises(ValueError, match=r"occasion_nouns\.occasions"):
        Lexicon.from_data(data)
