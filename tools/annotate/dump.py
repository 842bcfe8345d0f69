#!/usr/bin/env python3
"""Prints train_small.csv rows (header line + article) for reading: dump.py ROW..."""
import csv, sys

csv.field_size_limit(sys.maxsize)
rows = list(csv.DictReader(open("/work/shared/corpus/en-indian-news/train_small.csv", encoding="utf-8", newline="")))
for r in map(int, sys.argv[1:]):
    a = rows[r]
    print("=====", r, a["newspaper_name"], a["date"], a["category"], "|", a["headline"])
    print(a["article"])
