"""speed24: what a process does before and around its articles, cheaper and with the same result.

The tokenizer's affix patterns are changed with its special cases loaded once: the tokenizer
ends in the state the two patterns set one after the other leave (same rules, same patterns,
same tokens on sentences of our own)."""

from __future__ import annotations

import spacy

from newsevents.pipeline import (
    keep_abbreviated_titles,
    keep_hyphened_words,
    special_cases_loaded_once,
    split_currency_signs,
    split_run_on_marks,
)

# Run-on marks, a currency sign glued to its amount, special cases with affix characters (an
# emoticon, a contraction, an abbreviation), a hyphened noun and an abbreviated title.
SENTENCES = [
    'The mayor said,"We will rebuild the bridge" on Monday.',
    "LONDON, May 2 (ABC):The council paid HK$5bn and Rs500 for it :) but can't say why.",
    "Sgt. Ann Lee led the counter-attack near the U.S. border, e.g. at 5km.",
]


def _tokenizer_state(nlp: spacy.language.Language) -> tuple:
    tokenizer = nlp.tokenizer
    tokens = [[(t.text, t.whitespace_, t.norm_) for t in tokenizer(s)] for s in SENTENCES]
    return tokenizer.to_bytes(exclude=["vocab"]), list(tokenizer.rules), tokens


def _prepared(one_load: bool) -> spacy.language.Language:
    nlp = spacy.blank("en")
    if one_load:
        with special_cases_loaded_once(nlp):
            split_run_on_marks(nlp)
            split_currency_signs(nlp)
    else:
        split_run_on_marks(nlp)
        split_currency_signs(nlp)
    keep_hyphened_words(nlp)
    keep_abbreviated_titles(nlp)
    return nlp


def test_affix_patterns_set_with_one_load_leave_the_same_tokenizer() -> None:
    once, each = _prepared(True), _prepared(False)
    assert _tokenizer_state(once) == _tokenizer_state(each)
    # the block's changes are there: the run-on comma and quotation mark are words of their own
    assert [t.text for t in once.tokenizer(SENTENCES[0])][:5] == ["The", "mayor", "said", ",", '"']


def test_the_rules_come_back_when_the_block_fails() -> None:
    nlp = spacy.blank("en")
    before = dict(nlp.tokenizer.rules)
    try:
        with special_cases_loaded_once(nlp):
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert nlp.tokenizer.rules == before
    assert [t.text for t in nlp.tokenizer("We can't go.")] == ["We", "ca", "n't", "go", "."]


# The reader's English check counts the letters outside the Latin script, not the Latin ones.
def _latin_share_as_listed(head: str) -> tuple[int, int]:
    """(letters, Latin letters) as the check counted them before: every Latin letter listed."""
    import re

    return sum(map(str.isalpha, head)), sum(map(str.isalpha, re.findall(r"[A-Za-z\u00C0-\u024F]", head)))


def test_the_latin_letters_counted_by_the_others_are_the_listed_ones() -> None:
    import random

    from newsevents.ingest import base

    # ASCII, Latin-1 (with its two signs × ÷), Latin Extended, Greek, Cyrillic, CJK, digits and marks
    alphabet = "aZ q7_ -.,'\té×÷ßŁœǅȳɏɐΩжЯ中文١٢\u0301²½"
    rng = random.Random(24)
    for _ in range(300):
        head = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        letters, latin = _latin_share_as_listed(head)
        assert letters - sum(map(str.isalpha, base._NOT_LATIN.findall(head))) == latin, head


def test_the_english_check_still_tells_scripts_and_languages_apart() -> None:
    from newsevents.ingest.base import problem_with

    english = "The council said on Monday that it would close the old bridge for repairs and open a new one. " * 3
    assert problem_with(english) is None
    assert problem_with("Совет заявил в понедельник, что закроет старый мост на ремонт и откроет новый. " * 3) \
        == "not English (mostly non-Latin script)"
    assert problem_with("Der Stadtrat erklärte am Montag, dass er die alte Brücke wegen Reparaturen schließen werde. " * 3) \
        == "not English (only 0% English function words)"


def test_extract_as_a_program_ends_with_its_output_whole_and_its_status(tmp_path) -> None:
    """extract run as the program keeps its whole stdout and stderr, and its exit status is the
    run's (3: an input was skipped)."""
    import json
    import subprocess
    import sys

    good = tmp_path / "good.txt"
    good.write_text("The council said on Monday that it would close the old bridge in Millford for repairs.\n",
                    encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsevents.cli", "extract", str(good), str(empty),
                           "--format", "jsonl", "--no-progress"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["article"]["text"].startswith("The council said")
    assert "empty.txt: empty text" in done.stderr


def test_main_called_with_arguments_returns(tmp_path) -> None:
    """A caller of main() (tests, a script) gets the status back and its process goes on."""
    from newsevents.cli import main

    good = tmp_path / "good.txt"
    good.write_text("The council said on Monday that it would close the old bridge for repairs.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(good), "--format", "jsonl", "-o", str(out), "--no-progress", "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_the_parser_imports_neither_spacy_nor_the_stages_and_version_still_answers() -> None:
    """``query`` and ``serve`` build the same parser: it no longer imports spaCy for --version."""
    import subprocess
    import sys

    code = ("import sys\nfrom newsevents.cli import build_parser\n"
            "args = build_parser().parse_args(['query', '--db', 'x.duckdb'])\n"
            "print(args.command, 'spacy' in sys.modules, 'newsevents.pipeline' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["query", "False", "False"], done.stderr
    version = subprocess.run([sys.executable, "-m", "newsevents.cli", "--version"], capture_output=True, text=True,
                             timeout=300)
    assert version.returncode == 0 and version.stdout.startswith("newsevents ") and version.stdout.count("\n") == 1


# The gazetteer's rows and postings are read a line at a time from the file's bytes.
def test_gazetteer_lines_read_from_the_bytes_are_the_split_lines() -> None:
    import pytest

    from newsevents.geo.gazetteer import _Lines

    for text in ["a\n\nSão Tomé\tx\n1,2~\n", "one", "", "\n", "x\ny"]:
        data = ("#head\n" + text + "\n%%\n").encode("utf-8")
        start = len(b"#head\n")
        end = start + len(text.encode("utf-8"))
        lines, expected = _Lines(data, start, end), text.split("\n")
        assert len(lines) == len(expected) and list(lines) == expected, text
        assert lines[-1] == expected[-1] and lines[::2] == expected[::2] and lines[1:] == expected[1:]
        with pytest.raises(IndexError):
            lines[len(expected)]
