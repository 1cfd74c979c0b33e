#!/usr/bin/env python3
"""heldout19's own validator, written independently of goldtools/check_gold.py.

Usage (from the set folder or from scripts/):
  python3 scripts/validate.py                    # validate gold.jsonl and mentions.jsonl
  python3 scripts/validate.py --gold FILE        # validate another copy of the gold
  python3 scripts/validate.py --mentions FILE    # validate another copy of mentions.jsonl
  python3 scripts/validate.py --write-reviewed   # rewrite reviewed_uncovered.json from the current gold
                                                 # (only after reviewing the uncovered tokens by hand)

Checks:
  * records: JSON, article file, publishedOn, words field and the set's WORDS range, one record per file;
  * gold.jsonl agrees with scripts/gold_src.py (types, names, surfaces);
  * entities: types, DATE values (valid ISO, equal to the name, only on DATEs), duplicates, repeated surfaces,
    surfaces in two entities, leading "the", possessives, stray punctuation, lower-case generic heads (a wider list
    than the shared checker's), site heads only on LOCATIONs and never left out of a LOCATION surface ("Keflavík"
    before "airport"), every surface found on word boundaries and at least
    once outside a longer surface, no partial overlap between mentions;
  * conventions: no demonym as a surface, no title at the head of a PERSON surface, no reviewed non-entity (events,
    works, products, laws, periods) as a surface or as a surface that only occurs inside one, the same canonical
    name typed alike in every article, every capitalised token no mention covers in reviewed_uncovered.json;
  * dates, a second implementation of CONVENTIONS.md (sentence boundaries that skip abbreviations such as "Feb.",
    "Mr.", "K.P."): recognised forms, value against surface, the year rule (event day, the 31-day window, the
    future markers, the week-before exception, bare months only after a time word, "next" never the current
    month), the future flags of gold_src.py agreeing with the text, exactly one DATE surface in each dateline head
    and equal to publishedOn, the dateline city a LOCATION surface;
  * mentions.jsonl: one record per article, offsets pointing at their text, no overlap, each mention's entity and
    type in the gold, and the whole file equal to what the gold gives (scripts/mentions.py).
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))       # scripts/
ROOT = os.path.dirname(HERE)                            # the set folder
ART = os.path.join(ROOT, "articles")
sys.path.insert(0, HERE)
import mentions as M  # noqa: E402  (puts the shared goldtools/ on sys.path)
import goldlib  # noqa: E402

REVIEWED = os.path.join(HERE, "reviewed_uncovered.json")
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "DATE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUM.update({"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Aug.": 8, "Sept.": 9, "Sep.": 9, "Oct.": 10,
                  "Nov.": 11, "Dec.": 12, "Jan": 1, "Feb": 2, "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12})
MON = "(" + "|".join(re.escape(k) for k in sorted(MONTH_NUM, key=len, reverse=True)) + ")"
TIME_WORDS = {"in", "since", "until", "by", "last", "next", "early", "mid", "late", "of", "from", "through",
              "before", "after", "during", "this", "between"}
AHEAD_PREPS_DAY = {"until", "by", "before", "next", "through"}
AHEAD_PREPS_MONTH = AHEAD_PREPS_DAY | {"from"}
AHEAD_VERBS = {"will", "due", "scheduled", "expected", "planned"}
# abbreviations whose period does not end a sentence
ABBREV = {"Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Gov",
          "Gen", "St", "Sen", "Rep", "Prof", "Th", "U.S", "U.N", "K.P", "Jr", "No", "vs", "a.m", "p.m", "Inc",
          "Co", "Ltd", "Corp"}
GENERIC_HEADS = {"province", "region", "regions", "district", "county", "city", "village", "town", "river", "lake",
                 "sea", "mountains", "mountain", "valley", "peninsula", "island", "islands", "forest", "oblast",
                 "governorate", "prefecture", "area", "suburb", "municipality", "state", "desert", "crater", "row",
                 "volcano", "spa", "museum", "reservoir", "basin", "ministry", "party", "government", "court",
                 "army", "police", "union", "agency", "office", "group", "company", "committee", "council",
                 "commission", "administration", "townsite", "ground"}
SITE_HEADS = {"camp", "base", "airport", "dam", "pass", "prison", "crossing", "mine", "mines", "bridge", "pipeline",
              "mosque", "temple", "shrine", "plant", "site", "works", "facility", "reactor", "port", "station"}
DEMONYMS = {"Mexican", "Mexicans", "mixteco", "Mixtec", "Japanese", "Korean", "Koreans", "Polish", "Pole", "Poles",
            "Kenyan", "Kenyans", "Italian", "Italians", "Bolognese", "Chinese", "Russian", "Russians", "Ukrainian",
            "Ukrainians", "Tajik", "Congolese", "Algerian", "Algerians", "Tunisian", "Qatari", "Thai", "Australian",
            "Australians", "South Australian", "Canadian", "Canadians", "American", "Americans", "British",
            "Briton", "English", "Brazilian", "Bolivian", "Colombian", "Peruvian", "Venezuelan", "Ethiopian",
            "Ethiopians", "Nigerian", "Egyptian", "Kenyan", "Nepali", "Nepalese", "Indian", "Afghan", "Afghans",
            "Bangladeshi", "Icelandic", "Icelander", "Dutch", "African", "Africans", "Himalayan", "Western",
            "European", "Asian", "Islamist", "Republican", "Republicans", "Democrat", "Democratic", "Conservative",
            "Mixtec", "priista"}
TITLES = {"President", "Prime", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Dr", "Dr.", "Doctor", "Professor",
          "Prof.", "Gov.", "Governor", "Mayor", "Judge", "Justice", "Chief", "Secretary", "General", "Gen.", "King",
          "Queen", "Sheikh", "Emir", "Senator", "Sen.", "Chairman", "Chair", "Vice", "Premier", "Councilor",
          "Administrator", "CEO", "Former", "Foreign", "Home", "Interior", "Finance", "Attorney", "Opposition",
          "Coach", "Captain", "Opener", "Historian", "Volcanologist", "Comrade", "Pope", "Ayatollah", "Sir", "Lord",
          "Communications", "Transportation", "Environment", "Emergency", "Recorder", "Commissioner", "State",
          "Cabinet", "Regional", "Pathologist", "Executive", "Venture"}
# events, works, products, laws, documents, periods and other reviewed non-entities written in this set
NON_ENTITIES = {"Twenty20 World Cup", "Twenty20", "World Cup", "Duckworth-Lewis-Stern", "Marriage Equality Act",
                "Civil and Commercial Code", "Royal Gazette", "Valentine's Day", "Valentine", "World Heritage List",
                "World Heritage Site", "World Heritage", "Edo period", "Edo", "Meiji era", "Meiji", "Superfund",
                "Hirak", "ChatGPT", "R1", "V3", "Sputnik", "MU5735", "737-800", "COP30", "The Anxious Generation",
                "Anxious Generation", "Gen Z", "LGBTQ", "LGBTI", "AI", "GMT", "Second World War", "Lewis", "Stern",
                "Duckworth", "Eurobond", "kusudama", "acordeones"}


def load_src():
    sys.modules.pop("gold_src", None)
    import gold_src
    return gold_src


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- dates (second implementation)
def parse_date(s):
    """(year or None, month, day or None) for a recognised date form, else None."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(MON + r" (\d{1,2}), (\d{4})", s)
    if m:
        return int(m[3]), MONTH_NUM[m[1]], int(m[2])
    m = re.fullmatch(MON + r" (\d{1,2})", s)
    if m:
        return None, MONTH_NUM[m[1]], int(m[2])
    m = re.fullmatch(r"(\d{1,2}) " + MON + r"(?: (\d{4}))?", s)
    if m and not m[2].endswith("."):
        return (int(m[3]) if m[3] else None), MONTH_NUM[m[2]], int(m[1])
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) of " + MON, s)
    if m:
        return None, MONTH_NUM[m[2]], int(m[1])
    m = re.fullmatch(MON + r" (\d{4})", s)
    if m and not m[1].endswith("."):
        return int(m[2]), MONTH_NUM[m[1]], None
    if s in MONTHS:
        return None, MONTH_NUM[s], None
    return None


