#!/usr/bin/env python3
"""Self-test of heldout16's checkers: the clean gold must pass, and every injected error must be caught.

Run from anywhere: python3 scripts/test_checker.py        (exit 1 on a miss or on a failing clean gold)

The checkers are
  * the shared goldtools/check_gold.py (found next to the set folder: ../goldtools from the set, i.e.
    ../../goldtools from scripts/; or ../goldtools from scripts/), which reads this set's WORDS and future flags
    from scripts/gold_src.py; and
  * this set's scripts/validate.py (offsets of mentions.jsonl, overlaps, a second implementation of the date rules,
    demonyms, titles, reviewed non-entities, type consistency, reviewed uncovered tokens).

1. Clean: check_gold.py must exit 0 and its only warnings must be the reviewed ones (the six "May" of Theresa May in
   article 10, a month name that is no date); validate.py must report nothing; mentions.jsonl must be what the gold
   gives.
2. Gold injections: one error at a time in a copy of gold.jsonl. Each is run through check_gold.py and validate.py
   (against the clean mentions.jsonl), and is caught only if the expected message appears in the errors
   (injections.EXPECT for the 24 shared kinds, given below for the others).
3. Mention injections: one error at a time in a copy of mentions.jsonl, run through validate.py."""
import copy
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
sys.path.insert(0, HERE)
import mentions as M  # noqa: E402  (puts the shared goldtools/ on sys.path)
import validate as V  # noqa: E402
import injections  # noqa: E402  (shared: EXPECT, load, find)

CHECK = os.path.join(M.goldtools_dir(), "check_gold.py")
ALLOWED_WARNINGS = ["10-uk-skripal-nerve-agent-deadline.txt: month name 'May' not in a DATE surface"]
recs = injections.load(ROOT)
find = injections.find


def add(rs, f, typ, name, surfaces, value=None):
    r = next(r for r in rs if r["file"].startswith(f))
    e = {"type": typ, "name": name}
    if value:
        e["value"] = value
    e["surfaces"] = surfaces
    r["entities"].append(e)


# --- the 24 shared kinds (injections.EXPECT), on this set's entities
def c_missing(rs):           # the MT text writes "Erdoğan"; "Erdogan" is nowhere in article 05
    _, e = find(rs, "05", "Recep Tayyip Erdoğan"); e["surfaces"].append("Erdogan")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "17", "Donald Trump"); e["surfaces"].append("Twitter")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "19", "1987-10-15"); e["value"] = e["name"] = "1987-10-32"
def c_wrongyear(rs):         # "which Russia will host from June 14" (published 2018-03-13) put a year early
    _, e = find(rs, "10", "2018-06-14"); e["value"] = e["name"] = "2017-06-14"
def c_pastyear(rs):          # "went out on the 30th of June" (published 2013-07-04) put a year late
    _, e = find(rs, "01", "2013-06-30"); e["value"] = e["name"] = "2014-06-30"
def c_future_prev(rs):       # "a federal election expected on July 2" (published 2016-04-27) put in the past
    _, e = find(rs, "18", "2016-07-02"); e["value"] = e["name"] = "2015-07-02"
def c_the(rs):               # "notably in the Ardennes" with the article inside the mention
    _, e = find(rs, "02", "Ardennes (department)"); e["surfaces"] = ["the Ardennes"]
def c_poss(rs):
    _, e = find(rs, "11", "Nissan"); e["surfaces"].append("Nissan's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("05")); r["entities"].reverse()
def c_surface_order(rs):     # Fidel Castro's four forms reversed
    _, e = find(rs, "17", "Fidel Castro"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):          # the dateline city removed
    _, e = find(rs, "14", "Marikana"); e["surfaces"].remove("MARIKANA")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "09", "2012-08-17"); e["value"] = e["name"] = "2012-08-16"
def c_head(rs):              # "Aydın's Söke district": the lower-case generic head belongs outside the mention
    _, e = find(rs, "05", "Söke"); e["surfaces"] = ["Söke district"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "18", "Lombrum naval base"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "13", "Malala Yousafzai"); e["value"] = "2012-10-09"
