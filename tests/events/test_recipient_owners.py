"""Recipients the article names but the record left out (issue 14, eleventh audit, brief s11):
the one whose thing an act takes or refuses, told by a possessive pronoun; the party behind a
policy protested against; the body a possessed thing belongs to. Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2024-05-01"


def _recipients(events, kind):
    return [[(p.text, p.country) for p in e.recipient] for e in events if e.event == kind]


def test_pipeline_a_pronoun_owner_of_the_thing_refused_is_the_recipient(events_of):
    # the resignation is the minister's: its refusal acts on him
    events = events_of("Indian minister Raj Vexal offered to resign on Monday. "
                       "His resignation was not accepted by the Indian prime minister.")
    assert _recipients(events, "REJECT") == [[("His", "IND")]]


def test_pipeline_a_pronoun_owner_who_is_the_actor_is_no_recipient(events_of):
    # "Mr Vexal ... he would not accept his own resignation" is no act on anyone else
    events = events_of("Indian minister Raj Vexal said on Monday that he would not accept his resignation.")
    assert _recipients(events, "REJECT") == [[]]


# "The government raised fuel prices . Crowds marched when the price rise was announced ."
RISE = "The government raised fuel prices . Crowds marched when the price rise was announced ."
RISE_PARSE = {"heads": [1, 2, 2, 4, 2, 2, 7, 7, 13, 11, 11, 13, 13, 7, 7],
              "deps": ["det", "nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "advmod", "det",
                       "compound", "nsubjpass", "auxpass", "advcl", "punct"],
              "pos": ["DET", "NOUN", "VERB", "NOUN", "NOUN", "PUNCT", "NOUN", "VERB", "SCONJ", "DET", "NOUN",
                      "NOUN", "AUX", "VERB", "PUNCT"],
              "lemmas": ["the", "government", "raise", "fuel", "price", ".", "crowd", "march", "when", "the",
                         "price", "rise", "be", "announce", "."]}


def test_the_body_that_made_the_policy_a_protest_s_clause_names(build_doc):
    from newsevents.eventcoding.protests import policy_authors

    doc = build_doc(RISE, **RISE_PARSE)
    assert [t.text for t in policy_authors(doc[7], lambda t: t.lower_ == "government")] == ["government"]
    # only a body of the state makes policy: a firm that raised its prices is not protested against
    assert policy_authors(doc[7], lambda t: False) == []
    # a clause about another thing names no author of the rise
    words = RISE.replace("price rise", "tax law").split()
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[4], lemmas[7], lemmas[12], lemmas[13] = "raise", "price", "march", "be", "announce"
    doc = build_doc(" ".join(words), heads=RISE_PARSE["heads"], deps=RISE_PARSE["deps"], pos=RISE_PARSE["pos"],
                    lemmas=lemmas)
    assert policy_authors(doc[7], lambda t: t.lower_ == "government") == []


def test_the_party_behind_what_the_article_s_protests_are_against(build_doc, cues):
    from newsevents.eventcoding.protests import protested_parties

    # "Protests against government plans grew ."
    doc = build_doc("Protests against government plans grew .", heads=[4, 0, 3, 1, 4, 4],
                    deps=["nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
                    pos=["NOUN", "ADP", "NOUN", "NOUN", "VERB", "PUNCT"],
                    lemmas=["protest", "against", "government", "plan", "grow", "."])
    found = protested_parties(list(doc), lambda t: t.lemma_ == "protest", lambda t: t.lower_ == "government", cues)
    assert [t.text for t in found] == ["government"]
    # a protest word that opposes nothing named gives no one
    assert protested_parties(list(doc), lambda t: t.lemma_ == "grow", lambda t: t.lower_ == "government", cues) == []


def test_pipeline_the_policy_author_named_in_an_earlier_sentence(events_of):
    events = events_of("The Ghanaian government raised fuel prices on Monday. "
                       "Thousands of demonstrators took to the streets in Accra when the price rise was announced.")
    assert _recipients(events, "PROTEST") == [[("The Ghanaian government", "GHA")]]


def test_pipeline_later_protests_take_the_target_the_article_gave(events_of):
    events = events_of("Ghana saw violent protests against government plans to raise fuel prices. "
                       "Demonstrators in Accra blocked roads and burned tyres on Sunday.")
    assert _recipients(events, "PROTEST") == [[("government", "GHA")]]
    # two policies of two bodies protested against: no guess
    events = events_of("Ghana saw protests against government plans to raise fuel prices and against the "
                       "opposition's plans to cut taxes. Demonstrators in Accra blocked roads on Sunday.")
    assert _recipients(events, "PROTEST") == [[]]


def test_the_named_body_a_thing_is_at_owns_it_before_a_staff_possessor(build_doc):
    from newsevents.eventcoding.arguments import thing_owner

    def is_party(token):
        return token.lower_ in ("pilots", "police") or token.ent_type_ == "ORG"

    # "the pilots ' pension scheme at Vexair": the airline's scheme, for its pilots
    doc = build_doc("the pilots ' pension scheme at Vexair", heads=[1, 4, 1, 4, 4, 4, 5],
                    deps=["det", "poss", "case", "compound", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "PART", "NOUN", "NOUN", "ADP", "PROPN"],
                    lemmas=["the", "pilot", "'", "pension", "scheme", "at", "Vexair"],
                    ents=["O", "O", "O", "O", "O", "O", "B-ORG"])
    assert [t.text for t in thing_owner(doc[4], is_party)] == ["Vexair"]
    # without the body the possessor owns it
    doc = build_doc("the pilots ' pension scheme", heads=[1, 4, 1, 4, 4],
                    deps=["det", "poss", "case", "compound", "ROOT"], pos=["DET", "NOUN", "PART", "NOUN", "NOUN"],
                    lemmas=["the", "pilot", "'", "pension", "scheme"])
    assert [t.text for t in thing_owner(doc[4], is_party)] == ["pilots"]
    # alone, "at" says where or when: "seats at the Election", a name the parser may take for a body
    doc = build_doc("seats at the Election", heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"],
                    pos=["NOUN", "ADP", "DET", "PROPN"], lemmas=["seat", "at", "the", "Election"],
                    ents=["O", "O", "B-ORG", "I-ORG"])
    assert thing_owner(doc[0], is_party) == []


def test_whom_a_thing_agreed_to_is_for(build_doc):
    from newsevents.eventcoding.arguments import beneficiaries

    def is_party(token):
        return token.ent_type_ == "GPE"

    # "a moratorium on repayments for Vexland and Zemia": the countries it is granted to
    doc = build_doc("a moratorium on repayments for Vexland and Zemia", heads=[1, 1, 1, 2, 3, 4, 5, 5],
                    deps=["det", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj"],
                    pos=["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
                    ents=["O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE"])
    assert [t.text for t in beneficiaries(doc[1], is_party)] == ["Vexland", "Zemia"]
    # "a timetable for talks": for no party
    doc = build_doc("a timetable for talks", heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                    pos=["DET", "NOUN", "ADP", "NOUN"])
    assert beneficiaries(doc[1], is_party) == []


def test_pipeline_a_loan_agreed_to_for_a_country(events_of):
    events = events_of("The World Bank agreed to a loan for Indonesia.")
    assert _recipients(events, "AGREE") == [[("Indonesia", "IDN")]]
    events = events_of("The Paris Club has agreed to a moratorium on repayments for Indonesia and Sri Lanka.")
    assert _recipients(events, "AGREE") == [[("Indonesia", "IDN"), ("Sri Lanka", "LKA")]]
    # a for-clause of the verb's own tells what is promised, not to whom a thing is granted
    events = events_of("The British government had pledged for every pupil to get two hours of sport.")
    assert _recipients(events, "AGREE") == [[]]


def test_a_relative_pronoun_acted_on_is_the_noun_its_clause_describes(build_doc, cues):
    from newsevents.eventcoding.arguments import antecedents

    # "Vexal , who was arrested by soldiers": Vexal was arrested
    doc = build_doc("Vexal , who was arrested by soldiers", heads=[0, 0, 4, 4, 0, 4, 5],
                    deps=["ROOT", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj"],
                    pos=["PROPN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "NOUN"],
                    tags=["NNP", ",", "WP", "VBD", "VBN", "IN", "NNS"])
    assert [t.text for t in antecedents([doc[2]], doc[4], cues.relative_pronoun)] == ["Vexal"]
    # a pronoun of another clause, or any word of a main clause, stays itself
    doc = build_doc("who was arrested by soldiers", heads=[2, 2, 2, 2, 3],
                    deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], pos=["PRON", "AUX", "VERB", "ADP", "NOUN"])
    assert [t.text for t in antecedents([doc[0]], doc[2], cues.relative_pronoun)] == ["who"]


def test_pipeline_the_one_a_relative_clause_tells_was_arrested_or_criticised(events_of):
    events = events_of("The soldiers freed the Pakistani man whom police had arrested.")
    assert _recipients(events, "COERCE") == [[("the Pakistani man", "PAK")]]
    events = events_of("Ghana accepted the Paris Club offer, which was criticised by British aid groups as being too little.")
    assert _recipients(events, "ACCUSE") == [[("Paris Club", "IGO")]]


def test_pipeline_a_pronoun_subject_of_coordinated_passives_carries_its_antecedent_s_code(events_of):
    events = events_of("Tariq Vexal, the Pakistani opposition leader, left the rally on Monday. "
                       "He was driving his brother's car at the time and was shot in the head.")
    assert _recipients(events, "ASSAULT") == [[("He", "PAK")]]
    events = events_of("Tariq Vexal, the Pakistani opposition leader, left the rally on Monday. "
                       "He and three aides were arrested by police in Lahore.")
    assert _recipients(events, "COERCE") == [[("He", "PAK"), ("three aides", "PAK")]]


def test_the_agent_who_judges_or_answers_a_thing_did_not_make_it(build_doc):
    from newsevents.eventcoding.arguments import modifier_author

    # "the offer , which was rejected by Vexland": Vexland answered the offer, someone else made it
    doc = build_doc("the offer , which was rejected by Vexland", heads=[1, 1, 1, 5, 5, 1, 5, 6],
                    deps=["det", "ROOT", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj"],
                    pos=["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PROPN"],
                    tags=["DT", "NN", ",", "WDT", "VBD", "VBN", "IN", "NNP"],
                    lemmas=["the", "offer", ",", "which", "be", "reject", "by", "Vexland"])

    def is_party(token):
        return token.text == "Vexland"

    assert modifier_author(doc[1], is_party, {"reject", "criticise"}) == []
    # a verb of making keeps its agent as the maker: "the offer , which was made by Vexland"
    lemmas = ["the", "offer", ",", "which", "be", "make", "by", "Vexland"]
    doc = build_doc("the offer , which was made by Vexland", heads=[1, 1, 1, 5, 5, 1, 5, 6],
                    deps=["det", "ROOT", "punct", "nsubjpass", "auxpass", "relcl", "agent", "pobj"],
                    pos=["DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "PROPN"],
                    tags=["DT", "NN", ",", "WDT", "VBD", "VBN", "IN", "NNP"], lemmas=lemmas)
    assert [t.text for t in modifier_author(doc[1], is_party, {"reject", "criticise"})] == ["Vexland"]


def test_pipeline_a_report_rejected_is_its_author_s(events_of):
    events = events_of("The British Medical Association published a report on smoking on Monday. "
                       "The tobacco industry rejected the report.")
    assert _recipients(events, "REJECT") == [[("The British Medical Association", "GBR")]]
    # a report whose author the article does not name gives no one
    events = events_of("The British Medical Association said on Monday that smoking kills. "
                       "The tobacco industry rejected the report.")
    assert _recipients(events, "REJECT") == [[]]


def test_pipeline_a_thing_s_maker_that_is_the_actor_is_no_recipient(events_of):
    # the relative clause's subject made nothing here: it is the one who opposed
    events = events_of("The Liberal Democrat leader said students see the Iraq war, which his party opposed, "
                       "as a defining issue.")
    assert _recipients(events, "REJECT") == [[]]
