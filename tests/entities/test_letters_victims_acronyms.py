"""Rules of brief s21-ents21 (issue 15: who is who on web news; rule sources news-dev19/20), each on
sentences of our own (none from any gold's article), with a case where the rule must not fire: post-nominal
letters ending a name, ``the victim`` as the one person the text makes the harmed."""

from __future__ import annotations

from entity_lookup import entity_with_mention

PUBLISHED = "2024-05-14"


def _same(record, mention: str, occurrence: int, name: str) -> bool:
    got, want = entity_with_mention(record, mention, occurrence), entity_with_mention(record, name)
    return got is not None and want is not None and got.id == want.id


# --- post-nominal letters (name_suffix rows of actor_words.tsv) ---

def test_a_surname_after_counsels_letters_repeats_the_person(extract) -> None:
    record = extract("Prosecutor Helen Marsh QC told the jury the defendant had lied. Mrs Marsh said the knife was "
                     "found in his car.", published=PUBLISHED)
    assert _same(record, "Mrs Marsh", 1, "Helen Marsh QC")


def test_an_honour_after_a_name_is_no_surname_and_another_surname_stays_apart(extract) -> None:
    record = extract("The singer Rosa Fenwick OBE opened the hall. Ms Fenwick thanked the staff. Ms Carver, the "
                     "caretaker, locked up.", published=PUBLISHED)
    assert _same(record, "Ms Fenwick", 1, "Rosa Fenwick OBE")
    other = entity_with_mention(record, "Ms Carver")
    assert other is None or other.id != entity_with_mention(record, "Rosa Fenwick OBE").id


# --- the victim: the one person the text makes the harmed (_harmed) ---

def test_the_victim_is_the_one_person_named_as_harmed_among_several(extract) -> None:
    record = extract("Kieran Doyle, 24, was stabbed outside a bar on Friday, a court heard. The accused Liam Ford, "
                     "30, and Sean Price, 28, deny murder. Prosecutor Martin Gale said the victim was attacked from "
                     "behind.", published=PUBLISHED)
    assert _same(record, "the victim", 1, "Kieran Doyle")


def test_the_victim_with_two_people_harmed_is_neither(extract) -> None:
    record = extract("Helen Corby, 35, was shot in the leg on Friday. Her neighbour Tom Baines, 40, was punched in "
                     "the face. Police said the victim was taken to hospital.", published=PUBLISHED)
    victim = entity_with_mention(record, "the victim")
    assert victim is None or not {victim.id} & {entity_with_mention(record, n).id for n in ("Helen Corby", "Tom Baines")}


# --- a title's acronym in brackets (_title_acronyms) and a dateline credit run into the story ---

def test_a_titles_acronym_before_a_name_stands_for_the_person(extract) -> None:
    record = extract("CNS opens new dock\n\nChief of Naval Staff (CNS), Admiral Farid Osmani on Monday opened a new dock "
                     "in the port. The CNS also met local fishermen.", published=PUBLISHED)
    assert all(_same(record, "CNS", k, "Farid Osmani") for k in (1, 2, 3))


def test_a_bodys_acronym_before_an_officers_name_stays_the_body(extract) -> None:
    record = extract("The National Association of Bakers (NAB) President Tom Reed said prices would rise. The NAB "
                     "has 400 members.", published=PUBLISHED)
    body = entity_with_mention(record, "NAB", 2)
    assert body is not None and body.type == "ORG"
    assert not _same(record, "NAB", 2, "Tom Reed")


def test_a_dateline_credit_run_into_the_first_word_is_split(pipeline, extract) -> None:
    text = "LAHORE, May 2 (APP):Chief Minister Amna Qureshi opened a hospital on Friday."
    words = [t.text for t in pipeline.nlp.tokenizer(text)]
    assert "APP" in words and "Chief" in words
    record = extract(text, published=PUBLISHED)
    agency = entity_with_mention(record, "APP")
    assert agency is not None and agency.type == "ORG"


# --- a name the model left untagged right after a title's capitalised last word (_untagged_names) ---

def test_an_untagged_name_after_a_titles_body_word_is_the_person_named_again(extract) -> None:
    record = extract("The man was shot, according to NYPD Chief of Department Terence Monahan. The suspect pointed an "
                     "object at the officers, said Monahan.", published=PUBLISHED)
    assert _same(record, "Terence Monahan", 1, "Monahan")


def test_a_body_name_of_role_words_is_not_cut_into_a_person(extract) -> None:
    record = extract("Shares of Acme Department Store Holdings fell. Store Holdings said nothing.", published=PUBLISHED)
    assert all(e.type != "PERSON" for e in record.entities)


# --- a relative's noun before a name is no part of it (person_nouns.tsv) ---

def test_a_godmother_before_a_name_is_her_title(extract) -> None:
    record = extract("More: Godmother Lena Vale meets the baby for the first time. Lena Vale is a singer.",
                     published=PUBLISHED)
    assert "Lena Vale" in {e.name for e in record.entities}
    record = extract("The Godfather Part II was shown on Sunday. Tom Vale loved it.", published=PUBLISHED)
    assert {e.name for e in record.entities if e.type == "PERSON"} == {"Tom Vale"}


# --- a group's initials after "or" (_initials_after_or) ---

