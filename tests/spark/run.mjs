// `npm run test:spark`: khabar on an existing engine, tested (opt-in, not in `npm test`).
//
// Installs what it needs itself — Debian's JRE when `java` is missing, pyspark
// from PyPI in a venv outside the repository — then runs a Spark job in
// local[2] mode that pipes 2,000 corpus articles (1,000 English, 1,000 Hindi,
// and one malformed line among them) through
// `khabar analyze --input-jsonl - --format jsonl`, and checks that Spark's
// output is the CLI's own output for the same lines: one line out per line in,
// in order, the malformed line an error line, nothing lost.
// Figures for docs/SCALE.md are printed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from '../../scripts/lib.mjs';

const PYSPARK = '3.5.6';
const VENV = process.env.KHABAR_SPARK_VENV ?? join(homedir(), '.cache', 'khabar-spark-venv');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

if (!existsSync(CORPUS)) {
  console.error(`test:spark skipped: the corpus is not at ${CORPUS} (it reads 2,000 of its articles)`);
  process.exit(0);
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
if (!has('java')) {
  console.error('java is missing: installing Debian\'s default-jre-headless');
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', 'default-jre-headless']);
}
const python = join(VENV, 'bin', 'python');
if (!existsSync(python)) run('python3', ['-m', 'venv', VENV]);
const probe = spawnSync(python, ['-c', 'import pyspark; print(pyspark.__version__)'], { encoding: 'utf8' });
if (probe.status !== 0 || probe.stdout.trim() !== PYSPARK) {
  run(python, ['-m', 'pip', 'install', '-q', `pyspark==${PYSPARK}`]);
}
run('cargo', ['build', '--release', '-q', '-p', 'khabar-cli']);
const khabar = join(ROOT, 'target', 'release', 'khabar');

// The input: 1,000 + 1,000 articles, one malformed line in the middle.
const work = mkdtempSync(join(tmpdir(), 'khabar-spark-'));
const corpus = (lang) =>
  spawnSync('python3', [join(ROOT, 'scripts', 'corpus-jsonl.py'), lang, '1000'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }).stdout.split('\n').filter(Boolean);
const lines = [...corpus('en'), ...corpus('hi')];
if (lines.length !== 2000) {
  console.error(`✖ expected 2,000 corpus articles, found ${lines.length}`);
  process.exit(1);
}
const broken = '{"id": "broken-record", "text": "this line was cut off in the export';
lines.splice(1234, 0, broken);
const input = join(work, 'input.jsonl');
writeFileSync(input, lines.join('\n') + '\n');

// The CLI on its own: the reference output.
const ref = spawnSync(khabar, ['analyze', '--input-jsonl', input, '--format', 'jsonl', '--jobs', '1'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const expected = ref.stdout.split('\n').filter(Boolean);

// The same lines through Spark.
const outDir = join(work, 'out');
const t0 = Date.now();
const job = spawnSync(python, [join(ROOT, 'tests', 'spark', 'job.py'), khabar, input, outDir, '8'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
  env: { ...process.env, PYSPARK_PYTHON: python, SPARK_LOCAL_IP: '127.0.0.1' },
});
const wall = (Date.now() - t0) / 1000;
if (job.status !== 0) {
  console.error(job.stderr);
  console.error(`✖ the Spark job failed (exit ${job.status})`);
  process.exit(1);
}
const stats = JSON.parse(job.stdout.trim().split('\n').pop());
const parts = readdirSync(outDir).filter((f) => f.startsWith('part-')).sort();
const got = parts.flatMap((f) => readFileSync(join(outDir, f), 'utf8').split('\n').filter(Boolean));

// Compare line by line. An error line's id for a line that is not JSON is
// "line N", N counted within the piece of input one process saw: compare
// its error message instead.
let passed = 0;
const failures = [];
const check = (ok, what) => (ok ? passed++ : failures.push(what));
check(got.length === lines.length, `one output line per input line: ${got.length} for ${lines.length}`);
check(expected.length === lines.length, `the CLI alone: ${expected.length} lines for ${lines.length}`);
let errors = 0;
for (let i = 0; i < Math.min(got.length, expected.length); i++) {
  if (got[i] === expected[i]) continue;
  const a = JSON.parse(got[i]);
  const b = JSON.parse(expected[i]);
  if (a.error !== undefined && a.error === b.error) continue;
  failures.push(`line ${i + 1} differs: ${got[i].slice(0, 120)} … vs ${expected[i].slice(0, 120)} …`);
  if (failures.length > 5) break;
}
for (const l of got) if (JSON.parse(l).error !== undefined) errors++;
check(errors === 1, `exactly one error line (the malformed one): ${errors}`);
check(got[1234] !== undefined && JSON.parse(got[1234]).error !== undefined, 'the malformed line is answered by an error line in its place');
const words = lines.reduce((n, l) => {
  try {
    return n + JSON.parse(l).text.split(/\s+/).filter(Boolean).length;
  } catch {
    return n;
  }
}, 0);
console.log(`Spark ${PYSPARK}, local[2], ${stats.partitions} partitions: ${stats.input_lines} lines, ${words} words`);
console.log(`  pipe + write: ${stats.seconds} s (${Math.round(words / stats.seconds)} words/s on 2 cores); whole job with JVM start ${wall.toFixed(1)} s`);
console.log(`  CLI alone, one thread: ${ref.stderr.trim().split('\n').pop() || 'n/a'}`);
if (failures.length) for (const f of failures) console.error(`✖ ${f}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
