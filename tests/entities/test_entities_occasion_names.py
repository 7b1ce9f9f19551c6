"""An occasion's name that begins with a role or occupation noun ("Nurse Practitioner Week", "Police
Memorial Day"), tagged as one body by the model, is no titled person; a role before a person's name
tagged so ("Fire chief Tom Banks") still is. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The hospital marked Nurse Practitioner Week with a breakfast for staff.",
    "The town held a parade for Police Memorial Day on Sunday.",
])
def test_an_occasions_name_is_no_person(extract, sentence):
    rec = extract(sentence, published="2016-05-10")
    assert not [e for e in rec.entities if e.type == "PERSON"], [(e.name, e.type) for e in rec.entities]


def test_a_role_before_a_name_still_gives_a_titled_person(extract):
    rec = extract("Fire chief Tom Banks said the blaze started in the kitchen.", published="2016-05-10")
    person = next(e for e in rec.entities if e.type == "PERSON")
    assert person.name == "Tom Banks"
