#!/usr/bin/env python3
"""heldout17's own validator, written independently of the shared check_gold.py.

Usage: python3 scripts/validate.py [--gold FILE] [--mentions FILE] [--write-reviewed]

Checks
  * mentions.jsonl: every mention's offsets point at exactly its text; the stored mentions equal what the gold
    gives by the shared goldlib rule (none missing, none extra); no two stored mentions overlap; each mention's
    type and entity exist in the gold with that surface;
  * gold: types, DATE values (valid ISO, equal to the name, only on DATEs), duplicates, repeated surfaces,
    surfaces in two entities, leading "the" (except The Hague), possessives, stray whitespace/punctuation,
    lower-case generic heads, site heads on non-LOCATIONs, every surface found outside a longer surface,
    no two mentions of different surfaces overlapping (the shared checker only rejects nesting);
  * dates, a second implementation of CONVENTIONS.md: the recognised forms, the year rule from publishedOn
    (latest date at most 31 days after; latest month up to the publication month; future markers
    until/by/before/next/through (and "from" for a bare month) right before, or will/due/scheduled/expected/planned
    earlier in the sentence, with abbreviation-aware sentence boundaries; a marked date within the week before
    publication stays in the past), a bare month only after a time word, and the gold_src "future" flags agreeing
    with the text; exactly one DATE surface inside each dateline head, equal to publishedOn;
  * conventions: no demonym as a surface, no title at the head of a PERSON surface, none of this set's reviewed
    non-entities (events, awards, works, products, storms, a place inside a work or event name) as a surface; a
    canonical name carries the same type in every article;
  * every capitalised token that no mention covers is in scripts/reviewed_uncovered.json (--write-reviewed
    rewrites that file from the current gold, for review by hand).
Prints the errors and returns their list (validate()); exit status 1 when there are any.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mentions as M  # noqa: E402  (puts the shared goldtools/ on sys.path)
import goldlib  # noqa: E402

TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MNUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MNUM.update({"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12})
MALT = "|".join(re.escape(k) for k in sorted(MNUM, key=len, reverse=True))
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from", "through",
              "before", "after", "during", "this", "between"}
FUT_PREP = {"until", "by", "before", "next", "through"}
FUT_VERB = {"will", "due", "scheduled", "expected", "planned"}
GENERIC = {"province", "region", "district", "river", "valley", "mountains", "mountain", "state", "county", "city",
           "village", "town", "prefecture", "island", "islands", "area", "suburb", "suburbs", "governorate",
           "peninsula", "lake", "sea", "desert", "municipality", "department", "ministry", "party", "government",
           "court", "army", "police", "union", "agency", "township", "neighbourhood", "street", "corridor"}
SITES = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "bridge", "pipeline", "mosque",
         "plant", "site", "works", "facility", "reactor", "port"}
DEMONYMS = {"Russian", "Russians", "Belarusian", "Ukrainian", "American", "Americans", "Hawaiian", "Polish", "Dutch",
            "Hungarian", "Chinese", "Taiwanese", "Japanese", "Italian", "French", "Portuguese", "Colombian",
            "Colombians", "Ecuadorian", "Kuwaiti", "Arab", "Islamic", "Egyptian", "Saudi", "Australian",
            "Australians", "Aboriginal", "Indigenous", "Torres Strait Islander", "Wiradjuri", "British", "Britons",
            "Rwandan", "European", "Spanish", "English", "Swedish", "Canadian", "British-Canadian", "Indian",
            "Armenian", "Armenians", "Azerbaijani", "Azerbaijanis", "Ghanaian", "West African", "Kenyan",
            "Haitian", "Argentine", "Peruvian", "Catholic", "Malawian", "Caribbean"}
TITLES = {"President", "Prime", "Minister", "Governor", "Mayor", "Senator", "Chief", "Secretary", "Lord", "King",
          "Queen", "Prince", "Princess", "Infanta", "Pope", "Cardinal", "Sheikh", "Emir", "Captain", "Officer",
          "Chairman", "Chair", "Judge", "General", "Dr.", "Mr.", "Ms.", "Former", "Vice", "Speaker", "Crown",
          "His", "Highness", "Substitute", "Opposition", "Leader", "Attorney"}
# this set's reviewed non-entities, by article prefix ("*" = every article): none may be (or sit in) a surface
NON_ENTITIES = {
    "*": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Constitution"],
    "06": ["Great East Japan Earthquake", "Japan", "New Year"],
    "10": ["Uluru Statement from the Heart", "Uluru", "Federation", "First Nations", "Yes", "No"],
    "11": ["European Convention on Human Rights", "plan B"],
    "12": ["Call of Duty", "World of Warcraft", "Candy Crush", "Assassin's Creed", "PlayStation", "Xbox", "Big Tech"],
    "13": ["European Championship", "Copa del Rey", "Nations League", "Berlin"],
    "14": ["Nobel Prize", "Nobel Prize in Physics", "Nobel", "Turing Award", "Turing", "Boltzmann machine",
           "Boltzmann"],
    "15": ["Paris Air Show", "Paris", "Dreamliner", "787", "787-8"],
    "19": ["Mass", "Habemus Papam", "Vatican", "Latin"],
    "20": ["Cyclone Freddy", "Freddy"],
}
ABBREV = {"U.S.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.", "St.", "N.", "B.J.", "p.m.", "a.m.", "D.C."}


def parse(s):
    """(year or None, month, day or None) of a recognised DATE surface, else None."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(rf"({MALT}) (\d{{1,2}})(?:, (\d{{4}}))?", s)
    if m:
        return (int(m[3]) if m[3] else None), MNUM[m[1]], int(m[2])
    m = re.fullmatch(rf"(\d{{1,2}}) ({MALT})(?: (\d{{4}}))?", s)
    if m:
        return (int(m[3]) if m[3] else None), MNUM[m[2]], int(m[1])
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th) of ({MALT})", s)
    if m:
        return None, MNUM[m[2]], int(m[1])
    m = re.fullmatch(rf"({MALT}) (\d{{4}})", s)
    if m:
        return int(m[2]), MNUM[m[1]], None
    if s in MONTHS:
        return None, MNUM[s], None
    return None


