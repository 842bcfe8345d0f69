// The wasm build in Node, on the same inputs as the native benches, and the
// same documents through compromise + compromise-dates for a side-by-side
// ratio. Prints words/s, MB/s and memory as Markdown tables.
//
//   npm run build            # builds www/pkg
//   node bench/wasm-bench.mjs           # full run
//   node bench/wasm-bench.mjs --quick   # smoke run (CI): small inputs
//   node bench/wasm-bench.mjs --peer-budget 60   # seconds per set for compromise (default 20; 3 with --quick)
//   node bench/wasm-bench.mjs --n 100    # corpus articles per language (default 1000)
//   node bench/wasm-bench.mjs --chrome   # also the cold start in Chromium (bench/chrome-cold-start.mjs)
//
// Inputs: the two samples (www/samples), 1,000 English and 1,000 Hindi
// articles from ../shared/corpus (skipped when absent; never committed), one
// 5 MB article built by concatenation. Words are whitespace-separated, as the
// native benches count them.

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const budgetArg = argv.indexOf('--peer-budget');
// The smoke run proves the bench runs; the peers get a short budget there.
const PEER_BUDGET_S = budgetArg >= 0 ? Number(argv[budgetArg + 1]) : QUICK ? 3 : 20;
const nArg = argv.indexOf('--n');
const PER_LANG = nArg >= 0 ? Number(argv[nArg + 1]) : QUICK ? 20 : 1000;
const RUNS = QUICK ? 1 : 3;
const CHROME = argv.includes('--chrome');
const PEER_MAX_BYTES = 1 << 20;

const words = (s) => {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
};
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// ---------- inputs (same rules as crates/khabar-core/benches/common) ----------

function samples() {
  const dir = join(ROOT, 'www/samples');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = basename(f, '.txt');
    const date = name.slice(-10);
    return { name, text: readFileSync(join(dir, f), 'utf8'), date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined };
  });
}

