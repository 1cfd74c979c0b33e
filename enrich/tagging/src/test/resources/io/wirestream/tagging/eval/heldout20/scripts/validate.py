#!/usr/bin/env python3
"""heldout20's own validator, written independently of the shared goldtools/check_gold.py.

Usage (from anywhere):
  python3 scripts/validate.py                      # validate gold.jsonl and mentions.jsonl
  python3 scripts/validate.py --gold FILE          # another copy of the gold (mentions.jsonl stays the clean one)
  python3 scripts/validate.py --mentions FILE      # another copy of the mentions
  python3 scripts/validate.py --write-reviewed     # rewrite scripts/reviewed_uncovered.json from the current gold
                                                   # (only after reviewing the new tokens by hand)

Checks:
  * gold.jsonl agrees with scripts/gold_src.py (publishedOn, types, names, surfaces);
  * records: JSON, article files, words field, types, DATE values (valid ISO, equal to the name, DATEs only),
    duplicate entities, repeated surfaces, a surface in two entities, leading "the", possessives, stray whitespace
    and punctuation, surfaces present on word boundaries and free (not only inside longer surfaces);
  * lower-case generic heads from a wider list than the shared checker's; site heads only on LOCATIONs; a LOCATION
    surface that the text writes with a lower-case site head right after it ("X dam") must include the head;
  * the date rules of CONVENTIONS.md, written a second time: recognised forms, value, explicit years, bare months
    after a time word, the year rule (default and future-marked, with the week-before exception), and the "future"
    flags of gold_src.py in both directions (flagged iff the text marks the date); sentences end at ". " unless the
    word before the period is a known abbreviation ("Sept.", "Prof.", "H.", "i.e." ...);
  * every month name in a text is covered by a DATE surface, or by a PERSON surface ("Theresa May");
  * datelines: exactly one DATE surface in the dateline head, equal to publishedOn; the city a LOCATION surface;
  * no demonym as a surface, no title at the head of a PERSON surface, none of the reviewed non-entities (products,
    events, laws, works, calendar words, the surname in a quotation) as a surface or as a surface that only occurs
    inside one; the same canonical name typed alike in every article;
  * every capitalised token no mention covers is in scripts/reviewed_uncovered.json;
  * mentions.jsonl: one record per article, each mention's offsets pointing at its text, its type and entity
    agreeing with the gold, its text a surface of its entity, no overlaps, and exactly the mentions the gold gives
    (goldlib rule); the gold's own mentions must not overlap either.
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

TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MNUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MNUM.update({"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
             "Nov": 11, "Dec": 12})
MON = "(" + "|".join(sorted(MNUM, key=len, reverse=True)) + r")\.?"
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from", "through",
              "before", "after", "during", "this", "between"}
FUT_PREP = {"until", "by", "before", "next", "through"}
FUT_VERB = {"will", "due", "scheduled", "expected", "planned"}
ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
          "dr", "prof", "gen", "gov", "adm", "lt", "col", "sgt", "st", "mt", "co", "ltd", "inc", "corp", "jr", "sr",
          "u.s", "u.n", "i.e", "e.g", "no", "vs"}
GENERIC = {"province", "region", "district", "river", "valley", "mountains", "mountain", "state", "county", "city",
           "village", "town", "prefecture", "island", "islands", "area", "suburb", "suburbs", "governorate",
           "peninsula", "lake", "sea", "desert", "municipality", "department", "ministry", "party", "government",
           "court", "army", "police", "union", "agency",
           # wider than the shared checker
           "volcano", "forest", "crater", "row", "spa", "museum", "oblast", "park", "square", "avenue", "street",
           "neighborhood", "neighbourhood", "slum", "constituency", "seat", "electorate", "plain", "highlands",
           "ocean", "gulf", "bay", "cemetery", "palace", "council", "company", "group", "office", "commission",
           "community", "complex", "zone", "community", "coalition", "family", "newspaper", "channel", "club"}
SITE = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "bridge", "pipeline", "mosque",
        "plant", "site", "works", "facility", "reactor", "port", "temple", "shrine"}
SITE_MOD = {"nuclear", "power", "hydroelectric", "tailings", "gold", "silver", "coal", "border", "air",
            "international", "test", "refugee"}
DEMONYMS = {"Brazilian", "Brazilians", "Korean", "Koreans", "Turkish", "Turk", "Turks", "Greek", "Greeks",
            "Indonesian", "Indonesians", "German", "Germans", "Vietnamese", "Iranian", "Iranians", "Saudi", "Saudis",
            "Persian", "Indian", "Indians", "Liberian", "Liberians", "Malawian", "Malawians", "Kenyan", "Kenyans",
            "Ghanaian", "Argentine", "Argentines", "Argentinian", "French", "Chilean", "Chileans", "Colombian",
            "Canadian", "Pakistani", "British", "American", "Americans", "Australian", "Australians", "Israeli",
            "Israelis", "Chinese", "Japanese", "Byzantine", "Mapuche", "Muslim", "Muslims", "Christian",
            "Christians", "Shia", "Black", "Māori", "African", "Africans", "Ethiopian", "Norwegian", "Austrian",
            "Lao", "Cambodian", "Qatari", "Moroccan", "Croatian", "Polish", "Italian", "Hebrew", "Anglo-Australian",
            "Bavarian", "Javanese", "Sundanese"}
TITLES = {"President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Adm", "Rear", "Judge",
          "Chancellor", "Comrade", "comrade", "Sheikh", "Ayatollah", "Emir", "Governor", "Mayor", "Commander",
          "Commissioner", "Administrator", "Chief", "Secretary", "Senator", "Officer", "Deputy", "Vice", "King",
          "Queen", "Sir", "Dame", "Admiral", "General", "Director", "Ambassador", "Minister-President", "Chairman",
          "Speaker", "Coach", "Captain", "Pope", "Cardinal", "Patriarch", "Imam", "Sultan", "Lieutenant",
          "Colonel", "Attorney", "Magistrate", "promoter", "president", "minister", "governor", "mayor"}
# reviewed non-entities, per article number: products, events, laws, works, awards, calendar words, options, a
# surname used as a word
NON_ENTITIES = {
    "02": ["Nuri", "Naro", "KSLV-II", "KSLV-I"],
    "03": ["Presidential Decree", "World Heritage List", "Friday prayer"],
    "04": ["Whoosh", "KCJB", "Fast Train", "COVID-19", "BUMN", "Waktu Hemat", "Operasi Optimal", "Sistem Hebat"],
    "05": ["Atomic Energy Act"],
    "06": ["National Congress", "XIII"],
    "07": ["Esfand", "Esfand 1401"],
    "08": ["Modi", "Sankalp Satyagraha", "Representation of the People Act", "OBC", "Constitution", "MLA"],
    "09": ["Nobel Peace Prize", "Ebola"],
    "10": ["Mosquirix", "RTS,S", "World Malaria Day", "Malaria"],
    "11": ["Olympic"],
    "12": ["World Cup", "World Cups"],
    "13": ["Reject", "Approve"],
    "14": ["Titanic"],
    "15": ["ChatGPT"],
    "16": ["Black"],
    "20": ["Beresheet", "Genesis", "Hebrew"],
}
REVIEWED = os.path.join(HERE, "reviewed_uncovered.json")


def parse_date(s):
    """(year or None, month, day or None) for a recognised form, else None."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    for pat, ymd in ((MON + r" (\d{1,2}), (\d{4})", (3, 1, 2)), (r"(\d{1,2}) " + MON + r" (\d{4})", (3, 2, 1)),
                     (MON + r" (\d{1,2})", (None, 1, 2)), (r"(\d{1,2}) " + MON, (None, 2, 1)),
                     (r"(\d{1,2})(?:st|nd|rd|th) of " + MON, (None, 2, 1)), (MON + r" (\d{4})", (2, 1, None))):
        m = re.fullmatch(pat, s)
        if m:
            y, mo, d = ymd
            return (int(m[y]) if y else None), MNUM[m[mo]], (int(m[d]) if d else None)
    if s in MONTHS:
        return None, MNUM[s], None
    return None