def sentence_start(text, pos):
    """Start of the sentence holding pos: after the last '.', '!', '?', ';' or newline that is no abbreviation."""
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == "\n" or c in ";!?":
            return i + 1
        if c == "." and i + 1 < len(text) and text[i + 1] == " ":
            word = text[:i + 1].split()[-1] if text[:i + 1].split() else ""
            word = word.lstrip("(\"“")
            if word not in ABBREV and not re.fullmatch(r"[A-Z]\.", word):
                return i + 1
        i -= 1
    return 0


def expected(pub, mo, day, future):
    if day is not None:
        cands = []
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cands.append(dt.date(y, mo, day))
            except ValueError:
                pass
        if future:
            return min(d for d in cands if d >= pub).isoformat()
        return max(d for d in cands if d <= pub + dt.timedelta(days=31)).isoformat()
    if future:
        y = pub.year if mo >= pub.month else pub.year + 1
    else:
        y = pub.year if mo <= pub.month else pub.year - 1
    return f"{y:04d}-{mo:02d}"


def valid_iso(v):
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", v or ""):
            dt.date.fromisoformat(v)
            return True
        return bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v or ""))
    except ValueError:
        return False


def src_flags():
    sys.modules.pop("gold_src", None)
    import gold_src
    flags = {}
    for f, a in gold_src.GOLD.items():
        for t in a["entities"]:
            if len(t) > 3 and t[3].get("future"):
                flags[(f, t[1])] = True
    return flags


def uncovered_tokens(text, mentions):
    cover = [(m["start"], m["end"]) for m in mentions]
    out = {}
    for m in re.finditer(r"[\w'’.-]+", text):
        core = re.sub(r"['’]s$", "", m.group(0).rstrip(".'’-"))
        off = m.start()
        for piece in core.split("-"):
            a, b = off, off + len(piece)
            off = b + 1
            if not piece or not (piece[0].isupper() or (piece[0].isalpha() and any(c.isupper() for c in piece))):
                continue
            if any(ca <= a and b <= cb for ca, cb in cover):
                continue
            out[piece] = out.get(piece, 0) + 1
    return out


