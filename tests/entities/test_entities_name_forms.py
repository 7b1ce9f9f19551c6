"""A known person's shorter name forms read as that person whatever the model's label (branch surnames37,
issue 15; hand-built Docs, sentences of our own): a given name and its short form before one family
name are one person; a body's one-word short name that is a person's family name; a title tagged with
the name after it as one body; a club's word and a person noun run into a person's name."""

from __future__ import annotations

from entity_lookup import holder_at, name_row, stop_row
from newsevents.components.entities_nameforms import short_given_names

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]


# --- a given name and its short form ------------------------------------------------------------

def test_the_short_names_table_reads_both_ways() -> None:
    forms = short_given_names()
    assert "sandra" in forms["sandy"] and "sandy" in forms["sandra"]
    assert "william" in forms["bill"] and "tom" not in forms.get("william", ())


def _two_forms(second: str) -> list[Row]:
    """"Sandra Lowry smiled . Ann Cole and <second> Lowry waited . Lowry agrees ." """
    return [name_row("Sandra", 1, "compound", "B-PERSON"), name_row("Lowry", 2, "nsubj", "I-PERSON"),
            ("smiled", "VBD", "VERB", 2, "ROOT", "O", "smile"), stop_row(2),
            name_row("Ann", 5, "compound", "B-PERSON"), name_row("Cole", 10, "nsubj", "I-PERSON"),
            ("and", "CC", "CCONJ", 5, "cc", "O", "and"),
            name_row(second, 8, "compound", "B-PERSON"), name_row("Lowry", 5, "conj", "I-PERSON"),
            ("then", "RB", "ADV", 10, "advmod", "O", "then"),
            ("waited", "VBD", "VERB", 10, "ROOT", "O", "wait"), stop_row(10),
            name_row("Lowry", 13, "nsubj"), ("agrees", "VBZ", "VERB", 13, "ROOT", "O", "agree"), stop_row(13)]


def test_a_given_name_and_its_short_form_before_one_surname_are_one_person(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_two_forms("Sandy"), frozenset({0, 4, 12}))
    first = holder_at(doc, entities, 0)
    assert first is not None and first.name == "Sandra Lowry" and first.type == "PERSON"
    assert holder_at(doc, entities, 7) is first  # "Sandy Lowry"
    assert holder_at(doc, entities, 12) is first  # the surname alone: no longer two people's


def test_two_given_names_before_one_surname_stay_two_people(resolve_doc_rows) -> None:
    # negative: "Sandra Lowry" and "Tom Lowry" are two people (kin): the bare surname is neither's
    doc, entities = resolve_doc_rows(_two_forms("Tom"), frozenset({0, 4, 12}))
    first, second = holder_at(doc, entities, 0), holder_at(doc, entities, 7)
    assert first is not None and second is not None and first is not second
    assert holder_at(doc, entities, 12) not in (first, second)


# --- a body's one-word short name that is a person's family name --------------------------------

def _chair(before: list[Row] = ()) -> list[Row]:
    """"[before] Ann Wellcome will chair the panel . Wellcome agrees ." (the second tagged a body)"""
    n = len(before)
    rows = [name_row("Ann", n + 1, "compound", "B-PERSON"), name_row("Wellcome", n + 3, "nsubj", "I-PERSON"),
            ("will", "MD", "AUX", n + 3, "aux", "O", "will"), ("chair", "VB", "VERB", n + 3, "ROOT", "O", "chair"),
            ("the", "DT", "DET", n + 5, "det", "O", "the"), ("panel", "NN", "NOUN", n + 3, "dobj", "O", "panel"),
            stop_row(n + 3), name_row("Wellcome", n + 8, "nsubj", "B-ORG"), ("agrees", "VBZ", "VERB", n + 8, "ROOT", "O", "agree"),
            stop_row(n + 8)]
    return list(before) + rows


def test_a_body_short_name_after_a_given_name_is_a_surname(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_chair(), frozenset({0, 7}))
    person = holder_at(doc, entities, 0)
    assert person is not None and person.type == "PERSON" and person.name == "Ann Wellcome"
    assert holder_at(doc, entities, 7) is person  # the body's short name alone: the person's


def test_a_body_short_name_stays_the_body_s_where_the_body_is_named(resolve_doc_rows) -> None:
    # negative: "The Wellcome Trust gave money ." first: the word alone may be the body's
    before = [("The", "DT", "DET", 2, "det", "O", "the"), name_row("Wellcome", 2, "compound", "B-ORG"),
              name_row("Trust", 3, "nsubj", "I-ORG"), ("gave", "VBD", "VERB", 3, "ROOT", "O", "give"),
              ("money", "NN", "NOUN", 3, "dobj", "O", "money"), stop_row(3)]
    doc, entities = resolve_doc_rows(_chair(before), frozenset({0, 6, 13}))
    person = holder_at(doc, entities, 6)
    assert person is not None and person.type == "PERSON"
    assert holder_at(doc, entities, 13) is not person


