"""An actor's home told by the text comes before the story's country (issue 14, seventh audit):
a group called foreign is of no presumed country, an office "of <place>" is that place's
country's, and a delegation "from <body>" is the body's."""

PUBLISHED = "2005-01-01"

STORY = ("The US regulator changed its rules on Tuesday. Many foreign firms had protested that the regulator "
         "was imposing an unfair burden. Britain's Ardley Federation warned the regulator. The latest "
         "delegation from the Ardley Federation met officials of the regulator in Washington on Wednesday.")


def _entity(record, name):
    return next(e for e in record.entities if e.name == name)


US_STORY = ("The US regulator changed its rules on Tuesday. US officials said the change was overdue. "
            "Many foreign firms had protested that the regulator was imposing an unfair burden. "
            "Big US firms already meet the rules.")


def test_foreign_group_takes_no_story_country(extract):
    record = extract(US_STORY, published=PUBLISHED)
    assert _entity(record, "Big US firms").country == "USA"  # the story's country is the US ...
    assert _entity(record, "Many foreign firms").country is None  # ... the foreign firms are not its
    protest = next(e for e in record.events if e.trigger.text == "protested")
    assert [p.country for p in protest.actor] == [None]


def test_delegation_from_a_body_takes_the_body_country(extract):
    record = extract(STORY, published=PUBLISHED)
    met = next(e for e in record.events if e.trigger.text == "met")
    assert [(p.text, p.country) for p in met.actor] == [("The latest delegation", "GBR")]


def test_office_of_a_city_by_its_short_name_takes_the_city_country(extract):
    text = ("The London Stock Exchange rejected the bid on Monday. London bankers welcomed the news, "
            "but the mayor of Frankfurt has said that such a move could cost jobs.")
    record = extract(text, published=PUBLISHED)
    mayor = next(e for e in record.entities if e.title == "mayor" or e.name == "mayor")
    assert mayor.country == "DEU"


def test_people_from_a_named_body_take_its_code_on_a_hand_built_parse(build_doc):
    from newsevents.eventcoding.arguments import parties_for
    from newsevents.eventcoding.lexicon import load_cues
    from newsevents.record import Entity, Span

    doc = build_doc("The delegation from Ardley met officials",
                    heads=[1, 4, 1, 2, 4, 4], deps=["det", "nsubj", "prep", "pobj", "ROOT", "dobj"],
                    pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN"])
    body = doc[3]
    mention = Span(start=body.idx, end=body.idx + len(body.text), text=body.text)
    doc._.entities = [Entity(id="e1", name="Ardley", type="ORG", country="GBR", mentions=[mention])]
    cues = load_cues()
    assert [(p.text, p.country) for p in parties_for(doc[1], None, cues)] == [("The delegation", "GBR")]
    doc._.entities = [Entity(id="e1", name="Ardley", type="ORG", country=None, mentions=[mention])]
    assert [p.country for p in parties_for(doc[1], None, cues)] == [None]  # an uncoded body gives none
