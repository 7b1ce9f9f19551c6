"""Who is who on US news (issue 15, brief s13-ents; sentences of our own, hand-built Docs where the
rule reads a parse): a candidate for office takes the story's country as an official does; a
nationality noun that is also a given name before one capitalised word is the given name
(``Scot Ross``), before a full name what the person is; a group's name made of a slogan around
a place (``One Wisconsin Now``) is one body; ``<Demonym> Americans`` are Americans; a span of
lower-case words the model tagged a person (a verb) is no name, and the noun phrase before it is
still a description; a definite role description, a comma and a name closed by a comma are an
apposition however the parser hung the name.
"""

from __future__ import annotations

from newsevents.actors import actor_dictionary

ACTORS = actor_dictionary()

Row = tuple[str, str, str, int, str, str, bool]


def _names(record) -> dict:
    return {e.name: e for e in record.entities}


# --- candidates for office (full pipeline, sentences of our own) -----------------------------------

def test_a_candidate_for_office_takes_the_story_country(extract) -> None:
    text = ("Nora Pellam, a veterinarian running for the Democratic nomination for governor, visited dairy farms "
            "in Wisconsin on Tuesday. Police in Madison said the event was peaceful.")
    found = _names(extract(text, published="2025-09-10"))
    assert found["Nora Pellam"].country == "USA"


def test_a_candidate_apposition_and_a_hopeful_title(extract) -> None:
    text = ("Gil Ferrante, a candidate for mayor of Tucson, promised cheaper buses. Senate hopeful Rita Oduya "
            "spoke in Phoenix, Arizona, the same day.")
    found = _names(extract(text, published="2025-09-10"))
    assert found["Gil Ferrante"].country == "USA"
    assert found["Rita Oduya"].country == "USA"


def test_a_private_person_who_ran_for_cover_takes_no_country(extract) -> None:
    text = ("Omar Bettis, a plumber who ran for cover when the tornado hit, told reporters in Joplin, Missouri, "
            "that his house was gone. Police in Joplin said two people died.")
    found = _names(extract(text, published="2025-09-10"))
    assert found["Omar Bettis"].country is None


# --- nationality nouns as given names (hand-built Docs) ---------------------------------------------

SCOT_ONE: list[Row] = [
    ("Scot", "NNP", "PROPN", 1, "compound", "B-PERSON", True), ("Brannagh", "NNP", "PROPN", 2, "nsubj", "I-PERSON", False),
    ("objected", "VBD", "VERB", 2, "ROOT", "O", False), (".", ".", "PUNCT", 2, "punct", "O", False),
]
SCOT_FULL: list[Row] = [
    ("Scot", "NNP", "PROPN", 2, "compound", "B-PERSON", True), ("Ewan", "NNP", "PROPN", 2, "compound", "I-PERSON", False),
    ("Brannagh", "NNP", "PROPN", 3, "nsubj", "I-PERSON", False), ("objected", "VBD", "VERB", 3, "ROOT", "O", False),
    (".", ".", "PUNCT", 3, "punct", "O", False),
]


def test_a_nationality_noun_that_is_a_given_name_before_one_word_is_the_name(stage_entities) -> None:
    found = stage_entities(SCOT_ONE)
    assert "Scot Brannagh" in found and found["Scot Brannagh"].country is None


def test_a_nationality_noun_before_a_full_name_says_what_he_is(stage_entities) -> None:
    found = stage_entities(SCOT_FULL)
    assert "Ewan Brannagh" in found and found["Ewan Brannagh"].country == "GBR"


# --- a slogan's group name (hand-built Doc: the model's cut into a number, a place and a body) -------

SLOGAN: list[Row] = [
    ("Members", "NNS", "NOUN", 5, "nsubj", "O", True), ("of", "IN", "ADP", 0, "prep", "O", False),
    ("Never", "RB", "ADV", 3, "neg", "O", False), ("Oregon", "NNP", "PROPN", 1, "pobj", "B-GPE", False),
    ("Again", "RB", "ADV", 3, "advmod", "O", False), ("rallied", "VBD", "VERB", 5, "ROOT", "O", False),
    (".", ".", "PUNCT", 5, "punct", "O", False),
]
NOT_SLOGAN: list[Row] = [
    ("Voters", "NNS", "NOUN", 3, "nsubj", "O", True), ("in", "IN", "ADP", 0, "prep", "O", False),
    ("Oregon", "NNP", "PROPN", 1, "pobj", "B-GPE", False), ("voted", "VBD", "VERB", 3, "ROOT", "O", False),
    ("again", "RB", "ADV", 3, "advmod", "O", False), (".", ".", "PUNCT", 3, "punct", "O", False),
]


