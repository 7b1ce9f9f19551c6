"""A name the model types a body is a person's when it is the subject of a verb whose object is a
gendered reflexive (``<Surname> compared himself to ...``: a body is "itself"), and a one-word body's span of
that same word elsewhere (``the <Surname> camp``) is that person too. A person whose title holds a party word
(``Republican strategist <Name>``) takes the country the article codes that party with. Hand-built Docs of
sentences written for these tests."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# The Dorsett camp spoke .
CAMP = [("The", "DT", "DET", 2, "det", "O"), ("Dorsett", "NNP", "PROPN", 2, "compound", "B-ORG"),
        ("camp", "NN", "NOUN", 3, "nsubj", "O"), ("spoke", "VBD", "VERB", 3, "ROOT", "O"),
        (".", ".", "PUNCT", 3, "punct", "O")]
# Dorsett compared himself to Lincoln .
COMPARED = [("Dorsett", "NNP", "PROPN", 1, "nsubj", "B-ORG"), ("compared", "VBD", "VERB", 1, "ROOT", "O"),
            ("himself", "PRP", "PRON", 1, "dobj", "O"), ("to", "IN", "ADP", 1, "prep", "O"),
            ("Lincoln", "NNP", "PROPN", 3, "pobj", "B-PERSON"), (".", ".", "PUNCT", 1, "punct", "O")]
# Dorsett compared itself to Lincoln .  (a body)
ITSELF = [(w if w != "himself" else "itself", *rest) for w, *rest in COMPARED]


def test_the_subject_of_a_personal_reflexive_is_a_person_with_its_modifier_mention(stage_entities):
    found = stage_entities(_doc(CAMP, COMPARED))
    assert "Dorsett" in found and found["Dorsett"].type == "PERSON", found
    assert [m.text for m in found["Dorsett"].mentions].count("Dorsett") == 2, found


def test_the_subject_of_itself_stays_a_body(stage_entities):
    found = stage_entities(_doc(ITSELF))
    assert "Dorsett" not in found or found["Dorsett"].type != "PERSON", found


# Republicans in the U.S. Senate voted .   Republican strategist Karl Vosk spoke .
VOTED = [("Republicans", "NNPS", "PROPN", 5, "nsubj", "B-NORP"), ("in", "IN", "ADP", 0, "prep", "O"),
         ("the", "DT", "DET", 4, "det", "O"), ("U.S.", "NNP", "PROPN", 4, "compound", "B-ORG"),
         ("Senate", "NNP", "PROPN", 1, "pobj", "I-ORG"), ("voted", "VBD", "VERB", 5, "ROOT", "O"),
         (".", ".", "PUNCT", 5, "punct", "O")]
STRATEGIST = [("Republican", "JJ", "ADJ", 1, "amod", "B-NORP"), ("strategist", "NN", "NOUN", 3, "compound", "O"),
              ("Karl", "NNP", "PROPN", 3, "compound", "B-PERSON"), ("Vosk", "NNP", "PROPN", 4, "nsubj", "I-PERSON"),
              ("spoke", "VBD", "VERB", 4, "ROOT", "O"), (".", ".", "PUNCT", 4, "punct", "O")]


def test_a_party_title_gives_the_articles_party_country(stage_entities):
    found = stage_entities(_doc(VOTED, STRATEGIST))
    party = [e for e in found.values() if "PTY" in e.sector]
    assert party and party[0].country == "USA", found
    assert found["Karl Vosk"].country == "USA", found


def test_a_party_title_with_no_coded_party_gives_no_country(stage_entities):
    found = stage_entities(_doc(STRATEGIST))
    assert found["Karl Vosk"].country is None, found
