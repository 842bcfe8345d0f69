#!/usr/bin/env python3
"""Draws the hi-events articles from hi-news-2020 reproducibly (seed 25).

usage: python3 draw.py [CORPUS_DIR]   (default: ../shared/corpus beside the repo)

Prints one JSON object a line: half, source, start, end (code points of the
file read as UTF-8), sha1, date, text. The annotation (annotate.py) reads
this drawing; the drawing never changes once annotated.

How: per paper, the day files sorted by name are shuffled with
random.Random(25); the first six files of each paper are used, files 1-3
for the dev half (a) and 4-6 for the frozen half (b). In a file, a
candidate article starts at a headline (a non-empty line of 4-30 words
that does not end with a danda or full stop, followed within two lines by
a body line of 40+ words) and is cut after the sentence (danda, "." for
Prabhat Khabar) in which the 70th body word falls: an article lead of
about 70-130 words, short enough to mark every event by hand. Candidates
with a live-blog time stamp, an "इसे भी" related-story line, or a lead
over 160 words are skipped. One candidate per file is drawn with the same
random generator.
"""
import hashlib, json, os, random, re, sys

PAPERS = ["Amar Ujala", "Dainik Hindustan", "Dainik Jagran", "Navbharat Times", "Prabhat Khabar"]
MONTH = {"MAR": "03", "APR": "04", "ARP": "04", "MAY": "05"}

def date_of(name):
    m = re.search(r"-2020-([A-Z]{3})-(\d\d)", name)
    return f"2020-{MONTH[m.group(1)]}-{m.group(2)}"

def candidates(text):
    lines = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    out = []
    for i, (s, ln) in enumerate(lines):
        head = ln.strip()
        words = head.split()
        if not (4 <= len(words) <= 30) or head[-1] in "।.|":
            continue
        if re.search(r"\d\d:\d\d (AM|PM)", head) or "इसे भी" in head:
            continue
        body = None
        for j in (i + 1, i + 2):
            if j < len(lines) and len(lines[j][1].split()) >= 40:
                body = j
                break
            if j < len(lines) and lines[j][1].strip():
                break
        if body is None:
            continue
        start = s + (len(ln) - len(ln.lstrip()))
        # Cut after the sentence holding the 70th body word.
        bs, bl = lines[body]
        count = 0
        cut = None
        for m in re.finditer(r"\S+", bl):
            count += 1
            if count >= 70:
                k = re.compile(r"[।|]|\.(\s|$)").search(bl, m.start())
                if k:
                    cut = bs + k.start() + 1
                break
        if cut is None:
            continue
        art = text[start:cut]
        if len(art.split()) > 160 or re.search(r"\d\d:\d\d (AM|PM)|इसे भी", art):
            continue
        out.append((start, cut))
    return out

def draw(corpus):
    """The 30 drawn articles, as dicts, in drawing order."""
    out = []
    rng = random.Random(25)
    for paper in PAPERS:
        root = os.path.join(corpus, "hi-news-2020", paper)
        files = sorted(os.path.join(d, f) for d in os.listdir(root) for f in os.listdir(os.path.join(root, d)))
        rng.shuffle(files)
        taken = 0
        for rel in files:
            if taken == 6:
                break
            text = open(os.path.join(root, rel), encoding="utf-8").read()
            cands = candidates(text)
            if not cands:
                continue
            s, e = rng.choice(cands)
            art = text[s:e]
            out.append({
                "half": "a" if taken < 3 else "b",
                "source": f"hi-news-2020/{paper}/{rel}",
                "start": s, "end": e,
                "sha1": hashlib.sha1(art.encode("utf-8")).hexdigest(),
                "date": date_of(rel), "text": art,
            })
            taken += 1
    return out

def default_corpus():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get("KHABAR_CORPUS") or os.path.join(here, "../../../../../shared/corpus")

if __name__ == "__main__":
    for d in draw(sys.argv[1] if len(sys.argv) > 1 else default_corpus()):
        print(json.dumps(d, ensure_ascii=False))
