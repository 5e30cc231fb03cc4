"""Guards on LAUNCH objects found in the seventh round's review: a coordinated object ends
before the next clause's verb, "new" with a figure of speech makes no launch, a weekday is
never the thing launched, and a light verb with "their ... debut" after a gerund and a
count gives the counted things. Invented sentences, negatives beside each guard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import launch_events


def objects(run: Callable[..., Doc], text: str) -> list[tuple[str, str | None]]:
    """(trigger, object) per event."""
    return [(t, roles.get("object")) for t, _, roles in launch_events(run(text, "2024-05-15"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after "and" that opens the next clause is no list item
        (
            "Kelvane unveiled the Orbit X1 and Tarnwell responded with a price cut.",
            [("unveiled", "Orbit X1")],
        ),
        ("Kelvane released the Orbit X1 and Arlo has said nothing.", [("released", "Orbit X1")]),
        # negatives: two named products, with or without a noun after them
        (
            "Kelvane unveiled the Orbit X1 and Orbit X2 phones in June.",
            [("unveiled", "Orbit X1 and Orbit X2")],
        ),
        (
            "Kelvane unveiled the Orbit X1 and the Orbit X2.",
            [("unveiled", "Orbit X1 and the Orbit X2")],
        ),
    ],
)
def test_a_coordinated_object_ends_before_a_clause(
    run: Callable[..., Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert objects(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling opened a new chapter for the industry.", []),
        ("The move opened a new round of negotiations.", []),
        ("Kelvane opened a new page in its history.", []),
        ("The treaty opened a new phase of talks.", []),
        # negatives: a new thing after a weak trigger, a listed head
        ("Kelvane opened new locations in Leeds.", [("opened", "new locations")]),
        ("Kelvane introduced two new flavours.", [("introduced", "two new flavours")]),
        ("Kelvane opened a new chapter house for the abbey.", [("opened", "new chapter house")]),
        # a movement's new chapters are its branches
        ("The Tarnby club is opening new chapters in six towns.", [("opening", "new chapters")]),
    ],
)
def test_new_with_a_figure_of_speech_is_no_launch(
    run: Callable[..., Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert objects(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelvane opens Tuesday to Friday next week.", []),
        # negatives: the thing, then the day
        ("The new store will open Monday to Friday.", [("open", "new store")]),
        ("Kelvane opened its Leeds store on Tuesday.", [("opened", "Leeds store")]),
    ],
)
def test_a_weekday_is_never_the_thing_launched(
    run: Callable[..., Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert objects(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This year the fair is hosting 40 tractors make their public debut.",
            [("debut", "40 tractors")],
        ),
        ("The Varo GT made its world debut in Geneva.", [("debut", "Varo GT")]),
        # negative: a person's debut is no launch
        ("The striker made his debut on Sunday.", []),
    ],
)
def test_a_light_verb_debut_gives_its_subject(
    run: Callable[..., Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert objects(run, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "open" with an account is the customer's act, whoever the subject is
        ("Kelvane opened a new account with Tarnby Bank in March.", []),
        ("Savers opened 40,000 accounts at Tarnby Bank last year.", []),
        # negatives: another verb launches the account as a product; "open" launches others
        (
            "Tarnby Bank introduced a new savings account for children.",
            [("introduced", "new savings account for children")],
        ),
        ("Tarnby Bank opened a new branch in Leeds.", [("opened", "new branch")]),
    ],
)
def test_an_object_that_gives_one_verb_another_sense(
    run: Callable[..., Doc], text: str, expected: list[tuple[str, str]]
) -> None:
    assert objects(run, text) == expected
