#!/usr/bin/env python3
"""Self-test of heldout19's checkers: the clean gold must pass, and every injected error must be caught.

Run from anywhere: python3 scripts/test_checker.py        (exit 1 on a miss or on a failing clean gold)

The checkers are
  * the shared goldtools/check_gold.py (found next to the set folder: ../goldtools from the set), which reads this
    set's WORDS and future flags from scripts/gold_src.py; and
  * this set's scripts/validate.py (offsets of mentions.jsonl, overlaps, a second implementation of the date rules,
    demonyms, titles, reviewed non-entities, site heads, type consistency, reviewed uncovered tokens, agreement with
    gold_src.py).

1. Clean: check_gold.py must exit 0 with no warning; validate.py must report nothing.
2. Gold injections: one error at a time in a copy of gold.jsonl (or, for the future flags, in gold_src.py, restored
   afterwards). Each is run through check_gold.py and validate.py (against the clean mentions.jsonl), and is caught
   only if the expected message appears among the errors (injections.EXPECT for the 24 shared kinds, given below
   for the others).
3. Mention injections: one error at a time in a copy of mentions.jsonl, run through validate.py.
"""
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
ALLOWED_WARNINGS = []
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
def c_missing(rs):           # article 01 writes "Yasmín Esquivel"; the unaccented form is nowhere in it
    _, e = find(rs, "01", "Yasmín Esquivel"); e["surfaces"].append("Yasmin Esquivel")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "07", "Dmitry Peskov"); e["surfaces"].append("Kremlin")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "17", "2025-09-04"); retype_date(e, "2025-09-31")
def c_wrongyear(rs):         # "scheduled new elections for March 5" (published 2025-09-12) a year early
    _, e = find(rs, "17", "2026-03-05"); retype_date(e, "2025-03-05")
def c_pastyear(rs):          # "a fissure opened nearby on Dec. 18" (published 2024-01-14) a year late
    _, e = find(rs, "19", "2023-12-18"); retype_date(e, "2024-12-18")
def c_future_prev(rs):       # "is expected to begin in January" (published 2024-11-29) put in the past
    _, e = find(rs, "11", "2025-01"); retype_date(e, "2024-01")
def c_the(rs):               # "in the Rockies": the article inside the mention
    _, e = find(rs, "12", "Rocky Mountains"); e["surfaces"][0] = "the Rockies"
def c_poss(rs):              # "Skuse's lawyer"
    _, e = find(rs, "14", "Jake Skuse"); e["surfaces"].append("Skuse's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("06")); r["entities"].reverse()
def c_surface_order(rs):     # Tebboune's three forms reversed
    _, e = find(rs, "09", "Abdelmadjid Tebboune"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):          # the dateline city removed
    _, e = find(rs, "13", "East Palestine, Ohio"); e["surfaces"].remove("EAST PALESTINE")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "17", "2025-09-12"); retype_date(e, "2025-09-11")
def c_head(rs):              # "Tigray region": the lower-case generic head belongs outside the mention
    _, e = find(rs, "16", "Tigray Region"); e["surfaces"] = ["Tigray region"]
def c_site_head_org(rs):     # "Svartsengi power plant" retyped ORGANIZATION
    _, e = find(rs, "19", "Svartsengi Power Station"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "20", "Rashid Khan"); e["value"] = "2024-06-25"
def c_bare_month(rs):        # "Ibama rejected a license for the project in May" (published 2023-08-09) put in 2022
    _, e = find(rs, "15", "2023-05"); retype_date(e, "2022-05")
def c_future_month(rs):      # "something that is expected before the end of August" (2025-06-03) put in the past
    _, e = find(rs, "01", "2025-08"); retype_date(e, "2024-08")
def c_year_differs(rs):      # "12 December 2019" given another year
    _, e = find(rs, "09", "2019-12-12"); retype_date(e, "2018-12-12")
def c_inside_only(rs):       # "Deuba" occurs only inside "Sher Bahadur Deuba" and "Arzu Rana Deuba"
    _, e = find(rs, "17", "Sher Bahadur Deuba"); e["surfaces"].append("Deuba")
def c_bad_type(rs):
    _, e = find(rs, "08", "Makala Central Prison"); e["type"] = "PRISON"
def c_duplicate(rs):
    r, e = find(rs, "16", "Reuters"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "03", "Karol Nawrocki"); e["surfaces"].append("Nawrocki,")
def c_json(rs):
    return "broken"


