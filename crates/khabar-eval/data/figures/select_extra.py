#!/usr/bin/env python3
"""Draws 20 more English dev articles for the figures set (deterministic,
seed 2424), added to the a-dev half only (the b-test half is unchanged).

Candidates: rows of en-indian-news/val_1k.csv not drawn by select.py (in
either half), with an ISO date (not the 1970-01-01 placeholder), 100-400
words and at least three figure cues (the same cue pattern as select.py);
sport and weather rows rarely match the cues, so for them 100-550 words
and two cues.
The topic quota leans on figure-heavy news: business 7, sport 4,
international 3 (foreign currencies), weather/environment 3, politics
(elections) 3. Each topic is shuffled with the seed and its quota taken in
that order, skipping texts that repeat a chosen one (or one of the 40).
Chosen from the CSV's category, length and cue count only, never from
khabar's output.

Usage: python3 select_extra.py [CSV]  -> prints row, topic, half, words, cues (TSV)
"""
import csv, os, random, re, sys

csv.field_size_limit(sys.maxsize)
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/en-indian-news/val_1k.csv"
rows = list(csv.DictReader(open(SRC, encoding="utf-8", newline="")))
used = {int(ln.split("\t")[0]) for ln in open(os.path.join(HERE, "selection-en.tsv"), encoding="utf-8")
        if ln[:1].isdigit()}

CUE = re.compile(
    r"(Rs\.?\s?\d|₹|\$\s?\d|\d[\d,.]*\s*(crore|lakh|million|billion|per\s?cent|%|km|mm|MW|kg|tonnes?|hectares?|acres?|degrees?|°)"
    r"|\b\d[\d,]*\s+(people|persons|voters|seats|votes|runs|wickets|cases|villages|houses|students|workers|farmers|families|candidates|deaths|trains|vehicles)\b)",
    re.I)


def topic(c):
    c = c.lower()
    for keys, t in [(("sport",), "sport"), (("weather", "environment"), "weather"),
                    (("international",), "international"), (("business", "econom", "financ", "stock"), "business"),
                    (("politic", "election"), "politics")]:
        if any(k in c for k in keys):
            return t
    return None


QUOTA = {"business": 7, "sport": 4, "international": 3, "weather": 3, "politics": 3}
cands = {t: [] for t in QUOTA}
for i, r in enumerate(rows):
    t = topic(r["category"])
    w = len(r["article"].split())
    cues = len(CUE.findall(r["article"]))
    rare = t in ("sport", "weather")  # few figure-cued rows: looser bounds
    if (t and i not in used and 100 <= w <= (550 if rare else 400) and cues >= (2 if rare else 3)
            and re.match(r"\d{4}-\d\d-\d\d", r["date"]) and not r["date"].startswith("1970")):
        cands[t].append((i, w, cues))

rng = random.Random(2424)
seen = {re.sub(r"\W+", "", rows[i]["article"].lower())[:400] for i in used}
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
for i, t, w, cues in out:
    print(f"{i}\t{t}\tdev\t{w}\t{cues}")