def test_a_slogan_around_a_place_is_one_body(stage_entities) -> None:
    found = stage_entities(SLOGAN)
    assert found["Never Oregon Again"].type == "ORG"


def test_a_place_and_a_lower_case_adverb_are_no_body(stage_entities) -> None:
    found = stage_entities(NOT_SLOGAN)
    assert not any(e.type == "ORG" and "Oregon" in name for name, e in found.items())


# --- "<Demonym> Americans" (hand-built Docs read by the actor dictionary) ----------------------------

def test_a_descent_before_americans_gives_the_united_states(build_doc) -> None:
    doc = build_doc("Filipino Americans marched", heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"],
                    pos=["ADJ", "PROPN", "VERB"], tags=["JJ", "NNPS", "VBD"])
    assert ACTORS.code_tokens(list(doc[0:2]))[0] == "USA"


def test_a_nationality_before_another_noun_keeps_its_country(build_doc) -> None:
    doc = build_doc("Filipino nurses marched", heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"],
                    pos=["ADJ", "NOUN", "VERB"], tags=["JJ", "NNS", "VBD"])
    assert ACTORS.code_tokens(list(doc[0:2]))[0] == "PHL"
    doc = build_doc("Filipino soldiers met Americans", heads=[1, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj"],
                    pos=["ADJ", "NOUN", "VERB", "PROPN"], tags=["JJ", "NNS", "VBD", "NNPS"])
    assert ACTORS.code_tokens(list(doc[0:2]))[0] == "PHL"


# --- a lower-case span tagged a person (hand-built Doc) ---------------------------------------------

VERB_AS_NAME: list[Row] = [
    ("The", "DT", "DET", 3, "det", "O", True), ("Irish", "JJ", "ADJ", 3, "amod", "B-NORP", False),
    ("health", "NN", "NOUN", 3, "compound", "O", False), ("minister", "NN", "NOUN", 4, "compound", "O", False),
    ("hit", "NNP", "PROPN", 4, "ROOT", "B-PERSON", False), ("back", "RB", "ADV", 4, "advmod", "O", False),
    (".", ".", "PUNCT", 4, "punct", "O", False),
]


def test_lower_case_words_tagged_a_person_are_no_name(stage_entities) -> None:
    found = stage_entities(VERB_AS_NAME)
    assert "hit" not in found
    minister = [e for e in found.values() if any(m.text == "The Irish health minister" for m in e.mentions)]
    assert minister and minister[0].country == "IRL"


# --- a role description, a comma and a name (hand-built Doc, the name parsed as an adverbial) --------

LEW_LIKE: list[Row] = [
    ("She", "PRP", "PRON", 1, "nsubj", "O", True), ("answered", "VBD", "VERB", 1, "ROOT", "O", False),
    ("the", "DT", "DET", 3, "det", "O", False), ("governor", "NN", "NOUN", 1, "dobj", "O", False),
    ("of", "IN", "ADP", 3, "prep", "O", False), ("Vermont", "NNP", "PROPN", 4, "pobj", "B-GPE", False),
    (",", ",", "PUNCT", 1, "punct", "O", False), ("Dora", "NNP", "PROPN", 8, "compound", "B-PERSON", False),
    ("Quill", "NNP", "PROPN", 1, "npadvmod", "I-PERSON", False), (",", ",", "PUNCT", 8, "punct", "O", False),
    ("at", "IN", "ADP", 1, "prep", "O", False), ("once", "RB", "ADV", 10, "pcomp", "O", False),
    (".", ".", "PUNCT", 1, "punct", "O", False),
]
LIST_NOT_APPOSITION: list[Row] = [
    ("She", "PRP", "PRON", 1, "nsubj", "O", True), ("answered", "VBD", "VERB", 1, "ROOT", "O", False),
    ("the", "DT", "DET", 3, "det", "O", False), ("governor", "NN", "NOUN", 1, "dobj", "O", False),
    (",", ",", "PUNCT", 3, "punct", "O", False), ("Dora", "NNP", "PROPN", 6, "compound", "B-PERSON", False),
    ("Quill", "NNP", "PROPN", 3, "conj", "I-PERSON", False), ("and", "CC", "CCONJ", 6, "cc", "O", False),
    ("Tim", "NNP", "PROPN", 9, "compound", "B-PERSON", False), ("Rusk", "NNP", "PROPN", 6, "conj", "I-PERSON", False),
    (".", ".", "PUNCT", 1, "punct", "O", False),
]


def test_a_role_a_comma_and_a_name_closed_by_a_comma_are_one_person(stage_entities) -> None:
    found = stage_entities(LEW_LIKE)
    assert "the governor of Vermont" in [m.text for m in found["Dora Quill"].mentions] or \
        "the governor" in [m.text for m in found["Dora Quill"].mentions]


def test_a_name_in_a_list_after_the_role_is_no_apposition(stage_entities) -> None:
    found = stage_entities(LIST_NOT_APPOSITION)
    assert not any(m.text.startswith("the governor") for m in found["Dora Quill"].mentions)


# --- a party's member as a description (full pipeline, sentences of our own) ------------------------

def test_the_democrat_is_the_one_politician_named_before(extract) -> None:
    text = ("The mayor of Tulsa, Nina Carlow, vetoed the zoning plan on Tuesday. The Democrat said it "
            "favoured developers.")
    found = _names(extract(text, published="2025-09-10"))
    assert "The Democrat" in [m.text for m in found["Nina Carlow"].mentions]


def test_the_democrat_is_not_a_named_republican_nor_a_guess_between_two(extract) -> None:
    one = _names(extract("Senator Wes Dunmore, a Republican, met Governor Kay Pruitt on Monday. The Democrat "
                         "called the talks useful.", published="2025-09-10"))
    assert "The Democrat" not in [m.text for m in one["Wes Dunmore"].mentions]
    assert "The Democrat" in [m.text for m in one["Kay Pruitt"].mentions]
    two = _names(extract("Governor Kay Pruitt and Mayor Lon Vesey met on Monday. The Democrat called the talks "
                         "useful.", published="2025-09-10"))
    assert not any("The Democrat" in [m.text for m in two[n].mentions] for n in ("Kay Pruitt", "Lon Vesey"))


# --- two descriptions joined by "and" are two people (the rule's test of the parse) -----------------

def test_descriptions_joined_by_and_are_coordinated(build_doc) -> None:
    from newsevents.components.entities import EntityResolver
    from newsevents.components.entities_base import Cluster, Mention

    doc = build_doc("the surgeon and the banker left", heads=[1, 5, 1, 4, 1, 5],
                    deps=["det", "nsubj", "cc", "det", "conj", "ROOT"],
                    pos=["DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB"])
    surgeon = Cluster(type="PERSON", name="Vic Dorn", key="person:vic dorn",
                      mentions=[Mention(0, 11, "description", doc[1], 0)])
    assert EntityResolver._coordinated_with(doc[4], surgeon)
    assert not EntityResolver._coordinated_with(doc[5], surgeon)


# --- kinds of nouns: "the attorney" is the lawyer named before -------------------------------------

def test_the_attorney_is_the_lawyer_named_before(extract) -> None:
    found = _names(extract("Mia Stroud, an employment lawyer in Denver, sued the city on Monday. The attorney "
                           "said the rules were unlawful.", published="2025-09-10"))
    assert "The attorney" in [m.text for m in found["Mia Stroud"].mentions]


def test_a_country_word_before_serbs_stays_their_home(build_doc) -> None:
    doc = build_doc("Croatian Serbs marched", heads=[1, 2, 2], deps=["amod", "nsubj", "ROOT"],
                    pos=["ADJ", "PROPN", "VERB"], tags=["JJ", "NNPS", "VBD"])
    assert ACTORS.code_tokens(list(doc[0:2]))[0] == "HRV"
