#!/usr/bin/env python3
"""Helper for khabar's hand-annotated Hindi NER set (crates/khabar-eval/data/hi-indian).

The annotator reads each article and writes a spec (tools/annotate/hi-specs/NN.spec):

    source: Dainik Jagran/DJ-2020-MAY/DJ-2020-MAY-05.txt   (path under corpus/hi-news-2020)
    lines: 13 23          (first and last line index of the article, inclusive)
    topic: crime
    half: dev             (written once the halves were drawn; build keeps it)
    PER<TAB>दिनेश कुमार            (TAB or 2+ spaces separate columns) every whole-word occurrence is a mention
    LOC<TAB>गंगा<TAB>1,3           only occurrences 1 and 3 (1-based, counted among free matches)
    -<TAB>गंगा इंटरनेशनल           block: matched (longest first) but not a mention

This script only finds the strings the annotator listed; it knows no names itself.

Commands:
    lines FILE [FROM TO]   print the file's lines with index, word count and code-point offset
    show SPEC...           print the article with inline [[text|TYPE]] marks and warnings
    build                  write dev.jsonl / test.jsonl from all specs
    check JSONL...         validate offsets, text equality, sha1, order, overlap
    candidates FILE...     list headline-like lines (short, no final danda, a long paragraph next)
                           with the line range and word count up to the next one: where to read
"""
import hashlib, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.environ.get("HI_CORPUS", "/work/shared/corpus/hi-news-2020")
SPECS = os.path.join(ROOT, "tools/annotate/hi-specs")
OUT = os.path.join(ROOT, "crates/khabar-eval/data/hi-indian")
TYPES = {"PER", "ORG", "LOC", "MISC"}
MONTHS = {"MAR": 3, "APR": 4, "ARP": 4, "MAY": 5}


def is_word(c):
    # letters, marks (matras, virama, nukta, anusvara), digits, ZWJ/ZWNJ are inside a word
    return unicodedata.category(c)[0] in "LMN" or c in "\u200c\u200d"


def read(path):
    with open(os.path.join(CORPUS, path), encoding="utf-8") as f:
        return f.read()


def date_of(path):
    m = re.search(r"-(\d{4})-([A-Z]{3})-(\d{2})\.txt$", path)
    return "%s-%02d-%s" % (m.group(1), MONTHS[m.group(2)], m.group(3))


def parse_spec(p):
    spec = {"entries": [], "name": os.path.basename(p)}
    for raw in open(p, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"(source|lines|topic|half):\s*(.*)$", line)
        if m:
            spec[m.group(1)] = m.group(2).strip()
            continue
        parts = re.split(r"\t| {2,}", line)
        typ, s = parts[0].strip(), parts[1]
        glued = typ.endswith("*")  # TYPE* : also inside a word (text glued by the source: "भाजपाउधर")
        typ = typ.rstrip("*")
        if typ not in TYPES and typ != "-":
            raise SystemExit("%s: bad type in %r" % (p, line))
        occ = None
        if len(parts) > 2 and parts[2].strip():
            occ = {int(x) for x in parts[2].split(",")}
        spec["entries"].append((typ, s, occ, glued))
    return spec


def article(spec):
    text = read(spec["source"])
    a, b = map(int, spec["lines"].split())
    offs, pos = [], 0
    lines = text.split("\n")
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    cs = offs[a]
    while text[cs].isspace():
        cs += 1
    ce = offs[b] + len(lines[b])
    while text[ce - 1].isspace():
        ce -= 1
    return text, cs, ce


# Devanagari letters with nukta exist precomposed (U+0958..U+095F) and as base + U+093C;
# the corpus has both, so a listed string matches either spelling.
NUKTA = {unicodedata.normalize("NFD", chr(c)): chr(c) for c in range(0x958, 0x960)}


def pattern(s):
    s = unicodedata.normalize("NFD", s.replace("\u200c", "").replace("\u200d", ""))
    parts, i = [], 0
    while i < len(s):
        pair = s[i:i + 2]
        if pair in NUKTA:
            parts.append("(?:%s|%s)" % (re.escape(pair), NUKTA[pair]))
            i += 2
        else:
            parts.append(re.escape(s[i]))
            i += 1
    return "[\u200c\u200d]?".join(parts)


def find(art, entries):
    """Whole-word occurrences, longest string first, never overlapping."""
    taken = [False] * len(art)
    found, unused = [], []
    for typ, s, occ, glued in sorted(entries, key=lambda e: -len(e[1])):
        n, hits, i = 0, 0, 0
        # the article may carry ZWJ/ZWNJ inside a word (दिल्‍ली); the listed string need not
        pat = re.compile(pattern(s))
        while True:
            m = pat.search(art, i)
            if not m:
                break
            i, j = m.start(), m.end()
            ok = glued or (i == 0 or not is_word(art[i - 1])) and (j == len(art) or not is_word(art[j]))
            if ok and not any(taken[i:j]):
                n += 1
                if occ is None or n in occ:
                    hits += 1
                    for k in range(i, j):
                        taken[k] = True
                    if typ != "-":
                        found.append((i, j, typ, s))
                i = j
            else:
                i += 1
        if hits == 0:
            unused.append((typ, s))
    found.sort()
    return found, unused


