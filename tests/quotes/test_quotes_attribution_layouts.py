"""Attribution layouts of session 16 (branch attrib16, issue 15: attribution recall on PolNeAR).
The layouts were found among the PolNeAR dev misses; every sentence here is our own, with its
parse written out (words, tags, parts of speech, dependencies, heads, lemmas, entities), so each
rule is tested on the parse it is written for:

- an interposed attribution whose opening comma the parser hung on the clause around it
  (``Over the last year, traders at the market say, the price ...``);
- a verb of saying at the end of its sentence, after a comma and its subject, that the tagger
  read as a noun (``..., the island's former harbour master maintains.``); a noun of saying
  (``pay claims``) is no such verb;
- an attribution in a relative clause (``the school, which residents said was the heart of the
  village``): what was said is the clause after the cue;
- a verb of saying after ``continues to`` whose ``that`` clause the parser hung on ``continues``;
- a verb of saying in a ``while`` clause without a complement of its own, the parser having hung
  it on the clause it reports (``While she admitted the plan was costly, ...``);
- ``By the driver's own admission, ...`` (the ``attrib_own_account`` rows of speech_cues.tsv);
- a transcript quoted as a block: each turn's paragraph opens with the quotation mark and a label
  (``"HOST: Will you ...``).
"""

from __future__ import annotations

from quote_rows import quotes_of
from quote_rows import with_row as _with

