// Figures in the page (issue 24): money, percentages, quantities and counts
// highlighted in the text, a sortable "Figures" panel per document, a table
// across documents and its CSV. The first tests show hand-made analyses (so
// every value and order is known); the last runs the real analyzer (wasm) on
// English and Hindi text. Run: node --test tests/e2e/figures.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { skipReason, sharedBrowser, waitIdle, screenshot, startServer, launch, ROOT } from './helpers.mjs';

const skip = skipReason();
const shared = sharedBrowser();
const openPage = (opts) => shared.openPage(opts);

function at(text, needle) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return { start: i, end: i + needle.length, text: needle };
}

function sentences(text, language) {
  const out = [];
  const re = /(?:[^.।!?]|[.।!?](?=\S))+[.।!?]?/g; // "12.5" does not end a sentence
  let m;
  while ((m = re.exec(text))) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    const e = m.index + m[0].trimEnd().length;
    if (e > s) out.push({ start: s, end: e, language });
  }
  return out;
}

const EMPTY = { title: null, byline: null, dateline: null, published: '2024-12-10', published_source: 'caller', timexes: [], quotes: [], events: [], relations: [], links: { urls: [], handles: [], hashtags: [] }, embeds: [], warnings: [] };
const HOSTILE = '<img src=x onerror="window.__pwned=1">₹5 lakh';

/** An English analysis with five figures (one of them hostile markup) and an entity inside a figure's sentence. */
function englishFigures() {
  const text = `The Cabinet approved a Rs 1,500 crore scheme for Adani Green. Power demand grew 12.5 per cent. ` +
    `The states will add about Rs 250 crore, and the parks 2,000 MW. Exports rose to USD 100 billion. Fees: ${HOSTILE}.`;
  const e1 = { id: 'e1', type: 'ORG', name: 'Adani Green', aliases: [], roles: [], salience: 0.8, mentions: [at(text, 'Adani Green')] };
  return {
    ...EMPTY, id: 'fig-en', language: 'en', text,
    paragraphs: [{ start: 0, end: text.length }], sentences: sentences(text, 'en'), entities: [e1],
    figures: [
      { ...at(text, 'Rs 1,500 crore'), kind: 'money', value: 1.5e10, unit: 'INR', approx: false, subject: 'e1' },
      { ...at(text, '12.5 per cent'), kind: 'percent', value: 12.5, unit: '%', approx: false, subject: null },
      { ...at(text, 'about Rs 250 crore'), kind: 'money', value: 2.5e9, unit: 'INR', approx: true, subject: null },
      { ...at(text, '2,000 MW'), kind: 'quantity', value: 2000, unit: 'MW', approx: false, subject: null },
      { ...at(text, 'USD 100 billion'), kind: 'money', value: 1e11, unit: 'USD', approx: false, subject: null },
      { ...at(text, HOSTILE), kind: 'money', value: 5e5, unit: 'INR', approx: false, subject: null },
    ],
  };
}

function hindiFigures() {
  const text = 'सरकार ने हर किसान को ढाई लाख रुपये देने का ऐलान किया। उत्पादन में 5-7 फीसदी की बढ़ोतरी हुई।';
  return {
    ...EMPTY, id: 'fig-hi', language: 'hi', text,
    paragraphs: [{ start: 0, end: text.length }], sentences: sentences(text, 'hi'), entities: [],
    figures: [
      { ...at(text, 'ढाई लाख रुपये'), kind: 'money', value: 250000, unit: 'INR', approx: false, subject: null },
      { ...at(text, '5-7 फीसदी'), kind: 'percent', value: 5, range_to: 7, unit: null, approx: false, subject: null },
    ],
  };
}

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

const rowTexts = (page, table) => page.$$eval(`${table} tbody tr .fig-goto`, (bs) => bs.map((b) => b.textContent));

