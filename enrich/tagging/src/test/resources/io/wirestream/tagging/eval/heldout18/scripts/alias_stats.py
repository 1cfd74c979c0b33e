#!/usr/bin/env python3
"""Alias counts of heldout18: entities with two or more surfaces, and those with a genuinely different second form.

Two surfaces are "the same form" when they are equal after folding case and accents (MOSCOW/Moscow, Hà Nội/Ha Noi);
an entity counts as having a genuine second form when at least two of its surfaces differ after that folding.
DATEs are left out of the genuine count.

Run: python3 scripts/alias_stats.py [-v]     (-v lists the genuine ones)
"""
import json
import os
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("İ", "I").casefold()


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
    multi = case_only = 0
    genuine = []
    for r in recs:
        for e in r["entities"]:
            if len(e["surfaces"]) < 2:
                continue
            multi += 1
            if len({fold(s) for s in e["surfaces"]}) < 2:
                case_only += 1
            elif e["type"] != "DATE":
                genuine.append((r["file"][:2], e["type"], e["name"], e["surfaces"]))
    by = Counter(t for _, t, _, _ in genuine)
    print(f"entities with 2+ surfaces: {multi}; case/accent-only: {case_only}; genuine second form: {len(genuine)} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by.items()))})")
    if "-v" in sys.argv:
        for f, t, n, s in genuine:
            print(f"  {f} {t[:3]} {n}: {' / '.join(s)}")


if __name__ == "__main__":
    main()
