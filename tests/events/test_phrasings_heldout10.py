"""A tenth held-out set of phrasings of our own (issue 14, brief s13-stances4), styled as US campaign
news: ``tests/data/phrasings_heldout10.tsv``.

30 sentences: 12 that code one event (verbal clashes including 'fired back at', endorsements, refusals,
a request, sanctions, a shooting) and 18 that code none (campaign stances, acts only wanted, supposed or
asked about, figures of a contest, another sense of a word, the idiom 'shooting oneself in the foot'),
the kinds of the fourth US-news audit's spurious events. The file was written and committed before the
code was run on it; no sentence is taken from a corpus or from the audit. Published 2016-06-14.

First measured (code at main's b570e65, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 12) | 11 | 12 |
| actor | 9 | 10 |
| recipient | 11 | 12 |
| false alarms (of 18 no-event) | 13 | 5 |

First misses: "Republican senators fired back at President Obama ... after his speech on gun control"
ASSAULT (the "gun" of "gun control" read as a weapon named, so the verbal retort was kept as force); the
NRA uncoded; "A gunman" given the story's country. First false alarms: voters "are rejecting" the senator
(REJECT), "his long opposition to the Iraq War" (REJECT), "defended the negotiations" and "the Iran deal"
(SUPPORT, AGREE), "who backed tougher sentencing laws" (SUPPORT), "should reject", "ought to condemn",
"hedged on whether he would endorse", "asked whether the president would veto" (hypothetical events),
"beating her rival in head-to-head matchups" (ASSAULT), "appeal to working-class voters" (REQUEST),
"shooting himself in the foot" (ACCUSE).

Fixed only by general means, each tested on other sentences of our own (test_stances_weapon_words.py): a weapon
word compounding a noun of policy ("gun control") names no weapon; force in or for a contest ground (polls, matchups, the lead) is a race; a stance verb in the present
whose doers are all the electorate is opinion; a stance noun on a war or a policy in general is a view; a
past stance in a "who" clause describes a person; "appeal" toward the electorate or "as" something is a
pull, not a plea; "shoot oneself in the foot" is an idiom. Left (``XFAIL``): acts under "should"/"ought to"
and in a "whether" clause are kept hypothetical, the spec's modality for the hoped-for and the possible
(README: hypothetical is "conditional, possible, hoped-for"; tests/events/test_events.py keeps "would not say
whether X backed the plan" hypothetical), which this set counts as a false alarm; "defended the negotiations" on "the
question of the Iran deal". From now on this file is a regression set, not a measure.

targets32 (session 28): NONE-8 ('asked whether the president would veto ...') now codes none, a question put
(eventcoding/descriptions.py ``question_put``); its XFAIL is removed.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-06-14"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout10.tsv"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "NONE-2": "'the secretary defended the negotiations' (a defence of one's own process, SUPPORT) and 'the Iran "
              "deal' (AGREE) are kept: no rule yet for either",
    "NONE-5": "'Beijing should reject ...': an act wished in another's opinion is kept hypothetical (the spec's "
              "modality for the hoped-for); this set counts any event as a false alarm",
    "NONE-7": "'hedged on whether he would endorse ...': hypothetical, the spec's modality for the possible "
              "(as test_events.py's 'would not say whether')",
    "NONE-9": "'The senator ought to condemn ...': hypothetical, as NONE-5",
}


def test_the_held_out_file_has_twelve_events_and_eighteen_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 18 and len(kinds) == 30
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=10, recipients=12)
