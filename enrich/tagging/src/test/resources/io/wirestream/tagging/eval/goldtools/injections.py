"""The self-test loop of every set's test_checker.py: inject one error at a time into a copy of the gold and
confirm that check_gold.py reports it (and, given the messages to expect, with the test's own message)."""
import copy
import json
import os
import subprocess
import sys

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_gold.py")

# the error each kind of injection must produce (not just any error), by the injection's function name in the sets'
# test_checker.py (heldout8, heldout9, heldout10; heldout7's self-test accepts any error)
EXPECT = {'c_missing': 'not found on word boundaries',
          'c_shared': 'in two entities',
          'c_baddate': 'invalid value',
          'c_wrongyear': 'year rule gives',
          'c_pastyear': 'year rule gives',
          'c_future_prev': 'year rule gives',
          'c_the': "leading 'the'",
          'c_poss': 'possessive',
          'c_order': 'first-mention order',
          'c_surface_order': 'first-occurrence order',
          'c_words': 'words field',
          'c_dateline': 'dateline city',
          'c_dateline_date': 'dateline date',
          'c_head': 'generic head',
          'c_site_head_org': 'site head',
          'c_value_on_person': 'carries a value',
          'c_bare_month': 'year rule gives',
          'c_future_month': 'year rule gives',
          'c_year_differs': 'year differs from value',
          'c_inside_only': 'only occurs inside',
          'c_bad_type': 'bad type',
          'c_duplicate': 'duplicate entity',
          'c_punct': 'stray whitespace/punctuation',
          'c_json': 'JSON error'}


def load(root):
    """The set's gold records."""
    with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def find(recs, f, name, typ=None):
    """The record of the article whose file starts with f, and its entity of that name (and type)."""
    r = next(r for r in recs if r["file"].startswith(f))
    return r, next(e for e in r["entities"] if e["name"] == name and (typ is None or e["type"] == typ))


def run(root, recs, tests, expect=None):
    """Runs each test on a fresh copy of recs; a test returning "broken" gets a line of bad JSON first. Exits 1 on a
    miss, or when the clean gold of the set in root does not pass."""
    tmp = os.path.join(root, "scripts", "_corrupt.jsonl")
    fails = 0
    for t in tests:
        rs = copy.deepcopy(recs)
        out = t(rs)
        with open(tmp, "w", encoding="utf-8") as f:
            if out == "broken":
                f.write("{not json\n")
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        p = subprocess.run([sys.executable, CHECK, "--set", root, "--gold", tmp], capture_output=True, text=True)
        errs = [l for l in p.stdout.splitlines() if l.startswith("ERROR")]
        hit = [l for l in errs if expect is None or expect[t.__name__] in l]
        ok = p.returncode != 0 and hit
        fails += not ok
        print(f"{'ok  ' if ok else 'MISS'} {t.__name__}: {hit[0] if hit else (errs[0] if errs else p.stdout[-200:])}")
    os.remove(tmp)
    p = subprocess.run([sys.executable, CHECK, "--set", root], capture_output=True, text=True)
    clean = p.returncode == 0
    print(f"{'ok  ' if clean else 'FAIL'} clean gold.jsonl passes: {p.stdout.strip().splitlines()[-2]}")
    print(f"{len(tests) - fails}/{len(tests)} injected errors caught")
    sys.exit(1 if fails or not clean else 0)
