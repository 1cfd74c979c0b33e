#!/usr/bin/env python3
"""Count the entities of gold.jsonl that have a genuinely different second form.

An entity has a genuine second form when its surfaces give at least two distinct forms after folding case and
accents (so CAIRO/Cairo or Pedrógão/Pedrogao is not one); DATEs are left out. -v lists them.
"""
import collections
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.casefold()) if unicodedata.category(c) != "Mn")


def main():
    verbose = "-v" in sys.argv
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
    multi = case_only = 0
    genuine = collections.Counter()
    rows = []
    for r in recs:
        for e in r["entities"]:
            if len(e["surfaces"]) < 2:
                continue
            multi += 1
            if e["type"] == "DATE":
                continue
            forms = {fold(s) for s in e["surfaces"]}
            if len(forms) < 2:
                case_only += 1
                continue
            genuine[e["type"]] += 1
            rows.append(f"{r['file'][:2]} {e['type'][:3]} {e['name']}: {' | '.join(e['surfaces'])}")
    print(f"entities with 2+ surfaces: {multi}; case/accent-only: {case_only}; genuine second form: "
          f"{sum(genuine.values())} ({', '.join(f'{k} {v}' for k, v in sorted(genuine.items()))})")
    if verbose:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
