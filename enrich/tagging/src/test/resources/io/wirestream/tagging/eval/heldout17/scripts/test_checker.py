#!/usr/bin/env python3
"""Self-test of heldout17's checkers: the clean gold must pass, and every injected error must be caught.

Run from anywhere: python3 scripts/test_checker.py        (exit 1 on a miss or on a failing clean gold)

The checkers are
  * the shared goldtools/check_gold.py (found next to the set folder: ../goldtools from the set, i.e.
    ../../goldtools from scripts/; or ../goldtools from scripts/), which reads this set's WORDS and future flags
    from scripts/gold_src.py; and
  * this set's scripts/validate.py (offsets of mentions.jsonl, overlaps, a second implementation of the date rules,
    demonyms, titles, reviewed non-entities, type consistency, reviewed uncovered tokens).

1. Clean: check_gold.py must exit 0 and its only warning must be the reviewed one (the "Jan" of Jan Topić in
   article 08, a given name that the shared checker's month regex takes for an abbreviated month); validate.py must
   report nothing; mentions.jsonl must be what the gold gives.
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
ALLOWED_WARNINGS = ["08-ecuador-villavicencio-assassinated-quito.txt: month name 'Jan' not in a DATE surface"]
recs = injections.load(ROOT)
find = injections.find


def add(rs, f, typ, name, surfaces, value=None):
    r = next(r for r in rs if r["file"].startswith(f))
    e = {"type": typ, "name": name}
    if value:
        e["value"] = value
    e["surfaces"] = surfaces
    r["entities"].append(e)


def retype_date(e, v):
    e["value"] = e["name"] = v


# --- the 24 shared kinds (injections.EXPECT), on this set's entities
def c_missing(rs):           # article 16 writes "Erdoğan"; "Erdogan" is nowhere in it
    _, e = find(rs, "16", "Recep Tayyip Erdoğan"); e["surfaces"].append("Erdogan")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "16", "Vladimir Putin"); e["surfaces"].append("Kremlin")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "17", "2024-12-07"); retype_date(e, "2024-12-32")
def c_wrongyear(rs):         # "will on 20 May ... take office" (published 2024-01-14) put a year early
    _, e = find(rs, "05", "2024-05-20"); retype_date(e, "2023-05-20")
def c_pastyear(rs):          # "where also on 5 May magnitude 6.5 earthquake occurred" (published 2024-01-02) a year late
    _, e = find(rs, "06", "2023-05-05"); retype_date(e, "2024-05-05")
def c_future_prev(rs):       # "will receive their awards ... on Dec. 10" (published 2024-10-08) put in the past
    _, e = find(rs, "14", "2024-12-10"); retype_date(e, "2023-12-10")
def c_the(rs):               # "the exit of the Netherlands" with the article inside the mention
    _, e = find(rs, "04", "Netherlands"); e["surfaces"] = ["the Netherlands"]
def c_poss(rs):
    _, e = find(rs, "12", "Sony"); e["surfaces"].append("Sony's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("16")); r["entities"].reverse()
def c_surface_order(rs):     # Leo XIV's four forms reversed
    _, e = find(rs, "19", "Pope Leo XIV"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):          # the dateline city removed
    _, e = find(rs, "20", "Blantyre"); e["surfaces"].remove("BLANTYRE")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "03", "2023-10-17"); retype_date(e, "2023-10-16")
def c_head(rs):              # "Ishikawa prefecture": the lower-case generic head belongs outside the mention
    _, e = find(rs, "06", "Ishikawa Prefecture"); e["surfaces"] = ["Ishikawa prefecture"]
def c_site_head_org(rs):     # a site head on a non-LOCATION
    _, e = find(rs, "17", "Obuasi mine"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "13", "Lamine Yamal"); e["value"] = "2024-07-13"
def c_bare_month(rs):        # "resigned in April" (published 2024-06-26) put in 2023
    _, e = find(rs, "18", "2024-04"); retype_date(e, "2023-04")
def c_future_month(rs):      # "who is due to visit China in November" (published 2023-10-15) put in the past
    _, e = find(rs, "10", "2023-11"); retype_date(e, "2022-11")
def c_year_differs(rs):      # "11 March 2011" given another year
    _, e = find(rs, "06", "2011-03-11"); retype_date(e, "2010-03-11")
def c_inside_only(rs):       # "Queen Elizabeth" occurs only inside the hospital's name
    _, e = find(rs, "20", "Queen Elizabeth Central Hospital"); e["surfaces"].append("Queen Elizabeth")
def c_bad_type(rs):
    _, e = find(rs, "16", "Hakari bridge"); e["type"] = "BRIDGE"
def c_duplicate(rs):
    r, e = find(rs, "15", "Reuters"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "17", "John Dramani Mahama"); e["surfaces"].append("Mahama,")
def c_json(rs):
    return "broken"


# --- the kinds of heldout10-16, on this set's text
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "13", "2024-07-15"); e["surfaces"].append("Sunday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "11", "2023-11-15"); e["value"] = "2023-11-14"
def c_endash(rs):            # an en dash where the text has a hyphen
    _, e = find(rs, "16", "Nagorno-Karabakh"); e["surfaces"][0] = "Nagorno\u2013Karabakh"
def c_unaccented(rs):        # the Polish name without its diacritics is not in the text
    _, e = find(rs, "03", "Jarosław Kaczyński"); e["surfaces"][0] = "Jaroslaw Kaczynski"
def c_lower_particle(rs):    # lower-case "van der Plas" occurs only inside the full name (the text's alias is "Van der Plas")
    _, e = find(rs, "04", "Caroline van der Plas"); e["surfaces"].append("van der Plas")
def c_mt_space(rs):          # the MT space before a comma taken into the mention ("Peskov , the agreement")
    _, e = find(rs, "01", "Dmitry Peskov"); e["surfaces"].append("Peskov ,")
def c_place_in_org(rs):      # "Milan" occurs only inside "Borsa of Milan"
    add(rs, "07", "LOCATION", "Milan", ["Milan"])
def c_accent_dropped(rs):    # "Orbán" without its accent
    _, e = find(rs, "04", "Viktor Orbán"); e["surfaces"] = ["Viktor Orban"]
def c_day_mismatch(rs):      # "Sept. 19" given the 18th
    _, e = find(rs, "16", "2023-09-19"); retype_date(e, "2023-09-18")
def c_org_generic_head(rs):  # "Labour party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "11", "Labour Party (UK)"); e["surfaces"] = ["Labour party"]
def c_nickname_inside(rs):   # "Chérizier" occurs only inside "Jimmy Chérizier"
    _, e = find(rs, "18", "Jimmy Chérizier"); e["surfaces"].append("Chérizier")
def c_surname_clash(rs):     # bare "González" is Luisa, not Andrea
    _, e = find(rs, "08", "Andrea González"); e["surfaces"].append("González")
def c_gloss_absent(rs):      # the MT text never writes the English "National Assembly"
    _, e = find(rs, "09", "National Assembly (Kuwait)"); e["surfaces"].append("National Assembly")
def c_by_month(rs):          # "whose contract runs until December" (published 2024-07-15) put in the past
    _, e = find(rs, "13", "2024-12"); retype_date(e, "2023-12")
def c_future_site(rs):       # "The inauguration Mass is scheduled for May 18" put a year early
    _, e = find(rs, "19", "2025-05-18"); retype_date(e, "2024-05-18")
def c_given_inside(rs):      # "Robert" occurs only inside "Robert Francis Prevost"
    _, e = find(rs, "19", "Pope Leo XIV"); e["surfaces"].append("Robert")
def c_english_order(rs):     # the MT text writes the site head first ("prison La Regional")
    _, e = find(rs, "08", "La Regional prison"); e["surfaces"].append("La Regional prison")
def c_nickname_moved(rs):    # "Barbecue" is Chérizier's nickname, not Henry's
    _, e = find(rs, "18", "Ariel Henry"); e["surfaces"].append("Barbecue")
def c_value_on_loc(rs):      # a DATE retyped as LOCATION keeps its value
    _, e = find(rs, "12", "2023-04-26"); e["type"] = "LOCATION"
def c_dup_record(rs):
    rs.append(copy.deepcopy(rs[0]))
def c_file_missing(rs):
    rs[9]["file"] = "10-australia-voice-referendum.txt"
def c_bad_published(rs):
    rs[12]["publishedOn"] = "2024-02-30"
def c_no_surfaces(rs):
    _, e = find(rs, "12", "Tencent"); e["surfaces"] = []
def c_repeated_surface(rs):
    _, e = find(rs, "14", "Geoffrey Hinton"); e["surfaces"].append("Hinton")
def c_value_missing(rs):
    _, e = find(rs, "17", "2022-12"); del e["value"]
def c_dateline_wrong_city(rs):
    _, e = find(rs, "11", "London"); e["type"] = "ORGANIZATION"


# --- new for heldout17 (caught by validate.py; check_gold.py lets them through)
def c_demonym(rs):           # "Russian peacekeepers": a demonym is no mention of Russia
    _, e = find(rs, "16", "Russia"); e["surfaces"].append("Russian")
def c_title_in_person(rs):   # "Prime Minister Anthony Albanese": the title is outside the mention
    _, e = find(rs, "10", "Anthony Albanese"); e["surfaces"].append("Prime Minister Anthony Albanese")
def c_event(rs):             # "the Copa del Rey" is an event (a competition)
    add(rs, "13", "ORGANIZATION", "Copa del Rey", ["Copa del Rey"])
def c_place_in_work(rs):     # "Uluru" occurs only inside the title "Uluru Statement from the Heart"
    add(rs, "10", "LOCATION", "Uluru", ["Uluru"])
def c_place_in_event(rs):    # "Paris" occurs only inside the event name "Paris Air Show"
    add(rs, "15", "LOCATION", "Paris", ["Paris"])
def c_storm_as_entity(rs):   # a cyclone is a natural event, not a person
    add(rs, "20", "PERSON", "Freddy", ["Freddy"])
def c_product(rs):           # a console is a product
    add(rs, "12", "ORGANIZATION", "PlayStation", ["PlayStation"])
def c_entity_deleted(rs):    # AngloGold Ashanti dropped from the gold: its mention becomes uncovered tokens
    r, e = find(rs, "17", "AngloGold Ashanti"); r["entities"].remove(e)
def c_alias_deleted(rs):     # the nickname "Albo" dropped from Albanese's forms
    _, e = find(rs, "10", "Anthony Albanese"); e["surfaces"].remove("Albo")
def c_site_head_dropped(rs): # "Kahului Airport" cut to "Kahului": the site's head is part of its name
    _, e = find(rs, "02", "Kahului Airport"); e["surfaces"] = ["Kahului"]
def c_type_inconsistent(rs): # Reuters is an ORGANIZATION in every other article
    _, e = find(rs, "12", "Reuters"); e["type"] = "PERSON"
def c_partial_overlap(rs):   # "Cibeles in Madrid" overlaps "Plaza de Cibeles"
    _, e = find(rs, "13", "Madrid"); e["surfaces"].append("Cibeles in Madrid")
def c_two_dateline_dates(rs):  # a second DATE surface inside the dateline head ("July 1" in "July 15")
    add(rs, "13", "DATE", "2024-07-01", ["July 1"], value="2024-07-01")
def c_future_flag_missing(rs):  # "20 May" keeps its value but the gold now says the default (past) rule applies
    return "unflag:05-taiwan-election-lai-ching-te-wins.txt:2024-05-20"


GOLD_TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
              c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org, c_value_on_person,
              c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type, c_duplicate, c_punct, c_json,
              c_weekday_surface, c_value_name, c_endash, c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
              c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside, c_surname_clash,
              c_gloss_absent, c_by_month, c_future_site, c_given_inside, c_english_order, c_nickname_moved,
              c_value_on_loc, c_dup_record, c_file_missing, c_bad_published, c_no_surfaces, c_repeated_surface,
              c_value_missing, c_dateline_wrong_city,
              c_demonym, c_title_in_person, c_event, c_place_in_work, c_place_in_event, c_storm_as_entity,
              c_product, c_entity_deleted, c_alias_deleted, c_site_head_dropped, c_type_inconsistent,
              c_partial_overlap, c_two_dateline_dates, c_future_flag_missing]
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
              c_place_in_work="reviewed non-entity", c_place_in_event="reviewed non-entity",
              c_storm_as_entity="reviewed non-entity", c_product="reviewed non-entity",
              c_entity_deleted="uncovered and not in the reviewed list",
              c_alias_deleted="uncovered and not in the reviewed list",
              c_site_head_dropped="uncovered and not in the reviewed list",
              c_type_inconsistent="type differs across articles", c_partial_overlap="mentions overlap",
              c_two_dateline_dates="want exactly one", c_future_flag_missing="not flagged future")


# --- mention injections (mentions.jsonl), caught by validate.py
def m_offset_shift(ms):      # a mention's offsets moved by one character
    m = ms[4]["mentions"][7]; m["start"] += 1; m["end"] += 1
def m_wrong_text(ms):        # the text field does not match the article at those offsets
    m = ms[8]["mentions"][3]; m["text"] = m["text"].upper() + "X"
def m_end_short(ms):         # a truncated span ("Hinto" for "Hinton")
    m = next(m for m in ms[13]["mentions"] if m["text"] == "Hinton"); m["end"] -= 1; m["text"] = m["text"][:-1]
def m_overlap(ms):           # a second mention overlapping the first one
    m = copy.deepcopy(ms[0]["mentions"][3]); m["start"] += 1; m["text"] = m["text"][1:]; ms[0]["mentions"].insert(4, m)
def m_missing(ms):           # one mention dropped
    del ms[14]["mentions"][10]
def m_extra(ms):             # a mention the gold does not give (the demonym "Russian" in article 16)
    r = ms[15]; t = open(os.path.join(ROOT, "articles", r["file"]), encoding="utf-8").read()
    a = t.index("Russian peacekeepers")
    r["mentions"].append({"start": a, "end": a + 7, "text": "Russian", "type": "LOCATION", "entity": "Russia"})
    r["mentions"].sort(key=lambda m: m["start"])
def m_wrong_type(ms):
    m = next(m for m in ms[16]["mentions"] if m["text"] == "Mensa"); m["type"] = "ORGANIZATION"
def m_wrong_entity(ms):      # "Francis" given to Leo XIV (whose full name holds it)
    m = next(m for m in ms[18]["mentions"] if m["text"] == "Francis"); m["entity"] = "Pope Leo XIV"
def m_record_missing(ms):
    del ms[19]


MENTION_TESTS = [m_offset_shift, m_wrong_text, m_end_short, m_overlap, m_missing, m_extra, m_wrong_type,
                 m_wrong_entity, m_record_missing]
M_EXPECT = dict(m_offset_shift="text at offsets", m_wrong_text="text at offsets", m_end_short="differs from the gold",
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
                open(src_path, "w", encoding="utf-8").write(saved_src.replace(line, line.replace("], F),", "]),")))
                sys.modules.pop("gold_src", None)
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
