"""Person names: canonical forms, parts of names written alone, names the model joins or splits.

Sentences of our own; rules that read the parse use hand-built Docs where the model's parse is
not what is under test.
"""

from __future__ import annotations

import pytest

from entity_lookup import entity_with_mention
from newsevents.actors import actor_dictionary
from newsevents.components.entities_base import _name_words, _same_name


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
        (["ann", "hw.", "lee"], ["ann", "w.", "lee"], False),  # two different middle names: two people
        (["ann", "h.", "w.", "lee"], ["ann", "hw.", "lee"], True),  # the same initials, spaced or not
        (["ann", "walker", "lee"], ["ann", "w.", "lee"], True),  # a middle name and its initial
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
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_base import Cluster

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


# --- a name's words alone, whatever the model tagged them ----------------------------------------

def _resolve(build_doc, sentence, with_doc=False, **parse):
    from newsevents.actors import actor_dictionary
    from newsevents.components.entities import EntityResolver
    from newsevents.components.quotes import cue_lexicon
    from newsevents.geo.gazetteer import get_gazetteer

    doc = build_doc(sentence, **parse)
    entities = EntityResolver(doc, actor_dictionary(), get_gazetteer(), cue_lexicon().nouns).resolve()
    return (entities, doc) if with_doc else entities


def _mentions_of(entities, name):
    return next([m.text for m in e.mentions] for e in entities if e.name == name)


def test_a_name_word_where_a_place_goes_is_the_place(build_doc, shared_dir):
    # "Gao" is a town of Mali in the gazetteer; the model tagged every "Gao" a person
    entities = _resolve(
        build_doc,
        "Gao Wenqing fled . Fighting in Gao continued . Gao said the town of Gao was lost .",
        heads=[1, 2, 2, 2, 7, 4, 5, 7, 7, 10, 10, 12, 16, 12, 13, 16, 10, 10],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "ROOT", "det",
              "nsubjpass", "prep", "pobj", "auxpass", "ccomp", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET",
             "NOUN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "VBG", "IN", "NNP", "VBD", ".", "NNP", "VBD", "DT", "NN", "IN", "NNP", "VBD",
              "VBN", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O",
              "B-PERSON", "O", "O", "O"],
    )
    person = next(e for e in entities if e.name == "Gao Wenqing")
    starts = [m.start for m in person.mentions]
    assert starts == [0, 47]  # "Gao Wenqing", "Gao said"; not "in Gao" (31) nor "town of Gao" (68)


def test_a_surname_tagged_as_a_place_is_the_person_where_a_person_stands(build_doc, shared_dir):
    entities = _resolve(
        build_doc,
        "Gao Wenqing fled . Police said Gao paid and Gao 's lawyer left the city of Gao .",
        heads=[1, 2, 2, 2, 5, 5, 7, 5, 7, 11, 9, 12, 7, 14, 12, 14, 15, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "cc", "poss", "case", "nsubj",
              "conj", "det", "dobj", "prep", "pobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PROPN", "VERB", "CCONJ", "PROPN", "PART", "NOUN",
             "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "NNS", "VBD", "NNP", "VBD", "CC", "NNP", "POS", "NN", "VBD", "DT", "NN", "IN",
              "NNP", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O",
              "B-GPE", "O"],
    )
    assert _mentions_of(entities, "Gao Wenqing")[:3] == ["Gao Wenqing", "Gao", "Gao"]  # a subject, a possessor
    assert len(_mentions_of(entities, "Gao Wenqing")) == 3  # "the city of Gao" is the place


def test_mr_and_mrs_of_one_family_name_are_two_people(build_doc):
    entities = _resolve(
        build_doc,
        "Mr Sato and Mrs Sato arrived . Mrs Sato spoke .",
        heads=[1, 5, 1, 4, 1, 5, 5, 8, 9, 9, 9],
        deps=["compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "CC", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", "."],
        ents=["O", "B-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O"],
    )
    people = sorted([m.text for m in e.mentions] for e in entities if e.type == "PERSON")
    assert people == [["Mr Sato"], ["Mrs Sato", "Mrs Sato"]]


