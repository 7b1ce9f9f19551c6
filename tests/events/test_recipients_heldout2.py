"""A second held-out set of recipient forms of our own (issue 14, brief s14-recips):
``tests/data/recipients_heldout2.tsv``.

50 passages (1-2 sentences, US/UK/world news style) in the recipient forms the fifth US-news audit
(docs/audit/2026-12-05-us-news-fifth.md) found wrong: the person of a coordination or of an apposition
after a modifier noun, the party an act undergone is told of when a later possessor is near, the asker
of a refusal named in the clause before, the maker of a thing acted on, the party after "from" of a
demand, a pronoun for a person named earlier in the sentence, the parties inside an "of"/"by" phrase of
an act noun, the place hit rather than the weapon, hyphenated "<Demonym>-American" persons; and ten
where "-" is right (only a thing named). The file was written and committed before the code was run on
it; no passage is taken from a corpus. Published 2025-03-10. Scored as set 1
(tests/events/test_recipients_heldout1.py: type found, actor right, recipient code and text in one event).

| measure (50 rows; 40 with a party as recipient) | first (22fe05a) | final (this branch) |
| --- | --- | --- |
| type found | 38 | 43 |
| actor right | 37 | 41 |
| recipient right (code and text) | 26 | 41 |

The first figure was taken before any rule of this branch (committed beside the file). The rules
that moved it (eventcoding/hidden_parties.py, the hyphenated descent word, a claim's "that") were
written from the fifth US-news audit's classes and tested on other sentences of our own
(tests/events/test_recipients_hidden_parties.py), but this set's failures were read while they were written, so from
now on it is a regression set, not a measure.

Still wrong (9 rows with the recipient wrong or no event): "attacked a longtime labor ally, Senator
X" with an actor "Mr. Dalton" no words describe (a private person: no event); "lashed out at" with no
recipient found; a surname read as a body ("Mills refused": actor uncoded); "seized on Boeing's
announcement" read as a seizure; "sought assurances from Washington" no REQUEST; "refused to reject
the endorsement of ..." a stop row (a negation, no event); "the arrest of its consul by Belarus's
security service" (the by-phrase hung on the verb); "when the bombs were detonated at Nairobi's
airport" no event; "removed Cuban-American journalist X from the news conference" no event; and one
'-' row given a party ("refused to release the police footage": the compound 'police').
"""

from __future__ import annotations

from pathlib import Path

from test_recipients_heldout1 import read_rows, row_result

PUBLISHED = "2025-03-10"
PATH = Path(__file__).parents[1] / "data" / "recipients_heldout2.tsv"
ROWS = read_rows(PATH)


def counts(events_of) -> tuple[int, int, int]:
    results = [row_result(events_of, row) for row in ROWS]
    return tuple(sum(r[i] for r in results) for i in range(3))  # type: ignore[return-value]


# first measured at main's 22fe05a before any change of this branch (type, actor, recipient of 50)
FIRST = (38, 37, 26)
# the floor this branch ends at (a change that loses one fails)
FINAL = (43, 41, 41)


def test_the_held_out_file_has_its_rows() -> None:
    assert len(ROWS) == 50 and sum(1 for row in ROWS if row[3] == "-") == 10
    assert len({row[4] for row in ROWS}) == len(ROWS)


def test_held_out_recipients(events_of) -> None:
    found = counts(events_of)
    print("recipients_heldout2", found)
    assert all(f >= floor for f, floor in zip(found, FINAL, strict=True)), found
