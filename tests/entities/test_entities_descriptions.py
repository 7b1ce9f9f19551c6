"""Descriptions, pronouns and countries of entities (issue 15), on sentences of our own."""

from __future__ import annotations

from entity_lookup import entity_of
from newsevents.components.entities import EVIDENCE_KEY, EntityResolver
from newsevents.record import make_article


def resolve_text(pipeline, text: str, published: str = "2016-11-06"):
    doc = next(pipeline.docs([make_article(text, published=published)]))
    return doc._.entities, doc.user_data[EVIDENCE_KEY]




def resolve_doc(pipeline, doc):
    stage = pipeline.nlp.get_pipe("newsevents_entities")
    return EntityResolver(doc, stage.actors, stage.gazetteer, stage.statements).resolve()


# ----------------------------------------------------------------------------- unnamed people


def test_two_unnamed_candidates_with_different_party_words_are_two_people(pipeline, build_doc):
    doc = build_doc(
        "The Republican candidate spoke . The Democratic candidate left . The candidate returned .",
        heads=[2, 2, 3, 3, 3, 7, 7, 8, 8, 8, 11, 12, 12, 12],
        deps=["det", "amod", "nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ROOT", "punct",
              "det", "nsubj", "ROOT", "punct"],
        pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "JJ", "NN", "VBD", ".", "DT", "JJ", "NN", "VBD", ".", "DT", "NN", "VBD", "."],
    )
    entities = resolve_doc(pipeline, doc)
    republican = entity_of(entities, "The Republican candidate")
    democrat = entity_of(entities, "The Democratic candidate")
    assert republican is not None and democrat is not None and republican is not democrat
    # a bare "The candidate" after two of them is neither: never a guess
    assert entity_of(entities, "The candidate") not in (republican, democrat)


