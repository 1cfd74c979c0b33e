#!/usr/bin/env python3
"""Rewrites a gold set to the site-head convention of 2026-12-03 (docs/tagging.md, Conventions): a place surface
written before a lower-case site head ("Rukban camp", "Kakhovka dam", "Hmeimim air base") takes the head in.

For every LOCATION surface, each of its occurrences in the article (whole words, not inside a longer surface of
another gold entity) gives the form written there: the surface plus its head when one follows, else the surface.
The entity's surfaces become those forms. Prints each change; writes only with --apply. A site that the gold
already lists as an entity of its own keeps that entity. Splitting a site from the town it is named after
("Goma airport" beside the city Goma) is left to the reader: the script prints the cases that hold both forms.

  python3 enrich/tagging/scripts/site-heads-in-gold.py EVAL_DIR [--apply]     (EVAL_DIR holds gold.jsonl, articles/)
"""
import json
import pathlib
import re
import sys

LEXICON = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/io/wirestream/tagging/lexicon"


def words(name):
    """The words of one of the tagger's lexicon files (the same lists the tagger reads)."""
    out = set()
    for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            out.update(line.split())
    return out


HEADS = words("site-heads.txt")
HEADS_AFTER_KIND = words("site-heads-after-kind.txt")


def kind_words():
    return words("site-modifiers.txt")


def head_after(text, end, kinds):
    words = re.match(r"((?: [a-z]+){1,3})", text[end:])
    if not words:
        return None
    parts = words.group(1).split()
    for i, w in enumerate(parts):
        if w in HEADS or (i > 0 and w in HEADS_AFTER_KIND):
            return " " + " ".join(parts[: i + 1])
        if w not in kinds:
            return None
    return None


def main():
    base = pathlib.Path(sys.argv[1])
    apply = "--apply" in sys.argv
    kinds = kind_words()
    out = []
    changed = 0
    for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = (base / "articles" / doc["file"]).read_text(encoding="utf-8")
        surfaces = {s for e in doc["entities"] for s in e["surfaces"]}
        for e in doc["entities"]:
            if e["type"] != "LOCATION":
                continue
            others = [s for x in doc["entities"] if x is not e for s in x["surfaces"]]
            taken = [(m.start(), m.end()) for s in others for m in re.finditer(re.escape(s), text)]
            forms = []
            for s in e["surfaces"]:
                found = []
                for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
                    if any(a <= m.start() and m.end() <= b and (a, b) != (m.start(), m.end()) for a, b in taken):
                        continue  # inside another entity's name ("Zamzam Emergency Room")
                    head = head_after(text, m.end(), kinds)
                    form = s + head if head and (s + head not in surfaces or s + head in e["surfaces"]) else s
                    if form not in found:
                        found.append(form)
                for form in found or [s]:
                    if form not in forms:
                        forms.append(form)
            if forms != e["surfaces"]:
                changed += 1
                both = any(f != s for f in forms for s in forms if f.startswith(s + " "))
                print(f"{doc['file']}: {e['surfaces']} -> {forms}" + ("   (site and bare name: one place?)" if both else ""))
                e["surfaces"] = forms
        out.append(json.dumps(doc, ensure_ascii=False))
    print(f"{changed} entities changed")
    if apply:
        (base / "gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
