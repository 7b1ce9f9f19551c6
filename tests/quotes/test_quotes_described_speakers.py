"""Quote speakers written as descriptions (issue 15): ``the 34-year-old former chef from Leeds
said``, ``the mum-of-two``, ``the Chelsea boss``; on sentences written for these tests."""

from __future__ import annotations

from entity_lookup import entity_of
from newsevents.components.entities import EVIDENCE_KEY
from newsevents.components.quotes import _in_post_modifier, find_subject, person_named_in_body
from newsevents.record import Entity, make_article


def run(pipeline, text: str):
    doc = next(pipeline.docs([make_article(text, published="2016-11-06")]))
    return doc, doc._.quotes, doc._.entities, doc.user_data[EVIDENCE_KEY]


def only_quote(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


# ----------------------------------------------------------------------------- long descriptions


def test_an_age_description_with_modifiers_speaks_for_the_one_named_person(pipeline):
    _, quotes, entities, evidence = run(
        pipeline,
        "Mark Ellis was arrested on Tuesday after a chase through the city centre.\n\n"
        "“I never meant to hurt anyone,” the 34-year-old former police officer from Leeds said.",
    )
    ellis = entity_of(entities, "Mark Ellis")
    quote = only_quote(quotes, "never meant")
    assert quote.speaker.text == "the 34-year-old former police officer from Leeds"
    assert quote.speaker.entity == ellis.id  # not Leeds, named after the head noun
    assert "the 34-year-old former police officer" in [m.text for m in ellis.mentions]
    assert any("34-year-old" in line for line in evidence[ellis.id])
    # a former office is no office now: the description gives him no police sector
    assert "COP" not in ellis.sector


def test_a_description_between_two_people_who_fit_links_neither(pipeline):
    _, quotes, entities, _ = run(
        pipeline,
        "Tom Reed and Mark Ellis were arrested on Tuesday.\n\n"
        "“I never meant to hurt anyone,” the 34-year-old former police officer from Leeds said.",
    )
    quote = only_quote(quotes, "never meant")
    people = {entity_of(entities, "Tom Reed").id, entity_of(entities, "Mark Ellis").id}
    assert quote.speaker is not None and quote.speaker.entity not in people


def test_of_several_who_fit_the_one_named_just_before_is_meant(pipeline):
    _, quotes, entities, evidence = run(
        pipeline,
        "Tom Reed opened the cafe in 2001. It was busy for years. It closed last spring. The building "
        "stood empty. Mark Ellis bought it on Monday.\n\n"
        "“I fell in love with it,” the 41-year-old former chef from Leeds said.",
    )
    ellis = entity_of(entities, "Mark Ellis")
    assert only_quote(quotes, "fell in love").speaker.entity == ellis.id
    assert any("fits nearby" in line for line in evidence[ellis.id])


def test_a_parent_by_number_written_with_hyphens_is_the_one_woman_who_fits(pipeline):
    _, quotes, entities, _ = run(
        pipeline,
        "Sara Lind was at home on Sunday when the letter arrived.\n\n"
        "“It is the worst day of my life,” the mum-of-two from Bradford said.",
    )
    assert only_quote(quotes, "worst day").speaker.entity == entity_of(entities, "Sara Lind").id


def test_the_body_of_a_title_is_evidence_for_a_description_by_another_noun(pipeline):
    # two people in the sentence before: only the body word ("Chelsea") can choose
    _, quotes, entities, _ = run(
        pipeline, "Chelsea manager Tom Reed praised Mark Ellis after the game. "
                  "“We deserved more,” the Chelsea boss said.")
    assert only_quote(quotes, "deserved more").speaker.entity == entity_of(entities, "Tom Reed").id


def test_a_private_role_may_be_the_one_named_person_nearby_but_a_state_office_never(pipeline):
    _, quotes, entities, _ = run(
        pipeline, "Tom Reed runs Acme Foods. “We will appeal,” the Acme Foods founder said.")
    assert only_quote(quotes, "will appeal").speaker.entity == entity_of(entities, "Tom Reed").id
    _, quotes, entities, _ = run(
        pipeline, "Tom Reed runs Acme Foods. “We will appeal,” the police chief said.")
    assert only_quote(quotes, "will appeal").speaker.entity != entity_of(entities, "Tom Reed").id


def test_a_description_set_off_by_commas_before_the_cue_is_the_speaker(pipeline):
    _, quotes, entities, _ = run(
        pipeline,
        "Sara Lind was at home on Sunday when the letter arrived.\n\n"
        "“It is the worst day of my life,” the 27-year-old, from Bradford, told reporters.",
    )
    quote = only_quote(quotes, "worst day")
    assert (quote.kind, quote.content.text) == ("direct", "It is the worst day of my life")
    assert quote.speaker.text == "the 27-year-old"
    assert quote.speaker.entity == entity_of(entities, "Sara Lind").id


def test_modifiers_of_an_occupation_or_a_past_office_describe_one_person(pipeline):
    for description in ("the award-winning singer", "the retired teacher"):
        _, quotes, entities, _ = run(pipeline, f"Tom Hale won the race on Sunday. “It is the best day,” {description} said.")
        quote = only_quote(quotes, "best day")
        assert quote.speaker.text == description
        hale = entity_of(entities, "Tom Hale")
        assert quote.speaker.entity == hale.id
        assert "EDU" not in hale.sector  # a retired teacher teaches no more


# ----------------------------------------------------------------------------- rules on built parses


def test_a_subjectless_cue_takes_the_phrase_before_its_commas(build_doc):
    # “ Sorry , ” the 27-year-old , from Bradford , said .  (the parse the model makes of it)
    words = "“ Sorry , ” the 27 - year - old , from Bradford , said ."
    doc = build_doc(
        words,
        heads=[1, 14, 1, 1, 9, 7, 7, 9, 9, 1, 1, 1, 11, 14, 14, 14],
        deps=["punct", "ccomp", "punct", "punct", "det", "nummod", "punct", "npadvmod", "punct", "acomp",
              "punct", "prep", "pobj", "punct", "ROOT", "punct"],
        pos=["PUNCT", "ADJ", "PUNCT", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "PUNCT",
             "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["``", "JJ", ",", "''", "DT", "CD", "HYPH", "NN", "HYPH", "JJ", ",", "IN", "NNP", ",",
              "VBD", "."],
    )
    assert find_subject(doc[14], frozenset()).i == 9  # "old", heading "the 27-year-old"
    # without the quotation, the words before the commas are the clause's own, not a speaker
    doc = build_doc(
        "Sorry , the 27 - year - old , from Bradford , said .",
        heads=[12, 0, 7, 5, 5, 7, 7, 0, 0, 0, 9, 12, 12, 12],
        deps=["ccomp", "punct", "det", "nummod", "punct", "npadvmod", "punct", "acomp", "punct", "prep", "pobj",
              "punct", "ROOT", "punct"],
        pos=["ADJ", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "PUNCT", "ADP", "PROPN", "PUNCT",
             "VERB", "PUNCT"],
        tags=["JJ", ",", "DT", "CD", "HYPH", "NN", "HYPH", "JJ", ",", "IN", "NNP", ",", "VBD", "."],
    )
    assert find_subject(doc[12], frozenset()) is None


def test_a_name_in_a_phrase_after_the_head_is_not_the_speaker(build_doc):
    # a source close to Ann Lee said
    doc = build_doc(
        "a source close to Ann Lee said",
        heads=[1, 6, 1, 2, 5, 3, 6],
        deps=["det", "nsubj", "amod", "prep", "compound", "pobj", "ROOT"],
        pos=["DET", "NOUN", "ADJ", "ADP", "PROPN", "PROPN", "VERB"],
    )
    assert _in_post_modifier(doc[5], doc[1])
    # the Cubs manager Joe Maddon: a name at the head's end is the head's
    doc = build_doc(
        "the Cubs manager Joe Maddon said",
        heads=[4, 2, 4, 4, 5, 5],
        deps=["det", "compound", "compound", "compound", "nsubj", "ROOT"],
        pos=["DET", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
    )
    assert not _in_post_modifier(doc[4], doc[2])


# ----------------------------------------------------------------------------- unnamed speakers


def test_an_unnamed_speaker_keeps_its_words_without_a_clause_after_a_comma(pipeline):
    _, quotes, _, _ = run(pipeline, "“It was chaos,” said one passenger on the train, who was travelling to London.")
    assert only_quote(quotes, "chaos").speaker.text == "one passenger on the train"


def test_asking_not_to_be_named_is_no_quote(pipeline):
    _, quotes, _, _ = run(pipeline, "“The flames were everywhere,” said one woman, who asked not to be named.")
    assert [(q.content.text, q.speaker.text) for q in quotes] == [("The flames were everywhere", "one woman")]


def test_a_source_close_to_a_person_is_not_that_person(pipeline):
    _, quotes, entities, _ = run(
        pipeline, "Ann Lee cancelled her tour on Monday. “She is exhausted,” a source close to the singer said.")
    quote = only_quote(quotes, "exhausted")
    assert quote.speaker.text == "a source close to the singer"
    assert quote.speaker.entity != entity_of(entities, "Ann Lee").id


# ----------------------------------------------------------------------------- a person inside a body


def test_a_person_named_inside_a_body_mention_is_the_speaker():
    club = Entity(id="e1", name="Leicester", type="ORG", mentions=[])
    ranieri = Entity(id="e2", name="Claudio Ranieri", type="PERSON", mentions=[])
    entities = [club, ranieri]
    assert person_named_in_body("Leicester's manager Claudio Ranieri", entities) == "e2"
    assert person_named_in_body("Leicester’s Ranieri", entities) == "e2"
    # the body's own name, a spokesperson, or a name two people share: no person
    assert person_named_in_body("Leicester City", entities) is None
    assert person_named_in_body("a Leicester spokesman", entities) is None
    other = Entity(id="e3", name="Ann Ranieri", type="PERSON", mentions=[])
    assert person_named_in_body("Leicester's manager Ranieri", [*entities, other]) is None
