"""qtp37 (news-dev57's place class): a bare name of a big national capital is the capital in a story set
elsewhere; a small namesake town abroad (a US town named after it) does not win it on a state the story
names only in passing. The story's own state (the top share) and a state written next to the name still
move it to the town. Candidates are built by hand (no gazetteer row is read)."""

from __future__ import annotations

from newsevents.geo.gazetteer import Candidate
from newsevents.geo.resolve import best_candidate

CAPITAL = Candidate(1, "Lutece", "PPLC", "city", "FRA", "Ile", 48.8, 2.3, 2_100_000)
TOWN = Candidate(2, "Lutece", "PPL", "city", "USA", "Texas", 33.6, -95.5, 25_000)
OTHER_TOWN = Candidate(3, "Lutece", "PPL", "city", "USA", "Maine", 44.0, -70.0, 9_000)
TEXAS = Candidate(4, "Texas", "ADM1", "admin1", "USA", "Texas", 31.0, -99.0, 28_000_000)


def test_a_state_named_in_passing_leaves_the_world_capital() -> None:
    chosen = best_candidate([CAPITAL, TOWN, OTHER_TOWN], {"USA": 1.0},
                            admin1_weights={("USA", "Nevada"): 1.0, ("USA", "Texas"): 0.5})
    assert chosen is CAPITAL


def test_the_storys_own_state_moves_the_name_to_its_town() -> None:
    chosen = best_candidate([CAPITAL, TOWN, OTHER_TOWN], {"USA": 1.0}, admin1_weights={("USA", "Texas"): 1.0})
    assert chosen is TOWN


def test_a_state_written_next_to_the_name_moves_it_to_the_town() -> None:
    chosen = best_candidate([CAPITAL, TOWN, OTHER_TOWN], {"USA": 1.0}, enclosing=TEXAS,
                            admin1_weights={("USA", "Nevada"): 1.0, ("USA", "Texas"): 0.5})
    assert chosen is TOWN


def test_namesakes_in_one_country_still_weigh_the_states_named() -> None:
    # no world capital among the candidates: a state's share picks between namesake towns as before
    chosen = best_candidate([TOWN, OTHER_TOWN], {"USA": 1.0}, admin1_weights={("USA", "Maine"): 0.5})
    assert chosen is OTHER_TOWN
