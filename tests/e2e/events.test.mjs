// Events on the page's timeline (issue 25): what happened, not only who
// said what. The real analyzer (wasm) reads a short English and a short
// Hindi business story; the timeline must show the happenings ("unveiled",
// the Hindi light verb "लॉन्च की") on the day their own clause names, with
// the company that did them, and tell reports ("said") apart.
// Run: node --test tests/e2e/events.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skipReason, sharedBrowser, waitIdle } from './helpers.mjs';

const skip = skipReason();
const shared = sharedBrowser();

const EN = 'MUMBAI: Tata Motors unveiled a new electric SUV on Monday. Shares of the company rose 4 per cent on Tuesday. ' +
  'Chairman N Chandrasekaran said the launch marked a new chapter for the group.';
const HI = 'मुंबई: टाटा मोटर्स ने सोमवार को नई इलेक्ट्रिक एसयूवी लॉन्च की। कंपनी ने इसकी कीमत 15 लाख रुपये रखी है।';

/** The timeline items of the panel on screen. */
async function items(page) {
  return page.$$eval('.timeline-panel .timeline-svg .tl-item', (gs) => gs.map((g) => ({
    value: g.dataset.value,
    cls: g.dataset.class || null,
    event: g.classList.contains('tl-event'),
    reporting: g.classList.contains('tl-reporting'),
    label: g.querySelector('.tl-label').textContent,
    title: g.querySelector('title').textContent,
  })));
}

test('the real analyzer: happenings are on the timeline on their own day, with who did them', { skip }, async () => {
  const { page, watcher } = await shared.openPage();
  await page.evaluate(([a, b]) => khabarApp.enqueue([
    { label: 'events-en.txt', input: a, date: '2024-12-10' },
    { label: 'events-hi.txt', input: b, date: '2024-12-10' },
  ]), [EN, HI]);
  await waitIdle(page);
  const [aEn, aHi] = await page.evaluate(() => khabarApp.state.docs.map((d) => d.analysis));
  const trigger = (a, re) => a.events.find((v) => re.test(v.trigger || ''));
  const unveiled = trigger(aEn, /unveiled/);
  assert.ok(unveiled, JSON.stringify(aEn.events.map((v) => v.trigger)));
  assert.deepEqual([unveiled.class, unveiled.date], ['OCCURRENCE', '2024-12-09'], 'dated by "on Monday" in its clause, not by the article date');

  await page.click('#tab-events-en');
  const en = await items(page);
  const launch = en.find((i) => i.event && i.value === '2024-12-09');
  assert.ok(launch, JSON.stringify(en));
  assert.equal(launch.cls, 'OCCURRENCE');
  assert.equal(launch.reporting, false);
  assert.match(launch.label, /^Tata Motors unveiled/, 'who did what');
  const said = en.find((i) => i.cls === 'REPORTING');
  assert.ok(said, 'the report is on the timeline too');
  assert.equal(said.reporting, true, 'drawn as a report');
  assert.match(said.label, /N Chandrasekaran/);
  // A happening is its own card, not folded into a report of the same day.
  assert.ok(en.filter((i) => i.event && i.cls !== 'REPORTING').length >= 1);

  // Hindi: the light-verb construction "लॉन्च की" is the event, on Monday, by टाटा मोटर्स.
  const hiLaunch = trigger(aHi, /लॉन्च/);
  assert.ok(hiLaunch, JSON.stringify(aHi.events.map((v) => v.trigger)));
  assert.equal(hiLaunch.date, '2024-12-09');
  await page.click('#tab-events-hi');
  const hi = await items(page);
  const hiItem = hi.find((i) => i.event && i.value === '2024-12-09');
  assert.ok(hiItem, JSON.stringify(hi));
  assert.match(hiItem.label, /टाटा मोटर्स/);
  assert.match(hiItem.title, /लॉन्च की/);
  assert.deepEqual(await watcher.all(), []);
  await page.close();
});