function parseCsv(data) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (quoted) {
      if (c === '"' && data[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const CORPUS = join(ROOT, '../shared/corpus');

function corpusEn(n) {
  const path = join(CORPUS, 'en-indian-news/val_1k.csv');
  if (!existsSync(path)) return null;
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows[0];
  const a = header.indexOf('article'), d = header.indexOf('date');
  return rows.slice(1).filter((r) => r[a] !== undefined).slice(0, n)
    .map((r) => ({ text: r[a], date: /^\d{4}-\d{2}-\d{2}/.test(r[d] || '') ? r[d].slice(0, 10) : undefined }));
}

function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (p.endsWith('.txt')) out.push(p);
  }
  return out;
}

function splitArticles(text) {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out = [];
  let cur = '';
  lines.forEach((line, i) => {
    const blankBefore = i === 0 || lines[i - 1].trim() === '';
    const blankAfter = i + 1 >= lines.length || lines[i + 1].trim() === '';
    const headline = line.trim() !== '' && bytes(line) < 300 && blankBefore && blankAfter;
    if (headline && words(cur) > 40) { out.push(cur); cur = ''; }
    cur += line + '\n';
  });
  if (words(cur) > 40) out.push(cur);
  return out;
}

function corpusHi(n) {
  const root = join(CORPUS, 'hi-news-2020');
  if (!existsSync(root)) return null;
  const months = { JAN: 1, FEB: 2, MAR: 3, APR: 4, ARP: 4, MAY: 5, JUN: 6 };
  const docs = [];
  for (const f of filesUnder(root).sort()) {
    const parts = basename(f, '.txt').split('-');
    const [y, m, d] = parts.slice(-3);
    const date = months[m] ? `${y}-${String(months[m]).padStart(2, '0')}-${d}` : undefined;
    for (const text of splitArticles(readFileSync(f, 'utf8'))) {
      docs.push({ text, date });
      if (docs.length === n) return docs;
    }
  }
  return docs;
}

function prose() {
  const en = corpusEn(50), hi = corpusHi(50);
  let text = '';
  if (en && hi) {
    for (let i = 0; i < Math.min(en.length, hi.length); i++) text += en[i].text + '\n\n' + hi[i].text + '\n\n';
  }
  if (!text) for (const s of samples()) text += s.text + '\n\n';
  return text;
}

function articleOfSize(n) {
  const unit = Buffer.from(prose(), 'utf8');
  const buf = Buffer.alloc(n);
  for (let o = 0; o < n; o += unit.length) unit.copy(buf, o, 0, Math.min(unit.length, n - o));
  let cut = n;
  while (cut > 0 && (buf[cut] & 0xc0) === 0x80) cut--; // char boundary, as the native bench
  return { text: buf.subarray(0, cut).toString('utf8'), date: '2024-12-10' };
}

function set(name, docs) {
  return { name, docs, words: docs.reduce((s, d) => s + words(d.text), 0), bytes: docs.reduce((s, d) => s + bytes(d.text), 0) };
}

// ---------- khabar (wasm) ----------

if (!existsSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'))) {
  console.error('www/pkg is missing: run `npm run build` first');
  process.exit(1);
}
const wasmSize = statSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm')).size;

// Cold start, split: read the file, compile, import the API and
// instantiate, first analysis (the tables are built on first use), second.
const first = samples()[0];
const t0 = performance.now();
const wasmBytes = readFileSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'));
const tRead = performance.now();
const wasmModule = await WebAssembly.compile(wasmBytes);
const tCompile = performance.now();
const khabar = await import('../www/khabar.js');
await khabar.init(wasmModule);
const tInit = performance.now();
await khabar.analyze(first.text, { date: first.date });
const tFirst = performance.now();
await khabar.analyze(first.text, { date: first.date });
const tSecond = performance.now();
// The same instance, for the JSON-string path of the binding.
const glue = await import('../www/pkg/khabar_wasm.js');
const jsonPath = typeof glue.analyzeTextJson === 'function';

const sets = [];
for (const s of samples()) sets.push(set(`sample ${s.name}`, [s]));
const en = corpusEn(PER_LANG), hi = corpusHi(PER_LANG);
if (en && hi) {
  sets.push(set(`${en.length} English articles`, en));
  sets.push(set(`${hi.length} Hindi articles`, hi));
} else {
  console.error('../shared/corpus is absent: the corpus rows are skipped');
}
const bigSize = QUICK ? 256 << 10 : 5 << 20;
sets.push(set(`one ${QUICK ? '256 KB' : '5 MB'} article`, [articleOfSize(bigSize)]));

async function timeKhabar(s) {
  let best = Infinity, failed = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    for (const d of s.docs) {
      try { await khabar.analyze(d.text, { date: d.date }); } catch { failed++; }
    }
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, failed: failed / RUNS };
}

