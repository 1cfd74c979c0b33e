#!/usr/bin/env python3
"""heldout18's own validator, independent of the shared check_gold.py.

Usage (from anywhere):
  python3 scripts/validate.py                    # validate gold.jsonl and mentions.jsonl; exit 1 on any error
  python3 scripts/validate.py --write-reviewed   # rewrite reviewed_uncovered.json from the current gold
                                                 # (only after reviewing the new tokens by hand)

Checks:
  * mentions.jsonl: every mention's offsets point at exactly its text; the stored mentions equal what the gold gives
    (scripts/mentions.py); no two stored mentions overlap; each mention's entity exists with that type and surface;
    every article has a record;
  * gold: types; DATE values valid and equal to names; duplicates; repeated surfaces; a surface in two entities;
    leading "the", possessives, stray punctuation; lower-case generic heads, site heads on a non-LOCATION; no two
    gold mentions partially overlapping;
  * the date rules of CONVENTIONS.md written a second time (abbreviation-aware sentence boundaries, so "U.S." or
    "Sept." does not end a sentence): value of every yearless day date and bare month, a bare month after a time
    word, the `future` flags of gold_src.py agreeing with the text (flagged iff the text marks the date and the
    marking changes the year, or flagged where the text marks it);
  * the dateline: the city a LOCATION surface, exactly one DATE surface in the dateline head, equal to publishedOn;
  * no demonym, no title at the head of a PERSON surface, none of this set's reviewed non-entities (events,
    awards, works, products, the storm, places inside event names) as a surface;
  * the same canonical name typed alike in every article;
  * every capitalised token that no mention covers is in reviewed_uncovered.json (per article).
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mentions as M  # noqa: E402  (puts goldtools/ on sys.path)
import goldlib  # noqa: E402

REVIEWED = os.path.join(HERE, "reviewed_uncovered.json")
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MNUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MNUM.update({"Jan": 1, "Feb": 2, "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12})
MON = "(" + "|".join(sorted(MNUM, key=len, reverse=True)) + r")\.?"
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from", "through",
              "before", "after", "during", "this", "between"}
AHEAD_PREPS = {"until", "by", "before", "next", "through"}
AHEAD_VERBS = {"will", "due", "scheduled", "expected", "planned"}
GENERIC = {"province", "region", "district", "river", "valley", "mountains", "mountain", "state", "county", "city",
           "village", "town", "prefecture", "island", "islands", "area", "suburb", "suburbs", "governorate",
           "peninsula", "lake", "sea", "desert", "municipality", "department", "ministry", "party", "government",
           "court", "army", "police", "union", "agency", "oblast", "reservoir", "foundation"}
SITES = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "bridge", "pipeline", "mosque",
         "plant", "site", "works", "facility", "reactor", "port", "temple", "shrine"}
ABBREV = {"U.S", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mr", "Mrs", "Dr", "St", "p.m", "a.m",
          "Ltd", "Inc", "No", "etc", "R.M.A.L", "S"}
DEMONYMS = {"Turkish", "Korean", "Thai", "Russian", "Russians", "Ukrainian", "Hindu", "Muslim", "Chinese", "Chilean",
            "Egyptian", "Ivorian", "Nigerian", "African", "French", "Sri Lankan", "Lankan", "Indian", "British",
            "American", "Swiss", "Swedish", "Dutch", "Swedish-American", "South African", "Indonesian", "Iranian",
            "Brazilian", "Vietnamese", "Kazakh", "Bedouin", "Marxist", "Republican", "Democratic", "Conservative"}
TITLES = {"President", "Prime", "Minister", "Governor", "Chief", "Justice", "Judge", "Acting", "Vice", "Deputy",
          "Chairman", "Chairwoman", "Comrade", "Ayatollah", "Sheikh", "Pope", "Mayor", "Secretary", "Special",
          "Counsel", "Foreign", "Home", "Interior", "Finance", "Energy", "Director", "Leader", "Prosecutor",
          "Attorney", "Captain", "Striker", "Lord", "King", "Queen", "Imam", "Mr", "Mrs", "Dr"}
NON_ENTITIES = {"Africa Cup of Nations", "FIFA Club World Cup", "FIFA", "Africa", "African Footballer of the Year",
                "Eurovision Song Contest", "Eurovision", "Formula One", "Premier League", "Commonwealth Games",
                "European Athletics Championships", "International AIDS Conference", "Paris Olympics", "Paris",
                "Olympics", "Windows", "S&P 500", "Fortune 500", "Today", "Yagi", "Storm number 3", "El Niño",
                "Independence Day", "Descovy", "Truvada", "Sunlenca", "lenacapavir", "Lenacapavir", "The Code",
                "Code", "Rim Tim Tagi Dim", "Tattoo", "Waterloo", "Constitution", "Executive Branch",
                "Neighbourhood First", "EGX30", "HIV", "AIDS", "Plenary Session", "Nagara", "Super Eagles",
                "737-800", "Ram", "Celsius", "Fahrenheit", "DNA", "IT"}


def sentence_start(text, pos):
    """Start of the sentence holding pos: after the last '. ', '? ', '! ', '; ' or newline whose full stop does not
    close an abbreviation or an initial."""
    i = pos
    while i > 0:
        i -= 1
        c = text[i]
        if c == "\n":
            return i + 1
        if c in ";?!" and i + 1 < len(text) and text[i + 1] == " ":
            return i + 1
        if c == "." and i + 1 < len(text) and text[i + 1] == " ":
            m = re.search(r"([\w.&]+)$", text[:i])
            word = m.group(1) if m else ""
            if word in ABBREV or re.fullmatch(r"[A-Z]", word) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):
                continue
            return i + 1
    return 0


def parse(s):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(MON + r" (\d{1,2}), (\d{4})", s)
    if m:
        return int(m[3]), MNUM[m[1]], int(m[2])
    m = re.fullmatch(MON + r" (\d{1,2})", s)
    if m:
        return None, MNUM[m[1]], int(m[2])
    m = re.fullmatch(r"(\d{1,2}) " + MON + r"(?: (\d{4}))?", s)
    if m:
        return (int(m[3]) if m[3] else None), MNUM[m[2]], int(m[1])
    m = re.fullmatch(MON + r" (\d{4})", s)
    if m:
        return int(m[2]), MNUM[m[1]], None
    if s in MONTHS:
        return None, MNUM[s], None
    return None


def day_value(pub, mo, d, ahead):
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, mo, d))
        except ValueError:
            pass
    past = max(c for c in cands if c <= pub + dt.timedelta(days=31))
    if not ahead:
        return past
    if pub - dt.timedelta(days=7) <= past < pub:       # a plan told after the fact stays in the past
        return past
    return min(c for c in cands if c >= pub)


def month_value(pub, mo, ahead, nxt=False):
    if ahead:
        y = pub.year if (mo > pub.month or (mo == pub.month and not nxt)) else pub.year + 1
    else:
        y = pub.year if mo <= pub.month else pub.year - 1
    return f"{y:04d}-{mo:02d}"


def load_options():
    sys.modules.pop("gold_src", None)
    import gold_src
    opts = {}
    for f, a in gold_src.GOLD.items():
        for t in a["entities"]:
            if len(t) > 3:
                opts[(f, t[1])] = t[3]
    return opts


def uncovered_tokens(text, mentions):
    cover = [(m["start"], m["end"]) for m in mentions]
    toks = set()
    for m in re.finditer(r"[\w'’.&-]+", text):
        core = re.sub(r"['’]s$", "", m.group(0).rstrip(".'’-"))
        off = m.start()
        for piece in core.split("-"):
            a, b = off, off + len(piece)
            off = b + 1
            if not piece or not (piece[0].isupper() or (piece[0].isalpha() and any(c.isupper() for c in piece[1:]))):
                continue
            if any(ca <= a and b <= cb for ca, cb in cover):
                continue
            toks.add(piece)
    return toks


def validate(gold_path=None, mentions_path=None):
    errs = []
    E = errs.append
    try:
        recs = M.load_gold(gold_path)
    except (json.JSONDecodeError, OSError) as e:
        return [f"gold does not load: {e}"]
    opts = load_options()
    reviewed = json.load(open(REVIEWED, encoding="utf-8")) if os.path.isfile(REVIEWED) else {}
    types_of = {}
    derived = {}
    for r in recs:
        f = r.get("file", "")
        path = os.path.join(ROOT, "articles", f)
        if not os.path.isfile(path):
            E(f"{f}: article file missing")
            continue
        text = open(path, encoding="utf-8").read()
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except ValueError:
            E(f"{f}: bad publishedOn")
            continue
        ents = r.get("entities", [])
        owner = {}
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces") or []
            if t not in TYPES:
                E(f"{f}: bad type {t!r} for {name!r}")
            if not surfs:
                E(f"{f}: {name}: no surfaces")
            types_of.setdefault(name, {}).setdefault(t, []).append(f[:2])
            if len(set(surfs)) != len(surfs):
                E(f"{f}: {name}: repeated surface")
            for s in surfs:
                if s in owner and owner[s] != i:
                    E(f"{f}: surface {s!r} in two entities")
                owner[s] = i
                if re.match(r"(?i)the\s", s) and s != "The Hague":
                    E(f"{f}: {s!r} has a leading 'the'")
                if re.search(r"['’]s?$", s):
                    E(f"{f}: {s!r} is possessive")
                if s != s.strip() or re.search(r"[,;:!?\"]$", s):
                    E(f"{f}: {s!r} has stray punctuation")
                last = s.split()[-1]
                if t != "DATE" and last in GENERIC:
                    E(f"{f}: {s!r} ends in a lower-case generic head")
                if t != "LOCATION" and last in SITES:
                    E(f"{f}: {s!r} has a site head but is {t}")
                if s in DEMONYMS:
                    E(f"{f}: {s!r} is a demonym")
                if t == "PERSON" and s.split()[0] in TITLES:
                    E(f"{f}: PERSON surface {s!r} starts with the title {s.split()[0]!r}")
                if s in NON_ENTITIES:
                    E(f"{f}: {s!r} is a reviewed non-entity (event, work, product, storm or place inside one)")
            if t == "DATE":
                if e.get("value") != name:
                    E(f"{f}: DATE {name}: value {e.get('value')!r} differs")
            elif "value" in e:
                E(f"{f}: {t} {name} carries a value")
        ms = M.mentions_of(r, text)
        derived[f] = ms
        # partial overlaps between gold mentions (nesting is resolved by the longer-surface rule)
        allsp = goldlib.all_spans(text, ents)
        for a, b, i, s in allsp:
            for c, d, j, s2 in allsp:
                if a < c < b < d:
                    E(f"{f}: mentions overlap: {s!r} at {a} and {s2!r} at {c}")
        # dateline
        m = re.match(r"([A-ZÀ-Þ][A-ZÀ-Þ .'-]+?), ", text)
        head = text[:text.find("(")]
        if not m or m.group(1) not in {s for e in ents if e.get("type") == "LOCATION" for s in e["surfaces"]}:
            E(f"{f}: dateline city is not a LOCATION surface")
        in_head = [(e, s) for e in ents if e.get("type") == "DATE" for s in e["surfaces"] if s in head]
        if len(in_head) != 1:
            E(f"{f}: {len(in_head)} DATE surfaces in the dateline head {head!r}, want exactly one")
        elif in_head[0][0]["name"] != pub.isoformat():
            E(f"{f}: dateline date {in_head[0][0]['name']} != publishedOn {pub}")
        # dates, second implementation
        for i, e in enumerate(ents):
            if e.get("type") != "DATE":
                continue
            flagged = opts.get((f, e["name"]), {}).get("future", False)
            for s in e["surfaces"]:
                p = parse(s)
                if p is None:
                    E(f"{f}: DATE surface {s!r} is not a recognised date form")
                    continue
                y, mo, d = p
                v = e["name"]
                if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v or ""):
                    continue
                if int(v[5:7]) != mo or (d is None) != (len(v) == 7) or (d is not None and int(v[8:]) != d):
                    E(f"{f}: DATE surface {s!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"{f}: DATE surface {s!r}: written year differs from {v}")
                    if flagged:
                        E(f"{f}: DATE {s!r} has its year but is flagged future")
                    continue
                for a, _ in goldlib.free_occurrences(text, ents, i, s, goldlib.all_spans(text, ents)):
                    if a < len(head):
                        continue                    # the dateline date itself
                    words = re.findall(r"[\w']+", text[sentence_start(text, a):a].lower())
                    prev = words[-1] if words else ""
                    if d is None and prev not in TIME_WORDS:
                        E(f"{f}: bare month {s!r} at {a} without a time word before it")
                    preps = AHEAD_PREPS | ({"from"} if d is None else set())
                    ahead = prev in preps or bool(set(words) & AHEAD_VERBS)
                    if d is None:
                        want = month_value(pub, mo, ahead, prev == "next")
                        base = month_value(pub, mo, False)
                    else:
                        want = day_value(pub, mo, d, ahead).isoformat()
                        base = day_value(pub, mo, d, False).isoformat()
                    if want != v:
                        E(f"{f}: DATE {s!r} at {a}: value {v}, the conventions give {want}"
                          f"{' (the text puts it ahead)' if ahead else ''}")
                    if ahead and want != base and not flagged:
                        E(f"{f}: DATE {s!r} at {a} is put ahead by the text but not flagged future in gold_src.py")
                    if flagged and not ahead:
                        E(f"{f}: DATE {s!r} at {a} flagged future in gold_src.py but the text does not put it ahead")
        # uncovered capitalised tokens
        unc = uncovered_tokens(text, ms)
        extra = sorted(unc - set(reviewed.get(f, [])))
        for tok in extra:
            E(f"{f}: token {tok!r} uncovered and not in the reviewed list")
    for name, ts in types_of.items():
        if len(ts) > 1:
            E(f"{name}: type differs across articles: {ts}")
    # mentions.jsonl
    mpath = mentions_path or os.path.join(ROOT, "mentions.jsonl")
    try:
        mrecs = {x["file"]: x for x in (json.loads(l) for l in open(mpath, encoding="utf-8") if l.strip())}
    except (json.JSONDecodeError, OSError) as e:
        return errs + [f"mentions.jsonl does not load: {e}"]
    golds = {r.get("file"): r for r in recs}
    for f, ms in derived.items():
        if f not in mrecs:
            E(f"{f}: no mentions record")
            continue
        stored = mrecs[f]["mentions"]
        text = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
        ents = {e["name"]: e for e in golds[f]["entities"]}
        for x in stored:
            if text[x["start"]:x["end"]] != x["text"]:
                E(f"{f}: text at offsets {x['start']}-{x['end']} is {text[x['start']:x['end']]!r}, not {x['text']!r}")
            e = ents.get(x["entity"])
            if e is None:
                E(f"{f}: mention {x['text']!r} of unknown entity {x['entity']!r}")
            else:
                if e["type"] != x["type"]:
                    E(f"{f}: mention {x['text']!r} typed {x['type']} but the entity is {e['type']}")
                if x["text"] not in e["surfaces"]:
                    E(f"{f}: mention {x['text']!r}: entity {x['entity']!r} has no such surface")
        srt = sorted(stored, key=lambda x: (x["start"], x["end"]))
        for p, q in zip(srt, srt[1:]):
            if q["start"] < p["end"]:
                E(f"{f}: stored mentions overlap: {p['text']!r} and {q['text']!r}")
        if [(x["start"], x["end"], x["entity"], x["type"]) for x in stored] != \
                [(x["start"], x["end"], x["entity"], x["type"]) for x in ms]:
            E(f"{f}: mentions.jsonl differs from the gold ({len(stored)} stored, {len(ms)} derived)")
    return errs


def write_reviewed():
    out = {}
    for r in M.load_gold():
        text = M.text_of(r["file"])
        out[r["file"]] = sorted(uncovered_tokens(text, M.mentions_of(r, text)))
    json.dump(out, open(REVIEWED, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"wrote {REVIEWED}: {sum(len(v) for v in out.values())} tokens")


if __name__ == "__main__":
    if "--write-reviewed" in sys.argv:
        write_reviewed()
        sys.exit(0)
    es = validate()
    for e in es:
        print("ERROR", e)
    print(f"validate.py: {len(es)} errors")
    sys.exit(1 if es else 0)
