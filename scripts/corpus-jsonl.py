#!/usr/bin/env python3
"""Write corpus articles as the CLI's JSONL input ({"id","text","date"} a line).

    python3 scripts/corpus-jsonl.py en 1000 > /tmp/en.jsonl
    python3 scripts/corpus-jsonl.py hi 1000 > /tmp/hi.jsonl
    target/release/khabar analyze --input-jsonl /tmp/en.jsonl --format jsonl --jobs 1 > out.jsonl

The selection is the throughput bench's (crates/khabar-core/benches/common):
English from corpus/en-indian-news/val_1k.csv in file order, Hindi cut from
the sorted daily files of corpus/hi-news-2020/ at headline lines. Used for
byte-identical checks of refactors and for reading real output; the corpus
stays in ../shared and is never committed.
"""
import csv, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'corpus')
MONTHS = {'JAN': 1, 'FEB': 2, 'MAR': 3, 'APR': 4, 'ARP': 4, 'MAY': 5, 'JUN': 6}


def english(n, skip=0):
    csv.field_size_limit(1 << 30)
    path = os.path.join(ROOT, 'en-indian-news', 'val_1k.csv')
    with open(path, newline='', encoding='utf-8') as f:
        rows = csv.DictReader(f)
        for i, r in enumerate(rows):
            if i < skip:
                continue
            if i >= skip + n:
                break
            d = (r.get('date') or '')[:10]
            rec = {'id': f'en-{i}', 'text': r['article']}
            if re.fullmatch(r'\d{4}-\d\d-\d\d', d):
                rec['date'] = d
            yield rec


def split_articles(text):
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    out, cur = [], []
    for i, line in enumerate(lines):
        blank_before = i == 0 or not lines[i - 1].strip()
        blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
        headline = line.strip() and len(line.encode()) < 300 and blank_before and blank_after
        if headline and len(''.join(cur).split()) > 40:
            out.append(''.join(cur))
            cur = []
        cur.append(line + '\n')
    if len(''.join(cur).split()) > 40:
        out.append(''.join(cur))
    return out


def hindi(n, skip=0):
    root = os.path.join(ROOT, 'hi-news-2020')
    files = []
    for d, _, fs in os.walk(root):
        files += [os.path.join(d, f) for f in fs if f.endswith('.txt')]
    files.sort()
    k = 0
    for f in files:
        stem = os.path.splitext(os.path.basename(f))[0].split('-')
        date = None
        if len(stem) >= 3 and stem[-2] in MONTHS:
            date = f'{stem[-3]}-{MONTHS[stem[-2]]:02d}-{stem[-1]}'
        try:
            text = open(f, encoding='utf-8').read()
        except (UnicodeDecodeError, OSError):
            continue
        for a in split_articles(text):
            if k >= skip:
                rec = {'id': f'hi-{k}', 'text': a}
                if date and re.fullmatch(r'\d{4}-\d\d-\d\d', date):
                    rec['date'] = date
                yield rec
            k += 1
            if k >= skip + n:
                return


if __name__ == '__main__':
    lang, n = sys.argv[1], int(sys.argv[2])
    skip = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    for rec in (english if lang == 'en' else hindi)(n, skip):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + '\n')
