#!/usr/bin/env python3
"""Annotator b's helper for the en-indian NER dev set (issue 20).

Given a hand-written spec of entity surface forms for one article, find every
whole-word occurrence (longest first, non-overlapping), print the article with
inline marks for proof-reading, and (with --write) store the result as one line
of crates/khabar-eval/data/en-indian/b-{dev,test}.jsonl.

It never looks at khabar's output: the forms come only from the annotator.

Spec file (one per article, UTF-8), one entry per line, '#' starts a comment:
    Narendra Modi<TAB>PER     a surface form and its type (PER ORG LOC MISC);
                              matched case-sensitively as a whole word
    ~the Congress             a blocker: its occurrences claim their text
                              without a mark (e.g. a generic use, or a larger
                              phrase that is not an entity), competing
                              longest-first with the forms
    -1234                     drop the match that starts at code point 1234
    +1234:1240<TAB>LOC        add an explicit span (overrides any match it
                              overlaps)
    =1234<TAB>ORG             retype the match that starts at 1234

Usage:
    mark_b.py ROW [SPEC] [--write] [--plain]   SPEC defaults to b-specs/ROW.spec
    mark_b.py --all                            rebuild b-dev.jsonl and b-test.jsonl from
                                               b-specs/ for every row of annotator b
"""
import csv
import hashlib
import json
import os
import sys
import unicodedata

CSV = "/work/shared/corpus/en-indian-news/train_small.csv"
SOURCE = "en-indian-news/train_small.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "crates", "khabar-eval", "data", "en-indian"))
TYPES = {"PER", "ORG", "LOC", "MISC"}


def load_rows():
    csv.field_size_limit(sys.maxsize)
    with open(CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def is_word(ch):
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def occurrences(text, form):
    out = []
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        left_ok = i == 0 or not is_word(text[i - 1]) or not is_word(form[0])
        right_ok = j == len(text) or not is_word(text[j]) or not is_word(form[-1])
        if left_ok and right_ok:
            out.append((i, j))
        i = text.find(form, i + 1)
    return out


def parse_spec(path):
    forms, blockers, drops, adds, retypes = [], [], set(), [], {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("~"):
                blockers.append(line[1:])
            elif line.startswith("-") and line[1:].strip().isdigit():
                drops.add(int(line[1:]))
            elif line.startswith("+"):
                span, typ = line[1:].split("\t")
                s, e = span.split(":")
                adds.append((int(s), int(e), typ.strip()))
            elif line.startswith("="):
                pos, typ = line[1:].split("\t")
                retypes[int(pos)] = typ.strip()
            else:
                form, typ = line.split("\t")
                typ = typ.strip()
                if typ not in TYPES:
                    sys.exit(f"{path}:{n}: bad type {typ!r}")
                forms.append((form, typ))
    return forms, blockers, drops, adds, retypes


def annotate(text, spec):
    forms, blockers, drops, adds, retypes = spec
    cands = []
    for form, typ in forms:
        for s, e in occurrences(text, form):
            cands.append((s, e, typ))
    for form in blockers:
        for s, e in occurrences(text, form):
            cands.append((s, e, None))
    # longest first, then leftmost
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = [False] * len(text)
    chosen = []
    for s, e, typ in cands:
        if any(taken[s:e]):
            continue
        for k in range(s, e):
            taken[k] = True
        if typ is not None:
            chosen.append((s, e, typ))
    chosen = [c for c in chosen if c[0] not in drops]
    chosen = [(s, e, retypes.get(s, t)) for s, e, t in chosen]
    for s, e, typ in adds:
        if typ not in TYPES:
            sys.exit(f"bad type in add: {typ}")
        chosen = [c for c in chosen if c[1] <= s or c[0] >= e]
        chosen.append((s, e, typ))
    chosen.sort()
    for a, b in zip(chosen, chosen[1:]):
        if a[1] > b[0]:
            sys.exit(f"overlap {a} {b}")
    unused = [f for f, _ in forms if not occurrences(text, f)]
    return chosen, unused


def render(text, ents):
    out, pos = [], 0
    for s, e, t in ents:
        out.append(text[pos:s])
        out.append(f"[[{text[s:e]}|{t}@{s}]]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def half_of(row):
    with open(os.path.join(DATA, "selection.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            rec = dict(zip(head, line.rstrip("\n").split("\t")))
            if rec.get("row", "").strip() == str(row):
                if rec["annotator"].strip() != "b":
                    sys.exit(f"row {row} is annotator {rec['annotator']}'s")
                return rec["half"].strip()
    sys.exit(f"row {row} not in selection.tsv")


def write(row, rec):
    path = os.path.join(DATA, f"b-{half_of(row)}.jsonl")
    lines = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    obj = json.loads(line)
                    lines[obj["row"]] = line.rstrip("\n")
    lines[row] = json.dumps(rec, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as f:
        for r in sorted(lines):
            f.write(lines[r] + "\n")
    return path


SPECS = os.path.join(HERE, "b-specs")


def record(rows, row, ents):
    art = rows[row]["article"]
    return {
        "source": SOURCE,
        "row": row,
        "sha1": hashlib.sha1(art.encode("utf-8")).hexdigest(),
        "date": rows[row]["date"][:10],
        "entities": [{"start": s, "end": e, "type": t, "text": art[s:e]} for s, e, t in ents],
    }


def rebuild_all():
    rows = load_rows()
    out = {"dev": [], "test": []}
    with open(os.path.join(DATA, "selection.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        sel = [dict(zip(head, [x.strip() for x in l.rstrip("\n").split("\t")])) for l in f if l.strip()]
    for rec in sel:
        if rec["annotator"] != "b":
            continue
        row = int(rec["row"])
        path = os.path.join(SPECS, f"{row}.spec")
        if not os.path.exists(path):
            print(f"row {row}: no spec yet")
            continue
        ents, unused = annotate(rows[row]["article"], parse_spec(path))
        if unused:
            print(f"row {row}: unused forms {unused}")
        out[rec["half"]].append(record(rows, row, ents))
    for half, recs in out.items():
        recs.sort(key=lambda r: r["row"])
        with open(os.path.join(DATA, f"b-{half}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"b-{half}.jsonl: {len(recs)} articles")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    if "--all" in flags:
        rebuild_all()
        return
    row = int(args[0])
    spec_path = args[1] if len(args) > 1 else os.path.join(SPECS, f"{row}.spec")
    rows = load_rows()
    art = rows[row]["article"]
    ents, unused = annotate(art, parse_spec(spec_path))
    if "--plain" not in flags:
        print(render(art, ents))
        print("----")
    if unused:
        print("UNUSED FORMS:", unused)
    counts = {}
    for _, _, t in ents:
        counts[t] = counts.get(t, 0) + 1
    print("counts:", counts, "total", len(ents))
    if "--write" in flags:
        print("wrote", write(row, record(rows, row, ents)))


if __name__ == "__main__":
    main()
