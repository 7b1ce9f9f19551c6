"""Actors held-out set 2 (issue 14, brief s17-actors17): ``tests/data/actors_heldout2.tsv``.

137 rows on 124 world-news wire passages of our own, each naming one party (actor or recipient) of an event
and the code an analyst wants for it; 10 where no country may be given (unnamed private people and bodies, an
ethnic group without a state). Batch 1 (classes A-G, 82 rows: capitals and seats, nationality adjectives,
titles with a country, international and non-state bodies, dated people, sectors, no country) was committed
(42f48c9) before the code was run on it; batch 2 (classes H-N, 55 rows: a named body's people, less common
capitals and seats, confusable nationality adjectives, dictionary rebel groups, ethnic groups in another
state, people in and out of office, a title alone after a foreign person) was written after batch 1's first
run found no wrong code, and committed (506b44f) before any run of its rows. Scored by
tests/actors_heldout2.py (``python tests/actors_heldout2.py`` prints every row).

| figure | actor right | wrong | missing | no party | recipient right | no party |
| --- | --- | --- | --- | --- | --- | --- |
| batch 1 first (42f48c9) | 60 | 0 | 0 | 6 | 15 | 1 |
| batch 2 first (506b44f) | 44 | 3 | 0 | 6 | 2 | 0 |
| final, both (this branch) | 107 | 0 | 0 | 12 | 17 | 1 |

Actor sector, judged on 74 rows: 73 right first (a Red Cross official coded GOV), 74 at the end.
First wrong (batch 2): ``Brussels`` acting coded BEL (the EU), ``Ethnic Albanians in Macedonia`` coded
ALB, ``US-backed fighters`` coded USA. Rules written from these classes (tests/actors/test_actor_codes_world_wire.py,
sentences of our own and probes of our own wire sentences), the file re-run after each change; its failures
were read and fixed, so from now on it is a regression set, not a measure. No row
is wrong at the end (``US-backed fighters`` take no code: the sponsor named alone no longer makes the
story's country either). No party: events the event stage does
not find (``revoked the special status``, ``warned that time was running out``, ``annulled the election``,
``voted to impeach``, ``passed a law``, ``launched air strikes``, ...) and one gold slip: the
Lashkar-e-Taiba row names as actor the party accused (it is the recipient, coded PAK REB).
"""

from __future__ import annotations

from actors_heldout2 import read_rows, score

ROWS = read_rows()


def test_the_held_out_file_has_137_rows_and_10_without_a_code() -> None:
    assert len(ROWS) == 137 and sum(row.country.split("|")[0] == "-" for row in ROWS) == 10
    assert len({(row.text, row.role, row.key) for row in ROWS}) == len(ROWS)


def test_held_out_actor_and_recipient_codes(extract) -> None:
    counts = score(extract, ROWS)
    actor, recipient = counts["actor country"], counts["recipient country"]
    # the final figures of the table above: right is a floor, wrong a ceiling. 106, not 107, since events30
    # (session 27): a denial that something is so ("denied that its jets had bombed ...") is no REJECT, so one
    # class-C row's spokesman is no longer a party of any event (the denied act keeps its own doer)
    assert actor["right"] >= 106 and actor["wrong"] == 0, dict(actor)
    assert recipient["right"] >= 17 and recipient["wrong"] == 0, dict(recipient)
    assert counts["actor sector"]["wrong"] == 0, dict(counts["actor sector"])
