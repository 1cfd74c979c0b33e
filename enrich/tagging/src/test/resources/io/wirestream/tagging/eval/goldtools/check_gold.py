#!/usr/bin/env python3
"""Check gold.jsonl for a held-out set (--set DIR, default the current folder).

Usage:
  python3 check_gold.py                 # check ./gold.jsonl
  python3 check_gold.py --gold FILE     # check another copy (e.g. a corrupted one)
  python3 check_gold.py --uncovered     # also list capitalised tokens that no surface covers
  python3 check_gold.py --stats         # counts by type, entities with 2+ surfaces

Checks: JSON parses; file exists; words == len(text.split()) and 180..320 (or the set's gold_src.WORDS range); types; DATE values
valid ISO (YYYY-MM-DD or YYYY-MM), equal to the name, only DATEs carry a value; every surface
appears verbatim on word boundaries and at least once outside a longer surface (of any
entity); no surface in two entities; no duplicate entity; no leading "the" (except The Hague);
no possessive; no trailing punctuation; no lower-case generic (non-site) head; entities and
surfaces in first-mention order; the dateline city is a LOCATION surface and the dateline date
a DATE surface; each DATE surface parses as one of the recognised forms and its value agrees
with the year-resolution rule (default: latest date at most 31 days after publication /
latest month up to the publication month; "future" in gold_src.py: first on or after
publication, and a future marker must precede it in the sentence); a bare month must follow a
time word; every month name in the text is covered by a DATE surface or reported.
"""
import datetime as dt
import json
import os
import re
import sys
import time

import goldlib

HERE = os.path.dirname(os.path.abspath(__file__))       # eval/goldtools/
# the set folder (holding articles/, gold.jsonl and scripts/gold_src.py): --set DIR, else the current folder
ROOT = os.path.abspath(sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else ".")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
ART = os.path.join(ROOT, "articles")
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
        "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update(ABBR)
MON_RE = "(" + "|".join(sorted(MONTH_NUM, key=len, reverse=True)) + r")\.?"
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from",
              "through", "before", "after", "during", "this", "between"}
FUTURE_PREPS = {"until", "by", "before", "next", "through"}
FUTURE_VERBS = {"will", "due", "scheduled", "expected", "planned"}
GENERIC_HEADS = {"province", "region", "district", "river", "valley", "mountains", "mountain",
                 "state", "county", "city", "village", "town", "prefecture", "island",
                 "islands", "area", "suburb", "suburbs", "governorate", "peninsula", "lake",
                 "sea", "desert", "municipality", "department", "ministry", "party",
                 "government", "court", "army", "police", "union", "agency"}
SITE_HEADS = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "bridge",
              "pipeline", "mosque", "plant", "site", "works", "facility", "reactor", "port"}


def word_range():
    """The set's article lengths: gold_src.WORDS = (low, high) when the set's brief asked for others (heldout12)."""
    try:
        import gold_src
    except Exception:
        return 180, 320
    return getattr(gold_src, "WORDS", (180, 320))


def load_src_options():
    try:
        from gold_src import GOLD
    except Exception:
        return {}
    opts = {}
    for f, a in GOLD.items():
        for t in a["entities"]:
            if len(t) > 3:
                opts[(f, t[1])] = t[3]
    return opts


