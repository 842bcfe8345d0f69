// The JavaScript binding (www/khabar.js) tested in Node: the same ES module
// the page imports. Needs `npm run build` (www/pkg); skips with a message
// when the wasm has not been built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const built = existsSync(join(ROOT, 'www/pkg/khabar_wasm_bg.wasm'));
const skip = built ? false : 'www/pkg is missing: run `npm run build` first';
const khabar = built ? await import('../../www/khabar.js') : null;
const SAMPLES = join(ROOT, 'www/samples');
const EN = 'en-ani-nadda-murashko-2025-12-04.txt';
const HI = 'hi-rajnath-putin-moscow-2024-12-10.txt';

/** Every span of an analysis, with the field it came from. */
function spans(a) {
  const out = [];
  for (const e of a.entities) for (const m of e.mentions) out.push(['mention', m]);
  for (const t of a.timexes) out.push(['timex', t]);
  for (const f of a.figures) out.push(['figure', f]);
  for (const q of a.quotes) out.push(['quote', q]);
  for (const v of a.events) out.push(['event', v]);
  for (const p of a.embeds) out.push(['embed', p]);
  for (const s of a.sentences) out.push(['sentence', s]);
  for (const p of a.paragraphs) out.push(['paragraph', p]);
  for (const r of a.relations) out.push(['relation', r]);
  if (a.dateline) out.push(['dateline', a.dateline]);
  return out;
}

