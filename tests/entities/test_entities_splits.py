"""One person or body the model's labels split over two entities (branch split36, issue 15; hand-built
Docs, sentences of our own): the owner of a person span run over a possessive is a person when named
so; a person's full name tagged a body at one mention is that person; a club's plural short name is
the club."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents.actors import load_actor_dictionary
from newsevents.components.entities import EntityResolver

# (word, tag, pos, head, dep, ent, lemma)
Row = tuple[str, str, str, int, str, str, str]




@pytest.fixture(scope="module")
def resolve(resolve_doc_rows):
    def run(rows: list[Row], starts: frozenset[int] = frozenset({0}), nouns: frozenset[str] = frozenset()):
        words = [r[0] for r in rows]
        # no space before a possessive, a stop, a comma or a hyphen, nor after a hyphen
        spaces = [not (k + 1 < len(words) and words[k + 1] in {"'s", ".", ",", "-"} or w == "-")
                  for k, w in enumerate(words)]
        return resolve_doc_rows(rows, starts, spaces=spaces, nouns=nouns)

    return run


def _holder(doc: Doc, entities, start_char: int):
    return next((e for e in entities if any(m.start == start_char for m in e.mentions)), None)


def _at(doc: Doc, token: int) -> int:
    return doc[token].idx


# --- the owner of a person span run over a possessive --------------------------------------------

def _film(first: str, first_tag: str = "NNP") -> list[Row]:
    """"Critics loved <first> Wexley 's Mara Quinn film . Wexley smiled ." (the model's person span runs
    from the owner over the possessive into the film's title)"""
    return [("Critics", "NNS", "NOUN", 1, "nsubj", "O", "critic"),
            ("loved", "VBD", "VERB", 1, "ROOT", "O", "love"),
            (first, first_tag, "PROPN", 3, "compound", "B-PERSON", first),
            ("Wexley", "NNP", "PROPN", 7, "poss", "I-PERSON", "Wexley"),
            ("'s", "POS", "PART", 3, "case", "I-PERSON", "'s"),
            ("Mara", "NNP", "PROPN", 6, "compound", "I-PERSON", "Mara"),
            ("Quinn", "NNP", "PROPN", 7, "compound", "I-PERSON", "Quinn"),
            ("film", "NN", "NOUN", 1, "dobj", "O", "film"),
            (".", ".", "PUNCT", 1, "punct", "O", "."),
            ("Wexley", "NNP", "PROPN", 10, "nsubj", "B-PERSON", "Wexley"),
            ("smiled", "VBD", "VERB", 10, "ROOT", "O", "smile"),
            (".", ".", "PUNCT", 10, "punct", "O", ".")]


def test_a_given_name_and_surname_before_a_possessive_are_a_person(resolve) -> None:
    doc, entities = resolve(_film("Tom"), frozenset({0, 9}))
    owner = _holder(doc, entities, _at(doc, 2))
    assert owner is not None and owner.type == "PERSON" and owner.name == "Tom Wexley"
    assert _holder(doc, entities, _at(doc, 9)) is owner  # the surname alone later: the same person


def test_words_before_a_possessive_that_name_no_person_stay_a_body(resolve) -> None:
    # negative: "Harbor Wexley's Mara Quinn film": no given name, no person so named: the owner is a body
    doc, entities = resolve(_film("Harbor"), frozenset({0, 9}))
    owner = _holder(doc, entities, _at(doc, 2))
    assert owner is not None and owner.type != "PERSON"


def test_a_surname_before_a_possessive_is_the_person_of_that_surname(resolve) -> None:
    # "Fans cheered Ann Kowalczyk . Kowalczyk 's Harbor Lights co-star smiled ."
    rows: list[Row] = [("Fans", "NNS", "NOUN", 1, "nsubj", "O", "fan"),
                       ("cheered", "VBD", "VERB", 1, "ROOT", "O", "cheer"),
                       ("Ann", "NNP", "PROPN", 3, "compound", "B-PERSON", "Ann"),
                       ("Kowalczyk", "NNP", "PROPN", 1, "dobj", "I-PERSON", "Kowalczyk"),
                       (".", ".", "PUNCT", 1, "punct", "O", "."),
                       ("Kowalczyk", "NNP", "PROPN", 9, "poss", "B-PERSON", "Kowalczyk"),
                       ("'s", "POS", "PART", 5, "case", "I-PERSON", "'s"),
                       ("Harbor", "NNP", "PROPN", 8, "compound", "I-PERSON", "Harbor"),
                       ("Lights", "NNP", "PROPN", 9, "compound", "I-PERSON", "Lights"),
                       ("co-star", "NN", "NOUN", 10, "nsubj", "O", "co-star"),
                       ("smiled", "VBD", "VERB", 10, "ROOT", "O", "smile"),
                       (".", ".", "PUNCT", 10, "punct", "O", ".")]
    doc, entities = resolve(rows, frozenset({0, 5}))
    ann = _holder(doc, entities, _at(doc, 2))
    assert ann is not None and ann.name == "Ann Kowalczyk"
    assert _holder(doc, entities, _at(doc, 5)) is ann


# --- a person's full name tagged a body at one of its mentions -------------------------------------

def _race(second_label: str, second: tuple[str, str] = ("Mara", "Quinn")) -> list[Row]:
    """"Mara Quinn won the race . Rivals praised <second> ." (the second name tagged ``second_label``)"""
    return [("Mara", "NNP", "PROPN", 1, "compound", "B-PERSON", "Mara"),
            ("Quinn", "NNP", "PROPN", 2, "nsubj", "I-PERSON", "Quinn"),
            ("won", "VBD", "VERB", 2, "ROOT", "O", "win"),
            ("the", "DT", "DET", 4, "det", "O", "the"),
            ("race", "NN", "NOUN", 2, "dobj", "O", "race"),
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Rivals", "NNS", "NOUN", 7, "nsubj", "O", "rival"),
            ("praised", "VBD", "VERB", 7, "ROOT", "O", "praise"),
            (second[0], "NNP", "PROPN", 9, "compound", f"B-{second_label}", second[0]),
            (second[1], "NNP", "PROPN", 7, "dobj", f"I-{second_label}", second[1]),
            (".", ".", "PUNCT", 7, "punct", "O", ".")]


def test_a_persons_full_name_tagged_a_body_is_the_person(resolve) -> None:
    doc, entities = resolve(_race("ORG"), frozenset({0, 6}))
    person = _holder(doc, entities, _at(doc, 0))
    assert person is not None and person.type == "PERSON"
    assert _holder(doc, entities, _at(doc, 8)) is person
    assert not any(e.type == "ORG" and e.name == "Mara Quinn" for e in entities)


def test_a_name_written_without_its_accents_is_the_same_person(resolve) -> None:
    rows = _race("ORG")
    rows[0] = ("Mára", *rows[0][1:6], "Mára")
    doc, entities = resolve(rows, frozenset({0, 6}))
    person = _holder(doc, entities, _at(doc, 0))
    assert person is not None and _holder(doc, entities, _at(doc, 8)) is person


def test_a_body_whose_name_is_no_persons_stays_a_body(resolve) -> None:
    # negative: a different given name (a relative, another person) is not folded into Mara Quinn
    doc, entities = resolve(_race("ORG", ("Tessa", "Quinn")), frozenset({0, 6}))
    person = _holder(doc, entities, _at(doc, 0))
    assert _holder(doc, entities, _at(doc, 8)) is not person


def test_a_hyphened_family_name_alone_is_the_person_it_ends(resolve) -> None:
    # "Omar Khalid al-Rashidi fled . Police sought al-Rashidi ." (the second tagged a body)
    rows: list[Row] = [("Omar", "NNP", "PROPN", 4, "compound", "B-PERSON", "Omar"),
                       ("Khalid", "NNP", "PROPN", 4, "compound", "I-PERSON", "Khalid"),
                       ("al", "NNP", "PROPN", 4, "compound", "I-PERSON", "al"),
                       ("-", "HYPH", "PUNCT", 4, "punct", "I-PERSON", "-"),
                       ("Rashidi", "NNP", "PROPN", 5, "nsubj", "I-PERSON", "Rashidi"),
                       ("fled", "VBD", "VERB", 5, "ROOT", "O", "flee"),
                       (".", ".", "PUNCT", 5, "punct", "O", "."),
                       ("Police", "NNS", "NOUN", 8, "nsubj", "O", "police"),
                       ("sought", "VBD", "VERB", 8, "ROOT", "O", "seek"),
                       ("al", "NNP", "PROPN", 11, "compound", "B-ORG", "al"),
                       ("-", "HYPH", "PUNCT", 11, "punct", "I-ORG", "-"),
                       ("Rashidi", "NNP", "PROPN", 8, "dobj", "I-ORG", "Rashidi"),
                       (".", ".", "PUNCT", 8, "punct", "O", ".")]
    doc, entities = resolve(rows, frozenset({0, 7}))
    person = _holder(doc, entities, _at(doc, 0))
    assert person is not None and person.type == "PERSON"
    assert _holder(doc, entities, _at(doc, 9)) is person


# --- a club's plural short name ---------------------------------------------------------------------

def _club(short_label: str, extra: list[Row] | None = None) -> list[Row]:
    """"The Denver Indians beat Leeds . The Indians scored twice ." (+ ``extra``)"""
    rows: list[Row] = [("The", "DT", "DET", 2, "det", "O", "the"),
                       ("Denver", "NNP", "PROPN", 2, "compound", "B-ORG", "Denver"),
                       ("Indians", "NNPS", "PROPN", 3, "nsubj", "I-ORG", "Indians"),
                       ("beat", "VBD", "VERB", 3, "ROOT", "O", "beat"),
                       ("Leeds", "NNP", "PROPN", 3, "dobj", "B-ORG", "Leeds"),
                       (".", ".", "PUNCT", 3, "punct", "O", "."),
                       ("The", "DT", "DET", 7, "det", "O", "the"),
                       ("Indians", "NNPS", "PROPN", 8, "nsubj", f"B-{short_label}", "Indians"),
                       ("scored", "VBD", "VERB", 8, "ROOT", "O", "score"),
                       ("twice", "RB", "ADV", 8, "advmod", "O", "twice"),
                       (".", ".", "PUNCT", 8, "punct", "O", ".")]
    return rows + (extra or [])


@pytest.mark.parametrize("label", ["NORP", "ORG"])
def test_a_clubs_plural_name_alone_is_the_club(resolve, label) -> None:
    doc, entities = resolve(_club(label), frozenset({0, 6}))
    club = _holder(doc, entities, _at(doc, 1))
    assert club is not None and club.type == "ORG"
    assert _holder(doc, entities, _at(doc, 7)) is club


def test_a_nationality_plural_in_a_story_of_that_nation_is_left_alone(resolve) -> None:
    # negative: "India" is named too: "the Indians" may be the nation's people
    extra: list[Row] = [("Fans", "NNS", "NOUN", 12, "nsubj", "O", "fan"),
                        ("flew", "VBD", "VERB", 12, "ROOT", "O", "fly"),
                        ("from", "IN", "ADP", 12, "prep", "O", "from"),
                        ("India", "NNP", "PROPN", 13, "pobj", "B-GPE", "India"),
                        (".", ".", "PUNCT", 12, "punct", "O", ".")]
    doc, entities = resolve(_club("NORP", extra), frozenset({0, 6, 11}))
    club = _holder(doc, entities, _at(doc, 1))
    assert _holder(doc, entities, _at(doc, 7)) is not club


# --- a firm's name with and without a legal form of its country --------------------------------------

def test_a_firm_named_with_and_without_a_nordic_legal_form_is_one_firm(resolve) -> None:
    # "Veltra Oyj cut jobs . Veltra said costs rose . Analysts praised Veltra 's plan ." (the last tagged a place)
    rows: list[Row] = [("Veltra", "NNP", "PROPN", 1, "compound", "B-ORG", "Veltra"),
                       ("Oyj", "NNP", "PROPN", 2, "nsubj", "I-ORG", "Oyj"),
                       ("cut", "VBD", "VERB", 2, "ROOT", "O", "cut"),
                       ("jobs", "NNS", "NOUN", 2, "dobj", "O", "job"),
                       (".", ".", "PUNCT", 2, "punct", "O", "."),
                       ("Veltra", "NNP", "PROPN", 6, "nsubj", "B-ORG", "Veltra"),
                       ("said", "VBD", "VERB", 6, "ROOT", "O", "say"),
                       ("costs", "NNS", "NOUN", 8, "nsubj", "O", "cost"),
                       ("rose", "VBD", "VERB", 6, "ccomp", "O", "rise"),
                       (".", ".", "PUNCT", 6, "punct", "O", "."),
                       ("Analysts", "NNS", "NOUN", 11, "nsubj", "O", "analyst"),
                       ("praised", "VBD", "VERB", 11, "ROOT", "O", "praise"),
                       ("Veltra", "NNP", "PROPN", 14, "poss", "B-GPE", "Veltra"),
                       ("'s", "POS", "PART", 12, "case", "O", "'s"),
                       ("plan", "NN", "NOUN", 11, "dobj", "O", "plan"),
                       (".", ".", "PUNCT", 11, "punct", "O", ".")]
    doc, entities = resolve(rows, frozenset({0, 5, 10}))
    firm = _holder(doc, entities, _at(doc, 0))
    assert firm is not None and firm.name == "Veltra Oyj"
    assert _holder(doc, entities, _at(doc, 5)) is firm
    assert _holder(doc, entities, _at(doc, 12)) is firm


# --- one person's name with and without its accents ----------------------------------------------------

def _two_people(resolve, first: tuple[str, str | None], second: tuple[str, str | None], suffix: str = ""):
    """Two PERSON clusters made by hand on a small Doc, then ``_people_named_alike``."""
    from newsevents.components.entities_base import Mention

    rows: list[Row] = [("Fans", "NNS", "NOUN", 1, "nsubj", "O", "fan"),
                       ("cheered", "VBD", "VERB", 1, "ROOT", "O", "cheer"),
                       (".", ".", "PUNCT", 1, "punct", "O", ".")]
    resolve_doc, _ = resolve(rows)
    resolver = EntityResolver(resolve_doc, load_actor_dictionary(), None, {}, set())
    made = []
    for k, (name, gender) in enumerate((first, second)):
        key = f"person:{name.lower()}" + (suffix if k else "")
        cluster = resolver._cluster(key, "PERSON", name)
        cluster.gender = gender
        cluster.mentions.append(Mention(k, k + 1, "name", resolve_doc[k], 0))
        made.append(cluster)
    resolver._people_named_alike()
    return resolver, made


def test_a_name_and_its_accented_spelling_are_one_person(resolve) -> None:
    resolver, (a, b) = _two_people(resolve, ("Mara Quinn", None), ("Mára Quinn", "f"))
    assert a in resolver.clusters and b not in resolver.clusters
    assert len(a.mentions) == 2 and a.gender == "f"


@pytest.mark.parametrize(("second", "suffix"), [(("Quinn", "f"), ":f"), (("Quínn", "f"), "")])
def test_one_name_of_two_genders_stays_two_people(resolve, second, suffix) -> None:
    # negative: "Mr Quinn" and "Mrs Quinn" (kept apart by the key, or by the genders alone)
    resolver, (a, b) = _two_people(resolve, ("Quinn", "m"), second, suffix=suffix)
    assert a in resolver.clusters and b in resolver.clusters


# --- an inverted attribution before a comma and a quotation ----------------------------------------------

def _inverted(after_name: str) -> list[Row]:
    """"Ann Lee won . Said Lee <after_name> “ We won . ”" (the model's person span takes the verb in)"""
    return [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", "Ann"),
            ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", "Lee"),
            ("won", "VBD", "VERB", 2, "ROOT", "O", "win"),
            (".", ".", "PUNCT", 2, "punct", "O", "."),
            ("Said", "NNP", "PROPN", 5, "compound", "B-PERSON", "Said"),
            ("Lee", "NNP", "PROPN", 9, "nsubj", "I-PERSON", "Lee"),
            (after_name, "," if after_name == "," else "NN", "PUNCT", 9, "punct", "O", after_name),
            ("“", "``", "PUNCT", 9, "punct", "O", "“"),
            ("We", "PRP", "PRON", 9, "nsubj", "O", "we"),
            ("won", "VBD", "VERB", 9, "ROOT", "O", "win"),
            (".", ".", "PUNCT", 9, "punct", "O", "."),
            ("”", "''", "PUNCT", 9, "punct", "O", "”")]


def test_an_inverted_verb_before_a_comma_and_a_quotation_is_no_part_of_the_name(pipeline, actors) -> None:
    rows = _inverted(",")
    words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
              sent_starts=[k in {0, 4} for k in range(len(words))], lemmas=lemmas)
    entities = EntityResolver(doc, actors, None, {}, set(), inverted_verbs=frozenset({"said"})).resolve()
    ann = _holder(doc, entities, doc[0].idx)
    assert ann is not None and ann.name == "Ann Lee"
    assert _holder(doc, entities, doc[5].idx) is ann
    assert not any(e.name == "Said Lee" for e in entities)


