"""The entity resolver is built of rule mixins (components/entities*.py); a method or table of one mixin
that another defines under the same name is silently replaced through the method resolution order (a
new rule named like an old one ran in both places and lost the old one's finds). No two mixins of
``EntityResolver`` define one name."""

from __future__ import annotations

import collections

from newsevents.components.entities import EntityResolver


def test_no_two_rule_mixins_define_one_name() -> None:
    owners: dict[str, list[str]] = collections.defaultdict(list)
    for cls in EntityResolver.__mro__[1:]:
        if cls is object:
            continue
        for name in vars(cls):
            if not name.startswith("__"):
                owners[name].append(cls.__name__)
    assert {name: classes for name, classes in owners.items() if len(classes) > 1} == {}