def test_a_bare_description_joins_the_one_marked_unnamed_person_before_it(pipeline, build_doc):
    doc = build_doc(
        "The Green candidate spoke . The candidate left .",
        heads=[2, 2, 3, 3, 3, 6, 7, 7, 7],
        deps=["det", "amod", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["DT", "JJ", "NN", "VBD", ".", "DT", "NN", "VBD", "."],
    )
    entities = resolve_doc(pipeline, doc)
    assert entity_of(entities, "The candidate") is entity_of(entities, "The Green candidate")


# ----------------------------------------------------------------------------- indefinites


def test_an_office_noun_after_a_is_never_a_named_holder(pipeline):
    for text in (
        "Senate leader Tom Hale said the report was wrong. Which countries chose a woman leader before us?",
        "Which countries chose a woman leader before us? Senate leader Tom Hale said the report was wrong.",
    ):
        entities, evidence = resolve_text(pipeline, text)
        hale = entity_of(entities, "Tom Hale")
        assert entity_of(entities, "a woman leader") is not hale
        assert not evidence.get(hale.id)


def test_an_introduced_person_is_never_someone_named_before(pipeline):
    entities, _ = resolve_text(pipeline, "Jane Roe, a singer, opened the show. Later a singer was arrested outside.")
    # the apposition "a singer" is Jane Roe's; the singer introduced later is someone else
    later = next(e for e in entities if any(m.text == "a singer" and m.start > 20 for m in e.mentions))
    assert later is not entity_of(entities, "Jane Roe")


# ----------------------------------------------------------------------------- codes on the date


def test_an_office_held_only_later_gives_no_sector_or_title_on_an_earlier_date(pipeline):
    text = "Donald Trump attacked the press on Sunday. The billionaire businessman said the system was rigged."
    entities, _ = resolve_text(pipeline, text, published="2016-11-06")
    trump = entity_of(entities, "Donald Trump")
    assert trump.country == "USA" and "GOV" not in trump.sector and trump.title is None
    # no state office on the date: the identity description may fall to him
    assert entity_of(entities, "The billionaire businessman") is trump
    entities, _ = resolve_text(pipeline, text, published="2018-03-01")
    trump = entity_of(entities, "Donald Trump")
    assert "GOV" in trump.sector


# ----------------------------------------------------------------------------- bodies


def test_the_company_is_not_the_body_called_so_when_another_company_is_nearer(pipeline):
    entities, _ = resolve_text(
        pipeline, "Acme Foods, the company which makes the bar, said it had cut costs. "
                  "In October, Tesco and Unilever clashed after the company said it would raise prices.")
    acme = entity_of(entities, "Acme Foods")
    assert [m.text for m in acme.mentions].count("company") == 1  # the apposition only
    entities, _ = resolve_text(
        pipeline, "Acme Foods, the company which makes the bar, said it had cut costs. "
                  "The company said sales were strong.")
    acme = entity_of(entities, "Acme Foods")
    assert [m.text for m in acme.mentions].count("company") == 2


# ----------------------------------------------------------------------------- titles and pronouns


def test_the_body_before_a_title_is_evidence_for_a_description_with_it(pipeline):
    entities, evidence = resolve_text(
        pipeline, "NSA Director Ann Lee wrote to Congress on Sunday. Tom Hill and Paul Dunn spoke later. "
                  "The NSA chief said the review was over.")
    lee = entity_of(entities, "Ann Lee")
    assert entity_of(entities, "The NSA chief") is lee
    assert any("describes Ann Lee" in line for line in evidence[lee.id])


def test_a_chief_of_another_body_is_not_linked(pipeline):
    entities, _ = resolve_text(
        pipeline, "NSA Director Ann Lee wrote to Congress on Sunday. The CIA chief said the review was over.")
    assert entity_of(entities, "The CIA chief") is not entity_of(entities, "Ann Lee")


def test_a_pronoun_prefers_the_subject_of_the_latest_sentence_over_a_relative_named_after_it(pipeline):
    entities, _ = resolve_text(
        pipeline, "Fans greeted Tom Hale as he walked over to his waiting family - wife Ann and son "
                  "Peter Hale, whereupon he burst into tears.")
    hale = entity_of(entities, "Tom Hale")
    assert [m.text for m in hale.mentions].count("he") == 2


def test_a_definite_predicate_of_be_is_its_named_subject(pipeline):
    entities, _ = resolve_text(
        pipeline, "Club manager Joe Hale was the man who ended the drought. Tom Banks was not the man who won it.")
    hale = entity_of(entities, "Joe Hale")
    mentions = [m.text for m in hale.mentions]
    assert mentions.count("the man") == 1  # the negated predicate is nobody's
    assert entity_of(entities, "Tom Banks") is not None and "the man" not in [
        m.text for m in entity_of(entities, "Tom Banks").mentions]


def test_a_state_office_said_of_a_person_gives_the_story_country(pipeline):
    entities, _ = resolve_text(
        pipeline, "Police in Seattle said Tom Hale had been found. Rescuers searched the river for days. "
                  "Hale is the mayor of the town. The mayor said he was grateful.")
    hale = entity_of(entities, "Tom Hale")
    assert hale.country == "USA" and "GOV" in hale.sector
    assert entity_of(entities, "The mayor") is hale


def test_the_company_is_the_only_business_named_before(pipeline):
    entities, evidence = resolve_text(
        pipeline, "The product's makers, US-based Acme International, said it had changed the design. "
                  "Fans were angry. In a statement, the company said costs had risen.")
    acme = entity_of(entities, "Acme International")
    assert acme.country == "USA"  # "US-based" is the stated home
    assert entity_of(entities, "company") is acme
    assert any("only company" in line for line in evidence[acme.id])


def test_the_company_is_nobody_when_two_businesses_were_named(pipeline):
    entities, _ = resolve_text(
        pipeline, "Acme International and Unilever both raised prices. The company said costs had risen.")
    company = entity_of(entities, "company")
    assert company is not None
    assert company not in (entity_of(entities, "Acme International"), entity_of(entities, "Unilever"))


# ----------------------------------------------------------------------------- relations


def test_her_husband_is_not_the_husband_of_another_woman(pipeline):
    entities, _ = resolve_text(
        pipeline, "Ann Lee's estranged husband Tom Dunn is under investigation. "
                  "Mary Cole campaigned in Ohio on Sunday with her husband.")
    dunn = entity_of(entities, "Tom Dunn")
    assert [m.text for m in dunn.mentions].count("husband") == 1  # his own title only


def test_her_husband_is_the_husband_the_text_gives_her(pipeline):
    entities, evidence = resolve_text(
        pipeline, "Ann Lee's estranged husband Tom Dunn is under investigation. Lee was not at the rally. "
                  "Her husband sent messages to a girl.")
    dunn = entity_of(entities, "Tom Dunn")
    assert [m.text for m in dunn.mentions].count("husband") == 2
    assert evidence[dunn.id]


# ----------------------------------------------------------------------------- parents by number


def test_a_parent_described_by_the_number_of_children_is_the_one_named_person_who_fits(pipeline):
    entities, _ = resolve_text(
        pipeline, "Mary Cole, 45, was injured in the crash. The mother-of-three was taken to hospital.")
    cole = entity_of(entities, "Mary Cole")
    assert cole is not None and entity_of(entities, "The mother") is cole


def test_a_parent_by_number_with_two_women_named_links_neither(pipeline):
    entities, _ = resolve_text(
        pipeline, 'Mary Cole and Ann Lee were injured in the crash. "It was terrifying," the mother of three said.')
    mother = entity_of(entities, "the mother")
    assert mother is not None
    assert mother is not entity_of(entities, "Mary Cole") and mother is not entity_of(entities, "Ann Lee")


def test_a_possessed_parent_is_still_a_relative(pipeline):
    entities, _ = resolve_text(pipeline, "Tom Reed was hurt. His mother said he was fine.")
    assert entity_of(entities, "mother") is not entity_of(entities, "Tom Reed")


# ----------------------------------------------------------------------------- "it" for a body


def _it_entity(entities, doc, index: int):
    """The entity one of whose mentions is the token ``doc[index]`` (an "it"), or None."""
    start = doc[index].idx
    return next((e for e in entities if any(m.start == start for m in e.mentions)), None)


_ACME_SPOKE = dict(words="Acme made announcements .", heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
                   pos=["PROPN", "VERB", "NOUN", "PUNCT"], tags=["NNP", "VBD", "NNS", "."],
                   lemmas=["acme", "make", "announcement", "."], ents=["B-ORG", "O", "O", "O"])


def _after_acme(build_doc, words, heads, deps, pos, tags, lemmas, first=_ACME_SPOKE):
    n = len(first["heads"])
    return build_doc(
        f"{first['words']} {words}", heads=first["heads"] + [h + n for h in heads], deps=first["deps"] + deps,
        pos=first["pos"] + pos, tags=first["tags"] + tags, lemmas=first["lemmas"] + lemmas,
        ents=first["ents"] + ["O"] * len(heads))


_IT_AGREED = dict(words="It agreed a deal .", heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
                  pos=["PRON", "VERB", "DET", "NOUN", "PUNCT"], tags=["PRP", "VBD", "DT", "NN", "."],
                  lemmas=["it", "agree", "a", "deal", "."])


def test_a_subject_it_is_the_one_body_that_was_the_subject_just_before(pipeline, build_doc):
    doc = _after_acme(build_doc, **_IT_AGREED)
    entities = resolve_doc(pipeline, doc)
    assert _it_entity(entities, doc, 4) is entity_of(entities, "Acme") is not None
    # "It said that sales fell": a reporting verb's "it" after a body is that body too
    doc = _after_acme(build_doc, "It said that sales fell .", heads=[1, 1, 4, 4, 1, 1],
                      deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
                      pos=["PRON", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], tags=["PRP", "VBD", "IN", "NNS", "VBD", "."],
                      lemmas=["it", "say", "that", "sale", "fall", "."])
    entities = resolve_doc(pipeline, doc)
    assert _it_entity(entities, doc, 4) is entity_of(entities, "Acme") is not None


def test_a_subject_it_is_never_a_person_nor_one_of_two_bodies(pipeline, build_doc):
    person = dict(_ACME_SPOKE, words="Hale made announcements .", lemmas=["hale", "make", "announcement", "."],
                  ents=["B-PERSON", "O", "O", "O"])
    doc = _after_acme(build_doc, **_IT_AGREED, first=person)
    assert _it_entity(resolve_doc(pipeline, doc), doc, 4) is None
    # two bodies, both subjects of the sentence before: no guess
    two = dict(words="Acme grew while Zenco shrank .", heads=[1, 1, 4, 4, 1, 1],
               deps=["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct"],
               pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"], tags=["NNP", "VBD", "IN", "NNP", "VBD", "."],
               lemmas=["acme", "grow", "while", "zenco", "shrink", "."], ents=["B-ORG", "O", "O", "B-ORG", "O", "O"])
    doc = _after_acme(build_doc, **_IT_AGREED, first=two)
    assert _it_entity(resolve_doc(pipeline, doc), doc, 6) is None
    # "Firms rigged bids. It agreed a deal": a plural body is "they", never "it"
    plural = dict(_ACME_SPOKE, words="Firms rigged bids .", tags=["NNS", "VBD", "NNS", "."],
                  pos=["NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["firm", "rig", "bid", "."])
    doc = _after_acme(build_doc, **_IT_AGREED, first=plural)
    entities = resolve_doc(pipeline, doc)
    assert entity_of(entities, "Firms") is not None and _it_entity(entities, doc, 4) is None


def test_an_impersonal_it_stands_for_no_body(pipeline, build_doc):
    cases = [
        # "It emerged that sales fell": an impersonal verb
        ("It emerged that sales fell .", [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
         ["PRON", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], ["PRP", "VBD", "IN", "NNS", "VBD", "."],
         ["it", "emerge", "that", "sale", "fall", "."]),
        # "It is likely that sales fell": "be" with an adjective and a clause
        ("It is likely that sales fell .", [1, 1, 1, 5, 5, 1, 1],
         ["nsubj", "ROOT", "acomp", "mark", "nsubj", "ccomp", "punct"],
         ["PRON", "AUX", "ADJ", "SCONJ", "NOUN", "VERB", "PUNCT"], ["PRP", "VBZ", "JJ", "IN", "NNS", "VBD", "."],
         ["it", "be", "likely", "that", "sale", "fall", "."]),
        # "It was reported that sales fell": a passive with a clause
        ("It was reported that sales fell .", [2, 2, 2, 5, 5, 2, 2],
         ["nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "ccomp", "punct"],
         ["PRON", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], ["PRP", "VBD", "VBN", "IN", "NNS", "VBD", "."],
         ["it", "be", "report", "that", "sale", "fall", "."]),
    ]
    for words, heads, deps, pos, tags, lemmas in cases:
        doc = _after_acme(build_doc, words, heads, deps, pos, tags, lemmas)
        entities = resolve_doc(pipeline, doc)
        assert entity_of(entities, "Acme") is not None
        assert _it_entity(entities, doc, 4) is None, words
