#!/usr/bin/env python3
"""Build newsevents' event backbone (src/newsevents/data/event_backbone.tsv).

Inputs (build time only, never read at run time):
  - PETRARCH2's CAMEO verb-pattern dictionary CAMEO.2.0.txt (MIT licence, Open Event Data
    Alliance; developed with funding of the US National Science Foundation);
  - PLOVER's CAMEO2PLOVER-2021.txt table (CC BY-SA 4.0, openeventdata/PLOVER).

The dictionary's verb blocks (``--- VERB [code] ---``, then one verb a line with optional
{irregular forms} and code, then ``- <before> * <after> [code]`` patterns) become rows of the
project's own format: verb lemma(s) + conditions on the clause (the grammar of
data/event_lexicon.tsv) -> PLOVER event, mode, context and the CAMEO code. How each part of a
pattern is read (after the dictionary's header comments and PETRARCH2's documentation):

  &SYNSET        expanded to the words of the synonym set (alternatives ``a|b``);
  WORD_          an exact word (the trailing underscore is dropped);
  {A B}          a noun phrase: its last word is the object, the others its modifiers;
  (PREP NOUN)    a prepositional phrase: ``prep:PREP`` and ``pobj:NOUN``;
  OFF, OUT ...   a particle right after the verb: ``prep:off``;
  + $ ^ %        target, source, skip and compound-actor marks: dropped (newsevents' own
                 argument rules find the actor and recipient);
  [a:b]          a paired code (a for the source's act, b for the target's): a is kept, and a
                 pattern with an empty a (``[:173]``, only the target acts) is left out;
  [---]          no event: kept as a stop row for the backbone's own rows.

A verb with no pattern gives a row only when it heads its block or carries a code of its own
(the blocks' other synonyms, many from WordNet, are too loose alone: "examine" under
INVESTIGATE), and that row needs a party: ``party:any`` for ASSAULT and COERCE (any noun object
or prepositional object: "seized the town"), ``party:actor`` for the others (a name, pronoun or
role: "praised the minister", not "decided the matter").

Patterns with words before the verb (``- &MILITARY *``) are left out: they constrain the
subject, which newsevents' actor rules decide. CAMEO codes map to PLOVER through the table,
falling back to the longest listed prefix (``0231`` -> ``023``); the table has no rows for
CAMEO 19 (fight) and 20 (mass violence), which PLOVER folds into ASSAULT (:data:`FIGHT`).
Codes that map to no PLOVER type (01 statements, 02 appeals) give no row.

The output carries CC BY-SA 4.0 (it is derived from PLOVER's table), with the credits of both
sources in its header and in src/newsevents/data/EVENT-BACKBONE-LICENSE.txt.

usage: scripts/build_event_backbone.py [--cameo PATH] [--plover PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "lexicons"
OUT = ROOT / "src" / "newsevents" / "data" / "event_backbone.tsv"

# CAMEO roots the PLOVER 2021 table does not list: PLOVER codes fighting and mass violence as
# ASSAULT, with the weapon as its mode.
FIGHT = {"186": "assassinate", "193": "firearms", "194": "heavy-weapons", "195": "aerial", "204": "cbrn"}
# Words right after a verb that are particles of a phrasal verb, not objects ("call off").
PARTICLES = frozenset({"off", "out", "up", "down", "back", "away", "forward", "aside", "over", "ahead",
                       "together", "apart", "in", "on", "around", "through", "behind", "along"})
PREPOSITIONS = frozenset({"to", "with", "for", "from", "of", "against", "into", "at", "by", "about",
                          "toward", "towards", "upon", "onto", "under", "between", "among", "as",
                          "before", "after", "across", "within", "without", "near", "beyond", "despite"})
# Words of a synonym set's phrase that modify nothing ("BOW_AND_ARROW").
FUNCTION_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "to", "for"})
# Where the recipient of each type is named besides the object (the hand lexicon's habits).
RECIPIENT_PREPS = {
    "AGREE": "with", "CONSULT": "with|between|among", "SUPPORT": "for|to", "COOPERATE": "with", "AID": "to|for",
    "CONCEDE": "to", "RETREAT": "from|to", "REQUEST": "to|from", "ACCUSE": "of|against", "REJECT": "-",
    "THREATEN": "against|with", "PROTEST": "against", "SANCTION": "on|against|from",
    "MOBILIZE": "against|to", "COERCE": "on|against", "ASSAULT": "on|against",
}
# Types whose bare verb may act on a thing or place ("seized the town", "shelled houses").
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
COLUMNS = ("pos", "lemma", "needs", "event", "mode", "context", "cameo", "recipient_preps", "source")


@dataclass
class Block:
    name: str
    default: str
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # (lemma, needs, own code)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # (needs, code, pattern text)


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER event, mode, context)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        match = re.match(r"^(\d+):\s*(.*)$", body)
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")]
        event = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        context = "|".join(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ""
        table.setdefault(match.group(1), (event, mode, context))
    return table


def plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The PLOVER (event, mode, context) of a CAMEO code: its own row or its longest listed prefix."""
    if code[:2] in ("19", "20") or code[:3] == "186":
        return ("ASSAULT", FIGHT.get(code[:3], ""), "military")
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


