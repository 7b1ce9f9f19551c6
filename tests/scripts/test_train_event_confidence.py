"""scripts/train_event_confidence.py: how gold-labelled (recall-side) events join the audits' verdicts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_event_confidence.py"


@pytest.fixture(scope="module")
def train():
    spec = importlib.util.spec_from_file_location("train_event_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_a_case_event_is_right_wrong_or_unknown_by_its_snippets_sub_type(train):
    assert train.case_label("ARREST", "COERCE") is True  # an accepted type
    assert train.case_label("ARREST", "AID") is None  # another type: nobody knows
    assert train.case_label("NATURAL_DISASTER", "ASSAULT") is False  # a flood coded as conflict
    assert train.case_label("NATURAL_DISASTER", "AID") is None  # relief after a flood may be right


def test_snippet_format_features_take_the_articles_mean(train):
    judged = [train.Judged("a1", "bbc", "x.txt", "ACCUSE", "accused", "S one.", True),
              train.Judged("a1", "bbc", "x.txt", "AID", "sent", "S two.", False)]
    extracted = {
        "bbc/x.txt": [
            {"type": "ACCUSE", "trigger": "accused", "sentence": "S one.",
             "features": {"bias": 1.0, "date.known": 1.0, "article.events": 0.5}},
            {"type": "AID", "trigger": "sent", "sentence": "S two.",
             "features": {"bias": 1.0, "date.known": 0.0, "article.events": 0.5}},
        ],
        "case/7": {"subtype": "ARREST", "events": [
            {"type": "COERCE", "features": {"bias": 1.0, "actor.none": 1.0}},
            {"type": "AID", "features": {"bias": 1.0}},  # unknown: left out
        ]},
        "gold/dev/abc": {"events": [{"type": "PROTEST", "right": False, "features": {"bias": 1.0}}]},
    }
    examples = train.examples_of(judged, extracted)
    assert [(e.fold, e.domain, e.right) for e in examples] == [
        ("audit:a1", "articles", True), ("audit:a1", "articles", False),
        ("gold:dev", "articles", False), ("case:case2021-dev", "snippets", True)]
    snippet = examples[-1].features
    # three article events: date known in one of them, 0.5 events each
    assert snippet["date.known"] == pytest.approx(1 / 3)
    assert snippet["article.events"] == pytest.approx(1 / 3)  # the gold event has no article.events
    assert snippet["actor.none"] == 1.0  # the event's own features stay


def test_an_example_weighing_two_counts_as_two_copies(train):
    x = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 1.0], [1.0, 0.0]])
    y = np.array([0.0, 1.0, 0.0, 1.0])
    weighed = train.fit(x, y, 1.0, np.array([2.0, 1.0, 1.0, 1.0]))
    copied = train.fit(np.vstack([x, x[:1]]), np.append(y, y[0]), 1.0)
    assert weighed == pytest.approx(copied, abs=1e-6)
    assert not np.allclose(weighed, train.fit(x, y, 1.0))


def test_a_held_out_gold_is_refused(train, tmp_path: Path):
    (tmp_path / f"{train.HELD_OUT[0]}.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="held-out"):
        train.extract_golds([tmp_path])


def test_a_spurious_only_draw_reads_not_spurious_as_right_and_skips_unjudged_rows(train, tmp_path: Path):
    draw = tmp_path / "draw.md"
    draw.write_text(
        "| # | pool | file | type | trigger | sentence | all right | class |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 1 | bbc-other | bbc_tech_001.txt | ASSAULT | shot | Gunmen  shot a guard. |  | not spurious |\n"
        "| 2 | bbc-other | bbc_sport_002.txt | ASSAULT | beat | The side beat its rivals. |  | spurious |\n"
        "| 3 | bbc-other | bbc_sport_003.txt | COERCE | fined | A club was fined. |  |  |\n",
        encoding="utf-8")
    rows = train.read_spurious(draw)
    assert [(r.file, r.right) for r in rows] == [("bbc_tech_001.txt", True), ("bbc_sport_002.txt", False)]
    assert rows[0].sentence == "Gunmen shot a guard."  # spaces normalised as the audits' sentences
    assert train.read_audit(draw) == []  # no verdict in 'all right': never a training row


# --- session 30 (conf34): every audit table, every pool's reading, the matching, the LOAO measures ---

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "audit"
HEADER = ("| # | pool | file | published | type | mode | trigger | actor | recipient | modality | sentence "
          "| type ok | actor ok | recipient ok | modality ok | all right | class | note |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")


def _row(k: int, pool: str, file: str, published: str, sentence: str, all_right: str) -> str:
    return (f"| {k} | {pool} | {file} | {published} | ACCUSE | verbal | blamed | A[-] | B[-] | asserted "
            f"| {sentence} | yes | yes | yes | yes | {all_right} |  |  |\n")


@pytest.fixture()
def scripts_on_path():
    """The script imports its pools' readers (audit_draw, audit_draw_polnear) from scripts/."""
    sys.path.insert(0, str(SCRIPT.parent))
    yield
    sys.path.remove(str(SCRIPT.parent))
    for name in ("audit_draw", "audit_draw_polnear"):
        sys.modules.pop(name, None)


