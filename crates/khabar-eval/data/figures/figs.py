#!/usr/bin/env python3
"""Builds and checks the figures gold (a-dev.jsonl, b-test.jsonl) from the
hand-written specs in specs/.

One spec per article, `specs/en-<row>.spec` or `specs/hi-<NN>.spec`; a
spec's first lines name the article (`source:`, `row:` or `start:`/`end:`,
`date:`, `half:`), then one figure a line, in the order they occur:

    TEXT | KIND | VALUE | UNIT | FLAGS

TEXT is the span as written; it is looked up from the end of the previous
figure on, as a whole token (no digit glued to a digit, nor letter to letter, on
either side), so
repeats are simply listed again; `\\n` in TEXT is a line break. KIND is money, percent, quantity or count;
VALUE a number (1.5e10, 2500); UNIT an ISO 4217 code, a unit symbol, or
`-` for none; FLAGS `~` (approx), `to=N` (range end) and `skip=K` (pass
over K occurrences that are not figures), space-separated.

Commands:
  show SPEC        the article with [[span]] marks, and every digit or
                   number word left unmarked (to re-read for misses)
  build            write a-dev.jsonl and b-test.jsonl from all specs
  check FILE...    validate JSONL lines against the corpus (text == slice,
                   no overlaps, sorted, SHA-1, kinds and units)
"""
import csv, glob, hashlib, json, os, re, sys

csv.field_size_limit(sys.maxsize)
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("KHABAR_CORPUS") or os.path.join(HERE, "..", "..", "..", "..", "..", "shared", "corpus")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/shared/corpus"
KINDS = {"money", "percent", "quantity", "count"}
_csv = {}


def article(meta):
    path = os.path.join(CORPUS, meta["source"])
    if "row" in meta:
        if path not in _csv:
            _csv[path] = [r["article"] for r in csv.DictReader(open(path, encoding="utf-8", newline=""))]
        return _csv[path][int(meta["row"])]
    text = open(path, encoding="utf-8", newline="").read()
    return text[int(meta["start"]):int(meta["end"])]


