// The npm package as a user gets it: `npm pack` from this checkout (after
// `npm run build`), the tarball's file list, `npm publish --dry-run` on it,
// `npm install <tarball>` into a fresh project outside the repository, then
// (1) `import … from 'khabar'` in Node on both samples, (2) a TypeScript file
// type-checked against the shipped .d.ts and (3) a two-line page bundled by
// Vite (pinned, from the npm registry) and served as static files to
// Debian's chromium (playwright-core, no browser download). Nothing here reads the repository at run time except
// to copy the samples in: the installed package must stand on its own.
// Run: node --test tests/package/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launch, startServer, watch } from '../e2e/helpers.mjs';
import { ROOT, TYPESCRIPT_VERSION, VITE_VERSION, exec, npm, relativeReferences, tarballFiles } from './helpers.mjs';

const SAMPLES = {
  en: 'en-ani-nadda-murashko-2025-12-04.txt',
  hi: 'hi-rajnath-putin-moscow-2024-12-10.txt',
};
const skip = existsSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm')) ? false : 'www/pkg is missing: run `npm run build` first';
const browserSkip = skip || (existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install chromium)`);

const state = { work: null, tarball: null, files: [], project: null };

before(async () => {
  if (skip) return;
  state.work = await mkdtemp(join(tmpdir(), 'khabar-package-'));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', state.work], ROOT);
  const [packed] = JSON.parse(stdout);
  state.tarball = join(state.work, packed.filename);
  state.files = await tarballFiles(state.tarball);

  // A fresh project, as a user starts one; the samples are copied in so that
  // nothing points back at the repository.
  state.project = join(state.work, 'app');
  await mkdir(state.project);
  await writeFile(join(state.project, 'package.json'), `${JSON.stringify({ name: 'khabar-consumer', private: true, type: 'module' }, null, 2)}\n`);
  for (const name of Object.values(SAMPLES)) await copyFile(join(ROOT, 'www/samples', name), join(state.project, name));
  await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', state.tarball], state.project);
});

// Vite and TypeScript, pinned, as the project's dev dependencies: one npm
// install for both tests that need them (from ~/.npm when it is warm).
let devTools = null;
function installDevTools() {
  devTools ??= npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', '--save-exact',
    `vite@${VITE_VERSION}`, `typescript@${TYPESCRIPT_VERSION}`], state.project);
  return devTools;
}

after(async () => {
  if (state.work && !process.env.KHABAR_KEEP_PACKAGE_TEST) await rm(state.work, { recursive: true, force: true });
});

test('the tarball holds the module, its wasm, the worker, the component and the types, and nothing else', { skip }, async () => {
  const files = new Set(state.files);
  for (const f of ['package.json', 'README.md', 'www/khabar.js', 'www/khabar.d.ts', 'www/pkg/khabar_wasm.js',
    'www/pkg/khabar_wasm_bg.wasm', 'www/worker.js', 'www/khabar-analyzer.js', 'www/pkg/assets.json']) {
    assert.ok(files.has(f), `${f} is in the tarball (${state.files.join(', ')})`);
  }
  for (const f of state.files) {
    assert.doesNotMatch(f, /(^|\/)(crates|tests|node_modules|target|scripts|docs|samples)\//, `${f}: not a file of the package`);
    assert.doesNotMatch(f, /\.(rs|toml|lock|br|gz|html|png|mjs)$/, `${f}: not a file of the package`);
    assert.match(f, /^(package\.json|README\.md|LICEN[CS]E[^/]*|www\/.+)$/, `${f}: only README, license and the module's files ship`);
  }
  // The wasm the module loads is the one the build wrote, byte for byte.
  const built = await readFile(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'));
  const installed = await readFile(join(state.project, 'node_modules/khabar/www/pkg/khabar_wasm_bg.wasm'));
  assert.ok(installed.equals(built), 'the installed .wasm is the built one');
  // The hashed copy named by assets.json (the component's loader asks for it).
  const assets = JSON.parse(await readFile(join(state.project, 'node_modules/khabar/www/pkg/assets.json'), 'utf8'));
  assert.ok(files.has(`www/pkg/${assets.wasm}`), `www/pkg/${assets.wasm} (named by assets.json) is in the tarball`);
});