def test_an_inverted_verb_before_a_comma_alone_stays(pipeline, actors) -> None:
    # negative: no quotation after the comma ("Said Lee, a name of its own" is left as the model read it)
    rows = _inverted(",")
    rows[7] = ("then", "RB", "ADV", 9, "advmod", "O", "then")
    words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(pipeline.nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
              sent_starts=[k in {0, 4} for k in range(len(words))], lemmas=lemmas)
    entities = EntityResolver(doc, actors, None, {}, set(), inverted_verbs=frozenset({"said"})).resolve()
    assert any(e.name == "Said Lee" for e in entities)


def _inverted_given(vocab, name: str) -> Doc:
    """"Owen and Ann ran it . Explained <name> , “ We won . ”": one sentence to the parser (it ran on past
    the full stop), the model's person span takes the verb in, no full name ends with <name>"""
    rows = [("Owen", "NNP", "PROPN", 3, "nsubj", "B-PERSON", "Owen"),
            ("and", "CC", "CCONJ", 0, "cc", "O", "and"),
            ("Ann", "NNP", "PROPN", 0, "conj", "B-PERSON", "Ann"),
            ("ran", "VBD", "VERB", 3, "ROOT", "O", "run"),
            ("it", "PRP", "PRON", 3, "dobj", "O", "it"),
            (".", ".", "PUNCT", 3, "punct", "O", "."),
            ("Explained", "NNP", "PROPN", 7, "compound", "B-PERSON", "Explained"),
            (name, "NNP", "PROPN", 3, "npadvmod", "I-PERSON", name),
            (",", ",", "PUNCT", 3, "punct", "O", ","),
            ("“", "``", "PUNCT", 3, "punct", "O", "“"),
            ("We", "PRP", "PRON", 11, "nsubj", "O", "we"),
            ("won", "VBD", "VERB", 3, "ccomp", "O", "win"),
            (".", ".", "PUNCT", 3, "punct", "O", "."),
            ("”", "''", "PUNCT", 3, "punct", "O", "”")]
    words, tags, pos, heads, deps, ents, lemmas = (list(x) for x in zip(*rows, strict=True))
    return Doc(vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents,
               sent_starts=[k == 0 for k in range(len(words))], lemmas=lemmas)


