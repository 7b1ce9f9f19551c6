"""Branch ents37 (issue 15): names of bodies the model read wrongly: a body's capitals written again
where the model tagged nothing (a title-case headline, ``on WXYZ radio``, ``told WXYZ:``); a party word
before a body's noun (``the Republican National Committee``) that makes no titled person; the channel a
report comes through (``according to The <Word>``, a ``From <Name>:`` line). Hand-built Docs of sentences
written for these tests (rows as the parser reads such sentences); none is taken from a corpus or a gold
set."""

from __future__ import annotations

from entity_lookup import sentence_rows as _doc

# (word, tag, pos, head relative to the sentence, dep, ent)
Row = tuple[str, str, str, int, str, str]

# Tom Reed , an analyst on XTV , was fired from the network .
FIRED = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Reed", "NNP", "PROPN", 9, "nsubjpass", "I-PERSON"),
         (",", ",", "PUNCT", 1, "punct", "O"), ("an", "DT", "DET", 4, "det", "O"),
         ("analyst", "NN", "NOUN", 1, "appos", "O"), ("on", "IN", "ADP", 4, "prep", "O"),
         ("XTV", "NNP", "PROPN", 5, "pobj", "B-ORG"), (",", ",", "PUNCT", 1, "punct", "O"),
         ("was", "VBD", "AUX", 9, "auxpass", "O"), ("fired", "VBN", "VERB", 9, "ROOT", "O"),
         ("from", "IN", "ADP", 9, "prep", "O"), ("the", "DT", "DET", 12, "det", "O"),
         ("network", "NN", "NOUN", 10, "pobj", "O"), (".", ".", "PUNCT", 9, "punct", "O")]


# XTV Fires Analyst Over Post  (a title-case headline, the model tagging nothing)
HEADLINE = [("XTV", "NNP", "PROPN", 1, "compound", "O"), ("Fires", "NNS", "NOUN", 1, "ROOT", "O"),
            ("Analyst", "NNP", "PROPN", 1, "dobj", "O"), ("Over", "IN", "ADP", 1, "prep", "O"),
            ("Post", "NNP", "PROPN", 3, "pobj", "O")]
# He told WXYZ : " I left . "   then   He spoke on WXYZ .  (tagged once)
TOLD = [("He", "PRP", "PRON", 1, "nsubj", "O"), ("told", "VBD", "VERB", 1, "ROOT", "O"),
        ("WXYZ", "NNP", "PROPN", 1, "dobj", "O"), (":", ":", "PUNCT", 1, "punct", "O"),
        ("Reed", "NNP", "PROPN", 5, "nsubj", "B-PERSON"), ("left", "VBD", "VERB", 1, "ccomp", "O"),
        (".", ".", "PUNCT", 1, "punct", "O")]
SPOKE = [("He", "PRP", "PRON", 1, "nsubj", "O"), ("spoke", "VBD", "VERB", 1, "ROOT", "O"),
         ("on", "IN", "ADP", 1, "prep", "O"), ("WXYZ", "NNP", "PROPN", 2, "pobj", "B-ORG"),
         (".", ".", "PUNCT", 1, "punct", "O")]


def test_a_bodys_capitals_untagged_in_a_headline_and_after_told_are_the_body(stage_entities):
    found = stage_entities(_doc(HEADLINE, FIRED, TOLD, SPOKE))
    assert [m.text for m in found["XTV"].mentions].count("XTV") == 2, found
    assert [m.text for m in found["WXYZ"].mentions].count("WXYZ") == 2, found


def test_capitals_beside_other_capitals_are_no_repeat_of_a_body(stage_entities):
    # LET XTV IN  (a line of capitals)
    shout = [("LET", "VB", "VERB", 0, "ROOT", "O"), ("XTV", "NNP", "PROPN", 0, "dobj", "O"),
             ("IN", "RP", "ADP", 0, "prt", "O"), ("!", ".", "PUNCT", 0, "punct", "O")]
    found = stage_entities(_doc(FIRED, shout))
    assert [m.text for m in found["XTV"].mentions].count("XTV") == 1, found


