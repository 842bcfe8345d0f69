#!/usr/bin/env python3
"""Draws the English articles of the figures dev set (deterministic, seed 24).

Candidates: rows of en-indian-news/val_1k.csv with an ISO date (not the
1970-01-01 placeholder), 120-450 words (short enough to read every number),
not already in the en-indian NER set, and with at least three figure cues
(currency, crore/lakh/million/billion, per cent/%, a number before a unit or
a plural noun). Each topic (by the CSV's category) is shuffled with a fixed
seed and its quota taken in that order, skipping texts that repeat a chosen
one; over the whole list the half alternates dev (a) / test (b).

Usage: python3 select.py [CSV]  -> prints row, topic, half, words, cues (TSV)
"""
import csv, random, re, sys

csv.field_size_limit(sys.maxsize)
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/en-indian-news/val_1k.csv"
rows = list(csv.DictReader(open(SRC, encoding="utf-8", newline="")))

CUE = re.compile(
    r"(Rs\.?\s?\d|₹|\$\s?\d|\d[\d,.]*\s*(crore|lakh|million|billion|per\s?cent|%|km|mm|MW|kg|tonnes?|hectares?|acres?|degrees?|°)"
    r"|\b\d[\d,]*\s+(people|persons|voters|seats|votes|runs|wickets|cases|villages|houses|students|workers|farmers|families|candidates|deaths|trains|vehicles)\b)",
    re.I)


def topic(c):
    c = c.lower()
    for keys, t in [(("sport",), "sport"), (("weather", "environment", "accident"), "weather"),
                    (("crime", "law", "terror"), "crime"), (("business", "econom", "financ"), "business"),
                    (("politic", "election"), "politics"), (("national", "local"), "national")]:
        if any(k in c for k in keys):
            return t
    return None


QUOTA = {"business": 10, "politics": 8, "crime": 7, "weather": 5, "sport": 5, "national": 5}
cands = {t: [] for t in QUOTA}
for i, r in enumerate(rows):
    t = topic(r["category"])
    w = len(r["article"].split())
    cues = len(CUE.findall(r["article"]))
    if (t and 100 <= w <= 500 and cues >= 3
            and re.match(r"\d{4}-\d\d-\d\d", r["date"]) and not r["date"].startswith("1970")):
        cands[t].append((i, w, cues))

rng = random.Random(24)
seen = set()
out = []
for t, q in QUOTA.items():
    pool = sorted(cands[t])
    rng.shuffle(pool)
    picked = []
    for i, w, cues in pool:
        key = re.sub(r"\W+", "", rows[i]["article"].lower())[:400]
        if key in seen:
            continue
        seen.add(key)
        picked.append((i, w, cues))
        if len(picked) == q:
            break
    for i, w, cues in sorted(picked):
        out.append((i, t, w, cues))

print("row\ttopic\thalf\twords\tcues")
for g, (i, t, w, cues) in enumerate(out):
    print(f"{i}\t{t}\t{'dev' if g % 2 == 0 else 'test'}\t{w}\t{cues}")
