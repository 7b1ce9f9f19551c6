"""Actor codes (issue 14, third audit): a body's stated home over a name that is also a hamlet,
a region whose name ends in a body's word, and a reporting source that is never the doer."""

from __future__ import annotations

from newsevents.actors import actor_dictionary
from newsevents.components.entities_base import _gazetteer_region
from newsevents.eventcoding.arguments import is_reporting_source, resolve_pronoun, subject_of
from newsevents.eventcoding.lexicon import load_cues
from newsevents.geo.gazetteer import get_gazetteer

ACTORS = actor_dictionary()
CUES = load_cues()
PUBLISHED = "2016-05-01"


def _codes(parties):
    return [(p.text, p.country) for p in parties]


# --- a reporting source is no doer (hand-built parses) ------------------------------------------

def test_according_to_names_a_source(build_doc):
    doc = build_doc("According to Reuters , they plan to seize the farm",
                    heads=[5, 0, 1, 5, 5, 5, 7, 5, 9, 7],
                    deps=["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                    pos=["VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PART", "VERB", "DET", "NOUN"],
                    ents=["O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O"])
    assert is_reporting_source(doc[2], CUES)
    assert not is_reporting_source(doc[4], CUES)
    # one sentence, nobody before the pronoun but the source: the pronoun stays unresolved
    assert resolve_pronoun(doc[4], doc[0:len(doc)], CUES) is None


def test_the_pronoun_after_a_source_takes_the_previous_subject(build_doc):
    words = "Venezuelan prosecutors targeted the ranch . According to Reuters , they plan to seize it"
    doc = build_doc(words,
                    heads=[1, 2, 2, 4, 2, 2, 11, 6, 7, 11, 11, 11, 13, 11, 13],
                    deps=["amod", "nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "pobj", "punct",
                          "nsubj", "ROOT", "aux", "xcomp", "dobj"],
                    pos=["ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT",
                         "PRON", "VERB", "PART", "VERB", "PRON"],
                    tags=["JJ", "NNS", "VBD", "DT", "NN", ".", "VBG", "IN", "NNP", ",", "PRP", "VBP", "TO", "VB", "PRP"],
                    ents=["B-NORP", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"])
    second = doc[6:]
    found = resolve_pronoun(doc[10], second, CUES)
    assert found is not None and found.text == "prosecutors"


def test_a_source_in_parenthesis_is_not_the_subject(build_doc):
    # "They plan, Reuters said, to attack the capital": the parser hangs the infinitive on "said"
    doc = build_doc("They plan , Reuters said , to attack the capital",
                    heads=[1, 1, 4, 4, 1, 4, 7, 4, 9, 7],
                    deps=["nsubj", "ROOT", "punct", "nsubj", "parataxis", "punct", "aux", "xcomp", "det", "dobj"],
                    pos=["PRON", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PART", "VERB", "DET", "NOUN"],
                    lemmas=["they", "plan", ",", "reuters", "say", ",", "to", "attack", "the", "capital"])
    assert is_reporting_source(doc[3], CUES)
    assert [t.text for t in subject_of(doc[7], ACTORS, CUES)] == ["They"]
    # a reporting subject that is the clause itself ("Reuters said they ...") is no parenthesis
    doc = build_doc("Reuters said they attacked", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp"],
                    pos=["PROPN", "VERB", "PRON", "VERB"], lemmas=["reuters", "say", "they", "attack"])
    assert not is_reporting_source(doc[0], CUES)


def test_according_to_a_paper_the_prosecutors_seize(events_of):
    text = ("Kenyan prosecutors targeted a ranch owned by a British firm. "
            "According to the Daily Herald, they plan to seize the ranch.")
    seizures = [e for e in events_of(text) if e.trigger.text == "seize"]
    assert seizures and all("Herald" not in p.text for e in seizures for p in e.actor)
    assert _codes(seizures[0].actor) == [("Kenyan prosecutors", "KEN")]


# --- a body's stated home ----------------------------------------------------------------------

def test_a_company_based_somewhere_takes_that_country(extract):
    record = extract("Titan, a California-based company, pleaded guilty. Regulators had accused Titan of "
                     "bribery.", published=PUBLISHED)
    titan = [e for e in record.entities if e.name == "Titan"]
    assert titan and titan[0].country == "USA" and titan[0].type == "ORG"
    record = extract("Oduya Corp, based in Nairobi, said the regulator had accused Oduya Corp of fraud.",
                     published=PUBLISHED)
    accused = [e for e in record.events if e.trigger.text == "accused"]
    assert accused and [p.country for p in accused[0].recipient] == ["KEN"]


def test_a_company_in_apposition_with_a_place_noun(extract):
    record = extract("Norcast Inc, a Texas company, denied the claim.", published=PUBLISHED)
    assert [e.country for e in record.entities if e.name == "Norcast Inc"] == ["USA"]


def test_a_hamlet_named_like_a_company_gives_no_country(extract):
    # "Titan" is also a hamlet of GeoNames (no population): the text calls it a corporation, so its
    # bare name is the body in every mention, and a body takes no country from a hamlet
    record = extract("The regulator praised the Titan corporation on Monday. It had accused Titan of bribery.",
                     published=PUBLISHED)
    praised = [e for e in record.events if e.trigger.text == "praised"]
    assert praised and [p.country for p in praised[0].recipient] == [None]
    titan = [e for e in record.entities if e.name == "Titan corporation"]
    assert titan and "Titan" in [m.text for m in titan[0].mentions]


# --- a region is a place, not a business -------------------------------------------------------

def test_a_region_is_known_by_the_gazetteer():
    gaz = get_gazetteer()
    assert _gazetteer_region(gaz, "West Bank")
    assert not _gazetteer_region(gaz, "World Bank")
    assert not _gazetteer_region(gaz, "Titan")  # a hamlet


def test_a_region_ending_in_a_body_word_is_no_business(extract):
    record = extract("The Norwegian envoy visited the West Bank on Monday to meet Palestinian officials.",
                     published=PUBLISHED)
    assert not [e for e in record.entities if "West Bank" in e.name and "BUS" in e.sector]
    visits = [e for e in record.events if e.trigger.text == "visited"]
    assert visits and "PSE" in [p.country for p in visits[0].recipient]


def test_a_company_named_like_a_hamlet_is_not_where_it_was_fined(extract):
    record = extract("Regulators in Kenya fined the Titan corporation on Monday.", published=PUBLISHED)
    fined = [e for e in record.events if e.trigger.text == "fined"]
    assert fined and all(p.country != "AFG" for p in fined[0].recipient)
    places = {p.id: p for p in record.places}
    assert fined[0].place is None or places[fined[0].place].country != "AFG"


def test_possessor_of_a_company_noun_is_no_name_of_the_company(extract):
    # "Okoro's company": the possessor owns the company; the company is not called "Okoro", so the
    # person's own mentions are never the company's (names46)
    record = extract("Okoro's company builds electric trucks in Ohio. Okoro, 52, says he works late. "
                     "Okoro founded it in 2005.", published=PUBLISHED)
    assert not any(e.type == "ORG" and "Okoro" in [m.text for m in e.mentions] for e in record.entities)