test('every relative import, worker, stylesheet and wasm a shipped file refers to is shipped too', { skip }, async () => {
  const files = new Set(state.files);
  const dir = join(state.project, 'node_modules/khabar');
  let checked = 0;
  for (const f of state.files.filter((p) => /\.(js|css)$/.test(p))) {
    for (const ref of await relativeReferences(dir, f)) {
      assert.ok(files.has(ref), `${f} refers to ${ref}, which is not in the tarball`);
      checked += 1;
    }
  }
  assert.ok(checked >= 10, `found the references (${checked})`);
});

test('package.json: main, types and every export point at shipped files; the package is publishable', { skip }, async () => {
  const files = new Set(state.files);
  const pkg = JSON.parse(await readFile(join(state.project, 'node_modules/khabar/package.json'), 'utf8'));
  assert.equal(pkg.private, undefined, 'not marked private');
  const targets = [pkg.main, pkg.types];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  assert.equal(pkg.exports['.'].types, './www/khabar.d.ts');
  for (const t of targets.filter((x) => !x.includes('*'))) assert.ok(files.has(t.replace(/^\.\//, '')), `${t} is in the tarball`);
  // What the registry would get, checked by npm itself (no login needed for a dry run).
  const { stdout } = await npm(['publish', '--dry-run', '--json', state.tarball], state.work);
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  const entry = report.khabar ?? report;
  assert.equal(entry.id, `khabar@${pkg.version}`);
  assert.equal(entry.entryCount ?? entry.files.length, state.files.length);
});

test('installed from the tarball, `import from "khabar"` analyzes both samples in Node', { skip }, async () => {
  await writeFile(join(state.project, 'node-check.mjs'), `
import { analyze, merge, version } from 'khabar';
import { readFileSync } from 'node:fs';
const docs = [];
for (const file of process.argv.slice(2)) docs.push(await analyze(readFileSync(file, 'utf8')));
const corpus = merge(docs);
console.log(JSON.stringify({
  resolved: import.meta.resolve('khabar'),
  version: version(),
  docs: docs.map((a) => ({
    language: a.language,
    entities: a.entities.map((e) => ({ type: e.type, name: e.name })),
    timexes: a.timexes.map((t) => ({ text: t.text, value: t.value })),
  })),
  corpusEntities: corpus.entities.length,
}));
`);
  const { stdout } = await exec(process.execPath, ['node-check.mjs', SAMPLES.en, SAMPLES.hi], { cwd: state.project });
  const out = JSON.parse(stdout);
  assert.ok(out.resolved.startsWith(`file://${state.project}/node_modules/khabar/`), `resolved inside the install: ${out.resolved}`);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  const [en, hi] = out.docs;

  assert.equal(en.language, 'en');
  const enPeople = en.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(enPeople.some((n) => /Nadda/.test(n)), `the health minister is a PERSON: ${enPeople}`);
  assert.ok(enPeople.some((n) => /Murashko/.test(n)), `his Russian counterpart is a PERSON: ${enPeople}`);
  assert.ok(en.timexes.some((t) => t.value === '2025-12-04'), `the article's date is resolved: ${JSON.stringify(en.timexes)}`);

  assert.equal(hi.language, 'hi');
  const hiPeople = hi.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(hiPeople.some((n) => /^[\u0900-\u097F\s.]+$/.test(n) && n.includes('राजनाथ')), `a Devanagari PERSON: ${hiPeople}`);
  assert.ok(hi.entities.some((e) => e.type === 'GPE' && e.name === 'रूस'), 'Russia, in Devanagari, as a place');
  assert.ok(hi.timexes.some((t) => /[\u0900-\u097F]/.test(t.text) && /^\d{4}-\d\d-\d\d$/.test(t.value)),
    `a Devanagari date with a value: ${JSON.stringify(hi.timexes)}`);
  assert.ok(out.corpusEntities >= en.entities.length, 'merge() works on the installed package');
});

test(`the types resolve by package name (TypeScript ${TYPESCRIPT_VERSION}, strict, NodeNext)`, { skip }, async () => {
  const dir = state.project;
  await installDevTools();
  await writeFile(join(dir, 'tsconfig.json'), `${JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
    files: ['types-check.ts'],
  }, null, 2)}\n`);
  await writeFile(join(dir, 'types-check.ts'), `import { init, analyze, merge, type Analysis, type Corpus } from 'khabar';
await init();
const a: Analysis = await analyze('text', { date: '2024-12-10', lang: 'auto' });
const names: string[] = a.entities.map((e) => e.name);
const corpus: Corpus = merge([a]);
// @ts-expect-error: only 'auto', 'en' and 'hi' are languages (fails as unused if the types were any)
await analyze('text', { lang: 'fr' });
export { names, corpus };
`);
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  const { stdout, stderr } = await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir }).catch((e) => assert.fail(e.message));
  assert.equal(stdout + stderr, '', 'tsc reports nothing');
});

test(`bundled by Vite ${VITE_VERSION}, a two-line page analyzes in Chromium`, { skip: browserSkip }, async () => {
  const dir = state.project;
  await installDevTools();
  await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>khabar with Vite</title>
<pre id="out"></pre>
<script type="module" src="./main.js"></script>
</html>
`);
  await writeFile(join(dir, 'main.js'), `import { init, analyze } from 'khabar';
import hi from './${SAMPLES.hi}?raw';
init().then(() => analyze(hi)).then((a) => { document.getElementById('out').textContent = JSON.stringify({ language: a.language, entities: a.entities.map((e) => [e.type, e.name]), timexes: a.timexes.map((t) => t.value) }); },
  (e) => { document.getElementById('out').textContent = \`error: \${e.message}\`; });
`);
  const build = await exec(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: dir });
  // No configuration and no warning: the wasm is found through
  // new URL(…, import.meta.url) and nothing Node-only is pulled in.
  assert.doesNotMatch(build.stdout + build.stderr, /warn|externalized|error/i, 'vite build is clean');
  const assets = await readdir(join(dir, 'dist/assets'));
  const wasm = assets.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one .wasm asset: ${assets}`);
  assert.equal((await stat(join(dir, 'dist/assets', wasm[0]))).size, (await stat(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'))).size);

  const server = await startServer({ '/': join(dir, 'dist') });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const watcher = await watch(page);
    const responses = [];
    const warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('response', (r) => responses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] }));
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('out').textContent !== '', null, { timeout: 120000 });
    const text = await page.textContent('#out');
    assert.doesNotMatch(text, /^error/, text);
    const out = JSON.parse(text);
    assert.equal(out.language, 'hi');
    assert.ok(out.entities.some(([type, name]) => type === 'PERSON' && name.includes('राजनाथ')), `a Devanagari PERSON: ${text}`);
    assert.ok(out.timexes.includes('2024-12-10'), `the article's date: ${out.timexes}`);
    // The page's own files only, all found, the wasm as application/wasm
    // (streaming compilation; no fallback warning in the console).
    for (const r of responses) {
      assert.ok(r.url.startsWith(server.origin), `only the page's origin: ${r.url}`);
      assert.equal(r.status, 200, `${r.url}: ${r.status}`);
    }
    const wasmResponse = responses.find((r) => r.url.endsWith('.wasm'));
    assert.ok(wasmResponse, 'the wasm was fetched');
    assert.equal(wasmResponse.type, 'application/wasm');
    assert.deepEqual(await watcher.all(), []);
    assert.deepEqual(warnings, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
