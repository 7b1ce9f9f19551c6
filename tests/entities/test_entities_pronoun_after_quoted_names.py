"""A subject pronoun of the attribution right after a quotation (``"...," he said``) is never a
person named only inside that quotation, in whichever of its sentences (binding principle C over
the whole quotation the pronoun's attribution reports; quotes29, from news-dev41's class
description): the speaker is the person the story is about. Sentences written for these tests."""

from __future__ import annotations

TEXT = (
    "Pastor Tom Rask of Elmton spent his Monday broadcast attacking a youth club.\n\n"
    "Rask told listeners the club was leading children astray.\n\n"
    '"Jonas Pike said that whoever misleads a child should be sent away. He meant that," he said. '
    '"The leaders should think hard about that."\n\n'
    "Rask also praised a singer for quitting the club."
)


def _entity_of(record, text: str, occurrence: int = 0) -> str | None:
    mentions = sorted((m.start, e.name) for e in record.entities for m in e.mentions if m.text == text)
    return mentions[occurrence][1] if len(mentions) > occurrence else None


def test_the_attributions_pronoun_is_the_storys_subject(pipeline) -> None:
    record = pipeline.extract(TEXT)
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert "Tom Rask" in people
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert said and said[0].speaker.text == "he"
    speaker = next(e for e in record.entities if e.id == said[0].speaker.entity)
    assert speaker.name == "Tom Rask"
    assert "The leaders should think hard about that" in said[0].content.text


def test_a_pronoun_inside_the_quotation_is_still_the_person_named_there(pipeline) -> None:
    record = pipeline.extract(TEXT)
    pike = next(e for e in record.entities if e.name == "Jonas Pike")
    assert any(m.start == TEXT.index("He meant") for m in pike.mentions)