# --- a title tagged with the name after it as one body -------------------------------------------

def test_an_abbreviated_title_and_a_surname_tagged_a_body_are_a_person(resolve_doc_rows) -> None:
    # "Later , Cllr Hartigan said that builders paid more ."
    rows = [("Later", "RB", "ADV", 4, "advmod", "O", "later"), (",", ",", "PUNCT", 4, "punct", "O", ","),
            name_row("Cllr", 3, "compound", "B-ORG"), name_row("Hartigan", 4, "nsubj", "I-ORG"),
            ("said", "VBD", "VERB", 4, "ROOT", "O", "say"), ("that", "IN", "SCONJ", 7, "mark", "O", "that"),
            ("builders", "NNS", "NOUN", 7, "nsubj", "O", "builder"), ("paid", "VBD", "VERB", 4, "ccomp", "O", "pay"),
            ("more", "JJR", "ADJ", 7, "dobj", "O", "more"), stop_row(4)]
    doc, entities = resolve_doc_rows(rows, frozenset({0}))
    person = holder_at(doc, entities, 3)
    assert person is not None and person.type == "PERSON" and person.name == "Hartigan"


def _general(second: str) -> list[Row]:
    """"They praised General <second> . Arthur Ravenscroft retired ." (the first two tagged a body)"""
    return [("They", "PRP", "PRON", 1, "nsubj", "O", "they"), ("praised", "VBD", "VERB", 1, "ROOT", "O", "praise"),
            name_row("General", 3, "compound", "B-ORG"), name_row(second, 1, "dobj", "I-ORG"), stop_row(1),
            name_row("Arthur", 6, "compound", "B-PERSON"), name_row("Ravenscroft", 7, "nsubj", "I-PERSON"),
            ("retired", "VBD", "VERB", 7, "ROOT", "O", "retire"), stop_row(7)]


def test_a_rank_before_a_named_person_s_surname_tagged_a_body_is_that_person(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_general("Ravenscroft"), frozenset({0, 5}))
    person = holder_at(doc, entities, 5)
    assert person is not None and person.type == "PERSON"
    assert holder_at(doc, entities, 3) is person


def test_a_rank_word_before_a_word_no_person_bears_stays_a_body(resolve_doc_rows) -> None:
    # negative: "General Harrowgate" (no person of that surname): the model's body is kept
    doc, entities = resolve_doc_rows(_general("Harrowgate"), frozenset({0, 5}))
    body = holder_at(doc, entities, 2)
    assert body is not None and body.type != "PERSON"


# --- a club's word and a person noun run into a person's name -------------------------------------

def test_a_club_word_and_a_person_noun_before_a_name_are_no_part_of_it(resolve_doc_rows) -> None:
    # "Rovers fan Ray Hale cheered ."
    rows = [name_row("Rovers", 1, "compound", "B-PERSON"), ("fan", "NN", "NOUN", 3, "compound", "I-PERSON", "fan"),
            name_row("Ray", 3, "compound", "I-PERSON"), name_row("Hale", 4, "nsubj", "I-PERSON"),
            ("cheered", "VBD", "VERB", 4, "ROOT", "O", "cheer"), stop_row(4)]
    doc, entities = resolve_doc_rows(rows, frozenset({0}))
    person = holder_at(doc, entities, 2)
    assert person is not None and person.type == "PERSON" and person.name == "Ray Hale"


# --- a name given by a naming participle -------------------------------------------------------------

def _named(noun: str, lemma: str) -> list[Row]:
    """"A former <noun> named Dorian Wexcombe sued ." (the name tagged a building)"""
    return [("A", "DT", "DET", 2, "det", "O", "a"), ("former", "JJ", "ADJ", 2, "amod", "O", "former"),
            (noun, "NN", "NOUN", 6, "nsubj", "O", lemma), ("named", "VBN", "VERB", 2, "acl", "O", "name"),
            name_row("Dorian", 5, "compound", "B-FAC"), name_row("Wexcombe", 3, "oprd", "I-FAC"),
            ("sued", "VBD", "VERB", 6, "ROOT", "O", "sue"), stop_row(6)]


def test_a_name_a_naming_participle_gives_a_person_noun_is_a_person(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_named("clerk", "clerk"), frozenset({0}))
    person = holder_at(doc, entities, 4)
    assert person is not None and person.type == "PERSON" and person.name == "Dorian Wexcombe"


def test_a_name_a_naming_participle_gives_a_thing_keeps_the_model_s_label(resolve_doc_rows) -> None:
    # negative: "A former warehouse named Dorian Wexcombe ...": a building's name, no person
    doc, entities = resolve_doc_rows(_named("warehouse", "warehouse"), frozenset({0}))
    held = holder_at(doc, entities, 4)
    assert held is None or held.type != "PERSON"