def c_bare_month(rs):        # "Since April" (published 2015-09-03) put in 2014
    _, e = find(rs, "08", "2015-04"); e["value"] = e["name"] = "2014-04"
def c_future_month(rs):      # "Neon will release it ... in October" (published 2019-05-26) put in the past
    _, e = find(rs, "20", "2019-10"); e["value"] = e["name"] = "2018-10"
def c_year_differs(rs):      # "Jan. 1, 1959" given another year
    _, e = find(rs, "17", "1959-01-01"); e["value"] = e["name"] = "1958-01-01"
def c_inside_only(rs):       # "Dongjiang Port" occurs only inside the company's long name
    _, e = find(rs, "07", "Port of Tianjin"); e["surfaces"].append("Dongjiang Port")
def c_bad_type(rs):
    _, e = find(rs, "12", "Jindo Island"); e["type"] = "ISLAND"
def c_duplicate(rs):
    r, e = find(rs, "15", "Reuters"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "14", "Jacob Zuma"); e["surfaces"].append("Zuma,")
def c_json(rs):
    return "broken"


# --- heldout10-15's kinds, on this set's text
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "02", "2015-01-08"); e["surfaces"].append("Thursday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "12", "2014-04-16"); e["value"] = "2014-04-15"
def c_endash(rs):            # an en dash where the text has a hyphen
    _, e = find(rs, "06", "Soekarno–Hatta International Airport"); e["surfaces"][0] = "Airport International Soekarno\u2013Hatta"
def c_unaccented(rs):        # the Portuguese name without its accents is not in the text
    _, e = find(rs, "04", "Pedrógão Grande"); e["surfaces"][1] = "Pedrogao Grande"
def c_lower_particle(rs):    # "de Maizière" occurs only inside "Thomas de Maizière"
    _, e = find(rs, "03", "Thomas de Maizière"); e["surfaces"].append("de Maizière")
def c_mt_space(rs):          # the MT space before a comma taken into the mention ("Adly Mansour , head")
    _, e = find(rs, "01", "Adly Mansour"); e["surfaces"].append("Mansour ,")
def c_place_in_org(rs):      # "United States" occurs in article 08 only inside the embassy's name
    add(rs, "08", "LOCATION", "United States", ["United States"])
def c_accent_dropped(rs):    # "Côte d'Ivoire" without its accent
    _, e = find(rs, "19", "Côte d'Ivoire"); e["surfaces"] = ["Cote d'Ivoire"]
def c_day_mismatch(rs):      # "9 August" given the 8th
    _, e = find(rs, "05", "2016-08-09"); e["value"] = e["name"] = "2016-08-08"
def c_org_generic_head(rs):  # "Labor party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "18", "Australian Labor Party"); e["surfaces"] = ["Labor party"]
def c_nickname_inside(rs):   # "Makai" occurs only inside the pen name "Gul Makai"
    _, e = find(rs, "13", "Malala Yousafzai"); e["surfaces"].append("Makai")
def c_surname_clash(rs):     # bare "Park" is the president, not the crew member
    _, e = find(rs, "12", "Park Ji-young"); e["surfaces"].append("Park")
def c_gloss_absent(rs):      # the MT text never writes the English "Muslim Brotherhood"
    _, e = find(rs, "01", "Muslim Brotherhood"); e["surfaces"].append("Muslim Brotherhood")
def c_by_month(rs):          # "which will host the Olympic Games in August" (published 2015-11-28) put in the past
    _, e = find(rs, "16", "2016-08"); e["value"] = e["name"] = "2015-08"
def c_future_site(rs):       # "will open in South Korea on May 30" put a year early
    _, e = find(rs, "20", "2019-05-30"); e["value"] = e["name"] = "2018-05-30"
def c_given_inside(rs):      # "Yacouba" occurs only inside "Yacouba Isaac Zida"
    _, e = find(rs, "19", "Yacouba Isaac Zida"); e["surfaces"].append("Yacouba")
def c_english_order(rs):     # the MT text writes the site head first ("mosque Rabaa al-Adawiya")
    _, e = find(rs, "01", "Rabaa al-Adawiya Mosque"); e["surfaces"].append("Rabaa al-Adawiya mosque")
def c_nickname_moved(rs):    # "Cabu" is Jean Cabut's pen name, not Wolinski's
    _, e = find(rs, "02", "Georges Wolinski"); e["surfaces"].append("Cabu")
def c_value_on_loc(rs):      # a DATE retyped as LOCATION keeps its value
    _, e = find(rs, "12", "2014-04-15"); e["type"] = "LOCATION"
def c_dup_record(rs):
    rs.append(copy.deepcopy(rs[0]))
def c_file_missing(rs):
    rs[9]["file"] = "10-uk-skripal-nerve-agent.txt"
def c_bad_published(rs):
    rs[12]["publishedOn"] = "2014-02-30"
def c_no_surfaces(rs):
    _, e = find(rs, "18", "Ferrovial"); e["surfaces"] = []
def c_repeated_surface(rs):
    _, e = find(rs, "11", "Carlos Ghosn"); e["surfaces"].append("Ghosn")
def c_value_missing(rs):
    _, e = find(rs, "17", "2014-12-17"); del e["value"]
def c_dateline_wrong_city(rs):
    _, e = find(rs, "18", "Port Moresby"); e["type"] = "ORGANIZATION"


# --- new for heldout16 (caught by validate.py; check_gold.py lets them through)
def c_demonym(rs):           # "Russian investigators": a demonym is no mention of Russia
    _, e = find(rs, "05", "Russia"); e["surfaces"].append("Russian")
def c_title_in_person(rs):   # "President Raúl Castro": the title is outside the mention
    _, e = find(rs, "17", "Raúl Castro"); e["surfaces"].append("President Raúl Castro")
def c_event(rs):             # "the soccer World Cup" is an event
    add(rs, "10", "ORGANIZATION", "FIFA World Cup", ["World Cup"])
def c_place_in_work(rs):     # "Hollywood" occurs only inside the title "Once Upon a Time in Hollywood"
    add(rs, "20", "LOCATION", "Hollywood", ["Hollywood"])
def c_virus_as_place(rs):    # the Zika virus is not the Zika Forest
    _, e = find(rs, "16", "Zika Forest"); e["surfaces"].append("Zika")
def c_ship_as_entity(rs):    # the ferry's name is a vehicle (a product), as the previous sets decided
    add(rs, "12", "ORGANIZATION", "MV Sewol", ["Sewol"])
def c_entity_deleted(rs):    # Lonmin dropped from the gold: its mentions become uncovered tokens
    r, e = find(rs, "14", "Lonmin"); r["entities"].remove(e)
def c_alias_deleted(rs):     # "Jokowi" dropped from Joko Widodo's forms
    _, e = find(rs, "06", "Joko Widodo"); e["surfaces"].remove("Jokowi")
def c_type_inconsistent(rs): # Reuters is an ORGANIZATION in every other article
    _, e = find(rs, "12", "Reuters"); e["type"] = "PERSON"
def c_partial_overlap(rs):   # "Port area" overlaps "Tianjin Port" in "Tianjin Port area"
    _, e = find(rs, "07", "Binhai New Area"); e["surfaces"].append("Port area")
def c_two_dateline_dates(rs):  # a second DATE surface inside the dateline head ("7 August" in "17 August")
    add(rs, "09", "DATE", "2012-08-07", ["7 August"], value="2012-08-07")
def c_future_flag_missing(rs):  # "June 14" keeps its value but the gold now says the default (past) rule applies
    return "unflag:10-uk-skripal-nerve-agent-deadline.txt:2018-06-14"


GOLD_TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
              c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org, c_value_on_person,
              c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type, c_duplicate, c_punct, c_json,
              c_weekday_surface, c_value_name, c_endash, c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
              c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside, c_surname_clash,
              c_gloss_absent, c_by_month, c_future_site, c_given_inside, c_english_order, c_nickname_moved,
              c_value_on_loc, c_dup_record, c_file_missing, c_bad_published, c_no_surfaces, c_repeated_surface,
              c_value_missing, c_dateline_wrong_city,
              c_demonym, c_title_in_person, c_event, c_place_in_work, c_virus_as_place, c_ship_as_entity,
              c_entity_deleted, c_alias_deleted, c_type_inconsistent, c_partial_overlap, c_two_dateline_dates,
              c_future_flag_missing]
