// The page in Debian's chromium: input, reading view, panels, timeline,
// corpus view, exports, crash recovery, small screens. Run: node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, watch, screenshot, dropFiles, waitIdle, skipReason, SAMPLE_EN, SAMPLE_HI } from './helpers.mjs';
import { englishAnalysis, hindiAnalysis } from './fixtures/synthetic.mjs';

const skip = skipReason();
let server;
let browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the app, with problems watched. */
async function openPage() {
  const page = await browser.context.newPage();
  const watcher = await watch(page);
  await page.goto(server.url);
  await page.waitForFunction(() => globalThis.khabarApp);
  return { page, watcher };
}

const sample = (path) => ({ name: path.split('/').pop(), data: readFileSync(path) });

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

test('dropping one file analyzes it and shows its text', { skip }, async () => {
  const { page, watcher } = await openPage();
  await dropFiles(page, '#dropzone', [sample(SAMPLE_EN)]);
  await waitIdle(page);
  const tabs = page.locator('#doc-tabs [role=tab]');
  assert.equal(await tabs.count(), 1);
  assert.match(await tabs.first().innerText(), /en-ani-nadda-murashko/);
  assert.match(await page.locator('.reading').innerText(), /Jagat Prakash Nadda/);
  assert.equal(await page.locator('#progress-area').isVisible(), false, 'progress bar hidden when done');
  assert.deepEqual(await watcher.all(), []);
  await screenshot(page, 'one-document', { fullPage: true });
  await page.close();
});

