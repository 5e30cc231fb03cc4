"""Object heads a weak verb ("release", "introduce") needs to be a launch: a gadget or a
handheld is a product. Invented sentences; the negative keeps a product's figures out.
The test fails without the two heads."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tests.launch_cases import R, rows


def test_gadgets_and_handhelds_are_products(run: Callable[..., Doc]) -> None:
    """ "released a gadget", "introduced the handheld": a product made public; what is said
    about one ("the gadget's price") is not."""
    assert rows(run("Kelp released a gadget for runners in May.", R)) == [
        ("released", "asserted", "gadget for runners")
    ]
    assert rows(run("Kelp introduced the handheld in March.", R)) == [
        ("introduced", "asserted", "handheld")
    ]
    assert rows(run("Kelp released the gadget's price on Monday.", R)) == []
