"""A sixth held-out set of phrasings of our own (issue 14, brief s11-phrase6), aimed at ACTOR coding:
``tests/data/phrasings_heldout6.tsv``.

100 sentences over the 16 PLOVER types (six each, seven for THREATEN, ACCUSE, COERCE, ASSAULT) in the
actor forms the earlier sets under-cover: capital-city metonymy ("Beijing accused Manila"), country
adjectives with role nouns ("Turkish troops", "a Kenyan court", "Iraqi Kurdish leaders"), named
leaders (Erdogan, Lula, Modi, Orban, Trump, Wang Yi, Kim Jong Un ...), bodies named after places ("the
Lagos state assembly", "Seattle police"), rebels, militants, NGOs and IGOs, ministries, passives,
nominal events ("the arrest of X by Y") and reported events; and 20 sentences with no event
(figures of speech, sport, business routine, fiction, forecasts). The file was written and committed
(d9c684d) before the code was run on it; no sentence is taken from a corpus. Published 2025-09-10.

First measured (code at main's 8e8cf7e, before any change, committed in 01e6db8) and final (this
branch); counted as in test_phrasings_heldout.py: a sentence counts when an event of its type is found,
its actor (recipient) right when one such event has the expected country among its actor's
(recipient's) codes; a no-event sentence is a false alarm when any event is coded from it.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 5 | 6 | 5 | 6 | 2 | 4 |
| CONSULT | 5 | 6 | 4 | 6 | 5 | 6 |
| SUPPORT | 6 | 6 | 6 | 6 | 6 | 6 |
| CONCEDE | 5 | 6 | 5 | 6 | 4 | 5 |
| COOPERATE | 1 | 6 | 1 | 6 | 1 | 6 |
| AID | 4 | 5 | 4 | 5 | 2 | 4 |
| RETREAT | 6 | 6 | 5 | 6 | 5 | 5 |
| REQUEST | 6 | 6 | 6 | 6 | 4 | 4 |
| ACCUSE (7) | 6 | 6 | 6 | 6 | 6 | 6 |
| REJECT | 6 | 6 | 6 | 6 | 5 | 5 |
| THREATEN (7) | 5 | 7 | 4 | 7 | 4 | 5 |
| PROTEST | 5 | 6 | 5 | 6 | 4 | 5 |
| SANCTION | 5 | 6 | 5 | 6 | 5 | 5 |
| MOBILIZE | 4 | 6 | 4 | 6 | 0 | 2 |
| COERCE (7) | 6 | 7 | 6 | 7 | 6 | 6 |
| ASSAULT (7) | 6 | 6 | 6 | 6 | 6 | 6 |
| all (100) | 81 (0.81) | 97 (0.97) | 78 (0.78) | 97 (0.97) | 65 (0.65) | 80 (0.80) |
| false alarms (of 20 no-event) | 1 | 0 | | | | |

First misses: five of six COOPERATE rows (a cartel boss "handed over", suspects "sent" to another
state, "shared information" by an "intelligence service" -- a role of two words whose head alone is
none, so no doer --, "joint inspections", a "joint investigation" coded ACCUSE), a ceasefire "was
agreed" (passive, its sides only in "between"), a president who "flew to Accra for a state visit"
(the dictionary's FLY (TO) row codes AGREE), a law "withdrawn", fertiliser "provided", teachers who
"walked out of classrooms", a ban on imports, troops "were sent" (passive, no doer), jets "put on
standby", opponents "stripped of their citizenship", a warning that forces "would respond with
force", "Ethiopia's threat to seize a port" (coded COERCE), Pakistan saying India "had backed the
militants" (coded SUPPORT by India), a field hospital opened by Doctors Without Borders (the
parser splits the name), and an abduction (the project codes kidnapping COERCE, as PLOVER-GSR does;
the label asks for ASSAULT). First actor errors beyond those: "North Korea's Kim Jong Un" coded KOR
(the possessive read word by word: "Korea"), "a delegation from the Lagos state assembly" with no
country, "Rwandan-backed rebels" coded RWA. First false alarm: a drama's plot ("the new season ...
opens with a Russian agent threatening a British minister").

Fixed only by general means, each tested on other sentences of our own in test_event_phrasings6.py,
never by a row keyed to a name here (see that module's docstring for the list). Still wrong in the
final figures: the three type misses in ``XFAIL``; recipients named by a possessive or an of-phrase
of the thing acted on ("imports of Japanese seafood", "an offer from the African Union"), by a
clause of time ("after Russian drones entered its airspace", "as Chinese warships massed"), by a
by-phrase inside the object ("any provocation by Armenia") or only by the story ("the government");
"pulled its advisers out of Baghdad" (an "out of" place is read as a thing left, by design). The
Walikale row's actor is right only because the spokesman who confirmed the withdrawal is taken for
its doer (the rebels, now no Rwandan force, have no code). From now on this file is a regression
set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2025-09-10"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout6.tsv"
ROWS = read_rows(PATH)

# Still missed at the end of brief s11, with the reason (kept visible, not deleted).
XFAIL: dict[str, str] = {
    "AID-5": "the parser splits 'Doctors Without Borders' (subject 'Doctors', 'Without Borders' a phrase), "
             "and opening a field hospital is no pattern of the lexicon",
    "ACCUSE-4": "a charge told as reported fact ('Pakistan said India had backed the militants') is coded "
                "as the backing itself (SUPPORT by India), not as Pakistan's accusation",
    "ASSAULT-4": "the project codes a kidnapping COERCE (detain), as PLOVER-GSR does (see test_phrasings_heldout.py "
                 "ASSAULT-6); the label, written first, asks for ASSAULT",
}


def test_the_held_out_file_has_its_counts_per_type_and_twenty_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 20 and len(kinds) == 120 and len(set(kinds) - {"-"}) == 16
    assert all(kinds.count(kind) == (7 if kind in {"THREATEN", "ACCUSE", "COERCE", "ASSAULT"} else 6)
               for kind in set(kinds) - {"-"})
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=97, recipients=80)