def validate(gold_path=None, mentions_path=None, write_reviewed=False):
    errs = []
    E = errs.append
    try:
        recs = M.load_gold(gold_path)
    except (OSError, json.JSONDecodeError) as e:
        return [f"cannot read gold: {e}"]
    flags = src_flags()
    types_by_name = {}
    reviewed_path = os.path.join(HERE, "reviewed_uncovered.json")
    reviewed = {} if write_reviewed else json.load(open(reviewed_path, encoding="utf-8"))
    new_reviewed = {}
    derived = {}
    for r in recs:
        f = r.get("file", "")
        path = os.path.join(ROOT, "articles", f)
        if not os.path.isfile(path):
            E(f"{f}: article file missing")
            continue
        text = M.article(f)
        if r.get("words") != len(text.split()):
            E(f"{f}: words field {r.get('words')} != {len(text.split())}")
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except ValueError:
            E(f"{f}: bad publishedOn {r.get('publishedOn')!r}")
            continue
        ents = r.get("entities", [])
        owner, seen = {}, set()
        bad = False
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces")
            if t not in TYPES or not name or not surfs:
                E(f"{f}: bad entity {e}")
                bad = True
                continue
            if (t, name) in seen:
                E(f"{f}: duplicate entity {t} {name}")
            seen.add((t, name))
            if types_by_name.setdefault(name, (t, f))[0] != t:
                E(f"{f}: {name} is {t} here but {types_by_name[name][0]} in {types_by_name[name][1]}: "
                  f"type differs across articles")
            if t == "DATE":
                if not valid_iso(e.get("value")) or e.get("value") != name:
                    E(f"{f}: DATE {name}: value {e.get('value')!r} invalid or differs from name")
            elif "value" in e:
                E(f"{f}: {t} {name} carries a value")
            if len(set(surfs)) != len(surfs):
                E(f"{f}: {name}: repeated surface")
            for s in surfs:
                if s in owner and owner[s] != i:
                    E(f"{f}: surface {s!r} in two entities")
                owner[s] = i
                if re.match(r"(?i)the\s", s) and s != "The Hague":
                    E(f"{f}: surface {s!r} has a leading 'the'")
                if re.search(r"['’]s?$", s):
                    E(f"{f}: surface {s!r} is possessive")
                if s != s.strip() or re.search(r"[,;:!?\"“”()]$|^[,;:!?\"“”()]", s):
                    E(f"{f}: surface {s!r} has stray whitespace/punctuation")
                last = s.split()[-1]
                if t != "DATE" and last in GENERIC:
                    E(f"{f}: surface {s!r} ends in a lower-case generic head")
                if t != "LOCATION" and last in SITES:
                    E(f"{f}: surface {s!r} has a site head but is {t}")
                if s in DEMONYMS:
                    E(f"{f}: surface {s!r} is a demonym")
                if t == "PERSON" and s.split()[0] in TITLES and len(s.split()) > 1:
                    E(f"{f}: PERSON surface {s!r} starts with the title {s.split()[0]!r}")
                for key in ("*", f[:2]):
                    for ne in NON_ENTITIES.get(key, []):
                        if s == ne or (t != "DATE" and re.search(r"(?<!\w)" + re.escape(ne) + r"(?!\w)", s)
                                       and ne not in ("Japan", "Paris", "Berlin", "Nobel", "Vatican")):
                            E(f"{f}: surface {s!r} is (or holds) the reviewed non-entity {ne!r}")
                if not goldlib.occurrences(text, s):
                    E(f"{f}: surface {s!r} not found on word boundaries")
        if bad:
            continue
        spans = goldlib.all_spans(text, ents)
        for i, e in enumerate(ents):
            for s in e["surfaces"]:
                if goldlib.occurrences(text, s) and not goldlib.free_occurrences(text, ents, i, s, spans):
                    E(f"{f}: surface {s!r} only occurs inside longer surfaces")
        ms = M.mentions_of(r, text)
        derived[f] = ms
        for a, b in zip(ms, ms[1:]):
            if b["start"] < a["end"]:
                E(f"{f}: mentions overlap: {a['text']!r}@{a['start']} / {b['text']!r}@{b['start']}")
        # dateline
        head = text[:text.index("(")] if "(" in text[:80] else text[:60]
        ddates = [(s, e) for e in ents if e["type"] == "DATE" for s in e["surfaces"] if s in head]
        if len(ddates) != 1:
            E(f"{f}: {len(ddates)} DATE surfaces inside the dateline head {head!r}, want exactly one")
        elif ddates[0][1]["value"] != pub.isoformat():
            E(f"{f}: dateline date {ddates[0][1]['value']} != publishedOn {pub}")
        city = re.match(r"([A-ZÀ-Þ][A-ZÀ-Þ .'-]+?),", text)
        if not city or not any(city.group(1) in e["surfaces"] for e in ents if e["type"] == "LOCATION"):
            E(f"{f}: dateline city is not a LOCATION surface")
        # dates
        for e in ents:
            if e["type"] != "DATE" or not valid_iso(e.get("value")):
                continue
            flag = flags.get((f, e["name"]), False)
            for s in e["surfaces"]:
                p = parse(s)
                if p is None:
                    E(f"{f}: DATE surface {s!r} is not a recognised date form")
                    continue
                y, mo, d = p
                v = e["value"]
                if int(v[5:7]) != mo or (d is None) != (len(v) == 7) or (d is not None and int(v[8:]) != d):
                    E(f"{f}: DATE surface {s!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"{f}: DATE surface {s!r}: year differs from value {v}")
                    continue
                for m in ms:
                    if m["text"] != s or m["entity"] != e["name"]:
                        continue
                    before = re.findall(r"[\w']+", text[sentence_start(text, m["start"]):m["start"]].lower())
                    if d is None and (not before or before[-1] not in TIME_WORDS):
                        E(f"{f}: bare month {s!r} at {m['start']} not after a time word")
                    preps = FUT_PREP | ({"from"} if d is None else set())
                    marked = bool(before) and before[-1] in preps or bool(set(before) & FUT_VERB)
                    want = expected(pub, mo, d, marked)
                    if marked and d is not None:
                        past = dt.date.fromisoformat(expected(pub, mo, d, False))
                        if pub - dt.timedelta(days=7) <= past < pub:
                            want = past.isoformat()
                    if want != v:
                        E(f"{f}: DATE {s!r} at {m['start']}: value {v}, the year rule gives {want}")
                    if flag and not marked:
                        E(f"{f}: DATE {s!r} flagged future in gold_src but the text does not mark it")
                    if marked and not flag and expected(pub, mo, d, True) != expected(pub, mo, d, False) \
                            and want == expected(pub, mo, d, True):
                        E(f"{f}: DATE {s!r} marked future by the text but not flagged future in gold_src")
        # uncovered capitalised tokens
        unc = uncovered_tokens(text, ms)
        new_reviewed[f] = sorted(unc)
        if not write_reviewed:
            extra = sorted(set(unc) - set(reviewed.get(f, [])))
            if extra:
                E(f"{f}: capitalised tokens uncovered and not in the reviewed list: {', '.join(extra)}")
    # mentions.jsonl against the gold
    mpath = mentions_path or os.path.join(ROOT, "mentions.jsonl")
    try:
        stored = {}
        for l in open(mpath, encoding="utf-8"):
            if l.strip():
                o = json.loads(l)
                stored[o["file"]] = o["mentions"]
    except (OSError, json.JSONDecodeError) as e:
        return errs + [f"cannot read mentions: {e}"]
    gold_by_file = {r.get("file"): r for r in recs}
    for f, ms in derived.items():
        if f not in stored:
            E(f"{f}: no mentions record")
            continue
        text = M.article(f)
        st = stored[f]
        ents = {e["name"]: e for e in gold_by_file[f]["entities"]}
        for m in st:
            if text[m["start"]:m["end"]] != m["text"]:
                E(f"{f}: text at offsets {m['start']}-{m['end']} is {text[m['start']:m['end']]!r}, "
                  f"not {m['text']!r}")
            e = ents.get(m["entity"])
            if e is None or m["text"] not in e["surfaces"]:
                E(f"{f}: mention {m['text']!r}@{m['start']}: entity {m['entity']!r} has no such surface")
            elif e["type"] != m["type"]:
                E(f"{f}: mention {m['text']!r}@{m['start']} typed {m['type']} but the entity is {e['type']}")
        srt = sorted(st, key=lambda m: (m["start"], m["end"]))
        for a, b in zip(srt, srt[1:]):
            if b["start"] < a["end"]:
                E(f"{f}: stored mentions overlap at {a['start']} and {b['start']}")
        if [(m["start"], m["end"], m["entity"]) for m in srt] != [(m["start"], m["end"], m["entity"]) for m in ms]:
            E(f"{f}: mentions.jsonl differs from the gold ({len(st)} stored, {len(ms)} from the gold)")
    for f in stored:
        if f not in derived:
            E(f"{f}: mentions record without a gold record")
    if write_reviewed:
        with open(reviewed_path, "w", encoding="utf-8") as fh:
            json.dump(new_reviewed, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    return errs


def main():
    a = sys.argv[1:]
    gold = a[a.index("--gold") + 1] if "--gold" in a else None
    ment = a[a.index("--mentions") + 1] if "--mentions" in a else None
    errs = validate(gold, ment, write_reviewed="--write-reviewed" in a)
    for e in errs:
        print("ERROR", e)
    print(f"validate.py: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
