"""object_tokens reads a verb's children once (speed35): its objects, then the subjects of its
infinitive clauses, then their conjuncts, in that order; a clause without "to" holds none.
Invented sentences with their parses written out."""

from __future__ import annotations

from newsevents.eventcoding.lexicon import object_tokens


def test_objects_then_infinitive_subjects_then_conjuncts(build_doc):
    # "Vexland urged Ruritania and Zembla to free the crew and fined the firm"
    doc = build_doc("Vexland urged Ruritania and Zembla to free the crew and fined the firm",
                    heads=[1, 1, 6, 2, 2, 6, 1, 8, 6, 1, 1, 12, 10],
                    deps=["nsubj", "ROOT", "nsubj", "cc", "conj", "aux", "xcomp", "det", "dobj", "cc", "conj",
                          "det", "dobj"],
                    pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PART", "VERB", "DET", "NOUN", "CCONJ",
                         "VERB", "DET", "NOUN"])
    assert [t.text for t in object_tokens(doc[1])] == ["Ruritania", "Zembla"]
    assert [t.text for t in object_tokens(doc[6])] == ["crew"]


def test_a_direct_object_comes_before_an_infinitive_clause_subject(build_doc):
    # "Vexland asked the envoy for Ruritania to leave": the clause an adverbial one, then a complement
    doc = build_doc("Vexland asked the envoy for Ruritania to leave",
                    heads=[1, 1, 3, 1, 7, 7, 7, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "aux", "advcl"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "PART", "VERB"])
    assert [t.text for t in object_tokens(doc[1])] == ["envoy"]  # an adverbial clause is no object's home
    doc = build_doc("Vexland asked the envoy Ruritania to leave",
                    heads=[1, 1, 3, 1, 6, 6, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "nsubj", "aux", "ccomp"],
                    pos=["PROPN", "VERB", "DET", "NOUN", "PROPN", "PART", "VERB"])
    assert [t.text for t in object_tokens(doc[1])] == ["envoy", "Ruritania"]


def test_a_clause_without_to_holds_no_object(build_doc):
    # "Vexland said Ruritania left": the subject of a finite clause is not the verb's object
    doc = build_doc("Vexland said Ruritania left", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"],
                    pos=["PROPN", "VERB", "PROPN", "VERB"])
    assert object_tokens(doc[1]) == []
