"""Places of small-town news (brief s19-dev15p; news-dev15's place misses and
tests/data/places_heldout6.tsv's classes; components/places_local.py and places_story.listed_counties).
Sentences of our own."""

from __future__ import annotations

PUBLISHED = "2026-03-22"


def _places(extract, text: str) -> dict[str, tuple[int | None, str | None]]:
    return {m.text: (p.geonameid, p.level) for p in extract(text, published=PUBLISHED).places for m in p.mentions}


def test_a_capitalised_word_before_a_list_of_counties(extract) -> None:
    found = _places(extract, "Rural Trego and Ellis counties in Kansas lost two clinics each.")
    assert found.get("Trego") == (4280609, "admin2") and found.get("Ellis") == (4270937, "admin2")


def test_an_abbreviated_county_of_the_story_state(extract) -> None:
    found = _places(extract, "Gage Co. voters back a new jail. Beatrice, Nebraska, will host it.")
    assert found.get("Gage Co.") == (5068853, "admin2")


def test_an_abbreviated_company_is_no_county(extract) -> None:
    found = _places(extract, "The Hershey Co. opened a new plant near Harrisburg, Pennsylvania.")
    assert not any("Hershey" in text for text in found)


def test_a_town_in_parentheses_after_its_county(extract) -> None:
    found = _places(extract, "Buffalo County's biggest town (Kearney) added 900 people, Nebraska figures show.")
    assert found.get("Kearney") == (5071348, "city")


def test_a_village_after_its_noun(extract) -> None:
    assert _places(extract, "She grew up in the small village of Castelfranci before moving to London.").get(
        "Castelfranci") == (3179690, "city")
    assert _places(extract, "They opened a bakery in a town called Hope, in Arkansas.").get("Hope") == (4115181, "city")


def test_a_village_the_gazetteer_lacks_is_a_place_with_no_id(extract) -> None:
    found = _places(extract, "Fire crews rescued a horse in the hamlet of Barway on Sunday.")
    assert found.get("Barway") == (None, None)


def test_a_band_and_a_song_are_no_villages(extract) -> None:
    found = _places(extract, "The Village People and a cover of A Town Called Malice filled the hall in Woking.")
    assert not any(word in text for text in found for word in ("Village", "Malice"))


def test_parts_of_a_town_and_a_hamlet_near_it(extract) -> None:
    found = _places(extract, "The bus serves much of east Norwich, including Thorpe Hamlet and Heartsease.")
    assert found.get("Heartsease", (0, ""))[1] == "city" and found.get("Heartsease", (0,))[0] != 0
    found = _places(extract, "The couple worked on a farm at Wickhambrook Green, near Newmarket, in Suffolk.")
    assert "Wickhambrook Green" in found


def test_a_bare_county_name_the_story_named_in_full(extract) -> None:
    text = ("Custer County gained 120 residents last year. The gain ranks Custer as the fastest-growing "
            "county in Nebraska.")
    found = _places(extract, text)
    assert found.get("Custer") == found.get("Custer County")


def test_a_town_beside_a_village_follows_the_village(extract) -> None:
    found = _places(extract, "Her parents kept a pub in a small town called Soham, not far from Ely.")
    assert found.get("Soham") == (2637554, "city") and found.get("Ely") == (2650023, "city")


def test_an_abbreviated_saint_after_parish_is_no_village(extract) -> None:
    found = _places(extract, "The parish of St. Bride held a fair in Dorking.")
    assert "St" not in found and found.get("Dorking", (None,))[0] is not None


def test_a_dateline_town_the_tagger_left_is_a_place(extract) -> None:
    # a page that repeats its headline before the dateline, in capitals before a dash; resolved with the story
    found = _places(extract, "Storm closes school\n\nStorm closes school. MERIDEN \u2014 High winds tore the roof off "
                             "a school on Tuesday, and crews from Wallingford and Cheshire helped clear the road.")
    assert found.get("MERIDEN") == (4838524, "city")



def test_a_small_dateline_towns_state_decides_a_shared_county_name(extract) -> None:
    # the dateline town (Wapakoneta, Ohio: too small to be a place word on its own) is a place because it is a
    # dateline, and the county many states share is then the one of its state, not the largest (codes45)
    found = _places(extract, "Barn fire on farm road\n\nWAPAKONETA \u2014 A barn burned down late on Tuesday, and "
                             "deputies from Shelby County helped firefighters.")
    assert found.get("WAPAKONETA") == (5175670, "city")
    assert found.get("Shelby County") == (5171871, "admin2")


def test_negative_no_dateline_leaves_the_shared_county_name_to_its_prior(extract) -> None:
    found = _places(extract, "A barn burned down late on Tuesday, and deputies from Shelby County helped firefighters.")
    assert found.get("Shelby County") == (4657046, "admin2")


def test_a_dateline_towns_state_decides_a_county_and_town_that_agree_elsewhere(extract) -> None:
    # the county and the town lie together in two states (Oregon's larger pair, Illinois's); the dateline's town,
    # far larger than its namesakes, is in Illinois: the story is filed there, so both are Illinois's (codes45)
    found = _places(extract, "Man hurt in crash\n\nEFFINGHAM \u2014 A man was hurt in a crash on Tuesday. Marion County "
                             "deputies said he was taken to a hospital in Salem.")
    assert found.get("Marion County") == (4243907, "admin2") and found.get("Salem") == (4249286, "city")
