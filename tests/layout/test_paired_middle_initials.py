"""Two or three middle initials in capitals end no sentence (ents27): in ``Mayor Ana Lucia DM. Reyes has
...`` the tokenizer splits the stop from ``DM`` and the parser would start a sentence at the surname;
``join_middle_initials`` marks it as no sentence start, unless the capitals are a role, a body or a
country the tables know. Sentences written for these tests."""

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.paragraphs import join_middle_initials


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(English().vocab, words=words, tags=tags)


def test_the_surname_after_paired_initials_is_no_sentence_start() -> None:
    doc = join_middle_initials(_doc(
        ["Mayor", "Ana", "Lucia", "DM", ".", "Reyes", "has", "resigned", "."],
        ["NNP", "NNP", "NNP", "NNP", ".", "NNP", "VBZ", "VBN", "."]))
    assert doc[5].is_sent_start is False


def test_a_role_or_a_country_in_capitals_ends_the_sentence() -> None:
    for letters in ("MP", "US"):
        doc = join_middle_initials(_doc(
            ["They", "met", "Tom", "Reed", letters, ".", "Jones", "said", "so", "."],
            ["PRP", "VBD", "NNP", "NNP", "NNP", ".", "NNP", "VBD", "RB", "."]))
        assert doc[6].is_sent_start is not False, letters
