"""Held-out sets of brief s20-wire18, written and committed (35367e4) before the code was run on them; sentences of our
own in the style of 1990s news wire, none from a corpus or an audit:

* ``tests/data/phrasings_heldout30.tsv``: 29 sentences, 19 that code no event (stances and vows, supposed,
  counterfactual and wished acts, no act between parties, another sense) and 10 events, four classes;
* ``tests/data/actors_heldout9.tsv``: 26 rows (the doer is the acting party, not another the sentence names; a
  person's country; named targets of warnings, requests, bids, condemnations, treaties, suspects; UN staff; negatives),
  scored by tests/actors_heldout2.py.

| figure | phrasings: false alarms of 19 / type of 10 / actor / recipient | actors: actor right / wrong; recipient right |
| --- | --- | --- |
| first (35367e4: main 08f8c1b and the sets) | 9 / 8 / 8 / 8 | 10 / 1; 9 of 14 (2 N rows right with no party) |
| final (this branch) | 3 / 9 / 9 / 9 | 11 / 0; 9 of 14 (2 N rows right with no party) |

The rules (eventcoding/no_act.py, tests/events/test_no_act.py) were written from the eighteenth and nineteenth
news-wire audits' classes and tested on other sentences of our own; these sets' failures were read while the rules
were written, so both are regression sets from now on. Still missed: a warning whose clause names no force ("warned
Israel that it would not tolerate more raids": a row for it preempted other warned-clause threats, withdrawn), a bid
for a firm named in an apposition, a suspect named (now ACCUSE on "a Saudi businessman", the row's key the name).
"""

from __future__ import annotations

from pathlib import Path

from actors_heldout2 import read_rows as read_actor_rows
from actors_heldout2 import score
from heldout import phrasing_tests, read_rows

PUBLISHED = "1998-03-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout30.tsv"
ROWS = read_rows(PATH)
ACTOR_ROWS = read_actor_rows(Path(__file__).parents[1] / "data" / "actors_heldout9.tsv")

XFAIL: dict[str, str] = {
    "NONE-3": "'stands firmly behind the Palestinian demand': the demand noun is coded REQUEST by its owner; a "
              "stance of support for it is no act",
    "NONE-4": "'Sanctions could force Iraq to withdraw': a supposed retreat (a thing's effect under 'could') is "
              "still coded hypothetical RETREAT",
    "NONE-8": "'Most Americans would probably back air strikes, the poll suggested': an opinion polled, still "
              "hypothetical SUPPORT",
    "SUPPORT-1": "'sent warships to defend Kuwait': coded MOBILIZE on Kuwait (the dispatch), not the support",
}


def test_the_sets_are_as_described() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert len(ROWS) == 29 and kinds.count("-") == 19
    assert len(ACTOR_ROWS) == 26 and {r.cls for r in ACTOR_ROWS} == {"O", "K", "R", "U", "N"}


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=9, recipients=9)


def test_actors_heldout9_figures_do_not_fall(extract) -> None:
    counts = score(extract, ACTOR_ROWS)
    actor, recipient = counts["actor country"], counts["recipient country"]
    assert actor["right"] >= 11 and actor.get("wrong", 0) == 0, dict(actor)
    assert recipient["right"] >= 9 and recipient.get("wrong", 0) == 0, dict(recipient)
