"""The parties of an event (issue 14, session 23, brief targets23; classes of the twenty-first to twenty-third news-wire
audits): the maker of an offer answered, "pro-X"/"anti-X" hyphen words, the attack condemned and its place, the owner
of a struck site, the harmed taken for doers. Each rule on a hand-built Doc of our own with a negative, then whole
sentences of our own (none from a data set or an audit)."""

from __future__ import annotations

from newsevents.eventcoding import arguments, frame_targets, targets


def _party(token) -> bool:
    return token.pos_ == "PROPN"


# --- the maker of an offer answered --------------------------------------------------------------------------------


def _rejected_from(build_doc, noun: str):
    # "Vexcorp rejected a $20 a share offer from Zentra ." (the parser's reading: the sum the object, "from" on the verb)
    return build_doc(f"Vexcorp rejected a $ 20 a share {noun} from Zentra .",
                     heads=[1, 1, 4, 4, 1, 7, 7, 4, 1, 8, 1],
                     deps=["nsubj", "ROOT", "det", "nmod", "dobj", "det", "compound", "npadvmod", "prep", "pobj",
                           "punct"],
                     pos=["PROPN", "VERB", "DET", "SYM", "NUM", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
                     lemmas=["vexcorp", "reject", "a", "$", "20", "a", "share", noun, "from", "zentra", "."])


def test_an_offer_rejected_is_aimed_at_its_maker(build_doc, cues) -> None:
    doc = _rejected_from(build_doc, "offer")
    assert [t.text for t in frame_targets.offer_makers(doc[1], _party, cues)] == ["Zentra"]


def test_a_proper_name_making_an_offer_is_its_maker_though_untyped(build_doc, cues) -> None:
    doc = _rejected_from(build_doc, "offer")
    assert [t.text for t in frame_targets.offer_makers(doc[1], lambda t: False, cues)] == ["Zentra"]


def test_an_offers_maker_hung_on_the_sum(build_doc, cues) -> None:
    # the parser's other reading: "from" on the sum, the object
    doc = build_doc("Vexcorp rejected a $ 20 a share offer from Zentra .",
                    heads=[1, 1, 4, 4, 1, 7, 7, 4, 4, 8, 1],
                    deps=["nsubj", "ROOT", "det", "nmod", "dobj", "det", "compound", "npadvmod", "prep", "pobj",
                          "punct"],
                    pos=["PROPN", "VERB", "DET", "SYM", "NUM", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
                    lemmas=["vexcorp", "reject", "a", "$", "20", "a", "share", "offer", "from", "zentra", "."])
    assert [t.text for t in frame_targets.offer_makers(doc[1], _party, cues)] == ["Zentra"]


def test_a_thing_rejected_from_someone_is_no_offer(build_doc, cues) -> None:
    # "Vexcorp rejected a $20 a share price from Zentra": no offer noun, so the rule says nothing
    doc = _rejected_from(build_doc, "price")
    assert frame_targets.offer_makers(doc[1], _party, cues) == []


def _made_offer_which(build_doc, verb: str):
    # "Zentra made an offer for Vexcorp , which the board rejected ." (the clause hung on the firm bid for)
    return build_doc(f"Zentra {verb} an offer for Vexcorp , which the board rejected .",
                     heads=[1, 1, 3, 1, 3, 4, 5, 10, 9, 10, 5, 1],
                     deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "dobj", "det", "nsubj", "relcl",
                           "punct"],
                     pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "DET", "NOUN", "VERB",
                          "PUNCT"],
                     lemmas=["zentra", verb, "an", "offer", "for", "vexcorp", ",", "which", "the", "board", "reject",
                             "."])


def test_an_offer_rejected_in_a_relative_clause_is_aimed_at_whoever_made_it(build_doc, cues) -> None:
    doc = _made_offer_which(build_doc, "make")
    assert [t.text for t in frame_targets.offer_makers(doc[10], _party, cues)] == ["Zentra"]


