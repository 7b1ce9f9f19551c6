"""Words read from the Doc's arrays (speed, session 13) say what the Token objects say."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.events import _sport_word, _SportColumns
from newsevents.components.paragraphs import mark_layout_boundaries


def _doc() -> Doc:
    words = ["Kickoff", "came", "at", "half", "-", "time", ",", "and", "they", "will", "try", "a", "try", "."]
    spaces = [True, True, True, False, False, True, True, True, True, True, True, True, False, False]
    lemmas = ["kickoff", "come", "at", "half", "-", "time", ",", "and", "they", "will", "try", "a", "Try", "."]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "PUNCT", "CCONJ", "PRON", "AUX", "VERB", "DET", "NOUN",
           "PUNCT"]
    return Doc(English().vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos)


def test_sport_words_from_the_arrays() -> None:
    doc = _doc()
    columns = _SportColumns(doc)
    found = [_sport_word(columns, i, {"half-time", "kickoff"}, {"try"}) for i in range(len(doc))]
    # the hyphenated word is read whole from its first part, never from its second; "try" counts
    # only as a noun; a word is found by its lower-case lemma
    assert found == ["kickoff", None, None, "half-time", None, None, None, None, None, None, None, None, "try", None]
    assert _SportColumns(Doc(English().vocab, words=[])).lower == []


def test_layout_reads_a_bullet_and_a_long_run_from_the_arrays() -> None:
    words = ["Rules", "\n\n", "-", "no", "dogs", "\n", "-", "no", "bikes"]
    doc = mark_layout_boundaries(Doc(English().vocab, words=words))
    assert [t.i for t in doc if t.is_sent_start and t.i > 0] == [2, 6]
    assert doc[3].is_sent_start is False  # the bullet belongs to its item
    long_run = mark_layout_boundaries(Doc(English().vocab, words=["word"] * 450))
    assert [t.i for t in long_run if t.is_sent_start and t.i > 0] == [200, 400]
