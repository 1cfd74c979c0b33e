#!/usr/bin/env python3
"""Self-test of heldout20's checkers: the clean gold must pass, and every injected error must be caught.

Run from anywhere: python3 scripts/test_checker.py        (exit 1 on a miss or on a failing clean gold)

The checkers are
  * the shared goldtools/check_gold.py (found next to the set folder: ../goldtools from the set), which reads this
    set's WORDS and future flags from scripts/gold_src.py; and
  * this set's scripts/validate.py (offsets of mentions.jsonl, overlaps, a second implementation of the date rules,
    demonyms, titles, reviewed non-entities, site heads, type consistency, reviewed uncovered tokens, month names,
    agreement with gold_src.py).

1. Clean: check_gold.py must exit 0 with no warning other than the two reviewed ones (the month name "May" in
   "Theresa May" and in her surname used alone, article 19); validate.py must report nothing.
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
ALLOWED_WARNINGS = ["19-uk-grenfell-tower-fire-london.txt: month name 'May' not in a DATE surface: ...  Prime Minister Theresa May said",
                    "19-uk-grenfell-tower-fire-london.txt: month name 'May' not in a DATE surface: ...red residents' concerns. May was"]
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
def c_missing(rs):           # article 03 writes "Erdoğan"; the unaccented full name is nowhere in it
    _, e = find(rs, "03", "Recep Tayyip Erdoğan"); e["surfaces"].append("Recep Tayyip Erdogan")
def c_shared(rs):            # one surface in two entities
    _, e = find(rs, "07", "John Kirby"); e["surfaces"].append("White House")
def c_baddate(rs):           # impossible calendar date
    _, e = find(rs, "17", "2023-02-07"); retype_date(e, "2023-02-30")
def c_wrongyear(rs):         # "a general election will be held on Oct. 14" (published 2023-01-19) a year early
    _, e = find(rs, "17", "2023-10-14"); retype_date(e, "2022-10-14")
def c_pastyear(rs):          # "had been set for Nov. 7" (published 2017-12-28) a year late
    _, e = find(rs, "09", "2017-11-07"); retype_date(e, "2018-11-07")
def c_future_prev(rs):       # "is expected to consider ... at the session in October" (2024-08-03) put in the past
    _, e = find(rs, "06", "2024-10"); retype_date(e, "2023-10")
def c_the(rs):               # "replaced the Senate": the article inside the mention
    _, e = find(rs, "13", "Senate of Chile"); e["surfaces"][0] = "the Senate"
def c_poss(rs):              # "Floyd's brother"
    _, e = find(rs, "16", "George Floyd"); e["surfaces"].append("Floyd's")
def c_order(rs):
    r = next(r for r in rs if r["file"].startswith("05")); r["entities"].reverse()
def c_surface_order(rs):     # the four forms of Hagia Sophia reversed
    _, e = find(rs, "03", "Hagia Sophia"); e["surfaces"].reverse()
def c_words(rs):
    rs[3]["words"] += 1
def c_dateline(rs):          # the dateline city removed
    _, e = find(rs, "14", "Boston"); e["surfaces"].remove("BOSTON")
def c_dateline_date(rs):     # dateline date given a wrong value
    _, e = find(rs, "17", "2023-01-19"); retype_date(e, "2023-01-18")
def c_head(rs):              # "the Hawke's Bay region": the lower-case generic head belongs outside the mention
    _, e = find(rs, "17", "Hawke's Bay"); e["surfaces"] = ["Hawke's Bay region"]
def c_site_head_org(rs):     # "Fundão dam" retyped ORGANIZATION
    _, e = find(rs, "01", "Fundão dam"); e["type"] = "ORGANIZATION"
def c_value_on_person(rs):
    _, e = find(rs, "12", "Lionel Messi"); e["value"] = "2022-12-18"
def c_bare_month(rs):        # "a multibillion-dollar investment in OpenAI in January" (2023-11-18) put in 2022
    _, e = find(rs, "15", "2023-01"); retype_date(e, "2022-01")
def c_future_month(rs):      # "is due to end its mandate in March" (2017-12-28) put in the past
    _, e = find(rs, "09", "2018-03"); retype_date(e, "2017-03")
def c_year_differs(rs):      # "24 November 1934" given another year
    _, e = find(rs, "03", "1934-11-24"); retype_date(e, "1933-11-24")
def c_inside_only(rs):       # "Hennepin" occurs only inside "Hennepin County" and "Hennepin County Government Center"
    _, e = find(rs, "16", "Hennepin County"); e["surfaces"].append("Hennepin")
def c_bad_type(rs):
    _, e = find(rs, "01", "Santarém dam"); e["type"] = "DAM"
def c_duplicate(rs):
    r, e = find(rs, "19", "Reuters"); r["entities"].append(copy.deepcopy(e))
def c_punct(rs):
    _, e = find(rs, "09", "George Weah"); e["surfaces"].append("Weah,")
def c_json(rs):
    return "broken"


# --- the kinds of heldout10-19, on this set's text
def c_weekday_surface(rs):   # a weekday is no date form
    _, e = find(rs, "19", "2017-06-14"); e["surfaces"].append("Wednesday")
def c_value_name(rs):        # a DATE whose value differs from its name
    _, e = find(rs, "15", "2023-11-17"); e["value"] = "2023-11-16"
def c_endash(rs):            # an en dash where the text has a hyphen
    _, e = find(rs, "09", "Jewel Howard-Taylor"); e["surfaces"][1] = "Howard\u2013Taylor"
def c_unaccented(rs):        # the Vietnamese name without its diacritics is not in the text
    _, e = find(rs, "06", "Tô Lâm"); e["surfaces"][0] = "To Lam"
def c_lower_particle(rs):    # lower-case "al-Nimr" occurs only inside "Nimr al-Nimr"
    _, e = find(rs, "07", "Nimr al-Nimr"); e["surfaces"].append("al-Nimr")
def c_mt_space(rs):          # the MT space before a comma taken into the mention ("Erdoğan ,")
    _, e = find(rs, "03", "Recep Tayyip Erdoğan"); e["surfaces"].append("Erdoğan ,")
def c_place_in_org(rs):      # "Beijing" occurs only inside "Beijing Yawan HSR Co. Ltd"
    add(rs, "04", "LOCATION", "Beijing", ["Beijing"])
def c_accent_dropped(rs):    # "Markus Söder" without its umlaut
    _, e = find(rs, "05", "Markus Söder"); e["surfaces"][0] = "Markus Soder"
def c_day_mismatch(rs):      # "June 18" given the 19th
    _, e = find(rs, "14", "2023-06-18"); retype_date(e, "2023-06-19")
def c_org_generic_head(rs):  # "Minneapolis police": the lower-case "police" is no name
    _, e = find(rs, "16", "Minneapolis Police Department"); e["surfaces"].append("Minneapolis police")
def c_nickname_inside(rs):   # "Slamet" occurs only inside "Dwiyana Slamet Riyadi"
    _, e = find(rs, "04", "Dwiyana Slamet Riyadi"); e["surfaces"].append("Slamet")
def c_surname_clash(rs):     # bare "Taylor" is Charles Taylor, not his ex-wife
    _, e = find(rs, "09", "Jewel Howard-Taylor"); e["surfaces"].append("Taylor")
def c_gloss_absent(rs):      # the MT text writes "Supreme Council of National Security", never the English order
    _, e = find(rs, "07", "Supreme National Security Council"); e["surfaces"].append("Supreme National Security Council")
def c_by_month(rs):          # "remain a lawmaker until April" (2023-01-19) put in the past
    _, e = find(rs, "17", "2023-04"); retype_date(e, "2022-04")
def c_future_site(rs):       # "the first Friday prayer will be performed on 24 July" (2020-07-11) a year early
    _, e = find(rs, "03", "2020-07-24"); retype_date(e, "2019-07-24")
def c_given_inside(rs):      # "Hamad" occurs only inside "Tamim bin Hamad Al Thani"
    _, e = find(rs, "12", "Tamim bin Hamad Al Thani"); e["surfaces"].append("Hamad")
def c_english_order(rs):     # the MT text never writes the English "108 Military Central Hospital"
    _, e = find(rs, "06", "108 Military Central Hospital"); e["surfaces"].append("108 Military Central Hospital")
def c_nickname_moved(rs):    # "Jokowi" is Joko Widodo's short name, not Luhut's
    _, e = find(rs, "04", "Luhut Binsar Pandjaitan"); e["surfaces"].append("Jokowi")
def c_value_on_loc(rs):      # a DATE retyped as LOCATION keeps its value
    _, e = find(rs, "13", "2022-03"); e["type"] = "LOCATION"
def c_dup_record(rs):
    rs.append(copy.deepcopy(rs[0]))
def c_file_missing(rs):
    rs[9]["file"] = "10-malawi-malaria-vaccine.txt"
def c_bad_published(rs):
    rs[12]["publishedOn"] = "2022-02-30"
def c_no_surfaces(rs):
    _, e = find(rs, "15", "Quora"); e["surfaces"] = []
def c_repeated_surface(rs):
    _, e = find(rs, "11", "Eliud Kipchoge"); e["surfaces"].append("Kipchoge")
def c_value_missing(rs):
    _, e = find(rs, "20", "2019-01"); del e["value"]
def c_dateline_wrong_city(rs):
    _, e = find(rs, "18", "Sydney"); e["type"] = "ORGANIZATION"


# --- new or reworked for heldout20 (caught by validate.py; check_gold.py lets most of them through)
def c_demonym(rs):           # "a Canadian ship": a demonym is no mention of Canada
    _, e = find(rs, "14", "Canada"); e["surfaces"].append("Canadian")
def c_title_in_person(rs):   # "Gov. Tim Walz": the title is outside the mention
    _, e = find(rs, "16", "Tim Walz"); e["surfaces"].append("Gov. Tim Walz")
def c_event(rs):             # the World Cup is a tournament (an event)
    add(rs, "12", "ORGANIZATION", "FIFA World Cup", ["World Cup"])
def c_product(rs):           # Nuri is a launch vehicle (a product)
    add(rs, "02", "ORGANIZATION", "Nuri", ["Nuri"])
def c_ship_as_place(rs):     # the Titanic is a ship (its wreck is written lower case, "the wreck of the Titanic")
    add(rs, "14", "LOCATION", "Titanic", ["Titanic"])
def c_surname_word(rs):      # "Modi" in the quoted remark is the surname as a word, not the prime minister
    _, e = find(rs, "08", "Narendra Modi"); e["surfaces"].append("Modi")
def c_law_as_org(rs):        # the Atomic Energy Act is a law
    add(rs, "05", "ORGANIZATION", "Atomic Energy Act", ["Atomic Energy Act"])
def c_calendar_word(rs):     # "Esfand" is a month of the Persian calendar, written beside the Gregorian date
    add(rs, "07", "LOCATION", "Esfand", ["Esfand"])
def c_entity_deleted(rs):    # the ambassador dropped from the gold: his name becomes an uncovered token
    r, e = find(rs, "04", "Lu Kang"); r["entities"].remove(e)
def c_alias_deleted(rs):     # the source-language form "Danıştay" dropped from the Council of State's forms
    _, e = find(rs, "03", "Council of State"); e["surfaces"].remove("Danıştay")
def c_site_head_dropped(rs): # "Brandenburg Gate" cut to "Brandenburg"
    _, e = find(rs, "05", "Brandenburg Gate"); e["surfaces"][0] = "Brandenburg"
def c_lower_site_head_dropped(rs):  # "Fundão dam" cut to "Fundão": a site's head is part of its name
    _, e = find(rs, "01", "Fundão dam"); e["surfaces"].remove("Fundão dam")
def c_type_inconsistent(rs): # Reuters is an ORGANIZATION in every other article
    _, e = find(rs, "19", "Reuters"); e["type"] = "PERSON"
def c_partial_overlap(rs):   # "University's Center" overlaps "Georgetown University" and the Center's name
    _, e = find(rs, "15", "Quora"); e["surfaces"].append("University's Center")
def c_two_dateline_dates(rs):  # a second DATE surface inside the dateline head ("March" in "10 March")
    add(rs, "07", "DATE", "2023-03", ["March"], value="2023-03")
def c_wider_generic_head(rs):  # "Prater park": a head the shared checker does not list
    _, e = find(rs, "11", "Prater"); e["surfaces"] = ["Prater park"]
def c_src_mismatch(rs):      # gold.jsonl renames an entity that gold_src.py calls "Lingen"
    _, e = find(rs, "05", "Lingen"); e["name"] = "Lingen (Ems)"
def c_month_person_dropped(rs):  # "May" (Theresa May alone) dropped: a month name no DATE or PERSON covers
    _, e = find(rs, "19", "Theresa May"); e["surfaces"].remove("May")
def c_future_flag_missing(rs):  # "Oct. 14" keeps its value but gold_src.py no longer flags it future
    return "unflag:17-new-zealand-ardern-resigns-prime-minister.txt:2023-10-14"
def c_future_flag_spurious(rs):  # "on April 11" flagged future although the text does not mark it
    return "flag:16-us-chauvin-convicted-george-floyd-murder.txt:2021-04-11"


GOLD_TESTS = [c_missing, c_shared, c_baddate, c_wrongyear, c_pastyear, c_future_prev, c_the, c_poss, c_order,
              c_surface_order, c_words, c_dateline, c_dateline_date, c_head, c_site_head_org, c_value_on_person,
              c_bare_month, c_future_month, c_year_differs, c_inside_only, c_bad_type, c_duplicate, c_punct, c_json,
              c_weekday_surface, c_value_name, c_endash, c_unaccented, c_lower_particle, c_mt_space, c_place_in_org,
              c_accent_dropped, c_day_mismatch, c_org_generic_head, c_nickname_inside, c_surname_clash,
              c_gloss_absent, c_by_month, c_future_site, c_given_inside, c_english_order, c_nickname_moved,
              c_value_on_loc, c_dup_record, c_file_missing, c_bad_published, c_no_surfaces, c_repeated_surface,
              c_value_missing, c_dateline_wrong_city,
              c_demonym, c_title_in_person, c_event, c_product, c_ship_as_place, c_surname_word, c_law_as_org,
              c_calendar_word, c_entity_deleted, c_alias_deleted, c_site_head_dropped, c_lower_site_head_dropped,
              c_type_inconsistent, c_partial_overlap, c_two_dateline_dates, c_wider_generic_head, c_src_mismatch,
              c_month_person_dropped, c_future_flag_missing, c_future_flag_spurious]
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
              c_product="reviewed non-entity", c_ship_as_place="reviewed non-entity",
              c_surname_word="reviewed non-entity", c_law_as_org="reviewed non-entity",
              c_calendar_word="reviewed non-entity",
              c_entity_deleted="uncovered and not in the reviewed list",
              c_alias_deleted="uncovered and not in the reviewed list",
              c_site_head_dropped="uncovered and not in the reviewed list",
              c_lower_site_head_dropped="leaves out the site head",
              c_type_inconsistent="type differs across articles", c_partial_overlap="mentions overlap",
              c_two_dateline_dates="want exactly one", c_wider_generic_head="lower-case generic head 'park'",
              c_src_mismatch="differ from gold_src.py", c_month_person_dropped="not in a DATE (or PERSON) surface",
              c_future_flag_missing="not flagged future", c_future_flag_spurious="text does not mark it")


# --- mention injections (mentions.jsonl), caught by validate.py
def m_offset_shift(ms):      # a mention's offsets moved by one character
    m = ms[4]["mentions"][7]; m["start"] += 1; m["end"] += 1
def m_wrong_text(ms):        # the text field does not match the article at those offsets
    m = ms[8]["mentions"][3]; m["text"] = m["text"].upper() + "X"
def m_end_short(ms):         # a truncated span ("Erdoğa" for "Erdoğan")
    m = next(m for m in ms[2]["mentions"] if m["text"] == "Erdoğan"); m["end"] -= 1; m["text"] = m["text"][:-1]
def m_overlap(ms):           # a second mention overlapping the first one
    m = copy.deepcopy(ms[0]["mentions"][3]); m["start"] += 1; m["text"] = m["text"][1:]; ms[0]["mentions"].insert(4, m)
def m_missing(ms):           # one mention dropped
    del ms[14]["mentions"][10]
def m_extra(ms):             # a mention the gold does not give (the demonym "Canadian" in article 14)
    r = ms[13]; t = open(os.path.join(ROOT, "articles", r["file"]), encoding="utf-8").read()
    a = t.index("Canadian")
    r["mentions"].append({"start": a, "end": a + 8, "text": "Canadian", "type": "LOCATION", "entity": "Canada"})
    r["mentions"].sort(key=lambda m: m["start"])
def m_wrong_type(ms):
    m = next(m for m in ms[12]["mentions"] if m["text"] == "Boric"); m["type"] = "ORGANIZATION"
def m_wrong_entity(ms):      # "Taylor" given to Jewel Howard-Taylor
    m = next(m for m in ms[8]["mentions"] if m["text"] == "Taylor"); m["entity"] = "Jewel Howard-Taylor"
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
