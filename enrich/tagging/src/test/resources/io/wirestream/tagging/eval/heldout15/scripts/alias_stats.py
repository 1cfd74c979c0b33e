#!/usr/bin/env python3
"""Count entities with a genuinely different second surface form (heldout15).

An entity counts when its surfaces, folded for case and accents, give two or more distinct forms: the dateline
pair "NAIROBI"/"Nairobi" does not count, "Ole Lenku"/"Joseph Ole Lenku" does. Run from scripts/; -v lists them.
"""
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").casefold()


def main():
    verbose = "-v" in sys.argv
    multi = genuine = case_only = 0
    by_type = {}
    for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        for e in r["entities"]:
            if len(e["surfaces"]) < 2:
                continue
            multi += 1
            if len({fold(s) for s in e["surfaces"]}) >= 2:
                genuine += 1
                by_type[e["type"]] = by_type.get(e["type"], 0) + 1
                if verbose:
                    print(f"{r['file'][:3]} {e['type'][:3]} {e['name']}: {' | '.join(e['surfaces'])}")
            else:
                case_only += 1
    print(f"entities with 2+ surfaces: {multi}; case/accent-only: {case_only}; "
          f"genuinely different second form: {genuine} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_type.items()))})")


if __name__ == "__main__":
    main()
