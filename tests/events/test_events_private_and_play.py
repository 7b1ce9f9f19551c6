"""Spurious events outside politics (issue 14, session 9): one's own injury, a barrage of adverts,
products and devices as parties, an act told in a song's lyrics, a film shoot, a side kicked to
victory, play in cricket and baseball. Sentences written for these tests; the rules are checked
on hand-built parses, the pipeline on a few articles with the acts that must stay beside them."""

from __future__ import annotations

from newsevents.components.events import _film_shoot, _told_in_lyrics, _toward_outcome
from newsevents.eventcoding.nonevents import market_doer, media_barrage, own_injury, products_only

PUBLISHED = "2023-05-02"


def _singer_hurt(build_doc, subject: str, subject_tag: str, owner: str, part: str = "knee"):
    # "<subject> injured <owner> <part>"
    return build_doc(f"{subject} injured {owner} {part}", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "poss", "dobj"],
                     pos=["NOUN", "VERB", "PRON", "NOUN"], tags=[subject_tag, "VBD", "PRP$", "NN"],
                     lemmas=[subject.lower().rstrip("s"), "injure", owner, part.rstrip("s")])


def test_a_part_of_the_doers_own_body_is_an_injury(build_doc, cues):
    doc = _singer_hurt(build_doc, "Stone", "NNP", "her")
    assert own_injury(doc[1], "ASSAULT", [doc[0]], cues)
    doc = _singer_hurt(build_doc, "players", "NNS", "their", "backs")
    assert own_injury(doc[1], "ASSAULT", [doc[0]], cues)


def test_a_part_of_someone_else_is_force(build_doc, cues):
    # "police hurt his knee": a plural doer, a singular owner -- someone else's knee
    doc = _singer_hurt(build_doc, "police", "NNS", "his")
    assert not own_injury(doc[1], "ASSAULT", [doc[0]], cues)
    # "the guard injured the prisoner": no body part
    doc = build_doc("the guard injured the prisoner", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], tags=["DT", "NN", "VBD", "DT", "NN"],
                    lemmas=["the", "guard", "injure", "the", "prisoner"])
    assert not own_injury(doc[2], "ASSAULT", [doc[1]], cues)


def test_an_instrument_keeps_the_force(build_doc, cues):
    # "the officer broke his arm with a baton"
    doc = build_doc("officer broke his arm with a baton", heads=[1, 1, 3, 1, 1, 6, 4],
                    deps=["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN"],
                    tags=["NN", "VBD", "PRP$", "NN", "IN", "DT", "NN"],
                    lemmas=["officer", "break", "his", "arm", "with", "a", "baton"])
    assert not own_injury(doc[1], "ASSAULT", [doc[0]], cues)


def test_a_possessive_read_as_the_object_still_owns_the_part(build_doc, cues):
    # "she injured her back": the parser may make "her" the object and "back" an adverb
    doc = build_doc("she injured her back", heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "advmod"],
                    pos=["PRON", "VERB", "PRON", "ADV"], tags=["PRP", "VBD", "PRP", "RB"],
                    lemmas=["she", "injure", "she", "back"])
    assert own_injury(doc[1], "ASSAULT", [doc[0]], cues)


def test_adverts_and_mail_are_no_weapons(build_doc, cues):
    doc = build_doc("viewers were bombarded with adverts", heads=[2, 2, 2, 2, 3],
                    deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["NOUN", "AUX", "VERB", "ADP", "NOUN"], lemmas=["viewer", "be", "bombard", "with", "advert"])
    assert media_barrage(doc[2], "ASSAULT", cues)
    doc = build_doc("the town was bombarded with shells", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"],
                    lemmas=["the", "town", "be", "bombard", "with", "shell"])
    assert not media_barrage(doc[3], "ASSAULT", cues)
    # talk with a letter is another rule's (the instrument decides): not a barrage of a force verb
    assert not media_barrage(doc[3], "SUPPORT", cues)


def test_products_are_no_parties(build_doc, cues):
    # "the console crushed its rival", "hackers attacked the computer"
    doc = build_doc("the console crushed its rival", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "poss", "dobj"],
                    pos=["DET", "NOUN", "VERB", "PRON", "NOUN"], lemmas=["the", "console", "crush", "its", "rival"])
    assert products_only(doc[2], "ASSAULT", [doc[1]], [doc[4]], cues)
    doc = build_doc("hackers attacked the computer", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["hacker", "attack", "the", "computer"])
    assert products_only(doc[1], "ASSAULT", [doc[0]], [doc[3]], cues)
    # computers seized are a state's coercion, not a product struck
    assert not products_only(doc[1], "COERCE", [doc[0]], [doc[3]], cues)
    # a firm is a party: "Vexsoft sued its rival"; and a product acted upon by talk is another matter
    doc = build_doc("Vexsoft attacked its rival", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "poss", "dobj"],
                    pos=["PROPN", "VERB", "PRON", "NOUN"], ents=["B-ORG", "O", "O", "O"])
    assert not products_only(doc[1], "ASSAULT", [doc[0]], [doc[3]], cues)
    doc = build_doc("the ministry criticised the phone", heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
                    pos=["DET", "NOUN", "VERB", "DET", "NOUN"], lemmas=["the", "ministry", "criticise", "the", "phone"])
    assert not products_only(doc[2], "ACCUSE", [doc[1]], [doc[4]], cues)


