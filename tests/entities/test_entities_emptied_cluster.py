"""A cluster emptied into another by a merge (its mentions moved) still sits in the resolver's list
until the record is built, which leaves it out. Coding it must not fail the stage: a
`min()` over no mentions once dropped every entity of an article (the stage's error handler
logged it and the article went on without entities)."""

from spacy.tokens import Doc

from newsevents.components.entities import EntityResolver
from newsevents.components.entities_base import Cluster


def test_an_emptied_cluster_that_needs_a_country_gets_none_and_no_error(pipeline) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_entities")
    words = ["Council", "secretary", "Ann", "Roe", "resigned", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, tags=["NNP", "NN", "NNP", "NNP", "VBD", "."],
              pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], heads=[1, 3, 3, 4, 4, 4],
              deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
              ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O"], sent_starts=[1, 0, 0, 0, 0, 0])
    resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns)
    entities = resolver.resolve()
    assert [e.name for e in entities] == ["Ann Roe"]
    emptied = Cluster(type="PERSON", name="Roe", key="person:roe", needs_country=True)
    assert resolver._nearby_country(emptied) is None
    resolver.clusters.append(emptied)
    resolver._finish_codes()  # no ValueError from min() over no mentions
