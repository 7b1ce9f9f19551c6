"""Place rules of brief s15-placetimes (sentences written for these tests, none from a corpus or
from tests/data/places_heldout2.tsv):

- a list of three or more first-level division names takes admin1 only when two or more of them
  are divisions of one country; a country's name among another country's states is the country
  (``Mexico, Texas and Arizona``), while a US state named like a country stays the state;
- one capitalised plural word after ``the`` that the gazetteer does not know names a team, not a
  place, unless it stands where places go or is a place name's plural (``the Americas``);
- a given name and one more word that the entities stage took for a person is no organisation
  named after a town (``Tyler Jones``);
- land features (``X National Park``, ``Mount X``: ``land_head`` rows of place_words.tsv) are
  toponyms kept whole, unresolved when the gazetteer does not know them.
"""

from __future__ import annotations

from test_places_us_local import _place

PUBLISHED = "2025-07-01"




def test_a_country_among_another_countrys_states_is_the_country(extract) -> None:
    rec = extract("Cattle ranchers from Mexico, New Mexico and Colorado met in Santa Fe.", published=PUBLISHED)
    mexico = _place(rec, "Mexico")
    assert mexico is not None and mexico.level == "country" and mexico.geonameid == 3996063
    assert _place(rec, "New Mexico").level == "admin1" and _place(rec, "Colorado").level == "admin1"


def test_a_state_named_like_a_country_stays_the_state_in_a_list_of_states(extract) -> None:
    rec = extract("Power cuts spread through Georgia, Tennessee and the Carolinas after the storm.",
                  published=PUBLISHED)
    georgia = _place(rec, "Georgia")
    assert georgia is not None and georgia.level == "admin1" and georgia.country == "USA"


def test_big_cities_of_several_countries_are_no_list_of_divisions(extract) -> None:
    rec = extract("Fares to Seoul, Beijing and Tokyo fell sharply this summer.", published=PUBLISHED)
    for name in ("Seoul", "Beijing", "Tokyo"):
        place = _place(rec, name)
        assert place is not None and place.level == "city", name


def test_one_countrys_divisions_still_make_a_list_of_divisions(extract) -> None:
    rec = extract("Shelling was reported in Sumy, Kharkiv and Poltava overnight.", published=PUBLISHED)
    assert all(_place(rec, name).level == "admin1" for name in ("Sumy", "Kharkiv", "Poltava"))


def test_a_plural_nickname_after_the_is_a_team(extract) -> None:
    rec = extract("The Hornets held on late to edge the Falcons at home.", published=PUBLISHED)
    assert _place(rec, "Hornets") is None
    rec = extract("Their striker scored twice against the Owls.", published=PUBLISHED)
    assert _place(rec, "Owls") is None


def test_a_plural_place_name_and_a_range_after_a_preposition_stay_places(extract) -> None:
    rec = extract("Exports to the Americas rose as snow piled up across the Rockies.", published=PUBLISHED)
    assert _place(rec, "Americas") is not None
    assert _place(rec, "Rockies") is not None


def test_a_given_name_and_a_surname_are_no_town_named_organisation(extract) -> None:
    rec = extract("The mayor spoke with Tyler Hughes, who manages the shelter.", published=PUBLISHED)
    assert _place(rec, "Tyler") is None  # spaCy: ORG; the entities stage: a person
    rec = extract("The clinic opened a branch in Tyler last spring.", published=PUBLISHED)
    assert _place(rec, "Tyler") is not None


def test_a_national_park_and_a_mountain_are_places_kept_whole(extract) -> None:
    rec = extract("Smoke from fires near Mount Shasta drifted over Lassen Volcanic National Park.",
                  published=PUBLISHED)
    mountain = _place(rec, "Mount Shasta")
    park = _place(rec, "Lassen Volcanic National Park")
    assert mountain is not None and mountain.mentions[0].text == "Mount Shasta"
    assert park is not None and park.mentions[0].text == "Lassen Volcanic National Park"


def test_a_possessive_place_before_a_park_is_its_own_place(extract) -> None:
    rec = extract("Rangers reopened Montana's Glacier National Park on Friday.", published=PUBLISHED)
    montana = _place(rec, "Montana")
    assert montana is not None and montana.level == "admin1"
    assert _place(rec, "Glacier National Park").mentions[0].text == "Glacier National Park"


def test_a_town_called_mount_x_and_a_hospital_are_not_land_features(extract) -> None:
    rec = extract("The family moved to Mount Vernon, N.Y., last year.", published=PUBLISHED)
    town = _place(rec, "Mount Vernon")
    assert town is not None and town.level == "city"
    rec = extract("Nurses at Mount Sinai Hospital went on strike.", published=PUBLISHED)
    assert _place(rec, "Mount Sinai") is None


def test_a_sentence_opening_word_is_no_part_of_a_land_feature(extract) -> None:
    rec = extract("Inside Olympic National Park, two bridges washed out. Near Mount Adams, crews rested.",
                  published=PUBLISHED)
    assert _place(rec, "Olympic National Park").mentions[0].text == "Olympic National Park"
    assert _place(rec, "Mount Adams").mentions[0].text == "Mount Adams"


def test_a_plural_name_is_a_team_only_in_a_sentence_about_sport(pipeline, build_doc) -> None:
    stage = pipeline.nlp.get_pipe("newsevents_places")

    def places(sentence, heads, deps, pos, tags, ents):
        doc = build_doc(sentence, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
        return [p.name for p in stage(doc)._.places]

    # the model labels the plural a place; no word of sport: a group of islands or hills stays
    islands = places("The Brackens welcomed more visitors .", heads=[1, 2, 2, 4, 2, 2],
                     deps=["det", "nsubj", "ROOT", "amod", "dobj", "punct"],
                     pos=["DET", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT"], tags=["DT", "NNPS", "VBD", "JJR", "NNS", "."],
                     ents=["O", "B-GPE", "O", "O", "O", "O"])
    assert islands == ["Brackens"]
    team = places("The Brackens signed a new coach .", heads=[1, 2, 2, 5, 5, 2, 2],
                  deps=["det", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                  pos=["DET", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"], tags=["DT", "NNPS", "VBD", "DT", "JJ", "NN", "."],
                  ents=["O", "B-GPE", "O", "O", "O", "O", "O"])
    assert team == []