def sentence_start(text, pos):
    """Offset where the sentence holding pos starts: after '\\n', '; ', or '.!?' + space that ends a sentence."""
    best = 0
    for m in re.finditer(r"\n|; |[.!?][\"”']?\s", text[:pos]):
        if m.group(0)[0] == ".":
            before = text[:m.start()]
            w = re.search(r"([\w.]*)$", before).group(1).lower()
            if w and (w in ABBREV or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w)):
                continue
        best = m.end()
    return best


def expected_value(pub, mo, d, marked):
    if d is not None:
        cands = []
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cands.append(dt.date(y, mo, d))
            except ValueError:
                pass
        if marked:
            fut = min(c for c in cands if c >= pub)
            past = max(c for c in cands if c <= pub + dt.timedelta(days=31))
            if pub - dt.timedelta(days=7) <= past < pub:
                return past.isoformat()      # a plan told after the fact
            return fut.isoformat()
        return max(c for c in cands if c <= pub + dt.timedelta(days=31)).isoformat()
    if marked:
        y = pub.year if mo >= pub.month else pub.year + 1
        if y == pub.year and mo == pub.month:
            y = pub.year                     # "this month", ahead; never the case in this set
    else:
        y = pub.year if mo <= pub.month else pub.year - 1
    return f"{y:04d}-{mo:02d}"