def clean(word: str) -> str:
    return word.strip().rstrip("_").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.lstrip().startswith("#"):
            continue  # a comment inside a set does not end it
        body = line.split("#", 1)[0].strip()
        if body.startswith("&"):
            current = body.split()[0]
            synsets[current] = []
        elif body.startswith("+") and current:
            synsets[current].append(body[1:].split()[0])
        elif not body:
            current = None
    return synsets


def expand(word: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str]:
    """A word or synonym set -> its words (lower case, phrases as their last word)."""
    if word.startswith("&"):
        found = []
        for member in synsets.get(word, []) if depth < 4 else []:
            found += expand(member, synsets, depth + 1)
        return found
    parts = [clean(p) for p in word.split("_") if clean(p)]
    if len(parts) > 1 and depth:
        return []  # a phrase in a synonym set ("CEASE_FIRE"): its last word alone would mislead
    return [parts[-1]] if parts else []


def noun_forms(words: list[str]) -> list[str]:
    """Words with their singular ("sanctions" -> "sanction"): conditions match lemmas or forms."""
    found: list[str] = []
    for word in words:
        forms = [word]
        if word.endswith("ies") and len(word) > 4:
            forms.append(word[:-3] + "y")
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            forms.append(word[:-1])
        found += [f for f in forms if f not in found]
    return found


TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def pattern_needs(after: str, synsets: dict[str, list[str]]) -> str | None:
    """The conditions of the words after the verb, or None when the pattern cannot be read."""
    needs: list[str] = []
    objects: list[str] = []
    modifiers: list[str] = []
    pending_prep: str | None = None
    first = True
    for piece in TOKEN.findall(after):
        if piece in ("+", "$", "^", "%") or piece.startswith(("+", "$", "%")) and len(piece) == 1:
            continue
        if piece.startswith("("):
            words = [w for w in piece[1:-1].replace("{", " ").replace("}", " ").split() if w not in "+$^%"]
            if not words:
                continue
            needs.append(f"prep:{clean(words[0])}")
            nouns = noun_forms(expand(words[-1], synsets)) if len(words) > 1 else []
            if nouns:
                needs.append("pobj:" + "|".join(nouns))
            first = False
            continue
        if piece.startswith("{"):
            words = piece[1:-1].split()
            if not words:
                continue
            heads = noun_forms(expand(words[-1], synsets))
            mods = [m for w in words[:-1] for m in expand(w, synsets)]
        else:
            word = piece.strip("+$^%")
            if not word:
                continue
            lower = clean(word)
            if first and lower in PARTICLES:
                needs.append(f"prep:{lower}")
                continue
            if lower in PREPOSITIONS or lower in PARTICLES:
                pending_prep = lower
                needs.append(f"prep:{lower}")
                first = False
                continue
            heads, mods = noun_forms(expand(word, synsets)), []
        first = False
        if not heads:
            return None
        if pending_prep:
            needs.append("pobj:" + "|".join(heads))
            pending_prep = None
            continue
        if objects:
            modifiers += objects  # "OUT VIEWS", "ARMS SHIPMENT": the last noun heads the phrase
        objects, modifiers = heads, modifiers + mods
    if objects:
        needs.append("obj:" + "|".join(objects))
    if modifiers:
        needs.append("objmod:" + "|".join(dict.fromkeys(modifiers)))
    return " ".join(needs) if needs else "-"


