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
