#!/usr/bin/env python3
"""Write mentions.jsonl (character offsets of every mention) from gold.jsonl and the articles of heldout20.

One line per article: {"file", "mentions": [{"start", "end", "text", "type", "entity"}]}, Python code-point offsets,
end exclusive, sorted by start. A surface counts at each word-boundary occurrence that does not sit inside a longer
surface (the shared goldlib rule, the same one build_gold.py and check_gold.py use).

Run from anywhere: python3 scripts/mentions.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder


def goldtools_dir():
    """The shared goldtools/ folder: next to the set folder (../goldtools from the set)."""
    for cand in (os.path.join(os.path.dirname(ROOT), "goldtools"), os.path.join(ROOT, "goldtools")):
        if os.path.isfile(os.path.join(cand, "goldlib.py")):
            return cand
    raise SystemExit("goldtools/ not found next to the set folder")


sys.path.insert(0, goldtools_dir())
import goldlib  # noqa: E402


def article_text(fname):
    with open(os.path.join(ROOT, "articles", fname), encoding="utf-8") as f:
        return f.read()


def mentions_of(text, ents):
    """The mentions the gold gives for one article, sorted by offset."""
    spans = goldlib.all_spans(text, ents)
    out = []
    for i, e in enumerate(ents):
        for s in e.get("surfaces") or []:
            for a, b in goldlib.free_occurrences(text, ents, i, s, spans):
                out.append({"start": a, "end": b, "text": text[a:b], "type": e["type"], "entity": e["name"]})
    out.sort(key=lambda m: (m["start"], m["end"]))
    return out


def load_gold(path=None):
    with open(path or os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def build(gold_path=None):
    return [{"file": r["file"], "mentions": mentions_of(article_text(r["file"]), r["entities"])}
            for r in load_gold(gold_path)]


def main():
    recs = build()
    with open(os.path.join(ROOT, "mentions.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote mentions.jsonl: {len(recs)} articles, {sum(len(r['mentions']) for r in recs)} mentions")


if __name__ == "__main__":
    main()
