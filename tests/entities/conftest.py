"""Fixtures of the entity rule tests: the packaged actor dictionary and gazetteer, loaded afresh for each
test module (as each module did on its own before), for resolvers built on hand-made Docs."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def actors():
    from newsevents.actors import load_actor_dictionary

    return load_actor_dictionary()


@pytest.fixture(scope="module")
def gazetteer():
    from newsevents.geo.gazetteer import load_gazetteer

    return load_gazetteer()
