"""Rules of brief s17-desc17 (issue 15: description links that must not be made), each on sentences of
our own (none from mentions_heldout13 or any data set) with a case where the link must stay."""

from __future__ import annotations

from entity_lookup import mention_texts as _mentions

PUBLISHED = "2019-09-10"


# --- a determiner of another, a generic modifier (_someone_else) ----------------------------

def test_one_governor_is_not_the_governor_named_before(extract) -> None:
    record = extract("Governor Lena Marsh signed the water bill on Tuesday. One governor called it reckless.",
                     published=PUBLISHED)
    assert not any("governor" in m for m in _mentions(record, "Lena Marsh"))


def test_the_governor_is_still_the_governor_named_before(extract) -> None:
    record = extract("Governor Lena Marsh signed the water bill on Tuesday. The governor called it overdue.",
                     published=PUBLISHED)
    assert "The governor" in _mentions(record, "Lena Marsh")


# --- a restrictive relative clause -----------------------------------------------------------------

def test_the_senator_who_did_something_else_is_someone_new(extract) -> None:
    record = extract("Senator Hugh Tarrant filed the lawsuit in May. The senator who leads the ethics panel "
                     "has declined to comment.", published=PUBLISHED)
    assert not any("senator" in m for m in _mentions(record, "Hugh Tarrant"))


def test_the_senator_who_did_what_the_named_one_did_is_that_senator(extract) -> None:
    record = extract("Senator Hugh Tarrant filed the lawsuit in May. The senator who filed it says he will "
                     "not withdraw it.", published=PUBLISHED)
    assert "The senator" in _mentions(record, "Hugh Tarrant")


# --- a restrictive complement ---------------------------------------------------------------------

def test_the_mayor_of_an_indefinite_place_is_someone_new(extract) -> None:
    record = extract("Mayor Gwen Attley of Brockton unveiled the plan. The mayor of a nearby village said it "
                     "would flood her streets.", published=PUBLISHED)
    assert not any("mayor" in m for m in _mentions(record, "Gwen Attley") if m != "Mayor")


def test_the_governor_of_another_state_is_not_the_governor_named(extract) -> None:
    record = extract("Governor Lena Marsh of Oregon signed the water bill. The governor of Idaho criticized it.",
                     published=PUBLISHED)
    assert not any("governor" in m for m in _mentions(record, "Lena Marsh"))


def test_the_governor_of_the_state_the_text_gives_her_is_her(extract) -> None:
    record = extract("Governor Lena Marsh of Oregon signed the water bill. The governor of Oregon said it was "
                     "overdue.", published=PUBLISHED)
    assert "The governor" in _mentions(record, "Lena Marsh")


def test_the_mayor_of_the_town_said_in_apposition_is_her(extract) -> None:
    record = extract("Gwen Attley, the mayor of Brockton, unveiled the plan. The mayor of Brockton said it would "
                     "cost little.", published=PUBLISHED)
    assert _mentions(record, "Gwen Attley").count("The mayor") == 1


# --- a second person titled so (_other_titled) ---------------------------------------------

def test_a_second_titled_mayor_the_tagger_missed_leaves_the_mayor_unlinked(extract) -> None:
    record = extract("Mayor Gwen Attley of Brockton and Mayor Ines Marlow of Lakeview met on Monday. The mayor "
                     "said the talks went well.", published=PUBLISHED)
    assert "The mayor" not in _mentions(record, "Gwen Attley")


def test_the_senator_who_does_now_what_the_text_said_of_the_named_one_is_that_senator(extract) -> None:
    record = extract("Senator Hugh Tarrant chairs the ethics panel. The senator who chairs the panel says the "
                     "hearing will go ahead.", published=PUBLISHED)
    assert "The senator" in _mentions(record, "Hugh Tarrant")
