#!/usr/bin/env python3
"""Write mentions.jsonl for heldout16: every gold mention with its character offsets (derived, not hand-written).

gold.jsonl keeps the shared format of the held-out sets (entities with their surface forms, no offsets). The mentions
are the surfaces' occurrences in the article on word boundaries that do not sit inside a longer surface of any entity
(goldlib.free_occurrences, the rule the shared checker and scorer use). This script writes them out so that offsets can
be checked and used directly:

  {"file": ..., "mentions": [{"start": 0, "end": 5, "text": "CAIRO", "type": "LOCATION", "entity": "Cairo"}, ...]}

start/end are Python string offsets (Unicode code points) into the UTF-8 article text, end exclusive; mentions are
sorted by start. Run from anywhere: python3 scripts/mentions.py  (after build_gold.py)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def goldtools_dir():
    """The shared goldtools/: next to the set folder (../goldtools from the set, ../../goldtools from scripts/),
    or, failing that, inside the set (../goldtools from scripts/)."""
    for cand in (os.path.join(ROOT, "..", "goldtools"), os.path.join(HERE, "..", "goldtools")):
        if os.path.isfile(os.path.join(cand, "goldlib.py")):
            return os.path.abspath(cand)
    sys.exit("goldtools/ not found next to the set folder")


sys.path.insert(0, goldtools_dir())
import goldlib  # noqa: E402


def mentions_for(text, ents):
    spans = goldlib.all_spans(text, ents)
    out = []
    for i, e in enumerate(ents):
        for s in e.get("surfaces") or []:
            for a, b in goldlib.free_occurrences(text, ents, i, s, spans):
                out.append({"start": a, "end": b, "text": text[a:b], "type": e.get("type"), "entity": e.get("name")})
    out.sort(key=lambda m: (m["start"], m["end"]))
    return out


def build(gold_path=None, out_path=None):
    gold_path = gold_path or os.path.join(ROOT, "gold.jsonl")
    out_path = out_path or os.path.join(ROOT, "mentions.jsonl")
    lines, n = [], 0
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        text = open(os.path.join(ROOT, "articles", r["file"]), encoding="utf-8").read()
        ms = mentions_for(text, r["entities"])
        n += len(ms)
        lines.append(json.dumps({"file": r["file"], "mentions": ms}, ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.basename(out_path)}: {len(lines)} articles, {n} mentions")


if __name__ == "__main__":
    build()
