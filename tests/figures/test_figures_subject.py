"""A number in a change or level phrase counts the clause's subject (``sales jumped to 449,603``,
``the death toll rose to 40``, ``a crowd estimated at 5,000``); years, scores, ages and money do not."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsevents.components.figures import find_figures
from newsevents.temporal.lexicon import load_words

LEX = load_words()
VOCAB = English().vocab  # lower-case forms and number shapes of the words


def _doc(rows: list[tuple[str, str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """A hand-built Doc: (word, dep, head index, pos, tag, lemma) per token."""
    words, deps, heads, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, deps=deps, heads=heads, pos=pos, tags=tags, lemmas=lemmas,
               ents=ents or ["O"] * len(words))


def _figures(doc: Doc) -> set[tuple[str, float, str | None, str]]:
    return {(f.kind, f.value, f.about, f.text) for f in find_figures(doc, LEX, {})}


def test_a_change_to_a_number_counts_the_subject() -> None:
    # "Ticket sales climbed 15 % to 82,000 ." (the percent is still a percent; words joined by spaces)
    doc = _doc([("Ticket", "compound", 1, "NOUN", "NN", "ticket"), ("sales", "nsubj", 2, "NOUN", "NNS", "sale"),
                ("climbed", "ROOT", 2, "VERB", "VBD", "climb"), ("15", "nummod", 4, "NUM", "CD", "15"),
                ("%", "npadvmod", 2, "NOUN", "NN", "%"), ("to", "prep", 2, "ADP", "IN", "to"),
                ("82,000", "pobj", 5, "NUM", "CD", "82,000"), (".", "punct", 2, "PUNCT", ".", ".")])
    assert _figures(doc) == {("percent", 15, None, "15 %"), ("count", 82000, "sale", "82,000")}


def test_from_n_to_m_after_a_change_verb_is_two_values_of_the_subject() -> None:
    # "Enrolment dropped from 640 to 410 ."
    doc = _doc([("Enrolment", "nsubj", 1, "NOUN", "NN", "enrolment"), ("dropped", "ROOT", 1, "VERB", "VBD", "drop"),
                ("from", "prep", 1, "ADP", "IN", "from"), ("640", "pobj", 2, "NUM", "CD", "640"),
                ("to", "prep", 2, "ADP", "IN", "to"), ("410", "pobj", 4, "NUM", "CD", "410"),
                (".", "punct", 1, "PUNCT", ".", ".")])
    assert _figures(doc) == {("count", 640, "enrolment", "640"), ("count", 410, "enrolment", "410")}


def test_a_death_toll_counts_the_dead() -> None:
    # "The death toll from the floods rose to 63 ."
    doc = _doc([("The", "det", 2, "DET", "DT", "the"), ("death", "compound", 2, "NOUN", "NN", "death"),
                ("toll", "nsubj", 6, "NOUN", "NN", "toll"), ("from", "prep", 2, "ADP", "IN", "from"),
                ("the", "det", 5, "DET", "DT", "the"), ("floods", "pobj", 3, "NOUN", "NNS", "flood"),
                ("rose", "ROOT", 6, "VERB", "VBD", "rise"), ("to", "prep", 6, "ADP", "IN", "to"),
                ("63", "pobj", 7, "NUM", "CD", "63"), (".", "punct", 6, "PUNCT", ".", ".")])
    assert _figures(doc) == {("killed", 63, None, "63")}


def test_the_number_of_injured_reached_a_level() -> None:
    # "The number of injured reached 140 ."
    doc = _doc([("The", "det", 1, "DET", "DT", "the"), ("number", "nsubj", 4, "NOUN", "NN", "number"),
                ("of", "prep", 1, "ADP", "IN", "of"), ("injured", "pobj", 2, "NOUN", "NN", "injured"),
                ("reached", "ROOT", 4, "VERB", "VBD", "reach"), ("140", "dobj", 4, "NUM", "CD", "140"),
                (".", "punct", 4, "PUNCT", ".", ".")])
    assert _figures(doc) == {("injured", 140, None, "140")}


def test_a_level_at_a_number_and_an_estimated_crowd() -> None:
    # "Losses were put at 900 ."
    doc = _doc([("Losses", "nsubjpass", 2, "NOUN", "NNS", "loss"), ("were", "auxpass", 2, "AUX", "VBD", "be"),
                ("put", "ROOT", 2, "VERB", "VBN", "put"), ("at", "prep", 2, "ADP", "IN", "at"),
                ("900", "pobj", 3, "NUM", "CD", "900"), (".", "punct", 2, "PUNCT", ".", ".")])
    assert _figures(doc) == {("count", 900, "loss", "900")}
    # "A march estimated at 7,500 filled the square ."
    doc = _doc([("A", "det", 1, "DET", "DT", "a"), ("march", "nsubj", 5, "NOUN", "NN", "march"),
                ("estimated", "acl", 1, "VERB", "VBN", "estimate"), ("at", "prep", 2, "ADP", "IN", "at"),
                ("7,500", "pobj", 3, "NUM", "CD", "7,500"), ("filled", "ROOT", 5, "VERB", "VBD", "fill"),
                ("the", "det", 7, "DET", "DT", "the"), ("square", "dobj", 5, "NOUN", "NN", "square"),
                (".", "punct", 5, "PUNCT", ".", ".")])
    assert _figures(doc) == {("count", 7500, "march", "7,500")}


def test_an_infinitive_subject_counts_too() -> None:
    # "It expects orders to exceed 2,000 ."
    doc = _doc([("It", "nsubj", 1, "PRON", "PRP", "it"), ("expects", "ROOT", 1, "VERB", "VBZ", "expect"),
                ("orders", "nsubj", 4, "NOUN", "NNS", "order"), ("to", "aux", 4, "PART", "TO", "to"),
                ("exceed", "ccomp", 1, "VERB", "VB", "exceed"), ("2,000", "dobj", 4, "NUM", "CD", "2,000"),
                (".", "punct", 1, "PUNCT", ".", ".")])
    assert _figures(doc) == {("count", 2000, "order", "2,000")}


def test_ages_scores_years_and_pronouns_are_not_counts_of_the_subject() -> None:
    # "The pension age rises to 68 ." : an age is a measure, not a count
    doc = _doc([("The", "det", 2, "DET", "DT", "the"), ("pension", "compound", 2, "NOUN", "NN", "pension"),
                ("age", "nsubj", 3, "NOUN", "NN", "age"), ("rises", "ROOT", 3, "VERB", "VBZ", "rise"),
                ("to", "prep", 3, "ADP", "IN", "to"), ("68", "pobj", 4, "NUM", "CD", "68"),
                (".", "punct", 3, "PUNCT", ".", ".")])
    assert _figures(doc) == set()
    # "Their lead grew to 2 - 0 ." : a score
    doc = _doc([("Their", "poss", 1, "PRON", "PRP$", "their"), ("lead", "nsubj", 2, "NOUN", "NN", "lead"),
                ("grew", "ROOT", 2, "VERB", "VBD", "grow"), ("to", "prep", 2, "ADP", "IN", "to"),
                ("2", "pobj", 3, "NUM", "CD", "2"), ("-", "punct", 4, "PUNCT", "HYPH", "-"),
                ("0", "appos", 4, "NUM", "CD", "0"), (".", "punct", 2, "PUNCT", ".", ".")])
    assert _figures(doc) == set()
    # "Production rose to 2019 ." read as a year by the tagger: not a count
    doc = _doc([("Production", "nsubj", 1, "NOUN", "NN", "production"), ("rose", "ROOT", 1, "VERB", "VBD", "rise"),
                ("to", "prep", 1, "ADP", "IN", "to"), ("2019", "pobj", 2, "NUM", "CD", "2019"),
                (".", "punct", 1, "PUNCT", ".", ".")], ents=["O", "O", "O", "B-DATE", "O"])
    assert _figures(doc) == set()
    # "Their bid to reach 40 failed ." : an infinitive does not take the noun it modifies as subject
    doc = _doc([("Their", "poss", 1, "PRON", "PRP$", "their"), ("bid", "nsubj", 5, "NOUN", "NN", "bid"),
                ("to", "aux", 3, "PART", "TO", "to"), ("reach", "acl", 1, "VERB", "VB", "reach"),
                ("40", "dobj", 3, "NUM", "CD", "40"), ("failed", "ROOT", 5, "VERB", "VBD", "fail"),
                (".", "punct", 5, "PUNCT", ".", ".")])
    assert _figures(doc) == set()
    # "Output climbed to 98.7 ." : a count is whole, this is an index
    doc = _doc([("Output", "nsubj", 1, "NOUN", "NN", "output"), ("climbed", "ROOT", 1, "VERB", "VBD", "climb"),
                ("to", "prep", 1, "ADP", "IN", "to"), ("98.7", "pobj", 2, "NUM", "CD", "98.7"),
                (".", "punct", 1, "PUNCT", ".", ".")])
    assert _figures(doc) == set()
    # "It rose to 30 ." : a pronoun names nothing to count
    doc = _doc([("It", "nsubj", 1, "PRON", "PRP", "it"), ("rose", "ROOT", 1, "VERB", "VBD", "rise"),
                ("to", "prep", 1, "ADP", "IN", "to"), ("30", "pobj", 2, "NUM", "CD", "30"),
                (".", "punct", 1, "PUNCT", ".", ".")])
    assert _figures(doc) == set()


def test_a_number_before_a_time_expression_does_not_count_its_noun() -> None:
    # "Visits rose to 3,100 last month ." : "month" is part of a time, the visits are counted
    doc = _doc([("Visits", "nsubj", 1, "NOUN", "NNS", "visit"), ("rose", "ROOT", 1, "VERB", "VBD", "rise"),
                ("to", "prep", 1, "ADP", "IN", "to"), ("3,100", "pobj", 2, "NUM", "CD", "3,100"),
                ("last", "amod", 5, "ADJ", "JJ", "last"), ("month", "npadvmod", 1, "NOUN", "NN", "month"),
                (".", "punct", 1, "PUNCT", ".", ".")], ents=["O", "O", "O", "O", "B-DATE", "I-DATE", "O"])
    assert _figures(doc) == {("count", 3100, "visit", "3,100")}


def test_with_the_model_the_number_of_people_killed(extract) -> None:
    record = extract("The number of people killed in the fighting rose to 25 on Monday.", published="2019-03-05")
    assert ("killed", 25) in {(f.kind, f.value) for f in record.figures}
