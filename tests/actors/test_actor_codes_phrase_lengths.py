"""The code of a run of words (``ActorDictionary.code_span``) tries each table's phrases from the
longest down, but only the lengths a word can open (a word that opens no key of two or more words
tries itself alone), and the phrase ending in the last word's lemma only when that lemma is
another word: the roles and bodies found are the same either way (sentences of our own)."""

from __future__ import annotations

from newsevents.actors import actor_dictionary

ACTORS = actor_dictionary()


def test_a_two_word_role_is_found_by_the_lemma_of_its_last_word(build_doc):
    doc = build_doc("French foreign ministers met",
                    heads=[2, 2, 3, 3], deps=["amod", "amod", "nsubj", "ROOT"],
                    pos=["ADJ", "ADJ", "NOUN", "VERB"], lemmas=["french", "foreign", "minister", "meet"])
    assert ACTORS.code_span(doc[0:3]) == ("FRA", ["GOV"])


def test_a_one_word_role_after_a_word_that_opens_no_phrase_is_found_by_its_lemma(build_doc):
    doc = build_doc("local peacekeepers left",
                    heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"],
                    pos=["ADJ", "NOUN", "VERB"], lemmas=["local", "peacekeeper", "leave"])
    assert ACTORS.code_span(doc[0:2]) == (None, ["MIL"])
    # the lemma the same as the word: the word as written alone is asked
    doc = build_doc("local peacekeeper left",
                    heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"], pos=["ADJ", "NOUN", "VERB"])
    assert ACTORS.code_span(doc[0:2]) == (None, ["MIL"])


def test_a_capitalised_body_of_two_words_is_found_whole(build_doc):
    doc = build_doc("the Security Council voted",
                    heads=[2, 2, 3, 3], deps=["det", "compound", "nsubj", "ROOT"],
                    pos=["DET", "PROPN", "PROPN", "VERB"], ents=["O", "B-ORG", "I-ORG", "O"])
    assert ACTORS.code_span(doc[0:3])[1] == ["GOV"]
    # no word of the run a role or a body: no code
    doc = build_doc("the quiet garden grew",
                    heads=[2, 2, 3, 3], deps=["det", "amod", "nsubj", "ROOT"], pos=["DET", "ADJ", "NOUN", "VERB"])
    assert ACTORS.code_span(doc[0:3]) == (None, [])