def load_jsonl(path, errs, what):
    recs = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        errs.append(f"{what}: cannot read {path}: {e}")
        return recs
    for n, l in enumerate(lines, 1):
        if not l.strip():
            continue
        try:
            recs.append(json.loads(l))
        except json.JSONDecodeError as e:
            errs.append(f"{what} line {n}: JSON error {e}")
    return recs


def load_src():
    sys.modules.pop("gold_src", None)
    import gold_src
    return gold_src


def uncovered_tokens(text, cover):
    """Capitalised tokens (or hyphen parts of them) that no mention covers; the shared checker's tokenisation."""
    toks = {}
    for m in re.finditer(r"[\w'’.-]+", text):
        core = re.sub(r"['’]s$", "", m.group(0).rstrip(".'’-"))
        parts = [(m.start(), core)]
        if "-" in core:
            if any(a <= m.start() and m.start() + len(core) <= b for a, b in cover):
                continue
            parts, off = [], m.start()
            for piece in core.split("-"):
                parts.append((off, piece))
                off += len(piece) + 1
        for a, tok in parts:
            if not tok or not (tok[0].isupper() or (tok[0].isalpha() and any(c.isupper() for c in tok[1:]))):
                continue
            if any(ca <= a and a + len(tok) <= cb for ca, cb in cover):
                continue
            toks[tok] = toks.get(tok, 0) + 1
    return toks


