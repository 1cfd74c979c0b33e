#!/usr/bin/env python3
"""Write mentions.jsonl (the character offsets of every mention) from gold.jsonl, with the shared goldlib rule:
a surface counts at each of its word-boundary occurrences that does not sit inside a longer surface (of any
entity). One line per article: {"file", "mentions": [{"start", "end", "text", "type", "entity"}]} (Python
code-point offsets, end exclusive, sorted by start).

Usage (from anywhere): python3 scripts/mentions.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder


def goldtools_dir():
    """The shared goldtools/: next to the set folder (../goldtools from the set, ../../goldtools from scripts/),
    else inside the set (../goldtools from scripts/)."""
    for cand in (os.path.join(ROOT, "..", "goldtools"), os.path.join(HERE, "..", "goldtools")):
        if os.path.isfile(os.path.join(cand, "goldlib.py")):
            return os.path.abspath(cand)
    sys.exit("goldtools/ not found next to the set folder")


sys.path.insert(0, goldtools_dir())
import goldlib  # noqa: E402


def article(fname):
    with open(os.path.join(ROOT, "articles", fname), encoding="utf-8") as f:
        return f.read()


def mentions_of(rec, text=None):
    """Sorted mention dicts of one gold record."""
    text = article(rec["file"]) if text is None else text
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
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    recs = load_gold()
    lines = [json.dumps({"file": r["file"], "mentions": mentions_of(r)}, ensure_ascii=False) for r in recs]
    with open(os.path.join(ROOT, "mentions.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    n = sum(len(json.loads(l)["mentions"]) for l in lines)
    print(f"wrote mentions.jsonl: {len(lines)} articles, {n} mentions")


if __name__ == "__main__":
    main()