def test_a_party_word_before_a_bodys_noun_makes_no_titled_person(stage_entities):
    # Reed joined the Republican National Committee for lunch .
    rows = [("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("joined", "VBD", "VERB", 1, "ROOT", "O"),
            ("the", "DT", "DET", 5, "det", "B-ORG"), ("Republican", "NNP", "PROPN", 5, "compound", "I-ORG"),
            ("National", "NNP", "PROPN", 5, "compound", "I-ORG"), ("Committee", "NNP", "PROPN", 1, "dobj", "I-ORG"),
            ("for", "IN", "ADP", 1, "prep", "O"), ("lunch", "NN", "NOUN", 6, "pobj", "O"), (".", ".", "PUNCT", 1, "punct", "O")]
    found = stage_entities(_doc(rows))
    assert "Republican National Committee" in found and found["Republican National Committee"].type == "ORG", found
    assert "National Committee" not in found, found


def _source_of(word: str, label: str) -> list[Row]:
    """``Reed spoke in a statement according to The <Word> .``, the model labelling the word ``label``."""
    return [("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("spoke", "VBD", "VERB", 1, "ROOT", "O"),
            ("in", "IN", "ADP", 1, "prep", "O"), ("a", "DT", "DET", 4, "det", "O"),
            ("statement", "NN", "NOUN", 2, "pobj", "O"), ("according", "VBG", "VERB", 1, "prep", "O"),
            ("to", "IN", "ADP", 5, "prep", "O"), ("The", "DT", "DET", 8, "det", "O"),
            (word, "NNP", "PROPN", 6, "pobj", f"B-{label}"), (".", ".", "PUNCT", 1, "punct", "O")]


def test_the_channel_after_according_to_is_a_body_whatever_the_model_read(stage_entities):
    found = stage_entities(_doc(_source_of("Clarion", "PRODUCT")))
    assert "Clarion" in found and found["Clarion"].type == "ORG", found


def test_a_from_line_before_an_excerpt_names_a_body(stage_entities):
    # Reed spoke .  \n  From Zorblat :  \n  Ann Lee won .
    rows = [("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("spoke", "VBD", "VERB", 1, "ROOT", "O"),
            (".", ".", "PUNCT", 1, "punct", "O"), ("\n", "_SP", "SPACE", 2, "dep", "O")]
    line = [("From", "IN", "ADP", 0, "ROOT", "O"), ("Zorblat", "NNP", "PROPN", 0, "pobj", "B-GPE"),
            (":", ":", "PUNCT", 0, "punct", "O"), ("\n", "_SP", "SPACE", 2, "dep", "O")]
    won = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON"), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON"),
           ("won", "VBD", "VERB", 2, "ROOT", "O"), (".", ".", "PUNCT", 2, "punct", "O")]
    found = stage_entities(_doc(rows, line, won))
    assert "Zorblat" in found and found["Zorblat"].type == "ORG", found
    # the same name inside running text ("trips from Zorblat to ...") is left as the model read it
    inside = [("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("came", "VBD", "VERB", 1, "ROOT", "O"),
              ("from", "IN", "ADP", 1, "prep", "O"), ("Zorblat", "NNP", "PROPN", 2, "pobj", "B-GPE"),
              (".", ".", "PUNCT", 1, "punct", "O")]
    assert "Zorblat" not in stage_entities(_doc(inside)), found


def test_capitals_spelt_out_in_lower_case_words_or_glued_to_a_name_are_no_repeat(stage_entities):
    # Reed has multiple sclerosis ( MS ) .  Patients with MS wait .  (the model tagging the second MS a body)
    first = [("Reed", "NNP", "PROPN", 1, "nsubj", "B-PERSON"), ("has", "VBZ", "VERB", 1, "ROOT", "O"),
             ("multiple", "JJ", "ADJ", 3, "amod", "O"), ("sclerosis", "NN", "NOUN", 1, "dobj", "O"),
             ("(", "-LRB-", "PUNCT", 5, "punct", "O"), ("MS", "NNP", "PROPN", 3, "appos", "O"),
             (")", "-RRB-", "PUNCT", 5, "punct", "O"), (".", ".", "PUNCT", 1, "punct", "O")]
    second = [("Patients", "NNS", "NOUN", 3, "nsubj", "O"), ("with", "IN", "ADP", 0, "prep", "O"),
              ("MS", "NNP", "PROPN", 1, "pobj", "B-ORG"), ("wait", "VBP", "VERB", 3, "ROOT", "O"),
              (".", ".", "PUNCT", 3, "punct", "O")]
    found = stage_entities(_doc(first, second))
    assert all([m.text for m in e.mentions].count("MS") <= 1 for e in found.values()), found
