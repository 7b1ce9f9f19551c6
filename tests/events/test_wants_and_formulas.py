"""Wants, news-writing formulas and means named in general (issue 14, session 25, brief modality27; classes of the
twenty-fifth news-wire audit, docs/audit/2026-12-25-news-wire-twenty-fifth.md): a source's anonymity is no
REQUEST; a response something `must be met with` and what a suit seeks are wanted, not done; gerunds after `by`
offered as alternatives, and law-making as the means of an aim, tell no act. eventcoding/wants_formulas.py and the
the anonymity, called-response, filing and law-making rows of event_cues.tsv. Hand-built parses of sentences of our own with a negative each, then whole
sentences of our own."""

from __future__ import annotations

from newsevents.eventcoding import wants_formulas

PUBLISHED = "2012-05-14"


def _asked(build_doc, rest: str):
    # "The officer asked not to be named ." / "The officer asked the mayor to resign ."
    if rest == "anonymous":
        return build_doc("The officer asked not to be named .", heads=[1, 2, 2, 6, 6, 6, 2, 2],
                         deps=["det", "nsubj", "ROOT", "neg", "aux", "auxpass", "xcomp", "punct"],
                         pos=["DET", "NOUN", "VERB", "PART", "PART", "AUX", "VERB", "PUNCT"],
                         tags=["DT", "NN", "VBD", "RB", "TO", "VB", "VBN", "."],
                         lemmas=["the", "officer", "ask", "not", "to", "be", "name", "."])
    return build_doc("The officer asked the mayor to resign .", heads=[1, 2, 2, 4, 2, 6, 2, 2],
                     deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT"],
                     tags=["DT", "NN", "VBD", "DT", "NN", "TO", "VB", "."],
                     lemmas=["the", "officer", "ask", "the", "mayor", "to", "resign", "."])


def test_a_source_asking_not_to_be_named_is_no_request(build_doc, cues):
    assert wants_formulas.no_event(_asked(build_doc, "anonymous")[2], "REQUEST", cues)


def test_asking_someone_to_act_stays_a_request(build_doc, cues):
    assert not wants_formulas.no_event(_asked(build_doc, "resign")[2], "REQUEST", cues)


def test_requesting_anonymity_is_no_request(build_doc, cues):
    doc = build_doc("The aide requested anonymity .", heads=[1, 2, 2, 2, 2], deps=["det", "nsubj", "ROOT", "dobj", "punct"],
                    pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"], tags=["DT", "NN", "VBD", "NN", "."],
                    lemmas=["the", "aide", "request", "anonymity", "."])
    assert wants_formulas.anonymity_asked(doc[2], cues)


