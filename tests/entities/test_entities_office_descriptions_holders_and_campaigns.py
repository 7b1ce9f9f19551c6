"""Office descriptions read as the text and the office holders' table allow (ents42). Sentences written
for these tests; the office holders named are in data/leaders.tsv."""

from entity_lookup import entity_of

PUBLISHED = "2016-02-10"


def test_state_inside_a_title_mention_is_the_holders_home(extract):
    # "New Hampshire Sen." is one title mention: its state is the senator's, so "The Vermont senator"
    # named before her is not her
    record = extract("Rivals meet in the north\n\nTom Fenwick won the Ohio primary on Tuesday, defeating Ann Rourke.\n\n"
                     "The Vermont senator hoped to win by a wide margin.\n\n"
                     "Local figures such as New Hampshire Sen. Jane Kettering backed Rourke.\n", published=PUBLISHED)
    senator = entity_of(record.entities, "Jane Kettering")
    assert senator is not None and "The Vermont senator" not in [m.text for m in senator.mentions]


def test_possessive_office_description_links_to_the_table_holder(extract):
    record = extract("Film review\n\nThe documentary follows Barack Obama and the US Congress through a year of fights in "
                     "Washington. Americans will recognise the scenes. A critic from Texas lays out what she believes are "
                     "the president's core beliefs.\n", published="2015-12-19")
    obama = entity_of(record.entities, "Barack Obama")
    assert obama is not None and "the president" in [m.text for m in obama.mentions]


def test_race_leader_is_the_one_person_named_before_with_a_campaign(extract):
    record = extract("Campaign news\n\nMara Quillon's campaign looks like a start-up. Quillon hired "
                     "writers, and Quillon pays them well.\n\n"
                     "The Democratic front-runner has a staff of dozens writing for the web.\n", published=PUBLISHED)
    runner = entity_of(record.entities, "Mara Quillon")
    assert runner is not None and "The Democratic front-runner" in [m.text for m in runner.mentions]
