#!/usr/bin/env python3
"""Count entities with 2+ surfaces, and those with a genuinely different second form (case and accents folded)."""
import json, os, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").casefold()
multi = genuine = 0
case_only = []
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    for e in r["entities"]:
        if len(e["surfaces"]) >= 2:
            multi += 1
            if len({fold(s) for s in e["surfaces"]}) >= 2:
                genuine += 1
                if "-v" in sys.argv:
                    print(r["file"][:3], e["type"][:3], " / ".join(e["surfaces"]))
            else:
                case_only.append((r["file"][:3], e["surfaces"]))
print(f"multi-surface {multi}, genuinely different {genuine}, case/accent-only {len(case_only)}")
for c in case_only:
    print("  case/accent-only:", *c)
