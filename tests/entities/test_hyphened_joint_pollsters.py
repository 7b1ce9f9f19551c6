"""Two pollsters written with a hyphen before a poll noun (``the <Paper>-<Network> poll``) are two
bodies, one each side, as a slash writes them; a hyphened name of one word each side stays one
name. Hand-built Docs of sentences written for these tests."""

from __future__ import annotations


def rows(left: list[str], right: list[str]):
    # In the new <left>-<right> poll , Ann Lee led .
    name = left + ["-"] + right
    poll = 3 + len(name)
    out = [
        ('In', 'IN', 'ADP', poll + 5, 'prep', 'O', True),
        ('the', 'DT', 'DET', poll, 'det', 'O', False),
        ('new', 'JJ', 'ADJ', poll, 'amod', 'O', False),
    ]
    for k, word in enumerate(name):
        out.append((word, 'NNP', 'PROPN' if word != "-" else 'PUNCT', poll, 'compound' if word != "-" else 'punct',
                    ('B-ORG' if k == 0 else 'I-ORG'), False))
    out += [
        ('poll', 'NN', 'NOUN', 0, 'pobj', 'O', False),
        (',', ',', 'PUNCT', poll + 5, 'punct', 'O', False),
        ('Ann', 'NNP', 'PROPN', poll + 4, 'compound', 'B-PERSON', False),
        ('Lee', 'NNP', 'PROPN', poll + 5, 'nsubj', 'I-PERSON', False),
        ('led', 'VBD', 'VERB', poll + 5, 'ROOT', 'O', False),
        ('.', '.', 'PUNCT', poll + 5, 'punct', 'O', False),
    ]
    return out


def spaces(n_left: int, n_right: int):
    # no space either side of the hyphen
    words = 3 + n_left + 1 + n_right + 6
    out = [True] * words
    out[3 + n_left - 1] = False
    out[3 + n_left] = False
    out[-3] = True
    out[-2] = False
    out[-1] = False
    out[3 + n_left + 1 + n_right] = False  # "poll" before ","
    return out


def test_two_pollsters_joined_by_a_hyphen_are_two_bodies(stage_entities):
    ents = stage_entities(rows(["Harbor", "Times"], ["KLX", "News"]), spaces(2, 2))
    assert [m.text for m in ents["Harbor Times"].mentions] == ["Harbor Times"]
    assert [m.text for m in ents["KLX News"].mentions] == ["KLX News"]
    assert "Harbor Times-KLX News" not in ents


def test_one_word_each_side_stays_one_name(stage_entities):
    ents = stage_entities(rows(["Lumen"], ["Vance"]), spaces(1, 1))
    assert [m.text for m in ents["Lumen-Vance"].mentions] == ["Lumen-Vance"]
