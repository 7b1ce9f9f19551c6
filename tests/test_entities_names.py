"""Person names: canonical forms, parts of names written alone, names the model joins or splits.

Sentences of our own; rules that read the parse use hand-built Docs where the model's parse is
not what is under test.
"""

from __future__ import annotations

import pytest

from entity_lookup import entity_with_mention
from newsevents.actors import actor_dictionary
from newsevents.components.entities import _name_words, _same_name


def names(record) -> list[str]:
    return [e.name for e in record.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("parts", "theirs", "same"),
    [
        (["banks"], ["tom", "banks"], True),  # the family name alone
        (["tom"], ["tom", "banks"], True),  # the given name alone
        (["de", "niro"], ["robert", "de", "niro"], True),  # a family name of two words
        (["george", "bush"], ["george", "w.", "bush"], True),  # a middle initial left out
        (["g.", "bush"], ["george", "bush"], True),  # an initial for the given name
        (["rob", "banks"], ["robert", "banks"], True),  # a short form of the given name
        (["mark", "banks"], ["mary", "banks"], False),  # two people of one family
        (["jos", "verstappen"], ["max", "verstappen"], False),
    ],
)
def test_which_name_words_may_repeat_a_name(parts, theirs, same):
    assert _same_name(parts, theirs) is same


def test_a_generation_suffix_is_no_family_name():
    suffixes = actor_dictionary().words.name_suffix  # data/actor_words.tsv
    assert _name_words("Carlos Sainz Jr.", suffixes) == ["carlos", "sainz"]
    assert _name_words("Tom Banks", suffixes) == ["tom", "banks"]


def test_a_role_word_the_model_took_into_the_name_is_a_title(extract):
    record = extract(
        "Broadcaster Tom Pevensey has quit his breakfast show. Tom Pevensey told listeners he was tired. "
        "Pevensey will be replaced in May.",
        published="2004-06-01",
    )
    person = entity_with_mention(record, "Tom Pevensey", 2)
    assert person is not None and person.name == "Tom Pevensey"
    assert entity_with_mention(record, "Broadcaster Tom Pevensey") is person
    assert entity_with_mention(record, "Pevensey will") is person
    assert "Broadcaster Tom Pevensey" not in names(record)


def test_an_abbreviated_rank_is_no_part_of_the_name(extract):
    record = extract("Det Sgt Ann Mawby said the car was found on Monday. Ann Mawby thanked the public.",
                     published="2021-03-01")
    person = entity_with_mention(record, "Ann Mawby", 2)
    assert person is not None and person.name == "Ann Mawby"
    assert entity_with_mention(record, "Ann Mawby", 1) is person


def test_a_spaced_dash_and_a_score_end_a_name(extract):
    record = extract(
        "Among the winners: Gerald Ormsby - star of the show - and Lisa Raymond 7-5 in the final. "
        "Ormsby said he was delighted.",
        published="2004-06-01",
    )
    assert "Gerald Ormsby" in names(record)
    assert not any("-" in n or any(c.isdigit() for c in n) for n in names(record))
    assert entity_with_mention(record, "Ormsby said").name == "Gerald Ormsby"


def test_a_nickname_in_quotes_is_no_part_of_the_canonical_name(pipeline):
    from newsevents.components.entities import EntityResolver

    doc = pipeline.nlp.make_doc('Tom " The Hammer " Banks won.')
    resolver = EntityResolver.__new__(EntityResolver)
    assert resolver._name_text(list(doc[0:6])) == "Tom Banks"
    assert resolver._name_text(list(doc[0:1])) == "Tom"


def test_a_possessor_before_a_full_name_is_a_body_not_part_of_the_name(extract):
    record = extract(
        "Toro Rosso's Carlos Sainz Jr. finished fifth on Sunday. Sainz said the car was fast.",
        published="2016-11-13",
    )
    sainz = entity_with_mention(record, "Carlos Sainz")
    assert sainz is not None and sainz.type == "PERSON" and sainz.name.startswith("Carlos Sainz")
    assert entity_with_mention(record, "Sainz said") is sainz
    assert "Toro" not in sainz.name


def test_a_part_of_a_name_written_before_the_full_name_joins_it(extract):
    # a caption written above the story names the man by his family name, then by his given name
    record = extract(
        "Lewis-Brandt eyes gold\n\nMark Lewis-Brandt says his win has made him hungry. "
        '"Mark is ready," his coach said.',
        published="2004-06-01",
    )
    person = entity_with_mention(record, "Mark Lewis-Brandt")
    assert person is not None and person.name == "Mark Lewis-Brandt"
    assert entity_with_mention(record, "Lewis-Brandt eyes") is person
    assert entity_with_mention(record, "Mark is") is person


def test_a_family_name_of_several_words_written_first_joins_the_full_name(extract):
    record = extract("De Marigny kicked two penalties. Roland De Marigny later said the team had improved.",
                     published="2004-06-01")
    assert entity_with_mention(record, "De Marigny kicked") is entity_with_mention(record, "Roland De Marigny")
    assert entity_with_mention(record, "Roland De Marigny").name == "Roland De Marigny"


