"""A twenty-first held-out set of phrasings of our own (issue 14, brief s17-syn17): events the lexicon knows as a
plain 'X verb Y' clause, said in another sentence shape, ``tests/data/phrasings_heldout21.tsv``.

77 sentences in world-news wire style, 65 that code one event (all 16 PLOVER types) and 12 that code none, in
seven shapes (a ``# shape:`` line opens each group): passive (with and without agent, get-passive), nominal event
(subject or object of a light verb, or under after / following / amid / in response to), light and support verbs,
subordinate clauses (after-clause, participle, 'having met', relative clause, infinitive of purpose),
coordination (two actors, two recipients, two verbs, reciprocal), reported events, headline style. The file was
written and committed (755b70e) before the code was run on it; no sentence is taken from a corpus.
Published 2024-06-12.

First measured (main's c00ed1a, before any change) and final (this branch), counted as in test_phrasings_heldout.py:

| shape (events) | type first | type final | actor first | actor final | recipient first | recipient final |
| --- | --- | --- | --- | --- | --- | --- |
| passive (11) | 10 | 11 | 10 | 11 | 9 | 11 |
| nominal (10) | 7 | 10 | 7 | 10 | 5 | 9 |
| light verb (11) | 11 | 11 | 11 | 11 | 11 | 11 |
| subordinate (9) | 7 | 9 | 4 | 6 | 5 | 7 |
| coordination (8) | 6 | 7 | 6 | 7 | 5 | 5 |
| reported (5) | 5 | 5 | 5 | 5 | 5 | 5 |
| headline (11) | 8 | 11 | 7 | 9 | 4 | 8 |
| all (65) | 54 (0.831) | 64 (0.985) | 50 (0.769) | 59 (0.908) | 44 (0.677) | 56 (0.862) |
| false alarms (of 12) | 1 | 0 | | | | |

First misses by cause: tons "of flour and medicine" (a coordinated of-object) delivered; "Russia's expulsion of
ten diplomats" (the possessor of a patient noun taken for the one expelled even with an of-patient); "the
deployment of Turkish troops ... alarmed" (the noun its own doer); "Japan's donation of $20 million to Pakistan"
(no noun row); "having met" (a perfect participle the parser makes a relative clause); "flew to Tehran to meet"
(the purpose taken as the content of the flight's AGREE); "met each other" (no row); headlines "Thousands march"
(the verb parsed as a noun), "French troops leave Niger", "Spain hands ETA suspect to France"; the false alarm
"issued a warning about rising food prices" (THREATEN). Fixed by eventcoding/shapes.py and the ``syn17`` rows of
event_lexicon.tsv and event_cues.tsv, each tested on other sentences of our own with negatives
(test_sentence_shapes.py). From now on this file is a regression set, not a measure.

Still wrong: the AID row below (the project codes a pledge of aid as AGREE, PLOVER's promise; the gold asked
for AID). Actor misses: unnamed gunmen in a Pakistani city and soldiers in Mandalay left uncoded (no country
for a group named only by the place), "the smugglers they detained at the port of Mombasa" (the parser tags
Mombasa a people, the police take the smugglers' nationality), "Rebels seize key town in eastern Congo" and
"the presidents of Rwanda and Congo" ('Congo' coded COG). Recipient misses: "India and Pakistan agreed to
reopen" (co-actors of an agreement, by the project's rule), the prisoners a headline frees, a protest
"against the new tax law", "Palestinian bid for UN membership" (UNO taken), "to ease tension with Armenia".
"""

from __future__ import annotations

from pathlib import Path

from heldout import phrasing_tests, read_rows

PUBLISHED = "2024-06-12"
PATH = Path(__file__).parents[1] / "data" / "phrasings_heldout21.tsv"
ROWS = read_rows(PATH)

# Still missed, with the reason.
XFAIL: dict[str, str] = {
    "AID-3": "'met Syrian leaders ... and pledged $500 million in reconstruction aid': a pledge is coded AGREE "
             "(PLOVER's promise, the lexicon's pledge row); the gold, written first, asked for AID",
}


def test_the_held_out_file_has_sixty_five_events_over_all_types_and_twelve_non_events() -> None:
    kinds = [kind for kind, *_ in ROWS]
    assert kinds.count("-") == 12 and len(kinds) == 77
    assert len(set(kinds) - {"-"}) == 16
    assert len({text for *_, text in ROWS}) == len(ROWS)


def test_each_sentence_shape_has_its_group() -> None:
    shapes = [line.split(":", 1)[1].strip() for line in PATH.open(encoding="utf-8") if line.startswith("# shape:")]
    assert shapes == ["passive", "nominal", "light verb", "subordinate", "coordination", "reported", "headline"]


# the final figures of the table above (a floor: a change that loses codes fails)
test_held_out_phrasing, test_held_out_actor_and_recipient_codes = phrasing_tests(
    PATH, XFAIL, actors=59, recipients=56)
