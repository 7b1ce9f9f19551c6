"""A colon ending the paragraph after a cue's long phrase (``Ann Lee wrote about the festival, held
in ..., on her blog, observing of the town:``) introduces a block quotation: the next paragraph,
whole, is what the cue's subject wrote or said, however long the phrase before the colon; a
participle of saying that ends at the same colon as the verb it hangs on gives no second quote (the
READ half's news-dev77 misses). Sentences written for these tests; hand-built parses."""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# Ann Lee wrote about the festival, held in the old market on a wet weekend, on her blog, observing
# of the town:
#
# The streets were full. Every cafe was busy.
BLOCK = [
    ('Ann', True, 'NNP', 'PROPN', 'compound', 1, 'Ann', 'B-PERSON', False),
    ('Lee', True, 'NNP', 'PROPN', 'nsubj', 2, 'Lee', 'I-PERSON', False),
    ('wrote', True, 'VBD', 'VERB', 'ROOT', 2, 'write', 'O', False),
    ('about', True, 'IN', 'ADP', 'prep', 2, 'about', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('festival', False, 'NN', 'NOUN', 'pobj', 3, 'festival', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('held', True, 'VBN', 'VERB', 'advcl', 2, 'hold', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 7, 'in', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('old', True, 'JJ', 'ADJ', 'amod', 11, 'old', 'O', False),
    ('market', True, 'NN', 'NOUN', 'pobj', 8, 'market', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 7, 'on', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 15, 'a', 'B-DATE', False),
    ('wet', True, 'JJ', 'ADJ', 'amod', 15, 'wet', 'I-DATE', False),
    ('weekend', False, 'NN', 'NOUN', 'pobj', 12, 'weekend', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 7, 'on', 'O', False),
    ('her', True, 'PRP$', 'PRON', 'poss', 19, 'her', 'O', False),
    ('blog', False, 'NN', 'NOUN', 'pobj', 17, 'blog', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 7, ',', 'O', False),
    ('observing', True, 'VBG', 'VERB', 'advcl', 7, 'observe', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 21, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 24, 'the', 'O', False),
    ('town', False, 'NN', 'NOUN', 'pobj', 22, 'town', 'O', False),
    (':', False, ':', 'PUNCT', 'punct', 2, ':', 'O', False),
    ('\n\n', False, '_SP', 'SPACE', 'dep', 25, '\n\n', 'O', False),
    ('The', True, 'DT', 'DET', 'det', 28, 'the', 'O', True),
    ('streets', True, 'NNS', 'NOUN', 'nsubj', 29, 'street', 'O', False),
    ('were', True, 'VBD', 'AUX', 'ROOT', 29, 'be', 'O', False),
    ('full', False, 'JJ', 'ADJ', 'acomp', 29, 'full', 'O', False),
    ('.', True, '.', 'PUNCT', 'punct', 29, '.', 'O', False),
    ('Every', True, 'DT', 'DET', 'det', 33, 'every', 'O', True),
    ('cafe', True, 'NN', 'NOUN', 'nsubj', 34, 'cafe', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 34, 'be', 'O', False),
    ('busy', False, 'JJ', 'ADJ', 'acomp', 34, 'busy', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 34, '.', 'O', False),
]


def test_the_paragraph_after_a_colon_ending_a_long_cue_phrase_is_the_block_said() -> None:
    assert quotes_of(BLOCK) == [("The streets were full. Every cafe was busy", "wrote", "Ann Lee")]


def test_the_participle_of_saying_gives_the_block_when_the_verb_ends_before_the_colon() -> None:
    # the parser's other reading: the colon hung on "town", the block's first sentence run on as a
    # clause of "wrote" (which so ends past the colon)
    rows = _with(_with(_with(BLOCK, 25, head=24), 29, dep="ccomp", head=2), 27, start=False)
    found = quotes_of(rows)
    assert ("The streets were full. Every cafe was busy", "observing", "Ann Lee") in found
    assert len([q for q in found if q[0] == "The streets were full. Every cafe was busy"]) == 1


def test_a_verb_of_no_saying_introduces_no_block() -> None:
    # "Ann Lee walked about the festival, ..., looking at the town:"
    rows = _with(_with(BLOCK, 2, word="walked", lemma="walk"), 21, word="looking", lemma="look")
    assert quotes_of(rows) == []