function assertOffsetsUtf16(a) {
  for (const [kind, s] of spans(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${kind} offsets are integers`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= a.text.length, `${kind} ${s.start}..${s.end} inside text of ${a.text.length}`);
    if (typeof s.text === 'string' && kind !== 'embed') {
      assert.equal(a.text.slice(s.start, s.end), s.text, `${kind} text equals text.slice(start, end)`);
    }
  }
}

const FIELDS = ['id', 'language', 'published', 'published_source', 'title', 'byline', 'dateline', 'text',
  'paragraphs', 'sentences', 'entities', 'timexes', 'figures', 'quotes', 'events', 'relations', 'links', 'embeds', 'warnings'];

test('init is idempotent and version() is a semver string', { skip }, async () => {
  const p1 = khabar.init();
  const p2 = khabar.init();
  assert.equal(p1, p2);
  await p1;
  assert.match(khabar.version(), /^\d+\.\d+\.\d+/);
});

test('analyze(string) returns every field of the contract', { skip }, async () => {
  const text = readFileSync(join(SAMPLES, EN), 'utf8');
  const a = await khabar.analyze(text, { id: 'en', date: '2025-12-04' });
  assert.deepEqual(Object.keys(a).sort(), [...FIELDS].sort());
  assert.equal(a.id, 'en');
  assert.equal(a.published, '2025-12-04');
  assert.ok(Array.isArray(a.entities) && Array.isArray(a.timexes));
  assert.deepEqual(Object.keys(a.links).sort(), ['handles', 'hashtags', 'urls']);
  assertOffsetsUtf16(a);
});

test('analyze accepts bytes, ArrayBuffer and Blob alike', { skip }, async () => {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES, HI)));
  const fromBytes = await khabar.analyze(bytes, { id: 'hi' });
  const fromBuffer = await khabar.analyze(bytes.slice().buffer, { id: 'hi' });
  const fromBlob = await khabar.analyze(new Blob([bytes]), { id: 'hi' });
  assert.deepEqual(fromBuffer, fromBytes);
  assert.deepEqual(fromBlob, fromBytes);
  assert.equal(fromBytes.language, 'hi');
  assert.ok(fromBytes.text.includes('राजनाथ सिंह'));
  assertOffsetsUtf16(fromBytes);
});

test('a File keeps its name as the document name', { skip }, async () => {
  const file = new File(['Rajnath Singh met Vladimir Putin in Moscow on Tuesday.'], 'moscow-visit.txt', { type: 'text/plain' });
  const a = await khabar.analyze(file);
  assert.match(a.id, /moscow-visit/);
});

test('offsets are UTF-16 code units with emoji and Devanagari', { skip }, async () => {
  const text = '🇮🇳😀 नई दिल्ली: राजनाथ सिंह ने मंगलवार को मॉस्को में व्लादिमीर पुतिन से मुलाकात की. 🙏 Rajnath Singh met Vladimir Putin in Moscow on Tuesday, December 10, 2024.';
  const a = await khabar.analyze(text, { id: 'mixed', date: '2024-12-12' });
  assert.equal(a.text, text);
  assertOffsetsUtf16(a);
});

test('the same input gives the same analysis (determinism)', { skip }, async () => {
  const text = readFileSync(join(SAMPLES, EN), 'utf8');
  const a = JSON.stringify(await khabar.analyze(text, { id: 'x' }));
  const b = JSON.stringify(await khabar.analyze(text, { id: 'x' }));
  assert.equal(a, b);
});

test('bad options reject with an Error that names the problem', { skip }, async () => {
  await assert.rejects(() => khabar.analyze('text', { lang: 'fr' }), (e) => e instanceof Error && /lang/.test(e.message));
  await assert.rejects(() => khabar.analyze(42), TypeError);
});

test('merge() builds one corpus across documents', { skip }, async () => {
  const en = await khabar.analyze(readFileSync(join(SAMPLES, EN), 'utf8'), { id: 'en' });
  const hi = await khabar.analyze(readFileSync(join(SAMPLES, HI), 'utf8'), { id: 'hi' });
  const corpus = khabar.merge([en, hi]);
  assert.deepEqual(corpus.documents, ['en', 'hi']);
  assert.ok(Array.isArray(corpus.entities) && Array.isArray(corpus.timeline));
  for (const e of corpus.entities) {
    for (const m of e.mentions) {
      const doc = m.doc === 'en' ? en : hi;
      assert.ok(doc.entities.some((x) => x.id === m.entity), `corpus mention ${m.doc}/${m.entity} exists`);
    }
  }
  const dates = corpus.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort(), 'timeline sorted by date');
});

test('khabar.d.ts declares exactly the fields of model.rs', () => {
  const model = readFileSync(join(ROOT, 'crates/khabar-core/src/model.rs'), 'utf8');
  const dts = readFileSync(join(ROOT, 'www/khabar.d.ts'), 'utf8');
  const rustStructs = {};
  for (const m of model.matchAll(/pub struct (\w+) \{([\s\S]*?)\n\}/g)) {
    const fields = [];
    let rename = null;
    for (const line of m[2].split('\n')) {
      const r = line.match(/#\[serde\(rename = "(\w+)"\)\]/);
      if (r) rename = r[1];
      const f = line.match(/^\s*pub (\w+):/);
      if (f) {
        fields.push(rename ?? f[1]);
        rename = null;
      }
    }
    rustStructs[m[1]] = fields;
  }
  const tsInterfaces = {};
  for (const m of dts.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
    tsInterfaces[m[1]] = [...m[2].matchAll(/^\s*(\w+)\??:/gm)].map((f) => f[1]);
  }
  assert.ok(Object.keys(rustStructs).length >= 10, 'parsed model.rs');
  for (const [name, fields] of Object.entries(rustStructs)) {
    assert.deepEqual(tsInterfaces[name], fields, `interface ${name} mirrors struct ${name}`);
  }
  const variants = [...model.matchAll(/EntityType::\w+ => "(\w+)"/g)].map((m) => m[1]);
  const tsTypes = [...dts.match(/export type EntityType =([^;]*);/)[1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
  assert.deepEqual(tsTypes, variants);
});

test('the page\'s JSON export equals the native CLI\'s output (code point offsets)', async (t) => {
  const cli = join(ROOT, 'target/release/khabar');
  if (!built || !existsSync(cli)) {
    t.skip('needs www/pkg and target/release/khabar (`npm run build`)');
    return;
  }
  const { spawnSync } = await import('node:child_process');
  const { withCodePointOffsets } = await import('../../www/exports.js');
  for (const name of [EN, HI]) {
    const path = join(SAMPLES, name);
    const r = spawnSync(cli, ['analyze', '--format', 'jsonl', path], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const native = JSON.parse(r.stdout.split('\n')[0]);
    const wasm = withCodePointOffsets(await khabar.analyze(new Uint8Array(readFileSync(path)), { name }));
    // The CLI names a document by its path; everything else is identical.
    assert.equal(JSON.stringify({ ...wasm, id: native.id }), JSON.stringify(native), `${name}: wasm and native agree byte for byte`);
  }
});
