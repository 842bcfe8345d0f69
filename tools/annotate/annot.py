#!/usr/bin/env python3
"""Entity annotation helper for khabar-eval/data/en-indian (hand annotation, no system output).

Spec file tools/annotate/en/<row>.spec, one entry per line:
    PER Girish Mahajan        every whole-word, case-sensitive occurrence is a PER mention
    NOT Congress session      occurrences of this string are left unmarked (blocks shorter forms inside it)
    # comment
A "\\n" in a form stands for a line break (names broken over lines in the source).
Surface forms are matched longest first, non-overlapping, left to right.

    annot.py show ROW         print the article with inline marks [[text|TYPE]] for reading through
    annot.py build            write data/en-indian/a-dev.jsonl and a-test.jsonl from every spec
                              of annotator a's rows in selection.tsv
"""
import csv, hashlib, json, os, re, sys

csv.field_size_limit(sys.maxsize)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "crates/khabar-eval/data/en-indian")
SRC = "/work/shared/corpus/en-indian-news/train_small.csv"
# Rows whose CSV date is not ISO: the corpus writes some dates M/D/0YY; the text confirms the year.
DATES = {172: "2023-12-06"}  # "12/6/0023", Cyclone Michaung (December 2023)
TYPES = {"PER", "ORG", "LOC", "MISC", "NOT"}


def rows():
    return list(csv.DictReader(open(SRC, encoding="utf-8", newline="")))


def spec(row):
    forms = []
    for n, line in enumerate(open(os.path.join(HERE, "en", f"{row}.spec"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        t, _, s = line.partition(" ")
        if t not in TYPES or not s:
            sys.exit(f"{row}.spec:{n}: bad line {line!r}")
        forms.append((s.replace("\\n", "\n"), t))
    return forms


def isword(c):
    return c.isalnum()


def annotate(text, forms):
    taken = [False] * len(text)
    ents = []
    for s, t in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(re.escape(s), text):
            a, b = m.start(), m.end()
            if (a > 0 and isword(text[a - 1]) and isword(s[0])) or (b < len(text) and isword(text[b]) and isword(s[-1])):
                continue
            if any(taken[a:b]):
                continue
            for k in range(a, b):
                taken[k] = True
            ents.append((a, b, t))
    ents.sort()
    return [(a, b, t) for a, b, t in ents if t != "NOT"], [s for s, t in forms]


def main():
    if sys.argv[1] == "show":
        row = int(sys.argv[2])
        text = rows()[row]["article"]
        ents, forms = annotate(text, spec(row))
        out, pos = [], 0
        for a, b, t in ents:
            out.append(text[pos:a] + f"[[{text[a:b]}|{t}]]")
            pos = b
        out.append(text[pos:])
        print("".join(out))
        unused = [f for f in forms if f not in text]
        if unused:
            print("\nUNUSED FORMS:", unused)
    elif sys.argv[1] == "build":
        allrows = rows()
        sel = list(csv.DictReader(open(os.path.join(DATA, "selection.tsv"), encoding="utf-8"), delimiter="\t"))
        halves = {"dev": [], "test": []}
        for r in sel:
            if r["annotator"] != "a":
                continue
            row = int(r["row"])
            if not os.path.exists(os.path.join(HERE, "en", f"{row}.spec")):
                print("no spec yet:", row, file=sys.stderr)
                continue
            art = allrows[row]
            text = art["article"]
            ents, _ = annotate(text, spec(row))
            halves[r["half"]].append(json.dumps({
                "source": "en-indian-news/train_small.csv", "row": row,
                "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                "date": DATES.get(row, art["date"][:10]),
                "entities": [{"start": a, "end": b, "type": t, "text": text[a:b]} for a, b, t in ents],
            }, ensure_ascii=False))
        for h, lines in halves.items():
            with open(os.path.join(DATA, f"a-{h}.jsonl"), "w", encoding="utf-8") as f:
                f.write("".join(l + "\n" for l in lines))
            print(h, len(lines), "articles")


if __name__ == "__main__":
    main()
