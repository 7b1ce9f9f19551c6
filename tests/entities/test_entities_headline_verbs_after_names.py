"""A title-case headline ``Tom Reed Stuns Farming Community With Tractor Announcement`` over a story that
names Tom Reed: the model runs the name into the verb and its object; the verb in the third person ends
the name, and the capitalised object makes no body (ents30). Sentences written for these tests."""

from __future__ import annotations

TEXT = ("Tom Reed Stuns Farming Community With Tractor Announcement\n"
        "Tom Reed announced on Monday that a farmer would speak at the convention. Reed said the choice was "
        "deliberate.\n")


def test_the_headlines_verb_ends_the_name_and_its_object_is_no_body(extract) -> None:
    record = extract(TEXT, title=TEXT.splitlines()[0], published="2016-07-14")
    names = {e.name: e.type for e in record.entities}
    assert names.get("Tom Reed") == "PERSON", names
    assert not any("Community" in name or "Stuns" in name for name in names), names
    person = next(e for e in record.entities if e.name == "Tom Reed")
    assert [m.text for m in person.mentions][0] == "Tom Reed", person


def test_a_body_named_after_the_person_keeps_its_name(extract) -> None:
    text = ("Reed Foundation Funds Farming Schools\nTom Reed set up the Reed Foundation in 2001. Reed said the "
            "schools would open soon.\n")
    record = extract(text, title=text.splitlines()[0], published="2016-07-14")
    assert any(e.name.startswith("Reed Foundation") and e.type == "ORG" for e in record.entities), \
        [(e.name, e.type) for e in record.entities]
