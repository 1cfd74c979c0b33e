#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it."""
import copy
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_corrupt.jsonl")
recs = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]


def find(recs, f, name):
    r = next(r for r in recs if r["file"].startswith(f))
    return r, next(e for e in r["entities"] if e["name"] == name)


def c_missing(rs):
    _, e = find(rs, "h01", "Mohamed Bazoum"); e["surfaces"].append("Bazum")
def c_shared(rs):
    _, e = find(rs, "h05", "Mexico"); e["surfaces"].append("Mexico City")
def c_baddate(rs):
    _, e = find(rs, "h02", "2024-06-18"); e["value"] = "2024-06-31"; e["name"] = "2024-06-31"
def c_wrongyear(rs):
    _, e = find(rs, "h05", "2024-10-01"); e["value"] = e["name"] = "2023-10-01"
def c_the(rs):
    _, e = find(rs, "h08", "Patapsco River"); e["surfaces"] = ["the Patapsco River"]
def c_poss(rs):
    _, e = find(rs, "h05", "Mexico"); e["surfaces"].append("Mexico's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h03")); r["entities"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):
    r, e = find(rs, "h10", "Tokyo"); e["surfaces"].remove("TOKYO")
def c_head(rs):
    _, e = find(rs, "h20", "Enga"); e["surfaces"] = ["Enga province"]
def c_value_on_person(rs):
    _, e = find(rs, "h11", "Yoon Suk Yeol"); e["value"] = "2024-12-03"
def c_bare_month(rs):
    _, e = find(rs, "h15", "2023-10"); e["surfaces"] = ["October"]; e["value"] = e["name"] = "2024-10"
def c_inside_only(rs):
    _, e = find(rs, "h09", "Japan"); e["surfaces"] = ["Japan Business"]
def c_json(rs):
    return "broken"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_the, c_poss, c_order, c_words,
         c_dateline, c_head, c_value_on_person, c_bare_month, c_inside_only, c_json]
fails = 0
for t in TESTS:
    rs = copy.deepcopy(recs)
    out = t(rs)
    with open(TMP, "w", encoding="utf-8") as f:
        if out == "broken":
            f.write("{not json\n")
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    p = subprocess.run([sys.executable, os.path.join(HERE, "check_gold.py"), "--gold", TMP],
                       capture_output=True, text=True)
    errs = [l for l in p.stdout.splitlines() if l.startswith("ERROR")]
    ok = p.returncode != 0 and errs
    fails += not ok
    print(f"{'ok  ' if ok else 'MISS'} {t.__name__}: {errs[0] if errs else p.stdout[-200:]}")
os.remove(TMP)
print(f"{len(TESTS) - fails}/{len(TESTS)} injected errors caught")
sys.exit(1 if fails else 0)