def test_every_pool_of_an_audit_table_is_read_with_its_own_setting(train, tmp_path: Path):
    audit = tmp_path / "2026-12-40-made-up.md"
    audit.write_text(
        "# A made-up audit\n\nSome prose | with a bar.\n\n" + HEADER
        + _row(1, "bbc-other", "bbc_tech_001.txt", "2005-01-01", "Rivals  blamed the firm.", "yes")
        + _row(2, "giveme5w1h", "abc.json", "2017-02-01", "Unions blamed the board.", "no")
        + _row(3, "polnear-dev", "nyt_2016-01-01_x.txt", "2016-01-01", "A senator blamed the agency.", "No")
        + _row(4, "polnear-heldout", "nyt_2016-02-02_y.txt", "2016-02-02", "A mayor blamed the state.", "yes")
        + _row(5, "lgl", "lgl-1001", "2009-03-02", "The council blamed the county.", "no")
        + _row(6, "gwn", "gwn-10", "", "Fishermen blamed the port.", "no")
        + _row(7, "tbaq", "tbaq-wsj_0001", "1989-10-27", "Traders blamed the bank.", "yes")
        + _row(8, "tbaq", "tbaq-wsj_0002", "1989-10-27", "Nobody judged this one.", ""),
        encoding="utf-8")
    rows = train.read_audit(audit)
    assert [(r.setting, r.pool, r.right) for r in rows] == [
        ("bbc", "bbc-other", True), ("giveme", "giveme5w1h", False), ("polnear", "polnear-dev", False),
        ("polnear", "polnear-heldout", True), ("lgl", "lgl", False), ("gwn", "gwn", False), ("tbaq", "tbaq", True)]
    assert rows[0].sentence == "Rivals blamed the firm." and rows[0].published == "2005-01-01"
    assert rows[5].published == "" and {r.audit for r in rows} == {"2026-12-40-made-up"}
    # without the BBC and Giveme5W1H rows, the two US-news rows are the most of one group
    assert train.audit_groups(rows[2:]) == {"2026-12-40-made-up": "us-news"}


def test_the_precision_sample_layout_reads_its_verdict_column(train, tmp_path: Path):
    sample = tmp_path / "sample.md"
    sample.write_text(
        "| # | section | file | type | mode | trigger | actor | recipient | modality | sentence | verdict | note |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 1 | business | bbc_business_001.txt | SUPPORT | verbal | backed | A[-] | B[-] | asserted | Banks backed a \\| plan. | right |  |\n"
        "| 2 | tech | bbc_tech_002.txt | REJECT | verbal | refused | A[-] | B[-] | asserted | Firms refused. | wrong |  |\n",
        encoding="utf-8")
    rows = train.read_audit(sample)
    assert [(r.setting, r.right, r.pool) for r in rows] == [("sample", True, ""), ("sample", False, "")]
    assert rows[0].sentence == "Banks backed a | plan."  # an escaped bar is the sentence's own
    assert train.audit_groups(rows) == {"sample": "bbc"}


def test_training_audits_are_every_judged_table_but_the_spurious_draws_and_notes(train, tmp_path: Path):
    (tmp_path / "2026-12-41-us-news-made-up.md").write_text(
        HEADER + _row(1, "polnear-heldout", "nyt_2016-02-02_y.txt", "2016-02-02", "S.", "no"), encoding="utf-8")
    (tmp_path / "2026-12-42-news-wire-made-up.md").write_text(
        HEADER + _row(1, "tbaq", "tbaq-x1", "1990-01-01", "S.", "yes"), encoding="utf-8")
    (tmp_path / "2026-12-43-spurious-made-up.md").write_text(
        HEADER + _row(1, "bbc-other", "bbc_tech_001.txt", "2005-01-01", "S.", "no"), encoding="utf-8")
    (tmp_path / "2026-12-44-empty-draw.md").write_text(HEADER, encoding="utf-8")  # a draw that gave no event
    (tmp_path / "2026-12-45-undrawn.md").write_text(
        HEADER + _row(1, "lgl", "lgl-1", "2009-03-02", "S.", ""), encoding="utf-8")  # not judged yet
    (tmp_path / "2026-12-46-tense-census.md").write_text(
        "| section | events |\n| --- | --- |\n| business | 12 |\n", encoding="utf-8")
    assert [p.name for p in train.training_audits(tmp_path)] == [
        "2026-12-41-us-news-made-up.md", "2026-12-42-news-wire-made-up.md"]