# --- the kinds of heldout10-18, on this set's text
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "10", "2025-01-23"); e["surfaces"].append("Thursday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "18", "2025-01-20"); e["value"] = "2025-01-21"
def c_endash(rs):            # an en dash where the text has a hyphen
    _, e = find(rs, "11", "Sarah Hanson-Young"); e["surfaces"][1] = "Hanson\u2013Young"
def c_unaccented(rs):        # the Polish name without its diacritic is not in the text
    _, e = find(rs, "03", "Rafał Trzaskowski"); e["surfaces"][0] = "Rafal Trzaskowski"
def c_lower_particle(rs):    # lower-case "von der Leyen" occurs only inside the full name
    _, e = find(rs, "03", "Ursula von der Leyen"); e["surfaces"].append("von der Leyen")
def c_mt_space(rs):          # the MT space before a comma taken into the mention ("Tebboune ,")
    _, e = find(rs, "09", "Abdelmadjid Tebboune"); e["surfaces"].append("Tebboune ,")
def c_place_in_org(rs):      # "Henan" occurs only inside "Henan Airlines"
    add(rs, "06", "LOCATION", "Henan", ["Henan"])
def c_accent_dropped(rs):    # "Víðir Reynisson" without its Icelandic letters
    _, e = find(rs, "19", "Víðir Reynisson"); e["surfaces"][0] = "Vidir Reynisson"
def c_day_mismatch(rs):      # "Feb. 6" given the 7th
    _, e = find(rs, "13", "2023-02-06"); retype_date(e, "2023-02-07")
def c_org_generic_head(rs):  # "Pheu Thai party": the lower-case "party" belongs outside the mention
    _, e = find(rs, "10", "Pheu Thai Party"); e["surfaces"] = ["Pheu Thai party"]
def c_nickname_inside(rs):   # "Sharma" occurs only inside "K.P. Sharma Oli"
    _, e = find(rs, "17", "KP Sharma Oli"); e["surfaces"].append("Sharma")
def c_surname_clash(rs):     # bare "Shaw" is Alan Shaw, not Homendy
    _, e = find(rs, "13", "Jennifer Homendy"); e["surfaces"].append("Shaw")
def c_gloss_absent(rs):      # the MT text writes "Ministry of Interior", never the English "Interior Ministry"
    _, e = find(rs, "04", "Ministry of Interior and National Administration"); e["surfaces"].append("Interior Ministry")
def c_by_month(rs):          # "who must call a federal election by May" (2024-11-29) put in the past
    _, e = find(rs, "11", "2025-05"); retype_date(e, "2024-05")
def c_future_site(rs):       # "will take office on 6 August" (2025-06-02) a year early
    _, e = find(rs, "03", "2025-08-06"); retype_date(e, "2024-08-06")
def c_given_inside(rs):      # "Þórðarson" occurs only inside "Þorvaldur Þórðarson"
    _, e = find(rs, "19", "Þorvaldur Þórðarson"); e["surfaces"].append("Þórðarson")
def c_english_order(rs):     # the MT text never writes the English "Makala Central Prison"
    _, e = find(rs, "08", "Makala Central Prison"); e["surfaces"].append("Makala Central Prison")
def c_nickname_moved(rs):    # "Balen" is Balendra Shah's short name, not Gurung's
    _, e = find(rs, "17", "Sudan Gurung"); e["surfaces"].append("Balen")
def c_value_on_loc(rs):      # a DATE retyped as LOCATION keeps its value
    _, e = find(rs, "16", "2024-03"); e["type"] = "LOCATION"
def c_dup_record(rs):
    rs.append(copy.deepcopy(rs[0]))
def c_file_missing(rs):
    rs[9]["file"] = "10-thailand-same-sex-marriage.txt"
def c_bad_published(rs):
    rs[12]["publishedOn"] = "2023-02-30"
def c_no_surfaces(rs):
    _, e = find(rs, "18", "Broadcom"); e["surfaces"] = []
def c_repeated_surface(rs):
    _, e = find(rs, "20", "Rahmanullah Gurbaz"); e["surfaces"].append("Gurbaz")
def c_value_missing(rs):
    _, e = find(rs, "15", "2023-01"); del e["value"]
def c_dateline_wrong_city(rs):
    _, e = find(rs, "11", "Canberra"); e["type"] = "ORGANIZATION"


# --- new for heldout19 (caught by validate.py; check_gold.py lets them through)
def c_demonym(rs):           # "on the Ukrainian side": a demonym is no mention of Ukraine
    _, e = find(rs, "07", "Ukraine"); e["surfaces"].append("Ukrainian")
def c_title_in_person(rs):   # "President Ram Chandra Paudel": the title is outside the mention
    _, e = find(rs, "17", "Ram Chandra Paudel"); e["surfaces"].append("President Ram Chandra Paudel")
def c_event(rs):             # the Twenty20 World Cup is a tournament (an event)
    add(rs, "20", "ORGANIZATION", "Twenty20 World Cup", ["Twenty20 World Cup"])
def c_period_as_place(rs):   # "Edo" here is the Edo period, not the old name of Tokyo
    add(rs, "02", "LOCATION", "Edo", ["Edo"])
def c_person_in_method(rs):  # "Lewis" occurs only inside the Duckworth-Lewis-Stern method
    add(rs, "20", "PERSON", "Tony Lewis", ["Lewis"])
def c_product(rs):           # ChatGPT is a product
    add(rs, "18", "ORGANIZATION", "ChatGPT", ["ChatGPT"])
def c_day_as_person(rs):     # Valentine's Day is a day, not a person mention
    add(rs, "10", "PERSON", "Saint Valentine", ["Valentine"])
def c_law_as_org(rs):        # the Superfund law is a law
    add(rs, "13", "ORGANIZATION", "Superfund", ["Superfund"])
def c_entity_deleted(rs):    # the band Picnic dropped from the gold: its mention becomes an uncovered token
    r, e = find(rs, "07", "Picnic (band)"); r["entities"].remove(e)
def c_alias_deleted(rs):     # the source-language form "Podmoskovye" dropped from Moscow Oblast's forms
    _, e = find(rs, "07", "Moscow Oblast"); e["surfaces"].remove("Podmoskovye")
def c_site_head_dropped(rs): # "Guangzhou Baiyun International Airport" cut to "Guangzhou Baiyun"
    _, e = find(rs, "06", "Guangzhou Baiyun International Airport"); e["surfaces"][0] = "Guangzhou Baiyun"
def c_lower_site_head_dropped(rs):  # "Keflavík airport" cut to "Keflavík": a site's head is part of its name
    _, e = find(rs, "19", "Keflavík International Airport"); e["surfaces"][1] = "Keflavík"
def c_type_inconsistent(rs): # Reuters is an ORGANIZATION in every other article
    _, e = find(rs, "14", "Reuters"); e["type"] = "PERSON"
def c_partial_overlap(rs):   # "Commission Ursula" overlaps "European Commission" and "Ursula von der Leyen"
    _, e = find(rs, "03", "European Commission"); e["surfaces"].append("Commission Ursula")
def c_two_dateline_dates(rs):  # a second DATE surface inside the dateline head ("June" in "3 June")
    add(rs, "01", "DATE", "2025-06", ["June"], value="2025-06")
def c_wider_generic_head(rs):  # "Fagradalsfjall volcano": a head the shared checker does not list
    _, e = find(rs, "19", "Fagradalsfjall"); e["surfaces"] = ["Fagradalsfjall volcano"]
def c_src_mismatch(rs):      # gold.jsonl renames an entity that gold_src.py calls "Turin"
    _, e = find(rs, "05", "Turin"); e["name"] = "Torino"
def c_future_flag_missing(rs):  # "March 5" keeps its value but gold_src.py no longer flags it future
    return "unflag:17-nepal-karki-interim-prime-minister-gen-z-protests.txt:2026-03-05"
def c_future_flag_spurious(rs):  # "on Dec. 18" flagged future although the text does not mark it
    return "flag:19-iceland-grindavik-eruption-lava-reaches-town.txt:2023-12-18"


GOLD_TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
              c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org, c_value_on_person,
              c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type, c_duplicate, c_punct, c_json,
              c_weekday_surface, c_value_name, c_endash, c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
              c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside, c_surname_clash,
              c_gloss_absent, c_by_month, c_future_site, c_given_inside, c_english_order, c_nickname_moved,
              c_value_on_loc, c_dup_record, c_file_missing, c_bad_published, c_no_surfaces, c_repeated_surface,
              c_value_missing, c_dateline_wrong_city,
              c_demonym, c_title_in_person, c_event, c_period_as_place, c_person_in_method, c_product,
              c_day_as_person, c_law_as_org, c_entity_deleted, c_alias_deleted, c_site_head_dropped,
              c_lower_site_head_dropped, c_type_inconsistent, c_partial_overlap, c_two_dateline_dates,
              c_wider_generic_head, c_src_mismatch, c_future_flag_missing, c_future_flag_spurious]
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
              c_period_as_place="reviewed non-entity", c_person_in_method="reviewed non-entity",
              c_product="reviewed non-entity", c_day_as_person="reviewed non-entity",
              c_law_as_org="reviewed non-entity",
              c_entity_deleted="uncovered and not in the reviewed list",
              c_alias_deleted="uncovered and not in the reviewed list",
              c_site_head_dropped="uncovered and not in the reviewed list",
              c_lower_site_head_dropped="leaves out the site head",
              c_type_inconsistent="type differs across articles", c_partial_overlap="mentions overlap",
              c_two_dateline_dates="want exactly one", c_wider_generic_head="lower-case generic head 'volcano'",
              c_src_mismatch="differs from gold_src.py", c_future_flag_missing="not flagged future",
              c_future_flag_spurious="text does not mark it")


