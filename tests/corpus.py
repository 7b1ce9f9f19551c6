"""Small articles built from sentences written for the tests, deterministically (a seeded RNG)."""

from __future__ import annotations

import json
import random
from pathlib import Path

SENTENCES = [
    line.strip()
    for line in (Path(__file__).parent / "fixtures" / "corpus" / "sentences.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` distinct articles of 3-6 sentences in two paragraphs, as JSON Lines objects."""
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        picked = rng.sample(SENTENCES, rng.randint(3, 6))
        text = " ".join(picked[:2]) + "\n\n" + " ".join(picked[2:])
        if text in seen:
            continue
        seen.add(text)
        day = 1 + len(out) % 28
        out.append({"text": text, "title": picked[0][:60], "published": f"2024-03-{day:02d}",
                    "source": ("Wire", "Daily", "Herald")[len(out) % 3]})
    return out


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles(n, seed)), encoding="utf-8")
    return path
