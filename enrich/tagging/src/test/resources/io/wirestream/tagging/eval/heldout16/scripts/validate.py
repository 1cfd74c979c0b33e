#!/usr/bin/env python3
"""heldout16's own validator: checks the gold (and the derived mentions.jsonl) independently of the shared
check_gold.py, with a second implementation of the date rules and some checks the shared tool does not make.

Checks
  * JSON lines parse; one record per article file that exists; publishedOn a valid date; types in the four allowed;
    every entity has a name and surfaces; a DATE carries a valid ISO value equal to its name, nothing else carries one;
  * every surface form of every entity occurs in the article on word boundaries at least once outside a longer
    surface ("every alias form occurs"); no surface in two entities; no surface repeated within an entity;
  * the free occurrences of all surfaces (the mentions) do not overlap each other;
  * mentions.jsonl: each mention's offsets point at exactly its text in the article, its type and entity are those
    of a gold entity holding that surface, mentions do not overlap, and the file equals what the gold gives
    (no mention missing, none extra);
  * dates, re-implemented from CONVENTIONS.md: each DATE surface is a recognised form whose month/day (and year,
    when written) agree with the value; a yearless date or bare month resolves to the value under the
    past/future rule, the "future" flag of gold_src.py agrees with the text's markers, and a bare month follows a
    time word;
  * dateline: the city is a LOCATION surface; exactly one DATE surface sits in the dateline head and its value is
    publishedOn;
  * conventions this set's texts put to the test: no demonym as a whole surface, no title at the head of a
    PERSON surface, no surface that is (or contains) one of this set's reviewed non-entities (events, awards,
    works, products, ships, the virus, the place names that occur only inside a work's title), no leading "the",
    no possessive, no trailing punctuation or space, no lower-case generic head except a site's head on a
    LOCATION;
  * the same canonical name has the same type in every article;
  * every capitalised token of the articles that no mention covers is in the reviewed list
    (scripts/reviewed_uncovered.json): a deleted entity or alias shows up as a new uncovered token.

Usage: python3 scripts/validate.py [--gold FILE] [--mentions FILE]   (exit 1 on any error)
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mentions as M  # noqa: E402  (also puts the shared goldtools/ on sys.path)
import goldlib  # noqa: E402

TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MNUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MNUM.update({"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12})
MRE = "(" + "|".join(re.escape(k) for k in sorted(MNUM, key=len, reverse=True)) + ")"
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from", "through", "before",
              "after", "during", "this", "between"}
AHEAD_PREPS = {"until", "by", "before", "next", "through"}
AHEAD_VERBS = {"will", "due", "scheduled", "expected", "planned"}
GENERIC = {"province", "region", "district", "river", "valley", "mountains", "mountain", "state", "county", "city",
           "village", "town", "prefecture", "island", "islands", "area", "suburb", "suburbs", "governorate",
           "peninsula", "lake", "sea", "desert", "municipality", "department", "ministry", "party", "government",
           "court", "army", "police", "union", "agency", "centre", "center", "neighbourhood", "square", "hotel",
           "street", "mountains", "serra", "hospital"}
SITE = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "bridge", "pipeline", "mosque",
        "plant", "site", "works", "facility", "reactor", "port", "temple", "shrine"}
# demonyms and adjectives of place that occur in this set's texts (never a whole surface)
DEMONYMS = {"American", "Americans", "Russian", "Russians", "Turkish", "Tunisian", "Polish", "Pakistani",
            "Portuguese", "British", "English", "Soviet", "French", "Japanese", "Lebanese", "Korean", "South Korean",
            "African", "South African", "Dutch", "Swiss", "Brazilian", "European", "Cuban", "Chinese", "Canadian",
            "Australian", "Iranian", "Spanish", "Colombian", "Guatemalans", "Mexican", "Senegalese", "Islamic",
            "Islamists", "Marxist", "Copts", "Egyptian", "Indonesian", "German", "Guatemalan", "Burkinabe",
            "Ivorian", "Venezuelan", "Mexican", "Trinidadian", "Pakistani Taliban"}
TITLES = {"President", "Prime", "Minister", "General", "Chancellor", "King", "Pope", "Prince", "Judge", "Sheikh",
          "Patriarch", "Maulana", "Captain", "Chairman", "Commissioner", "Governor", "Mayor", "Secretary",
          "Lieutenant", "Colonel", "Marshal", "Premier", "Senator", "Foreign", "Interior", "Finance", "Chief",
          "Representative", "Director", "Counsellor", "Guide", "Ambassador", "Mr.", "Dr."}
# reviewed non-entities of this set: events, awards, works, products, ships, a virus, a slogan, and place names that
# occur only inside a work's title (a surface equal to or containing one of these is an error)
NON_ENTITIES = ["World Cup", "World Cups", "Palme d'Or", "Grand Prix", "Olympic Games", "Novichok", "Sewol", "Zika",
                "Vigipirate", "Kalashnikov", "Je suis Charlie", "Canadair", "Cup of the Confederations",
                "International Children's Peace Prize", "737 MAX", "JT 610", "Parasite", "Atlantics", "Okja",
                "Oldboy", "Poetry", "Bacurau", "Les Miserables", "Pain and Glory", "Portrait of a Lady on Fire",
                "Once Upon a Time in Hollywood", "Hollywood", "Christmas", "Aedes", "TNT", "WIB"]


def load_lines(path, errors, what):
    recs = []
    try:
        raw = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        errors.append(f"{what}: cannot read: {e}")
        return recs
    for n, line in enumerate(raw, 1):
        if line.strip():
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{what} line {n}: JSON error {e}")
    return recs


def src_options():
    from gold_src import GOLD
    return {(f, t[1]): (t[3] if len(t) > 3 else {}) for f, a in GOLD.items() for t in a["entities"]}


def sentence_start(text, pos):
    """Start of the sentence holding pos: after the last '. ', '! ', '? ', ';', or line break that is not part of an
    abbreviation (Nov. 28, U.S. president, Jan. 1)."""
    i = pos
    while i > 0:
        i -= 1
        c = text[i]
        if c in "\n;":
            return i + 1
        if c in ".!?" and i + 1 < len(text) and text[i + 1] == " ":
            before = text[max(0, i - 6):i + 1]
            if re.search(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Dr|St)\.)$", before):
                continue
            return i + 2
    return 0


def parse_date(s):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    for pat, order in ((MRE + r" (\d{1,2}), (\d{4})", "mdy"), (MRE + r" (\d{1,2})", "md"),
                       (r"(\d{1,2}) " + MRE + r" (\d{4})", "dmy"), (r"(\d{1,2}) " + MRE, "dm"),
                       (r"(\d{1,2})(?:st|nd|rd|th) of " + MRE, "dm"), (MRE + r" (\d{4})", "my"),
                       ("(" + "|".join(MONTHS) + ")", "m")):
        m = re.fullmatch(pat, s)
        if m:
            g = dict(zip(order, m.groups()))
            return (int(g["y"]) if "y" in g else None), MNUM[g["m"]], (int(g["d"]) if "d" in g else None)
    return None


def expected_value(pub, month, day, ahead, prev_word):
    """The convention's year rule, written out again (see CONVENTIONS.md, Dates)."""
    if day is not None:
        days = []
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                pass
        past = max(d for d in days if d <= pub + dt.timedelta(days=31))
        if not ahead:
            return past.isoformat()
        if pub - dt.timedelta(days=7) <= past < pub:      # a plan told after the fact stays in the past
            return past.isoformat()
        return min(d for d in days if d >= pub).isoformat()
    if not ahead:
        y = pub.year if month <= pub.month else pub.year - 1
    else:
        y = pub.year if month >= pub.month else pub.year + 1
        if prev_word == "next" and month == pub.month:
            y += 1
    return f"{y:04d}-{month:02d}"


