"""A middle initial ends no sentence (the third US-news audit's #26, "then-Fed Chair Ben S." |
"Bernanke ..."): ``join_middle_initials`` marks the surname after it as no sentence start."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_middle_initials


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(English().vocab, words=words, tags=tags)


def test_the_surname_after_a_middle_initial_is_no_sentence_start() -> None:
    doc = join_middle_initials(_doc(
        ["The", "senator", "praised", "Judge", "Carla", "T.", "Okafor", "of", "Denver", "."],
        ["DT", "NN", "VBD", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "."]))
    assert doc[6].is_sent_start is False
    # a proper noun after a title-cased word works without a known given name
    doc = join_middle_initials(_doc(
        ["Mayor", "Zubrin", "K.", "Alvarez", "resigned", "."],
        ["NNP", "NNP", "NNP", "NNP", "VBD", "."]))
    assert doc[3].is_sent_start is False


def test_a_letter_that_ends_a_sentence_is_left_alone() -> None:
    # a common noun before ("plan B."), or no proper noun after: the parser decides
    doc = join_middle_initials(_doc(
        ["They", "chose", "plan", "B.", "Officials", "said", "so", "."],
        ["PRP", "VBD", "NN", "NNP", "NNS", "VBD", "RB", "."]))
    assert doc[4].is_sent_start is None
    doc = join_middle_initials(_doc(
        ["It", "came", "from", "Group", "C.", "He", "left", "."],
        ["PRP", "VBD", "IN", "NNP", "NNP", "PRP", "VBD", "."]))
    assert doc[5].is_sent_start is None


def test_the_recipient_named_with_a_middle_initial_is_kept(extract) -> None:
    record = extract("In 2013 the governor accused then-Treasury Secretary Jacob J. Lew of hiding the deficit.",
                     published="2016-05-10")
    accusations = [e for e in record.events if e.event == "ACCUSE"]
    assert accusations and any("Lew" in p.text for e in accusations for p in e.recipient)
