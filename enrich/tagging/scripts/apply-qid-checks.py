#!/usr/bin/env python3
"""Rewrites knowledge-base ids to the Wikidata QIDs recorded in kb/qid-checks.tsv.

Each row of the TSV is one checked entity: former id, name, QID, how the QID was checked, Wikidata label.
The former id moves into the entry's "sameAs" (key "ws"), next to the GeoNames id or ISO 3166 code it
carried; the same rewrite is applied to the labelled set's gold ids so the evaluation keeps scoring ids.
Idempotent: an entry that already carries its QID is left as it is.

  python3 enrich/tagging/scripts/apply-qid-checks.py
"""
import csv
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
KB = ROOT / "src/main/resources/io/wirestream/tagging/kb"
GOLD = ROOT / "src/test/resources/io/wirestream/tagging/eval/gold.jsonl"


def checks():
    with open(KB / "qid-checks.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    return {r["former_id"]: r["qid"] for r in rows}


def same_as(former, entry):
    out = dict(entry.get("sameAs", {}))
    m = re.fullmatch(r"ws:geonames:(\d+)", former)
    if m:
        out["geonames"] = m.group(1)
    if entry.get("kind") == "country" and entry.get("country"):
        out["iso3166"] = entry["country"]
    if former.startswith("ws:"):
        out["ws"] = former
    return out


def rewrite(path, mapping, compact):
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith(("#", "//")):
            out.append(line)
            continue
        entry = json.loads(line)
        if entry.get("kind") == "country" and entry.get("country") and "iso3166" not in entry.get("sameAs", {}):
            entry["sameAs"] = {**entry.get("sameAs", {}), "iso3166": entry["country"]}
        new = mapping.get(entry["id"])
        if new and new != entry["id"]:
            former = entry["id"]
            entry["id"] = new
            entry["sameAs"] = same_as(former, entry)
        sep = (",", ":") if compact else (", ", ": ")
        out.append(json.dumps(entry, ensure_ascii=False, separators=sep))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def rewrite_gold(mapping):
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        for former, new in mapping.items():
            line = line.replace('"id":"' + former + '"', '"id":"' + new + '"')
            line = line.replace('"id": "' + former + '"', '"id": "' + new + '"')
        out.append(line)
    GOLD.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    mapping = {k: v for k, v in checks().items() if k != v}
    rewrite(KB / "curated.jsonl", mapping, compact=False)
    rewrite(KB / "geo.jsonl", mapping, compact=True)
    rewrite_gold(mapping)
    print(f"{len(mapping)} ids rewritten to QIDs")
