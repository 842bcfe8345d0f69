// The page a news desk relies on (issue 22): delivery and download progress,
// the result brought into view (the first visit's timing: visit.test.mjs), a timeline that tells the story, dates per
// document, CSV/JSONL batches, findability at corpus scale, one tab stop per
// group, the Hindi interface, a Devanagari font of its own, CSV with a BOM.
// One browser for all but the font test (which needs a profile without a
// Devanagari system font). Run: node --test tests/e2e/desk.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watch, dropFiles, waitIdle, skipReason, screenshot, sharedBrowser, analyzePasted } from './helpers.mjs';
import { englishAnalysis, hindiAnalysis } from './fixtures/synthetic.mjs';
import { serve } from '../../scripts/serve.mjs';

const skip = skipReason();
const shared = sharedBrowser();
const openPage = (opts) => shared.openPage(opts);

/** serve.mjs on a free port: the server `npm start` runs. */
async function startNpmServer() {
  const s = await serve(0);
  const { port } = s.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => { s.closeAllConnections?.(); s.close(() => r()); }) };
}

test('delivery: the module goes out compressed, hashed names are immutable', { skip }, async () => {
  const s = await startNpmServer();
  try {
    const assets = JSON.parse(await (await fetch(`${s.url}pkg/assets.json`)).text());
    assert.match(assets.wasm, /^khabar_wasm_bg\.[0-9a-f]{12}\.wasm$/);
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip, deflate', 'gzip']]) {
      const res = await fetch(`${s.url}pkg/${assets.wasm}`, { headers: { 'Accept-Encoding': accept } });
      // Node's fetch decodes the body; the wire size is Content-Length.
      assert.equal(res.headers.get('content-encoding'), encoding);
      assert.match(res.headers.get('vary'), /Accept-Encoding/);
      assert.match(res.headers.get('cache-control'), /immutable/);
      const wire = Number(res.headers.get('content-length'));
      assert.ok(wire <= 2 * 1024 * 1024, `${encoding}: ${wire} bytes on the wire`);
      assert.equal((await res.arrayBuffer()).byteLength, assets.bytes);
    }
    const plain = await fetch(`${s.url}index.html`, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.headers.get('cache-control'), 'no-cache');
    const again = await fetch(`${s.url}index.html`, { headers: { 'If-None-Match': plain.headers.get('etag') } });
    assert.equal(again.status, 304);
  } finally {
    await s.close();
  }
});

test('after a sample the result is in view and focused, on a desktop and a phone', { skip }, async () => {
  for (const [w, h] of [[1366, 900], [390, 844]]) {
    const { page, watcher } = await openPage();
    await page.setViewportSize({ width: w, height: h });
    await page.click('button.sample[data-sample*="en-ani"]');
    await waitIdle(page);
    await page.waitForFunction(() => document.activeElement && document.activeElement.matches('.doc-head h2'));
    const box = await page.locator('.doc-head h2').boundingBox();
    assert.ok(box.y >= -1 && box.y + box.height <= h, `${w}px: heading at y=${box.y}`);
    const reading = await page.locator('.reading').boundingBox();
    assert.ok(reading.y < h * 2, `${w}px: the text starts at y=${reading.y}`);
    assert.match(await page.locator('#status').innerText(), /analyzed: \d+ entities/);
    if (w < 500) {
      // The section bar sticks to the top and leads to each panel.
      const bar = page.locator('.section-bar');
      assert.ok(await bar.isVisible());
      await page.locator('.section-bar a[href="#sec-entities"]').click();
      // The panel lands in the top half (once the panels above it have
      // laid out), unless what follows it is too short for it to climb.
      const landed = await page
        .waitForFunction((half) => {
          const y = document.querySelector('#sec-entities').getBoundingClientRect().y;
          const s = document.scrollingElement;
          const atEnd = s.scrollTop > 0 && s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
          return y >= 0 && (y < half || atEnd);
        }, h / 2, { timeout: 3000 })
        .then(() => true, () => false);
      const ent = await page.locator('#sec-entities').boundingBox();
      assert.ok(landed, `Entities panel at y=${ent.y}`);
      const barBox = await bar.boundingBox();
      assert.ok(barBox.y >= -1 && barBox.y < 5, `the bar sticks at the top (y=${barBox.y})`);
    } else {
      assert.equal(await page.locator('.section-bar').isVisible(), false);
    }
    assert.deepEqual(await watcher.all(), []);
    await page.close();
  }
});

