"""Rows added from the fifth held-out set (test_phrasings_heldout5.py: world and politics wire news),
each tested here on sentences of our own -- none of them is a sentence of that set. Each positive
sentence below gave no event of its type before the change and each negative one gave an event,
but the two marked 'already' (kept: the new rows must not lose them).

General means only (event_lexicon.tsv): backing given or lent and coming out in support; prisoners
of every kind freed; aid handed with no particle (the parser takes "handed over 40 tonnes" for
"more than 40"); the threat of an offensive, a raid or an incursion; a sit-in or a die-in, which the
tokenizer splits at the hyphen; people forcibly repatriated or returned (deported); crowds invading
streets and voters punishing a party are no attack and no coercion.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-12"


def _coded(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event, next((p.country for p in e.actor if p.country), None),
             next((p.country for p in e.recipient if p.country), None)) for e in events}


@pytest.mark.parametrize("text,expected", [
    ("France gave its full backing to Senegal's candidate for the UN post.", ("SUPPORT", "FRA", "SEN")),
    ("Norway lent its support to a Colombian plan for rural land reform.", ("SUPPORT", "NOR", "COL")),  # already
    ("The Nigerian senate came out in favour of the Ghanaian proposal for a regional currency.",
     ("SUPPORT", "NGA", None)),
    ("Belarus freed six jailed journalists on Friday.", ("CONCEDE", "BLR", None)),
    ("Egyptian authorities freed the dissident after two years in custody.", ("CONCEDE", "EGY", None)),
    ("Kuwait handed 25 tonnes of food and blankets to refugees in Jordan.", ("AID", "KWT", None)),
    ("Iran's threat of an incursion into northern Iraq worried the Kurdish authorities.", ("THREATEN", "IRN", None)),
    ("A die-in by Belgian climate activists blocked the main square in Brussels.", ("PROTEST", "BEL", None)),
    ("Lebanon forcibly returned dozens of Syrian refugees last week.", ("COERCE", "LBN", "SYR")),
    ("Thailand forcibly repatriated 40 Uighur men to China.", ("COERCE", "THA", None)),
])
def test_ordinary_wire_phrasings_are_coded(events_of, text, expected) -> None:
    kind, actor, recipient = expected
    coded = _coded(events_of(text))
    assert any(k == kind and a == actor and (recipient is None or r == recipient) for k, a, r in coded), coded


@pytest.mark.parametrize("text", [
    "Football fans invaded the pitch after the final whistle in Cairo.",
    "Tourists invaded the streets of Lisbon for the festival.",
    "British voters punished the governing party in the local elections.",
    "Investors punished the Greek bank's shares after the report.",  # already
])
def test_crowds_and_voters_are_no_invaders_or_punishers(events_of, text) -> None:
    assert not events_of(text), text


@pytest.mark.parametrize("text,expected", [
    ("Russian troops invaded the eastern region of the country in the night.", "ASSAULT"),
    ("The court punished the opposition leader with a five-year ban from office.", "COERCE"),
    ("Algeria repatriated the bodies of the miners from Niger.", None),  # a repatriation by itself: no deportation
])
def test_the_same_verbs_keep_their_other_uses(events_of, text, expected) -> None:
    kinds = {e.event for e in events_of(text)}
    assert (expected in kinds) if expected else "COERCE" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Pupils in Cairo are taught that the British occupied Egypt in 1882.",  # a present passive lesson
    "Students at the academy study how the Soviet army invaded Afghanistan.",
    "The film tells the story of a colonel who kidnaps the prime minister and seizes the radio station.",
])
def test_lessons_and_the_joined_acts_of_a_plot_are_no_events(events_of, text) -> None:
    assert not events_of(text), text


@pytest.mark.parametrize("text,expected", [
    ("The Malian president learned that rebels had seized the northern town.", "COERCE"),  # found out: news
    ("The novelist was arrested after his book about a coup was published.", "COERCE"),  # a real act on an author
])
def test_what_someone_learned_and_acts_on_authors_stay_events(events_of, text, expected) -> None:
    assert expected in {e.event for e in events_of(text)}


# A second probe of our own (49 wire sentences, three or so per type, written after the set was
# fixed): these were its misses, each a general phrasing, coded after the change.
@pytest.mark.parametrize("text,kind", [
    ("Kenya and Tanzania ironed out their differences over cross-border trucking fees.", "AGREE"),
    ("South Korea's cabinet signed off on a plan to reunite separated families.", "AGREE"),
    ("Mali's junta gave the green light to a regional monitoring mission.", "AGREE"),
    ("The Thai prime minister sat down with Cambodian officials in Bangkok.", "CONSULT"),
    ("Envoys from Serbia and Kosovo met face to face in Brussels for the first time in a year.", "CONSULT"),
    ("The Peruvian government called off the state of emergency in Lima.", "CONCEDE"),
    ("Colombia turned over two suspected cartel leaders to the United States.", "COOPERATE"),
    ("Australia sent 20 million dollars in relief to Tonga.", "AID"),
    ("The Swiss government sent 5 million francs in aid to earthquake victims in Morocco.", "AID"),
    ("Venezuela shot down a Colombian proposal for a border commission.", "REJECT"),
    ("Azerbaijan vowed to use force to retake the region if talks failed.", "THREATEN"),
])
def test_second_probe_phrasings_are_coded(events_of, text, kind) -> None:
    assert kind in {e.event for e in events_of(text)}, text


def test_a_dictionary_pattern_beats_its_blocks_bare_no_event_default() -> None:
    """PETRARCH2 reads a verb's patterns before its block's default: "iron out" alone is no event
    (IRON_OUT [---]), "iron out differences" is AGREE (030). The project's own stop rows still come
    first among its rows."""
    from newsevents.eventcoding.lexicon import BACKBONE, NO_EVENT, load_lexicon

    rows = [e for e in load_lexicon()[("VERB", "iron")] if e.origin == BACKBONE]
    assert rows[0].event == "AGREE" and rows[-1].event == NO_EVENT
    assert len(rows[0].conditions) > len(rows[-1].conditions)


@pytest.mark.parametrize("text", [
    "The committee came up with a solution to the parking problem.",
    # no political party to reject ("the air force", a two-word role, is one since session 11)
    "The marketing team shot down the idea of a new logo.",
])
def test_freed_dictionary_patterns_keep_their_limits(events_of, text) -> None:
    assert not events_of(text), text
