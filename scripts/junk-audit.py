#!/usr/bin/env python3
"""Junk audit of khabar's entities (issue 20): draw a random sample of the
entities the CLI finds in corpus articles, judge each by hand, score.

    # draw: 300 English + 300 Hindi corpus articles, 200 entities of each
    python3 scripts/junk-audit.py draw --binary target/release/khabar \\
        --out tests/audit/2026-12-06
    # ... fill the `verdict` column of en.tsv and hi.tsv (ok | type | junk)
    #     and a `note` on every row that is not ok ...
    python3 scripts/junk-audit.py score tests/audit/2026-12-06/en.tsv \\
        tests/audit/2026-12-06/hi.tsv

The inputs are the first N articles of each language as scripts/corpus-jsonl.py
gives them (`corpus-jsonl.py en 300`, `corpus-jsonl.py hi 300`). An entity is
one grouped entity of one document (the CLI's `entities[]` row): its type,
canonical name and mentions. The sample is drawn with random.Random(SEED)
from the list of every entity in document order, so the same binary and
corpus always give the same rows.

Verdicts (conventions of ../shared/ANNOTATION.md; khabar's types map to
CoNLL as PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, anything else->MISC):
  ok    a real named entity with a type that maps to the right CoNLL type
  type  a real named entity, wrong type
  junk  not a named entity at all, a piece of one, or a boundary error
        that makes it a different name ("Gavaskar Trophy", "NCLAT He")
Every row that is not ok gets a note "failure class: detail"; a note that
starts with "borderline;" marks a doubtful call, and `score` also gives the
rate with those counted as ok.
"""
import argparse, collections, csv, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ['doc', 'type', 'entity', 'mentions', 'context', 'verdict', 'note']
VERDICTS = ('ok', 'type', 'junk')


def corpus(lang, n, path):
    with open(path, 'w', encoding='utf-8') as f:
        subprocess.run([sys.executable, os.path.join(HERE, 'corpus-jsonl.py'), lang, str(n)],
                       stdout=f, check=True)


def analyze(binary, path):
    out = subprocess.run([binary, 'analyze', '--input-jsonl', path, '--format', 'jsonl', '--jobs', '1'],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f'{binary} exited {out.returncode}')
    for line in out.stdout.decode('utf-8').splitlines():
        yield json.loads(line)


def snippet(text, start, end, width=60):
    """±width characters around [start, end), the mention in [[ ]], one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    s = text[a:start] + '[[' + text[start:end] + ']]' + text[end:b]
    return ' '.join(s.split())


def entities(docs):
    for d in docs:
        if 'error' in d:
            continue
        text = d['text']
        for e in d['entities']:
            first = min(e['mentions'], key=lambda m: m['start'])
            yield {'doc': d['id'], 'type': e['type'], 'entity': e['name'],
                   'mentions': str(len(e['mentions'])),
                   'context': snippet(text, first['start'], first['end']),
                   'verdict': '', 'note': ''}


def draw(args):
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs:
            src = os.path.join(tmp, f'{lang}.jsonl')
            corpus(lang, args.articles, src)
            pool = list(entities(analyze(args.binary, src)))
            rng = random.Random(args.seed)
            idx = sorted(rng.sample(range(len(pool)), min(args.n, len(pool))))
            dst = os.path.join(args.out, f'{lang}.tsv')
            with open(dst, 'w', encoding='utf-8', newline='') as f:
                w = csv.DictWriter(f, COLUMNS, delimiter='\t', lineterminator='\n',
                                   quoting=csv.QUOTE_MINIMAL)
                w.writeheader()
                for i in idx:
                    w.writerow(pool[i])
            print(f'{lang}: {len(pool)} entities in {args.articles} articles, '
                  f'{len(idx)} drawn -> {dst}', file=sys.stderr)


def line(name, c):
    n = sum(c[v] for v in VERDICTS)
    bad = c['type'] + c['junk']
    pct = lambda k: f'{100 * k / n:.1f}%' if n else '-'
    print(f'{name}: ok {c["ok"]}  wrong type {c["type"]}  junk {c["junk"]}  total {n}  '
          f'junk+wrong {bad} = {pct(bad)} (junk {pct(c["junk"])}, wrong type {pct(c["type"])}); '
          f'{c["borderline"]} of them marked borderline, without those {pct(bad - c["borderline"])}')


def score(args):
    """Counts per file. A non-ok row whose note starts with "borderline"
    is a doubtful call; the last figure counts those rows as ok."""
    total = collections.Counter()
    for path in args.files:
        c = collections.Counter()
        with open(path, encoding='utf-8', newline='') as f:
            for i, r in enumerate(csv.DictReader(f, delimiter='\t'), 2):
                v = (r.get('verdict') or '').strip()
                if v not in VERDICTS:
                    sys.exit(f'{path}:{i}: verdict {v!r} is not one of {", ".join(VERDICTS)}')
                c[v] += 1
                if v != 'ok' and (r.get('note') or '').strip().lower().startswith('borderline'):
                    c['borderline'] += 1
        line(path, c)
        total += c
    if len(args.files) > 1:
        line('all', total)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest='cmd', required=True)
    d = sub.add_parser('draw', help='run the CLI on corpus articles and draw the sample TSVs')
    d.add_argument('--binary', default=os.environ.get('KHABAR', os.path.join(HERE, '..', 'target', 'release', 'khabar')))
    d.add_argument('--seed', type=int, default=20261206)
    d.add_argument('--n', type=int, default=200, help='entities drawn per language')
    d.add_argument('--articles', type=int, default=300, help='corpus articles per language')
    d.add_argument('--langs', nargs='+', default=['en', 'hi'])
    d.add_argument('--out', default='audit')
    d.set_defaults(func=draw)
    s = sub.add_parser('score', help='count the verdicts of judged TSVs')
    s.add_argument('files', nargs='+')
    s.set_defaults(func=score)
    args = p.parse_args()
    args.func(args)


if __name__ == '__main__':
    main()