test('figures are highlighted in the text, as text, with a legend entry and their value on hover and focus', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishFigures(), hindiFigures()]);
  await page.waitForSelector('.reading .figure');
  const marks = await page.$$eval('.reading .figure', (ns) => ns.map((n) => [n.textContent, n.dataset.kind, n.dataset.unit || null]));
  assert.deepEqual(marks, [
    ['Rs 1,500 crore', 'money', 'INR'], ['12.5 per cent', 'percent', '%'], ['about Rs 250 crore', 'money', 'INR'],
    ['2,000 MW', 'quantity', 'MW'], ['USD 100 billion', 'money', 'USD'], [HOSTILE, 'money', 'INR'],
  ]);
  // Markup in a figure is shown as text: no element is made from it.
  assert.equal(await page.locator('#view img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Not colour alone: a full border (entities have a background, dates a dotted underline), dark enough on white.
  const style = await page.$eval('.reading .figure', (n) => {
    const s = getComputedStyle(n);
    return { top: s.borderTopStyle, left: s.borderLeftStyle, color: s.borderTopColor };
  });
  assert.equal(style.top, 'solid');
  assert.equal(style.left, 'solid');
  const ratio = await page.evaluate((c) => {
    const lin = c.match(/\d+/g).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const l = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    return 1.05 / (l + 0.05);
  }, style.color);
  assert.ok(ratio >= 4.5, `figure border contrast on white ${ratio.toFixed(1)}`);
  assert.match(await page.locator('.legend').innerText(), /Figure \(money, percentage, quantity, count\)/);
  // The tooltip: kind, value in words, subject.
  const crore = page.locator('.reading .figure', { hasText: 'Rs 1,500 crore' });
  assert.equal(await crore.getAttribute('title'), 'Money: ₹1,500 crore (15 billion INR) — Adani Green');
  await crore.hover();
  await page.waitForSelector('#tooltip:not([hidden])');
  assert.equal(await page.locator('#tooltip').innerText(), 'Money: ₹1,500 crore (15 billion INR) — Adani Green');
  // Keyboard: one tab stop for all highlights; arrows reach the figures, focus shows the same tooltip.
  await page.mouse.move(0, 0);
  await page.locator('.reading mark.ent').first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '12.5 per cent');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'tooltip');
  assert.equal(await page.locator('#tooltip').innerText(), 'Percentage: 12.5%');
  // Enter on a figure brings its row in the panel into view and focuses it.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.value), '12.5');
  assert.equal(await page.evaluate(() => document.activeElement.closest('section')?.id), 'sec-figures');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('a figure inside an entity mark nests as the other highlights do, and is no button inside a button', { skip }, async () => {
  const { page, watcher } = await openPage();
  const text = 'The Rs 500 crore Fund was set up in 2019. It lends 8 per cent.';
  const analysis = {
    ...EMPTY, id: 'fig-nested', language: 'en', text,
    paragraphs: [{ start: 0, end: text.length }], sentences: sentences(text, 'en'),
    entities: [{ id: 'e1', type: 'ORG', name: 'Rs 500 crore Fund', aliases: [], roles: [], salience: 0.5, mentions: [at(text, 'Rs 500 crore Fund')] }],
    figures: [
      { ...at(text, 'Rs 500 crore'), kind: 'money', value: 5e9, unit: 'INR', approx: false, subject: 'e1' },
      { ...at(text, '8 per cent'), kind: 'percent', value: 8, unit: null, approx: false, subject: null },
    ],
  };
  await page.evaluate((a) => khabarApp.addAnalyses([{ analysis: a }]), analysis);
  await page.waitForSelector('.reading .figure');
  const nested = page.locator('.reading mark.ent .figure');
  assert.equal(await nested.textContent(), 'Rs 500 crore');
  assert.equal(await nested.getAttribute('role'), null, 'inside a button-like mark: not a button itself');
  assert.equal(await page.locator('.reading .figure', { hasText: '8 per cent' }).getAttribute('role'), 'button');
  // The innermost highlight answers a click: the figure's row, not the entity's details.
  await nested.click();
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.value), '5000000000');
  assert.equal(await page.locator('#entity-detail').isHidden(), true);
  // The rest of the mark still opens the entity.
  const box = await page.locator('.reading mark.ent').boundingBox();
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2); // on "Fund"
  await page.locator('#entity-detail').waitFor();
  assert.match(await page.locator('#entity-detail').innerText(), /Rs 500 crore Fund/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the Figures panel lists a document’s figures in words and sorts them by value within a currency', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishFigures(), hindiFigures()]);
  const panel = '#sec-figures';
  await page.waitForSelector(`${panel} table.figures`);
  assert.equal(await page.locator(`${panel} h3`).innerText(), 'Figures');
  const cells = await page.$$eval(`${panel} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(cells, [
    ['Money', 'Rs 1,500 crore', '₹1,500 crore (15 billion INR)', 'Adani Green'],
    ['Percentage', '12.5 per cent', '12.5%', '—'],
    ['Money', 'about Rs 250 crore', '≈ ₹250 crore (2.5 billion INR)', '—'],
    ['Quantity', '2,000 MW', '2,000 MW', '—'],
    ['Money', 'USD 100 billion', '$100 billion (USD)', '—'],
    ['Money', HOSTILE, '₹5 lakh (500,000 INR)', '—'],
  ]);
  const sortValue = page.locator(`${panel} th.sort-value`);
  assert.equal(await sortValue.getAttribute('aria-sort'), 'none');
  assert.equal(await page.locator(`${panel} th.sort-position`).getAttribute('aria-sort'), 'ascending');
  // By value: rupees ascending, then dollars, then the other kinds; never rupees against dollars.
  await sortValue.locator('button').click();
  assert.equal(await sortValue.getAttribute('aria-sort'), 'ascending');
  assert.equal(await page.locator(`${panel} th.sort-position`).getAttribute('aria-sort'), 'none');
  assert.deepEqual(await rowTexts(page, panel), [HOSTILE, 'about Rs 250 crore', 'Rs 1,500 crore', 'USD 100 billion', '12.5 per cent', '2,000 MW']);
  // Again, from the keyboard: descending within each currency.
  await sortValue.locator('button').focus();
  await page.keyboard.press('Enter');
  assert.equal(await sortValue.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await rowTexts(page, panel), ['Rs 1,500 crore', 'about Rs 250 crore', HOSTILE, 'USD 100 billion', '12.5 per cent', '2,000 MW']);
  assert.match(await page.locator(`${panel} .fig-sort-note`).innerText(), /currencies are never compared/);
  // The kind filter.
  await page.selectOption(`${panel} select.fig-kind`, 'money');
  assert.deepEqual(await rowTexts(page, panel), ['Rs 1,500 crore', 'about Rs 250 crore', HOSTILE, 'USD 100 billion']);
  await page.selectOption(`${panel} select.fig-kind`, '');
  // A row's figure button goes to its place in the text.
  await page.locator(`${panel} .fig-goto`, { hasText: '2,000 MW' }).click();
  assert.match(await page.evaluate(() => document.activeElement.id), /-s2$/, 'the sentence with 2,000 MW is focused');
  // The Hindi document: its range and rupees in lakh; the interface in Hindi.
  await page.click('#tab-fig-hi');
  assert.deepEqual(await page.$$eval(`${panel} tbody tr .fig-value`, (ts) => ts.map((x) => x.textContent)), ['₹2.5 lakh (250,000 INR)', '5–7%']);
  await page.selectOption('#ui-lang', 'hi');
  assert.equal(await page.locator(`${panel} h3`).innerText(), 'आँकड़े');
  assert.deepEqual(await page.$$eval(`${panel} tbody tr .fig-value`, (ts) => ts.map((x) => x.textContent)), ['₹2.5 लाख (250,000 INR)', '5–7%']);
  assert.deepEqual(await page.$$eval(`${panel} thead th`, (ts) => ts.map((x) => x.textContent.replace(/[▲▼↕]/g, '').trim())), ['प्रकार', 'आँकड़ा', 'मान', 'किसके बारे में']);
  await page.selectOption('#ui-lang', 'en');
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('the corpus table has every document’s figures, sorts by value, and downloads as CSV with a BOM', { skip }, async () => {
  const { page, watcher } = await openPage();
  await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishFigures(), hindiFigures()]);
  await page.click('#tab-corpus');
  const table = '#sec-cfig';
  await page.waitForSelector(`${table} table.corpus-figures`);
  const docs = await page.$$eval(`${table} tbody tr`, (trs) => trs.map((tr) => tr.dataset.doc));
  assert.deepEqual(docs, ['fig-en', 'fig-en', 'fig-en', 'fig-en', 'fig-en', 'fig-en', 'fig-hi', 'fig-hi']);
  await page.locator(`${table} th.sort-value button`).click();
  assert.deepEqual(await rowTexts(page, table),
    ['ढाई लाख रुपये', HOSTILE, 'about Rs 250 crore', 'Rs 1,500 crore', 'USD 100 billion', '5-7 फीसदी', '12.5 per cent', '2,000 MW']);
  // Its document link opens the document at the figure.
  await page.locator(`${table} tr[data-doc="fig-hi"] .fig-goto`).first().click();
  assert.equal(await page.getAttribute('#tab-fig-hi', 'aria-selected'), 'true');
  await page.click('#tab-corpus');
  for (const selector of [`${table} button.figures-csv`, '#exports [data-export=figures-csv]']) {
    const csv = await download(page, selector);
    assert.equal(csv.name, 'khabar-figures.csv');
    assert.equal(csv.text.charCodeAt(0), 0xfeff, 'starts with a byte order mark');
    const lines = csv.text.slice(1).split('\r\n');
    assert.equal(lines[0], 'doc,kind,text,value,unit,approx,range_to,subject,subject_name,sentence,start,end');
    assert.equal(lines.filter(Boolean).length, 1 + 8);
    assert.equal(lines[1], 'fig-en,money,"Rs 1,500 crore",15000000000,INR,false,,e1,Adani Green,"The Cabinet approved a Rs 1,500 crore scheme for Adani Green.",23,37');
    assert.ok(lines.includes('fig-hi,percent,5-7 फीसदी,5,,false,7,,,उत्पादन में 5-7 फीसदी की बढ़ोतरी हुई।,66,75'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('fig-en,money,"<img src=x onerror=""window.__pwned=1"">₹5 lakh",500000,INR,')));
  }
  // The JSON export carries the figures with code point offsets.
  const json = JSON.parse((await download(page, '#exports [data-export=json]')).text);
  assert.equal(json.documents[1].figures.length, 2);
  assert.equal(json.documents[0].figures[0].start, 23);
  // The HTML report: figures boxed in its text and listed in words; markup in a figure stays text.
  const report = (await download(page, '#exports [data-export=html]')).text;
  assert.match(report, /<span class="figure figure-money" data-kind="money" data-value="15000000000" data-unit="INR" data-start="23" title="Money: ₹1,500 crore \(15 billion INR\) — Adani Green">Rs 1,500 crore<\/span>/);
  assert.match(report, /<td>Rs 1,500 crore<\/td><td>₹1,500 crore \(15 billion INR\)<\/td><td>Adani Green<\/td>/);
  assert.doesNotMatch(report, /<img/);
  assert.match(report, /&lt;img src=x onerror="window.__pwned=1"&gt;₹5 lakh/);
  await screenshot(page, 'figures-corpus', { fullPage: true });
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});

test('axe finds no WCAG A/AA violation in the figures panel, the highlights and the corpus table', { skip }, async (t) => {
  const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
  if (!existsSync(AXE)) return t.skip('axe-core is not installed (npm install)');
  // axe is injected by the test, so this context bypasses the page's CSP.
  const server = await startServer();
  const browser = await launch({ bypassCSP: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => globalThis.khabarApp);
    await page.evaluate(([a, b]) => khabarApp.addAnalyses([{ analysis: a }, { analysis: b }]), [englishFigures(), hindiFigures()]);
    await page.addScriptTag({ path: AXE });
    const run = async (what) => (await page.evaluate(() => globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }))).violations.map((v) => `${what}: ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    await page.locator('#sec-figures th.sort-value button').click();
    const found = await run('document with figures');
    await page.click('#tab-corpus');
    found.push(...await run('corpus figures'));
    assert.deepEqual(found, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the real analyzer: figures in English and Hindi text are highlighted, listed, sorted and exported', { skip }, async () => {
  const { page, watcher } = await openPage();
  const en = 'NEW DELHI: The Union Cabinet approved a Rs 1,500 crore scheme for solar parks on Wednesday. ' +
    'The states will add another Rs 250 crore, officials said. Power demand grew 12.5 per cent last year, ' +
    'and the new parks will add 2,000 MW of capacity.';
  const hi = 'नई दिल्ली: राज्य सरकार ने हर किसान को ढाई लाख रुपये की मदद देने का ऐलान किया है। ' +
    'सरकार के मुताबिक कृषि उत्पादन में पांच फीसदी की बढ़ोतरी हुई है।';
  await page.evaluate(([a, b]) => khabarApp.enqueue([
    { label: 'figures-en.txt', input: a, date: '2024-12-10' },
    { label: 'figures-hi.txt', input: b, date: '2024-12-10' },
  ]), [en, hi]);
  await waitIdle(page);
  const analyses = await page.evaluate(() => khabarApp.state.docs.map((d) => d.analysis));
  for (const a of analyses) {
    assert.ok(Array.isArray(a.figures), `${a.id}: the analysis carries figures`);
    for (const f of a.figures) assert.equal(a.text.slice(f.start, f.end), f.text, 'UTF-16 offsets in the JS API');
  }
  const [aEn, aHi] = analyses;
  const find = (a, re) => a.figures.find((f) => re.test(f.text));
  const big = find(aEn, /1,500 crore/);
  const small = find(aEn, /250 crore/);
  assert.deepEqual([big.kind, big.value, big.unit], ['money', 1.5e10, 'INR']);
  assert.deepEqual([small.kind, small.value, small.unit], ['money', 2.5e9, 'INR']);
  assert.deepEqual([find(aEn, /12\.5 per cent/).kind, find(aEn, /12\.5 per cent/).value], ['percent', 12.5]);
  const dhai = find(aHi, /ढाई लाख/);
  assert.deepEqual([dhai.kind, dhai.value, dhai.unit], ['money', 250000, 'INR']);

  // Highlights in the English text.
  await page.click('#tab-figures-en');
  const marks = await page.$$eval('.reading .figure', (ns) => ns.map((n) => n.textContent));
  assert.ok(marks.some((m) => /Rs 1,500 crore/.test(m)) && marks.some((m) => /12\.5 per cent/.test(m)), marks.join(' | '));
  assert.equal(marks.length, aEn.figures.length);
  // The panel lists them; by value, Rs 250 crore comes before Rs 1,500 crore (the text has them the other way round).
  const panel = '#sec-figures';
  const texts = await rowTexts(page, panel);
  assert.equal(texts.length, aEn.figures.length);
  const order = (list) => [list.findIndex((x) => /250 crore/.test(x)), list.findIndex((x) => /1,500 crore/.test(x))];
  const [i250, i1500] = order(texts);
  assert.ok(i1500 < i250, `document order: ${texts}`);
  await page.locator(`${panel} th.sort-value button`).click();
  const asc = order(await rowTexts(page, panel));
  assert.ok(asc[0] < asc[1], 'ascending: 250 crore first');
  await page.locator(`${panel} th.sort-value button`).click();
  const desc = order(await rowTexts(page, panel));
  assert.ok(desc[0] > desc[1], 'descending: 1,500 crore first');
  assert.match(await page.locator(`${panel} tr`, { hasText: '1,500 crore' }).innerText(), /₹1,500 crore \(15 billion INR\)/);
  // The Hindi text: ढाई लाख रुपये highlighted and listed.
  await page.click('#tab-figures-hi');
  assert.ok((await page.$$eval('.reading .figure', (ns) => ns.map((n) => n.textContent))).some((m) => /ढाई लाख/.test(m)));
  assert.match(await page.locator(panel).innerText(), /₹2\.5 lakh \(250,000 INR\)/);
  await screenshot(page, 'figures-hindi', { fullPage: true });

  // Across documents, and the CSV.
  await page.click('#tab-corpus');
  const docs = new Set(await page.$$eval('#sec-cfig tbody tr', (trs) => trs.map((tr) => tr.dataset.doc)));
  assert.deepEqual([...docs].sort(), ['figures-en', 'figures-hi']);
  const csv = await download(page, '#sec-cfig button.figures-csv');
  assert.equal(csv.text.charCodeAt(0), 0xfeff);
  const lines = csv.text.slice(1).split('\r\n').filter(Boolean);
  assert.equal(lines.length, 1 + aEn.figures.length + aHi.figures.length);
  assert.ok(lines.some((l) => l.startsWith('figures-en,money,"Rs 1,500 crore",15000000000,INR,')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('figures-hi,money,ढाई लाख रुपये,250000,INR,')), lines.join('\n'));
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});
