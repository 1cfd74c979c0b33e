"""Shared helpers for build_gold.py and check_gold.py (heldout7, heldout8, heldout9, heldout10)."""
import re

BOUND_L = r"(?<![\w])"
BOUND_R = r"(?![\w])"


def occurrences(text, surface):
    """Start/end offsets of `surface` in `text` on word boundaries (case-sensitive)."""
    pat = BOUND_L + re.escape(surface) + BOUND_R
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def all_spans(text, entities):
    """List of (start, end, entity_index, surface) for every surface occurrence."""
    spans = []
    for i, e in enumerate(entities):
        for s in e["surfaces"]:
            for a, b in occurrences(text, s):
                spans.append((a, b, i, s))
    return spans


def free_occurrences(text, entities, idx, surface, spans=None):
    """Occurrences of `surface` (entity idx) not inside a longer surface occurrence (of any entity)."""
    if spans is None:
        spans = all_spans(text, entities)
    out = []
    for a, b in occurrences(text, surface):
        inside = any(sa <= a and b <= sb and (sb - sa) > (b - a)
                     for sa, sb, j, _ in spans)
        if not inside:
            out.append((a, b))
    return out


def first_mention(text, entities, idx, spans=None):
    if spans is None:
        spans = all_spans(text, entities)
    best = None
    for s in entities[idx]["surfaces"]:
        occ = free_occurrences(text, entities, idx, s, spans)
        if occ and (best is None or occ[0][0] < best):
            best = occ[0][0]
    return best


def surface_first(text, entities, idx, surface, spans=None):
    occ = free_occurrences(text, entities, idx, surface, spans)
    return occ[0][0] if occ else None
