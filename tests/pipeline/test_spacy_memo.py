"""The memoising attribute ruler and lemmatizer annotate exactly as spaCy's own components."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from newsevents.spacy_memo import MemoAttributeRuler, MemoLemmatizer, _IndexList, memoise

COMPARED = [TAG, POS, MORPH, LEMMA, DEP]

# Sentences of our own, with the forms the English rules single out: contractions, "gonna",
# "ain't", "let's", existential "there", pronouns, irregular and regular inflections, degrees,
# proper nouns, numbers, line breaks, a word the model has never seen.
SENTENCES = [
    "The ministers didn't say whether they'd gonna sign the treaties by Friday.",
    "Ain't nobody leaving before the votes are counted, the chairwoman said.",
    "Let's face it: there were fewer buses running than there are today.",
    "Y'all better sit down, the mayor told the crowded meeting in Riverton.",
    "I gotta admit the newest figures looked worse than last year's.",
    "She has been writing letters to him and me since 1998.",
    "Shares fell 3.5% on Tuesday after the company's biggest customers left.",
    "Geese flew over the flooded fields while children were swimming.",
    "Protesters marched,\n\nthen they dispersed peacefully.",
    "The committee's rulings were overturned; its members resigned.",
    "Blorfing grumbleworts zapped the quickest of the frobnicators.",
    "Were it not for the rains, the harvest would have been better.",
]


def _annotate(pipeline, text: str, stock: bool):
    """``text`` through the model's components; the attribute ruler and the lemmatizer either
    as memoised in the pipeline or by spaCy's own methods on the same objects."""
    nlp = pipeline.nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name.startswith("newsevents") or name == "ner":
            continue
        if stock and isinstance(proc, MemoAttributeRuler):
            AttributeRuler.__call__(proc, doc)
        elif stock and isinstance(proc, MemoLemmatizer):
            Lemmatizer.__call__(proc, doc)
        else:
            proc(doc)
    return doc


def test_pipeline_memoises_both_components(pipeline):
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler"), MemoAttributeRuler)
    assert isinstance(pipeline.nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    # the config still names spaCy's own factories: a saved pipeline is a stock one
    assert pipeline.nlp.config["components"]["lemmatizer"]["factory"] == "lemmatizer"


def test_same_annotations_as_spacy_on_sentences_of_our_own(pipeline):
    for _ in range(2):  # the second pass answers from the memo
        for text in SENTENCES:
            memo, stock = _annotate(pipeline, text, False), _annotate(pipeline, text, True)
            assert [t.lemma_ for t in memo] == [t.lemma_ for t in stock], text
            assert (memo.to_array(COMPARED) == stock.to_array(COMPARED)).all(), text
    lemmas = {t.text: t.lemma_ for t in _annotate(pipeline, SENTENCES[7], False)}
    assert (lemmas["flew"], lemmas["fields"], lemmas["children"], lemmas["swimming"]) == ("fly", "field", "child", "swim")


def _ruler(vocab, memo: bool) -> AttributeRuler:
    ruler = AttributeRuler(vocab)
    ruler.add([[{"TAG": "NNS"}]], {"POS": "NOUN", "MORPH": "Number=Plur"})
    ruler.add([[{"LOWER": {"IN": ["dogs", "cats"]}, "TAG": "NNS"}]], {"LEMMA": "pet"})
    ruler.add([[{"TAG": "NNS", "LOWER": {"REGEX": "^c"}}]], {"POS": "PROPN"})  # later rule wins
    ruler.add([[{"LOWER": "wan"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"DEP": "expl"}, {"LOWER": {"NOT_IN": ["was"]}}]], {"POS": "VERB"}, index=1)
    if memo:
        ruler.__class__ = MemoAttributeRuler
    return ruler


def _hand_doc(vocab) -> Doc:
    words = ["There", "are", "dogs", "and", "cats", "and", "cars", "we", "wan", "na", "see"]
    tags = ["EX", "VBP", "NNS", "CC", "NNS", "CC", "NNS", "PRP", "VBP", "TO", "VB"]
    deps = ["expl", "ROOT", "attr", "cc", "conj", "cc", "conj", "nsubj", "ccomp", "aux", "xcomp"]
    heads = [1, 1, 1, 2, 2, 4, 4, 8, 1, 10, 8]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_hand_built_rules_same_as_spacy():
    vocab = spacy.blank("en").vocab
    stock, memo = _ruler(vocab, False), _ruler(vocab, True)
    for _ in range(2):
        a, b = stock(_hand_doc(vocab)), memo(_hand_doc(vocab))
        assert (a.to_array(COMPARED) == b.to_array(COMPARED)).all()
    assert [t.pos_ for t in b][:7] == ["", "VERB", "NOUN", "", "PROPN", "", "PROPN"]
    assert [t.lemma_ for t in b][2:5] == ["pet", "", "pet"] and b[9].lemma_ == "to" and b[8].lemma_ == ""
    assert str(b[2].morph) == "Number=Plur"


def test_rules_added_later_are_seen():
    vocab = spacy.blank("en").vocab
    ruler = _ruler(vocab, True)
    ruler(_hand_doc(vocab))
    ruler.add([[{"LOWER": "see"}]], {"LEMMA": "behold"})
    assert ruler(_hand_doc(vocab))[10].lemma_ == "behold"


def test_rules_the_memo_cannot_key_keep_spacy_code():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})  # an entity is no attribute of the word
    assert memoise(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_index_list_answers_as_the_list():
    words = ["run", "walk", "go"]
    fast = _IndexList(words)
    assert fast == words and list(fast) == words
    for probe in ("walk", "walks", "", "go"):
        assert (probe in fast) == (probe in words)


def test_a_memoised_pipeline_pickles(pipeline):
    # nlp.pipe(n_process=2) sends the components to other processes by pickling
    import pickle

    for name in ("attribute_ruler", "lemmatizer"):
        proc = pipeline.nlp.get_pipe(name)
        copy = pickle.loads(pickle.dumps(proc))
        assert type(copy) is type(proc)