# --- mention injections (mentions.jsonl), caught by validate.py
def m_offset_shift(ms):      # a mention's offsets moved by one character
    m = ms[4]["mentions"][7]; m["start"] += 1; m["end"] += 1
def m_wrong_text(ms):        # the text field does not match the article at those offsets
    m = ms[8]["mentions"][3]; m["text"] = m["text"].upper() + "X"
def m_end_short(ms):         # a truncated span ("Tebboun" for "Tebboune")
    m = next(m for m in ms[8]["mentions"] if m["text"] == "Tebboune"); m["end"] -= 1; m["text"] = m["text"][:-1]
def m_overlap(ms):           # a second mention overlapping the first one
    m = copy.deepcopy(ms[0]["mentions"][3]); m["start"] += 1; m["text"] = m["text"][1:]; ms[0]["mentions"].insert(4, m)
def m_missing(ms):           # one mention dropped
    del ms[14]["mentions"][10]
def m_extra(ms):             # a mention the gold does not give (the demonym "Ukrainian" in article 07)
    r = ms[6]; t = open(os.path.join(ROOT, "articles", r["file"]), encoding="utf-8").read()
    a = t.index("Ukrainian side")
    r["mentions"].append({"start": a, "end": a + 9, "text": "Ukrainian", "type": "LOCATION", "entity": "Ukraine"})
    r["mentions"].sort(key=lambda m: m["start"])