# Over the last year, traders at the market say, the price of fish has doubled.
TRADERS_SAY = [
    ('Over', True, 'IN', 'ADP', 'prep', 16, 'over', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 3, 'the', 'B-DATE', False),
    ('last', True, 'JJ', 'ADJ', 'amod', 3, 'last', 'I-DATE', False),
    ('year', False, 'NN', 'NOUN', 'pobj', 0, 'year', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('traders', True, 'NNS', 'NOUN', 'nsubj', 9, 'trader', 'O', False),
    ('at', True, 'IN', 'ADP', 'prep', 5, 'at', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('market', True, 'NN', 'NOUN', 'pobj', 6, 'market', 'O', False),
    ('say', False, 'VBP', 'VERB', 'parataxis', 16, 'say', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('price', True, 'NN', 'NOUN', 'nsubj', 16, 'price', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 12, 'of', 'O', False),
    ('fish', True, 'NN', 'NOUN', 'pobj', 13, 'fish', 'O', False),
    ('has', True, 'VBZ', 'AUX', 'aux', 16, 'have', 'O', False),
    ('doubled', False, 'VBN', 'VERB', 'ROOT', 16, 'double', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 16, '.', 'O', False),
]

# The ferry was never built for winter storms, the island's former harbour master maintains.
FERRY_MAINTAINS = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('ferry', True, 'NN', 'NOUN', 'nsubjpass', 4, 'ferry', 'O', False),
    ('was', True, 'VBD', 'AUX', 'auxpass', 4, 'be', 'O', False),
    ('never', True, 'RB', 'ADV', 'neg', 4, 'never', 'O', False),
    ('built', True, 'VBN', 'VERB', 'ccomp', 15, 'build', 'O', False),
    ('for', True, 'IN', 'ADP', 'prep', 4, 'for', 'O', False),
    ('winter', True, 'NN', 'NOUN', 'compound', 7, 'winter', 'B-DATE', False),
    ('storms', False, 'NNS', 'NOUN', 'pobj', 5, 'storm', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 15, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 10, 'the', 'O', False),
    ('island', False, 'NN', 'NOUN', 'poss', 15, 'island', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 10, "'s", 'O', False),
    ('former', True, 'JJ', 'ADJ', 'amod', 13, 'former', 'O', False),
    ('harbour', True, 'NN', 'NOUN', 'compound', 15, 'harbour', 'O', False),
    ('master', True, 'NN', 'NOUN', 'compound', 15, 'master', 'O', False),
    ('maintains', False, 'NNS', 'NOUN', 'ROOT', 15, 'maintain', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 15, '.', 'O', False),
]

# The union rejected the offer, the nurses' pay claims.
PAY_CLAIMS = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('union', True, 'NN', 'NOUN', 'nsubj', 2, 'union', 'O', False),
    ('rejected', True, 'VBD', 'VERB', 'ROOT', 2, 'reject', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('offer', False, 'NN', 'NOUN', 'dobj', 2, 'offer', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 7, 'the', 'O', False),
    ('nurses', False, 'NNS', 'NOUN', 'poss', 10, 'nurse', 'O', False),
    ("'", True, 'POS', 'PART', 'case', 7, "'", 'O', False),
    ('pay', True, 'NN', 'NOUN', 'compound', 10, 'pay', 'O', False),
    ('claims', False, 'NNS', 'NOUN', 'dobj', 2, 'claim', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# The council sold the old school, which residents said was the heart of the village.
SCHOOL_WHICH_SAID = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 2, 'council', 'O', False),
    ('sold', True, 'VBD', 'VERB', 'ROOT', 2, 'sell', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('old', True, 'JJ', 'ADJ', 'amod', 5, 'old', 'O', False),
    ('school', False, 'NN', 'NOUN', 'dobj', 2, 'school', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'nsubj', 10, 'which', 'O', False),
    ('residents', True, 'NNS', 'NOUN', 'nsubj', 9, 'resident', 'O', False),
    ('said', True, 'VBD', 'VERB', 'relcl', 5, 'say', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 9, 'be', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('heart', True, 'NN', 'NOUN', 'attr', 10, 'heart', 'O', False),
    ('of', True, 'IN', 'ADP', 'prep', 12, 'of', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('village', False, 'NN', 'NOUN', 'pobj', 13, 'village', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# The hall, which the architect designed in 1930, still stands.
HALL_WHICH_DESIGNED = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('hall', False, 'NN', 'NOUN', 'ROOT', 1, 'hall', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 1, ',', 'O', False),
    ('which', True, 'WDT', 'PRON', 'dobj', 11, 'which', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('architect', True, 'NN', 'NOUN', 'nsubj', 11, 'architect', 'O', False),
    ('designed', True, 'VBN', 'VERB', 'acl', 5, 'design', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 6, 'in', 'O', False),
    ('1930', False, 'CD', 'NUM', 'pobj', 7, '1930', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 5, ',', 'O', False),
    ('still', True, 'RB', 'ADV', 'advmod', 11, 'still', 'O', False),
    ('stands', False, 'VBZ', 'VERB', 'relcl', 1, 'stand', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]

# The director continues to insist, most recently in a podcast, that the film will make money.
DIRECTOR_INSISTS = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('director', True, 'NN', 'NOUN', 'nsubj', 2, 'director', 'O', False),
    ('continues', True, 'VBZ', 'VERB', 'ROOT', 2, 'continue', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 4, 'to', 'O', False),
    ('insist', False, 'VB', 'VERB', 'xcomp', 2, 'insist', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('most', True, 'RBS', 'ADV', 'advmod', 7, 'most', 'O', False),
    ('recently', True, 'RB', 'ADV', 'advmod', 2, 'recently', 'O', False),
    ('in', True, 'IN', 'ADP', 'prep', 2, 'in', 'O', False),
    ('a', True, 'DT', 'DET', 'det', 10, 'a', 'O', False),
    ('podcast', False, 'NN', 'NOUN', 'pobj', 8, 'podcast', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 16, 'that', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 14, 'the', 'O', False),
    ('film', True, 'NN', 'NOUN', 'nsubj', 16, 'film', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 16, 'will', 'O', False),
    ('make', True, 'VB', 'VERB', 'ccomp', 2, 'make', 'O', False),
    ('money', False, 'NN', 'NOUN', 'dobj', 16, 'money', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# The bus continues to run, although the council said that it would cut the route.
BUS_CONTINUES = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('bus', True, 'NN', 'NOUN', 'nsubj', 2, 'bus', 'O', False),
    ('continues', True, 'VBZ', 'VERB', 'ROOT', 2, 'continue', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 4, 'to', 'O', False),
    ('run', False, 'VB', 'VERB', 'xcomp', 2, 'run', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 2, ',', 'O', False),
    ('although', True, 'IN', 'SCONJ', 'mark', 9, 'although', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('council', True, 'NN', 'NOUN', 'nsubj', 9, 'council', 'O', False),
    ('said', True, 'VBD', 'VERB', 'advcl', 2, 'say', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 13, 'that', 'O', False),
    ('it', True, 'PRP', 'PRON', 'nsubj', 13, 'it', 'O', False),
    ('would', True, 'MD', 'AUX', 'aux', 13, 'would', 'O', False),
    ('cut', True, 'VB', 'VERB', 'ccomp', 9, 'cut', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 15, 'the', 'O', False),
    ('route', False, 'NN', 'NOUN', 'dobj', 13, 'route', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
]

# While she admitted the plan was costly, Ms Dorsey defended the new tram line.
WHILE_ADMITTED = [
    ('While', True, 'IN', 'SCONJ', 'mark', 2, 'while', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 2, 'she', 'O', False),
    ('admitted', True, 'VBD', 'VERB', 'advcl', 10, 'admit', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('plan', True, 'NN', 'NOUN', 'nsubj', 5, 'plan', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 2, 'be', 'O', False),
    ('costly', False, 'JJ', 'ADJ', 'acomp', 5, 'costly', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 10, ',', 'O', False),
    ('Ms', True, 'NNP', 'PROPN', 'compound', 9, 'Ms', 'B-PERSON', False),
    ('Dorsey', True, 'NNP', 'PROPN', 'nsubj', 10, 'Dorsey', 'I-PERSON', False),
    ('defended', True, 'VBD', 'VERB', 'ROOT', 10, 'defend', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 14, 'the', 'O', False),
    ('new', True, 'JJ', 'ADJ', 'amod', 14, 'new', 'O', False),
    ('tram', True, 'NNP', 'PROPN', 'compound', 14, 'tram', 'O', False),
    ('line', False, 'NN', 'NOUN', 'dobj', 10, 'line', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False),
]

# While the band played on the stage, Ms Dorsey left the hall.
WHILE_PLAYED = [
    ('While', True, 'IN', 'SCONJ', 'mark', 3, 'while', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('band', True, 'NN', 'NOUN', 'nsubj', 3, 'band', 'O', False),
    ('played', True, 'VBD', 'VERB', 'advcl', 10, 'play', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 3, 'on', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 6, 'the', 'O', False),
    ('stage', False, 'NN', 'NOUN', 'pobj', 4, 'stage', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 10, ',', 'O', False),
    ('Ms', True, 'NNP', 'PROPN', 'compound', 9, 'Ms', 'B-PERSON', False),
    ('Dorsey', True, 'NNP', 'PROPN', 'nsubj', 10, 'Dorsey', 'I-PERSON', False),
    ('left', True, 'VBD', 'VERB', 'ROOT', 10, 'leave', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 12, 'the', 'O', False),
    ('hall', False, 'NN', 'NOUN', 'dobj', 10, 'hall', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False),
]

# By the driver's own admission, the lorry was travelling too fast.
OWN_ADMISSION = [
    ('By', True, 'IN', 'ADP', 'prep', 10, 'by', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 2, 'the', 'O', False),
    ('driver', False, 'NN', 'NOUN', 'poss', 5, 'driver', 'O', False),
    ("'s", True, 'POS', 'PART', 'case', 2, "'s", 'O', False),
    ('own', True, 'JJ', 'ADJ', 'amod', 5, 'own', 'O', False),
    ('admission', False, 'NN', 'NOUN', 'pobj', 0, 'admission', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 10, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('lorry', True, 'NN', 'NOUN', 'nsubj', 10, 'lorry', 'B-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'aux', 10, 'be', 'O', False),
    ('travelling', True, 'VBG', 'VERB', 'ROOT', 10, 'travel', 'O', False),
    ('too', True, 'RB', 'ADV', 'advmod', 12, 'too', 'O', False),
    ('fast', False, 'RB', 'ADV', 'advmod', 10, 'fast', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 10, '.', 'O', False),
]

# By the end of the day, the lorry was back on the road.\n
END_OF_DAY = [
    ('By', True, 'IN', 'ADP', 'prep', 9, 'by', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 2, 'the', 'B-DATE', False),
    ('end', True, 'NN', 'NOUN', 'pobj', 0, 'end', 'I-DATE', False),
    ('of', True, 'IN', 'ADP', 'prep', 2, 'of', 'I-DATE', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'I-DATE', False),
    ('day', False, 'NN', 'NOUN', 'pobj', 3, 'day', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 9, ',', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 8, 'the', 'O', False),
    ('lorry', True, 'NN', 'NOUN', 'nsubj', 9, 'lorry', 'B-PERSON', False),
    ('was', True, 'VBD', 'AUX', 'ROOT', 9, 'be', 'O', False),
    ('back', True, 'RB', 'ADV', 'advmod', 9, 'back', 'O', False),
    ('on', True, 'IN', 'ADP', 'prep', 10, 'on', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 13, 'the', 'O', False),
    ('road', False, 'NN', 'NOUN', 'pobj', 11, 'road', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 9, '.', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 14, '\n', 'O', False),
]

# The station aired the exchange.\n\n"HOST: Will you stand again next year?\n\n"PALMER: I have not decided, and I will not decide before the summer.
QUOTED_TRANSCRIPT = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('station', True, 'NN', 'NOUN', 'nsubj', 2, 'station', 'O', False),
    ('aired', True, 'VBD', 'VERB', 'ROOT', 2, 'air', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('exchange', False, 'NN', 'NOUN', 'dobj', 2, 'exchange', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('\n\n', False, '_SP', 'SPACE', 'dep', 5, '\n\n', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 8, '"', 'O', True),
    ('HOST', False, 'NNP', 'PROPN', 'ROOT', 8, 'HOST', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 8, ':', 'O', False),
    ('Will', True, 'MD', 'AUX', 'aux', 12, 'will', 'O', False),
    ('you', True, 'PRP', 'PRON', 'nsubj', 12, 'you', 'O', False),
    ('stand', True, 'VB', 'VERB', 'acl', 8, 'stand', 'O', False),
    ('again', True, 'RB', 'ADV', 'advmod', 12, 'again', 'O', False),
    ('next', True, 'JJ', 'ADJ', 'amod', 15, 'next', 'B-DATE', False),
    ('year', False, 'NN', 'NOUN', 'npadvmod', 12, 'year', 'I-DATE', False),
    ('?', False, '.', 'PUNCT', 'punct', 12, '?', 'O', False),
    ('\n\n', False, '_SP', 'SPACE', 'dep', 16, '\n\n', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 19, '"', 'O', True),
    ('PALMER', False, 'NNP', 'PROPN', 'ROOT', 19, 'PALMER', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 19, ':', 'O', False),
    ('I', True, 'PRP', 'PRON', 'nsubj', 24, 'I', 'O', False),
    ('have', True, 'VBP', 'AUX', 'aux', 24, 'have', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 24, 'not', 'O', False),
    ('decided', False, 'VBN', 'VERB', 'acl', 19, 'decide', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 24, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 24, 'and', 'O', False),
    ('I', True, 'PRP', 'PRON', 'nsubj', 30, 'I', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 30, 'will', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 30, 'not', 'O', False),
    ('decide', True, 'VB', 'VERB', 'conj', 24, 'decide', 'O', False),
    ('before', True, 'IN', 'ADP', 'prep', 30, 'before', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 33, 'the', 'B-DATE', False),
    ('summer', False, 'NN', 'NOUN', 'pobj', 31, 'summer', 'I-DATE', False),
    ('.', False, '.', 'PUNCT', 'punct', 19, '.', 'O', False),
]

# The station aired the exchange.\n\n"The answer is simple: we will not stand again next year, and nobody can make us.\n
QUOTED_COLON = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('station', True, 'NN', 'NOUN', 'nsubj', 2, 'station', 'O', False),
    ('aired', True, 'VBD', 'VERB', 'ROOT', 2, 'air', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 4, 'the', 'O', False),
    ('exchange', False, 'NN', 'NOUN', 'dobj', 2, 'exchange', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 2, '.', 'O', False),
    ('\n\n', False, '_SP', 'SPACE', 'dep', 5, '\n\n', 'O', False),
    ('"', False, '``', 'PUNCT', 'punct', 16, '"', 'O', True),
    ('The', True, 'DT', 'DET', 'det', 9, 'the', 'O', False),
    ('answer', True, 'NN', 'NOUN', 'nsubj', 10, 'answer', 'O', False),
    ('is', True, 'VBZ', 'AUX', 'ccomp', 16, 'be', 'O', False),
    ('simple', False, 'JJ', 'ADJ', 'acomp', 10, 'simple', 'O', False),
    (':', True, ':', 'PUNCT', 'punct', 16, ':', 'O', False),
    ('we', True, 'PRP', 'PRON', 'nsubj', 16, 'we', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 16, 'will', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 16, 'not', 'O', False),
    ('stand', True, 'VB', 'VERB', 'ROOT', 16, 'stand', 'O', False),
    ('again', True, 'RB', 'ADV', 'advmod', 16, 'again', 'O', False),
    ('next', True, 'JJ', 'ADJ', 'amod', 19, 'next', 'B-DATE', False),
    ('year', False, 'NN', 'NOUN', 'npadvmod', 16, 'year', 'I-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 16, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 16, 'and', 'O', False),
    ('nobody', True, 'NN', 'PRON', 'nsubj', 24, 'nobody', 'O', False),
    ('can', True, 'MD', 'AUX', 'aux', 24, 'can', 'O', False),
    ('make', True, 'VB', 'VERB', 'conj', 16, 'make', 'O', False),
    ('us', False, 'PRP', 'PRON', 'dobj', 24, 'we', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 24, '.', 'O', False),
    ('\n', False, '_SP', 'SPACE', 'dep', 26, '\n', 'O', False),
]


# ------------------------------------------------------------------ interposed and final cues


def test_an_interposed_attribution_whose_opening_comma_hangs_on_the_clause() -> None:
    found = quotes_of(TRADERS_SAY)
    assert [(cue, speaker) for content, cue, speaker in found if "the price of fish has doubled" in content] == [
        ("say", "traders at the market")]


def test_an_interposed_verb_of_saying_read_as_a_noun() -> None:
    # the same words, the tagger reading "say" as a noun subject of "doubled"
    rows = _with(_with(TRADERS_SAY, 9, tag="NN", pos="NOUN", dep="nsubj", head=16), 5, dep="nsubj", head=16)
    found = quotes_of(rows)
    assert [(cue, speaker) for content, cue, speaker in found if "the price of fish has doubled" in content] == [
        ("say", "traders at the market")]


def test_a_final_verb_of_saying_read_as_a_noun_reports_the_clause_before_its_comma() -> None:
    assert quotes_of(FERRY_MAINTAINS) == [
        ("The ferry was never built for winter storms", "maintains", "the island's former harbour master")]


def test_a_noun_of_saying_at_the_end_is_no_cue() -> None:
    assert quotes_of(PAY_CLAIMS) == []


# The count will not end until May, and the speculation rages.
SPECULATION_RAGES = [
    ('The', True, 'DT', 'DET', 'det', 1, 'the', 'O', False),
    ('count', True, 'NN', 'NOUN', 'nsubj', 4, 'count', 'O', False),
    ('will', True, 'MD', 'AUX', 'aux', 4, 'will', 'O', False),
    ('not', True, 'RB', 'PART', 'neg', 4, 'not', 'O', False),
    ('end', True, 'VB', 'VERB', 'ROOT', 4, 'end', 'O', False),
    ('until', True, 'IN', 'ADP', 'prep', 4, 'until', 'O', False),
    ('May', False, 'NNP', 'PROPN', 'pobj', 5, 'May', 'B-DATE', False),
    (',', True, ',', 'PUNCT', 'punct', 4, ',', 'O', False),
    ('and', True, 'CC', 'CCONJ', 'cc', 4, 'and', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 11, 'the', 'O', False),
    ('speculation', True, 'NN', 'NOUN', 'compound', 11, 'speculation', 'O', False),
    ('rages', False, 'NNS', 'NOUN', 'conj', 4, 'rage', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 4, '.', 'O', False),
]


def test_a_verb_whose_form_is_a_noun_too_and_a_coordinated_clause_are_no_cue() -> None:
    # "rages" is a cue verb of the lexicon but no attrib_noun_tagged_verb; and "and the
    # speculation" is a clause of its own, not the subject of an attribution
    assert quotes_of(SPECULATION_RAGES) == []
    says = _with(SPECULATION_RAGES, 11, word="says", lemma="say")
    assert quotes_of(says) == []


# ------------------------------------------------------------------ relative and adverbial clauses


def test_an_attribution_in_a_relative_clause_reports_the_clause_after_the_cue() -> None:
    assert quotes_of(SCHOOL_WHICH_SAID) == [("was the heart of the village", "said", "residents")]


def test_a_relative_clause_without_a_cue_is_no_quote() -> None:
    assert quotes_of(HALL_WHICH_DESIGNED) == []


def test_a_that_clause_hung_on_continues_is_what_the_cue_after_it_reports() -> None:
    assert quotes_of(DIRECTOR_INSISTS) == [("the film will make money", "insist", "The director")]


def test_continues_without_a_cue_gives_the_clause_to_no_one_else() -> None:
    # "continues to run": only the council's words are a quote
    assert quotes_of(BUS_CONTINUES) == [("it would cut the route", "said", "the council")]


def test_a_cue_in_a_while_clause_reports_the_clause_the_parser_hung_it_on() -> None:
    found = quotes_of(WHILE_ADMITTED)
    assert ("the plan was costly", "admitted", "she") in found
    # the main verb does not report the while clause
    assert not any(content.startswith("While") for content, _, _ in found)


def test_a_while_clause_without_a_cue_is_no_quote() -> None:
    assert quotes_of(WHILE_PLAYED) == []


# ------------------------------------------------------------------ own admission


def test_by_an_owners_own_admission_reports_the_rest_of_the_sentence() -> None:
    assert quotes_of(OWN_ADMISSION) == [
        ("the lorry was travelling too fast", "By the driver's own admission", "the driver")]


def test_a_by_phrase_of_time_is_no_attribution() -> None:
    assert quotes_of(END_OF_DAY) == []


# ------------------------------------------------------------------ a transcript quoted as a block


def test_labels_after_the_opening_marks_of_a_quoted_transcript_are_the_speakers() -> None:
    found = quotes_of(QUOTED_TRANSCRIPT)
    assert ("Will you stand again next year", ":", "HOST") in found
    assert ("I have not decided, and I will not decide before the summer", ":", "PALMER") in found


def test_a_quoted_paragraph_with_a_colon_after_ordinary_words_has_no_label() -> None:
    found = quotes_of(QUOTED_COLON)
    assert [speaker for _, _, speaker in found] == [None]


# ------------------------------------------------------------------ an adverbial clause of its own

# She claimed that cutting the tax was wise, although she again refused to promise to publish the accounts.
CLAIMED_ALTHOUGH = [
    ('She', True, 'PRP', 'PRON', 'nsubj', 1, 'she', 'O', False),
    ('claimed', True, 'VBD', 'VERB', 'ROOT', 1, 'claim', 'O', False),
    ('that', True, 'IN', 'SCONJ', 'mark', 6, 'that', 'O', False),
    ('cutting', True, 'VBG', 'VERB', 'csubj', 6, 'cut', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 5, 'the', 'O', False),
    ('tax', True, 'NN', 'NOUN', 'dobj', 3, 'tax', 'O', False),
    ('was', True, 'VBD', 'AUX', 'ccomp', 1, 'be', 'O', False),
    ('wise', False, 'JJ', 'ADJ', 'acomp', 6, 'wise', 'O', False),
    (',', True, ',', 'PUNCT', 'punct', 6, ',', 'O', False),
    ('although', True, 'IN', 'SCONJ', 'mark', 12, 'although', 'O', False),
    ('she', True, 'PRP', 'PRON', 'nsubj', 12, 'she', 'O', False),
    ('again', True, 'RB', 'ADV', 'advmod', 12, 'again', 'O', False),
    ('refused', True, 'VBD', 'VERB', 'advcl', 6, 'refuse', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 14, 'to', 'O', False),
    ('promise', True, 'VB', 'VERB', 'xcomp', 12, 'promise', 'O', False),
    ('to', True, 'TO', 'PART', 'aux', 16, 'to', 'O', False),
    ('publish', True, 'VB', 'VERB', 'xcomp', 14, 'publish', 'O', False),
    ('the', True, 'DT', 'DET', 'det', 18, 'the', 'O', False),
    ('accounts', False, 'NNS', 'NOUN', 'dobj', 16, 'account', 'O', False),
    ('.', False, '.', 'PUNCT', 'punct', 1, '.', 'O', False),
]


def test_an_although_clause_holding_an_attribution_of_its_own_ends_the_content() -> None:
    found = quotes_of(CLAIMED_ALTHOUGH)
    assert ("cutting the tax was wise", "claimed", "She") in found
    assert ("to publish the accounts", "promise", "she") in found


def test_an_although_clause_without_a_cue_stays_in_the_content() -> None:
    rows = _with(CLAIMED_ALTHOUGH, 14, word="try", lemma="try")
    assert [content for content, _, _ in quotes_of(rows)] == [
        "cutting the tax was wise, although she again refused to try to publish the accounts"]
