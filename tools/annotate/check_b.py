#!/usr/bin/env python3
"""Validate annotator b's en-indian NER files: JSON shape, sha1 of the article,
date, offsets (code points), text == article[start:end], sorted, no overlap,
types, and that each row is b's in selection.tsv with the right half.

Usage: check_b.py [FILE...]   (default: b-dev.jsonl and b-test.jsonl)
Exit status 1 on any problem."""
import csv
import hashlib
import json
import os
import sys

CSV = "/work/shared/corpus/en-indian-news/train_small.csv"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "crates", "khabar-eval", "data", "en-indian"))
TYPES = {"PER", "ORG", "LOC", "MISC"}


def main():
    csv.field_size_limit(sys.maxsize)
    with open(CSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    sel = {}
    with open(os.path.join(DATA, "selection.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.strip():
                rec = dict(zip(head, [x.strip() for x in line.rstrip("\n").split("\t")]))
                sel[int(rec["row"])] = rec
    files = sys.argv[1:] or [os.path.join(DATA, f"b-{h}.jsonl") for h in ("dev", "test")]
    bad = 0
    total = {}
    n_art = 0
    seen = set()

    def err(msg):
        nonlocal bad
        bad += 1
        print("ERROR", msg)

    for path in files:
        if not os.path.exists(path):
            continue
        half = os.path.basename(path).split("-")[1].split(".")[0]
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{os.path.basename(path)}:{ln}"
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    err(f"{where}: not JSON: {e}")
                    continue
                if set(obj) != {"source", "row", "sha1", "date", "entities"}:
                    err(f"{where}: keys {sorted(obj)}")
                row = obj.get("row")
                if row in seen:
                    err(f"{where}: row {row} twice")
                seen.add(row)
                if obj.get("source") != "en-indian-news/train_small.csv":
                    err(f"{where}: source")
                if not isinstance(row, int) or not 0 <= row < len(rows):
                    err(f"{where}: row {row}")
                    continue
                s = sel.get(row)
                if s is None or s["annotator"] != "b" or s["half"] != half:
                    err(f"{where}: row {row} is not b's {half} row ({s})")
                art = rows[row]["article"]
                if obj["sha1"] != hashlib.sha1(art.encode("utf-8")).hexdigest():
                    err(f"{where}: sha1")
                if obj["date"] != rows[row]["date"][:10]:
                    err(f"{where}: date {obj['date']}")
                prev_end = 0
                prev = None
                for ent in obj["entities"]:
                    st, en, ty, tx = ent.get("start"), ent.get("end"), ent.get("type"), ent.get("text")
                    if set(ent) != {"start", "end", "type", "text"}:
                        err(f"{where}: entity keys {ent}")
                    if ty not in TYPES:
                        err(f"{where}: type {ent}")
                    if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(art)):
                        err(f"{where}: offsets {ent}")
                        continue
                    if art[st:en] != tx:
                        err(f"{where}: text {ent} vs {art[st:en]!r}")
                    if tx != tx.strip():
                        err(f"{where}: whitespace at edge {ent}")
                    if prev is not None and (st, en) <= prev:
                        err(f"{where}: not sorted at {ent}")
                    if st < prev_end:
                        err(f"{where}: overlap at {ent}")
                    prev, prev_end = (st, en), en
                    total[ty] = total.get(ty, 0) + 1
                n_art += 1
    mine = sorted(r for r, s in sel.items() if s["annotator"] == "b")
    missing = [r for r in mine if r not in seen]
    print(f"articles {n_art}, mentions {sum(total.values())}, per type {dict(sorted(total.items()))}")
    if missing:
        print(f"b rows not yet annotated: {missing}")
    if bad:
        print(f"{bad} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