def m_wrong_type(ms):
    m = next(m for m in ms[19]["mentions"] if m["text"] == "Gurbaz"); m["type"] = "ORGANIZATION"
def m_wrong_entity(ms):      # "Shaw" given to Homendy
    m = next(m for m in ms[12]["mentions"] if m["text"] == "Shaw"); m["entity"] = "Jennifer Homendy"
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


def edit_src(src_path, saved, how, f, name):
    """Drop (unflag) or add (flag) the future option of one DATE of gold_src.py."""
    lines = saved.splitlines(keepends=True)
    in_file = False
    for i, l in enumerate(lines):
        if l.startswith(f'"{f}"'):
            in_file = True
        elif l.startswith('"') and in_file:
            break
        if in_file and f'(D, "{name}"' in l:
            if how == "unflag":
                assert l.rstrip().endswith("], F),"), l
                lines[i] = l.replace("], F),", "]),")
            else:
                assert l.rstrip().endswith("]),"), l
                lines[i] = l.replace("]),", "], F),")
            break
    else:
        raise SystemExit(f"{how}: {name} not found in {f}")
    open(src_path, "w", encoding="utf-8").write("".join(lines))
    sys.modules.pop("gold_src", None)


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
    caught = mcaught = 0
    try:
        for t in GOLD_TESTS:
            rs = copy.deepcopy(recs)
            res = t(rs)
            saved_src = None
            if isinstance(res, str) and res.split(":")[0] in ("unflag", "flag"):
                how, f, name = res.split(":", 2)
                saved_src = open(src_path, encoding="utf-8").read()
                edit_src(src_path, saved_src, how, f, name)
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
    # the source and the clean gold must be untouched afterwards
    after = V.validate()
    ok_all &= not after
    n = len(GOLD_TESTS) + len(MENTION_TESTS)
    total = caught + mcaught
    print(f"gold injections caught: {caught}/{len(GOLD_TESTS)}; mention injections caught: "
          f"{mcaught}/{len(MENTION_TESTS)}")
    print(f"{total}/{n} injected errors caught; clean gold passes: {clean1 and clean2 and not after}")
    return 0 if ok_all and total == n else 1


if __name__ == "__main__":
    sys.exit(main())