test('dropping several files: both samples and a binary get their own cards', { skip }, async () => {
  const { page, watcher } = await openPage();
  const pdf = { name: 'scan.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u0002\u0003stream\u0000\u0000') };
  await dropFiles(page, '#dropzone', [sample(SAMPLE_EN), pdf, sample(SAMPLE_HI)]);
  await waitIdle(page);
  const cards = page.locator('#doc-tabs [role=tab]');
  const labels = await cards.allInnerTexts();
  assert.ok(labels.some((l) => /en-ani-nadda/.test(l)), 'English sample card');
  assert.ok(labels.some((l) => /hi-rajnath/.test(l)), 'Hindi sample card');
  const states = await page.evaluate(() => khabarApp.state.docs.map((d) => [d.label, d.status, d.error]));
  const en = states.find(([l]) => /en-ani/.test(l));
  const hi = states.find(([l]) => /hi-rajnath/.test(l));
  assert.equal(en[1], 'done');
  assert.equal(hi[1], 'done', 'the Hindi sample is analyzed whatever happened to the PDF');
  const pdfState = states.find(([l]) => l === 'scan.pdf');
  if (pdfState[1] === 'error') {
    assert.match(pdfState[2], /PDF/i, 'the error names the format');
    assert.equal(await page.locator('.doc-card.status-error').count(), 1);
  }
  assert.ok(labels.some((l) => /All documents/.test(l)), 'a corpus tab once two documents are done');
  await page.click('#tab-hi-rajnath-putin-moscow-2024-12-10');
  assert.match(await page.locator('.reading').innerText(), /राजनाथ सिंह/);
  assert.equal(await page.locator('.reading').getAttribute('lang'), 'hi');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the date field is the reference date for an article that carries none', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.fill('#ref-date', '2024-12-12');
  await page.selectOption('#lang', 'en');
  await page.fill('#paste-box', 'Defence Minister Rajnath Singh met Russian President Vladimir Putin in Moscow on Tuesday.');
  await page.click('#analyze-paste');
  await waitIdle(page);
  const a = await page.evaluate(() => khabarApp.state.docs[0].analysis);
  assert.equal(a.published, '2024-12-12');
  assert.equal(a.published_source, 'caller');
  const tuesday = a.timexes.find((t) => t.text === 'Tuesday');
  if (tuesday) assert.equal(tuesday.value, '2024-12-10', 'news is past tense: the Tuesday before');
  assert.match(await page.locator('.doc-date').innerText(), /Reference date: Thu 12 Dec 2024 \(page\)/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('choosing a folder analyzes its articles and skips other files', { skip }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'khabar-folder-'));
  try {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a-en.txt'), readFileSync(SAMPLE_EN));
    await writeFile(join(dir, 'sub', 'b-hi.txt'), readFileSync(SAMPLE_HI));
    await writeFile(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await writeFile(join(dir, '.hidden.txt'), 'not this');
    const { page, watcher } = await openPage();
    await page.setInputFiles('#folder-input', dir);
    await waitIdle(page);
    const docs = await page.evaluate(() => khabarApp.state.docs.map((d) => [d.label, d.status]));
    assert.deepEqual(docs, [['a-en.txt', 'done'], ['b-hi.txt', 'done']]);
    assert.deepEqual(await watcher.all(), []);
    await page.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('highlights carry entity types; timexes show their value on hover and focus', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishAnalysis(), hindiAnalysis()]);
  await page.waitForSelector('.reading mark.ent');
  const marks = await page.$$eval('.reading mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type, m.dataset.entity, m.className]));
  assert.deepEqual(marks.find(([t]) => t === 'Rajnath Singh'), ['Rajnath Singh', 'PERSON', 'e1', 'ent ent-PERSON']);
  assert.deepEqual(marks.find(([t]) => t === 'Moscow').slice(0, 2), ['Moscow', 'GPE']);
  assert.equal(marks.length, 6);
  // Every legend entry a visible colour with enough contrast.
  const contrast = await page.$$eval('.reading mark.ent', (ms) => ms.map((m) => {
    const parse = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const lum = (c) => { const [r, g, b] = parse(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const s = getComputedStyle(m);
    const [l1, l2] = [lum(s.color), lum(s.backgroundColor)].sort((a, b) => b - a);
    return (l1 + 0.05) / (l2 + 0.05);
  }));
  assert.ok(contrast.every((c) => c >= 7), `contrast ≥ 7 (WCAG AAA): ${contrast.map((c) => c.toFixed(1))}`);
  // Quote marked with its speaker.
  const quote = page.locator('.reading .quote').first();
  assert.equal(await quote.getAttribute('data-speaker-name'), 'Rajnath Singh');
  // Hover: the tooltip shows the resolved value.
  const tuesday = page.locator('.reading .timex', { hasText: 'Tuesday' });
  assert.equal(await tuesday.getAttribute('data-value'), '2024-12-10');
  await tuesday.hover();
  await page.waitForSelector('#tooltip:not([hidden])');
  assert.match(await page.locator('#tooltip').innerText(), /2024-12-10/);
  assert.match(await tuesday.getAttribute('title'), /2024-12-10/);
  // Focus (keyboard): the same tooltip.
  await page.mouse.move(0, 0);
  await page.locator('.reading .timex', { hasText: 'June 2024' }).focus();
  assert.match(await page.locator('#tooltip').innerText(), /2024-06/);
  assert.equal(await page.locator('.reading .timex', { hasText: 'June 2024' }).getAttribute('aria-describedby'), 'tooltip');
  await screenshot(page, 'reading-view', { fullPage: true });
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('clicking an entity shows mentions, aliases, roles and other documents', { skip }, async () => {
  const { page, watcher } = await openPage();
  const en = englishAnalysis();
  const hi = hindiAnalysis();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [en, hi]);
  await page.click('.reading mark.ent[data-entity="e1"]');
  const box = page.locator('#entity-detail');
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /Rajnath Singh/);
  assert.match(text, /Defence Minister/, 'roles');
  assert.match(text, /Aliases\s+Singh/, 'aliases');
  assert.match(text, /Mentions \(2\)/);
  assert.doesNotMatch(text, /\bnull\b|\bundefined\b/, 'no placeholder leaks into the panel');
  assert.equal(await page.locator('.reading mark.ent.active').count(), 2, 'all its mentions are marked');
  // Click a mention: the reading view scrolls to it and focuses its sentence.
  await box.locator('.mention-link').nth(1).click();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sent-anchor focused');
  // The corpus merges the Latin and Devanagari names when the analyzer does.
  const corpus = await page.evaluate(() => khabarApp.state.corpus);
  const merged = corpus.entities.find((e) => e.mentions.some((m) => m.doc === 'synthetic-en' && m.entity === 'e1'));
  if (merged && merged.mentions.some((m) => m.doc === 'synthetic-hi')) {
    assert.match(text, /synthetic-hi/, 'the other document is listed');
    await box.locator('.other-docs button').first().click();
    assert.equal(await page.getAttribute('#tab-synthetic-hi', 'aria-selected'), 'true');
    assert.match(await page.locator('#entity-detail').innerText(), /राजनाथ सिंह/);
  }
  // Keyboard: Enter on a focused mark opens it too.
  await page.click('#tab-synthetic-en');
  await page.locator('.reading mark.ent[data-entity="e3"]').focus();
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#entity-detail').innerText(), /Moscow/);
  // Panel chips are sorted by salience within each type.
  const persons = await page.$$eval('.entity-group[data-type=PERSON] .ent-name', (n) => n.map((x) => x.textContent));
  assert.deepEqual(persons, ['Rajnath Singh', 'Vladimir Putin']);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the timeline is an SVG on a date scale; items link back to their sentence', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a]) => khabarApp.addAnalyses([{ analysis: a }]), [englishAnalysis()]);
  const items = await page.$$eval('.timeline-svg .tl-item', (gs) => gs.map((g) => [g.dataset.value, g.dataset.granularity, g.getBBox().x]));
  const june = items.find(([v]) => v === '2024-06');
  const dec = items.find(([v]) => v === '2024-12-10');
  assert.ok(june && dec, `items: ${JSON.stringify(items)}`);
  assert.equal(june[1], 'month', 'granularity shown');
  assert.ok(june[2] < dec[2], 'June is left of December');
  await page.locator('.timeline-svg .tl-item[data-value="2024-06"]').click();
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.match(focused, /-s\d+$/, 'the sentence anchor is focused');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test("the samples' dates appear on the timeline", { skip }, async () => {
  const { page } = await openPage();
  await page.click('#both-samples');
  await waitIdle(page);
  await page.click('#tab-corpus');
  const values = await page.$$eval('.timeline-svg .tl-item', (gs) => gs.map((g) => g.dataset.value));
  assert.ok(values.some((v) => v.startsWith('2025-12-04')), `2025-12-04 in ${values}`);
  assert.ok(values.some((v) => v.startsWith('2024-12-10')), `2024-12-10 in ${values}`);
  await screenshot(page, 'corpus-samples', { fullPage: true });
  await page.close();
});

test('real samples: every mention is highlighted with its type', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.click('#both-samples');
  await waitIdle(page);
  for (const tab of ['#tab-en-ani-nadda-murashko-2025-12-04', '#tab-hi-rajnath-putin-moscow-2024-12-10']) {
    await page.click(tab);
    const expected = await page.evaluate((key) => {
      const d = khabarApp.state.docs.find((x) => `#tab-${x.key}` === key);
      return d.analysis.entities.flatMap((e) => e.mentions.map((m) => [m.text, e.type]));
    }, tab);
    const marks = await page.$$eval('.reading mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type]));
    // Nested spans may clip a mark; every mention's type still shows.
    assert.ok(marks.length >= expected.length * 0.9, `${marks.length} marks for ${expected.length} mentions`);
    for (const [, type] of expected) assert.ok(marks.some(([, t]) => t === type));
    await screenshot(page, `sample-${tab.includes('-hi-') ? 'hi' : 'en'}`, { fullPage: true });
  }
  // The main view as a reader sees it (the README's screenshot).
  await page.click('#tab-hi-rajnath-putin-moscow-2024-12-10');
  await page.locator('.reading mark.ent-PERSON').first().click();
  await page.evaluate(() => document.querySelector('.doc-head').scrollIntoView());
  await screenshot(page, 'main-view');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the corpus view: entity table, timeline and co-occurrence network', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishAnalysis(), hindiAnalysis()]);
  await page.click('#tab-corpus');
  await page.waitForSelector('.corpus-entities');
  const rows = await page.$$eval('.corpus-entities tbody tr', (trs) => trs.map((tr) => tr.innerText));
  assert.ok(rows.length >= 5, rows.join('\n'));
  const values = await page.$$eval('.timeline-svg .tl-item', (gs) => gs.map((g) => [g.dataset.value, g.dataset.doc]));
  assert.ok(values.some(([, d]) => d.split(' ').includes('synthetic-en')) && values.some(([, d]) => d.split(' ').includes('synthetic-hi')), 'one timeline across both documents');
  assert.ok(values.some(([v]) => v === '2024-12-08'), 'the Hindi event is on it');
  const nodes = await page.$$eval('.network-svg .node', (ns) => ns.map((n) => n.getAttribute('aria-label')));
  assert.ok(nodes.some((n) => /PERSON/.test(n)), `network nodes: ${nodes}`);
  assert.ok(await page.locator('.network-svg .edge').count() >= 1, 'people in one sentence are linked');
  await screenshot(page, 'corpus-view', { fullPage: true });
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('exports: JSON, CSVs, TimelineJS and the HTML report', { skip }, async () => {
  const { page, watcher } = await openPage();
  const en = englishAnalysis();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [en, hindiAnalysis()]);

  const json = JSON.parse((await download(page, '[data-export=json]')).text);
  assert.deepEqual(Object.keys(json), ['documents', 'corpus']);
  assert.equal(json.documents.length, 2);
  assert.deepEqual(json.corpus.documents, ['synthetic-en', 'synthetic-hi']);
  // Offsets become code points (the emoji is 2 UTF-16 units, 1 code point).
  const hashtag = en.text.indexOf('#IndiaRussia');
  const doc = json.documents[0];
  assert.equal(doc.paragraphs[0].end, [...en.text].length);
  assert.equal([...doc.text].slice(doc.timexes[2].start, doc.timexes[2].end).join(''), 'June 2024');
  assert.ok(hashtag > 0);

  const ents = (await download(page, '[data-export=entities-csv]')).text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(ents[0], 'doc,entity,corpus_entity,type,name,aliases,roles,salience,mentions');
  assert.ok(ents.some((l) => /^synthetic-en,e1,c\d+,PERSON,Rajnath Singh,Singh,Defence Minister,0\.900,2$/.test(l)), ents.join('\n'));
  assert.ok(ents.some((l) => l.startsWith('synthetic-hi,e1,') && l.includes('राजनाथ सिंह')));

  const quotes = (await download(page, '[data-export=quotes-csv]')).text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(quotes[0], 'doc,speaker,speaker_name,kind,cue,text,start,end');
  assert.match(quotes[1], /^synthetic-en,e1,Rajnath Singh,direct,said,"""Our friendship is higher than the highest mountain,""",/);

  const tl = (await download(page, '[data-export=timeline-csv]')).text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(tl[0], 'date,granularity,doc,event,text,participants');
  assert.ok(tl.some((l) => l.startsWith('2024-06,month,synthetic-en')), tl.join('\n'));

  const tljs = JSON.parse((await download(page, '[data-export=timelinejs]')).text);
  assert.ok(tljs.title.text.headline);
  const june = tljs.events.find((e) => e.display_date === 'June 2024');
  assert.deepEqual(june.start_date, { year: '2024', month: '6' });
  assert.ok(tljs.events.every((e) => e.text.headline && !/[<>]/.test(e.text.text)));

  const report = await download(page, '[data-export=html]');
  assert.match(report.name, /\.html$/);
  assert.match(report.text, /^<!doctype html>/);
  assert.match(report.text, /Content-Security-Policy" content="default-src 'none'/);
  assert.doesNotMatch(report.text, /<script|<link|src=|url\(/i, 'self-contained, nothing to load or run');
  assert.match(report.text, /<mark class="ent ent-PERSON" data-type="PERSON" data-entity="e1"[^>]*>Rajnath Singh<\/mark>/);
  assert.match(report.text, /राजनाथ सिंह/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('a wasm crash shows an error card and the restarted worker analyzes the next document', { skip }, async () => {
  const { page } = await openPage();
  await page.evaluate(() => khabarApp.crashAnalyzer());
  await waitIdle(page);
  const crashed = await page.evaluate(() => khabarApp.state.docs[0]);
  assert.equal(crashed.status, 'error');
  assert.match(crashed.error, /crashed/);
  assert.match(await page.locator('#view .error-card').innerText(), /crashed/);
  assert.match(await page.locator('#status').innerText(), /analyzed|restarted/);
  await page.fill('#paste-box', 'Defence Minister Rajnath Singh met Vladimir Putin in Moscow on Tuesday.');
  await page.click('#analyze-paste');
  await waitIdle(page);
  const next = await page.evaluate(() => khabarApp.state.docs[1]);
  assert.equal(next.status, 'done', next.error);
  assert.equal(await page.evaluate(() => khabarApp.analyzerMode), 'worker');
  await page.close();
});

test('cancel stops a batch; the page stays usable', { skip }, async () => {
  const { page, watcher } = await openPage();
  const big = 'Defence Minister Rajnath Singh met Vladimir Putin in Moscow on Tuesday. '.repeat(70000); // ~5 MB
  await page.evaluate((text) => khabarApp.enqueue([{ label: 'big.txt', input: text }, { label: 'next.txt', input: text }]), big);
  await page.waitForSelector('#progress-area:not([hidden])');
  // The main thread stays responsive while the worker works.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  assert.ok(Date.now() - t0 < 1000, 'a frame within a second');
  await page.click('#cancel');
  await waitIdle(page);
  const states = await page.evaluate(() => khabarApp.state.docs.map((d) => d.status));
  assert.ok(states.every((s) => s === 'cancelled' || s === 'done'), states.join());
  await page.fill('#paste-box', 'Rajnath Singh met Vladimir Putin on Tuesday.');
  await page.click('#analyze-paste');
  await waitIdle(page);
  assert.equal(await page.evaluate(() => khabarApp.state.docs.at(-1).status), 'done');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('a 5 MB article is analyzed and shown without freezing the page', { skip }, async () => {
  const { page, watcher } = await openPage();
  const en = readFileSync(SAMPLE_EN, 'utf8');
  const big = `${en}\n\n`.repeat(Math.ceil(5e6 / en.length));
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.evaluate((text) => khabarApp.enqueue([{ label: 'big.txt', input: text }]), big);
  await waitIdle(page, 240000);
  assert.equal(await page.evaluate(() => khabarApp.state.docs[0].status), 'done');
  await page.waitForFunction(() => !document.querySelector('.reading[aria-busy]'), null, { timeout: 180000 });
  const longest = await page.evaluate(() => window.__longest);
  assert.ok(longest < 2000, `longest main-thread task ${Math.round(longest)} ms`);
  // The end of the text is there and reachable.
  const last = await page.evaluate(() => document.querySelector('.reading').lastElementChild.textContent);
  assert.match(last, /SCO Summit/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('usable on a 390 px phone and at 200 % zoom; keyboard reaches the controls', { skip }, async () => {
  const { page, watcher } = await openPage();
  // Tab order starts with the skip link, then the file and folder pickers, then the paste box.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file-input');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'folder-input');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'paste-box');
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishAnalysis(), hindiAnalysis()]);
  for (const [w, h, name] of [[390, 844, 'phone-390'], [640, 450, 'zoom-200']]) {
    await page.setViewportSize({ width: w, height: h });
    await page.click('#tab-synthetic-en');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling at ${w}px (overflow ${overflow}px)`);
    await screenshot(page, name, { fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  // Arrow keys move between document tabs.
  await page.focus('#tab-synthetic-en');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-synthetic-hi');
  assert.equal(await page.getAttribute('#tab-synthetic-hi', 'aria-selected'), 'true');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});