def parse_spec(path):
    meta, figs = {}, []
    for ln in open(path, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        m = re.match(r"(source|row|start|end|date|half|lang|topic):\s*(.*)$", ln)
        if m and " | " not in ln:
            meta[m.group(1)] = m.group(2).strip()
            continue
        parts = [p.strip() for p in ln.split(" | ")]
        if len(parts) < 4:
            raise SystemExit(f"{path}: bad line {ln!r}")
        text, kind, value, unit = parts[:4]
        text = text.replace("\\n", "\n")
        flags = parts[4].split() if len(parts) > 4 else []
        figs.append((text, kind, value, unit, flags))
    return meta, figs


def is_word(c):
    return c.isalnum() or c in "\u0900\u0901\u0902\u0903\u093c\u094d\u200c\u200d" or "\u093e" <= c <= "\u094c"


def glued(a, b):
    """Whether two adjacent characters belong to one token: digit to digit,
    or letter to letter (Devanagari signs count as letters). A digit glued to
    a letter ("8,500से", "USD70") is a token edge: the source glues them."""
    if a.isdigit() or b.isdigit():
        return a.isdigit() and b.isdigit()
    return is_word(a) and is_word(b)


def locate(path, text, figs):
    out, pos = [], 0
    for t, kind, value, unit, flags in figs:
        skip = sum(int(fl[5:]) for fl in flags if fl.startswith("skip="))
        i = text.find(t, pos)
        while i >= 0 and ((i > 0 and glued(text[i - 1], t[0]))
                          or (i + len(t) < len(text) and glued(text[i + len(t)], t[-1]))):
            i = text.find(t, i + 1)
        while skip > 0 and i >= 0:
            skip -= 1
            i = text.find(t, i + 1)
            while i >= 0 and ((i > 0 and glued(text[i - 1], t[0]))
                              or (i + len(t) < len(text) and glued(text[i + len(t)], t[-1]))):
                i = text.find(t, i + 1)
        if i < 0:
            raise SystemExit(f"{path}: {t!r} not found after offset {pos}")
        if kind not in KINDS:
            raise SystemExit(f"{path}: {t!r}: unknown kind {kind}")
        f = {"start": i, "end": i + len(t), "text": t, "kind": kind, "value": float(value),
             "unit": None if unit == "-" else unit, "approx": "~" in flags}
        for fl in flags:
            if fl.startswith("to="):
                f["range_to"] = float(fl[3:])
        for k in ("value", "range_to"):
            if k in f and f[k] == int(f[k]) and abs(f[k]) < 1e15:
                f[k] = int(f[k])
        out.append(f)
        pos = i + len(t)
    return out


NUM = re.compile(r"\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|crore|lakh)\b"
                 r"|(एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|पचास|सौ|हजार|हज़ार|लाख|करोड़|ढाई|डेढ़|आधा|दर्जन)(?![\u093e-\u094d\u0900-\u0903\u093c])", re.I)


def show(path):
    meta, figs = parse_spec(path)
    text = article(meta)
    spans = locate(path, text, figs)
    out, last = [], 0
    for s in spans:
        out.append(text[last:s["start"]])
        extra = ("~" if s["approx"] else "") + (f"..{s['range_to']}" if "range_to" in s else "")
        out.append(f"[[{s['text']}|{s['kind']} {s['value']} {s['unit'] or ''}{extra}]]")
        last = s["end"]
    out.append(text[last:])
    print("".join(out))
    print("\n--- unmarked numbers:")
    covered = [(s["start"], s["end"]) for s in spans]
    for m in NUM.finditer(text):
        if not any(a <= m.start() < b for a, b in covered):
            a = max(0, m.start() - 30)
            print(f"  @{m.start()}: …{text[a:m.end() + 30]}…".replace("\n", " "))


def line_of(path):
    meta, figs = parse_spec(path)
    text = article(meta)
    spans = locate(path, text, figs)
    d = {"source": meta["source"]}
    if "row" in meta:
        d["row"] = int(meta["row"])
    else:
        d["start"], d["end"] = int(meta["start"]), int(meta["end"])
    d["lang"] = meta["lang"]
    d["sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest()
    d["date"] = meta["date"]
    d["figures"] = spans
    return meta["half"], d


def build():
    halves = {"dev": [], "test": []}
    for p in sorted(glob.glob(os.path.join(HERE, "specs", "*.spec"))):
        half, d = line_of(p)
        halves[half].append((d["lang"], d["source"], d.get("row", 0), d.get("start", 0), d))
    for half, name in (("dev", "a-dev.jsonl"), ("test", "b-test.jsonl")):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for *_, d in sorted(halves[half], key=lambda x: x[:4]):
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(name, len(halves[half]), "articles", sum(len(x[-1]["figures"]) for x in halves[half]), "figures")


def check(files):
    bad = 0
    for fn in files:
        for n, ln in enumerate(open(fn, encoding="utf-8"), 1):
            d = json.loads(ln)
            text = article(d)
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != d["sha1"]:
                print(f"{fn}:{n}: SHA-1 differs"); bad += 1
            last = 0
            for f in d["figures"]:
                if text[f["start"]:f["end"]] != f["text"]:
                    print(f"{fn}:{n}: {f['text']!r} is not the slice"); bad += 1
                if f["start"] < last:
                    print(f"{fn}:{n}: {f['text']!r} overlaps or is out of order"); bad += 1
                if f["kind"] not in KINDS:
                    print(f"{fn}:{n}: kind {f['kind']}"); bad += 1
                last = f["end"]
    print("ok" if not bad else f"{bad} problems")
    return bad


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "show":
        show(sys.argv[2])
    elif cmd == "build":
        build()
    elif cmd == "check":
        sys.exit(1 if check(sys.argv[2:]) else 0)
    else:
        print(__doc__)
