#!/usr/bin/env python3
"""Optional peer bench: spaCy's small English model on the same English
inputs as the khabar benches (the English sample and up to 1,000 articles of
../shared/corpus/en-indian-news/val_1k.csv). Prints words/s and MB/s.

Runs only where spaCy and en_core_web_sm are installed:
    pip install spacy && python -m spacy download en_core_web_sm
    python3 bench/spacy-bench.py [--n 1000] [--budget 60]
Words are whitespace-separated, as the khabar benches count them.
"""
import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per input set")
    args = ap.parse_args()
    try:
        import spacy  # noqa: PLC0415

        nlp = spacy.load("en_core_web_sm")
    except Exception as e:  # noqa: BLE001
        print(f"skipped: spaCy with en_core_web_sm is not installed ({e})", file=sys.stderr)
        return 0

    sets = []
    for p in sorted((ROOT / "www/samples").glob("en-*.txt")):
        sets.append((f"sample {p.stem}", [p.read_text(encoding="utf-8")]))
    csv_path = ROOT / "../shared/corpus/en-indian-news/val_1k.csv"
    if csv_path.exists():
        csv.field_size_limit(1 << 30)
        with open(csv_path, newline="", encoding="utf-8") as f:
            docs = [row["article"] for row in csv.DictReader(f)][: args.n]
        sets.append((f"{len(docs)} English articles", docs))
    else:
        print("../shared/corpus is absent: the corpus row is skipped", file=sys.stderr)

    nlp(sets[0][1][0])  # warm up
    print(f"# spaCy {spacy.__version__} en_core_web_sm, one process\n")
    print("| input | docs done | words | words/s | MB/s |")
    print("|---|---:|---:|---:|---:|")
    for name, docs in sets:
        words = size = done = 0
        t = time.perf_counter()
        for d in docs:
            doc = nlp(d)
            _ = [(e.text, e.label_) for e in doc.ents]
            words += len(d.split())
            size += len(d.encode("utf-8"))
            done += 1
            if time.perf_counter() - t > args.budget:
                break
        secs = time.perf_counter() - t
        print(f"| {name} | {done} of {len(docs)} | {words} | {words / secs:,.0f} | {size / 1e6 / secs:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