def show(path):
    spec = parse_spec(path)
    text, cs, ce = article(spec)
    art = text[cs:ce]
    ents, unused = find(art, spec["entries"])
    out, last = [], 0
    for s, e, t, _ in ents:
        out.append(art[last:s])
        out.append("[[%s|%s]]" % (art[s:e], t))
        last = e
    out.append(art[last:])
    print("== %s  %s  %s  words=%d  mentions=%d" % (spec["name"], spec["source"], date_of(spec["source"]),
                                                  len(art.split()), len(ents)))
    print("".join(out))
    for u in unused:
        print("!! unused entry", u)
    print()


def record(spec):
    text, cs, ce = article(spec)
    art = text[cs:ce]
    ents, _ = find(art, spec["entries"])
    return {
        "source": "hi-news-2020/" + spec["source"],
        "start": cs,
        "end": ce,
        "sha1": hashlib.sha1(art.encode("utf-8")).hexdigest(),
        "date": date_of(spec["source"]),
        "entities": [{"start": s, "end": e, "type": t, "text": art[s:e]} for s, e, t, _ in ents],
    }


def build():
    specs = [parse_spec(os.path.join(SPECS, f)) for f in sorted(os.listdir(SPECS)) if f.endswith(".spec")]
    by_paper = {}
    for sp in specs:
        by_paper.setdefault(sp["source"].split("/")[0], []).append(sp)
    dev, test = [], []
    for paper in sorted(by_paper):
        # within each paper, in date order, alternate dev, test, dev, ...
        for k, sp in enumerate(sorted(by_paper[paper], key=lambda s: (date_of(s["source"]), s["name"]))):
            # a spec that already says its half keeps it (the test half is frozen)
            drawn = "dev" if k % 2 == 0 else "test"
            half = dev if sp.get("half", drawn) == "dev" else test
            half.append(record(sp))
            if "-v" in sys.argv:
                print(sp["name"], "dev" if half is dev else "test", paper, date_of(sp["source"]))
    for name, rows in (("dev", dev), ("test", test)):
        rows.sort(key=lambda r: (r["date"], r["source"], r["start"]))
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows), "articles", sum(len(r["entities"]) for r in rows), "mentions")


def check(paths):
    bad = 0
    counts = {}
    seen = set()
    for p in paths:
        for n, line in enumerate(open(p, encoding="utf-8"), 1):
            r = json.loads(line)
            where = "%s:%d" % (p, n)
            assert r["source"].startswith("hi-news-2020/"), where
            text = read(r["source"][len("hi-news-2020/"):])
            art = text[r["start"]:r["end"]]
            key = (r["source"], r["start"])
            if key in seen:
                print(where, "duplicate article"); bad += 1
            seen.add(key)
            if hashlib.sha1(art.encode("utf-8")).hexdigest() != r["sha1"]:
                print(where, "sha1 mismatch"); bad += 1
            if r["date"] != date_of(r["source"]):
                print(where, "date mismatch"); bad += 1
            last = 0
            for e in r["entities"]:
                if e["type"] not in TYPES:
                    print(where, "bad type", e); bad += 1
                if art[e["start"]:e["end"]] != e["text"]:
                    print(where, "text mismatch", e); bad += 1
                if e["start"] < last or e["start"] >= e["end"]:
                    print(where, "unsorted/overlap/empty", e); bad += 1
                if e["text"] != e["text"].strip():
                    print(where, "whitespace at edge", e); bad += 1
                s, t = e["start"], e["end"]
                if (s > 0 and is_word(art[s - 1])) or (t < len(art) and is_word(art[t])):
                    print(where, "note: not at word edge", e)
                last = e["end"]
                counts[e["type"]] = counts.get(e["type"], 0) + 1
        print(p, "ok" if not bad else "ERRORS")
    print("mentions per type:", counts, "total", sum(counts.values()))
    return bad


def lines(path, a=None, b=None):
    text = read(path)
    pos = 0
    for i, ln in enumerate(text.split("\n")):
        if (a is None or a <= i <= b) and ln.strip():
            print("%4d %4dw @%d  %s" % (i, len(ln.split()), pos, ln if a is not None else ln[:120]))
        pos += len(ln) + 1


def candidates(paths):
    for path in paths:
        ls = read(path).split("\n")
        idx = [i for i, ln in enumerate(ls) if ln.strip()]
        heads = [i for k, i in enumerate(idx)
                 if len(ls[i].split()) <= 22 and not ls[i].rstrip().endswith(("।", "."))
                 and k + 1 < len(idx) and len(ls[idx[k + 1]].split()) > 25]
        for a, h in enumerate(heads):
            end = heads[a + 1] - 1 if a + 1 < len(heads) else len(ls) - 1
            wc = sum(len(ls[i].split()) for i in range(h, end + 1))
            print("%s %d %d %dw %s" % (os.path.basename(path), h, end, wc, ls[h][:80]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "lines":
        lines(args[0], *(map(int, args[1:3]) if len(args) > 1 else ()))
    elif cmd == "show":
        for a in args:
            show(a)
    elif cmd == "build":
        build()
    elif cmd == "candidates":
        candidates(args)
    elif cmd == "check":
        sys.exit(1 if check(args) else 0)
    else:
        raise SystemExit(__doc__)