EXPECT = dict(injections.EXPECT,
              c_weekday_surface="not a recognised date form", c_value_name="differs from name",
              c_endash="not found on word boundaries", c_unaccented="not found on word boundaries",
              c_lower_particle="only occurs inside", c_mt_space="stray whitespace/punctuation",
              c_place_in_org="only occurs inside", c_accent_dropped="not found on word boundaries",
              c_day_mismatch="does not match value", c_org_generic_head="generic head",
              c_nickname_inside="only occurs inside", c_surname_clash="in two entities",
              c_gloss_absent="not found on word boundaries", c_by_month="year rule gives",
              c_future_site="year rule gives", c_given_inside="only occurs inside",
              c_english_order="not found on word boundaries", c_nickname_moved="in two entities",
              c_value_on_loc="carries a value", c_dup_record="duplicate record", c_file_missing="article file missing",
              c_bad_published="bad publishedOn", c_no_surfaces="without name or surfaces",
              c_repeated_surface="repeated surface", c_value_missing="invalid value",
              c_dateline_wrong_city="dateline city",
              c_demonym="is a demonym", c_title_in_person="starts with the title", c_event="reviewed non-entity",
              c_place_in_work="reviewed non-entity", c_virus_as_place="reviewed non-entity",
              c_ship_as_entity="reviewed non-entity", c_entity_deleted="uncovered and not in the reviewed list",
              c_alias_deleted="uncovered and not in the reviewed list",
              c_type_inconsistent="type differs across articles", c_partial_overlap="mentions overlap",
              c_two_dateline_dates="want exactly one", c_future_flag_missing="not flagged future")


