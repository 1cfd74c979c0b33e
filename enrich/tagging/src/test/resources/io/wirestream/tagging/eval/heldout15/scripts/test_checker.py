#!/usr/bin/env python3
"""Inject one error at a time into a copy of gold.jsonl and confirm check_gold.py reports it (heldout15).

Run from scripts/: python3 test_checker.py (the set folder is the parent of scripts/).
Written for this set's entities, in heldout14's style. The loop and the expected messages of the 24 shared kinds
are injections.py's, in the shared goldtools/ folder next to this set (../../goldtools from here); it runs the
check_gold.py next to it, which reads this set's WORDS from scripts/gold_src.py. The kinds of heldout10-14 are
kept, adapted to this set's text, and new kinds are added; every kind must raise its own message."""
import copy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, os.path.join(ROOT, "..", "goldtools"))
import injections  # noqa: E402 (shared by the sets; runs goldtools/check_gold.py)

recs = injections.load(ROOT)
find = injections.find


# --- the 24 shared kinds, on this set's entities
def c_missing(rs):           # the MT text writes "Erdoğan"; the unaccented form is nowhere in h06
    _, e = find(rs, "h06", "Recep Tayyip Erdoğan"); e["surfaces"].append("Erdogan")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "h01", "Barack Obama"); e["surfaces"].append("White House")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "h20", "2010-06-24"); e["value"] = e["name"] = "2010-06-31"
def c_wrongyear(rs):         # "will be presented ... on Dec. 10" (published 2016-10-13) put a year early
    _, e = find(rs, "h18", "2016-12-10"); e["value"] = e["name"] = "2015-12-10"
def c_pastyear(rs):          # "The process began on 2 December" (published 2016-08-31) put a year late
    _, e = find(rs, "h13", "2015-12-02"); e["value"] = e["name"] = "2016-12-02"
def c_future_prev(rs):       # "with proposals by Nov. 30" (published 2014-09-19) put a year early
    _, e = find(rs, "h16", "2014-11-30"); e["value"] = e["name"] = "2013-11-30"
def c_the(rs):               # the MT article's "govern the Brazil" with the article inside the mention
    _, e = find(rs, "h13", "Brazil"); e["surfaces"] = ["the Brazil"]
def c_poss(rs):
    _, e = find(rs, "h08", "Cyrus Mistry"); e["surfaces"].append("Mistry's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("h05")); r["entities"].reverse()
def c_surface_order(rs):     # the Altiplano's three forms reversed
    _, e = find(rs, "h14", "Altiplano prison"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):          # the accented dateline city removed
    _, e = find(rs, "h12", "Copiapó"); e["surfaces"].remove("COPIAPÓ")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "h15", "2015-02-28"); e["value"] = e["name"] = "2015-02-27"
def c_head(rs):              # "Borno state" (the lower-case generic head belongs outside the mention)
    _, e = find(rs, "h03", "Borno State"); e["surfaces"] = ["Borno state"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "h09", "Qincheng prison"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "h09", "Bo Xilai"); e["value"] = "2013-09-22"
def c_bare_month(rs):        # "was named heir in June" (published 2017-11-05) put in 2016
    _, e = find(rs, "h05", "2017-06"); e["value"] = e["name"] = "2016-06"
def c_future_month(rs):      # "elections due in September" (published 2013-06-26) put in the past
    _, e = find(rs, "h20", "2013-09"); e["value"] = e["name"] = "2012-09"
def c_year_differs(rs):      # "April 18, 2014" given the wrong year
    _, e = find(rs, "h07", "2014-04-18"); e["value"] = e["name"] = "2015-04-18"
def c_inside_only(rs):       # "Bombay" occurs only inside "Bombay High Court" (h08); it is not a surface of Mumbai
    _, e = find(rs, "h08", "Mumbai"); e["surfaces"].append("Bombay")
def c_bad_type(rs):
    _, e = find(rs, "h11", "Bali"); e["type"] = "ISLAND"
def c_duplicate(rs):
    r, e = find(rs, "h19", "Barack Obama"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "h16", "Alex Salmond"); e["surfaces"].append("Salmond,")
def c_json(rs):
    return "broken"