def sentence_start(text, pos):
    """Start of the sentence holding pos: after the last newline, "; " or sentence-final [.!?] followed by a space,
    where the word before a period is not an abbreviation or a single initial."""
    start = 0
    for m in re.finditer(r"\n|; |[.!?][\"”)]?\s", text[:pos]):
        tok = m.group(0)
        if tok.startswith("."):
            before = re.search(r"([\w.]+)$", text[:m.start()])
            word = before.group(1) if before else ""
            if word in ABBREV or re.fullmatch(r"[A-Z]", word) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):
                continue
        start = m.end()
    return start


def ahead_marked(words, is_month):
    if not words:
        return False
    preps = AHEAD_PREPS_MONTH if is_month else AHEAD_PREPS_DAY
    return words[-1] in preps or bool(set(words) & AHEAD_VERBS)


def year_rule(pub, month, day, ahead, after_next=False):
    if day is not None:
        cands = []
        for y in range(pub.year - 1, pub.year + 2):
            try:
                cands.append(dt.date(y, month, day))
            except ValueError:
                pass
        past = max([d for d in cands if d <= pub + dt.timedelta(days=31)], default=None)
        if not ahead:
            return past.isoformat() if past else None
        if past and pub - dt.timedelta(days=7) <= past < pub:
            return past.isoformat()      # marked, but a date of the week before publication stays in the past
        fut = min([d for d in cands if d >= pub], default=None)
        return fut.isoformat() if fut else None
    if ahead:
        y = pub.year if (month > pub.month or (month == pub.month and not after_next)) else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return f"{y:04d}-{month:02d}"


