#!/usr/bin/env python3
"""Build gold.jsonl from gold_src.py (every held-out set written with these scripts: heldout7, heldout8, heldout9, heldout10).

* words = len(text.split())
* entities sorted by first mention (first occurrence of any surface that does not sit inside a
  longer surface); surfaces of an entity sorted by their first such occurrence.
* DATE entities get "value" (= canonical name). Options such as "future" stay in gold_src.py
  (they are read by check_gold.py only).
"""
import json
import os
import sys

import goldlib

HERE = os.path.dirname(os.path.abspath(__file__))       # eval/goldtools/
# the set folder (holding articles/, gold.jsonl and scripts/gold_src.py): --set DIR, else the current folder
ROOT = os.path.abspath(sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else ".")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from gold_src import GOLD  # noqa: E402 (the set's own gold, found through --set)
ART = os.path.join(ROOT, "articles")


def build():
    lines = []
    problems = 0
    for fname in sorted(GOLD):
        src = GOLD[fname]
        text = open(os.path.join(ART, fname), encoding="utf-8").read()
        ents = []
        for t in src["entities"]:
            typ, name, surfaces = t[0], t[1], list(t[2])
            e = {"type": typ, "name": name}
            if typ == "DATE":
                e["value"] = name
            e["surfaces"] = surfaces
            ents.append(e)
        spans = goldlib.all_spans(text, ents)
        firsts = []
        for i, e in enumerate(ents):
            fm = goldlib.first_mention(text, ents, i, spans)
            if fm is None:
                print(f"{fname}: {e['type']} {e['name']}: no free occurrence of any surface",
                      file=sys.stderr)
                problems += 1
                fm = 10 ** 9
            firsts.append(fm)
            order = []
            for s in e["surfaces"]:
                p = goldlib.surface_first(text, ents, i, s, spans)
                order.append((p if p is not None else 10 ** 9, s))
            e["surfaces"] = [s for _, s in sorted(order, key=lambda x: x[0])]
        ents = [e for _, _, e in sorted(zip(firsts, range(len(ents)), ents),
                                        key=lambda x: (x[0], x[1]))]
        rec = {"file": fname, "publishedOn": src["publishedOn"],
               "words": len(text.split()), "entities": ents}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote gold.jsonl: {len(lines)} articles, "
          f"{sum(len(GOLD[k]['entities']) for k in GOLD)} entities, {problems} build problems")
    return problems


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