def parse_date_surface(s):
    """Return (year or None, month, day or None) or None if not a recognised form."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(MON_RE + r" (\d{1,2}), (\d{4})", s)
    if m:
        return int(m[3]), MONTH_NUM[m[1]], int(m[2])
    m = re.fullmatch(MON_RE + r" (\d{1,2})", s)
    if m:
        return None, MONTH_NUM[m[1]], int(m[2])
    m = re.fullmatch(r"(\d{1,2}) " + MON_RE + r"(?: (\d{4}))?", s)
    if m:
        return (int(m[3]) if m[3] else None), MONTH_NUM[m[2]], int(m[1])
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) of " + MON_RE, s)
    if m:
        return None, MONTH_NUM[m[2]], int(m[1])
    m = re.fullmatch(MON_RE + r" (\d{4})", s)
    if m:
        return int(m[2]), MONTH_NUM[m[1]], None
    if s in MONTHS:
        return None, MONTH_NUM[s], None
    return None


def resolve(pub, month, day, future):
    if day is not None:
        cands = []
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cands.append(dt.date(y, month, day))
            except ValueError:
                pass
        if future:
            c = [d for d in cands if d >= pub]
            return min(c).isoformat() if c else None
        c = [d for d in cands if d <= pub + dt.timedelta(days=31)]
        return max(c).isoformat() if c else None
    if future:
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return f"{y:04d}-{month:02d}"


def valid_iso(v):
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            dt.date.fromisoformat(v)
            return True
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return 1 <= int(v[5:]) <= 12
    except ValueError:
        return False
    return False


def sentence_before(text, pos):
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("; ", 0, pos))
    return text[start + 1:pos]


def check(gold_path, uncovered=False, stats=False):
    errors = []
    warnings = []
    opts = load_src_options()
    recs = []
    try:
        raw = open(gold_path, encoding="utf-8").read().splitlines()
    except OSError as e:
        print(f"cannot read {gold_path}: {e}")
        return 1
    for n, line in enumerate(raw, 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: JSON error {e}")
    seen_files = set()
    n_ent = 0
    by_type = {t: 0 for t in TYPES}
    multi = 0
    unc_report = []
    low, high = word_range()
    for r in recs:
        f = r.get("file")
        E = lambda msg: errors.append(f"{f}: {msg}")
        if f in seen_files:
            E("duplicate record")
        seen_files.add(f)
        path = os.path.join(ART, f or "")
        if not f or not os.path.isfile(path):
            E("article file missing")
            continue
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        if r.get("words") != words:
            E(f"words field {r.get('words')} != {words}")
        if not low <= words <= high:
            E(f"length {words} outside {low}..{high}")
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except ValueError:
            E(f"bad publishedOn {r.get('publishedOn')!r}")
            continue
        ents = r.get("entities", [])
        n_ent += len(ents)
        keys = set()
        owner = {}
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces")
            if t not in TYPES:
                E(f"bad type {t!r} for {name!r}")
                continue
            by_type[t] += 1
            if not name or not isinstance(surfs, list) or not surfs:
                E(f"entity without name or surfaces: {e}")
                continue
            if len(surfs) >= 2:
                multi += 1
            if (t, name) in keys:
                E(f"duplicate entity {t} {name}")
            keys.add((t, name))
            if len(set(surfs)) != len(surfs):
                E(f"{name}: repeated surface")
            if t == "DATE":
                v = e.get("value")
                if not v or not valid_iso(v):
                    E(f"DATE {name}: invalid value {v!r}")
                elif v != name:
                    E(f"DATE {name}: value {v} differs from name")
            elif "value" in e:
                E(f"{t} {name} carries a value")
            for s in surfs:
                if s in owner and owner[s] != i:
                    E(f"surface {s!r} in two entities ({ents[owner[s]]['name']} / {name})")
                owner[s] = i
                if re.match(r"(?i)the\s", s) and s != "The Hague":
                    E(f"surface {s!r} has a leading 'the'")
                if re.search(r"['’]s$", s) or s.endswith("'") or s.endswith("’"):
                    E(f"surface {s!r} is possessive")
                if s != s.strip() or re.search(r"[,;:!?\"]$", s):
                    E(f"surface {s!r} has stray whitespace/punctuation")
                last = s.split()[-1]
                if last in GENERIC_HEADS and t != "DATE":
                    E(f"surface {s!r} ends in lower-case generic head {last!r}")
                if last in SITE_HEADS and t != "LOCATION":
                    E(f"surface {s!r} has a site head but is {t}")
        spans = goldlib.all_spans(text, ents)
        firsts = []
        for i, e in enumerate(ents):
            if e.get("type") not in TYPES or not e.get("surfaces"):
                firsts.append(10 ** 9)
                continue
            pos = []
            for s in e["surfaces"]:
                if not goldlib.occurrences(text, s):
                    E(f"{e['name']}: surface {s!r} not found on word boundaries")
                    pos.append(10 ** 9)
                    continue
                fo = goldlib.free_occurrences(text, ents, i, s, spans)
                if not fo:
                    E(f"{e['name']}: surface {s!r} only occurs inside longer surfaces")
                    pos.append(10 ** 9)
                else:
                    pos.append(fo[0][0])
            if pos != sorted(pos):
                E(f"{e['name']}: surfaces not in first-occurrence order {e['surfaces']}")
            firsts.append(min(pos))
        if firsts != sorted(firsts):
            for a in range(len(firsts) - 1):
                if firsts[a] > firsts[a + 1]:
                    E(f"entities not in first-mention order at {ents[a]['name']!r} -> "
                      f"{ents[a + 1]['name']!r}")
                    break
        # dateline
        m2 = re.match(r"([A-ZÀ-Þ][A-ZÀ-Þ .'-]+?), (.+?) [-–—(]", text)
        if not m2:
            E("no dateline found")
        else:
            city = m2.group(1)
            locs = {s for e in ents if e.get("type") == "LOCATION" for s in e["surfaces"]}
            if city not in locs:
                E(f"dateline city {city!r} is not a LOCATION surface")
            head = text[:text.find("(") if "(" in text[:80] else 60]
            dsurf = {s for e in ents if e.get("type") == "DATE" for s in e["surfaces"]}
            if not any(s in head for s in dsurf):
                E(f"dateline date in {head!r} is not a DATE surface")
            dl_date = None
            for s in dsurf:
                if s in head:
                    dl_date = [e for e in ents if e.get("type") == "DATE" and s in e["surfaces"]][0]
            if dl_date and dl_date["value"] != pub.isoformat():
                E(f"dateline date {dl_date['value']} != publishedOn {pub}")
        # dates
        for i, e in enumerate(ents):
            if e.get("type") != "DATE" or not valid_iso(e.get("value", "")):
                continue
            future = opts.get((f, e["name"]), {}).get("future", False)
            for s in e["surfaces"]:
                p = parse_date_surface(s)
                if p is None:
                    E(f"DATE surface {s!r} is not a recognised date form")
                    continue
                y, mo, d = p
                v = e["value"]
                if int(v[5:7]) != mo or (d is not None and (len(v) != 10 or int(v[8:]) != d)) \
                        or (d is None and len(v) != 7):
                    E(f"DATE surface {s!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"DATE surface {s!r}: year differs from value {v}")
                    continue
                occ = goldlib.free_occurrences(text, ents, i, s, spans)
                for a, b in occ:
                    before = sentence_before(text, a)
                    bw = re.findall(r"[\w']+", before.lower())
                    if d is None and (not bw or bw[-1] not in TIME_WORDS):
                        E(f"bare month {s!r} at {a} not after a time word")
                    preps = FUTURE_PREPS | ({"from"} if d is None else set())
                    marked = bool(bw) and bw[-1] in preps or bool(set(bw) & FUTURE_VERBS)
                    exp = resolve(pub, mo, d, marked)
                    if marked and d is not None:
                        past = resolve(pub, mo, d, False)
                        pd = dt.date.fromisoformat(past)
                        if pub - dt.timedelta(days=7) <= pd < pub:
                            exp = past   # marked, but within the week before publication
                            warnings.append(f"{f}: DATE {s!r} future-marked by the text but within "
                                            f"the week before publication: stays {past}")
                    if exp != v:
                        E(f"DATE surface {s!r} at {a}: value {v}, year rule gives {exp}"
                          f"{' (text marks it future)' if marked else ''}")
                    if future and not marked:
                        E(f"DATE {s!r} flagged future in gold_src but the text does not mark it")
                    if marked and not future and exp == resolve(pub, mo, d, True) \
                            and exp != resolve(pub, mo, d, False):
                        E(f"DATE {s!r} marked future by the text but not flagged in gold_src")
        # month names not covered by a DATE surface
        dspans = [(a, b) for a, b, j, _ in spans if ents[j].get("type") == "DATE"]
        for m in re.finditer(r"\b(" + "|".join(MONTHS) + r"|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\b",
                             text):
            if not any(a <= m.start() and m.end() <= b for a, b in dspans):
                ctx = text[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
                warnings.append(f"{f}: month name {m.group(0)!r} not in a DATE surface: ...{ctx}...")
        if uncovered:
            cover = [(a, b) for a, b, _, _ in spans]
            toks = {}
            for m in re.finditer(r"[\w'’.-]+", text):
                whole = m.group(0)
                core = re.sub(r"['’]s$", "", whole.rstrip(".'’-"))
                # check the token, or each hyphen part of it ("Singapore-flagged")
                parts = [(m.start(), core)]
                if "-" in core:
                    parts, off = [], m.start()
                    for piece in core.split("-"):
                        parts.append((off, piece))
                        off += len(piece) + 1
                    if any(ca <= m.start() and m.start() + len(core) <= cb for ca, cb in cover):
                        continue
                for a, tok in parts:
                    if not tok or not (tok[0].isupper() or any(c.isupper() for c in tok[1:])
                                       and tok[0].isalpha()):
                        continue
                    b = a + len(tok)
                    if any(ca <= a and b <= cb for ca, cb in cover):
                        continue
                    prev = text[max(0, a - 3):a]
                    initial = a == 0 or re.search(r"[.!?\n\"“]\s*$", prev) is not None
                    toks.setdefault(tok, [0, 0])
                    toks[tok][0] += 1
                    toks[tok][1] += int(initial)
            unc_report.append((f, toks))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    if uncovered:
        print("\n== capitalised tokens no surface covers (count, of which sentence-initial) ==")
        for f, toks in unc_report:
            items = ", ".join(f"{k}({v[0]}{'/' + str(v[1]) + 'i' if v[1] else ''})"
                              for k, v in sorted(toks.items()))
            print(f"{f}: {items}")
    if stats:
        print(f"by type: " + ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
        print(f"entities with 2+ surfaces: {multi}")
    print(f"{len(recs)} articles, {n_ent} entities, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    gold = os.path.join(ROOT, "gold.jsonl")
    if "--gold" in args:
        gold = args[args.index("--gold") + 1]
    t0 = time.time()
    rc = check(gold, uncovered="--uncovered" in args, stats="--stats" in args)
    print(f"checked in {time.time() - t0:.2f}s")
    sys.exit(rc)
