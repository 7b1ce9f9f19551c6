"""A saved pipeline older than an actor table still loads, and says which table it lacks."""

import logging

from newsevents.actors import ActorDictionary


def test_a_missing_actor_table_is_named_in_a_warning_and_gives_no_facts(tmp_path, caplog):
    (tmp_path / "roles.tsv").write_text("role\tsectors\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="newsevents.actors"):
        actors = ActorDictionary(tmp_path)
        family = actors.family_names
    assert family == frozenset()
    assert any("family_names.tsv" in r.getMessage() for r in caplog.records)
