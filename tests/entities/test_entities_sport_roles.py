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
