"""A named animal is no person (actor_words.tsv ``animal_noun``): ``Duke is his service dog`` makes
``Duke`` no entity, so the pronouns after it are the man's. Sentences of our own; hand-built parses
(with lemmas, which the copula test reads), and one run of the whole pipeline for the quote."""

from __future__ import annotations

PUBLISHED = "2026-01-02"


def _dog_rows(adjective: str | None, noun: str = "dog") -> list[tuple]:
    """``Tom Reed sleeps outside . Duke is his [adjective] <noun> . He was cold .``"""
    rows = [("Tom", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Tom"),
            ("Reed", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Reed"),
            ("sleeps", "VBZ", "VERB", 2, "ROOT", "O", False, "sleep"),
            ("outside", "RB", "ADV", 2, "advmod", "O", False, "outside"),
            (".", ".", "PUNCT", 2, "punct", "O", False, "."),
            ("Duke", "NNP", "PROPN", 6, "nsubj", "B-PERSON", True, "Duke"),
            ("is", "VBZ", "AUX", 6, "ROOT", "O", False, "be"),
            ("his", "PRP$", "PRON", 9 if adjective else 8, "poss", "O", False, "his")]
    if adjective:
        rows.append((adjective, "JJ", "ADJ", 9, "amod", "O", False, adjective))
    noun_i = len(rows)
    rows.append((noun, "NN", "NOUN", 6, "attr", "O", False, noun))
    rows.append((".", ".", "PUNCT", 6, "punct", "O", False, "."))
    he = noun_i + 2
    rows += [("He", "PRP", "PRON", he + 1, "nsubj", "O", True, "he"),
             ("was", "VBD", "AUX", he + 1, "ROOT", "O", False, "be"),
             ("cold", "JJ", "ADJ", he + 1, "acomp", "O", False, "cold"),
             (".", ".", "PUNCT", he + 1, "punct", "O", False, ".")]
    return rows


def test_a_name_said_to_be_a_dog_is_no_person(mention_texts) -> None:
    found = mention_texts(_dog_rows(None))
    assert "Duke" not in found
    assert "He" in found["Tom Reed"] and "his" in found["Tom Reed"]


def test_an_idiom_of_an_animal_said_of_a_person_keeps_the_person(mention_texts) -> None:
    # "Duke is his dark horse": an idiom; the name stays a person's
    found = mention_texts(_dog_rows("dark", "horse"))
    assert "Duke" in found


def test_a_dog_named_in_apposition_and_its_repeat_are_no_person(mention_texts) -> None:
    # "Ann Lee walks her dog Duke . Duke barked ." (the model left the first Duke untagged)
    rows = [("Ann", "NNP", "PROPN", 1, "compound", "B-PERSON", True, "Ann"),
            ("Lee", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False, "Lee"),
            ("walks", "VBZ", "VERB", 2, "ROOT", "O", False, "walk"),
            ("her", "PRP$", "PRON", 4, "poss", "O", False, "her"),
            ("dog", "NN", "NOUN", 5, "compound", "O", False, "dog"),
            ("Duke", "NNP", "PROPN", 2, "dobj", "O", False, "Duke"),
            (".", ".", "PUNCT", 2, "punct", "O", False, "."),
            ("Duke", "NNP", "PROPN", 8, "nsubj", "B-ORG", True, "Duke"),
            ("barked", "VBD", "VERB", 8, "ROOT", "O", False, "bark"),
            (".", ".", "PUNCT", 8, "punct", "O", False, ".")]
    found = mention_texts(rows)
    assert set(found) == {"Ann Lee"}


def test_he_said_after_the_dog_is_the_man_s_quote(extract) -> None:
    record = extract('Mark Fenwick has lived on the street for two years. Charlie is his service dog. '
                     '"He keeps me going every single day," he said.', published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}
    assert "Charlie" not in names.values()
    quote = next(q for q in record.quotes if q.kind == "direct")
    assert quote.speaker is not None and names.get(quote.speaker.entity) == "Mark Fenwick"