// The binding's JSON-string path: one string across the boundary, then
// JSON.parse, instead of serde-wasm-bindgen building the object field by field.
function timeJson(s) {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    for (const d of s.docs) {
      try { JSON.parse(glue.analyzeTextJson(d.text, { date: d.date })); } catch { /* counted above */ }
    }
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

// The wasm linear memory only grows: its size after a set bounds the peak
// heap of the analyses so far (the glue's init returns the live exports).
async function wasmMemory() {
  const exports = await glue.default();
  return exports?.memory?.buffer?.byteLength ?? 0;
}

// ---------- compromise ----------

let nlp = null;
try {
  nlp = (await import('compromise')).default;
  const dates = (await import('compromise-dates')).default;
  nlp.plugin(dates);
} catch (e) {
  console.error(`compromise not installed (npm install --save-dev compromise compromise-dates): ${e.message}`);
}

// The closest compromise gets to khabar's analysis: people, places,
// organizations, dates (with the same reference date) and quotations.
function compromiseAnalyze(d) {
  const doc = nlp(d.text);
  doc.people().json();
  doc.places().json();
  doc.organizations().json();
  doc.dates(d.date ? { today: d.date } : {}).json();
  doc.quotations().json();
}

let peerWarm = false;
function timePeer(s) {
  if (!peerWarm) {
    // Warm the JIT on the samples first, as khabar's cold start is reported apart.
    for (const d of samples()) compromiseAnalyze(d);
    peerWarm = true;
  }
  const t = performance.now();
  let done = 0, w = 0, b = 0;
  for (const d of s.docs) {
    // compromise holds the whole parse in JS objects: a multi-megabyte
    // article takes minutes and gigabytes, so it only reads up to 1 MB.
    if (bytes(d.text) > PEER_MAX_BYTES) continue;
    compromiseAnalyze(d);
    done++; w += words(d.text); b += bytes(d.text);
    if ((performance.now() - t) / 1000 > PEER_BUDGET_S) break;
  }
  return { ms: performance.now() - t, docs: done, words: w, bytes: b };
}

// ---------- report ----------

console.log(`# khabar wasm in Node ${process.version}${QUICK ? ' (quick smoke run)' : ''}\n`);
const { gzipSync } = await import('node:zlib');
console.log(`.wasm: ${fmt(wasmSize / 1024)} KiB raw, ${fmt(gzipSync(wasmBytes, { level: 9 }).length)} bytes gzipped (-9)`);
console.log(`Cold start in Node: read ${fmt(tRead - t0, 1)} ms, compile ${fmt(tCompile - tRead, 1)} ms, import + instantiate ${fmt(tInit - tCompile, 1)} ms, first analysis of ${first.name} ${fmt(tFirst - tInit, 1)} ms, total ${fmt(tFirst - t0, 1)} ms; second analysis ${fmt(tSecond - tFirst, 1)} ms\n`);
if (CHROME) {
  const { chromeColdStart, coldStartTable } = await import('./chrome-cold-start.mjs');
  const files = samples().map((x) => ({ file: `${x.name}.txt`, name: x.name, date: x.date }));
  console.log(`## Cold start in Chromium (fresh profile per run)\n`);
  for (const line of coldStartTable(await chromeColdStart({ runs: QUICK ? 2 : 5, samples: files }))) console.log(line);
  console.log('');
}
console.log(`| input | docs | words | MB | khabar ms | khabar words/s | khabar MB/s | JSON path words/s | compromise docs | compromise words/s | ratio |`);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let rssPeak = process.memoryUsage().rss;
const memRows = [];
for (const s of sets) {
  const k = await timeKhabar(s);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const kw = s.words / (k.ms / 1000);
  const jw = jsonPath ? fmt(s.words / (timeJson(s) / 1000)) : '–';
  const mem = await wasmMemory();
  const largest = Math.max(...s.docs.map((d) => bytes(d.text)));
  memRows.push(`| ${s.name} | ${fmt(largest / 1e6, 2)} | ${fmt(mem / 1e6, 1)} | ${fmt(mem / largest, 1)}× |`);
  let peer = ['–', '–', '–'];
  if (nlp) {
    const p = timePeer(s);
    const pw = p.words / (p.ms / 1000);
    peer = p.docs === 0
      ? ['0 (over 1 MB)', '–', '–']
      : [`${p.docs}${p.docs < s.docs.length ? ` of ${s.docs.length}` : ''}`, fmt(pw), `${fmt(kw / pw, 1)}×`];
  }
  console.log(`| ${s.name} | ${s.docs.length} | ${fmt(s.words)} | ${fmt(s.bytes / 1e6, 2)} | ${fmt(k.ms, 1)} | ${fmt(kw)} | ${fmt(s.bytes / 1e6 / (k.ms / 1000), 2)} | ${jw} | ${peer.join(' | ')} |`);
  if (k.failed) console.log(`|  (${k.failed} documents refused by khabar) |`);
}
console.log('\nwasm linear memory after each set (it only grows, so each row bounds the peak so far; the first rows include the tables built on first use):\n');
console.log('| after | largest doc MB | linear memory MB | / largest doc |');
console.log('|---|---:|---:|---:|');
for (const row of memRows) console.log(row);
const mem = process.memoryUsage();
console.log(`\nPeak RSS ${fmt(rssPeak / 1e6)} MB (the wasm linear memory only grows; arrayBuffers ${fmt(mem.arrayBuffers / 1e6)} MB at the end).`);
console.log(`compromise: at most ${PEER_BUDGET_S} s per input (--peer-budget); words/s over the documents it finished.`);
