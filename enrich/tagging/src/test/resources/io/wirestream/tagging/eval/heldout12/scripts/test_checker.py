#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout12).

Run from scripts/: python3 test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities; the loop and the expected messages of the 24 shared kinds are
injections.py's (goldtools/, shared with the other sets; its check_gold.py reads this set's WORDS). heldout10's
two added kinds and heldout11's en-dash kind are kept; four more are added here, each with its own expected
message."""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets; runs goldtools/check_gold.py)

recs = injections.load(ROOT)
find = injections.find


def c_missing(rs):           # a surface that is not in the text
    _, e = find(rs, "h15", "Evo Morales"); e["surfaces"].append("Morales Ayma")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h08", "Hong Kong"); e["surfaces"].append("Hong Kong Exchanges and Clearing")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h04", "2017-08-08"); e["value"] = e["name"] = "2017-09-31"
def c_wrongyear(rs):         # "will publish the reasons ... on March 9" (published 2022-12-06) put a year early
    _, e = find(rs, "h14", "2023-03-09"); e["value"] = e["name"] = "2022-03-09"
def c_pastyear(rs):          # "on Oct. 29, killing 189 people" (published 2019-03-10) put a year late
    _, e = find(rs, "h03", "2018-10-29"); e["value"] = e["name"] = "2019-10-29"
def c_future_prev(rs):       # "had been due to open on July 24" (published 2020-03-24) put a year early
    _, e = find(rs, "h07", "2020-07-24"); e["value"] = e["name"] = "2019-07-24"
def c_the(rs):               # "alongside the Netherlands" with the article inside the mention
    _, e = find(rs, "h17", "Netherlands"); e["surfaces"] = ["the Netherlands"]
def c_poss(rs):
    _, e = find(rs, "h12", "Lee Sedol"); e["surfaces"].append("Lee's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h05")); r["entities"].reverse()
def c_surface_order(rs):
    _, e = find(rs, "h09", "Jakarta"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h16", "Genoa"); e["surfaces"].remove("GENOA")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h13", "2016-10-03"); e["value"] = e["name"] = "2016-10-02"
def c_head(rs):              # "Zhejiang province" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h08", "Zhejiang"); e["surfaces"] = ["Zhejiang province"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h09", "Cipinang prison"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h06", "Walid Regragui"); e["value"] = "2022-12-10"
def c_bare_month(rs):        # "took delivery of the plane in November" (published 2019-03-10) put in 2017
    _, e = find(rs, "h03", "2018-11"); e["value"] = e["name"] = "2017-11"
def c_future_month(rs):      # "His term is due to end in October" (published 2017-05-09) put in the past
    _, e = find(rs, "h09", "2017-10"); e["value"] = e["name"] = "2016-10"
def c_year_differs(rs):      # "July 17, 2014" given the wrong year
    _, e = find(rs, "h17", "2014-07-17"); e["value"] = e["name"] = "2015-07-17"
def c_inside_only(rs):       # "Emirates" occurs only inside "United Arab Emirates" in this article
    _, e = find(rs, "h20", "United Arab Emirates"); e["surfaces"].append("Emirates")
def c_bad_type(rs):
    _, e = find(rs, "h11", "Bougainville"); e["type"] = "PLACE"
def c_duplicate(rs):
    r, e = find(rs, "h19", "Jamal Khashoggi"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h01", "Robert Mugabe"); e["surfaces"].append("Mugabe,")
def c_json(rs):
    return "broken"
# added for heldout10 (kept)
def c_weekday_surface(rs):   # a weekday is no date form ("on Sunday" added to the dateline date)
    _, e = find(rs, "h15", "2019-11-10"); e["surfaces"].append("Sunday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h10", "2018-07-02"); e["value"] = "2018-07-03"
# added for heldout11 (kept, on this set's spaced hyphen)
def c_endash(rs):            # the party's name is written with a spaced hyphen; an en dash is not in the text
    _, e = find(rs, "h01", "ZANU-PF")
    e["surfaces"][0] = "Zimbabwe African National Union \u2013 Patriotic Front"
# added for heldout12
def c_unaccented(rs):        # the Turkish spelling without its diacritics is not in the text
    _, e = find(rs, "h19", "Jamal Khashoggi"); e["surfaces"][-1] = "Cemal Kasikci"
def c_lower_particle(rs):    # "al-Bashir" with a lower-case particle occurs only inside the full name
    _, e = find(rs, "h02", "Omar al-Bashir"); e["surfaces"].append("al-Bashir")
def c_mt_space(rs):          # the machine-translation space before a comma taken into the mention
    _, e = find(rs, "h02", "Awad Ibn Auf"); e["surfaces"].append("Ibn Auf ,")
def c_place_in_org(rs):      # "The Hague" occurs only inside the court's name in this article
    r, _ = find(rs, "h17", "Amsterdam")
    r["entities"].append({"type": "LOCATION", "name": "The Hague", "surfaces": ["The Hague"]})


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name, c_endash,
         c_unaccented, c_lower_particle, c_mt_space, c_place_in_org]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name", c_endash="not found on word boundaries",
              c_unaccented="not found on word boundaries", c_lower_particle="only occurs inside",
              c_mt_space="stray whitespace/punctuation", c_place_in_org="only occurs inside")
injections.run(ROOT, recs, TESTS, EXPECT)
