"""Time rules of eventcoding/situate.py on hand-built parses."""

from __future__ import annotations

from newsevents.eventcoding.lexicon import Cues, load_cues
from newsevents.eventcoding.situate import _dates_another_noun


def test_a_clause_of_time_dates_its_main_clause(build_doc):
    # "When rebels attacked in 1979, the mayor resigned": 1979 dates the resignation too
    doc = build_doc("When rebels attacked in 1979 , the mayor resigned",
                    heads=[2, 2, 8, 2, 3, 8, 7, 8, 8],
                    deps=["advmod", "nsubj", "advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT"],
                    pos=["SCONJ", "NOUN", "VERB", "ADP", "NUM", "PUNCT", "DET", "NOUN", "VERB"])
    assert not _dates_another_noun(doc[4], doc[8], load_cues())
    # without "when" among the time marks it is a side clause with a doer of its own
    assert _dates_another_noun(doc[4], doc[8], Cues())
    assert not _dates_another_noun(doc[4], doc[8], Cues(time_mark={"when"}))
