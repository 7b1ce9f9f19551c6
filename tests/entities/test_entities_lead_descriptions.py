"""A lead that opens with a description and names the person only in the next sentence (issue 15,
brief s13-leads; British and wire style): ``The new finance minister says taxes will rise. Mira
Oswin told reporters ...``. Hand-built Docs of sentences of our own."""

from __future__ import annotations

PUBLISHED = "2025-09-10"

Row = tuple[str, str, str, int, str, str, bool]


def _lead(modifier: str | None = "new") -> list[Row]:
    # "The [new] finance minister says taxes will rise ."
    rows: list[Row] = [("The", "DT", "DET", 3, "det", "O", True)]
    rows.append((modifier, "JJ", "ADJ", 3, "amod", "O", False) if modifier else ("top", "JJ", "ADJ", 3, "amod", "O", False))
    rows += [("finance", "NN", "NOUN", 3, "compound", "O", False), ("minister", "NN", "NOUN", 4, "nsubj", "O", False),
             ("says", "VBZ", "VERB", 4, "ROOT", "O", False), ("taxes", "NNS", "NOUN", 7, "nsubj", "O", False),
             ("will", "MD", "AUX", 7, "aux", "O", False), ("rise", "VB", "VERB", 4, "ccomp", "O", False),
             (".", ".", "PUNCT", 4, "punct", "O", False)]
    return rows


def _told(first: str, last: str, at: int, title: str | None = None) -> list[Row]:
    # "[Title] First Last told reporters ." starting at token ``at``
    rows: list[Row] = []
    name = at
    if title:
        rows.append((title, "NNP", "PROPN", at + 2, "compound", "O", True))
        name += 1
    rows += [(first, "NNP", "PROPN", name + 1, "compound", "B-PERSON", not title),
             (last, "NNP", "PROPN", name + 2, "nsubj", "I-PERSON", False),
             ("told", "VBD", "VERB", name + 2, "ROOT", "O", False),
             ("reporters", "NNS", "NOUN", name + 2, "dobj", "O", False), (".", ".", "PUNCT", name + 2, "punct", "O", False)]
    return rows


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_a_lead_description_is_the_one_person_named_in_the_next_sentence(stage_entities) -> None:
    found = stage_entities(_lead() + _told("Mira", "Oswin", 9))
    assert "The new finance minister" in _texts(found["Mira Oswin"])
    assert "GOV" in found["Mira Oswin"].sector


def test_two_people_named_in_the_next_sentence_take_no_lead_description(stage_entities) -> None:
    # "... . Mira Oswin thanked Tom Reyes ."
    rows = _lead() + [("Mira", "NNP", "PROPN", 10, "compound", "B-PERSON", True),
                      ("Oswin", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False),
                      ("thanked", "VBD", "VERB", 11, "ROOT", "O", False),
                      ("Tom", "NNP", "PROPN", 13, "compound", "B-PERSON", False),
                      ("Reyes", "NNP", "PROPN", 11, "dobj", "I-PERSON", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = stage_entities(rows)
    assert "The new finance minister" not in _texts(found["Mira Oswin"])
    assert "The new finance minister" not in _texts(found["Tom Reyes"])


def test_a_person_the_text_calls_something_else_takes_no_lead_description(stage_entities) -> None:
    # "... . Nurse Mira Oswin told reporters ."
    found = stage_entities(_lead() + _told("Mira", "Oswin", 9, title="Nurse"))
    person = next(e for name, e in found.items() if "Oswin" in name)
    assert not any("minister" in t for t in _texts(person))


def test_a_description_after_the_lead_sentence_does_not_look_forward(stage_entities) -> None:
    # "Taxes will rise . The top finance minister says taxes will rise . Mira Oswin told reporters ."
    opener: list[Row] = [("Taxes", "NNS", "NOUN", 2, "nsubj", "O", True), ("will", "MD", "AUX", 2, "aux", "O", False),
                         ("rise", "VB", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False)]
    shifted = [(w, t, p, h + 4, d, e, s) for w, t, p, h, d, e, s in _lead(None)]
    found = stage_entities(opener + shifted + _told("Mira", "Oswin", 13))
    assert not any("minister" in t for t in _texts(found["Mira Oswin"]))
    # and in the lead the same description does
    assert "The top finance minister" in _texts(stage_entities(_lead(None) + _told("Mira", "Oswin", 9))["Mira Oswin"])


def test_pipeline_the_lead_quote_s_speaker_is_the_person_named_next(extract) -> None:
    record = extract("The new transport minister for Wales says rail fares will be frozen. Gwen Harries told "
                     "the Senedd the freeze would last a year.", published=PUBLISHED)
    person = next(e for e in record.entities if e.name == "Gwen Harries")
    assert person.country == "GBR"
    lead = next(q for q in record.quotes if q.content.start < 60)
    assert lead.speaker is not None and lead.speaker.entity == person.id