test('the timeline tells the story: dates in words, who did what, same-day items apart', { skip }, async () => {
  const { page, watcher } = await openPage();
  const en = englishAnalysis();
  // A second event on the same day as the first.
  en.events.push({ ...en.events[0], id: 'v3', trigger: 'signed', participants: ['e2'] });
  await page.evaluate(([a]) => khabarApp.addAnalyses([{ analysis: a }]), [en]);
  const items = await page.$$eval('.timeline-svg .tl-item', (gs) => gs.map((g) => ({
    value: g.dataset.value, kind: g.classList.contains('tl-event') ? 'event' : 'other', date: g.querySelector('.tl-date').textContent, label: g.querySelector('.tl-label').textContent, y: g.getBBox().y,
  })));
  const dec = items.filter((i) => i.value === '2024-12-10' && i.kind === 'event');
  assert.equal(dec.length, 2, 'two events on one day: two items');
  assert.ok(Math.abs(dec[0].y - dec[1].y) >= 30, 'stacked, not on top of each other');
  assert.equal(dec[0].date, 'Tue 10 Dec 2024');
  assert.ok(dec.some((i) => i.label === 'Rajnath Singh met Vladimir Putin, Moscow'), JSON.stringify(dec));
  assert.equal(items.find((i) => i.value === '2024-06').date, 'June 2024');
  const all = (await page.$$eval('.timeline-svg text', (ts) => ts.map((x) => x.textContent))).join('\n');
  assert.doesNotMatch(all, /\d{4}-\d{2}|T(MO|AF|EV|NI)\b|· year|\(\d+\)$/m, 'no raw TIMEX3 values or collapsed counts');
  // Axis labels stay inside the drawing.
  const clipped = await page.$$eval('.timeline-svg', (svgs) => svgs.flatMap((s) => {
    const w = s.viewBox.baseVal.width;
    return [...s.querySelectorAll('.tick-label, .tl-item text')].map((t) => t.getBBox()).filter((b) => b.x < -0.5 || b.x + b.width > w + 0.5);
  }));
  assert.deepEqual(clipped, []);
  // Zoom widens the scale; the items stay one tab stop, arrows move.
  const before = await page.$eval('.timeline-svg', (s) => s.viewBox.baseVal.width);
  await page.click('.timeline-tools .zoom-in');
  assert.ok(await page.$eval('.timeline-svg', (s) => s.viewBox.baseVal.width) > before);
  assert.equal(await page.locator('.tl-item[tabindex="0"]').count(), 1);
  await page.locator('.tl-item[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('tl-item')), true);
  // A part of the day is words, not "TMO".
  const hi = hindiAnalysis();
  hi.events[1].date = '2024-12-08TMO';
  await page.evaluate(([a]) => khabarApp.addAnalyses([{ analysis: a }]), [hi]);
  await page.click('#tab-synthetic-hi');
  const hiText = await page.locator('.timeline-panel').innerText();
  assert.match(hiText, /Sun 8 Dec 2024, morning/);
  assert.doesNotMatch(hiText, /TMO/);
  await page.click('#tab-corpus');
  const docs = await page.$$eval('.timeline-svg .tl-doc-label', (ts) => ts.map((t) => t.textContent));
  assert.ok(docs.length >= 3, 'corpus items name their document');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test("a document's date is shown and editable; editing re-analyzes it", { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.selectOption('#lang', 'en');
  await analyzePasted(page, 'Defence Minister Rajnath Singh met Russian President Vladimir Putin in Moscow on Tuesday.');
  assert.equal(await page.evaluate(() => khabarApp.state.docs[0].analysis.published), null);
  await page.click('.doc-date-change');
  await page.fill('.doc-date-input', '2024-12-12');
  await page.click('.doc-date-apply');
  await waitIdle(page);
  await page.waitForFunction(() => khabarApp.state.docs[0].analysis && khabarApp.state.docs[0].analysis.published === '2024-12-12');
  const a = await page.evaluate(() => khabarApp.state.docs[0].analysis);
  const tuesday = a.timexes.find((x) => x.text === 'Tuesday');
  if (tuesday) assert.equal(tuesday.value, '2024-12-10');
  assert.match(await page.locator('#doc-tabs [role=tab]').first().innerText(), /Thu 12 Dec 2024 \(set here\)/);
  assert.match(await page.locator('.doc-date').innerText(), /Thu 12 Dec 2024 \(set here\)/);
  // The page's date applies to new and undated documents and offers to redo the others.
  await analyzePasted(page, 'Rajnath Singh met Vladimir Putin on Tuesday.');
  await page.fill('#ref-date', '2025-01-10');
  await page.locator('#ref-date').dispatchEvent('change');
  const rerun = page.locator('#rerun-others');
  assert.match(await rerun.innerText(), /Re-analyze the 1 other document with Fri 10 Jan 2025/);
  await rerun.click();
  await page.waitForFunction(() => khabarApp.state.docs[1].analysis && khabarApp.state.docs[1].analysis.published === '2025-01-10');
  assert.equal(await page.evaluate(() => khabarApp.state.docs[0].analysis.published), '2024-12-12', 'its own date is kept');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('a CSV and a JSONL batch: one document per row, each with its date', { skip }, async () => {
  const { page, watcher } = await openPage();
  const csv = 'id,title,date,text\r\n' +
    'a1,Singh in Moscow,2024-12-10,"Defence Minister Rajnath Singh met Vladimir Putin in Moscow on Tuesday, officials said."\r\n' +
    'a2,"Nadda, Murashko",2025-12-04T10:30:00+05:30,"Health Minister J P Nadda met Mikhail Murashko in New Delhi on Thursday."\r\n';
  const jsonl = `${JSON.stringify({ id: 'j1', text: 'राजनाथ सिंह ने मंगलवार को मॉस्को में पुतिन से मुलाकात की।', date: '2024-12-10' })}\n` +
    `${JSON.stringify({ id: 'j2', html: '<html><body><p>Putin arrived in New Delhi on Thursday for talks.</p></body></html>', date: '2025-12-04' })}\n`;
  await dropFiles(page, '#dropzone', [{ name: 'desk.csv', type: 'text/csv', data: Buffer.from(csv) }, { name: 'cms.jsonl', type: 'application/x-ndjson', data: Buffer.from(jsonl) }]);
  await waitIdle(page);
  const docs = await page.evaluate(() => khabarApp.state.docs.map((d) => [d.key, d.label, d.status, d.analysis && d.analysis.published]));
  assert.deepEqual(docs, [
    ['a1', 'Singh in Moscow', 'done', '2024-12-10'],
    ['a2', 'Nadda, Murashko', 'done', '2025-12-04'],
    ['j1', 'j1', 'done', '2024-12-10'],
    ['j2', 'j2', 'done', '2025-12-04'],
  ]);
  const a1 = await page.evaluate(() => khabarApp.state.docs[0].analysis);
  const tuesday = a1.timexes.find((x) => x.text === 'Tuesday');
  if (tuesday) assert.equal(tuesday.value, '2024-12-10');
  assert.match(await page.locator('#tab-a1').innerText(), /Tue 10 Dec 2024 \(batch\)/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

/** A made-up name word per number ("Banadi"), so no two documents' names merge. */
function word(n) {
  let s = '';
  for (let m = n + 1000; m; m = Math.floor(m / 20)) s += 'bcdfghjklmnpqrstvwxz'[m % 20] + 'aeiou'[m % 5];
  return s[0].toUpperCase() + s.slice(1);
}

test('the merged table: text filter, type filter, sort, pages; the network ranks by salience', { skip }, async () => {
  const { page, watcher } = await openPage();
  // 30 synthetic documents: 3 shared names and many one-off ones.
  const list = [];
  for (let i = 0; i < 30; i++) {
    const a = englishAnalysis();
    a.id = `doc-${i}`;
    for (let k = 0; k < 9; k++) {
      const name = `${word(i * 9 + k)} ${word(i * 9 + k + 777)}`;
      a.text += ` ${name}.`;
      const start = a.text.length - name.length - 1;
      a.entities.push({ id: `x${k}`, type: k % 2 ? 'ORG' : 'PERSON', name, aliases: [], roles: [], salience: 0.01, mentions: [{ start, end: start + name.length, text: name }] });
    }
    list.push({ analysis: a, label: `Article number ${i} with a long file name that would wrap on a phone.html` });
  }
  await page.evaluate((l) => khabarApp.addAnalyses(l), list);
  await page.click('#tab-corpus');
  await page.waitForSelector('.corpus-entities');
  const total = await page.evaluate(() => khabarApp.state.corpus.entities.length);
  assert.ok(total > 200, `${total} merged entities`);
  assert.equal(await page.locator('.corpus-entities tbody tr').count(), 100, 'one page of 100 rows');
  assert.match(await page.locator('.ent-count-line').innerText(), new RegExp(`1–100 of ${total}`));
  await page.click('.ent-next');
  assert.match(await page.locator('.ent-count-line').innerText(), /101–200/);
  await page.fill('#ent-filter', 'putin');
  const rows = await page.$$eval('.corpus-entities tbody tr th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(rows, ['Vladimir Putin']);
  await page.fill('#ent-filter', '');
  await page.selectOption('#ent-type', 'GPE');
  const types = await page.$$eval('.corpus-entities tbody tr td:nth-child(2)', (tds) => [...new Set(tds.map((t) => t.textContent))]);
  assert.deepEqual(types, ['GPE']);
  await page.selectOption('#ent-type', '');
  await page.selectOption('#ent-sort', 'mentions');
  const mentions = await page.$$eval('.corpus-entities tbody tr td:last-child', (tds) => tds.map((t) => Number(t.textContent)));
  assert.deepEqual(mentions, [...mentions].sort((x, y) => y - x));
  assert.equal(mentions[0], 60, 'Rajnath Singh: 2 mentions in each of 30 documents');
  // The network: the top 25 by summed salience, the shared names first.
  const nodes = await page.$$eval('.network-svg .node', (ns) => ns.map((n) => n.querySelector('title').textContent));
  assert.equal(nodes.length, 25);
  assert.match(nodes[0], /Rajnath Singh/);
  assert.match(nodes[1], /Vladimir Putin/);
  // Phone: rows stay short (file names do not wrap).
  await page.setViewportSize({ width: 390, height: 844 });
  const tall = await page.$$eval('.corpus-entities tbody tr', (trs) => Math.max(...trs.slice(0, 20).map((tr) => tr.getBoundingClientRect().height)));
  assert.ok(tall < 120, `tallest row ${tall}px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('keyboard: the article is one tab stop; at most 10 Tabs from the result to the first entity chip', { skip }, async (t) => {
  const { page, watcher } = await openPage();
  await page.click('button.sample[data-sample*="en-ani"]');
  await waitIdle(page);
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('.doc-head h2'));
  let tabs = 0;
  for (; tabs < 40; tabs++) {
    if (await page.evaluate(() => document.activeElement.classList.contains('ent-chip'))) break;
    await page.keyboard.press('Tab');
  }
  t.diagnostic(`${tabs} Tabs from the result's heading to the first entity chip`);
  assert.ok(tabs <= 10, `${tabs} Tabs to the first entity chip`);
  assert.equal(await page.locator('.reading [tabindex="0"]').count(), 1, 'one tab stop in the text');
  // Arrow keys move between highlights inside the text.
  await page.locator('.reading [tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.evaluate(() => document.activeElement.textContent), first);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.reading') !== null), true);
  assert.equal(await page.locator('.entity-groups .ent-chip[tabindex="0"]').count(), 1, 'chips: one tab stop');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the interface in Hindi: the browser language picks it; the switch changes it', { skip }, async () => {
  const { page, watcher } = await openPage({
    init: () => {
      Object.defineProperty(navigator, 'languages', { get: () => ['hi-IN', 'en'] });
      try {
        localStorage.removeItem('khabar-ui-lang');
      } catch {
        /* storage */
      }
    },
  });
  assert.equal(await page.getAttribute('html', 'lang'), 'hi');
  assert.equal(await page.locator('#analyze-paste').innerText(), 'चिपकाया टेक्स्ट जाँचें');
  await page.evaluate(([a]) => khabarApp.addAnalyses([{ analysis: a }]), [englishAnalysis()]);
  assert.equal(await page.locator('#tl-h').innerText(), 'समयरेखा');
  const kinds = await page.$$eval('.quotes .kind', (ks) => ks.map((k) => k.textContent));
  assert.ok(kinds.length && kinds.every((k) => /[\u0900-\u097F]/.test(k)), `quote kinds in Hindi: ${kinds}`);
  assert.match(await page.locator('.entity-group[data-type=PERSON] h4').innerText(), /^व्यक्ति \(2\)$/);
  assert.match(await page.locator('.doc-date').innerText(), /^संदर्भ तारीख़: /);
  await page.selectOption('#ui-lang', 'en');
  assert.equal(await page.locator('#analyze-paste').innerText(), 'Analyze pasted text');
  assert.equal(await page.locator('#tl-h').innerText(), 'Timeline');
  await page.selectOption('#ui-lang', 'hi');
  assert.equal(await page.evaluate(() => localStorage.getItem('khabar-ui-lang')), 'hi');
  await page.selectOption('#ui-lang', 'en');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('exports: CSV files start with a UTF-8 byte order mark; Clear all can be undone', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishAnalysis(), hindiAnalysis()]);
  for (const kind of ['entities-csv', 'quotes-csv', 'timeline-csv']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export=${kind}]`)]);
    const bytes = await readFile(await dl.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${kind} starts with a BOM`);
  }
  await page.click('#clear');
  assert.equal(await page.locator('#doc-tabs [role=tab]').count(), 0);
  await page.click('#undo-clear');
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs [role=tab]').length === 3);
  assert.match(await page.locator('#status').innerText(), /Restored 2/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('Devanagari renders with the page\'s own font where the system has none', { skip }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'khabar-fonts-'));
  const conf = join(dir, 'fonts.conf');
  // A fontconfig with Latin fonts only (no Devanagari anywhere).
  await writeFile(conf, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
  const bare = await launch({ env: { ...process.env, FONTCONFIG_FILE: conf } });
  try {
    const page = await bare.context.newPage();
    const watcher = await watch(page);
    await page.goto(shared.server.url);
    await page.waitForFunction(() => globalThis.khabarApp);
    await page.evaluate(([a]) => khabarApp.addAnalyses([{ analysis: a }]), [hindiAnalysis()]);
    await page.evaluate(() => document.fonts.ready);
    const m = await page.evaluate(async () => {
      const probe = (text, family) => {
        const s = document.createElement('span');
        s.textContent = text;
        s.style.font = `32px ${family}`;
        s.style.position = 'absolute';
        document.body.append(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return w;
      };
      const page = getComputedStyle(document.body).fontFamily;
      await document.fonts.load('32px "khabar Devanagari"', 'क');
      // Each glyph's own width: a box (tofu) is the same for every letter.
      return {
        ka: probe('क', page), i: probe('ि', page), ksha: probe('क्ष', page), ma: probe('म', page),
        boxKa: probe('क', 'sans-serif'), boxMa: probe('म', 'sans-serif'),
        loaded: [...document.fonts].filter((f) => f.family.includes('khabar Devanagari') && f.status === 'loaded').length,
      };
    });
    assert.equal(m.boxKa, m.boxMa, 'without the page font every letter is the same box');
    assert.ok(m.loaded >= 1, 'the page font loaded');
    assert.notEqual(m.ka, m.boxKa, 'क is not a box');
    assert.notEqual(m.ksha, 2 * m.ka, 'क्ष is one conjunct, not two letters');
    assert.notEqual(m.ka, m.i, 'letters and vowel signs differ in width');
    await screenshot(page, 'no-system-devanagari');
    assert.deepEqual(await watcher.all(), []);
    await page.close();
  } finally {
    await bare.close();
    await rm(dir, { recursive: true, force: true });
  }
});

