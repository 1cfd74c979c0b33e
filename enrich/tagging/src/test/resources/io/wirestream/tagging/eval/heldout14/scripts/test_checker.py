#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout14).

Run from scripts/: python3 test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities, in heldout13's style; the loop and the expected messages of the 24 shared kinds
are injections.py's (the shared goldtools/; it runs the check_gold.py next to it, which reads this set's
WORDS). heldout10's two kinds, heldout11's en-dash kind, heldout12's four kinds and heldout13's four kinds are
kept (adapted to this set's text); five more are added here, each with its own expected message."""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets; runs goldtools/check_gold.py)

recs = injections.load(ROOT)
find = injections.find


def c_missing(rs):           # "Volodymyr Zelensky" is not in h06 (the text spells "Volodymyr Zelenskyy")
    _, e = find(rs, "h06", "Volodymyr Zelenskyy"); e["surfaces"].append("Volodymyr Zelensky")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h07", "Washington, D.C."); e["surfaces"].append("White House")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h10", "2017-02-17"); e["value"] = e["name"] = "2017-02-30"
def c_wrongyear(rs):         # "The election is expected to be held on 9 May" (published 2017-03-10) put a year early
    _, e = find(rs, "h10", "2017-05-09"); e["value"] = e["name"] = "2016-05-09"
def c_pastyear(rs):          # "survived an impeachment vote on Dec. 21" (published 2018-03-21) put a year late
    _, e = find(rs, "h15", "2017-12-21"); e["value"] = e["name"] = "2018-12-21"
def c_future_prev(rs):       # "deposit them ... until Dec. 30" (published 2016-11-09) put a year early
    _, e = find(rs, "h11", "2016-12-30"); e["value"] = e["name"] = "2015-12-30"
def c_the(rs):               # the MT article's "of the Brazil" with the article inside the mention
    _, e = find(rs, "h14", "Brazil"); e["surfaces"] = ["the Brazil"]
def c_poss(rs):
    _, e = find(rs, "h17", "Cristiano Ronaldo"); e["surfaces"].append("Ronaldo's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h13")); r["entities"].reverse()
def c_surface_order(rs):     # the Red Cross's three forms reversed
    _, e = find(rs, "h09", "Indonesian Red Cross Society"); e["surfaces"].reverse()
def c_words(rs):
    rs[5]["words"] += 1
def c_dateline(rs):
    _, e = find(rs, "h19", "Leverkusen"); e["surfaces"].remove("LEVERKUSEN")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h18", "2018-11-27"); e["value"] = e["name"] = "2018-11-26"
def c_head(rs):              # "Amhara region" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h03", "Amhara Region"); e["surfaces"] = ["Amhara region"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h04", "Kgosi Mampuru II prison"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h08", "Najib Razak"); e["value"] = "2020-07-28"
def c_bare_month(rs):        # "on unpaid leave since February" (published 2018-11-28) put in 2017
    _, e = find(rs, "h12", "2018-02"); e["value"] = e["name"] = "2017-02"
def c_future_month(rs):      # "The Chile will host in November the summit of the APEC" (2019-10-20) put in the past
    _, e = find(rs, "h13", "2019-11"); e["value"] = e["name"] = "2018-11"
def c_year_differs(rs):      # "Sept. 14, 2015" given the wrong year
    _, e = find(rs, "h20", "2015-09-14"); e["value"] = e["name"] = "2016-09-14"
def c_inside_only(rs):       # "Rio de Janeiro" occurs only inside the firemen's and the university's names in h14
    _, e = find(rs, "h14", "Rio de Janeiro"); e["surfaces"].append("Rio de Janeiro")
def c_bad_type(rs):
    _, e = find(rs, "h10", "Seoul"); e["type"] = "CITY"