def test_a_word_two_people_share_links_neither(extract):
    record = extract(
        "Max Verhoeven finished third in Brazil. His father Jos Verhoeven watched from the pit wall. "
        "Verhoeven said the rain had been terrible.",
        published="2016-11-13",
    )
    max_, jos = entity_with_mention(record, "Max Verhoeven"), entity_with_mention(record, "Jos Verhoeven")
    assert max_ is not jos
    shared = entity_with_mention(record, "Verhoeven said")
    assert shared is not max_ and shared is not jos


def test_given_names_joined_by_and_share_the_family_name(extract):
    record = extract("Bill and Mary Hadley opened the shop in 1990. Mary Hadley still runs it.",
                     published="2004-06-01")
    assert "Bill Hadley" in names(record)
    assert entity_with_mention(record, "Mary Hadley", 2).name == "Mary Hadley"


def test_a_name_tagged_as_a_body_that_begins_with_a_given_name_is_a_person(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.components.entities import EntityResolver

    doc = build_doc(
        "Sweden 's Marcus Ericsson crashed . The George Soros Foundation paid .",
        heads=[3, 0, 3, 4, 4, 4, 9, 9, 9, 10, 10, 10],
        deps=["poss", "case", "compound", "nsubj", "ROOT", "punct", "det", "compound", "compound", "nsubj", "ROOT",
              "punct"],
        pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "POS", "NNP", "NNP", "VBD", ".", "DT", "NNP", "NNP", "NNP", "VBD", "."],
        ents=["B-GPE", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"],
    )
    resolver = EntityResolver.__new__(EntityResolver)
    resolver.doc, resolver.ad, resolver.gaz, resolver.tokens = doc, actor_dictionary(), None, list(doc)
    assert resolver._given_name_first(doc[2:4])  # "Marcus Ericsson"
    assert not resolver._given_name_first(doc[6:10])  # "The George Soros Foundation"
    assert not resolver._given_name_first(doc[7:10])  # a body's word ends it


def test_a_family_name_it_ends_outweighs_a_first_word_it_begins():
    from newsevents.actors import actor_dictionary
    from newsevents.components.entities import Cluster, EntityResolver

    resolver = EntityResolver.__new__(EntityResolver)
    resolver.ad, resolver.published, resolver.by_key = actor_dictionary(), None, {}
    caption = Cluster("PERSON", "Brentwell U-turn", "person:brentwell u-turn")  # a caption's words
    david = Cluster("PERSON", "David Brentwell", "person:david brentwell")
    resolver.clusters = [caption, david]
    assert resolver._match_person("Brentwell") is david
    ann = Cluster("PERSON", "Ann Brentwell", "person:ann brentwell")
    resolver.clusters.append(ann)
    assert resolver._match_person("Brentwell") is None  # two people's family name
    ann.gender, david.gender = "f", "m"
    assert resolver._match_person("Brentwell", gender="f") is ann  # "Ms Brentwell"


def test_initials_before_a_name_are_part_of_it(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.components.entities import EntityResolver

    doc = build_doc(
        "owner PK Quarrie and the FBI Tom Ash and P.K. Ash",
        heads=[2, 2, 2, 2, 2, 6, 2, 2, 2, 10, 8],
        deps=["compound", "compound", "ROOT", "cc", "det", "compound", "conj", "cc", "conj", "compound", "conj"],
        pos=["NOUN", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN"],
        tags=["NN", "NNP", "NNP", "CC", "DT", "NNP", "NNP", "CC", "NNP", "NNP", "NNP"],
        ents=["O", "O", "B-PERSON", "O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON"],
    )
    resolver = EntityResolver.__new__(EntityResolver)
    resolver.doc, resolver.ad, resolver.tokens = doc, actor_dictionary(), list(doc)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert resolver._with_initials(people[0]).text == "PK Quarrie"
    assert resolver._with_initials(people[1]).text == "Tom Ash"  # "FBI" is a body, not initials
    assert resolver._with_initials(people[2]).text == "P.K. Ash"


def test_a_surname_with_a_possessive_tagged_as_a_body_is_the_person(build_doc):
    from newsevents.actors import actor_dictionary
    from newsevents.components.entities import EntityResolver

    doc = build_doc(
        "Tom Quarrie spoke . Quarrie 's letter came .",
        heads=[1, 2, 2, 2, 6, 4, 7, 7, 7],
        deps=["compound", "nsubj", "ROOT", "punct", "poss", "case", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "NNP", "POS", "NN", "VBD", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"],
    )
    entities = EntityResolver(doc, actor_dictionary(), None, set()).resolve()
    quarrie = next(e for e in entities if e.name == "Tom Quarrie")
    assert [m.text for m in quarrie.mentions][:2] == ["Tom Quarrie", "Quarrie"]
    assert not any(e.type == "ORG" for e in entities)
