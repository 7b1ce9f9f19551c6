"""A photographer named in a picture's credit (``<Name>/<Agency>``, ``Photo: <Name>``) is no one the story's
pronouns stand for (brief s24-ents26): they go to the person the story is about. Sentences of our own."""

from __future__ import annotations

import pytest

from entity_lookup import entity_with_mention

PUBLISHED = "2025-03-04"


@pytest.mark.parametrize("credit", ["Sam Wells/Kestrel Images", "Photo: Sam Wells"])
def test_pronouns_after_a_picture_credit_are_not_the_photographers(extract, credit) -> None:
    text = (f"Rovers won 2-1 on Saturday.\n\nTom Reed of Rovers in action. {credit}\n\n"
            "He scored twice and his manager praised him.")
    record = extract(text, published=PUBLISHED)
    player = entity_with_mention(record, "Tom Reed")
    assert player is not None and any(m.text == "He" for m in player.mentions)
    photographer = entity_with_mention(record, "Sam Wells")
    assert photographer is None or not any(m.text in {"He", "his", "him"} for m in photographer.mentions)


def test_a_name_before_a_slash_in_the_story_is_still_an_antecedent_when_no_one_else_is(extract) -> None:
    record = extract("Ann Lee spoke on Monday. She said the plan was good.", published=PUBLISHED)
    person = entity_with_mention(record, "Ann Lee")
    assert person is not None and any(m.text == "She" for m in person.mentions)