def c_duplicate(rs):
    r, e = find(rs, "h16", "David Cameron"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h06", "Hassan Rouhani"); e["surfaces"].append("Rouhani,")
def c_json(rs):
    return "broken"
# heldout10's kinds (kept)
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "h02", "2022-10-03"); e["surfaces"].append("Monday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h09", "2018-09-28"); e["value"] = "2018-09-27"
# heldout11's kind (kept): an en dash in place of a name's hyphen
def c_endash(rs):
    _, e = find(rs, "h02", "Bobo-Dioulasso"); e["surfaces"][0] = "Bobo\u2013Dioulasso"
# heldout12's kinds (kept, on this set's text)
def c_unaccented(rs):        # the Spanish name without its accents is not in the text
    _, e = find(rs, "h13", "Sebastián Piñera"); e["surfaces"][0] = "Sebastian Pinera"
def c_lower_particle(rs):    # "del Campo" with a lower-case particle occurs only inside the full name
    _, e = find(rs, "h13", "Javier Iturriaga del Campo"); e["surfaces"].append("del Campo")
def c_mt_space(rs):          # the machine-translation space before a comma taken into the mention
    _, e = find(rs, "h09", "Sutopo Purwo Nugroho"); e["surfaces"].append("Sutopo ,")
def c_place_in_org(rs):      # "Massachusetts" occurs only inside MIT's name in h20
    r, _ = find(rs, "h20", "Pisa")
    r["entities"].append({"type": "LOCATION", "name": "Massachusetts", "surfaces": ["Massachusetts"]})
# heldout13's kinds (kept, adapted)
def c_accent_dropped(rs):    # heldout13's dateline-accent kind, adapted: the agency's name without its accent
    _, e = find(rs, "h14", "Agência Brasil"); e["surfaces"][0] = "Agencia Brasil"
def c_day_mismatch(rs):      # a DATE whose value has another day than its surface ("Sept. 14" as the 13th)
    _, e = find(rs, "h05", "2017-09-14"); e["value"] = e["name"] = "2017-09-13"
def c_org_generic_head(rs):  # "Congress party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "h11", "Indian National Congress"); e["surfaces"] = ["Congress party"]
def c_nickname_inside(rs):   # "Runner" occurs only inside the nickname "Blade Runner"
    _, e = find(rs, "h04", "Oscar Pistorius"); e["surfaces"].append("Runner")
# new for heldout14
def c_case_clash(rs):        # h20's "Washington" is the state; the capital appears only as the dateline "WASHINGTON"
    _, e = find(rs, "h20", "Washington, D.C."); e["surfaces"].append("Washington")
def c_surname_clash(rs):     # h10's bare "Park" is Park Geun-hye, not her father
    _, e = find(rs, "h10", "Park Chung-hee"); e["surfaces"].append("Park")
def c_gloss_absent(rs):      # the MT article names the IRGC only as "Guards of the Revolution" and "Sepah"
    _, e = find(rs, "h06", "Islamic Revolutionary Guard Corps"); e["surfaces"].append("Islamic Revolutionary Guard Corps")
def c_by_month(rs):          # "he will step down by October" (published 2016-06-24) put in the past
    _, e = find(rs, "h16", "2016-10"); e["value"] = e["name"] = "2015-10"
def c_future_site(rs):       # "open only ... until 4 October" (published 2018-09-30) put a year early
    _, e = find(rs, "h09", "2018-10-04"); e["value"] = e["name"] = "2017-10-04"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name, c_endash,
         c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
         c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside,
         c_case_clash, c_surname_clash, c_gloss_absent, c_by_month, c_future_site]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name", c_endash="not found on word boundaries",
              c_unaccented="not found on word boundaries", c_lower_particle="only occurs inside",
              c_mt_space="stray whitespace/punctuation", c_place_in_org="only occurs inside",
              c_accent_dropped="not found on word boundaries", c_day_mismatch="does not match value",
              c_org_generic_head="generic head", c_nickname_inside="only occurs inside",
              c_case_clash="in two entities", c_surname_clash="in two entities",
              c_gloss_absent="not found on word boundaries", c_by_month="year rule gives",
              c_future_site="year rule gives")
injections.run(ROOT, recs, TESTS, EXPECT)