def _met_with(build_doc, modal: bool):
    # "Attacks must be met with a crackdown ." / "Attacks were met with a crackdown ."
    if modal:
        return build_doc("Attacks must be met with a crackdown .", heads=[3, 3, 3, 3, 3, 6, 4, 3],
                         deps=["nsubjpass", "aux", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
                         pos=["NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                         tags=["NNS", "MD", "VB", "VBN", "IN", "DT", "NN", "."],
                         lemmas=["attack", "must", "be", "meet", "with", "a", "crackdown", "."])
    return build_doc("Attacks were met with a crackdown .", heads=[2, 2, 2, 2, 5, 3, 2],
                     deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
                     pos=["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                     tags=["NNS", "VBD", "VBN", "IN", "DT", "NN", "."],
                     lemmas=["attack", "be", "meet", "with", "a", "crackdown", "."])


def test_a_response_called_for_is_no_act(build_doc, cues):
    assert wants_formulas.response_called_for(_met_with(build_doc, modal=True)[6], cues)


def test_a_response_told_stays(build_doc, cues):
    assert not wants_formulas.response_called_for(_met_with(build_doc, modal=False)[5], cues)


def _suit(build_doc, noun: str):
    # "The firm filed a suit seeking the withdrawal ." / "... a report seeking the withdrawal ."
    return build_doc(f"The firm filed a {noun} seeking the withdrawal .", heads=[1, 2, 2, 4, 2, 4, 7, 5, 2],
                     deps=["det", "nsubj", "ROOT", "det", "dobj", "acl", "det", "dobj", "punct"],
                     pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                     tags=["DT", "NN", "VBD", "DT", "NN", "VBG", "DT", "NN", "."],
                     lemmas=["the", "firm", "file", "a", noun, "seek", "the", "withdrawal", "."])


def test_what_a_suit_seeks_is_no_act(build_doc, cues):
    assert wants_formulas.sought_in_filing(_suit(build_doc, "suit")[7], cues)
    assert wants_formulas.sought_in_filing(_suit(build_doc, "petition")[7], cues)


def test_what_no_filing_seeks_is_left_to_the_other_rules(build_doc, cues):
    assert not wants_formulas.sought_in_filing(_suit(build_doc, "report")[7], cues)


def _by_means(build_doc, cc: str):
    # "Gangs tried to close the road by shooting drivers or burning trucks ."
    words = f"Gangs tried to close the road by shooting drivers {cc} burning trucks ."
    return build_doc(words, heads=[1, 1, 3, 1, 5, 3, 3, 6, 7, 7, 7, 10, 1],
                     deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "pcomp", "dobj", "cc", "conj",
                           "dobj", "punct"],
                     pos=["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "VERB", "NOUN", "CCONJ", "VERB", "NOUN",
                          "PUNCT"],
                     tags=["NNS", "VBD", "TO", "VB", "DT", "NN", "IN", "VBG", "NNS", "CC", "VBG", "NNS", "."],
                     lemmas=["gang", "try", "to", "close", "the", "road", "by", "shoot", "driver", cc, "burn", "truck",
                             "."])


def test_means_offered_as_alternatives_are_no_act(build_doc, cues):
    doc = _by_means(build_doc, "or")
    assert wants_formulas.means_listed(doc[7], cues)
    assert wants_formulas.means_listed(doc[10], cues)


def test_means_told_together_stay(build_doc, cues):
    doc = _by_means(build_doc, "and")
    assert not wants_formulas.means_listed(doc[7], cues)


def _law_means(build_doc, verb: str, lemma: str):
    # "Lawmakers are working to curb voting by banning ballots ."
    words = f"Lawmakers are working to curb voting by {verb} ballots ."
    return build_doc(words, heads=[2, 2, 2, 4, 2, 4, 4, 6, 7, 2],
                     deps=["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj", "prep", "pcomp", "dobj", "punct"],
                     pos=["NOUN", "AUX", "VERB", "PART", "VERB", "NOUN", "ADP", "VERB", "NOUN", "PUNCT"],
                     tags=["NNS", "VBP", "VBG", "TO", "VB", "NN", "IN", "VBG", "NNS", "."],
                     lemmas=["lawmaker", "be", "work", "to", "curb", "voting", "by", lemma, "ballot", "."])


def test_law_making_as_the_means_of_an_aim_is_no_act(build_doc, cues):
    assert wants_formulas.means_listed(_law_means(build_doc, "banning", "ban")[7], cues)


def test_other_means_of_an_aim_are_left_alone(build_doc, cues):
    assert not wants_formulas.means_listed(_law_means(build_doc, "seizing", "seize")[7], cues)


def test_whole_sentences(events_of):
    assert not [e for e in events_of("A General Motors officer, who asked not to be named, said the Detroit plant "
                                     "was closed.") if e.event == "REQUEST"]
    assert not events_of("Their repeated acts of violence must be met with the harshest possible crackdown by the "
                         "police.")
    assert not [e for e in events_of("The firm has filed a suit in a Texas court seeking the withdrawal of the "
                                     "rival's takeover bid.") if e.event == "RETREAT"]
    assert [e for e in events_of("The army ordered the rebels to withdraw.") if e.event == "REQUEST"]
