"""Roles of sport news that are no state office (branch giveme40; hand-built Docs, sentences of our own)."""

from __future__ import annotations

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]


def test_a_championship_leader_holds_no_state_office(resolve_doc_rows) -> None:
    # "Championship leader Tom Reed crashed ." -- the one leading a sport's standings (roles.tsv: no sector),
    # not a state's leader; "Party leader Tom Reed" keeps the party's sector
    for first, lemma, sectors in (("Championship", "championship", []), ("Party", "party", ["PTY"])):
        rows: list[Row] = [(first, "NN", "NOUN", 1, "compound", "O", lemma),
                           ("leader", "NN", "NOUN", 3, "compound", "O", "leader"),
                           ("Tom", "NNP", "PROPN", 3, "compound", "B-PERSON", "Tom"),
                           ("Reed", "NNP", "PROPN", 4, "nsubj", "I-PERSON", "Reed"),
                           ("crashed", "VBD", "VERB", 4, "ROOT", "O", "crash"),
                           (".", ".", "PUNCT", 4, "punct", "O", ".")]
        _, entities = resolve_doc_rows(rows, frozenset({0}))
        assert next(e for e in entities if e.name == "Tom Reed").sector == sectors


def _race(joined: bool) -> list[Row]:
    """"Ann Lee led early . Tom Reed pulled clear and the champion could not respond ." (joined) or
    "... Tom Reed pulled clear . The champion could not respond ." """
    rows: list[Row] = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", "Ann"),
                       ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", "Lee"),
                       ("led", "VBD", "VERB", 2, "ROOT", "O", "lead"),
                       ("early", "RB", "ADV", 2, "advmod", "O", "early"),
                       (".", ".", "PUNCT", 2, "punct", "O", "."),
                       ("Tom", "NNP", "PROPN", 6, "compound", "B-PERSON", "Tom"),
                       ("Reed", "NNP", "PROPN", 7, "nsubj", "I-PERSON", "Reed"),
                       ("pulled", "VBD", "VERB", 7, "ROOT", "O", "pull"),
                       ("clear", "JJ", "ADJ", 7, "acomp", "O", "clear")]
    if joined:
        return rows + [("and", "CC", "CCONJ", 7, "cc", "O", "and"),
                       ("the", "DT", "DET", 11, "det", "O", "the"),
                       ("champion", "NN", "NOUN", 14, "nsubj", "O", "champion"),
                       ("could", "MD", "AUX", 14, "aux", "O", "could"),
                       ("not", "RB", "PART", 14, "neg", "O", "not"),
                       ("respond", "VB", "VERB", 7, "conj", "O", "respond"),
                       (".", ".", "PUNCT", 7, "punct", "O", ".")]
    return rows + [(".", ".", "PUNCT", 7, "punct", "O", "."),
                   ("The", "DT", "DET", 11, "det", "O", "the"),
                   ("champion", "NN", "NOUN", 14, "nsubj", "O", "champion"),
                   ("could", "MD", "AUX", 14, "aux", "O", "could"),
                   ("not", "RB", "PART", 14, "neg", "O", "not"),
                   ("respond", "VB", "VERB", 14, "ROOT", "O", "respond"),
                   (".", ".", "PUNCT", 14, "punct", "O", ".")]


def _holders(doc, entities, word: str) -> list[str]:
    return [e.name for e in entities if e.name != word and any(doc.text[m.start:m.end].lower().endswith(word)
                                                               for m in e.mentions)]


def test_a_description_subject_of_a_clause_joined_to_one_of_a_named_subject_is_someone_else(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_race(joined=True), frozenset({0, 5}))
    assert _holders(doc, entities, "champion") == ["Ann Lee"]


def test_the_same_description_in_a_sentence_of_its_own_is_no_guess_between_the_two(resolve_doc_rows) -> None:
    doc, entities = resolve_doc_rows(_race(joined=False), frozenset({0, 5, 10}))
    assert _holders(doc, entities, "champion") == []


def test_after_a_subject_of_two_joined_by_and_the_description_is_neither_ruled_out(resolve_doc_rows) -> None:
    # "Ann Lee and Tom Reed tied and the champion could not sleep ." -- the description may be either of
    # the pair (it picks one out): the first is not ruled out, so no one is left alone to link
    rows: list[Row] = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", "Ann"),
                       ("Lee", "NNP", "PROPN", 5, "nsubj", "I-PERSON", "Lee"),
                       ("and", "CC", "CCONJ", 1, "cc", "O", "and"),
                       ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", "Tom"),
                       ("Reed", "NNP", "PROPN", 1, "conj", "I-PERSON", "Reed"),
                       ("tied", "VBD", "VERB", 5, "ROOT", "O", "tie"),
                       ("and", "CC", "CCONJ", 5, "cc", "O", "and"),
                       ("the", "DT", "DET", 8, "det", "O", "the"),
                       ("champion", "NN", "NOUN", 11, "nsubj", "O", "champion"),
                       ("could", "MD", "AUX", 11, "aux", "O", "could"),
                       ("not", "RB", "PART", 11, "neg", "O", "not"),
                       ("sleep", "VB", "VERB", 5, "conj", "O", "sleep"),
                       (".", ".", "PUNCT", 5, "punct", "O", ".")]
    doc, entities = resolve_doc_rows(rows, frozenset({0}))
    assert _holders(doc, entities, "champion") == []
