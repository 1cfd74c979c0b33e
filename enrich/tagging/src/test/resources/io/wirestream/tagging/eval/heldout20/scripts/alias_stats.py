#!/usr/bin/env python3
"""Alias counts of heldout20 (per-article entity records of gold.jsonl, DATEs left out).

* "2+ surfaces": entities with two or more surfaces;
* "case/accent-only": all surfaces fold to one form when case, accents and non-alphanumeric characters (spaces,
  hyphens, periods) are ignored (a dateline city in capitals beside the running-text name, HANOI/Hà Nội);
* "genuine": at least two distinct folded forms (a surname alone, an acronym, a short form, a transliteration, a
  translated or source-language name, a site's bare name beside the name with its head).

Usage: python3 scripts/alias_stats.py [-v]     (-v lists the genuine ones, per article)
"""
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if c.isalnum())


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
    multi = caseonly = 0
    genuine = {}
    listing = []
    for r in recs:
        for e in r["entities"]:
            if e["type"] == "DATE" or len(e["surfaces"]) < 2:
                continue
            multi += 1
            forms = {fold(s) for s in e["surfaces"]}
            if len(forms) < 2:
                caseonly += 1
                continue
            genuine[e["type"]] = genuine.get(e["type"], 0) + 1
            listing.append(f"{r['file'][:2]} {e['type'][:3]} {e['name']}: {' / '.join(e['surfaces'])}")
    print(f"entities (DATEs left out) with 2+ surfaces: {multi}; case/accent-only: {caseonly}; "
          f"genuine second form: {sum(genuine.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(genuine.items(), key=lambda x: -x[1]))})")
    if "-v" in sys.argv:
        print("\n".join(listing))


if __name__ == "__main__":
    main()
