"""A sixteenth held-out set of phrasings of our own (issue 14, brief s15-campaign; written as the fourteenth,
renamed at merge: the seventh audit's set took that number), styled as US campaign
news: ``tests/data/phrasings_heldout16.tsv``.

50 sentences: 25 that code one event -- campaign acts between parties (endorsements and praise of a
candidate, SUPPORT; accusations, a condemnation, a complaint to a regulator and a lawsuit, ACCUSE; a debate
challenge and a recount asked, REQUEST; a request turned down and a criticism rejected, REJECT; a
regulator's fine, arrests and a charge, COERCE; a punch at a rally, ASSAULT; sanctions, expulsions and a
suspension, SANCTION; a meeting, CONSULT; an apology, CONCEDE; a deal between campaigns, AGREE) -- and 25
that code none (primaries won or lost, a battle or fight for the nomination or for delegates, polls,
fundraising, a speech, ads aimed at voters, what a candidate would do if elected, hitting the campaign
trail, firing up a crowd, slamming the door on a run, a debate's clash over issues, a policy endorsed,
going after a vote). The file was written and committed (0420a28) before the code was run on it; no
sentence is taken from a corpus, from set 9 or from the sixth US-news audit. Published 2016-04-02.

First measured (code at main's 1341bc6, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 25) | 15 | 19 |
| actor | 11 | 12 |
| recipient | 12 | 15 |
| false alarms (of 25 no-event) | 1 | 0 |

First misses: "threw her backing behind X", "announced its endorsement of X", "challenged X to a debate",
"fined the campaign $14,000" (the sum read as a bill and as a market figure), "punched a protester" (no
row), and five rows whose doer is a person or a campaign the tables give no country without an article's
context (Jeb Bush, Bernie Sanders, Ted Cruz, "the Sanders campaign", "the Clinton and Sanders campaigns").
The one false alarm: "Trump said he would bomb the oil fields held by the Islamic State if he is elected"
(THREATEN, hypothetical). Many of the 25 no-event rows pass because their words are no trigger or their
doer has no country in a lone sentence: the rules are tested on other sentences in test_campaign_talk.py.

Fixed only by general means, each tested on other sentences of our own with a negative
(test_campaign_talk.py): support thrown behind someone, an endorsement announced, a rival challenged to a
debate and a punch on a person are lexicon rows; a fine's sum is the penalty (``penalty_verb``); what one
would do if elected is a promise to voters (eventcoding/campaign.py). Still missed (``XFAIL``): the five
uncoded doers and "filed a complaint ... against a super PAC" (the Clinton campaign uncoded). From now on
this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-04-02"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout16.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "ACCUSE-3": "'The Clinton campaign filed a complaint ...': a candidate's campaign is coded by no table",
    "REQUEST-1": "'The Sanders campaign asked ...': a campaign uncoded (as ACCUSE-3)",
    "AGREE-0": "'The Clinton and Sanders campaigns agreed ...': campaigns uncoded",
}


def test_the_held_out_file_has_twenty_five_events_and_twenty_five_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 25 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=12, recipients=15)
