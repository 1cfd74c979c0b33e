#!/usr/bin/env python3
"""Alias statistics for heldout16: entities whose surfaces include a genuinely different second form.

A form is "genuinely different" when it still differs from every other surface of the entity after folding case and
accents (so CAIRO/Cairo, COPIAPÓ/Copiapó or Elysée/Elysee do not count; Morsi/Mohammed Morsi, BKA/Federal Criminal
Office, Stettin/Szczecin, Feygin/Feigin do). DATE entities are reported apart and are NOT counted towards the brief's
threshold (two wordings of one day are not alias merging of a name).

Run from anywhere: python3 scripts/alias_stats.py [-v]   (-v lists every counted entity with its forms)
"""
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def main():
    verbose = "-v" in sys.argv
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
    multi = case_only = genuine = date_multi = 0
    by_type = {}
    listing = []
    for r in recs:
        for e in r["entities"]:
            surfs = e["surfaces"]
            if len(surfs) < 2:
                continue
            if e["type"] == "DATE":
                date_multi += 1
                continue
            multi += 1
            forms = {fold(s) for s in surfs}
            if len(forms) >= 2:
                genuine += 1
                by_type[e["type"]] = by_type.get(e["type"], 0) + 1
                listing.append(f"{r['file'][:2]} {e['type'][:3]} {e['name']}: " + " | ".join(surfs))
            else:
                case_only += 1
    print(f"non-DATE entities with 2+ surfaces: {multi}")
    print(f"  differing only in case/accents (e.g. dateline capitals): {case_only}")
    print(f"  with a genuinely different second form: {genuine} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(by_type.items()))})")
    print(f"DATE entities with 2+ surfaces (not counted): {date_multi}")
    if verbose:
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