def test_a_judged_event_matches_only_the_same_file_sentence_trigger_and_type(train):
    j = train.Judged("a", "lgl", "lgl-1", "ACCUSE", "blamed", "The council blamed the county.", True)
    event = {"type": "ACCUSE", "trigger": "blamed", "sentence": "The council blamed the county.", "features": {}}
    assert train.match([j], {"lgl/lgl-1": [event]}) == [(j, event)]
    assert train.match([j], {"gwn/lgl-1": [event]}) == []  # another pool's reading: another article
    for key, value in (("type", "REJECT"), ("trigger", "accused"), ("sentence", "The council blamed no one.")):
        assert train.match([j], {"lgl/lgl-1": [{**event, key: value}]}) == []


def test_a_date_the_re_extraction_does_not_give_is_reported(train):
    judged = [train.Judged("a", "lgl", "lgl-1", "ACCUSE", "blamed", "S.", True, pool="lgl", published="2009-03-02"),
              train.Judged("a", "gwn", "gwn-2", "ACCUSE", "blamed", "S.", True, pool="gwn", published=""),
              train.Judged("a", "tbaq", "tbaq-3", "ACCUSE", "blamed", "S.", True, pool="tbaq", published="1990-01-01")]
    extracted = {"lgl/lgl-1": [{"published": "2009-03-02"}], "gwn/gwn-2": [{"published": "2018-01-01"}],
                 "tbaq/tbaq-3": [{"published": "1990-01-02"}]}
    assert train.date_mismatches(judged, extracted) == ["tbaq-3"]  # no date in the table: not checked


def test_lgl_gwn_and_tbaq_articles_are_read_as_their_draws_read_them(train, scripts_on_path, monkeypatch):
    import audit_draw

    monkeypatch.setattr(audit_draw, "DEFAULT_LGL", FIXTURES / "lgl-tiny.xml")
    monkeypatch.setattr(audit_draw, "DEFAULT_GWN", FIXTURES / "gwn-tiny.xml")
    monkeypatch.setattr(audit_draw, "DEFAULT_TBAQ", FIXTURES)
    for cached in (train._xml_pool, train._tbaq_paths):
        cached.cache_clear()
    try:
        lgl = train._article("lgl", "lgl-1001")
        assert lgl.title == "Council approves new library hours" and lgl.source == "example-gazette.com"
        assert str(lgl.published)[:10] == "2009-03-02" and lgl.text.startswith("Council approves new library hours\n\n")
        gwn = train._article("gwn", "gwn-150")  # every number: the audits drew from two ranges
        assert gwn.source == "example-gold.net" and str(gwn.published)[:10] == "2018-04-05"
        tbaq = train._article("tbaq", "tbaq-tbaq-tiny")
        assert tbaq.title is None and tbaq.source == "ZZW" and str(tbaq.published)[:10] == "1999-12-31"
        assert "approved a new pier" in tbaq.text and "<EVENT" not in tbaq.text
        with pytest.raises(ValueError, match="lgl-9"):
            train._article("lgl", "lgl-9")
        with pytest.raises(ValueError, match="tbaq-none"):
            train._article("tbaq", "tbaq-none")
    finally:
        for cached in (train._xml_pool, train._tbaq_paths):
            cached.cache_clear()


def test_precision_at_recall_and_log_loss(train):
    p = np.array([0.9, 0.8, 0.6, 0.3, 0.2, 0.1])
    y = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 0.0])
    assert train.precision_at_recall(p, y, 1 / 3) == 1.0  # the top event alone
    assert train.precision_at_recall(p, y, 0.6) == pytest.approx(2 / 3)  # two right of the top three
    assert train.precision_at_recall(p, y, 1.0) == pytest.approx(3 / 5)
    tied = np.array([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    assert train.precision_at_recall(tied, y, 0.3) == pytest.approx(0.5)  # ties are taken whole
    assert train.log_loss(np.array([0.5, 0.5]), np.array([1.0, 0.0])) == pytest.approx(np.log(2))
    assert train.log_loss(np.array([0.9]), np.array([1.0])) < train.log_loss(np.array([0.1]), np.array([1.0]))


def test_leave_one_audit_out_never_scores_a_fold_by_weights_that_saw_it(train):
    # Two folds that disagree: a model fitted on the other fold alone scores each the wrong way round.
    x = np.array([[1.0, 1.0], [1.0, 0.0]] * 20 + [[1.0, 1.0], [1.0, 0.0]] * 20)
    y = np.array([1.0, 0.0] * 20 + [0.0, 1.0] * 20)
    folds = np.array(["audit:a"] * 40 + ["audit:b"] * 40)
    held = train.loao(x, y, np.ones(80), folds, 1.0, np.ones(80, dtype=bool))
    assert held[0] < 0.5 < held[1] and held[40] > 0.5 > held[41]
    only_a = train.loao(x, y, np.ones(80), folds, 1.0, folds == "audit:a")  # fold a: nothing else to learn from
    assert only_a[0] == pytest.approx(0.5) and only_a[40] > 0.5
