#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout13).

Run from scripts/: python3 test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities; the loop and the expected messages of the 24 shared kinds are
injections.py's (goldtools/, shared with the other sets; its check_gold.py reads this set's WORDS).
heldout10's two added kinds, heldout11's en-dash kind and heldout12's four kinds are kept (adapted to this
set's text); four more are added here, each with its own expected message."""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets; runs goldtools/check_gold.py)

recs = injections.load(ROOT)
find = injections.find


def c_missing(rs):           # "Alexei Navalny" is not in the text (it has "Aleksei Navalnyi" and "Alexei")
    _, e = find(rs, "h20", "Alexei Navalny"); e["surfaces"].append("Alexei Navalny")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h07", "Hong Kong"); e["surfaces"].append("Hong Kong and Macau Affairs Office")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h09", "2019-08-02"); e["value"] = e["name"] = "2019-02-30"
def c_wrongyear(rs):         # "is scheduled for 22 October" (published 2019-05-01) put a year early
    _, e = find(rs, "h10", "2019-10-22"); e["value"] = e["name"] = "2018-10-22"
def c_pastyear(rs):          # "won the Dec. 1 election" (published 2017-01-22) put a year late
    _, e = find(rs, "h01", "2016-12-01"); e["value"] = e["name"] = "2017-12-01"
def c_future_prev(rs):       # "elections scheduled for Nov. 24" (published 2019-07-02) put a year early
    _, e = find(rs, "h07", "2019-11-24"); e["value"] = e["name"] = "2018-11-24"
def c_the(rs):               # "wealthy families in the Gulf" with the article inside the mention
    _, e = find(rs, "h12", "Persian Gulf"); e["surfaces"] = ["the Gulf"]
def c_poss(rs):
    _, e = find(rs, "h16", "Jamie Vardy"); e["surfaces"].append("Vardy's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h13")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h13", "Culiacán"); e["surfaces"].reverse()
def c_words(rs):
    rs[5]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h19", "Vienna"); e["surfaces"].remove("WIEN")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h14", "2019-11-09"); e["value"] = e["name"] = "2019-11-08"
def c_head(rs):              # "Sofala province" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h03", "Sofala"); e["surfaces"] = ["Sofala province"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h04", "Ikoyi prison"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h11", "Rodrigo Duterte"); e["value"] = "2017-05-24"
def c_bare_month(rs):        # "had agreed in August" (published 2019-09-23) put in 2018
    _, e = find(rs, "h15", "2019-08"); e["value"] = e["name"] = "2018-08"
def c_future_month(rs):      # "is expected to report its full-year results in March" (2019-12-11) put in the past
    _, e = find(rs, "h12", "2020-03"); e["value"] = e["name"] = "2019-03"
def c_year_differs(rs):      # "Dec. 31, 2009" given the wrong year
    _, e = find(rs, "h18", "2009-12-31"); e["value"] = e["name"] = "2010-12-31"
def c_inside_only(rs):       # "Scotland" occurs only inside "Royal Bank of Scotland" in this article
    _, e = find(rs, "h15", "United Kingdom"); e["surfaces"].append("Scotland")
def c_bad_type(rs):
    _, e = find(rs, "h10", "Japan"); e["type"] = "COUNTRY"
def c_duplicate(rs):
    r, e = find(rs, "h08", "Kim Jong Un"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h05", "Qasem Soleimani"); e["surfaces"].append("Soleimani,")
def c_json(rs):
    return "broken"
# added for heldout10 (kept)
def c_weekday_surface(rs):   # a weekday is no date form ("on Monday" added to the dateline date)
    _, e = find(rs, "h06", "2016-07-16"); e["surfaces"].append("Monday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h20", "2020-08-21"); e["value"] = "2020-08-20"
# added for heldout11 (kept; this set has no spaced hyphen, so an en dash replaces a name's hyphen)
def c_endash(rs):            # "Sanwo-Olu" is written with a hyphen; an en dash is not in the text
    _, e = find(rs, "h04", "Babajide Sanwo-Olu"); e["surfaces"][-1] = "Sanwo\u2013Olu"
# added for heldout12 (kept, on this set's text)
def c_unaccented(rs):        # the Turkish full name without its diacritic is not in the text
    _, e = find(rs, "h06", "Recep Tayyip Erdoğan"); e["surfaces"][0] = "Recep Tayyip Erdogan"
def c_lower_particle(rs):    # "dela Rosa" with a lower-case particle occurs only inside the full name
    _, e = find(rs, "h11", "Ronald dela Rosa"); e["surfaces"].append("dela Rosa")
def c_mt_space(rs):          # the machine-translation space before a comma taken into the mention
    _, e = find(rs, "h02", "Ahmed Gaïd Salah"); e["surfaces"].append("Gaïd Salah ,")
def c_place_in_org(rs):      # "Oxford" occurs only inside the university's name in this article
    r, _ = find(rs, "h17", "Athens")
    r["entities"].append({"type": "LOCATION", "name": "Oxford", "surfaces": ["Oxford"]})
# added for heldout13
def c_dateline_accent(rs):   # the dateline is written without the accent; "REYKJAVÍK" is not in the text
    _, e = find(rs, "h18", "Reykjavík"); e["surfaces"][0] = "REYKJAVÍK"
def c_day_mismatch(rs):      # a DATE whose value has another day than its surface ("Dec. 31" as the 30th)
    _, e = find(rs, "h05", "2019-12-31"); e["value"] = e["name"] = "2019-12-30"
def c_org_generic_head(rs):  # "Congress party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "h09", "Indian National Congress"); e["surfaces"] = ["Congress party"]
def c_nickname_inside(rs):   # "Chapo" occurs only inside the nickname "El Chapo"
    _, e = find(rs, "h13", "Joaquín Guzmán"); e["surfaces"].append("Chapo")


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name, c_endash,
         c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
         c_dateline_accent, c_day_mismatch, c_org_generic_head, c_nickname_inside]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name", c_endash="not found on word boundaries",
              c_unaccented="not found on word boundaries", c_lower_particle="only occurs inside",
              c_mt_space="stray whitespace/punctuation", c_place_in_org="only occurs inside",
              c_dateline_accent="not found on word boundaries", c_day_mismatch="does not match value",
              c_org_generic_head="generic head", c_nickname_inside="only occurs inside")
injections.run(ROOT, recs, TESTS, EXPECT)
