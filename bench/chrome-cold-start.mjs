// Cold start in Chromium: a fresh browser profile per run (no HTTP or code
// cache), bench/cold-start.html served over HTTP next to www/, timed inside
// the page: glue import, streaming compile + instantiation of the .wasm,
// first analysis of a sample (the tables built on first use), second one.
//
//   node bench/chrome-cold-start.mjs [--runs 5] [--chrome-arg=--js-flags=--liftoff-only ...]
//   node bench/wasm-bench.mjs --chrome      # the same, inside the full bench
//
// Needs /usr/bin/chromium (or $CHROMIUM) and playwright-core; skips with a
// message otherwise.
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// tests/e2e/helpers.mjs launches Chromium with these; extra arguments
// (experiments with V8 flags) are added to them.
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Runs the cold start `runs` times per sample; null (with a reason) when it cannot run. */
export async function chromeColdStart({ runs = 5, samples, chromeArgs = [] } = {}) {
  const { startServer, launch, skipReason } = await import(pathToFileURL(join(ROOT, 'tests/e2e/helpers.mjs')).href);
  const why = skipReason();
  if (why) return { skipped: why };
  try {
    await import('playwright-core');
  } catch {
    return { skipped: 'playwright-core is not installed (npm install)' };
  }
  const server = await startServer({ '/': join(ROOT, 'www'), '/bench/': join(ROOT, 'bench') });
  const rows = [];
  try {
    for (const s of samples) {
      const times = [];
      for (let r = 0; r < runs; r++) {
        const browser = await launch(chromeArgs.length ? { args: [...BASE_ARGS, ...chromeArgs] } : {});
        try {
          const page = await browser.context.newPage();
          const url = `${server.url}bench/cold-start.html?sample=${encodeURIComponent(s.file)}&date=${s.date || ''}`;
          await page.goto(url);
          await page.waitForFunction(() => window.__result, null, { timeout: 60000 });
          times.push(await page.evaluate(() => window.__result));
        } finally {
          await browser.close();
        }
      }
      rows.push({ name: s.name, times });
    }
  } finally {
    await server.close();
  }
  return { rows };
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};

/** Markdown lines for a chromeColdStart() result. */
export function coldStartTable(result) {
  if (result.skipped) return [`Chrome cold start skipped: ${result.skipped}`];
  const f = (n) => n.toFixed(1);
  const lines = [
    '| sample | runs | glue import ms (of which fetched by) | compile + instantiate ms (of which fetched by) | first analysis ms | total ms (median) | total ms (best) | second analysis ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { name, times } of result.rows) {
    const m = (k) => median(times.map((t) => t[k]));
    lines.push(`| ${name} | ${times.length} | ${f(m('glue'))} (${f(m('glueFetch'))}) | ${f(m('init'))} (${f(m('wasmFetch'))}) | ${f(m('first'))} | ${f(m('total'))} | ${f(Math.min(...times.map((t) => t.total)))} | ${f(m('second'))} |`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 5;
  const { readdirSync } = await import('node:fs');
  const dir = join(ROOT, 'www/samples');
  const samples = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
      const name = file.replace(/\.txt$/, '');
      const date = name.slice(-10);
      return { file, name, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined };
    })
    : [];
  const chromeArgs = argv.filter((a) => a.startsWith('--chrome-arg=')).map((a) => a.slice('--chrome-arg='.length));
  const extra = chromeArgs.length ? `, Chromium arguments ${chromeArgs.join(' ')}` : '';
  console.log(`# Cold start in Chromium (fresh profile per run, ${runs} runs${extra})\n`);
  for (const line of coldStartTable(await chromeColdStart({ runs, samples, chromeArgs }))) console.log(line);
}