# --- heldout10's kinds
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "h01", "2013-09-22"); e["surfaces"].append("Sunday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "h03", "2014-04-14"); e["value"] = "2014-04-15"
# --- heldout11's kind: an en dash in place of a name's hyphen
def c_endash(rs):
    _, e = find(rs, "h04", "Tunis–Carthage International Airport"); e["surfaces"][0] = "airport Tunis\u2013Carthage"
# --- heldout12's kinds, on this set's text
def c_unaccented(rs):        # the Spanish name without its accents is not in the MT text
    _, e = find(rs, "h12", "Sebastián Piñera"); e["surfaces"][0] = "Sebastian Pinera"
def c_lower_particle(rs):    # "da Silva" occurs only inside "Luiz Inácio Lula da Silva"
    _, e = find(rs, "h13", "Luiz Inácio Lula da Silva"); e["surfaces"].append("da Silva")
def c_mt_space(rs):          # the MT space before a comma taken into the mention
    _, e = find(rs, "h02", "Alassane Ouattara"); e["surfaces"].append("Ouattara ,")
def c_place_in_org(rs):      # "Jinan" in running text occurs only inside the court's name; the city is the dateline
    _, e = find(rs, "h09", "Jinan"); e["surfaces"].append("Jinan")
# --- heldout13's kinds, adapted
def c_accent_dropped(rs):    # the dateline city's running-text form without its accent
    _, e = find(rs, "h12", "Copiapó"); e["surfaces"][1] = "Copiapo"
def c_day_mismatch(rs):      # a DATE whose value has another day than its surface ("June 12" as the 11th)
    _, e = find(rs, "h10", "2014-06-12"); e["value"] = e["name"] = "2014-06-11"
def c_org_generic_head(rs):  # "Labor party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "h20", "Australian Labor Party"); e["surfaces"][0] = "Labor party"
def c_nickname_inside(rs):   # "Mario" occurs only inside "Super Mario" and "Mario Sepúlveda"
    _, e = find(rs, "h12", "Mario Sepúlveda"); e["surfaces"].append("Mario")
# --- heldout14's kinds, adapted
def c_surname_clash(rs):     # h04's bare "Ghannouchi" is the prime minister, not the Ennahda leader
    _, e = find(rs, "h04", "Rached Ghannouchi"); e["surfaces"].append("Ghannouchi")
def c_gloss_absent(rs):      # the MT article names the Red Crescent only "Crescent Red Turkish" and "Kızılay"
    _, e = find(rs, "h06", "Turkish Red Crescent"); e["surfaces"].append("Turkish Red Crescent")
def c_by_month(rs):          # "scheduled to run until March" (published 2014-07-02) put in the past
    _, e = find(rs, "h10", "2015-03"); e["value"] = e["name"] = "2014-03"
def c_future_site(rs):       # "will play ... on July 13" (published 2014-07-08) put a year early
    _, e = find(rs, "h17", "2014-07-13"); e["value"] = e["name"] = "2013-07-13"
# --- new for heldout15
def c_patronymic_inside(rs): # "Yefimovich" occurs only inside the name-and-patronymic form "Boris Yefimovich"
    _, e = find(rs, "h15", "Boris Nemtsov"); e["surfaces"].append("Yefimovich")
def c_english_order(rs):     # the MT text writes the site head first ("prison Kerobokan"); the English order is absent
    _, e = find(rs, "h11", "Kerobokan Prison"); e["surfaces"].append("Kerobokan prison")
def c_nickname_moved(rs):    # "El Mayo" is Zambada's nickname, not Guzman's
    _, e = find(rs, "h14", "Joaquín Guzmán"); e["surfaces"].append("El Mayo")
def c_value_on_loc(rs):      # a DATE retyped as LOCATION keeps its value
    _, e = find(rs, "h07", "2015-04-26"); e["type"] = "LOCATION"
def c_dup_record(rs):        # one article's record twice
    rs.append(copy.deepcopy(rs[0]))
def c_file_missing(rs):      # a record pointing to an article that does not exist
    rs[9]["file"] = "h10-japan-riken-stap-retracted.txt"
def c_bad_published(rs):
    rs[12]["publishedOn"] = "2016-13-31"
def c_no_surfaces(rs):
    _, e = find(rs, "h18", "Swedish Academy"); e["surfaces"] = []
def c_repeated_surface(rs):
    _, e = find(rs, "h01", "Uhuru Kenyatta"); e["surfaces"].append("Kenyatta")
def c_value_missing(rs):     # a DATE without its value
    _, e = find(rs, "h19", "2003-06-26"); del e["value"]
def c_dateline_wrong_city(rs):  # the dateline city given to another entity's type
    _, e = find(rs, "h20", "Canberra"); e["type"] = "ORGANIZATION"


TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
         c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org,
         c_value_on_person, c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type,
         c_duplicate, c_punct, c_json, c_weekday_surface, c_value_name, c_endash,
         c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
         c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside,
         c_surname_clash, c_gloss_absent, c_by_month, c_future_site,
         c_patronymic_inside, c_english_order, c_nickname_moved, c_value_on_loc, c_dup_record,
         c_file_missing, c_bad_published, c_no_surfaces, c_repeated_surface, c_value_missing,
         c_dateline_wrong_city]
EXPECT = dict(injections.EXPECT, c_weekday_surface="not a recognised date form",
              c_value_name="differs from name", c_endash="not found on word boundaries",
              c_unaccented="not found on word boundaries", c_lower_particle="only occurs inside",
              c_mt_space="stray whitespace/punctuation", c_place_in_org="only occurs inside",
              c_accent_dropped="not found on word boundaries", c_day_mismatch="does not match value",
              c_org_generic_head="generic head", c_nickname_inside="only occurs inside",
              c_surname_clash="in two entities", c_gloss_absent="not found on word boundaries",
              c_by_month="year rule gives", c_future_site="year rule gives",
              c_patronymic_inside="only occurs inside", c_english_order="not found on word boundaries",
              c_nickname_moved="in two entities", c_value_on_loc="carries a value",
              c_dup_record="duplicate record", c_file_missing="article file missing",
              c_bad_published="bad publishedOn", c_no_surfaces="without name or surfaces",
              c_repeated_surface="repeated surface", c_value_missing="invalid value",
              c_dateline_wrong_city="dateline city")
injections.run(ROOT, recs, TESTS, EXPECT)
