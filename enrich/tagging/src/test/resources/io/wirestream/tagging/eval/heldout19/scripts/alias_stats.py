#!/usr/bin/env python3
"""Alias counts of heldout19 (per-article entity records of gold.jsonl, DATEs left out).

An entity has a genuinely different second form when, after folding case and accents, it still has two or more
distinct surfaces (so ANKARA/Ankara or GRINDAVIK/Grindavík do not count).

Usage: python3 scripts/alias_stats.py [-v]      (-v lists the entities and their forms)
"""
import json
import os
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def main():
    verbose = "-v" in sys.argv[1:]
    multi, case_only, genuine = 0, [], []
    for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            if e["type"] == "DATE" or len(e["surfaces"]) < 2:
                continue
            multi += 1
            if len({fold(s) for s in e["surfaces"]}) >= 2:
                genuine.append((r["file"][:2], e["type"], e["name"], e["surfaces"]))
            else:
                case_only.append((r["file"][:2], e["type"], e["name"], e["surfaces"]))
    by_type = Counter(t for _, t, _, _ in genuine)
    print(f"non-DATE entities with 2+ surfaces: {multi}")
    print(f"  differing only by case or accents: {len(case_only)}")
    print(f"  genuinely different second form: {len(genuine)} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_type.items()))})")
    per_art = Counter(a for a, _, _, _ in genuine)
    print("  per article: " + ", ".join(f"{a}:{n}" for a, n in sorted(per_art.items())))
    if verbose:
        print("\n== genuine ==")
        for a, t, n, s in genuine:
            print(f"{a} {t[:3]} {n}: {' / '.join(s)}")
        print("\n== case/accent only ==")
        for a, t, n, s in case_only:
            print(f"{a} {t[:3]} {n}: {' / '.join(s)}")


if __name__ == "__main__":
    main()
