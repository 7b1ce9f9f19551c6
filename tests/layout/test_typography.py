"""The typography stage: in-word curly apostrophes read by the model as the typewriter mark."""

import spacy

from newsevents.components.typography import read_inword_apostrophes


def test_an_inword_curly_apostrophe_takes_its_twins_features_and_keeps_its_text():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Talks with Sean D’Arcy’s lawyers went on, ‘he said’.")
    doc._.article = None
    read_inword_apostrophes(doc)
    curly, twin = nlp.vocab["D’Arcy"], nlp.vocab["D'Arcy"]
    assert (curly.norm_, curly.shape_, curly.prefix_, curly.suffix_) == (twin.norm_, twin.shape_, twin.prefix_, twin.suffix_)
    assert doc.text == "Talks with Sean D’Arcy’s lawyers went on, ‘he said’."  # the text and offsets are the article's
    assert [t.text for t in doc][3] == "D’Arcy"


def test_marks_at_a_words_edge_are_left_alone():
    nlp = spacy.blank("en")
    before = {w: nlp.vocab[w].shape_ for w in ("’s", "’", "‘he")}
    doc = nlp.make_doc("The mayor’s aide said ‘no’ to the plan’s critics.")
    doc._.article = None
    read_inword_apostrophes(doc)
    assert {w: nlp.vocab[w].shape_ for w in before} == before
    assert nlp.vocab["’s"].norm_ != "x"


def test_a_name_typeset_with_the_curly_mark_is_one_person(extract):
    # the small model alone tags nothing here: the shape ``X’Xxxxx`` is one it never saw
    record = extract("Ravi D’Souza, the firm’s founder, said sales would grow.")
    names = {e.name for e in record.entities if e.type == "PERSON"}
    assert "Ravi D’Souza" in names, names
