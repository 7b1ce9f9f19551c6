"""The PolNeAR attribution reader and scoring, on a hand-made BRAT fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluation import polnear
from newsevents.ingest import InputError
from newsevents.record import Article, Entity, Quote, Record, Span, Speaker

ROOT = Path(__file__).parents[1] / "fixtures" / "eval" / "polnear"


def _doc():
    skipped: dict[str, int] = {}
    (doc,) = list(polnear.read(ROOT, skipped))
    return doc, skipped


def test_reader_uses_first_annotator_and_reports_what_it_skipped() -> None:
    doc, skipped = _doc()
    assert len(doc.gold) == 3  # the first annotator's file has 3 usable relations
    assert skipped == {
        "extra annotator file (first annotator id used)": 1,
        "attribution without content": 1,
        "malformed annotation line": 1,
    }
    assert doc.published == "2016-05-02"


def test_discontinuous_content_keeps_its_fragments() -> None:
    doc, _ = _doc()
    budget = doc.gold[2]
    assert len(budget.content) == 2
    assert doc.text[budget.hull[0]:budget.hull[1]] == "the budget is too small"


def test_speech_cues() -> None:
    assert polnear.is_speech_cue("said") and polnear.is_speech_cue("has told")
    assert polnear.is_speech_cue("According to") and polnear.is_speech_cue("denies")
    assert polnear.is_speech_cue("tweeting") and polnear.is_speech_cue("replied")
    assert not polnear.is_speech_cue("believe") and not polnear.is_speech_cue("a statement")
    doc, _ = _doc()
    assert [g.speech for g in doc.gold] == [True, True, False]


def test_test_split_is_refused_unless_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(polnear.ALLOW_TEST_ENV, raising=False)
    with pytest.raises(InputError, match="held out"):
        list(polnear.read(ROOT / "data" / "test", {}))
    monkeypatch.setenv(polnear.ALLOW_TEST_ENV, "1")
    (doc,) = list(polnear.read(ROOT / "data" / "test", {}))
    assert doc.published is None  # not in metadata.tsv


def test_not_a_polnear_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(polnear.read(tmp_path, {}))


def _record(text: str, quotes: list[Quote], entities: list[Entity] | None = None) -> Record:
    return Record(article=Article(id="x", text=text), pipeline={}, quotes=quotes, entities=entities or [])


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


def test_tally_content_cue_and_source() -> None:
    doc, _ = _doc()
    text = doc.text
    mayor = Entity(id="e1", name="mayor", type="PERSON", mentions=[_span(text, "The mayor"), _span(text, "she")])
    quotes = [
        # exact content, right cue, speaker resolved to the entity whose mention is the source
        Quote(id="q1", kind="direct", content=_span(text, '"We are ready,"'), cue=_span(text, "told"),
              speaker=Speaker(entity="e1", start=0, end=9, text="The mayor")),
        # overlapping content, wrong cue, no speaker
        Quote(id="q2", kind="indirect", content=_span(text, "new bridge would open"), cue=_span(text, "May")),
        # spurious
        Quote(id="q3", kind="indirect", content=_span(text, "local survey")),
    ]
    tally = polnear.AttributionTally()
    tally.add(doc.gold, _record(text, quotes, [mayor]))
    f = tally.figures()
    assert (f["gold_attributions"], f["predicted_quotes"]) == (3, 3)
    assert f["content_precision"] == pytest.approx(2 / 3) and f["content_recall"] == pytest.approx(2 / 3)
    assert f["exact_span_f1"] == pytest.approx(1 / 3)
    assert f["cue_accuracy"] == 0.5 and f["source_accuracy"] == 0.5
    assert tally.groups["speech verbs"].figures()["content_recall"] == 1.0
    assert tally.groups["other cues"].figures()["content_recall"] == 0.0


def test_tally_with_no_quotes() -> None:
    doc, _ = _doc()
    tally = polnear.AttributionTally()
    tally.add(doc.gold, _record(doc.text, []))
    assert tally.figures()["content_f1"] == 0.0 and tally.figures()["gold_attributions"] == 3


def test_evaluate_end_to_end(pipeline) -> None:
    report = polnear.evaluate(str(ROOT), None, pipeline)
    assert report.documents == 1 and report.figures["gold_attributions"] == 3
    assert set(report.breakdown) == {"speech verbs", "other cues"}


def _train_split(root: Path, stems: list[str]) -> Path:
    split = root / "data" / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for stem in stems:
        (split / "text" / f"{stem}.txt").write_text("She said it rained.\n", encoding="utf-8")
        (split / "attributions" / f"{stem}_aa11.ann").write_text(
            "T1\tContent 9 18\tit rained\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n",
            encoding="utf-8")
    return split


def test_train_halves_partition_by_digest_and_skip_read_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stems = [f"paper_2016-01-{day:02d}_story" for day in range(1, 21)]
    split = _train_split(tmp_path, stems)
    listing = tmp_path / "read-articles.txt"
    listing.write_text(f"# opened while writing rules\n{stems[0]}.txt\n", encoding="utf-8")
    monkeypatch.setattr(polnear, "READ_ARTICLES", listing)
    halves = {half: [doc.id for doc in polnear.read(split, {}, half)] for half in polnear.HALVES}
    assert set(halves["dev"]).isdisjoint(halves["heldout"])
    assert set(halves["dev"]) | set(halves["heldout"]) == set(stems[1:])
    assert halves["dev"] and halves["heldout"]  # 19 names do not all fall on one side
    for half, ids in halves.items():
        assert all(int(polnear.digest(stem), 16) % 2 == (half == "heldout") for stem in ids)
        assert ids == sorted(ids, key=polnear.digest)  # digest order, not name order
    skipped: dict[str, int] = {}
    whole = [doc.id for doc in polnear.read(split, skipped)]
    assert whole == stems[1:] and skipped["text named in docs/audit/read-articles.txt"] == 1


def test_unknown_half_is_refused(tmp_path: Path) -> None:
    split = _train_split(tmp_path, ["paper_2016-01-01_story"])
    with pytest.raises(InputError, match="half"):
        list(polnear.read(split, {}, "test"))


def test_word_edges_set_aside_the_conventions_of_either_scheme() -> None:
    text = 'He said that, \u201cthe roads are shut,\u201d and left. She said "We won." It said if so.'
    gold = (text.index("that"), text.index(" and left"))  # the scheme's: that, marks, comma inside
    ours = (text.index("the roads"), text.index(",\u201d"))  # the record's: the words inside the marks
    assert polnear.word_edges(text, gold) == polnear.word_edges(text, ours) == ours
    quoted = (text.index('"We'), text.index(" It said"))
    assert text[slice(*polnear.word_edges(text, quoted))] == "We won"
    alone = (text.index("if so"), text.index("if so") + 2)  # a content that is only "if" keeps it
    assert text[slice(*polnear.word_edges(text, alone))] == "if"


def test_same_words_counts_contents_whose_words_agree() -> None:
    text = 'The mayor said that the bridge is unsafe. "We are ready," she said.'
    gold = [polnear.GoldAttribution(content=[(text.index("that"), text.index(". \""))]),
            polnear.GoldAttribution(content=[(text.index('"We'), text.index(" she"))])]
    quotes = [Quote(id="q1", kind="indirect", content=_span(text, "the bridge is unsafe")),
              Quote(id="q2", kind="direct", content=_span(text, "We are ready"))]
    tally = polnear.AttributionTally()
    tally.add(gold, _record(text, quotes))
    f = tally.figures()
    assert f["exact_span_f1"] == 0.0  # neither edge convention agrees
    assert f["same_words_f1"] == 1.0  # the words do
