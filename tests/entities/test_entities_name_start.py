"""Where a person's name begins (issue 15; hand-built Docs, sentences of our own): capitalised words the
model ran into a person's name before a given name are no part of it when the article or a resource says
what they are (a title, a place before a town word, a word written elsewhere in lower case or as a
capitalised plural); a given name before another given name stays in the name."""

from __future__ import annotations

from entity_lookup import holder_at, name_row, stop_row


def _rows(prefix: list[str], given: str, surname: str, verb: str, later: list[tuple]) -> list[tuple]:
    """"<prefix words> <given> <surname> <verb> . <later sentence>" with the whole run tagged one PERSON."""
    n = len(prefix)
    rows = [name_row(w, n + 1, "compound", "B-PERSON" if k == 0 else "I-PERSON") for k, w in enumerate(prefix)]
    rows += [name_row(given, n + 1, "compound", "I-PERSON"), name_row(surname, n + 2, "nsubj", "I-PERSON"),
             (verb, "VBD", "VERB", n + 2, "ROOT", "O", verb), stop_row(n + 2)]
    start = len(rows)
    return rows + [(w, t, p, h + start, d, e, lem) for (w, t, p, h, d, e, lem) in later]


def _surname_smiled(surname: str) -> list[tuple]:
    return [name_row(surname, 1, "nsubj"), ("smiled", "VBD", "VERB", 1, "ROOT", "O", "smile"), stop_row(1)]


def test_a_county_and_a_role_before_a_name_are_no_part_of_it(resolve_doc_rows) -> None:
    # "Marion County Clerk Doris Quell opened . Quell smiled ."
    rows = _rows(["Marion", "County", "Clerk"], "Doris", "Quell", "opened", _surname_smiled("Quell"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 6}))
    person = holder_at(doc, entities, 3)
    assert person is not None and person.type == "PERSON" and person.name == "Doris Quell"


def test_a_team_nickname_the_article_writes_as_a_plural_is_no_part_of_a_name(resolve_doc_rows) -> None:
    # "Hornet Tobias Wrenfield scored . The Hornets won ."
    later = [("The", "DT", "DET", 1, "det", "O", "the"), name_row("Hornets", 2, "nsubj", "B-ORG"),
             ("won", "VBD", "VERB", 2, "ROOT", "O", "win"), stop_row(2)]
    rows = _rows(["Hornet"], "Tobias", "Wrenfield", "scored", later)
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}))
    person = holder_at(doc, entities, 1)
    assert person is not None and person.name == "Tobias Wrenfield"


def test_a_word_the_article_writes_in_lower_case_is_no_part_of_a_name(resolve_doc_rows) -> None:
    # "Groomer Tobias Wrenfield knelt . The groomer smiled ."
    later = [("The", "DT", "DET", 1, "det", "O", "the"), ("groomer", "NN", "NOUN", 2, "nsubj", "O", "groomer"),
             ("smiled", "VBD", "VERB", 2, "ROOT", "O", "smile"), stop_row(2)]
    rows = _rows(["Groomer"], "Tobias", "Wrenfield", "knelt", later)
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}))
    person = holder_at(doc, entities, 1)
    assert person is not None and person.name == "Tobias Wrenfield"


def test_a_given_name_before_a_given_name_stays_in_the_name(resolve_doc_rows) -> None:
    # negative: "Doris Ellen Marsh sang . Marsh smiled .": a double given name, though "Marsh" is alone later
    rows = _rows(["Doris"], "Ellen", "Marsh", "sang", _surname_smiled("Marsh"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}))
    person = holder_at(doc, entities, 0)
    assert person is not None and person.name == "Doris Ellen Marsh"


def test_a_word_the_article_never_explains_stays_in_the_name(resolve_doc_rows) -> None:
    # negative: "Quarrington Tobias Wrenfield knelt . Wrenfield smiled .": nothing says what the first word is
    rows = _rows(["Quarrington"], "Tobias", "Wrenfield", "knelt", _surname_smiled("Wrenfield"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}))
    person = holder_at(doc, entities, 0)
    assert person is not None and person.name == "Quarrington Tobias Wrenfield"


def test_a_common_noun_of_the_language_before_a_name_is_no_part_of_it(resolve_doc_rows) -> None:
    # "Comet Tobias Wrenfield knelt . Wrenfield smiled .": "comet" a noun of the model's lemma table
    rows = _rows(["Comet"], "Tobias", "Wrenfield", "knelt", _surname_smiled("Wrenfield"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}), nouns=frozenset({"comet"}))
    person = holder_at(doc, entities, 1)
    assert person is not None and person.name == "Tobias Wrenfield"


def test_a_party_word_of_the_actor_dictionary_before_a_name_is_no_part_of_it(resolve_doc_rows) -> None:
    # "Labour Tobias Wrenfield spoke . Wrenfield smiled ."
    rows = _rows(["Labour"], "Tobias", "Wrenfield", "spoke", _surname_smiled("Wrenfield"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}))
    person = holder_at(doc, entities, 1)
    assert person is not None and person.name == "Tobias Wrenfield"


def test_capitals_before_a_name_are_its_initials(resolve_doc_rows) -> None:
    # negative: "QT Tobias Wrenfield knelt . Wrenfield smiled .": initials, part of the name
    rows = _rows(["QT"], "Tobias", "Wrenfield", "knelt", _surname_smiled("Wrenfield"))
    doc, entities = resolve_doc_rows(rows, frozenset({0, 4}), nouns=frozenset({"qt"}))
    person = holder_at(doc, entities, 0)
    assert person is not None and person.name == "QT Tobias Wrenfield"


def test_a_body_named_after_a_person_keeps_the_word_before_the_name(resolve_doc_rows) -> None:
    # negative: "Comet Tobias Wrenfield University opened .": a body's noun ends the run, no person's name
    rows = [name_row("Comet", 3, "compound", "B-PERSON"), name_row("Tobias", 3, "compound", "I-PERSON"),
            name_row("Wrenfield", 3, "compound", "I-PERSON"), name_row("University", 4, "nsubj", "I-PERSON"),
            ("opened", "VBD", "VERB", 4, "ROOT", "O", "open"), stop_row(4)]
    doc, entities = resolve_doc_rows(rows, frozenset({0}), nouns=frozenset({"comet"}))
    assert not any(e.name.startswith("Tobias") for e in entities)