# --- mention injections (mentions.jsonl), caught by validate.py
def m_offset_shift(ms):      # a mention's offsets moved by one character
    m = ms[4]["mentions"][7]; m["start"] += 1; m["end"] += 1
def m_wrong_text(ms):        # the text field does not match the article at those offsets
    m = ms[8]["mentions"][3]; m["text"] = m["text"].upper() + "X"
def m_end_short(ms):         # a truncated span ("Ghos" for "Ghosn")
    m = next(m for m in ms[10]["mentions"] if m["text"] == "Ghosn"); m["end"] -= 1
def m_overlap(ms):           # a second mention overlapping the first one
    m = copy.deepcopy(ms[0]["mentions"][3]); m["start"] += 1; m["text"] = m["text"][1:]; ms[0]["mentions"].insert(4, m)
def m_missing(ms):           # one mention dropped
    del ms[14]["mentions"][10]
def m_extra(ms):             # a mention the gold does not give (the demonym "Russian" in article 05)
    r = ms[4]; t = open(os.path.join(ROOT, "articles", r["file"]), encoding="utf-8").read()
    a = t.index("Russian investigators")
    r["mentions"].append({"start": a, "end": a + 7, "text": "Russian", "type": "LOCATION", "entity": "Russia"})
    r["mentions"].sort(key=lambda m: m["start"])
def m_wrong_type(ms):
    m = next(m for m in ms[13]["mentions"] if m["text"] == "Lonmin"); m["type"] = "PERSON"
def m_wrong_entity(ms):      # "Castro" given to Raúl
    m = next(m for m in ms[16]["mentions"] if m["text"] == "Castro"); m["entity"] = "Raúl Castro"
def m_record_missing(ms):
    del ms[19]


MENTION_TESTS = [m_offset_shift, m_wrong_text, m_end_short, m_overlap, m_missing, m_extra, m_wrong_type,
                 m_wrong_entity, m_record_missing]
M_EXPECT = dict(m_offset_shift="text at offsets", m_wrong_text="text at offsets", m_end_short="text at offsets",
                m_overlap="stored mentions overlap", m_missing="differs from the gold", m_extra="differs from the gold",
                m_wrong_type="but the entity is", m_wrong_entity="has no such surface",
                m_record_missing="no mentions record")


