"""speed21: the word-list holders of hundreds of fields take their fields through
``tables.fill_fields`` (not an ``__init__`` that ``@dataclass`` compiles at every import): the same
constructor as before."""

from __future__ import annotations

import dataclasses

import pytest

from newsevents.actors import ActorWords, load_actor_dictionary
from newsevents.eventcoding.lexicon import Cues


def test_cues_take_given_fields_and_fresh_defaults() -> None:
    cues = Cues(negation={"not"})
    assert cues.negation == {"not"} and cues.future == set() and cues.weapon == {}
    other = Cues()
    other.future.add("will")
    assert Cues().future == set()  # a default is made for each instance, never shared
    assert Cues() == Cues() and Cues(negation={"not"}) != Cues()


def test_cues_refuse_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="unexpected"):
        Cues(negations={"not"})


def test_actor_words_need_their_required_fields_and_stay_frozen() -> None:
    words = load_actor_dictionary().words
    with pytest.raises(dataclasses.FrozenInstanceError):
        words.honorific = {}  # type: ignore[misc]
    given = {f.name: getattr(words, f.name) for f in dataclasses.fields(words)}
    assert ActorWords(**given) == words
    del given["honorific"]
    with pytest.raises(TypeError, match="honorific"):
        ActorWords(**given)
