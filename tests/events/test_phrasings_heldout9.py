"""A ninth held-out set of phrasings of our own (issue 14, brief s13-campaign), styled as US/UK
campaign news: ``tests/data/phrasings_heldout9.tsv``.

50 sentences: 25 that code one event -- campaign verbs used as real acts between parties (a party
pledging support to a candidate, SUPPORT; a committee or donor refusing to fund, REJECT; a firm pulling
out of an agreement with a party, SANCTION; persuading or urging a body to act, REQUEST; suspending aid or
a membership, SANCTION) -- and 25 that code none (stances on policies with no party, persuading voters,
suspending or ending one's own campaign, name recognition, rallying supporters, deaths in headlines).
The file was written and committed (6380f25) before the code was run on it; no sentence is taken from a
corpus or from the third US-news audit. Published 2016-05-10.

First measured (code at main's 2b7e003, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 25) | 16 | 20 |
| actor | 13 | 17 |
| recipient | 11 | 14 |
| false alarms (of 25 no-event) | 6 | 0 |

First misses: "pledged its/his support to X" (AGREE), "told X that it will not provide", "turned down
an invitation from X", "pulled out of a sponsorship agreement with X" (RETREAT), "urged X to hold",
"tried to persuade X to change", "called on X to allow", "X and Y agreed to split the primaries". First
false alarms: persuading voters to support a campaign (SUPPORT), a candidate rallying his supporters
(PROTEST), a headline "Senator Helped Her Family" (AID), voters who "support a ban" (SUPPORT), a
leader who "opposes a third runway" (REJECT), a candidate who "withdrew from the leadership race"
(RETREAT). Recipient: "then-Fed Chair Ben S. Bernanke" cut at the initial.

Fixed only by general means, each tested on other sentences of our own (test_campaign_acts.py,
test_middle_initials.py): support pledged to someone is SUPPORT; rallying someone is no PROTEST;
pulling out of an agreement with a party is SANCTION on it; leaving a race is no event; a stance verb in
the simple present on a policy in general is no event; persuade/convince wish the act of another; a
refusal to provide is REJECT; a suicide is no attack; help to one's family is private life; a middle
initial ends no sentence. Still missed (``XFAIL``): four of the five are actors the tables give no
country without an article's context (Bernie Sanders, Ted Cruz, John Kasich, Nicola Sturgeon: a
person with no code is a private person, and talk between private people is dropped); "turned down an
invitation from CNN" is kept only between political actors (the row's ``party:political``). Recipient
misses beyond those: "told X that it will not provide" (the one told is not the refusal's recipient),
protests "outside a Chicago arena" or "on the Conservative Party conference" (no target), "the
Democratic National Committee" and "the NAACP" uncoded. From now on this file is a regression set, not
a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-05-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout9.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "REQUEST-1": "'Ted Cruz tried to persuade ...': 'persuade' is no REQUEST trigger of the lexicon (Cruz is "
                 "coded since s16-dev11e's leaders.tsv rows)",
    "REQUEST-3": "'Nicola Sturgeon called on ...': Sturgeon uncoded in the tables",
}


def test_the_held_out_file_has_twenty_five_events_and_twenty_five_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 25 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=17, recipients=14)