def test_a_gangs_initials_after_or_are_its_other_name_wherever_written(extract) -> None:
    record = extract("The estate is the home turf of the Harbour Boys or HBX, who have feuded with rival gangs. The "
                     "court heard the defendant was linked with HBX while his friend ran with HBX too.",
                     published=PUBLISHED)
    assert all(_same(record, "HBX", k, "Harbour Boys") for k in (1, 2, 3))


def test_two_parties_joined_by_or_stay_two(extract) -> None:
    record = extract("Voters could back Labour or SNP in the seat. The SNP won it last time.", published=PUBLISHED)
    assert not _same(record, "SNP", 1, "Labour")


# --- "<Owner>'s son" as the one relative named before whom the text calls so (_relation_owners) ---

def test_the_owners_son_is_the_son_named_before(extract) -> None:
    record = extract("Singer Marla Quist's son Toby was hurt when a stranger smashed her car window. Marla Quist's son "
                     "was treated at the scene, police said.", published=PUBLISHED)
    assert _same(record, "son was treated", 1, "Toby")


def test_the_owners_son_with_two_sons_named_is_neither(extract) -> None:
    record = extract("Singer Marla Quist's son Toby and her son Rafe were in the car when a stranger smashed the "
                     "window. Marla Quist's son was treated at the scene, police said.", published=PUBLISHED)
    assert not _same(record, "son was treated", 1, "Toby") and not _same(record, "son was treated", 1, "Rafe")


# --- a name in apposition to a subject with an "of" complement is the subject (grammatical_role) ---

def test_she_after_a_chief_of_police_named_in_apposition_is_the_chief(extract) -> None:
    record = extract("Leeds’s newish chief of police, Oriel Vance, agrees with the mayor that patrols should rise. She "
                     "also wants more youth clubs.", published=PUBLISHED)
    assert _same(record, "She", 1, "Oriel Vance")


def test_a_hanging_apposition_of_an_of_phrase_object_stays_an_object(build_doc) -> None:
    from newsevents.components.entities_base import grammatical_role
    # "Leeds's chief of police , Oriel Vance , agrees": the name hangs on the subject "chief"
    doc = build_doc("chief of police , Oriel Vance , agrees", heads=[7, 0, 1, 0, 5, 0, 0, 7],
                    deps=["nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
                    pos=["NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"])
    assert grammatical_role(doc[5]) == "subj"
    # "They met the chief of police , Oriel Vance": the object's apposition is no subject
    doc = build_doc("met chief of police , Oriel Vance", heads=[0, 0, 1, 2, 1, 6, 1],
                    deps=["ROOT", "dobj", "prep", "pobj", "punct", "compound", "appos"],
                    pos=["VERB", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN"])
    assert grammatical_role(doc[6]) != "subj"


# --- a body after "the" as the subject of saying, left untagged (_bodies_that_say) ---

def test_an_untagged_paper_or_court_after_the_that_speaks_is_a_body(extract) -> None:
    record = extract("Last weekend the Sunday Chronicle claimed that the city is unsafe. The three defendants helped "
                     "him, the Old Bailey heard.", published=PUBLISHED)
    for name in ("Sunday Chronicle", "Old Bailey"):
        body = entity_with_mention(record, name)
        assert body is not None and body.type == "ORG" and body.name == name


def test_a_title_after_the_that_speaks_stays_a_person(extract) -> None:
    record = extract("The Pope said on Sunday that peace was near. The Governor said the roads would reopen.",
                     published=PUBLISHED)
    assert {e.type for e in record.entities} == {"PERSON"}


# --- the passive subject pronoun of a verb of custody is the person arrested (CUSTODY_BONUS) ---

def test_he_held_on_bail_is_the_man_arrested_not_the_earlier_speaker(extract) -> None:
    record = extract("Gary Munro's daughter was hurt when a stranger threw a brick at the car. Gary Munro said his "
                     "daughter was recovering. Officers later arrested Dale Pruitt, 39, of Fresno. He is being held on "
                     "$50,000 bail.", published=PUBLISHED)
    assert _same(record, "He is", 1, "Dale Pruitt")


def test_he_thanked_after_an_arrest_of_no_one_named_stays_the_speaker(extract) -> None:
    record = extract("Gary Munro's daughter was hurt when a stranger threw a brick at the car. Officers later arrested "
                     "a man nearby. Gary Munro said he was grateful. He was thanked by the mayor.", published=PUBLISHED)
    assert _same(record, "He was", 1, "Gary Munro")


# --- a local office's holder takes the one country of the story's places (_local_office_country) ---

def _country(record, mention: str):
    found = entity_with_mention(record, mention)
    return found.country if found is not None else "absent"


def test_a_provincial_governor_is_of_the_country_of_the_storys_places(extract) -> None:
    record = extract("A bridge in Cebu collapsed on Monday. Provincial Governor Ramon Dizon said rescuers found two "
                     "people.", published=PUBLISHED)
    assert _country(record, "Ramon Dizon") == "PHL"


def test_a_national_office_takes_no_country_from_one_place(extract) -> None:
    record = extract("The Foreign Minister Aldo Brenn said in Cebu that talks went well.", published=PUBLISHED)
    assert _country(record, "Aldo Brenn") is None