def phrase_heads(name: str, synsets: dict[str, list[str]]) -> dict[str, list[str]]:
    """The phrases of a synonym set whose head the set's words lack ("ARMED_FORCES", "BATTLE_TANK" in
    &MILITARY, &WEAPON): head -> the words before it. :func:`expand` drops them (the head alone
    would mislead: "fire" of CEASE_FIRE, "services" of SECURITY_SERVICES); read with their modifiers
    they are kept (:func:`phrase_patterns`)."""
    words = set(expand(name, synsets))
    heads: dict[str, list[str]] = {}
    for member in synsets.get(name, []):
        parts = [clean(p) for p in member.split("_") if clean(p)]
        if len(parts) > 1 and parts[-1].isalpha() and parts[-1] not in words:
            heads.setdefault(parts[-1], [])
            heads[parts[-1]] += [m for m in parts[:-1] if m.isalpha() and m not in FUNCTION_WORDS
                                 and m not in heads[parts[-1]]]
    return {head: mods for head, mods in heads.items() if mods}


def phrase_patterns(after: str, synsets: dict[str, list[str]]) -> list[str]:
    """The conditions of a pattern read once more for each phrase head of a synonym set that stands
    alone as its object ("- * &MILITARY [150]" with "armed forces": obj:forces objmod:armed), as the
    dictionary's phrases are written ({ARMED FORCES})."""
    found: list[str] = []
    pieces = TOKEN.findall(after)
    for index, piece in enumerate(pieces):
        name = piece.strip("+$^%")
        if not name.startswith("&") or name not in synsets:
            continue
        for head, mods in phrase_heads(name, synsets).items():
            modifiers = f"&__{head.upper()}_MODS"
            local = dict(synsets)
            local[modifiers] = [m.upper() for m in mods]
            text = " ".join(pieces[:index] + [f"{{{modifiers} {head.upper()}}}"] + pieces[index + 1:])
            needs = pattern_needs(text, local)
            if needs is not None and needs not in found:
                found.append(needs)
    return found


def read_blocks(lines: list[str], synsets: dict[str, list[str]], stats: Counter[str]) -> list[Block]:
    blocks: list[Block] = []
    block: Block | None = None
    for raw in lines:
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if header:
            block = Block(header.group(1), header.group(2).strip())
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            match = re.match(r"^-\s*(.*?)\*(.*?)\[([^\]]*)\]\s*$", line)
            if not match:
                stats["pattern not read"] += 1
                continue
            before, after, code = match.groups()
            if before.strip():
                stats["pattern with words before the verb (not used)"] += 1
                continue
            needs = pattern_needs(after, synsets)
            if needs is None:
                stats["pattern not read"] += 1
                continue
            block.patterns.append((needs, code.strip(), line[1:].strip()))
            for phrase_needs in phrase_patterns(after, synsets):
                stats["pattern read again for a synonym set's phrases"] += 1
                block.patterns.append((phrase_needs, code.strip(), line[1:].strip() + " (phrase)"))
            continue
        # a verb line: WORD {forms} [code], or +MULTI_WORD {forms} [code]
        code_match = re.search(r"\[([^\]]*)\]", line)
        words = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not words:
            continue
        parts = [clean(p) for p in words[0].lstrip("+").split("_") if clean(p)]
        if not parts or not parts[0].isalpha():
            continue
        needs = []
        for extra in parts[1:]:
            needs.append(f"prep:{extra}" if extra in PARTICLES or extra in PREPOSITIONS else f"obj:{extra}")
        block.verbs.append((parts[0], " ".join(needs) or "-", code_match.group(1).strip() if code_match else ""))
    return blocks


