"""A spokesperson of a body named before the role (``an Acme spokesman``, ``a Hamas
spokeswoman``) is that body's own officer, with its codes, not a state's spokesperson (GOV, the
``roles.tsv`` default of the noun); a state's body keeps the state sector. And ``the club's
spokesperson`` is not the one ``a Delta spokesperson`` introduced (issue 15, session 12).
Hand-built Docs of sentences written for these tests (rows: word, tag, pos, head, dep, entity,
sentence start)."""

from __future__ import annotations


def _spokesman_of(owner: list[str], noun: str = "spokesman") -> list[tuple]:
    """"A OWNER... NOUN said prices rose ." (the owner's words compound, tagged ORG)"""
    n = len(owner)
    rows = [("A", "DT", "DET", n + 1, "det", "O", True)]
    for k, word in enumerate(owner):
        rows.append((word, "NNP", "PROPN", k + 2 if k + 1 < n else n + 1, "compound",
                     ("B-ORG" if k == 0 else "I-ORG"), False))
    rows += [(noun, "NN", "NOUN", n + 2, "nsubj", "O", False), ("said", "VBD", "VERB", n + 2, "ROOT", "O", False),
             ("prices", "NNS", "NOUN", n + 4, "nsubj", "O", False), ("rose", "VBD", "VERB", n + 2, "ccomp", "O", False),
             (".", ".", "PUNCT", n + 2, "punct", "O", False)]
    return rows


def _officer(found: dict, noun: str):
    return next(e for e in found.values() if e.type == "PERSON" and any(m.text.endswith(noun) for m in e.mentions))


def test_a_firms_spokesman_is_the_firms_officer(stage_entities) -> None:
    found = stage_entities(_spokesman_of(["Ryanair"]))  # a firm the actor dictionary codes BUS
    officer = _officer(found, "spokesman")
    assert "GOV" not in officer.sector, officer
    assert "BUS" in officer.sector, officer


def test_an_unknown_bodys_spokesperson_gets_no_state_sector(stage_entities) -> None:
    found = stage_entities(_spokesman_of(["Zorvex", "Logistics"], "spokesperson"))
    officer = _officer(found, "spokesperson")
    assert "GOV" not in officer.sector, officer


def test_a_state_bodys_spokesman_stays_the_states(stage_entities) -> None:
    found = stage_entities(_spokesman_of(["White", "House"]))  # organisations.tsv: USA GOV
    officer = _officer(found, "spokesman")
    assert "GOV" in officer.sector, officer


def test_the_clubs_spokesperson_is_not_the_one_introduced_before(stage_entities) -> None:
    # "A Zorvex spokesperson said prices rose . The club 's spokesperson left ."
    rows = _spokesman_of(["Zorvex"], "spokesperson") + [
        ("The", "DT", "DET", 8, "det", "O", True), ("club", "NN", "NOUN", 10, "poss", "O", False),
        ("'s", "POS", "PART", 8, "case", "O", False), ("spokesperson", "NN", "NOUN", 11, "nsubj", "O", False),
        ("left", "VBD", "VERB", 11, "ROOT", "O", False), (".", ".", "PUNCT", 11, "punct", "O", False)]
    found = stage_entities(rows)
    owners = [e for e in found.values() if e.type == "PERSON" and any(m.text.endswith("spokesperson") for m in e.mentions)]
    assert len(owners) == 2, {e.name: [m.text for m in e.mentions] for e in owners}
