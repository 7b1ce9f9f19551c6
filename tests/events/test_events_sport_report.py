"""A sports report is no event data: its ordinary verbs tell play. Only violence with a weapon,
casualties or intent, and acts of governments, stay events (texts written for these tests)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsevents.components.events import SPORT_REPORT_DISTINCT, SPORT_REPORT_PER_100, sport_density
from newsevents.eventcoding.lexicon import load_cues

MATCH_REPORT = (
    "England beat Wales 3-1 in the league on Saturday to climb to third in the table. "
    "Striker Tom Hale scored twice before half-time and the goalkeeper saved a penalty. "
    "England attacked down the left all afternoon and Wales had no answer. "
    "The coach said the squad had met every challenge this season. "
    "The safety car was deployed twice in the race at Monza, and Ferrari signed a new deal with Italy."
)


def _events(extract, text: str) -> list[str]:
    return [e.event for e in extract(text, published="2024-03-02").events]


def test_sport_density_counts_distinct_sport_words_per_100_words() -> None:
    words = ["The", "striker", "scored", "a", "goal", "and", "the", "striker", "thanked", "the",
             "coach", "and", "the", "government", "."]
    lemmas = ["the", "striker", "score", "a", "goal", "and", "the", "striker", "thank", "the",
              "coach", "and", "the", "government", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    distinct, per_100 = sport_density(doc, load_cues())
    assert distinct == 3  # striker, goal, coach
    assert per_100 == round(100 * 4 / 14, 2)  # four sport words among 14 words (the full stop is none)


def test_a_match_report_codes_no_events(extract) -> None:
    # "attacked down the left", "the safety car was deployed", "signed a new deal": play
    assert _events(extract, MATCH_REPORT) == []


def test_a_political_story_that_mentions_a_match_keeps_its_events(extract) -> None:
    text = ("The Prime Minister met the French President in Paris on Monday to discuss the trade dispute. "
            "The two leaders agreed to cut tariffs on steel. "
            "Later they watched a football match at the national stadium. "
            "Opposition leaders accused the government of giving away too much.")
    assert {"CONSULT", "AGREE", "ACCUSE"} <= set(_events(extract, text))


def test_violence_at_a_stadium_stays_an_attack_in_a_sports_report(extract) -> None:
    text = MATCH_REPORT + (" Police fired tear gas at fans outside the stadium after the final whistle, injuring"
                           " 12 people. Russian fans attacked English supporters with knives near the ground.")
    assert _events(extract, text) == ["ASSAULT", "ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "Hooligans clashed with Russian police outside the stadium, and 20 people were injured.",  # casualties
    "Militants attacked a police station near the stadium.",  # an intent word
])
def test_violence_with_casualties_or_intent_stays_an_attack_in_a_sports_report(extract, sentence: str) -> None:
    assert _events(extract, MATCH_REPORT + " " + sentence) == ["ASSAULT"]


def test_a_government_act_on_a_sport_body_stays_an_event_in_a_sports_report(extract) -> None:
    text = ("The Kenyan government banned the national athletics federation on Tuesday after a doping scandal. "
            "The coach and several athletes missed the championship, and the marathon squad was withdrawn. "
            "Olympic medal winners and the sprinter John Otieno said the season was over. "
            "Ferrari signed a new deal with Italy before the race.")
    assert _events(extract, text) == ["COERCE"]


def test_police_arresting_fans_stays_an_event_in_a_sports_report(extract) -> None:
    text = MATCH_REPORT + " After the match, police arrested thirty fans in the town centre."
    assert _events(extract, text) == ["COERCE"]


# One short report of our own per sport whose terms of the game are the sport_report /
# sport_noun rows: each is a sports report only with them.
SPORT_REPORTS = {
    "rugby": ("Scotland scored a late try in Dublin. The fly-half added the conversion from the touchline, "
              "and the flanker was sent to the sin-bin after a knock-on. The lock won every line-out "
              "and the prop held firm at the ruck."),
    "cricket": ("The spinner took two wickets before lunch and the seamer had the opener lbw. The "
                "wicketkeeper held a sharp catch, and the all-rounder survived until stumps while the "
                "umpire checked the bowling."),
    "tennis": ("The top seed won the tie-break with a fine forehand and a backhand down the line. Her "
               "serve broke down at deuce, but a second tie-break went her way."),
    "golf": ("The golfer made a birdie at the first and a bogey at the second. His tee shot found the "
             "fairway, the putt dropped and his caddie handed him the putter again."),
    "athletics": ("The hurdler won the steeplechase heat and the relay team set a record. The javelin, "
                  "discus and pole-vault titles went to the decathlon and heptathlon stars."),
    "motor racing": ("The leader made a late pit-stop and lost time at the chicane. A second pit-stop "
                     "cost the motorsport champion his place on the final lap."),
}


@pytest.mark.parametrize("sport", sorted(SPORT_REPORTS))
def test_a_short_report_of_each_sport_is_a_sports_report(pipeline, sport: str) -> None:
    doc = pipeline.nlp(SPORT_REPORTS[sport])
    distinct, per_100 = sport_density(doc, load_cues())
    assert distinct >= SPORT_REPORT_DISTINCT and per_100 >= SPORT_REPORT_PER_100


def test_hyphenated_sport_words_count_whole_and_noun_only_words_only_as_nouns() -> None:
    # "fly-half" as the tokenizer splits it (fly, -, half) is one sport word; "try" counts as the
    # noun ("a try"), not as the verb ("try to")
    words = ["The", "fly", "-", "half", "scored", "a", "try", "and", "will", "try", "to", "lock", "it"]
    spaces = [True, False, False, True, True, True, True, True, True, True, True, True, False]
    pos = ["DET", "NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "AUX", "VERB", "PART", "VERB", "PRON"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, lemmas=[w.lower() for w in words])
    distinct, per_100 = sport_density(doc, load_cues())
    assert distinct == 2  # fly-half, try (the noun)
    assert per_100 == round(100 * 2 / 12, 2)  # two sport words among 12 words (the hyphen is none)


def test_a_rugby_match_report_codes_no_events(extract) -> None:
    # "regained control with a try", "threatened further scores", "hit the upright": play
    text = ("Ireland regained control with a second try after the break, and the fly-half added the "
            "conversion. France twice threatened further scores, but their scrum-half hit the upright "
            "with a penalty. The flanker was sent to the sin-bin and the lock stole a line-out.")
    assert _events(extract, text) == []


# A force verb told with a complement of play ("shot wide", "hit the woodwork") is no violence,
# in a match report or in any sentence that tells the game; force on a person who does not play
# stays an attack.

def test_the_play_complement_of_a_force_verb_is_found_through_its_prepositions(build_doc) -> None:
    from newsevents.components.events import _play_complement

    # "Novak shot wide of the post": the adverb's of-phrase names the post
    doc = build_doc("Novak shot wide of the post", heads=[1, 1, 1, 2, 5, 3],
                    deps=["nsubj", "ROOT", "advmod", "prep", "det", "pobj"],
                    pos=["PROPN", "VERB", "ADV", "ADP", "DET", "NOUN"],
                    lemmas=["novak", "shoot", "wide", "of", "the", "post"])
    assert _play_complement(doc[1], load_cues()).text == "wide"
    # "Rooney fired in a shot at goal": the prepositional object's own at-phrase
    doc = build_doc("Rooney fired in a shot at goal", heads=[1, 1, 1, 4, 2, 4, 5],
                    deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
                    pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN"],
                    lemmas=["rooney", "fire", "in", "a", "shot", "at", "goal"])
    assert _play_complement(doc[1], load_cues()).text == "shot"  # "a shot" is itself play
    # "Rebels attacked the town": no play
    doc = build_doc("Rebels attacked the town", heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
                    pos=["NOUN", "VERB", "DET", "NOUN"], lemmas=["rebel", "attack", "the", "town"])
    assert _play_complement(doc[1], load_cues()) is None


@pytest.mark.parametrize("sentence", [
    "Milan Novak shot wide of the post in the second half of the final.",  # no match report around it
    "Kowal saved at his feet, while Novak shot wildly at the other end to ensure extra time.",
])
def test_a_shot_at_goal_is_no_attack(extract, sentence: str) -> None:
    assert _events(extract, sentence if "post" in sentence else MATCH_REPORT + " " + sentence) == []


@pytest.mark.parametrize("sentence", [
    "Rebels attacked an army post near the border.",  # "post" alone tells no game
    "Gunmen shot wide of the target and killed a man in the market.",  # a killing
])
def test_force_without_a_game_stays_an_attack(extract, sentence: str) -> None:
    assert _events(extract, sentence) == ["ASSAULT"]


def test_force_on_people_who_do_not_play_stays_an_attack_at_a_game(extract) -> None:
    # the shot falls on a fan, the attack on police: violence, though the sentence tells a match
    assert _events(extract, MATCH_REPORT + " After the match police shot a fan outside the stadium.") == ["ASSAULT"]
    assert _events(extract, "Supporters attacked police outside the stadium after the league game.") == ["ASSAULT"]
    # people who do not play as the doers: the supporters attacked the bus
    assert _events(extract, MATCH_REPORT + " Angry supporters attacked the team bus outside the ground.") == ["ASSAULT"]
