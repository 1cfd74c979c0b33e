#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout10).

Run from anywhere: python3 scripts/test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities; the loop and the expected messages of the 24 shared kinds are
goldtools/injections.py's. Two kinds are added here, with their own expected messages."""
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
    _, e = find(rs, "h03", "Alpha Condé"); e["surfaces"].append("Alpha Konde")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h16", "Suez"); e["surfaces"].append("Suez Canal")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h07", "2021-02-01"); e["value"] = e["name"] = "2021-02-30"
def c_wrongyear(rs):         # "It has 45 days, until March 2" (published 2023-01-16) put a year early
    _, e = find(rs, "h08", "2023-03-02"); e["value"] = e["name"] = "2022-03-02"
def c_pastyear(rs):          # "won the Aug. 20 runoff" (published 2024-01-15) put in the publication year
    _, e = find(rs, "h06", "2023-08-20"); e["value"] = e["name"] = "2024-08-20"
def c_future_prev(rs):       # "will next appear in the High Court on 5 April" (published 2019-03-16) put a year early
    _, e = find(rs, "h19", "2019-04-05"); e["value"] = e["name"] = "2018-04-05"
def c_the(rs):
    _, e = find(rs, "h13", "Baltic Sea"); e["surfaces"] = ["the Baltic Sea"]
def c_poss(rs):
    _, e = find(rs, "h17", "Donald Trump"); e["surfaces"].append("Trump's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h09")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h12", "Roman Protasevich"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h20", "Honiara"); e["surfaces"].remove("HONIARA")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h02", "2021-07-13"); e["value"] = e["name"] = "2021-07-14"
def c_head(rs):              # "Malaita province" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h20", "Malaita"); e["surfaces"] = ["Malaita province"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h19", "Al Noor Mosque"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h11", "Emmanuel Macron"); e["value"] = "2019-04-15"
def c_bare_month(rs):        # "in default of payment since March" (published 2020-08-05) put in 2019
    _, e = find(rs, "h15", "2020-03"); e["value"] = e["name"] = "2019-03"
def c_future_month(rs):      # "expected to be debated in early December" (published 2021-11-26) put in 2020
    _, e = find(rs, "h20", "2021-12"); e["value"] = e["name"] = "2020-12"
def c_year_differs(rs):      # "January 6, 2021" given the wrong year
    _, e = find(rs, "h17", "2021-01-06"); e["value"] = e["name"] = "2022-01-06"
def c_inside_only(rs):       # "Royal Solomon" occurs only inside "Royal Solomon Islands Police Force"
    _, e = find(rs, "h20", "Solomon Islands"); e["surfaces"] = ["Royal Solomon"]
def c_bad_type(rs):
    _, e = find(rs, "h08", "Nepal"); e["type"] = "PLACE"
def c_duplicate(rs):
    r, e = find(rs, "h12", "European Council"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h04", "Evo Morales"); e["surfaces"].append("Morales,")
def c_json(rs):
    return "broken"
# added for heldout10
def c_weekday_surface(rs):   # a weekday is no date form ("early Thursday" added to the dateline date)
    _, e = find(rs, "h17", "2021-01-07"); e["surfaces"].append("Thursday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h10", "2021-06-17"); e["value"] = "2021-06-18"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name")
injections.run(ROOT, recs, TESTS, EXPECT)
