#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout11).

Run from anywhere: python3 scripts/test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities; the loop and the expected messages of the 24 shared kinds are
goldtools/injections.py's. heldout10's two added kinds are kept, and two more are added here, each with
its own expected message."""
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
    _, e = find(rs, "h12", "Kassym-Jomart Tokayev"); e["surfaces"].append("Tokaev")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h11", "Ho Chi Minh City"); e["surfaces"].append("Saigon Commercial Bank")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h07", "2019-04-21"); e["value"] = e["name"] = "2019-04-31"
def c_wrongyear(rs):         # "a new Congress will be elected on Jan. 26" (published 2019-10-01) put a year early
    _, e = find(rs, "h03", "2020-01-26"); e["value"] = e["name"] = "2019-01-26"
def c_pastyear(rs):          # "on March 22 a 5.5-magnitude tremor" (published 2020-12-30) put a year late
    _, e = find(rs, "h14", "2020-03-22"); e["value"] = e["name"] = "2021-03-22"
def c_future_prev(rs):       # "until 19 January" (published 2022-01-06) put a year early
    _, e = find(rs, "h12", "2022-01-19"); e["value"] = e["name"] = "2021-01-19"
def c_the(rs):               # "at the Peace Palace" with the article inside the mention
    _, e = find(rs, "h13", "Peace Palace"); e["surfaces"] = ["the Peace Palace"]
def c_poss(rs):
    _, e = find(rs, "h10", "Muhyiddin Yassin"); e["surfaces"].append("Muhyiddin Yassin's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h07")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h12", "Almaty"); e["surfaces"].reverse()
def c_words(rs):
    rs[5]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h17", "Muscat"); e["surfaces"].remove("MUSCAT")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h06", "2020-06-28"); e["value"] = e["name"] = "2020-06-27"
def c_head(rs):              # "Sisak-Moslavina county" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h14", "Sisak-Moslavina County"); e["surfaces"] = ["Sisak-Moslavina county"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h13", "Kutupalong camp"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h09", "Travis Head"); e["value"] = "2023-11-19"
def c_bare_month(rs):        # "homes in Joshimath cracked in January" (published 2023-11-29) put in 2022
    _, e = find(rs, "h08", "2023-01"); e["value"] = e["name"] = "2022-01"
def c_future_month(rs):      # "A ruling on them is expected in January" (published 2019-12-11) put in 2019
    _, e = find(rs, "h13", "2020-01"); e["value"] = e["name"] = "2019-01"
def c_year_differs(rs):      # "27 March 2022" given the wrong year
    _, e = find(rs, "h02", "2022-03-27"); e["value"] = e["name"] = "2023-03-27"
def c_inside_only(rs):       # "Ho Chi Minh City" occurs only inside "Ho Chi Minh City People's Court"
    _, e = find(rs, "h11", "Ho Chi Minh City", "LOCATION"); e["surfaces"] = ["HO CHI MINH CITY", "Ho Chi Minh City"]
def c_bad_type(rs):
    _, e = find(rs, "h20", "Fiji"); e["type"] = "PLACE"
def c_duplicate(rs):
    r, e = find(rs, "h16", "BaFin"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h04", "John Magufuli"); e["surfaces"].append("Magufuli,")
def c_json(rs):
    return "broken"
# added for heldout10 (kept)
def c_weekday_surface(rs):   # a weekday is no date form ("on Tuesday" added to the dateline date)
    _, e = find(rs, "h03", "2019-10-01"); e["surfaces"].append("Tuesday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h16", "2020-06-18"); e["value"] = "2020-06-17"
# added for heldout11
def c_endash(rs):            # the tunnel's name is written with an en dash; a hyphen is not in the text
    _, e = find(rs, "h08", "Silkyara tunnel"); e["surfaces"][1] = "Silkyara Bend-Barkot tunnel"
def c_macron_inside(rs):     # the town unaccented: "Whakatane" occurs only inside "Whakatane District Council"
    _, e = find(rs, "h19", "Whakatāne"); e["surfaces"].append("Whakatane")


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name, c_endash, c_macron_inside]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name", c_endash="not found on word boundaries",
              c_macron_inside="only occurs inside")
injections.run(ROOT, recs, TESTS, EXPECT)
