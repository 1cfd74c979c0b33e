#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout8)."""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets)

recs = injections.load(ROOT)
find = injections.find


def c_missing(rs):           # a surface that is not in the text
    _, e = find(rs, "h07", "Rodrigo Duterte"); e["surfaces"].append("Duterti")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h15", "Suez Canal"); e["surfaces"].append("Suez Canal Authority")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h02", "2023-02-25"); e["value"] = e["name"] = "2023-02-30"
def c_wrongyear(rs):         # "will succeed ... on May 29" (published 2023-03-01) put in 2022
    _, e = find(rs, "h02", "2023-05-29"); e["value"] = e["name"] = "2022-05-29"
def c_pastyear(rs):          # "Dec. 4" (published 2024-01-29) put in the publication year
    _, e = find(rs, "h08", "2023-12-04"); e["value"] = e["name"] = "2024-12-04"
def c_the(rs):
    _, e = find(rs, "h15", "Red Sea"); e["surfaces"] = ["the Red Sea"]
def c_poss(rs):
    _, e = find(rs, "h06", "Venezuela"); e["surfaces"].append("Venezuela's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h12")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h09", "Kanjuruhan Stadium"); e["surfaces"].reverse()
def c_words(rs):
    rs[5]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h19", "Wellington"); e["surfaces"].remove("WELLINGTON")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h14", "2023-03-02"); e["value"] = e["name"] = "2023-03-03"
def c_head(rs):
    _, e = find(rs, "h12", "Krasnodar Krai"); e["surfaces"] = ["Krasnodar region"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h05", "Punta Rincón port"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h11", "Sheikh Hasina"); e["value"] = "2024-08-05"
def c_bare_month(rs):        # "in September" (published 2024-01-29) put in 2024
    _, e = find(rs, "h08", "2023-09"); e["value"] = e["name"] = "2024-09"
def c_future_month(rs):      # "will meet ... before the end of June" (published 2024-05-16) put in 2023
    _, e = find(rs, "h20", "2024-06"); e["value"] = e["name"] = "2023-06"
def c_inside_only(rs):
    _, e = find(rs, "h10", "Tokyo"); e["surfaces"] = ["Tokyo Electric"]
def c_bad_type(rs):
    _, e = find(rs, "h16", "Saqqez"); e["type"] = "PLACE"
def c_duplicate(rs):
    r, e = find(rs, "h17", "Nasdaq"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h18", "Donald Trump"); e["surfaces"].append("Trump,")
def c_json(rs):
    return "broken"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_inside_only, c_bad_type, c_duplicate,
         c_punct, c_json]
injections.run(ROOT, recs, TESTS, injections.EXPECT)
