"""A place's name standing for a team in a story about sport (components/sport_teams.py, brief s21).

Hand-built Docs (explicit heads and deps) with the places stage's output set by hand: the tests check
the rules, not what the parser or the gazetteer make of a sentence. Sentences and names invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsevents.components.sport_teams import apply_teams, find_teams, initials, read_team_words
from newsevents.record import Entity, Place
from newsevents.record import Span as SpanRecord
from newsevents.tables import packaged_dir


@pytest.fixture(scope="module")
def words():
    return read_team_words(packaged_dir())


def _place(doc, pid: str, name: str, level: str, country: str, occurrences: list[int]) -> Place:
    """A place whose mentions are the tokens at ``occurrences``."""
    spans = [SpanRecord.of(doc.text, doc[i].idx, doc[i].idx + len(doc[i])) for i in occurrences]
    return Place(id=pid, name=name, level=level, country=country, mentions=spans)


def _sport(doc, sport: bool = True):
    doc._.topic_cues = (Counter({"sport": 8} if sport else {"politics_conflict": 8}), len(doc))
    doc._.entities = []
    doc._.mention_kinds = {}
    return doc


def _run(doc, words):
    before = [(p.name, [(m.start, m.end) for m in p.mentions]) for p in doc._.places]
    apply_teams(doc, find_teams(doc, words))
    teams = {e.name: [m.text for m in e.mentions] for e in doc._.entities if e.type == "ORG"}
    places = {p.name: [m.text for m in p.mentions] for p in doc._.places}
    # a town named for its side stays a place (a metonymic toponym): only the entities change
    assert [(p.name, [(m.start, m.end) for m in p.mentions]) for p in doc._.places] == before
    return teams, places


def test_subject_and_object_of_a_result_verb_are_teams(build_doc, words):
    doc = _sport(build_doc("Northby beat Southam 2-1 in Westvale .",
                           heads=[1, 1, 1, 2, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "npadvmod", "prep", "pobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "NUM", "ADP", "PROPN", "PUNCT"],
                           tags=["NNP", "VBD", "NNP", "CD", "IN", "NNP", "."]))
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [0]), _place(doc, "p2", "Southam", "city", "GBR", [2]),
                    _place(doc, "p3", "Westvale", "city", "GBR", [5])]
    teams, places = _run(doc, words)
    assert teams == {"Northby": ["Northby"], "Southam": ["Southam"]}
    team = next(e for e in doc._.entities if e.name == "Northby")
    assert (team.type, team.country, team.sector) == ("ORG", "GBR", [])


def test_not_in_a_story_of_another_topic(build_doc, words):
    doc = _sport(build_doc("Northby beat Southam 2-1 .", heads=[1, 1, 1, 2, 1],
                           deps=["nsubj", "ROOT", "dobj", "npadvmod", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "NUM", "PUNCT"]), sport=False)
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [0]), _place(doc, "p2", "Southam", "city", "GBR", [2])]
    teams, places = _run(doc, words)
    assert teams == {} and set(places) == {"Northby", "Southam"}


def test_a_name_modifying_a_sides_person_and_its_other_mentions(build_doc, words):
    doc = _sport(_manager_doc(build_doc))
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [1, 7, 9])]
    teams, places = _run(doc, words)
    assert teams == {"Northby": ["Northby", "Northby"]}  # the manager's and "Northby have lost"


def _manager_doc(build_doc):
    return build_doc("The Northby manager praised the fans in Northby . Northby have lost twice .",
                     heads=[2, 2, 3, 3, 5, 3, 5, 6, 3, 11, 11, 11, 11, 11],
                     deps=["det", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct",
                           "nsubj", "aux", "ROOT", "advmod", "punct"],
                     pos=["DET", "PROPN", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
                          "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
                     tags=["DT", "NNP", "NN", "VBD", "DT", "NNS", "IN", "NNP", ".", "NNP", "VBP", "VBN", "RB", "."])


def test_plural_verb_makes_a_singular_name_a_side(build_doc, words):
    doc = _sport(build_doc("Southam are top of the league .", heads=[1, 1, 1, 2, 5, 3, 1],
                           deps=["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct"],
                           pos=["PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
                           tags=["NNP", "VBP", "JJ", "IN", "DT", "NN", "."]))
    doc._.places = [_place(doc, "p1", "Southam", "city", "GBR", [0])]
    teams, _ = _run(doc, words)
    assert teams == {"Southam": ["Southam"]}
    doc = _sport(build_doc("Southam is a port .", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "attr", "punct"],
                           pos=["PROPN", "AUX", "DET", "NOUN", "PUNCT"], tags=["NNP", "VBZ", "DT", "NN", "."]))
    doc._.places = [_place(doc, "p1", "Southam", "city", "GBR", [0])]
    assert _run(doc, words)[0] == {}


def test_a_country_owning_a_person_is_her_nationality_a_town_his_club(build_doc, words):
    doc = _sport(build_doc("Galdia 's Ann Lee beat Northby 's Tom Reed .",
                           heads=[3, 0, 3, 4, 4, 8, 5, 8, 4, 4],
                           deps=["poss", "case", "compound", "nsubj", "ROOT", "poss", "case", "compound", "dobj", "punct"],
                           pos=["PROPN", "PART", "PROPN", "PROPN", "VERB", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
                           tags=["NNP", "POS", "NNP", "NNP", "VBD", "NNP", "POS", "NNP", "NNP", "."],
                           ents=["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"]))
    doc._.places = [_place(doc, "p1", "Galdia", "country", "GAL", [0]), _place(doc, "p2", "Northby", "city", "GBR", [5])]
    teams, places = _run(doc, words)
    assert teams == {"Northby": ["Northby"]}  # Galdia owning Ann Lee: her nationality, no team


def test_score_line_and_versus(build_doc, words):
    doc = _sport(build_doc("Northby 2-1 Southam . Westvale v Eastport", heads=[0, 0, 0, 0, 4, 4, 4],
                           deps=["ROOT", "dep", "dep", "punct", "ROOT", "dep", "dep"],
                           pos=["PROPN", "NUM", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN"]))
    doc._.places = [_place(doc, f"p{i}", doc[i].text, "city", "GBR", [i]) for i in (0, 2, 4, 6)]
    teams, places = _run(doc, words)
    assert set(teams) == {"Northby", "Southam", "Westvale", "Eastport"}


def test_against_and_a_win_over(build_doc, words):
    doc = _sport(build_doc("Their win over Southam came against Galdia .", heads=[1, 4, 1, 2, 4, 4, 5, 4],
                           deps=["poss", "nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
                           pos=["PRON", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                           lemmas=["their", "win", "over", "southam", "come", "against", "galdia", "."]))
    doc._.places = [_place(doc, "p1", "Southam", "city", "GBR", [3]), _place(doc, "p2", "Galdia", "country", "GAL", [6])]
    teams, places = _run(doc, words)
    assert teams == {"Southam": ["Southam"], "Galdia": ["Galdia"]}
    assert next(e for e in doc._.entities if e.name == "Galdia").country == "GAL"  # a country's side keeps its code


def test_club_named_after_a_place_with_its_tail_and_initials(build_doc, words):
    doc = _sport(build_doc("Westvale Park Rangers signed him . WPR said City were keen .",
                           heads=[2, 2, 3, 3, 3, 3, 7, 7, 9, 7, 9, 7],
                           deps=["compound", "compound", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj",
                                 "ccomp", "acomp", "punct"],
                           pos=["PROPN", "PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB", "PROPN", "AUX",
                                "ADJ", "PUNCT"]))
    doc._.places = [_place(doc, "p1", "Westvale", "city", "GBR", [0])]
    doc._.entities = [Entity(id="e1", name="WPR", type="ORG", mentions=[SpanRecord.of(doc.text, doc[6].idx, doc[6].idx + 3)])]
    doc._.mention_kinds = {"e1": ["name"]}
    teams, places = _run(doc, words)
    assert teams == {"Westvale Park Rangers": ["Westvale Park Rangers", "WPR"]}
    assert initials("Westvale Park Rangers") == "WPR"


def test_club_tail_alone_when_one_club_ends_so(build_doc, words):
    doc = _sport(build_doc("Northby City won . City scored and fans said City were keen .",
                           heads=[1, 2, 2, 2, 5, 5, 5, 8, 5, 10, 8, 10, 5],
                           deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "cc", "nsubj", "conj", "nsubj",
                                 "ccomp", "acomp", "punct"],
                           pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "CCONJ", "NOUN", "VERB", "PROPN",
                                "AUX", "ADJ", "PUNCT"]))
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [0])]
    teams, places = _run(doc, words)
    # "City" opening a sentence may be any capitalised word; inside one it is the club
    assert teams == {"Northby City": ["Northby City", "City"]}


def test_a_town_before_a_role_hung_on_the_person(build_doc, words):
    # the parser hangs "Northby" on the name, not on "boss"
    doc = _sport(build_doc("Northby boss Tom Reed left .", heads=[3, 3, 3, 4, 4, 4],
                           deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
                           pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                           ents=["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]))
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [0])]
    assert _run(doc, words)[0] == {"Northby": ["Northby"]}


def test_at_a_team_on_a_noun_is_the_club_on_a_verb_the_ground(build_doc, words):
    doc = _sport(build_doc("Southam beat Northby . Nobody at Northby smiled but they won at Northby .",
                           heads=[1, 1, 1, 1, 7, 4, 5, 7, 7, 10, 7, 10, 11, 7],
                           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "prep", "pobj", "ROOT", "cc", "nsubj",
                                 "conj", "prep", "pobj", "punct"],
                           pos=["PROPN", "VERB", "PROPN", "PUNCT", "PRON", "ADP", "PROPN", "VERB", "CCONJ", "PRON",
                                "VERB", "ADP", "PROPN", "PUNCT"]))
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [2, 6, 12]), _place(doc, "p2", "Southam", "city", "GBR", [0])]
    teams, places = _run(doc, words)
    assert teams["Northby"] == ["Northby", "Northby"]


def test_no_club_in_a_longer_name_or_a_states_city(build_doc, words):
    doc = _sport(build_doc("Galdia City and Northby State University won .", heads=[1, 6, 1, 5, 5, 1, 6, 6],
                           deps=["compound", "nsubj", "cc", "compound", "compound", "conj", "ROOT", "punct"],
                           pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]))
    doc._.places = [_place(doc, "p1", "Galdia", "admin1", "GAL", [0]), _place(doc, "p2", "Northby", "city", "GBR", [3])]
    teams, _ = _run(doc, words)
    assert "Galdia City" not in teams and "Northby State" not in teams


def test_a_place_inside_a_longer_name_is_no_team(build_doc, words):
    doc = _sport(build_doc("The Northby and Galdia Board fined Northby fans .", heads=[4, 4, 1, 1, 5, 5, 7, 5, 5],
                           deps=["det", "compound", "cc", "conj", "nsubj", "ROOT", "compound", "dobj", "punct"],
                           pos=["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "NOUN", "PUNCT"],
                           lemmas=["the", "northby", "and", "galdia", "board", "fine", "northby", "fan", "."]))
    board = SpanRecord.of(doc.text, doc[1].idx, doc[4].idx + len(doc[4]))
    doc._.entities = [Entity(id="e1", name=board.text, type="ORG", mentions=[board])]
    doc._.mention_kinds = {"e1": ["name"]}
    doc._.places = [_place(doc, "p1", "Northby", "city", "GBR", [1, 6])]
    teams, places = _run(doc, words)
    assert teams == {"Northby and Galdia Board": ["Northby and Galdia Board"], "Northby": ["Northby"]}
