"""speed22: an entity cluster still listed is found by identity first, with the answer `in` gives. Own names."""

from __future__ import annotations

import pytest

from entity_lookup import word_resolver


@pytest.fixture(scope="module")
def resolver():
    return word_resolver("Acme Foods met Brindle Corp".split())


def test_a_listed_cluster_is_found_as_in_finds_it(resolver) -> None:
    from newsevents.components.entities_base import Cluster

    first, second, twin = Cluster("ORG", "Acme Foods", "org:a"), Cluster("ORG", "Brindle Corp", "org:b"), None
    resolver.clusters = [first, second]
    assert resolver._listed(first) and resolver._listed(second)
    # folded: gone from the list, so not listed
    resolver._fold(second, into=first)
    assert not resolver._listed(second) and resolver._listed(first)
    # a distinct cluster equal in every field is listed, as ``in`` (which compares fields) says
    twin = Cluster("ORG", "Acme Foods", "org:a", mentions=list(first.mentions), nouns=set(first.nouns),
                   sectors=list(first.sectors), country=first.country)
    assert twin == first and twin is not first
    assert resolver._listed(twin) == (twin in resolver.clusters) is True
    assert resolver._listed(Cluster("ORG", "Other", "org:c")) is False
