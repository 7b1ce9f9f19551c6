"""A name the model left untagged that is the subject of a verb of saying names a person, even where a
small town bears that name (ents42): a town does not speak. Sentences written for these tests."""

from entity_lookup import entity_with_mention

PUBLISHED = "2016-03-01"


def test_untagged_speaker_named_like_a_town_is_a_person(extract):
    record = extract('Budget cuts hit schools\n\nThe district closed two schools last year.\n\n'
                     '"We were never told why," Selby said.\n', published=PUBLISHED)
    speaker = entity_with_mention(record, "Selby")
    assert speaker is not None and speaker.type == "PERSON"
    assert not any(p.name == "Selby" for p in record.places)
    quote = next(q for q in record.quotes if q.content.text.startswith("We were never told"))
    assert quote.speaker.entity == speaker.id


def test_town_written_where_places_go_stays_a_place(extract):
    record = extract('Floods in the north\n\nFlood water reached homes in Selby, North Yorkshire, overnight.\n\n'
                     'Selby residents were moved to a school hall.\n', published=PUBLISHED)
    assert any(p.name == "Selby" for p in record.places)
    assert not any(e.type == "PERSON" and e.name == "Selby" for e in record.entities)


def test_large_city_speaking_is_no_person(extract):
    record = extract('Talks stall\n\nThe talks ended without a deal on Friday.\n\n'
                     'Moscow said the proposal was unacceptable.\n', published=PUBLISHED)
    assert not any(e.type == "PERSON" and e.name == "Moscow" for e in record.entities)


def test_speakers_name_written_again_is_the_same_person(extract):
    record = extract('Budget cuts hit schools\n\nThe district closed two schools last year.\n\n'
                     '"We were never told why," Selby said.\n\n'
                     'The board met Selby in March, and Selby later wrote to parents.\n', published=PUBLISHED)
    speaker = entity_with_mention(record, "Selby")
    assert speaker is not None and speaker.type == "PERSON" and len(speaker.mentions) == 3
    assert not any(p.name == "Selby" for p in record.places)


def test_bodys_office_saying_is_no_person(extract):
    record = extract("Trade dispute\n\nThe row over tariffs grew on Monday. The Zorvian Trade Minister's Office said it "
                     "would appeal.\n", published=PUBLISHED)
    assert not any(e.type == "PERSON" and e.name == "Office" for e in record.entities)
