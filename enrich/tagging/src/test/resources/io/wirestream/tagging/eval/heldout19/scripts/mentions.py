#!/usr/bin/env python3
"""Write mentions.jsonl: the gold of gold.jsonl with the character offsets of every mention.

One line per article: {"file", "mentions": [{"start", "end", "text", "type", "entity"}]}, Python code-point offsets,
end exclusive, sorted by start. A surface counts at each word-boundary occurrence that does not sit inside a longer
surface (of any entity): the shared goldtools/goldlib.py rule, the same one build_gold.py and check_gold.py use.

Usage: python3 scripts/mentions.py            (from the set folder or from scripts/)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
ART = os.path.join(ROOT, "articles")


def goldtools_dir():
    """The shared goldtools/ folder next to the set folder (../goldtools from the set, ../../goldtools from
    scripts/), or ../goldtools from scripts/; it is put on sys.path."""
    for cand in (os.path.join(ROOT, "..", "goldtools"), os.path.join(HERE, "..", "goldtools")):
        cand = os.path.abspath(cand)
        if os.path.isfile(os.path.join(cand, "goldlib.py")):
            if cand not in sys.path:
                sys.path.insert(0, cand)
            return cand
    raise SystemExit("goldtools/ not found next to the set folder")


goldtools_dir()
import goldlib  # noqa: E402


def article_text(fname):
    with open(os.path.join(ART, fname), encoding="utf-8") as f:
        return f.read()


def mentions_for(text, entities):
    """Every mention of the record's entities, as dicts sorted by (start, end)."""
    spans = goldlib.all_spans(text, entities)
    out = []
    for i, e in enumerate(entities):
        for s in e.get("surfaces", []):
            for a, b in goldlib.free_occurrences(text, entities, i, s, spans):
                out.append({"start": a, "end": b, "text": text[a:b], "type": e["type"], "entity": e["name"]})
    out.sort(key=lambda m: (m["start"], m["end"]))
    return out


def build(gold_path=None):
    gold_path = gold_path or os.path.join(ROOT, "gold.jsonl")
    recs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    out = []
    for r in recs:
        out.append({"file": r["file"], "mentions": mentions_for(article_text(r["file"]), r["entities"])})
    return out


def main():
    ms = build()
    with open(os.path.join(ROOT, "mentions.jsonl"), "w", encoding="utf-8") as f:
        for r in ms:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote mentions.jsonl: {len(ms)} articles, {sum(len(r['mentions']) for r in ms)} mentions")


if __name__ == "__main__":
    main()