def test_an_offer_only_studied_has_no_maker_told(build_doc, cues) -> None:
    # "Zentra studied an offer for Vexcorp, which the board rejected": studying makes no offer
    doc = _made_offer_which(build_doc, "study")
    assert frame_targets.offer_makers(doc[10], _party, cues) == []


# --- "pro-X" and "anti-X" ------------------------------------------------------------------------------------------


def _rally(build_doc, prefix: str, name: str = "Vexland"):
    # "Students held a pro - Vexland rally ."
    return build_doc(f"Students held a {prefix} - {name} rally .", heads=[1, 1, 6, 6, 6, 6, 1, 1],
                     deps=["nsubj", "ROOT", "det", "amod", "amod", "amod", "dobj", "punct"],
                     pos=["NOUN", "VERB", "DET", "ADJ", "PUNCT", "PROPN", "NOUN", "PUNCT"],
                     lemmas=["student", "hold", "a", prefix, "-", name.lower(), "rally", "."])


def test_a_stance_prefix_and_its_name_are_no_doers(build_doc) -> None:
    doc = _rally(build_doc, "pro")
    assert [arguments.stance_prefixed(doc[i]) for i in (3, 4, 5)] == ["pro", "pro", "pro"]
    assert arguments.against_named(doc[6]) == []  # a rally for Vexland is aimed at no one by its name


def test_an_anti_prefix_names_the_target(build_doc) -> None:
    doc = _rally(build_doc, "anti")
    assert [t.text for t in arguments.against_named(doc[6])] == ["Vexland"]


def test_a_franco_german_pair_is_no_stance(build_doc) -> None:
    doc = _rally(build_doc, "Franco", "German")
    assert arguments.stance_prefixed(doc[5]) is None


# --- the attack condemned ------------------------------------------------------------------------------------------


def _condemned(build_doc, modifier: str, pos: str):
    # "Norway condemned two bomb attacks in Vexland ." / "Norway condemned two rebel attacks in Vexland ."
    return build_doc(f"Norway condemned two {modifier} attacks in Vexland .", heads=[1, 1, 4, 4, 1, 4, 5, 1],
                     deps=["nsubj", "ROOT", "nummod", "compound", "dobj", "prep", "pobj", "punct"],
                     pos=["PROPN", "VERB", "NUM", pos, "NOUN", "ADP", "PROPN", "PUNCT"],
                     lemmas=["norway", "condemn", "two", modifier, "attack", "in", "vexland", "."])


def test_an_attack_condemned_with_no_doer_named_is_the_victims_side(build_doc, cues) -> None:
    doc = _condemned(build_doc, "bomb", "NOUN")
    assert {4, 5, 6} <= frame_targets.attacked_side(doc[1], cues)


def test_an_attack_named_by_its_doers_stays(build_doc, cues) -> None:
    doc = _condemned(build_doc, "rebel", "NOUN")
    side = frame_targets.attacked_side(doc[1], cues)
    assert 4 not in side and 6 in side  # the rebels' attacks may be the target; the place struck is not


# --- the harmed are no doers ---------------------------------------------------------------------------------------


def test_the_dead_are_no_doers(build_doc, cues) -> None:
    # "Forty people died and many were injured ." -- the injury's doer is not the dead
    doc = build_doc("Forty people died and many were injured .", heads=[1, 2, 2, 2, 6, 6, 2, 2],
                    deps=["nummod", "nsubj", "ROOT", "cc", "nsubjpass", "auxpass", "conj", "punct"],
                    pos=["NUM", "NOUN", "VERB", "CCONJ", "PRON", "AUX", "VERB", "PUNCT"],
                    lemmas=["forty", "people", "die", "and", "many", "be", "injure", "."])
    assert targets.harmed_doers([doc[1]], doc[6], cues.death | cues.injury_verb, cues.die_verb) == []