@pytest.mark.parametrize(("name", "split"), [("Owen", True), ("Zorvath", False)])
def test_an_inverted_verb_before_a_given_name_after_a_full_stop_is_no_part_of_the_name(pipeline, actors, name,
                                                                                        split) -> None:
    # "Explained Owen, “...”": a known given name right after the verb opens the name; an unknown word
    # with no full name ending in it elsewhere ("Explained Zorvath") is left as the model read it
    doc = _inverted_given(pipeline.nlp.vocab, name)
    entities = EntityResolver(doc, actors, None, {}, set(), inverted_verbs=frozenset({"explained"})).resolve()
    assert any(e.name == f"Explained {name}" for e in entities) is not split
    if split:
        assert _holder(doc, entities, doc[7].idx) is _holder(doc, entities, doc[0].idx)


def test_a_clubs_name_the_model_tagged_a_person_keeps_its_body(resolve) -> None:
    # negative: "Denver Falcons won the race . Rivals praised Denver Falcons ." -- a place's word and no
    # given name first: the model's person is the club, and the body is not folded into it
    rows = _race("ORG", ("Denver", "Falcons"))
    rows[0] = ("Denver", *rows[0][1:6], "Denver")
    rows[1] = ("Falcons", *rows[1][1:6], "Falcons")
    doc, entities = resolve(rows, frozenset({0, 6}))
    body = _holder(doc, entities, _at(doc, 8))
    assert body is not None and body.type == "ORG"


def test_a_team_name_ending_in_a_plural_noun_tagged_a_person_keeps_its_body(resolve) -> None:
    # negative: "Harbor Owls won the race . Rivals praised Harbor Owls ." -- a plural noun ends the name
    rows = _race("ORG", ("Harbor", "Owls"))
    rows[0] = ("Harbor", *rows[0][1:6], "Harbor")
    rows[1] = ("Owls", *rows[1][1:6], "Owls")
    doc, entities = resolve(rows, frozenset({0, 6}), nouns=frozenset({"owl", "race", "rival"}))
    body = _holder(doc, entities, _at(doc, 8))
    assert body is not None and body.type == "ORG"