def validate(gold_path=None, mentions_path=None, write_reviewed=False):
    errs = []
    gold_path = gold_path or os.path.join(ROOT, "gold.jsonl")
    mentions_path = mentions_path or os.path.join(ROOT, "mentions.jsonl")
    recs = load_jsonl(gold_path, errs, "gold")
    src = load_src()
    GOLD, WORDS = src.GOLD, getattr(src, "WORDS", (400, 550))
    reviewed = json.load(open(REVIEWED, encoding="utf-8")) if os.path.exists(REVIEWED) and not write_reviewed else {}
    new_reviewed = {}
    types_by_name = {}
    seen = set()
    gold_mentions = {}
    for r in recs:
        f = r.get("file")
        E = lambda msg, f=f: errs.append(f"{f}: {msg}")
        if f in seen:
            E("duplicate record")
        seen.add(f)
        path = os.path.join(ROOT, "articles", f or "-")
        if not f or not os.path.isfile(path):
            E("article file missing")
            continue
        text = open(path, encoding="utf-8").read()
        num = f[:2]
        if r.get("words") != len(text.split()):
            E(f"words field {r.get('words')} != {len(text.split())}")
        if not WORDS[0] <= len(text.split()) <= WORDS[1]:
            E(f"length {len(text.split())} outside {WORDS}")
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except (ValueError, TypeError):
            E(f"bad publishedOn {r.get('publishedOn')!r}")
            continue
        ents = r.get("entities", [])
        # --- agreement with gold_src.py
        s = GOLD.get(f)
        if s is None:
            E("not in gold_src.py")
        else:
            if s["publishedOn"] != r.get("publishedOn"):
                E(f"publishedOn differs from gold_src.py ({s['publishedOn']})")
            want = sorted((t[0], t[1], tuple(sorted(t[2]))) for t in s["entities"])
            got = sorted((e.get("type"), e.get("name"), tuple(sorted(e.get("surfaces") or []))) for e in ents)
            if want != got:
                diff = sorted(set(got) ^ set(want))[:3] or ["(duplicates)"]
                E(f"entities differ from gold_src.py: {diff}")
        flags = {t[1]: t[3].get("future", False) for t in (s or {"entities": []})["entities"] if len(t) > 3}
        # --- records
        owner = {}
        keys = set()
        ok_ents = []
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces")
            if t not in TYPES:
                E(f"bad type {t!r} for {name!r}")
                continue
            if not name or not isinstance(surfs, list) or not surfs:
                E(f"entity without name or surfaces: {name!r}")
                continue
            ok_ents.append(e)
            if (t, name) in keys:
                E(f"duplicate entity {t} {name}")
            keys.add((t, name))
            if t != "DATE":
                prev = types_by_name.setdefault(name, (t, f))
                if prev[0] != t:
                    E(f"{name}: type differs across articles ({t} here, {prev[0]} in {prev[1]})")
            if len(set(surfs)) != len(surfs):
                E(f"{name}: repeated surface")
            if t == "DATE":
                v = e.get("value")
                if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", v):
                    E(f"DATE {name}: invalid value {v!r}")
                else:
                    try:
                        dt.date.fromisoformat(v if len(v) == 10 else v + "-01")
                    except ValueError:
                        E(f"DATE {name}: invalid value {v!r}")
                    if v != name:
                        E(f"DATE {name}: value {v} differs from name")
            elif "value" in e:
                E(f"{t} {name} carries a value")
            for x in surfs:
                if x in owner and owner[x] != name:
                    E(f"surface {x!r} in two entities ({owner[x]} / {name})")
                owner[x] = name
                if re.match(r"(?i)the\s", x):
                    E(f"surface {x!r} has a leading 'the'")
                if re.search(r"['’]s?$", x):
                    E(f"surface {x!r} is possessive")
                if x != x.strip() or re.search(r"[,;:!?\"“”(]$|^[,;:!?\"“”)]", x) or "  " in x:
                    E(f"surface {x!r} has stray whitespace/punctuation")
                last = x.split()[-1] if x.split() else x
                if t != "DATE" and last in GENERIC and last not in SITE:
                    E(f"surface {x!r} ends in lower-case generic head {last!r}")
                if last in SITE and t != "LOCATION":
                    E(f"surface {x!r} has a site head but is {t}")
                if x in DEMONYMS:
                    E(f"surface {x!r} is a demonym")
                if t == "PERSON" and x.split()[0].rstrip(".") in TITLES and len(x.split()) > 1:
                    E(f"PERSON surface {x!r} starts with the title {x.split()[0]!r}")
                for ne in NON_ENTITIES.get(num, []):
                    occ = goldlib.occurrences(text, x)
                    inside = [(a, b) for a, b in occ
                              if any(na <= a and b <= nb for na, nb in goldlib.occurrences(text, ne))]
                    if x == ne or (occ and len(inside) == len(occ)):
                        E(f"surface {x!r} of {name} is a reviewed non-entity ({ne!r})")
        spans = goldlib.all_spans(text, ok_ents)
        for i, e in enumerate(ok_ents):
            for x in e["surfaces"]:
                if not goldlib.occurrences(text, x):
                    E(f"{e['name']}: surface {x!r} not found on word boundaries")
                elif not goldlib.free_occurrences(text, ok_ents, i, x, spans):
                    E(f"{e['name']}: surface {x!r} only occurs inside longer surfaces")
        gm = M.mentions_of(text, ok_ents)
        gold_mentions[f] = gm
        for a, b in zip(gm, gm[1:]):
            if b["start"] < a["end"]:
                E(f"mentions overlap: {a['text']!r} ({a['entity']}) and {b['text']!r} ({b['entity']})")
        # --- site heads left out
        for m in gm:
            if m["type"] != "LOCATION":
                continue
            after = text[m["end"]:m["end"] + 60]
            mm = re.match(r" ((?:(?:%s) ){0,3})(%s)\b" % ("|".join(SITE_MOD), "|".join(SITE)), after)
            if mm:
                E(f"LOCATION mention {m['text']!r} at {m['start']} leaves out the site head {mm.group(2)!r}")
        # --- dates
        for i, e in enumerate(ok_ents):
            if e["type"] != "DATE" or not isinstance(e.get("value"), str):
                continue
            v = e["value"]
            flagged = flags.get(e["name"], False)
            any_marked = False
            for x in e["surfaces"]:
                p = parse_date(x)
                if p is None:
                    E(f"DATE surface {x!r} is not a recognised date form")
                    continue
                y, mo, d = p
                if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", v) or int(v[5:7]) != mo or \
                        (d is None) != (len(v) == 7) or (d is not None and int(v[8:10]) != d):
                    E(f"DATE surface {x!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"DATE surface {x!r}: year differs from value {v}")
                    continue
                for a, b in goldlib.free_occurrences(text, ok_ents, i, x, spans):
                    words = re.findall(r"[\w']+", text[sentence_start(text, a):a].lower())
                    if d is None and (not words or words[-1] not in TIME_WORDS):
                        E(f"bare month {x!r} at {a} not after a time word")
                    marked = bool(words) and (words[-1] in FUT_PREP or (d is None and words[-1] == "from")) \
                        or bool(set(words) & FUT_VERB)
                    any_marked |= marked
                    exp = expected_value(pub, mo, d, marked)
                    if exp != v:
                        E(f"DATE surface {x!r} at {a}: value {v}, year rule gives {exp}"
                          f"{' (future-marked)' if marked else ''}")
            if flagged and not any_marked:
                E(f"DATE {e['name']} flagged future in gold_src.py but the text does not mark it")
            if any_marked and not flagged:
                E(f"DATE {e['name']} marked ahead by the text but not flagged future in gold_src.py")
        # --- month names
        cover_d = [(m["start"], m["end"]) for m in gm if m["type"] == "DATE"]
        cover_p = [(m["start"], m["end"]) for m in gm if m["type"] == "PERSON"]
        for mm in re.finditer(r"\b(%s|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\b" % "|".join(MONTHS), text):
            if any(a <= mm.start() and mm.end() <= b for a, b in cover_d + cover_p):
                continue
            E(f"month name {mm.group(0)!r} at {mm.start()} not in a DATE (or PERSON) surface")
        # --- dateline
        dm = re.match(r"([A-ZÀ-Þ][A-ZÀ-Þ .'-]+?), (.+?) [-–—(]", text)
        if not dm:
            E("no dateline")
        else:
            head = text[:text.find("(")] if "(" in text[:80] else text[:60]
            locs = {x for e in ok_ents if e["type"] == "LOCATION" for x in e["surfaces"]}
            if dm.group(1) not in locs:
                E(f"dateline city {dm.group(1)!r} is not a LOCATION surface")
            dates = [(x, e) for e in ok_ents if e["type"] == "DATE" for x in e["surfaces"]
                     if goldlib.occurrences(head, x)]
            if len(dates) != 1:
                E(f"dateline head {head!r} holds {len(dates)} DATE surfaces, want exactly one")
            elif dates[0][1].get("value") != r.get("publishedOn"):
                E(f"dateline date {dates[0][1].get('value')} != publishedOn {r.get('publishedOn')}")
        # --- uncovered capitalised tokens
        toks = uncovered_tokens(text, [(m["start"], m["end"]) for m in gm])
        new_reviewed[f] = sorted(toks)
        rev = set(reviewed.get(f, []))
        for tok in sorted(toks):
            if not write_reviewed and tok not in rev:
                E(f"capitalised token {tok!r} uncovered and not in the reviewed list")
    for f in GOLD:
        if f not in seen:
            errs.append(f"{f}: in gold_src.py but no gold record")
    if write_reviewed:
        with open(REVIEWED, "w", encoding="utf-8") as fh:
            json.dump(new_reviewed, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    # --- mentions.jsonl
    mrecs = load_jsonl(mentions_path, errs, "mentions")
    byfile = {}
    for mr in mrecs:
        byfile.setdefault(mr.get("file"), []).append(mr)
    for f, gm in gold_mentions.items():
        E = lambda msg, f=f: errs.append(f"{f}: {msg}")
        if f not in byfile:
            E("no mentions record")
            continue
        if len(byfile[f]) > 1:
            E("more than one mentions record")
        text = open(os.path.join(ROOT, "articles", f), encoding="utf-8").read()
        ents = {e["name"]: e for r in recs if r.get("file") == f for e in r.get("entities", [])
                if isinstance(e, dict) and e.get("name")}
        ms = byfile[f][0].get("mentions", [])
        for m in ms:
            a, b = m.get("start"), m.get("end")
            if not isinstance(a, int) or not isinstance(b, int) or text[a:b] != m.get("text"):
                E(f"mention {m.get('text')!r}: text at offsets {a}-{b} is {text[a:b] if isinstance(a, int) and isinstance(b, int) else None!r}")
            e = ents.get(m.get("entity"))
            if e is None or m.get("text") not in e.get("surfaces", []):
                E(f"mention {m.get('text')!r} at {a}: entity {m.get('entity')!r} has no such surface")
            elif e.get("type") != m.get("type"):
                E(f"mention {m.get('text')!r} at {a} typed {m.get('type')} but the entity is {e.get('type')}")
        srt = sorted(ms, key=lambda m: (m.get("start", 0), m.get("end", 0)))
        for x, y in zip(srt, srt[1:]):
            if y.get("start", 0) < x.get("end", 0):
                E(f"stored mentions overlap: {x.get('text')!r} and {y.get('text')!r}")
        if ms != gm:
            E(f"mentions.jsonl differs from the gold ({len(ms)} stored, {len(gm)} from the gold)")
    return errs


def main():
    args = sys.argv[1:]
    g = args[args.index("--gold") + 1] if "--gold" in args else None
    m = args[args.index("--mentions") + 1] if "--mentions" in args else None
    errs = validate(g, m, write_reviewed="--write-reviewed" in args)
    for e in errs:
        print("ERROR", e)
    if "--write-reviewed" in args:
        print(f"wrote {REVIEWED}")
    print(f"validate.py: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
