"""A headline's bare subject noun is the person the lead tells of (hand-built Docs, sentences of our own): when
the lead opens with a description of an unnamed person (``The woman who says that <Name> struck her is ...``),
the person named inside that description is someone else, so the headline's noun waits for the next sentence's
newly named person, not the one named inside the description."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# Injured cyclist sues firm  (a title line, no stop, set apart by a blank line)
HEADLINE = [("Injured", "JJ", "ADJ", 1, "amod", "O"), ("cyclist", "NN", "NOUN", 2, "nsubj", "O"),
            ("sues", "VBZ", "VERB", 2, "ROOT", "O"), ("firm", "NN", "NOUN", 2, "dobj", "O"),
            ("\n\n", "_SP", "SPACE", 3, "dep", "O")]
# The woman who says that Dale Morrow struck her is suing his firm .  (parsed as the small model does: "that" a
# determiner, the name the main verb's subject)
LEAD = [("The", "DT", "DET", 1, "det", "O"), ("woman", "NN", "NOUN", 11, "nsubj", "O"),
        ("who", "WP", "PRON", 3, "nsubj", "O"), ("says", "VBZ", "VERB", 1, "relcl", "O"),
        ("that", "DT", "DET", 6, "det", "O"), ("Dale", "NNP", "PROPN", 6, "compound", "B-PERSON"),
        ("Morrow", "NNP", "PROPN", 7, "nsubj", "I-PERSON"), ("struck", "VBD", "VERB", 7, "ROOT", "O"),
        ("her", "PRP", "PRON", 7, "dobj", "O"), ("is", "VBZ", "AUX", 11, "aux", "O"),
        ("now", "RB", "ADV", 11, "advmod", "O"), ("suing", "VBG", "VERB", 7, "advcl", "O"),
        ("his", "PRP$", "PRON", 13, "poss", "O"), ("firm", "NN", "NOUN", 11, "dobj", "O"),
        (".", ".", "PUNCT", 7, "punct", "O")]
# Morrow was charged with hitting Janet Pruitt .
NEXT = [("Morrow", "NNP", "PROPN", 2, "nsubjpass", "B-PERSON"), ("was", "VBD", "AUX", 2, "auxpass", "O"),
        ("charged", "VBN", "VERB", 2, "ROOT", "O"), ("with", "IN", "ADP", 2, "prep", "O"),
        ("hitting", "VBG", "VERB", 3, "pcomp", "O"), ("Janet", "NNP", "PROPN", 6, "compound", "B-PERSON"),
        ("Pruitt", "NNP", "PROPN", 4, "dobj", "I-PERSON"), (".", ".", "PUNCT", 2, "punct", "O")]
# Dale Morrow struck a woman on a bridge .  (the lead names him in its main clause)
PLAIN_LEAD = [("Dale", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Morrow", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
              ("struck", "VBD", "VERB", 2, "ROOT", "O"), ("a", "DT", "DET", 4, "det", "O"),
              ("woman", "NN", "NOUN", 2, "dobj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]


def _holder(found, text: str):
    return next((name for name, e in found.items() if any(m.text == text for m in e.mentions)), None)


def test_a_headline_noun_is_not_the_person_named_inside_the_leads_description(stage_entities_verbs) -> None:
    found = stage_entities_verbs(_doc(HEADLINE, LEAD, NEXT), lemma_of={"says": "say", "struck": "strike"})
    assert _holder(found, "Injured cyclist") == "Janet Pruitt", {k: [m.text for m in e.mentions] for k, e in found.items()}


def test_a_headline_noun_is_the_person_a_plain_lead_names(stage_entities_verbs) -> None:
    found = stage_entities_verbs(_doc(HEADLINE, PLAIN_LEAD, NEXT), lemma_of={"struck": "strike"})
    assert _holder(found, "Injured cyclist") == "Dale Morrow", {k: [m.text for m in e.mentions] for k, e in found.items()}