def test_a_family_name_first_name_that_a_place_bears_too_is_a_person_unless_used_as_the_place(build_doc, shared_dir):
    # "Liu Yang" is also another name of a Chinese town in the gazetteer
    parse = dict(
        heads=[1, 1, 3, 1, 1, 6, 4, 1, 10, 10, 10, 10],
        deps=["nsubj", "ROOT", "compound", "dobj", "prep", "det", "pobj", "punct", "nsubjpass", "auxpass", "ROOT",
              "punct"],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "NNP", "IN", "DT", "NN", ".", "NNP", "VBD", "VBN", "."],
        ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O"],
    )
    entities = _resolve(build_doc, "Rescuers pulled Liu Yang from the rubble . Liu was hurt .", **parse)
    assert _mentions_of(entities, "Liu Yang") == ["Liu Yang", "Liu"]
    entities = _resolve(
        build_doc,
        "Rain fell in Liu Yang . Liu was hurt .",
        heads=[1, 1, 1, 4, 2, 1, 8, 8, 8, 8],
        deps=["nsubj", "ROOT", "prep", "compound", "pobj", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"],
        tags=["NN", "VBD", "IN", "NNP", "NNP", ".", "NNP", "VBD", "VBN", "."],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O", "O"],
    )
    assert "Liu Yang" not in [e.name for e in entities]  # where a place goes, it is the place


def test_a_family_name_the_tagger_read_as_a_pronoun(build_doc):
    entities, doc = _resolve(
        build_doc,
        "He Yuming was held . Police said He paid . Mr He left .",
        with_doc=True,
        heads=[1, 3, 3, 3, 3, 6, 6, 8, 6, 6, 11, 12, 12, 12],
        deps=["compound", "nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct",
              "compound", "nsubj", "ROOT", "punct"],
        pos=["PRON", "PROPN", "AUX", "VERB", "PUNCT", "NOUN", "VERB", "PRON", "VERB", "PUNCT", "PROPN", "PRON", "VERB",
             "PUNCT"],
        tags=["PRP", "NNP", "VBD", "VBN", ".", "NNS", "VBD", "PRP", "VBD", ".", "NNP", "PRP", "VBD", "."],
        ents=["O"] * 14,
    )
    person = next(e for e in entities if e.name == "He Yuming")
    assert [m.text for m in person.mentions] == ["He Yuming", "He", "Mr He"]
    # a capital inside the sentence says a name, not the pronoun "he"
    assert doc._.mention_kinds[person.id] == ["name", "name", "name"]


def test_a_given_name_and_a_family_name_the_article_repeats_are_a_name(build_doc):
    parse = dict(
        heads=[1, 2, 2, 4, 2, 2, 7, 7, 7],
        deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "NNP", ".", "NNP", "VBD", "."],
    )
    # "May" left untagged beside a given name, tagged a person alone later
    entities = _resolve(build_doc, "Theresa May met the Queen . May spoke .",
                        ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"], **parse)
    assert _mentions_of(entities, "Theresa May") == ["Theresa May", "May"]
    # with no sign that the last word names a person, nothing is made of the pair
    entities = _resolve(build_doc, "Theresa May met the Queen . Nobody spoke .", ents=["O"] * 9, **parse)
    assert "Theresa May" not in [e.name for e in entities]


def test_a_family_name_beginning_a_sentence_read_as_a_noun(build_doc):
    entities = _resolve(
        build_doc,
        "Bernie Sanders won . Sanders thanked voters . Long Wei spoke . Long queues formed .",
        heads=[1, 2, 2, 2, 5, 5, 5, 5, 9, 10, 10, 10, 13, 14, 14, 14],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "ROOT",
              "punct", "amod", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT",
             "ADJ", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "NNPS", "VBD", ".", "NNS", "VBD", "NNS", ".", "NNP", "NNP", "VBD", ".", "JJ", "NNS", "VBD", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O",
              "O"],
    )
    assert _mentions_of(entities, "Bernie Sanders") == ["Bernie Sanders", "Sanders"]
    assert _mentions_of(entities, "Long Wei") == ["Long Wei"]  # "Long queues": an adjective of its noun


def _resolver_with(*names):
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_base import Cluster

    resolver = EntityResolver.__new__(EntityResolver)
    resolver.ad, resolver.published, resolver.by_key = actor_dictionary(), None, {}
    resolver.clusters = [Cluster("PERSON", n, f"person:{n.lower()}") for n in names]
    return resolver, resolver.clusters


def test_a_family_name_written_first_and_one_written_last_name_neither():
    resolver, (kim_jong_un, andrew_kim) = _resolver_with("Kim Jong-un", "Andrew Kim")
    assert resolver._match_person("Kim") is None  # not Andrew Kim merely because his name ends so
    assert set(map(id, resolver._surnames()["kim"])) == {id(kim_jong_un), id(andrew_kim)}
    resolver, (song_tao,) = _resolver_with("Song Tao")
    assert resolver._match_person("Song") is song_tao and resolver._surnames()["song"] == [song_tao]


