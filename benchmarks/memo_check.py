"""Check that the memoising attribute ruler and lemmatizer annotate exactly as spaCy's own (run by hand).

    .venv/bin/python benchmarks/memo_check.py [--dir DIR] [--every 1] [--model M]

Every ``--every``-th sorted ``*.txt`` file of DIR (default: the whole BBC 2004 corpus) goes
through the model's components up to the attribute ruler; each Doc is then copied, one copy
annotated by the stock ``attribute_ruler`` and ``lemmatizer`` of one loaded model, the other by
those of a second load made memoising by :mod:`newsevents.spacy_memo`, and the two compared
token by token (tag, POS, morphology, lemma,
dependency label and head). It prints the number of tokens compared and of differences (listing
the first few), each side's CPU seconds, and exits 1 if any token differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "corpora" / "bbc-news-2004"
COMPARED = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
NAMES = ("tag", "pos", "morph", "lemma", "dep", "head")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--model")
    args = parser.parse_args(argv)
    from newsevents.pipeline import load_model
    from newsevents.spacy_memo import memoise

    files = sorted(p for p in args.dir.rglob("*.txt") if p.name.lower() != "readme.txt")[::max(args.every, 1)]
    if not files:
        print(f"memo_check: no .txt articles in {args.dir}", file=sys.stderr)
        return 2
    nlp = load_model(args.model)
    memo_nlp = load_model(args.model)
    names = nlp.pipe_names
    stock = {name: type(proc) for name, proc in nlp.pipeline}
    memoised = memoise(memo_nlp)
    later = [n for n in names if names.index(n) >= min(names.index(m) for m in memoised)]
    upstream = [n for n in names if n not in later]
    clock = time.process_time
    seconds = {"stock": 0.0, "memo": 0.0}
    tokens = differences = 0
    texts = (p.read_text(encoding="utf-8") for p in files)
    for path, doc in zip(files, nlp.pipe(texts, disable=later), strict=True):
        docs = {"stock": doc, "memo": Doc(memo_nlp.vocab).from_bytes(doc.to_bytes())}
        for side, copy in docs.items():
            for name in (n for n in later if n in memoised):
                proc = (memo_nlp if side == "memo" else nlp).get_pipe(name)
                before = clock()
                proc(copy)
                seconds[side] += clock() - before
        a, b = (docs[s].to_array(COMPARED) for s in ("stock", "memo"))
        tokens += len(doc)
        for i in (a != b).any(axis=1).nonzero()[0].tolist():
            differences += 1
            if differences <= 10:
                token = doc[i]
                diff = {NAMES[k]: (docs["stock"][i].__getattribute__(NAMES[k] + "_" if k < 5 else "i"),
                                   docs["memo"][i].__getattribute__(NAMES[k] + "_" if k < 5 else "i"))
                        for k in range(len(COMPARED)) if a[i, k] != b[i, k]}
                print(f"{path.name}: token {i} {token.text!r}: {diff}")
    print(f"{len(files)} article(s), {tokens} tokens through {', '.join(upstream)}; compared after "
          f"{', '.join(n for n in later if n in memoised)} ({', '.join(f'{n}: {stock[n].__name__}' for n in memoised)}): "
          f"{differences} token(s) differ; CPU s stock {seconds['stock']:.2f}, memoised {seconds['memo']:.2f}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
