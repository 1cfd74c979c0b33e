#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets)

recs = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]


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
injections.run(ROOT, recs, TESTS)
