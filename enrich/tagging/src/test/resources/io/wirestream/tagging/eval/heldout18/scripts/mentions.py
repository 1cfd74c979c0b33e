#!/usr/bin/env python3
"""Write mentions.jsonl (character offsets of every gold mention) from gold.jsonl, heldout18.

One line per article: {"file", "mentions": [{"start", "end", "text", "type", "entity"}]} with Python code-point
offsets (end exclusive), sorted by start. A surface counts at each word-boundary occurrence that does not sit inside
a longer surface (of any entity), the shared goldlib rule that build_gold.py and check_gold.py use.

Run: python3 scripts/mentions.py   (from anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder


def goldtools_dir():
    """The shared goldtools/ next to the set folder (../goldtools from the set), else ../goldtools from scripts/."""
    for d in (os.path.join(ROOT, "..", "goldtools"), os.path.join(HERE, "..", "goldtools")):
        if os.path.isfile(os.path.join(d, "goldlib.py")):
            return os.path.abspath(d)
    sys.exit("goldtools/ not found next to the set folder")


sys.path.insert(0, goldtools_dir())
import goldlib  # noqa: E402


def text_of(fname):
    return open(os.path.join(ROOT, "articles", fname), encoding="utf-8").read()


def mentions_of(rec, text=None):
    text = text if text is not None else text_of(rec["file"])
    ents = rec["entities"]
    spans = goldlib.all_spans(text, ents)
    out = []
    for i, e in enumerate(ents):
        for s in e["surfaces"]:
            for a, b in goldlib.free_occurrences(text, ents, i, s, spans):
                out.append({"start": a, "end": b, "text": text[a:b], "type": e["type"], "entity": e["name"]})
    out.sort(key=lambda m: (m["start"], m["end"]))
    return out


def load_gold(path=None):
    path = path or os.path.join(ROOT, "gold.jsonl")
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def main():
    recs = load_gold()
    n = 0
    with open(os.path.join(ROOT, "mentions.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            ms = mentions_of(r)
            n += len(ms)
            f.write(json.dumps({"file": r["file"], "mentions": ms}, ensure_ascii=False) + "\n")
    print(f"wrote mentions.jsonl: {len(recs)} articles, {n} mentions")


if __name__ == "__main__":
    main()
