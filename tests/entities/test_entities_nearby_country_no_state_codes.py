"""A state's title with no country of its own (``Gen. <Name>``) takes no country from a nearby party whose
code is an armed group's or a firm's (IMG, MNC): a general named
after a quotation about an armed group is not the group's (branch figcodes41, issue 15; a sentence of our
own)."""

from __future__ import annotations

TEXT = ('Policy\n\nRival candidates spoke. Lee: "The mission is to destroy ISIS, not to contain it." Containment '
        "has been U.S. policy since the war, when Gen. Walter Krane's attempt to run the enemy army out of the "
        "north provoked a counterattack.\n")


def test_a_general_after_an_armed_group_takes_no_code_of_the_group(extract) -> None:
    record = extract(TEXT, published="2026-07-01")
    general = next(e for e in record.entities if e.name == "Walter Krane")
    islamic_state = next(e for e in record.entities if e.country == "IMG")
    assert islamic_state is not None
    assert general.country != "IMG"
