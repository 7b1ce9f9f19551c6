"""A subject pronoun of the clause a verb takes, the same word as that verb's own subject pronoun,
is the same person (hand-built Docs, sentences of our own): in ``Ann Lee told Tom Hart that she
believes she may lose`` the second ``she`` is Ann Lee's, even where the parser made it the
verb's object, not the person told. Not when the verb has an object of its own (``she told Kim
she ...`` may be either).
"""

from __future__ import annotations

Row = tuple[str, str, str, int, str, str, bool]


def _rows(second_dep: str) -> list[Row]:
    # Ann Lee told Tom Hart that she believes she may lose .
    pron_head, pron_dep, lose_head, lose_dep = (7, "dobj", 7, "ccomp") if second_dep == "dobj" else (10, "nsubj", 7, "ccomp")
    return [
        ("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
        ("told", "VBD", "VERB", 2, "ROOT", "O", False), ("Tom", "NNP", "PROPN", 4, "compound", "B-PERSON", False),
        ("Hart", "NNP", "PROPN", 2, "dobj", "I-PERSON", False), ("that", "IN", "SCONJ", 7, "mark", "O", False),
        ("she", "PRP", "PRON", 7, "nsubj", "O", False), ("believes", "VBZ", "VERB", 2, "ccomp", "O", False),
        ("she", "PRP", "PRON", pron_head, pron_dep, "O", False), ("may", "MD", "AUX", 10, "aux", "O", False),
        ("lose", "VB", "VERB", lose_head, lose_dep, "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
    ]


def test_the_believer_s_own_pronoun_repeated(stage_entities) -> None:
    for dep in ("dobj", "nsubj"):
        found = stage_entities(_rows(dep))
        hers = [m.start for m in found["Ann Lee"].mentions if m.text == "she"]
        assert len(hers) == 2, dep
        assert not any(m.text == "she" for m in found["Tom Hart"].mentions), dep


def test_a_verb_with_an_object_of_its_own_is_left_to_the_other_rules(pipeline) -> None:
    from spacy.tokens import Doc

    from newsevents.components.entities import EntityResolver

    # "... that she tells Kim she may lose": the verb's own object, so the rule gives no answer
    rows = _rows("nsubj")
    rows[7] = ("tells", "VBZ", "VERB", 2, "ccomp", "O", False)
    rows = [*rows[:11], ("Kim", "NNP", "PROPN", 7, "dative", "B-PERSON", False), rows[11]]
    rows = [(w, t, p, h + (h >= 11), d, e, s) for w, t, p, h, d, e, s in rows]
    rows[11] = ("Kim", "NNP", "PROPN", 7, "dative", "B-PERSON", False)
    words, tags, pos, heads, deps, ents, starts = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents, sent_starts=starts)
    stage = pipeline.nlp.get_pipe("newsevents_entities")
    resolver = EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements, stage.nouns)
    resolver.resolve()
    assert resolver._believer(doc[8], [c for c in resolver.clusters if c.type == "PERSON"]) is None
    assert resolver._believer(doc[6], [c for c in resolver.clusters if c.type == "PERSON"]) is None
