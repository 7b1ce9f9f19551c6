"""A seventh held-out set of phrasings of our own (issue 14, brief s12-phrase7), styled as ACLED/GDELT
wire sources: ``tests/data/phrasings_heldout7.tsv``.

100 sentences over the 16 PLOVER types (six each, seven for ACCUSE, PROTEST, COERCE, ASSAULT) in the
actor forms the six earlier sets under-cover: unnamed forces ("gunmen", "security forces", "suspected
militants", "a mob"), local bodies ("the district commissioner of Turkana", "the provincial governor of
Balochistan"), titled people of many countries, organisations by acronym (ECOWAS, SADC, OSCE, IAEA, WFP,
RSF), nominal events ("the signing of a ceasefire between X and Y", "clashes between X and Y"), reported
speech ("X said Y had ..."), negation and plans; and 20 sentences with no event (disaster deaths with no
attacker, sport, business routine, figures of speech). The file was written and committed (bad875d)
before the code was run on it; no sentence is taken from a corpus. Published 2025-11-12.

First measured (code at main's 55ed5ef, before any change, committed in 2b2182d) and final (this
branch); counted as in test_phrasings_heldout.py: a sentence counts when an event of its type is found, its
actor (recipient) right when one such event has the expected country among its actor's (recipient's)
codes; a no-event sentence is a false alarm when any event is coded from it.

| type | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| AGREE | 5 | 6 | 5 | 6 | 4 | 6 |
| CONSULT | 4 | 6 | 3 | 5 | 2 | 4 |
| SUPPORT | 6 | 6 | 6 | 6 | 6 | 6 |
| CONCEDE | 3 | 5 | 3 | 5 | 2 | 4 |
| COOPERATE | 5 | 6 | 5 | 6 | 4 | 5 |
| AID | 3 | 3 | 2 | 2 | 2 | 2 |
| RETREAT | 2 | 4 | 2 | 3 | 2 | 3 |
| REQUEST | 6 | 6 | 6 | 6 | 6 | 6 |
| ACCUSE (7) | 5 | 6 | 5 | 6 | 5 | 6 |
| REJECT | 4 | 6 | 4 | 6 | 4 | 6 |
| THREATEN | 4 | 6 | 4 | 6 | 2 | 5 |
| PROTEST (7) | 5 | 6 | 5 | 6 | 3 | 4 |
| SANCTION | 5 | 6 | 5 | 6 | 5 | 6 |
| MOBILIZE | 4 | 6 | 3 | 6 | 4 | 6 |
| COERCE (7) | 5 | 7 | 5 | 7 | 5 | 6 |
| ASSAULT (7) | 7 | 7 | 4 | 5 | 6 | 6 |
| all (100) | 73 (0.73) | 92 (0.92) | 67 (0.67) | 87 (0.87) | 62 (0.62) | 81 (0.81) |
| false alarms (of 20 no-event) | 1 | 1 | | | | |

First misses (27 of type): a body's acronym the model took for a plural noun ("ECOWAS and the
military government of Niger agreed": ECOWAS lost), the signing of a ceasefire "between" two sides under
"welcomed" (read only as the welcome's theme), "hosted a jirga", "spoke by telephone with" (the parser
hangs "with" under "telephone"), "dropped a plan to tax", "allowed the opposition party to resume",
"exchanged evidence", militants who "fled the village", "the evacuation of Indian nationals ... was
completed", "censured Iran" by "the IAEA's board of governors" (a board no actor), "did not allow UN
investigators" (a negated allow stayed CONCEDE), "would not accept deportation flights", "barricaded
roads", "froze development funding", "troops massed", "ordered police reinforcements" and "ordered a
curfew" (both the content of a REQUEST), "the deportation of 120 Afghan refugees by Iran", "vowed to
resume attacks" (AGREE), "warned protesters that his troops would act", and the misses still in
``XFAIL``. First actor errors beyond those: unnamed "security forces" with no country (Nairobi,
Douala); "the UN mission" no actor. First false alarm: a firm that "agreed to sell its unit".

Fixed only by general means, each tested on other sentences of our own in test_event_phrasings7.py
(see its docstring), never by a row keyed to a name here. Still wrong in the final figures: the type
misses in ``XFAIL`` -- three of them (AID-2, AID-5, RETREAT-5) and the planned release (CONCEDE-5) ask
for the material act where the project's PLOVER practice codes a promise for later AGREE, so the label
and the convention disagree. Actor: "gunmen" and "suspected militants/jihadists" take the country of
the story's places (the project gives armed groups with no country the story's, ``_at_home``; the
label, written first, asks for none: 3 rows); plural "governors" and an office "of Kasese" (tagged
NORP) get none. Recipient: "Congo" is COG in the tables while the sentence names Kinshasa; private
people ("families", "farmers", "students freed") get no country; "extradited two suspects wanted for
fraud to the UAE" (the parser hangs "to" under "wanted"); an evacuation's "from Tehran" under the
people moved; a protest's target named by a possessive ("the president's resignation"). From now on
this file is a regression set, not a measure.
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2025-11-12"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout7.tsv"
ROWS = read_rows(PATH)

# Still missed (the first misses fixed since are listed in the docstring), with the reason.
XFAIL: dict[str, str] = {
    "CONCEDE-5": "'are expected to release the jailed opposition figure': the subject of a raising passive "
                 "('are expected to') is not read as the doer; and material cooperation promised for later is "
                 "AGREE in the project's PLOVER practice (docs/events.md, modality), not the CONCEDE the label asks",
    "AID-2": "a pledge of money for later is AGREE in the project's PLOVER practice (material cooperation "
             "promised: docs/events.md, modality); the label, written first, asks for AID",
    "AID-3": "'aid convoys organised by the Jordanian army reached northern Gaza': a convoy's arrival is no "
             "pattern of the lexicon, and its doer is the by-agent of a participle of no deciding verb",
    "AID-5": "'will provide 50 million euros in humanitarian assistance' is AGREE in the project's PLOVER "
             "practice (material cooperation promised for later); the label asks for AID",
    "RETREAT-4": "'withdrew from the road blockades after talks with coca growers': the lexicon's pobj "
                 "condition reads any preposition's object, so 'after talks' meets 'withdraw from talks' (SANCTION)",
    "RETREAT-5": "'will pull 700 troops out of Syria' is AGREE in the project's PLOVER practice (a withdrawal "
                 "promised for later: 'Israel will evacuate'); the label asks for RETREAT",
    "ACCUSE-2": "a charge told as reported fact ('rights groups said security forces had shot dead ...') is "
                "coded as the shooting itself (ASSAULT), not as the groups' accusation (as set 6's ACCUSE-4)",
    "PROTEST-5": "'clashes between students and riot police' is an ASSAULT noun with no doer (students are "
                 "no protester cue), dropped: the project codes a riot only for rioters and protesters",
    "NONE-13": "a firm that 'agreed to sell its unit to a local buyer' is coded AGREE, the unit sold read "
               "as its counterpart (business deals are AGREE; a sale to no named buyer is not)",
}


def test_the_held_out_file_has_its_counts_per_type_and_twenty_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 20 and len(kinds) == 120 and len(set(kinds) - {"-"}) == 16
    assert all(kinds.count(kind) == (7 if kind in {"ACCUSE", "PROTEST", "COERCE", "ASSAULT"} else 6)
               for kind in set(kinds) - {"-"})
    assert len({text for *_, text in ROWS}) == len(ROWS)


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=87, recipients=81)