def iso_ok(v):
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v or ""):
            dt.date.fromisoformat(v)
            return True
        return bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v or ""))
    except ValueError:
        return False


# ---------------------------------------------------------------- uncovered tokens (the shared checker's tokenising)
def uncovered_tokens(text, spans):
    cover = [(a, b) for a, b, _, _ in spans]
    toks = set()
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
            toks.add(tok)
    return toks


def load_jsonl(path, errs, what):
    recs = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        errs.append(f"cannot read {what} {path}: {e}")
        return None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"{what} line {n}: JSON error {e}")
            return None
    return recs


def validate(gold_path=None, mentions_path=None, write_reviewed=False):
    """Error strings (empty when everything holds)."""
    errs = []
    gold_path = gold_path or os.path.join(ROOT, "gold.jsonl")
    mentions_path = mentions_path or os.path.join(ROOT, "mentions.jsonl")
    src = load_src()
    GOLD, low_high = src.GOLD, getattr(src, "WORDS", (400, 550))
    recs = load_jsonl(gold_path, errs, "gold")
    if recs is None:
        return errs
    reviewed = json.load(open(REVIEWED, encoding="utf-8")) if os.path.isfile(REVIEWED) else {}
    new_reviewed = {}
    seen = set()
    canon_types = {}
    texts, ents_of = {}, {}
    for r in recs:
        f = r.get("file")
        E = lambda msg, f=f: errs.append(f"{f}: {msg}")
        if f in seen:
            E("duplicate record")
            continue
        seen.add(f)
        path = os.path.join(ART, f or "")
        if not f or not os.path.isfile(path):
            E("article file missing")
            continue
        text = open(path, encoding="utf-8").read()
        texts[f] = text
        words = len(text.split())
        if r.get("words") != words:
            E(f"words field {r.get('words')} != {words}")
        if not low_high[0] <= words <= low_high[1]:
            E(f"length {words} outside {low_high}")
        try:
            pub = dt.date.fromisoformat(r.get("publishedOn", ""))
        except (TypeError, ValueError):
            E(f"bad publishedOn {r.get('publishedOn')!r}")
            continue
        ents = r.get("entities", [])
        ents_of[f] = ents
        # agreement with gold_src.py
        srcrec = GOLD.get(f)
        if srcrec is None:
            E("not in gold_src.py")
        else:
            want = sorted((t[0], t[1], tuple(sorted(t[2]))) for t in srcrec["entities"])
            have = sorted((e.get("type"), e.get("name"), tuple(sorted(e.get("surfaces") or []))) for e in ents)
            if want != have or srcrec["publishedOn"] != r.get("publishedOn"):
                E("gold.jsonl differs from gold_src.py")
        opts = {t[1]: (t[3] if len(t) > 3 else {}) for t in (srcrec or {"entities": []})["entities"]}
        # entity checks
        owner, keys = {}, set()
        good = []
        for i, e in enumerate(ents):
            t, name, surfs = e.get("type"), e.get("name"), e.get("surfaces")
            if t not in TYPES:
                E(f"bad type {t!r} for {name!r}")
                continue
            if not name or not isinstance(surfs, list) or not surfs:
                E(f"entity without name or surfaces: {name!r}")
                continue
            good.append(e)
            if (t, name) in keys:
                E(f"duplicate entity {t} {name}")
            keys.add((t, name))
            if t != "DATE":
                prev = canon_types.setdefault(name, (t, f))
                if prev[0] != t:
                    E(f"{name!r} is {t} here but {prev[0]} in {prev[1]}: type differs across articles")
            if len(set(surfs)) != len(surfs):
                E(f"{name}: repeated surface")
            if t == "DATE":
                if not iso_ok(e.get("value")):
                    E(f"DATE {name}: invalid value {e.get('value')!r}")
                elif e["value"] != name:
                    E(f"DATE {name}: value {e['value']} differs from name")
            elif "value" in e:
                E(f"{t} {name} carries a value")
            for s in surfs:
                if s in owner and owner[s] != name:
                    E(f"surface {s!r} in two entities ({owner[s]} / {name})")
                owner[s] = name
                if re.match(r"(?i)the\s", s):
                    E(f"surface {s!r} has a leading 'the'")
                if re.search(r"['’]s?$", s):
                    E(f"surface {s!r} is possessive")
                if s != s.strip() or re.search(r"[,;:!?\"“”]$|\s[,.]$|^[,.;]", s):
                    E(f"surface {s!r} has stray whitespace/punctuation")
                last = s.split()[-1] if s.split() else s
                if t != "DATE" and last in GENERIC_HEADS:
                    E(f"surface {s!r} ends in the lower-case generic head {last!r}")
                if last in SITE_HEADS and t != "LOCATION":
                    E(f"surface {s!r} has the site head {last!r} but is {t}")
                if s in DEMONYMS:
                    E(f"surface {s!r} of {name} is a demonym")
                if t == "PERSON" and s.split()[0] in TITLES and len(s.split()) > 1:
                    E(f"PERSON surface {s!r} starts with the title {s.split()[0]!r}")
                if s in NON_ENTITIES:
                    E(f"surface {s!r} ({t}) is a reviewed non-entity")
        spans = goldlib.all_spans(text, good)
        # surfaces present, free, and not only inside a non-entity phrase
        ne_spans = [(m.start(), m.end(), p) for p in NON_ENTITIES for m in
                    re.finditer(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text)]
        for i, e in enumerate(good):
            for s in e["surfaces"]:
                occ = goldlib.occurrences(text, s)
                if not occ:
                    E(f"{e['name']}: surface {s!r} not found on word boundaries")
                    continue
                free = goldlib.free_occurrences(text, good, i, s, spans)
                if not free:
                    E(f"{e['name']}: surface {s!r} only occurs inside longer surfaces")
                    continue
                if e["type"] == "LOCATION":
                    for x, y in free:
                        nxt = re.match(r" ([a-z]+)\b", text[y:y + 20])
                        if nxt and nxt.group(1) in SITE_HEADS:
                            E(f"{e['name']}: surface {s!r} at {x} leaves out the site head {nxt.group(1)!r}")
                            break
                if s not in NON_ENTITIES and all(any(a <= x and y <= b and (b - a) > (y - x) for a, b, _ in ne_spans)
                                                 for x, y in free):
                    inside = [p for a, b, p in ne_spans if any(a <= x and y <= b for x, y in free)]
                    E(f"{e['name']}: surface {s!r} only occurs inside the reviewed non-entity {inside[0]!r}")
        # partial overlaps between mentions
        ms = M.mentions_for(text, good)
        for a, b in zip(ms, ms[1:]):
            if b["start"] < a["end"]:
                E(f"mentions overlap: {a['text']!r} ({a['entity']}) at {a['start']} and {b['text']!r} "
                  f"({b['entity']}) at {b['start']}")
        # dateline
        m = re.match(r"([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž .'-]+?), (.*?) \(", text)
        if not m:
            E("no dateline found")
        else:
            city = m.group(1)
            head = text[:m.end()]
            if city not in {s for e in good if e["type"] == "LOCATION" for s in e["surfaces"]}:
                E(f"dateline city {city!r} is not a LOCATION surface")
            dl = [(e, s) for e in good if e["type"] == "DATE" for s in e["surfaces"]
                  if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", head)]
            if len(dl) != 1:
                E(f"dateline head {head!r} holds {len(dl)} DATE surfaces, want exactly one")
            elif dl[0][0]["value"] != pub.isoformat():
                E(f"dateline date {dl[0][0]['value']} != publishedOn {pub}")
        # dates
        for i, e in enumerate(good):
            if e["type"] != "DATE" or not iso_ok(e.get("value")):
                continue
            v = e["value"]
            flagged = bool(opts.get(e["name"], {}).get("future"))
            for s in e["surfaces"]:
                p = parse_date(s)
                if p is None:
                    E(f"DATE surface {s!r} is not a recognised date form")
                    continue
                y, mo, d = p
                if int(v[5:7]) != mo or (d is None) != (len(v) == 7) or (d is not None and int(v[8:10]) != d):
                    E(f"DATE surface {s!r} does not match value {v}")
                    continue
                if y is not None:
                    if int(v[:4]) != y:
                        E(f"DATE surface {s!r}: year differs from value {v}")
                    if flagged:
                        E(f"DATE {s!r} written with its year but flagged future")
                    continue
                for a, _ in goldlib.free_occurrences(text, good, i, s, spans):
                    if a < (m.end() if m else 0):
                        continue          # the dateline date is publishedOn, checked above
                    words = re.findall(r"[\w']+", text[sentence_start(text, a):a].lower())
                    if d is None and (not words or words[-1] not in TIME_WORDS):
                        E(f"bare month {s!r} at {a} does not follow a time word")
                    ahead = ahead_marked(words, d is None)
                    want = year_rule(pub, mo, d, ahead, after_next=bool(words) and words[-1] == "next")
                    if want != v:
                        E(f"DATE {s!r} at {a}: value {v}, the conventions give {want}"
                          f"{' (marked ahead by the text)' if ahead else ''}")
                    stays_past = ahead and d is not None and want == year_rule(pub, mo, d, False) and \
                        dt.date.fromisoformat(want) < pub
                    if ahead and not flagged and not stays_past:
                        E(f"DATE {s!r} at {a} is marked ahead by the text but not flagged future in gold_src.py")
                    if flagged and not ahead:
                        E(f"DATE {s!r} at {a} is flagged future in gold_src.py but the text does not mark it")
        # uncovered capitalised tokens
        unc = uncovered_tokens(text, spans)
        new_reviewed[f] = sorted(unc)
        rev = set(reviewed.get(f, []))
        for tok in sorted(unc - rev):
            E(f"capitalised token {tok!r} is uncovered and not in the reviewed list")
    for f in GOLD:
        if f not in seen:
            errs.append(f"{f}: in gold_src.py but no gold record")
    if write_reviewed:
        with open(REVIEWED, "w", encoding="utf-8") as fh:
            json.dump(new_reviewed, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    # mentions.jsonl
    mrecs = load_jsonl(mentions_path, errs, "mentions")
    if mrecs is None:
        return errs
    by_file = {}
    for mr in mrecs:
        if mr.get("file") in by_file:
            errs.append(f"{mr.get('file')}: duplicate mentions record")
        by_file[mr.get("file")] = mr
    for f, ents in ents_of.items():
        E = lambda msg, f=f: errs.append(f"{f}: {msg}")
        mr = by_file.get(f)
        if mr is None:
            E("no mentions record")
            continue
        text = texts[f]
        stored = mr.get("mentions", [])
        good = [e for e in ents if e.get("type") in TYPES and e.get("surfaces")]
        byname = {e["name"]: e for e in good}
        for x in stored:
            a, b = x.get("start"), x.get("end")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)) or text[a:b] != x.get("text"):
                E(f"mention {x.get('text')!r}: text at offsets {a}-{b} is "
                  f"{text[a:b] if isinstance(a, int) and isinstance(b, int) else None!r}")
            e = byname.get(x.get("entity"))
            if e is None or x.get("text") not in e["surfaces"]:
                E(f"mention {x.get('text')!r} at {a}: entity {x.get('entity')!r} has no such surface")
            elif x.get("type") != e["type"]:
                E(f"mention {x.get('text')!r} at {a} typed {x.get('type')} but the entity is {e['type']}")
        srt = sorted(stored, key=lambda x: (x.get("start", 0), x.get("end", 0)))
        for p, q in zip(srt, srt[1:]):
            if q.get("start", 0) < p.get("end", 0):
                E(f"stored mentions overlap: {p.get('text')!r} at {p.get('start')} and {q.get('text')!r} at "
                  f"{q.get('start')}")
        want = M.mentions_for(text, good)
        if [tuple(sorted(x.items())) for x in srt] != [tuple(sorted(x.items())) for x in want]:
            missing = [x for x in want if x not in srt]
            extra = [x for x in srt if x not in want]
            E(f"mentions.jsonl differs from the gold: {len(missing)} missing, {len(extra)} extra "
              f"(e.g. {(missing or extra)[0]['text'] if (missing or extra) else 'order'!r})")
    for f in by_file:
        if f not in ents_of and f in GOLD:
            errs.append(f"{f}: mentions record without gold record")
    return errs


def main():
    args = sys.argv[1:]
    gold = args[args.index("--gold") + 1] if "--gold" in args else None
    ment = args[args.index("--mentions") + 1] if "--mentions" in args else None
    errs = validate(gold, ment, write_reviewed="--write-reviewed" in args)
    for e in errs:
        print("ERROR", e)
    print(f"validate.py: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