def test_an_act_told_in_a_songs_lyrics_is_its_content(build_doc, cues):
    # "he was beaten at school in the lyrics" (the parser hangs "in the lyrics" on "school")
    doc = build_doc("he was beaten at school in the lyrics", heads=[2, 2, 2, 2, 3, 4, 7, 5],
                    deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["PRON", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["he", "be", "beat", "at", "school", "in", "the", "lyric"])
    assert _told_in_lyrics(doc[2], cues)
    # "he was beaten at school in the capital": no work's text
    doc = build_doc("he was beaten at school in the capital", heads=[2, 2, 2, 2, 3, 4, 7, 5],
                    deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
                    pos=["PRON", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["he", "be", "beat", "at", "school", "in", "the", "capital"])
    assert not _told_in_lyrics(doc[2], cues)


def test_a_work_among_the_things_shot_is_a_film_shoot(build_doc, cues):
    # "the film Harbour Lights was shot in Lagos": the work and its title both read as subjects
    doc = build_doc("the film Harbour Lights was shot in Lagos", heads=[1, 5, 3, 5, 5, 5, 5, 6],
                    deps=["det", "nsubjpass", "compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "ADP", "PROPN"],
                    lemmas=["the", "film", "harbour", "lights", "be", "shoot", "in", "lagos"])
    assert _film_shoot(doc[5], cues)
    doc = build_doc("the driver was shot in Lagos", heads=[1, 3, 3, 3, 3, 4],
                    deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"], lemmas=["the", "driver", "be", "shoot", "in", "lagos"])
    assert not _film_shoot(doc[3], cues)


def test_a_side_kicked_to_victory_is_a_game(build_doc, cues):
    # "Otieno kicked the Falcons to victory", with "to victory" read as a clause of the verb
    doc = build_doc("Otieno kicked the Falcons to victory", heads=[1, 1, 3, 1, 5, 1],
                    deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl"],
                    pos=["PROPN", "VERB", "DET", "PROPN", "PART", "NOUN"], lemmas=["otieno", "kick", "the", "falcons", "to", "victory"])
    assert _toward_outcome(doc[1], cues)
    # ... or on the object
    doc = build_doc("Otieno kicked the Falcons to victory", heads=[1, 1, 3, 1, 3, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "DET", "PROPN", "ADP", "NOUN"], lemmas=["otieno", "kick", "the", "falcons", "to", "victory"])
    assert _toward_outcome(doc[1], cues)
    # "troops drove the rebels to the border": no contest's result
    doc = build_doc("troops drove the rebels to the border", heads=[1, 1, 3, 1, 3, 6, 4],
                    deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                    lemmas=["troop", "drive", "the", "rebel", "to", "the", "border"])
    assert not _toward_outcome(doc[1], cues)


def test_the_pipeline_codes_no_injury_barrage_lyrics_or_play(events_of):
    for text in ("British pop star Ana Ruiz cancelled her tour of Germany on Monday. "
                 "The 24-year-old singer injured her knee during a concert in Leeds last week.",
                 "Welsh fly-half Rhys Evans kicked the Dragons to victory with a late drop goal in Cardiff.",
                 "The Irish singer claims that he was beaten by priests at his school in Cork in the song's lyrics.",
                 "British users are being bombarded with pop-up adverts and junk mail, the UK watchdog said.",
                 "The French film Les Ombres was shot in Paris last year.",
                 "Australian cricketer Sam Hale hit a six off the last ball as Australia beat England in Sydney."):
        assert not [e for e in events_of(text) if e.event in ("ASSAULT", "COERCE")], text


def test_the_pipeline_keeps_attacks_beside_them(events_of):
    for text in ("Israeli troops bombarded the Gaza town with shells and rockets on Monday, killing three people.",
                 "Russian troops fired rockets at the stadium in Grozny on Sunday, killing two players.",
                 "Police beat fans outside the stadium in Lagos after the match."):
        assert any(e.event == "ASSAULT" for e in events_of(text)), text



def test_an_athletics_meeting_is_a_contest_not_talks(events_of):
    text = ("Swedish champion Eva Lind showed impressive form on Tuesday in Oslo's Bislett meeting, winning the "
            "sprint hurdles, the long jump and the 400m. Britain's Kate Hall has also displayed promise in Sheffield.")
    assert not [e for e in events_of(text) if e.event == "CONSULT"]
    # a meeting with someone named stays talks, sport words or not
    text = "The Kenyan sports minister held a meeting with football club chairmen in Nairobi on Monday."
    assert [e for e in events_of(text) if e.event == "CONSULT"]


def test_a_market_quantity_is_no_doer(build_doc, cues):
    # "shares held talks" (a pronoun resolved to the shares), "weak demand forced the airline"
    doc = build_doc("shares held talks with the bank", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
                    pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"], lemmas=["share", "hold", "talk", "with", "the", "bank"])
    assert market_doer([doc[0]], cues)
    doc = build_doc("weak demand forced the airline", heads=[1, 2, 2, 4, 2], deps=["amod", "nsubj", "ROOT", "det", "dobj"],
                    pos=["ADJ", "NOUN", "VERB", "DET", "NOUN"], lemmas=["weak", "demand", "force", "the", "airline"])
    assert market_doer([doc[1]], cues)
    # a body that trades is a party: "the bank held talks"; so is one of two doers
    assert not market_doer([doc[4]], cues)
    assert not market_doer([doc[1], doc[4]], cues)