def test_two_words_in_either_order_are_one_name_unless_both_orders_are_western():
    resolver, (shinzo_abe,) = _resolver_with("Shinzo Abe")
    assert resolver._match_person("Abe Shinzo") is shinzo_abe
    resolver, (tao_song,) = _resolver_with("Tao Song")  # "Song" is a family name written first
    assert resolver._match_person("Song Tao") is tao_song
    resolver, _ = _resolver_with("Douglas Scott")
    assert resolver._match_person("Scott Douglas") is None  # two given names: two people


def test_a_persons_name_before_a_relation_gives_no_country_of_a_town_so_named(build_doc, shared_dir):
    # "Bo" is also a town of Sierra Leone in the gazetteer
    entities = _resolve(
        build_doc,
        "Bo Xilai spoke . Bo 's wife left .",
        heads=[1, 2, 2, 2, 6, 4, 7, 7, 7],
        deps=["compound", "nsubj", "ROOT", "punct", "poss", "case", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "NNP", "POS", "NN", "VBD", "."],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert _mentions_of(entities, "Bo Xilai")[:2] == ["Bo Xilai", "Bo"]
    wife = next(e for e in entities if "wife" in e.name)
    assert wife.country != "SLE"


def test_a_full_name_tagged_as_a_body_whose_last_word_stands_alone_as_a_subject(build_doc, shared_dir):
    parse = dict(
        heads=[1, 2, 2, 2, 5, 5, 5, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "NNP", "VBD", ".", "NNP", "VBD", "RB", "."],
        ents=["B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O"],
    )
    # an unknown first word: "Quarrie" said on its own is how a person is called
    entities = _resolve(build_doc, "Ondine Quarrie resigned . Quarrie spoke later .", **parse)
    assert _mentions_of(entities, "Ondine Quarrie") == ["Ondine Quarrie", "Quarrie"]
    # a first word that names a place: a club called by its last word ("Villa won")
    entities = _resolve(build_doc, "Aston Quarrie resigned . Quarrie spoke later .", **parse)
    assert not [e for e in entities if e.type == "PERSON"]


@pytest.mark.parametrize(("sentence", "first_ent", "name"), [
    ("Ondine Khan spoke .", "B-GPE", "Ondine Khan"),  # a given name the model took for a place
    ("Ondine Khan spoke .", "O", "Ondine Khan"),  # or left untagged
    ("Aston Khan spoke .", "B-GPE", "Khan"),  # a place the gazetteer knows stays out of the name
    ("Mr Khan spoke .", "O", "Khan"),  # an honorific is no given name
])
def test_a_word_glued_before_a_one_word_person_is_its_given_name(build_doc, shared_dir, sentence, first_ent, name):
    entities = _resolve(
        build_doc, sentence,
        heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "punct"], pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "."], ents=[first_ent, "B-PERSON", "O", "O"],
    )
    assert [e.name for e in entities if e.type == "PERSON"] == [name]


def test_a_surname_tagged_a_body_after_from_does_not_make_it_a_place_word(mention_texts) -> None:
    # "Storm Over Remark From Reed" / "Tom Reed spoke . It was not from Reed ." with the last "Reed"
    # tagged a body: the headline's "Reed" is still his
    rows = [("Storm", "NNP", "PROPN", 0, "ROOT", "O", True), ("Over", "IN", "ADP", 0, "prep", "O", False),
            ("Remark", "NNP", "PROPN", 1, "pobj", "O", False), ("From", "IN", "ADP", 2, "prep", "O", False),
            ("Reed", "NNP", "PROPN", 3, "pobj", "O", False), ("\n", "_SP", "SPACE", 4, "dep", "O", False),
            ("Tom", "NNP", "PROPN", 7, "compound", "B-PERSON", True), ("Reed", "NNP", "PROPN", 8, "nsubj", "I-PERSON", False),
            ("spoke", "VBD", "VERB", 8, "ROOT", "O", False), (".", ".", "PUNCT", 8, "punct", "O", False),
            ("It", "PRP", "PRON", 11, "nsubj", "O", True), ("was", "VBD", "AUX", 11, "ROOT", "O", False),
            ("not", "RB", "PART", 11, "neg", "O", False), ("from", "IN", "ADP", 11, "prep", "O", False),
            ("Reed", "NNP", "PROPN", 13, "pobj", "B-ORG", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    spaces = [True, True, True, True, False, False, True, True, False, True, True, True, True, True, False, False]
    found = mention_texts(rows, spaces)
    assert found["Tom Reed"][:2] == ["Reed", "Tom Reed"]