def rows(blocks: list[Block], table: dict[str, tuple[str, str, str]], stats: Counter[str]) -> list[tuple[str, ...]]:
    out: dict[tuple[str, str], tuple[str, ...]] = {}

    def add(lemmas: list[str], needs: str, code: str, source: str) -> None:
        code = code.split(":")[0].strip()
        if not code:
            stats["paired code with no act of the source (not used)"] += 1
            return
        if code == "---":
            event, mode, context, cameo, preps = "-", "-", "-", "-", "-"
        else:
            mapped = plover_for(code, table)
            if mapped is None:
                stats["CAMEO code with no PLOVER type (01, 02 ...)"] += 1
                return
            event, mode, context = mapped
            cameo, preps = code, RECIPIENT_PREPS.get(event, "-")
        if needs == "-" and event != "-":
            # a bare verb is evidence only with someone or something it acts on: verbal types
            # need an actor-like object, material ones any object (PETRARCH2 read the verb
            # with its constituency parse; a bare verb alone over-codes: "decide", "aim")
            needs = "party:any" if event in MATERIAL_CONFLICT else "party:actor"
        lemma = "|".join(sorted(set(lemmas)))
        key = (lemma, needs)
        if key in out:
            stats["duplicate pattern (first kept)"] += 1
            return
        out[key] = ("VERB", lemma, needs, event, mode or "-", context or "-", cameo, preps, source)

    for block in blocks:
        lemmas = [v[0] for v in block.verbs if v[1] == "-"]
        for lemma, needs, own in block.verbs:
            code = own or block.default
            if needs == "-" and not own and lemma != block.name.lower():
                # the block's synonyms (many from WordNet, "examine" under INVESTIGATE) count
                # with the block's patterns, but alone only the head verb and verbs the
                # dictionary coded one by one are evidence
                stats["synonym without a code of its own (patterns only)"] += 1
                continue
            if needs != "-" or code not in ("", "---"):
                add([lemma], needs, code, f"{block.name}: {lemma} {needs}".strip())
        for needs, code, text in block.patterns:
            if lemmas:
                add(lemmas, needs, code, f"{block.name}: {' '.join(text.split())}")
            for lemma, verb_needs, _ in block.verbs:
                if verb_needs != "-" and all(n.startswith("prep:") for n in verb_needs.split()):
                    # "give up" + the pattern's words ("take leave" has its own object: no)
                    add([lemma], f"{verb_needs} {needs}".replace(" -", ""), code, f"{block.name}: {' '.join(text.split())}")
    stats["rows"] = len(out)
    return sorted(out.values(), key=lambda r: (r[1], r[2]))


HEADER = """\
# newsevents event backbone: verb patterns -> PLOVER events. GENERATED by
# scripts/build_event_backbone.py; do not edit (add hand-written rows to event_lexicon.tsv).
# Derived from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence, copyright Open Event
# Data Alliance; dictionary development funded by the US National Science Foundation) and PLOVER's
# CAMEO2PLOVER-2021 table (openeventdata/PLOVER, CC BY-SA 4.0). This file is licensed CC BY-SA 4.0;
# see EVENT-BACKBONE-LICENSE.txt.
# Columns: pos, lemma (alternatives a|b), needs (event_lexicon.tsv's conditions, plus objmod:a|b, a
# modifier of the object), PLOVER event (- = no event), mode, context, CAMEO code, recipient
# prepositions, source (the dictionary's verb block and pattern).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cameo", type=Path, default=SHARED / "petrarch2" / "CAMEO.2.0.txt")
    parser.add_argument("--plover", type=Path, default=SHARED / "plover" / "CAMEO2PLOVER-2021.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for path in (args.cameo, args.plover):
        if not path.is_file():
            print(f"{path}: not found", file=sys.stderr)
            return 2
    lines = args.cameo.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    stats: Counter[str] = Counter()
    synsets = read_synsets(lines[:start])
    blocks = read_blocks(lines[start:], synsets, stats)
    table = read_plover(args.plover)
    found = rows(blocks, table, stats)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("\t".join(COLUMNS) + "\n")
        for row in found:
            handle.write("\t".join(row) + "\n")
    by_type = Counter(r[3] for r in found)
    print(f"{args.out}: {len(found)} rows from {len(blocks)} verb blocks, {len(synsets)} synonym sets")
    print("  by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    for reason, n in sorted(stats.items()):
        print(f"  {reason}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
