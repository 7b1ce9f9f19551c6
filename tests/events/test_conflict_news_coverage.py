"""Coverage of ACLED-style conflict news (brief s14-case), each rule on sentences of our own that are
not in tests/data/case_heldout1.tsv, with negatives: beheading; fighting for control; forces
abandoning or overrunning a post; people taken hostage; the state's agents picking someone up;
projectiles fired or landing with no launcher named; irregular pasts the tagger leaves unlemmatized
("retook"); "armed men" bearing weapons as "gunmen" do; fighting as the means of a killing; relatives
as people who act; an attack told by its toll ("left three policemen dead"); "set on fire" as the act,
not an accident's fire; a mine as the place of a mining accident ("at a mine"), not a weapon."""

from __future__ import annotations

import pytest

from newsevents.components.events import with_irregular_forms

PUBLISHED = "2021-06-10"


@pytest.mark.parametrize("kind,text", [
    ("ASSAULT", "Armed assailants opened fire on a livestock market near Sokoto."),
    ("ASSAULT", "Insurgents beheaded two hunters in the forest near Palma."),
    ("ASSAULT", "Two militias fought for control of the oil terminal at Zawiya."),
    ("RETREAT", "Rebel fighters abandoned the town of Kidal on Sunday."),
    ("COERCE", "Three farmers were taken hostage by armed men in Zamfara."),
    ("COERCE", "Police picked up two students outside the university in Minsk."),
    ("ASSAULT", "Two rockets landed near the airport in Kabul on Monday."),
    ("ASSAULT", "Mortar shells fired from the hills hit a school in Taiz."),
    ("COERCE", "Kurdish fighters retook the village of Tal Tamr from the militants."),
    ("ASSAULT", "Rebels overran a military outpost near the Thai border."),
    ("ASSAULT", "Fighting between rival militias killed seven civilians in Tripoli."),
    ("PROTEST", "Relatives of the victims marched through Lima on Friday."),
    ("ASSAULT", "The ambush near Kidal left three policemen dead and two wounded."),
    ("ASSAULT", "Houses were set on fire in the village of Kuru overnight."),
    ("ASSAULT", "Two children were killed by a mine in a field near Kandahar."),
    ("ASSAULT", "Gunmen attacked workers at a gold mine in Burkina Faso, killing six."),
])
def test_conflict_phrasings_code_their_event(events_of, kind: str, text: str) -> None:
    assert kind in {e.event for e in events_of(text)}


@pytest.mark.parametrize("kind,text", [
    ("COERCE", "The police picked up the pace of the investigation."),
    ("ASSAULT", "Two firms fought for control of the airline."),
    ("RETREAT", "Residents abandoned the village after the floods."),
    ("ASSAULT", "The delegation landed in Addis Ababa for talks."),
    ("ASSAULT", "Fighting over the budget killed the reform bill in Congress."),
    ("PROTEST", "Hundreds held a vigil for the victims of the bus crash in Nairobi."),
    ("ASSAULT", "The relative calm in the capital was broken on Friday."),
    ("ASSAULT", "The senator's attack on the bill left his colleagues speechless."),
    ("ASSAULT", "The crash on the highway left 11 people dead."),
    ("ASSAULT", "The curtains were set on fire by a candle, and two children died in the blaze."),
    ("ASSAULT", "Two children were killed in a fire at their home in Accra."),
    ("ASSAULT", "Two workers were killed in a gas leak at a mine in Sonora."),
    ("ASSAULT", "Five miners were killed when gas exploded in a mine in Shanxi."),
])
def test_other_senses_code_no_such_event(events_of, kind: str, text: str) -> None:
    assert kind not in {e.event for e in events_of(text)}


def test_irregular_forms_key_the_rows_of_their_verb_only_when_it_has_rows() -> None:
    rows = {("VERB", "retake"): ["row"]}
    found = with_irregular_forms(rows, {"retook": "retake", "overran": "overrun"})
    assert found[("VERB", "retook")] == ["row"] and ("VERB", "overran") not in found
    assert ("VERB", "retook") not in rows  # the shared lexicon is left as it was