def capitalised_uncovered(text, spans):
    """The capitalised tokens no mention covers (same tokenisation as check_gold.py --uncovered)."""
    cover = [(a, b) for a, b in spans]
    toks = {}
    for m in re.finditer(r"[\w'’.-]+", text):
        core = re.sub(r"['’]s$", "", m.group(0).rstrip(".'’-"))
        parts = [(m.start(), core)]
        if "-" in core:
            if any(ca <= m.start() and m.start() + len(core) <= cb for ca, cb in cover):
                continue
            parts, off = [], m.start()
            for piece in core.split("-"):
                parts.append((off, piece))
                off += len(piece) + 1
        for a, tok in parts:
            if not tok or not (tok[0].isupper() or any(c.isupper() for c in tok[1:]) and tok[0].isalpha()):
                continue
            if any(ca <= a and a + len(tok) <= cb for ca, cb in cover):
                continue
            toks[tok] = toks.get(tok, 0) + 1
    return toks


def validate(gold_path=None, mentions_path=None):
    gold_path = gold_path or os.path.join(ROOT, "gold.jsonl")
    mentions_path = mentions_path or os.path.join(ROOT, "mentions.jsonl")
    errors = []
    recs = load_lines(gold_path, errors, "gold")
    mrecs = {r.get("file"): r for r in load_lines(mentions_path, errors, "mentions")}
    opts = src_options()
    reviewed = json.load(open(os.path.join(HERE, "reviewed_uncovered.json"), encoding="utf-8"))
    seen, type_of = set(), {}
    for r in recs:
        f = r.get("file")
        E = lambda msg, f=f: errors.append(f"{f}: {msg}")
        if f in seen:
            E("duplicate record")
        seen.add(f)
        path = os.path.join(ROOT, "articles", f or "")
        if not f or not os.path.isfile(path):
            E("article file missing")
            continue
        text = open(path, encoding="utf-8").read()
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except (TypeError, ValueError):
            E(f"bad publishedOn {r.get('publishedOn')!r}")
            continue
        ents = [e for e in r.get("entities", []) if isinstance(e, dict)]
        good = []
        owner = {}
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces")
            if t not in TYPES:
                E(f"bad type {t!r} for {name!r}")
                continue
            if not name or not isinstance(surfs, list) or not surfs:
                E(f"entity without name or surfaces: {name!r}")
                continue
            good.append(i)
            prev = type_of.setdefault(name, (t, f))
            if prev[0] != t:
                E(f"{name}: type {t} here but {prev[0]} in {prev[1]} (type differs across articles)")
            if t == "DATE":
                v = e.get("value")
                if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v):
                    E(f"DATE {name}: invalid value {v!r}")
                else:
                    try:
                        (dt.date.fromisoformat(v) if len(v) == 10 else dt.date(int(v[:4]), int(v[5:7]), 1))
                    except ValueError:
                        E(f"DATE {name}: invalid value {v!r}")
                    if v != name:
                        E(f"DATE {name}: value {v} differs from name")
            elif "value" in e:
                E(f"{t} {name}: carries a value")
            if len(set(surfs)) != len(surfs):
                E(f"{name}: repeated surface")
            for s in surfs:
                if s in owner and owner[s] != name:
                    E(f"surface {s!r} in two entities ({owner[s]} / {name})")
                owner[s] = name
                if s != s.strip() or re.search(r"[\s,;:!?\"'’]$", s):
                    E(f"{name}: surface {s!r} has stray space/punctuation")
                if re.match(r"(?i)the\s", s):
                    E(f"{name}: surface {s!r} has a leading 'the'")
                if re.search(r"['’]s$", s):
                    E(f"{name}: surface {s!r} is possessive")
                last = s.split()[-1]
                if t != "DATE" and last in GENERIC:
                    E(f"{name}: surface {s!r} keeps the lower-case generic head {last!r}")
                if last in SITE and t != "LOCATION":
                    E(f"{name}: surface {s!r} has a site head but is {t}")
                if t != "DATE" and s in DEMONYMS:
                    E(f"{name}: surface {s!r} is a demonym")
                if t == "PERSON" and s.split()[0] in TITLES and len(s.split()) > 1:
                    E(f"{name}: PERSON surface {s!r} starts with the title {s.split()[0]!r}")
                for ne in NON_ENTITIES:     # single words: the whole surface; several words: anywhere in it
                    if s == ne or (" " in ne and re.search(r"(?<!\w)" + re.escape(ne) + r"(?!\w)", s)):
                        E(f"{name}: surface {s!r} is or holds the reviewed non-entity {ne!r}")
        ents_ok = [ents[i] for i in good]
        # every alias form occurs, outside longer surfaces
        spans = goldlib.all_spans(text, ents_ok)
        for i, e in enumerate(ents_ok):
            for s in e["surfaces"]:
                if not goldlib.occurrences(text, s):
                    E(f"{e['name']}: alias form {s!r} does not occur in the article")
                elif not goldlib.free_occurrences(text, ents_ok, i, s, spans):
                    E(f"{e['name']}: alias form {s!r} only occurs inside a longer surface")
        derived = M.mentions_for(text, ents_ok)
        for a, b in zip(derived, derived[1:]):
            if b["start"] < a["end"]:
                E(f"mentions overlap: {a['text']!r}@{a['start']} ({a['entity']}) and {b['text']!r}@{b['start']} "
                  f"({b['entity']})")
        # mentions.jsonl
        mr = mrecs.get(f)
        if mr is None:
            E("no mentions record")
        else:
            stored = mr.get("mentions", [])
            by_name = {e["name"]: e for e in ents_ok}
            last_end = -1
            for m in stored:
                a, b = m.get("start"), m.get("end")
                if not isinstance(a, int) or not isinstance(b, int) or not 0 <= a < b <= len(text) \
                        or text[a:b] != m.get("text"):
                    E(f"mention {m.get('text')!r}: text at offsets {a}:{b} is "
                      f"{text[a:b] if isinstance(a, int) and isinstance(b, int) else None!r}")
                    continue
                if a < last_end:
                    E(f"mention {m['text']!r}@{a}: stored mentions overlap")
                last_end = max(last_end, b)
                e = by_name.get(m.get("entity"))
                if e is None or m["text"] not in e["surfaces"]:
                    E(f"mention {m['text']!r}@{a}: entity {m.get('entity')!r} has no such surface")
                elif e["type"] != m.get("type"):
                    E(f"mention {m['text']!r}@{a}: type {m.get('type')} but the entity is {e['type']}")
            key = lambda m: (m.get("start"), m.get("end"), m.get("text"), m.get("type"), m.get("entity"))
            if sorted(map(key, stored), key=str) != sorted(map(key, derived), key=str):
                miss = [m for m in derived if key(m) not in set(map(key, stored))]
                extra = [m for m in stored if key(m) not in set(map(key, derived))]
                E(f"mentions.jsonl differs from the gold: {len(miss)} missing (e.g. "
                  f"{[(m['text'], m['start']) for m in miss[:2]]}), {len(extra)} extra (e.g. "
                  f"{[(m.get('text'), m.get('start')) for m in extra[:2]]})")
        # dates
        for e in ents_ok:
            if e["type"] != "DATE" or not isinstance(e.get("value"), str):
                continue
            v = e["value"]
            flagged = opts.get((f, e["name"]), {}).get("future", False)
            idx = ents_ok.index(e)
            for s in e["surfaces"]:
                p = parse_date(s)
                if p is None:
                    E(f"DATE surface {s!r} is not a recognised date form")
                    continue
                y, mo, d = p
                if (len(v) == 10) != (d is not None) or int(v[5:7]) != mo or (d is not None and int(v[8:10]) != d):
                    E(f"DATE surface {s!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"DATE surface {s!r}: written year differs from value {v}")
                    continue
                for a, b in goldlib.free_occurrences(text, ents_ok, idx, s, spans):
                    words = re.findall(r"[\w']+", text[sentence_start(text, a):a].lower())
                    prev = words[-1] if words else ""
                    if d is None and prev not in TIME_WORDS:
                        E(f"bare month {s!r}@{a} without a time word before it")
                    ahead = prev in AHEAD_PREPS or (d is None and prev == "from") or bool(set(words) & AHEAD_VERBS)
                    exp = expected_value(pub, mo, d, ahead, prev)
                    if exp != v:
                        E(f"DATE {s!r}@{a}: value {v}, the convention gives {exp}"
                          f"{' (marked ahead)' if ahead else ''}")
                    if flagged and not ahead:
                        E(f"DATE {s!r}@{a}: flagged future in gold_src.py but the text does not mark it")
                    if ahead and not flagged and expected_value(pub, mo, d, False, prev) != exp:
                        E(f"DATE {s!r}@{a}: marked ahead by the text but not flagged future in gold_src.py")
        # dateline
        m2 = re.match(r"([A-ZÀ-Þ][A-ZÀ-Þ .'-]+?), (.+?) [-–—(]", text)
        if not m2:
            E("no dateline")
        else:
            if m2.group(1) not in {s for e in ents_ok if e["type"] == "LOCATION" for s in e["surfaces"]}:
                E(f"dateline city {m2.group(1)!r} is not a LOCATION surface")
            head = text[:text.find("(")] if "(" in text[:80] else text[:60]
            hits = [(s, e) for e in ents_ok if e["type"] == "DATE" for s in e["surfaces"] if s in head]
            if len(hits) != 1:
                E(f"dateline head {head!r} holds {len(hits)} DATE surfaces {[s for s, _ in hits]} (want exactly one)")
            elif hits[0][1].get("value") != pub.isoformat():
                E(f"dateline date {hits[0][1].get('value')} != publishedOn {pub}")
        # uncovered capitalised tokens
        unc = capitalised_uncovered(text, [(m["start"], m["end"]) for m in derived])
        allowed = set(reviewed.get(f, []))
        new = sorted(t for t in unc if t not in allowed)
        if new:
            E(f"capitalised tokens uncovered and not in the reviewed list: {new}")
    files = {os.path.basename(p) for p in os.listdir(os.path.join(ROOT, "articles")) if p.endswith(".txt")}
    for f in sorted(files - seen):
        errors.append(f"{f}: article without a gold record")
    return errors


if __name__ == "__main__":
    args = sys.argv[1:]
    g = args[args.index("--gold") + 1] if "--gold" in args else None
    mp = args[args.index("--mentions") + 1] if "--mentions" in args else None
    errs = validate(g, mp)
    for e in errs:
        print("ERROR", e)
    print(f"validate.py: {len(errs)} errors")
    sys.exit(1 if errs else 0)