def test_a_killer_stays_a_doer(build_doc, cues) -> None:
    # "Gunmen killed two guards and fled ." -- the subject of "killed" is the doer of "fled"
    doc = build_doc("Gunmen killed two guards and fled .", heads=[1, 1, 3, 1, 1, 1, 1],
                    deps=["nsubj", "ROOT", "nummod", "dobj", "cc", "conj", "punct"],
                    pos=["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "VERB", "PUNCT"],
                    lemmas=["gunman", "kill", "two", "guard", "and", "flee", "."])
    assert [t.text for t in targets.harmed_doers([doc[0]], doc[5], cues.death | cues.injury_verb,
                                                 cues.die_verb)] == ["Gunmen"]


# --- whole sentences of our own ------------------------------------------------------------------------------------


def _events(pipeline, text: str, source: str | None = None):
    return pipeline.extract(text, published="1997-05-01", source=source).events


def _parties(parties) -> list[str | None]:
    return [p.country for p in parties]


def test_a_rejected_offer_from_a_named_firm(pipeline) -> None:
    text = "Earlier this year, General Motors rejected a $20 a share offer from Ford Motor, saying it was too low."
    rejects = [e for e in _events(pipeline, text, "wsj") if e.event == "REJECT"]
    assert rejects and [p.text for p in rejects[0].recipient] == ["Ford Motor"]


def test_an_anti_country_rally_is_aimed_at_the_country(pipeline) -> None:
    events = [e for e in _events(pipeline, "Thousands of Venezuelans held an anti-American rally in Caracas on Sunday.")
              if e.event == "PROTEST"]
    assert events and _parties(events[0].actor) == ["VEN"] and _parties(events[0].recipient) == ["USA"]


def test_a_pro_person_rally_is_not_held_by_the_person(pipeline) -> None:
    events = _events(pipeline, "Thousands of students joined a pro-Mendez rally in Caracas on Sunday.")
    assert all("pro" not in [p.text for p in e.actor] and "Mendez" not in [p.text for p in e.actor] for e in events)


def test_a_condemned_bombing_is_not_aimed_at_the_place_struck(pipeline) -> None:
    events = [e for e in _events(pipeline, "The Danish government on Monday condemned two bomb attacks in Peru.")
              if e.event == "ACCUSE"]
    assert events and events[0].recipient == []


def test_a_bomb_outside_an_embassy_strikes_its_state(pipeline) -> None:
    events = [e for e in _events(pipeline, "A bomb exploded outside the French embassy in Lima on Friday.")
              if e.event == "ASSAULT"]
    assert events and _parties(events[0].recipient) == ["FRA"]


def test_the_dead_are_not_the_bombers(pipeline) -> None:
    text = ("More than 60 people have died, nine of them Britons and over 500 injured since a bomb ripped "
            "through a market in Lima on Friday morning.")
    for event in _events(pipeline, text):
        assert "More than 60 people" not in [p.text for p in event.actor]


def test_terrorist_acts_are_an_attack_and_plain_acts_are_not(build_doc, cues) -> None:
    # "Norway condemned the terrorist acts ." / "Norway condemned the reckless acts ."
    for word, attack in (("terrorist", True), ("reckless", False)):
        doc = build_doc(f"Norway condemned the {word} acts .", heads=[1, 1, 4, 4, 1, 1],
                        deps=["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                        pos=["PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
                        lemmas=["norway", "condemn", "the", word, "act", "."])
        assert bool(frame_targets.attack_condemned(doc[1], cues)) is attack


def test_the_addressee_of_a_condolence_message_is_no_target(pipeline) -> None:
    text = ("HELSINKI, August 8 (Xinhua) -- Finland on Saturday condemned the bomb attacks in Peru.\n"
            "In a condolence telegram to U.S. President John Carver, Finnish President Arto Virtanen condemned the "
            "terrorist acts and extended his sympathy to the victims' families.")
    events = [e for e in _events(pipeline, text, "XIE") if e.event == "ACCUSE"]
    assert events and all(e.recipient == [] for e in events)


def test_a_struck_site_leaves_the_purpose_target_alone(pipeline) -> None:
    # "opened fire to disperse the demonstrators": the purpose's object stays the target (no site named)
    events = [e for e in _events(pipeline, "Vexlandic police opened fire to disperse Norwegian demonstrators on "
                                           "Monday, killing one person.") if e.event == "ASSAULT"]
    assert events and events[0].recipient