def run_check_gold(path):
    p = subprocess.run([sys.executable, CHECK, "--set", ROOT, "--gold", path], capture_output=True, text=True)
    return p.returncode, p.stdout.splitlines()


def write(path, rs, broken=False):
    with open(path, "w", encoding="utf-8") as f:
        if broken:
            f.write("{not json\n")
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ok_all = True
    # 1. clean
    rc, out = run_check_gold(os.path.join(ROOT, "gold.jsonl"))
    errs = [l for l in out if l.startswith("ERROR")]
    warns = [l for l in out if l.startswith("WARNING")]
    stray = [w for w in warns if not any(a in w for a in ALLOWED_WARNINGS)]
    clean1 = rc == 0 and not errs and not stray
    ok_all &= clean1
    print(f"{'ok  ' if clean1 else 'FAIL'} clean gold.jsonl, check_gold.py: {out[-2] if len(out) > 1 else out} "
          f"({len(warns)} warnings, all reviewed: {not stray})")
    for l in errs + stray:
        print("   ", l)
    verrs = V.validate()
    clean2 = not verrs
    ok_all &= clean2
    print(f"{'ok  ' if clean2 else 'FAIL'} clean gold.jsonl and mentions.jsonl, validate.py: {len(verrs)} errors")
    for l in verrs:
        print("   ", l)
    # 2. gold injections
    tmp = os.path.join(HERE, "_corrupt.jsonl")
    src_path = os.path.join(HERE, "gold_src.py")
    caught = 0
    try:
        for t in GOLD_TESTS:
            rs = copy.deepcopy(recs)
            res = t(rs)
            saved_src = None
            if isinstance(res, str) and res.startswith("unflag:"):
                # drop the future flag of one DATE in gold_src.py (restored below)
                _, f, name = res.split(":", 2)
                saved_src = open(src_path, encoding="utf-8").read()
                line = next(l for l in saved_src.splitlines() if f'(D, "{name}"' in l and l.rstrip().endswith("F),"))
                open(src_path, "w", encoding="utf-8").write(
                    saved_src.replace(line, line.replace("], F),", "]),")))
                for mod in ("gold_src",):
                    sys.modules.pop(mod, None)
            try:
                write(tmp, rs, broken=(res == "broken"))
                rc, out = run_check_gold(tmp)
                cg = [l for l in out if l.startswith("ERROR")]
                vd = ["ERROR " + e for e in V.validate(tmp)]
            finally:
                if saved_src is not None:
                    open(src_path, "w", encoding="utf-8").write(saved_src)
                    sys.modules.pop("gold_src", None)
            exp = EXPECT[t.__name__]
            hit = [l for l in cg + vd if exp in l]
            ok = bool(hit) and (rc != 0 or bool(vd))
            caught += ok
            who = "check_gold" if any(exp in l for l in cg) else "validate"
            print(f"{'ok  ' if ok else 'MISS'} {t.__name__} [{who}]: {(hit or cg + vd or ['no error'])[0][:150]}")
        # 3. mention injections
        mrecs = [json.loads(l) for l in open(os.path.join(ROOT, "mentions.jsonl"), encoding="utf-8") if l.strip()]
        mcaught = 0
        for t in MENTION_TESTS:
            ms = copy.deepcopy(mrecs)
            t(ms)
            write(tmp, ms)
            vd = V.validate(None, tmp)
            hit = [l for l in vd if M_EXPECT[t.__name__] in l]
            mcaught += bool(hit)
            print(f"{'ok  ' if hit else 'MISS'} {t.__name__} [validate]: {(hit or vd or ['no error'])[0][:150]}")
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    n = len(GOLD_TESTS) + len(MENTION_TESTS)
    total = caught + mcaught
    print(f"gold injections caught: {caught}/{len(GOLD_TESTS)}; mention injections caught: "
          f"{mcaught}/{len(MENTION_TESTS)}")
    print(f"{total}/{n} injected errors caught; clean gold passes: {clean1 and clean2}")
    return 0 if ok_all and total == n else 1


if __name__ == "__main__":
    sys.exit(main())
