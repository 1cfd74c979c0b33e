#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout9).

Run from anywhere: python3 scripts/test_checker.py (the set folder is the parent of scripts/)."""
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
    _, e = find(rs, "h06", "Jovenel Moïse"); e["surfaces"].append("Moyse")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h15", "Gaziantep"); e["surfaces"].append("Gaziantep Castle")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h04", "2022-12-07"); e["value"] = e["name"] = "2022-12-32"
def c_wrongyear(rs):         # "scheduled sentencing for March 28" (published 2023-11-03) put in 2023
    _, e = find(rs, "h18", "2024-03-28"); e["value"] = e["name"] = "2023-03-28"
def c_pastyear(rs):          # "arrested ... on Dec. 12" (published 2023-11-03) put in the publication year
    _, e = find(rs, "h18", "2022-12-12"); e["value"] = e["name"] = "2023-12-12"
def c_future_prev(rs):       # "due to be held on Sept. 1" (published 2024-07-30) put a year early
    _, e = find(rs, "h14", "2024-09-01"); e["value"] = e["name"] = "2023-09-01"
def c_the(rs):
    _, e = find(rs, "h14", "Seine"); e["surfaces"] = ["the Seine"]
def c_poss(rs):
    _, e = find(rs, "h16", "Israel"); e["surfaces"].append("Israel's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h07")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h09", "Gotabaya Rajapaksa"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h17", "Ottawa"); e["surfaces"].remove("OTTAWA")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h11", "2023-03-19"); e["value"] = e["name"] = "2023-03-20"
def c_head(rs):
    _, e = find(rs, "h04", "Ate"); e["surfaces"] = ["Ate district"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h01", "Tinmel mosque"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h16", "Benjamin Netanyahu"); e["value"] = "2023-03-26"
def c_bare_month(rs):        # "in September" (published 2022-01-16) put in 2022
    _, e = find(rs, "h19", "2021-09"); e["value"] = e["name"] = "2022-09"
def c_future_month(rs):      # "due in January" (published 2023-11-20) put in 2023
    _, e = find(rs, "h05", "2024-01"); e["value"] = e["name"] = "2023-01"
def c_year_differs(rs):      # "March 29, 2023" given the wrong year
    _, e = find(rs, "h12", "2023-03-29"); e["value"] = e["name"] = "2024-03-29"
def c_inside_only(rs):
    _, e = find(rs, "h15", "Syria"); e["surfaces"] = ["Syria Civil"]
def c_bad_type(rs):
    _, e = find(rs, "h08", "Odisha"); e["type"] = "PLACE"
def c_duplicate(rs):
    r, e = find(rs, "h12", "Council of Europe"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h05", "Javier Milei"); e["surfaces"].append("Milei,")
def c_json(rs):
    return "broken"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json]
injections.run(ROOT, recs, TESTS, injections.EXPECT)
