#!/usr/bin/env python3
"""Draws the Hindi articles of the figures dev set (deterministic, seed 24).

hi-news-2020 files are a day's crawl of one paper, stories one after another.
A candidate story is a headline line (3-30 words, not a "यह भी पढ़ें" /
"इसे भी देखें" pointer) followed by one or more body lines of 30 or more words;
it ends before the next short line (the next headline or a subhead), so a
story with subheads is cut at its first subhead. The article is the
code-point range from the headline's first character to the last body
line's last non-blank character, as the hi-indian set cuts them.
Candidates have 80-350 words and at least four figure cues (रुपये, करोड़,
लाख, फीसदी, प्रतिशत, %, a digit before a unit or a noun); each paper is
shuffled with a fixed seed, four stories taken (at most one a file), and
over the list (papers in name order) the half alternates dev (a) / test (b).

Usage: python3 select_hi.py [CORPUS_DIR]  -> TSV: source, start, end, date, half, words, cues
"""
import json, os, random, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
BASE = os.path.join(ROOT, "hi-news-2020")
CUE = re.compile(r"(रुपये|रुपए|करोड़|लाख|फीसदी|प्रतिशत|%|\d[\d,.]*\s*(किमी|किलोमीटर|मिमी|डिग्री|टन|किलो|हेक्टेयर|लोगों|मरीज|मामले|मामलों|अंक))")
MONTHS = {"MAR": "03", "APR": "04", "ARP": "04", "MAY": "05"}


def stories(text):
    lines = text.split("\n")
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    i = 0
    while i < len(lines):
        h = lines[i].strip()
        nw = len(h.split())
        if 3 <= nw <= 30 and not re.match(r"(यह भी पढ़ें|इसे भी|पढ़ें)", h):
            j, body = i + 1, []
            while j < len(lines):
                w = len(lines[j].split())
                if w == 0:
                    j += 1
                    continue
                if w >= 30:
                    body.append(j)
                    j += 1
                    continue
                break
            if body:
                last = body[-1]
                start = offs[i] + (len(lines[i]) - len(lines[i].lstrip()))
                end = offs[last] + len(lines[last].rstrip())
                yield start, end
                i = j
                continue
        i += 1


# Stories overlapping an article of the hi-indian NER set are left out, so
# that no text is shared between that set and this one.
HERE = os.path.dirname(os.path.abspath(__file__))
ner = []
for half in ("dev", "test"):
    with open(os.path.join(HERE, "..", "hi-indian", half + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            ner.append((d["source"], d["start"], d["end"]))

out = []
for paper in sorted(os.listdir(BASE)):
    pdir = os.path.join(BASE, paper)
    if not os.path.isdir(pdir):
        continue
    cands = []
    for month in sorted(os.listdir(pdir)):
        for fn in sorted(os.listdir(os.path.join(pdir, month))):
            m = re.match(r"[A-Z]+-(\d{4})-([A-Z]{3})-(\d\d)\.txt$", fn)
            if not m:
                continue
            date = f"{m.group(1)}-{MONTHS[m.group(2)]}-{m.group(3)}"
            text = open(os.path.join(pdir, month, fn), encoding="utf-8", newline="").read()
            for s, e in stories(text):
                art = text[s:e]
                w, cues = len(art.split()), len(CUE.findall(art))
                src = f"hi-news-2020/{paper}/{month}/{fn}"
                if any(n[0] == src and s < n[2] and n[1] < e for n in ner):
                    continue
                if 80 <= w <= 350 and cues >= 4:
                    cands.append((src, s, e, date, w, cues))
    rng = random.Random(24)
    rng.shuffle(cands)
    taken, files = [], set()
    for c in cands:
        if c[0] in files:
            continue
        files.add(c[0])
        taken.append(c)
        if len(taken) == 4:
            break
    out.extend(sorted(taken))

print("source\tstart\tend\tdate\thalf\twords\tcues")
for g, (src, s, e, date, w, cues) in enumerate(out):
    print(f"{src}\t{s}\t{e}\t{date}\t{'dev' if g % 2 == 0 else 'test'}\t{w}\t{cues}")
