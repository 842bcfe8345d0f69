#!/usr/bin/env python3
"""Builds a-dev.jsonl and b-test.jsonl from the drawing and the hand marks.

usage: python3 annotate.py build [CORPUS_DIR]   writes a-dev.jsonl, b-test.jsonl
       python3 annotate.py show N               prints article N with [[text|CLASS]] marks
       python3 annotate.py check                validates both JSONL files

marks-a.txt / marks-b.txt hold, per article ("## N" in drawing order within
the half, 1-15), the event mentions in text order, one a line:
`text<TAB>CLASS`. The text is found whole-word after the previous mark's
end; `before[[text]]after` finds the whole string and marks only the part
in brackets (to skip an earlier occurrence that is no event). CLASS is
O, R, S, A, IA, IS, P (OCCURRENCE, REPORTING, STATE, ASPECTUAL, I_ACTION,
I_STATE, PERCEPTION). Every mark was decided by reading; nothing comes
from khabar.
"""
import hashlib, json, os, re, sys
from draw import draw, default_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = {"O": "OCCURRENCE", "R": "REPORTING", "S": "STATE", "A": "ASPECTUAL",
           "IA": "I_ACTION", "IS": "I_STATE", "P": "PERCEPTION"}

def inword(c):
    # Letters, digits, Devanagari signs (matras, virama, nukta, anusvara) and joiners.
    return c.isalnum() or ("\u0900" <= c <= "\u097f" and c not in "\u0964\u0965\u0970") or c in "\u200c\u200d"

def find(text, pat, frm):
    i = frm
    while True:
        i = text.find(pat, i)
        if i < 0:
            return -1
        e = i + len(pat)
        if (i == 0 or not inword(text[i - 1])) and (e == len(text) or not inword(text[e])):
            return i
        i += 1

def read_marks(path):
    marks, cur = {}, None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            cur = int(line[3:].split()[0])
            marks[cur] = []
            continue
        text, cls = line.split("\t")
        marks[cur].append((text, CLASSES[cls]))
    return marks

def events_of(art, items):
    text, pos, out = art["text"], 0, []
    for spec, cls in items:
        m = re.fullmatch(r"(.*)\[\[(.+)\]\](.*)", spec)
        before, word, after = (m.group(1), m.group(2), m.group(3)) if m else ("", spec, "")
        i = find(text, before + word + after, pos)
        if i < 0:
            raise SystemExit(f"{art['source']}: {spec!r} not found after {pos}")
        s = i + len(before)
        e = s + len(word)
        out.append({"start": s, "end": e, "class": cls, "text": text[s:e]})
        pos = e
    return out

def build(corpus):
    arts = draw(corpus)
    for half, name in (("a", "a-dev.jsonl"), ("b", "b-test.jsonl")):
        path = os.path.join(HERE, f"marks-{half}.txt")
        if not os.path.exists(path):
            continue
        marks = read_marks(path)
        rows = []
        for n, art in enumerate([a for a in arts if a["half"] == half], 1):
            if n not in marks:
                raise SystemExit(f"{path}: no marks for article {n}")
            rows.append({"source": art["source"], "start": art["start"], "end": art["end"],
                         "sha1": art["sha1"], "date": art["date"],
                         "events": events_of(art, marks[n])})
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} articles, {sum(len(r['events']) for r in rows)} events")

def check(corpus):
    for name in ("a-dev.jsonl", "b-test.jsonl"):
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            text = open(os.path.join(corpus, r["source"]), encoding="utf-8").read()[r["start"]:r["end"]]
            assert hashlib.sha1(text.encode()).hexdigest() == r["sha1"], r["source"]
            last = 0
            for e in r["events"]:
                assert text[e["start"]:e["end"]] == e["text"], e
                assert e["start"] >= last, ("overlap or order", e)
                assert e["class"] in CLASSES.values(), e
                last = e["end"]
        print(f"{name}: ok")

def show(n, half):
    art = [a for a in draw(default_corpus()) if a["half"] == half][n - 1]
    marks = read_marks(os.path.join(HERE, f"marks-{half}.txt")).get(n, [])
    text, out, pos = art["text"], [], 0
    for e in events_of(art, marks):
        out.append(text[pos:e["start"]] + f"[[{e['text']}|{e['class']}]]")
        pos = e["end"]
    print(art["source"])
    print("".join(out) + text[pos:])

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "build":
        build(sys.argv[2] if len(sys.argv) > 2 else default_corpus())
    elif cmd == "check":
        check(default_corpus())
    elif cmd == "show":
        show(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "a")
