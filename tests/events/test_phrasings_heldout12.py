"""A twelfth held-out set of phrasings of our own (issue 14, brief s14-stances), styled as news of
stances and campaign talk: ``tests/data/phrasings_heldout12.tsv``.

50 sentences: 21 that code one event (refusals and rejections of a request, demand, offer, plan,
proposal, invitation or appeal put by another party; endorsements; agreements; welcoming another
party's decision, SUPPORT, or a visiting delegation, CONSULT as hosting a visit; one endorsement not
given, 'has not endorsed', SUPPORT negated by the spec's modality values) and 29 that code none (past,
present and future stances on a policy; denials of accusations, claims and criticism; vows of one's own
future policy; stance nouns; support for a named law; opinions with 'must be'; a passive nominal
rejection; welcoming a thing or a figure), the kinds of the fifth US-news audit's campaign-talk class.
The file was written and committed before the code was run on it; no sentence is taken from a corpus
or from the audit. Published 2016-09-20.

First measured (code at main's 22fe05a, before any change) and final (this branch); counted as in
test_phrasings_heldout.py.

| | first | final |
| --- | --- | --- |
| type (of 21) | 19 | 20 |
| actor | 19 | 19 |
| recipient | 14 | 15 |
| false alarms (of 29 no-event) | 16 | 2 |

First misses: 'has not endorsed' coded REJECT asserted (an endorsement not given); 'welcomed a visiting
Japanese delegation' SUPPORT (hosting a visit is CONSULT). First false alarms: past and future stances
on a policy ('opposed a rise in the federal gas tax', 'opposed an expansion of offshore drilling', 'will
oppose any increase'), denials ('rejected accusations / claims / criticism / suggestions that ...'), vows
('has vowed to build a wall', 'pledged to raise the minimum wage'), 'the union's opposition to the
pension plan', 'supports the Affordable Care Act', 'insists the party must be a home', 'hurt by his
rejection in the race', 'welcomes scrutiny', 'welcomed the chance', and 'her critics complained' after
'welcomed the refugees with open arms' (ACCUSE critics -> the chancellor: the attribution verb is itself
a complaint about her, arguably an event; the row was written for the welcome, which is not coded).

Fixed by general rules tested on other sentences of our own (tests/events/test_stances_campaign_talk.py), after reading this
set's failures (so from now on it is a regression set, not a measure): a stance verb at any tense on a
policy in general by no state; a person answering what is said of him ("rejected claims that ...");
a vow of one's own policy by no state; a stance noun described (subject or predicate of its clause); a
stance verb in the present on an enacted law; a REQUEST told by a copula with a predicate ("must be a
home"); a rejection that is the cause of a feeling of the one it names; an endorsement not given in the
perfect is SUPPORT negated; things welcomed (scrutiny, a chance, a debate) are stop rows of the lexicon.
Left: 'welcomed a visiting delegation' (a lexicon row with the object consumed loses the recipient, so
no CONSULT row was added; session 15, brief s15-recips, added one that keeps the recipient: CONSULT now);
'criticism from fellow Republicans' is an ACCUSE of its own (arguably right);
'her critics complained' (as above).
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2016-09-20"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout12.tsv"
ROWS = read_rows(PATH)

XFAIL: dict[str, str] = {
    "NONE-7": "the REJECT is gone; 'criticism from fellow Republicans' is an ACCUSE of its own (Republicans -> the "
              "candidate), arguably an event",
    "NONE-26": "'her critics complained' is ACCUSE critics -> the chancellor (arguably an event: the attribution "
               "verb is a complaint about her; the row was written for the welcome, which is not coded)",
}


def test_the_held_out_file_has_twenty_one_events_and_twenty_nine_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 29 and len(kinds) == 50
    assert len({text for *_, text in ROWS}) == len(ROWS)


test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=19, recipients=15)


def test_an_endorsement_not_given_is_support_negated(extract) -> None:
    text = next(t for kind, _a, _r, t in ROWS if kind == "SUPPORT" and " has not " in t)
    events = extract(text, published=PUBLISHED).events
    assert [(e.event, e.modality) for e in events] == [("SUPPORT", "negated")]
