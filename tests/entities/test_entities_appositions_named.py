"""Appositions to a name (hand-built Docs, so the rules are tested and not what the statistical
model makes of a sentence):

- an indefinite apposition (``Tom Reed, a former official,``) says what the named person is: it is
  a mention of that person, and gives no codes;
- ``Senator Tom Reed of Ohio, a Democrat,``: the parser hangs the apposition on the place; it
  still describes the person (``democrat`` is a person's party noun in ``roles.tsv``);
- an indefinite person that is no apposition (``A former official backs the plan``) brings someone
  new into the story and is nobody named before;
- ``Plans from the candidate, Rowan Pike, are modest``: the parser hangs the name on a word
  further back; the description right before its comma is the name's, and the name sits in a
  prepositional phrase, so a later ``he added`` is not drawn to it as if it were the subject.
"""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, sentence start)
Row = tuple[str, str, str, int, str, str, bool]


def _texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


MARK_DELLOW_OFFICIAL: list[Row] = [
    ("Mark", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Dellow", "NNP", "PROPN", 7, "nsubj", "I-PERSON", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("a", "DT", "DET", 5, "det", "O", False),
    ("former", "JJ", "ADJ", 5, "amod", "O", False), ("official", "NN", "NOUN", 1, "appos", "O", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("backs", "VBZ", "VERB", 7, "ROOT", "O", False),
    ("the", "DT", "DET", 9, "det", "O", False), ("plan", "NN", "NOUN", 7, "dobj", "O", False),
    (".", ".", "PUNCT", 7, "punct", "O", False),
]


def test_an_indefinite_apposition_is_a_mention_of_the_name_and_gives_no_codes(stage_entities) -> None:
    found = stage_entities(MARK_DELLOW_OFFICIAL)
    person = found["Mark Dellow"]
    assert _texts(person) == ["Mark Dellow", "a former official"]
    assert person.sector == [] and person.country is None  # a past or loose office codes nothing
    assert len(found) == 1  # no unnamed official of its own


def test_an_apposition_hung_on_the_place_after_a_name_describes_the_person(stage_entities) -> None:
    rows: list[Row] = [
        ("Senator", "NNP", "PROPN", 2, "compound", "O", True), ("Mark", "NNP", "PROPN", 2, "compound", "B-PERSON", False),
        ("Dellow", "NNP", "PROPN", 9, "nsubj", "I-PERSON", False), ("of", "IN", "ADP", 2, "prep", "O", False),
        ("Ohio", "NNP", "PROPN", 3, "pobj", "B-GPE", False), (",", ",", "PUNCT", 4, "punct", "O", False),
        ("a", "DT", "DET", 7, "det", "O", False), ("Democrat", "NNP", "PROPN", 4, "appos", "B-NORP", False),
        (",", ",", "PUNCT", 2, "punct", "O", False), ("backs", "VBZ", "VERB", 9, "ROOT", "O", False),
        ("the", "DT", "DET", 11, "det", "O", False), ("plan", "NN", "NOUN", 9, "dobj", "O", False),
        (".", ".", "PUNCT", 9, "punct", "O", False),
    ]
    person = stage_entities(rows)["Mark Dellow"]
    assert "a Democrat" in _texts(person)
    assert "LEG" in person.sector  # the title's sector; the apposition adds none


def test_an_indefinite_person_that_is_no_apposition_is_someone_new(stage_entities) -> None:
    rows: list[Row] = [
        ("Mark", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Dellow", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
        ("A", "DT", "DET", 6, "det", "O", True), ("former", "JJ", "ADJ", 6, "amod", "O", False),
        ("official", "NN", "NOUN", 7, "nsubj", "O", False), ("backs", "VBZ", "VERB", 7, "ROOT", "O", False),
        ("the", "DT", "DET", 9, "det", "O", False), ("plan", "NN", "NOUN", 7, "dobj", "O", False),
        (".", ".", "PUNCT", 7, "punct", "O", False),
    ]
    found = stage_entities(rows)
    assert _texts(found["Mark Dellow"]) == ["Mark Dellow"]


# "Mr Dellow spoke . Plans from the candidate , Rowan Pike , are modest , he added ."
# with the name hung on "Plans" (as the parser does), not on "candidate".
HUNG_BACK: list[Row] = [
    ("Mr", "NNP", "PROPN", 1, "compound", "O", True), ("Dellow", "NNP", "PROPN", 2, "nsubj", "B-PERSON", False),
    ("spoke", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
    ("Plans", "NNS", "NOUN", 12, "nsubj", "O", True), ("from", "IN", "ADP", 4, "prep", "O", False),
    ("the", "DT", "DET", 7, "det", "O", False), ("candidate", "NN", "NOUN", 5, "pobj", "O", False),
    (",", ",", "PUNCT", 10, "punct", "O", False), ("Rowan", "NNP", "PROPN", 10, "compound", "B-PERSON", False),
    ("Pike", "NNP", "PROPN", 4, "appos", "I-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O", False),
    ("are", "VBP", "AUX", 12, "ROOT", "O", False), ("modest", "JJ", "ADJ", 12, "acomp", "O", False),
    (",", ",", "PUNCT", 16, "punct", "O", False), ("he", "PRP", "PRON", 16, "nsubj", "O", False),
    ("added", "VBD", "VERB", 12, "parataxis", "O", False), (".", ".", "PUNCT", 12, "punct", "O", False),
]


def test_a_name_hung_on_a_word_further_back_is_the_apposition_of_the_description_before_it(stage_entities) -> None:
    found = stage_entities(HUNG_BACK)
    assert "the candidate" in _texts(found["Rowan Pike"])
    assert "the candidate" not in _texts(found["Dellow"])


def test_a_name_in_apposition_inside_a_prepositional_phrase_does_not_draw_the_next_pronoun(stage_entities) -> None:
    found = stage_entities(HUNG_BACK)
    assert "he" in _texts(found["Dellow"])  # the speaker of the sentence before, a man
    assert "he" not in _texts(found["Rowan Pike"])


def test_the_apposition_host_is_the_noun_before_the_comma_only_when_the_parser_hung_it_further_back(pipeline) -> None:
    from spacy.tokens import Doc

    from newsevents.components.entities_base import grammatical_role

    words = [w for w, *_ in HUNG_BACK]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=[r[3] for r in HUNG_BACK], deps=[r[4] for r in HUNG_BACK],
              pos=[r[2] for r in HUNG_BACK], tags=[r[1] for r in HUNG_BACK])
    assert grammatical_role(doc[10]) == "pobj"  # "Pike": the candidate's, inside "from ..."
    plain = Doc(pipeline.nlp.vocab, words=[w for w, *_ in MARK_DELLOW_OFFICIAL],
                heads=[r[3] for r in MARK_DELLOW_OFFICIAL], deps=[r[4] for r in MARK_DELLOW_OFFICIAL],
                pos=[r[2] for r in MARK_DELLOW_OFFICIAL], tags=[r[1] for r in MARK_DELLOW_OFFICIAL])
    assert grammatical_role(plain[5]) == "subj"  # "official" hangs on the subject right before its comma


# ----------------------------------------------------------------------------- named before or after


def _entities(pipeline, text: str):
    from newsevents.record import make_article

    doc = next(pipeline.docs([make_article(text, published="2016-11-13")]))
    return doc._.entities


def test_a_description_goes_to_the_person_named_before_not_one_described_so_only_later(pipeline) -> None:
    from entity_lookup import entity_of

    text = ("The race was stopped when Tom Reed crashed out in the wet. The 37-year-old Finnish driver lost "
            "control of his car as the race restarted. Later, Mark Dellow was the last driver to end his day "
            "against the wall.")
    entities = _entities(pipeline, text)
    reed, dellow = entity_of(entities, "Tom Reed"), entity_of(entities, "Mark Dellow")
    assert entity_of(entities, "The 37-year-old Finnish driver") is reed
    assert reed.country == "FIN" and dellow.country is None


def test_a_description_before_anyone_is_named_still_goes_to_the_one_the_text_describes_so(pipeline) -> None:
    from entity_lookup import entity_of

    text = ("The 37-year-old driver lost control of his car as the race restarted. "
            "Later, Mark Dellow, 37, said the track had been too wet.")
    entities = _entities(pipeline, text)
    assert entity_of(entities, "The 37-year-old driver") is entity_of(entities, "Mark Dellow")


def test_an_apposition_after_two_coordinated_names_describes_the_second(mention_texts) -> None:
    # "Tom Reed and Ann Moss , Mark Moss 's wife , sent recipes ." with the apposition hung on Reed
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 11, "nsubj", "I-PERSON", False),
            ("and", "CC", "CCONJ", 1, "cc", "O", False), ("Ann", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
            ("Moss", "NNP", "PROPN", 1, "conj", "I-PERSON", False), (",", ",", "PUNCT", 4, "punct", "O", False),
            ("Mark", "NNP", "PROPN", 7, "compound", "B-PERSON", False), ("Moss", "NNP", "PROPN", 9, "poss", "I-PERSON", False),
            ("'s", "POS", "PART", 7, "case", "I-PERSON", False), ("wife", "NN", "NOUN", 1, "appos", "O", False),
            (",", ",", "PUNCT", 1, "punct", "O", False), ("sent", "VBD", "VERB", 11, "ROOT", "O", False),
            ("recipes", "NNS", "NOUN", 11, "dobj", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = mention_texts(rows)
    assert any("wife" in m for m in found["Ann Moss"])
    assert not any("wife" in m for m in found["Tom Reed"])
